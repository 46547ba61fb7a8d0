#!/bin/sh
# imr-split on the real letters as the DWC published them (PDF, in
# ../shared/corpus/pdf): each gives, through imr-extract, the fields its
# `pdftotext -layout` text gives (../shared/corpus/real/layout), read as
# files, from a zip, a tar.gz and a directory, on one thread or several.
# The archives are made here, never kept.
. "$(dirname "$0")/lib.sh"
PDF=$SHARED/corpus/pdf
LAYOUT=$SHARED/corpus/real/layout
if ! [ -d "$PDF" ] || ! [ -d "$LAYOUT" ]; then
	skip "real PDFs" "$PDF or $LAYOUT absent"
	done_testing
	exit 0
fi
if ! imr-split --version | grep -q 'PDF input: poppler'; then
	skip "real PDFs" "imr-split built without poppler"
	done_testing
	exit 0
fi
W=$TMP/w
mkdir -p "$W/dir/sub"
n=0
for f in "$PDF"/*.pdf; do
	b=$(basename "$f" .pdf)
	[ -f "$LAYOUT/$b.txt" ] || continue
	ln -s "$f" "$W/dir/sub/$b.pdf"
	n=$((n + 1))
done
is "$(ls "$PDF"/*.pdf | wc -l | tr -d ' ')" "$n" "every PDF has its layout text"

# fields TSV: imr-extract's columns less source (the file names differ)
fields() {
	imr-extract <"$1" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "source") s = i }
		{ out = ""; for (i = 1; i <= NF; i++) if (i != s) out = out (out == "" && i == 1 ? "" : "\t") $i; print out }'
}
(cd "$LAYOUT" && imr-split *.txt) >"$W/layout.tsv"
fields "$W/layout.tsv" >"$W/want"
is "$(tail -n +2 "$W/want" | cut -f1 | sort -u | wc -l | tr -d ' ')" "$n" "layout text: $n letters"

(cd "$PDF" && imr-split -j1 *.pdf) >"$W/files.tsv" 2>"$W/files.err"; rc=$?
is "$rc:$(cat "$W/files.err")" "0:" "PDF files: exit 0, no message"
is "$(cut -f1,3- "$W/files.tsv")" "$(cut -f1,3- "$W/layout.tsv")" "PDF files: the very text of pdftotext -layout (doc_id, offset, length, text)"
fields "$W/files.tsv" >"$W/got"; same_file "$W/got" "$W/want" "PDF files: imr-extract's fields, all but source, as from the layout text"

(cd "$PDF" && imr-split -j4 *.pdf) >"$W/j4.tsv"
same_file "$W/j4.tsv" "$W/files.tsv" "-j4: the same records in the same order"

(cd "$W/dir/sub" && zip -q -0 ../../stored.zip *.pdf 2>/dev/null || perl -MIO::Compress::Zip=zip -e 'zip [@ARGV] => "../../stored.zip"' *.pdf)
(cd "$W/dir/sub" && perl -MIO::Compress::Zip=zip -e 'zip [@ARGV] => "../../deflate.zip", Stream => 1' *.pdf)
tar -C "$W/dir/sub" -chzf "$W/pdfs.tar.gz" $(cd "$W/dir/sub" && ls)
for a in stored.zip deflate.zip pdfs.tar.gz dir; do
	(cd "$W" && imr-split "$a") >"$W/a.tsv" 2>"$W/a.err"; rc=$?
	is "$rc:$(cat "$W/a.err")" "0:" "$a: exit 0, no message"
	fields "$W/a.tsv" >"$W/got"; same_file "$W/got" "$W/want" "$a: the same fields as the layout text"
	is "$(tail -n +2 "$W/a.tsv" | cut -f2 | head -1)" "$a$(case $a in dir) echo /sub/ ;; *) echo : ;; esac)$(ls "$W/dir/sub" | head -1)" \
		"$a: source names the member"
done
# a zip of the PDFs inside a tar.gz: ARCHIVE:INNER:MEMBER
tar -C "$W" -czf "$W/nested.tar.gz" deflate.zip
(cd "$W" && imr-split nested.tar.gz) >"$W/a.tsv"
fields "$W/a.tsv" >"$W/got"; same_file "$W/got" "$W/want" "a zip in a tar.gz: the same fields"
is "$(tail -n +2 "$W/a.tsv" | cut -f2 | head -1)" "nested.tar.gz:deflate.zip:$(ls "$W/dir/sub" | head -1)" "a zip in a tar.gz: named ARCHIVE:INNER:MEMBER"

# against the pdftotext loop, where poppler-utils is installed
if command -v pdftotext >/dev/null; then
	for f in "$PDF"/*.pdf; do pdftotext -layout "$f" -; done >"$W/loop.txt"
	texts() { perl -ne 'next if $. == 1; chomp; my @f = split /\t/, $_, -1;
		(my $t = $f[4]) =~ s/\\(.)/$1 eq "t" ? "\t" : $1 eq "n" ? "\n" : $1 eq "r" ? "\r" : $1/ge; print $t' "$1"; }
	texts "$W/files.tsv" >"$W/ours.txt"
	same_file "$W/ours.txt" "$W/loop.txt" "pdftotext -layout gives the same bytes"
else
	skip "pdftotext comparison" "pdftotext missing"
fi
done_testing
