#!/bin/sh
# imr-split meets formats other than text (issue 30, and issue 32 item 5):
# each told by its first bytes; zip read; archives inside archives opened
# (members named ARCHIVE:INNER:MEMBER); what it cannot read refused with
# its format named and a way out, exit 1, the run going on; never read as
# a letter.  PDFs written here by hand (t/mkpdf.pl); the real ones in
# t/split-pdf.t.
. "$(dirname "$0")/lib.sh"
. "$T_DIR/badinput.sh"
F=$T_DIR/fixtures/split
W=$TMP/w
cp "$F"/a-2016.txt "$F"/b-2014.txt "$F"/c-2013.txt "$W"/
cat "$F/a-2016.txt" "$F/b-2014.txt" "$F/c-2013.txt" >"$W/three.txt"
( cd "$W" && imr-split three.txt >three.out )

# check NAME RC STDERR CMD...: run CMD in $W; its exit code and exact stderr
check() {
	name=$1 want_rc=$2 want_err=$3
	shift 3
	(cd "$W" && "$@" >"$name.out" 2>"$name.err")
	rc=$?
	is "$rc" "$want_rc" "$name: exit $want_rc"
	is "$(cat "$W/$name.err")" "$want_err" "$name: stderr"
}
# sources TSV: the source column
sources() { tail -n +2 "$1" | cut -f2 | tr '\n' ' '; }

# --- formats not read: named, with a way out; the next file still read
magic() { printf "$1" >"$W/$2"; head -c 2000 "$F/a-2016.txt" >>"$W/$2"; }
magic '\3757zXZ\000\000\004' x.xz
magic 'BZh91AY&SY' x.bz2
magic '\050\265\057\375\044' x.zst
magic '7z\274\257\047\034\000\004' x.7z
magic 'Rar!\032\007\001\000' x.rar
magic '\211PNG\r\n\032\n' x.png
magic '\177ELF\002\001\001' x.elf
magic '\037\235\220' x.Z
check fmt-xz 1 "imr-split: x.xz: xz compressed data: not read; try 'xz -dc x.xz | imr-split'" imr-split x.xz three.txt
is "$(sed -n 2p "$W/fmt-xz.out" | cut -f2-)" "$(printf 'x.xz\t0\t\t\tunsupported')" "fmt-xz: a record without text says why"
sed 2d "$W/fmt-xz.out" >"$W/fmt-xz.rest"
same_file "$W/fmt-xz.rest" "$W/three.out" "fmt-xz: the text after it split as alone"
check fmt-bz2 1 "imr-split: x.bz2: bzip2 compressed data: not read; try 'bzip2 -dc x.bz2 | imr-split'" imr-split x.bz2
check fmt-zst 1 "imr-split: x.zst: Zstandard compressed data: not read; try 'zstd -dc x.zst | imr-split'" imr-split x.zst
check fmt-7z 1 "imr-split: x.7z: 7-zip archive: not read; try '7z x -so x.7z | imr-split'" imr-split x.7z
check fmt-rar 1 "imr-split: x.rar: RAR archive: not read; try 'unrar p -inul x.rar | imr-split'" imr-split x.rar
check fmt-png 1 "imr-split: x.png: PNG image: not read; run OCR on it first (e.g. tesseract)" imr-split x.png
check fmt-elf 1 "imr-split: x.elf: ELF executable: not read" imr-split x.elf
check fmt-Z 1 "imr-split: x.Z: compress'd data: not read; try 'gzip -dc x.Z | imr-split'" imr-split x.Z
is "$(tail -n +2 "$W/fmt-bz2.out" | cut -f2-)" "$(printf 'x.bz2\t0\t\t\tunsupported')" "fmt-bz2: no binary bytes, one record saying why"
check fmt-xz-stdin 1 "imr-split: -: xz compressed data: not read; extract it, then try 'xz -dc FILE | imr-split'" \
	sh -c 'imr-split < x.xz'
gzip -c "$W/x.xz" >"$W/x.xz.gz"
check fmt-xz-gz 1 "imr-split: x.xz.gz: xz compressed data: not read; extract it, then try 'xz -dc FILE | imr-split'" \
	imr-split x.xz.gz
tar -C "$W" -cf "$W/mixed.tar" a-2016.txt x.bz2 b-2014.txt
check fmt-in-tar 1 "imr-split: mixed.tar:x.bz2: bzip2 compressed data: not read; extract it, then try 'bzip2 -dc FILE | imr-split'" \
	imr-split mixed.tar
is "$(sources "$W/fmt-in-tar.out")" "mixed.tar:a-2016.txt mixed.tar:x.bz2 mixed.tar:b-2014.txt " "fmt-in-tar: the members around it read"
is "$(column error <"$W/fmt-in-tar.out" | tr '\n' ,)" ",unsupported,," "fmt-in-tar: the member not read has a record saying why"
# a tar whose first header is damaged is no text either
cp "$W/mixed.tar" "$W/badsum.tar"
printf 'X' | dd of="$W/badsum.tar" bs=1 seek=10 conv=notrunc 2>/dev/null
check fmt-tar-badsum 1 "imr-split: badsum.tar: bad tar header checksum at offset 0" \
	imr-split badsum.tar

# --- zip: stored, deflated, zip64, data descriptors; the same letters as the files
mkzip() {  # mkzip OUT OPTIONS FILE...: IO::Compress::Zip (perl core)
	out=$1 opts=$2
	shift 2
	(cd "$W" && perl -MIO::Compress::Zip=zip,:zip_method -e '
		my ($out, $opts, @in) = @ARGV;
		my %o = map { split /=/ } split /,/, $opts;
		$o{Method} = eval $o{Method} if exists $o{Method};
		zip [@in] => $out, %o or die $IO::Compress::Zip::ZipError;' "$out" "$opts" "$@")
}
mkzip deflate.zip 'Method=ZIP_CM_DEFLATE' a-2016.txt b-2014.txt c-2013.txt
mkzip stored.zip 'Method=ZIP_CM_STORE' a-2016.txt b-2014.txt c-2013.txt
mkzip zip64.zip 'Zip64=1' a-2016.txt b-2014.txt c-2013.txt
mkzip stream.zip 'Stream=1' a-2016.txt b-2014.txt c-2013.txt
mkzip stored-stream.zip 'Stream=1,Method=ZIP_CM_STORE' a-2016.txt b-2014.txt c-2013.txt
for z in deflate stored zip64 stream stored-stream; do
	check "zip-$z" 0 "" imr-split $z.zip
	is "$(sources "$W/zip-$z.out")" "$z.zip:a-2016.txt $z.zip:b-2014.txt $z.zip:c-2013.txt " "zip-$z: members named ARCHIVE:MEMBER"
	cut -f1,3- "$W/zip-$z.out" >"$W/got"; cut -f1,3- "$W/three.out" | (head -1; tail -n +2 | sort -k2,2 -s) >/dev/null
	texts "$W/zip-$z.out" >"$W/back"; same_file "$W/back" "$W/three.txt" "zip-$z: the letters byte for byte"
done
check zip-stdin 0 "" sh -c 'imr-split < deflate.zip'
is "$(sources "$W/zip-stdin.out")" "-:a-2016.txt -:b-2014.txt -:c-2013.txt " "zip-stdin: a zip on stdin read (through a temporary copy)"
# a damaged member: its CRC-32 is checked, the others still read
cp "$W/stored.zip" "$W/crc.zip"
off=$(grep -abo 'CM16-0000001' "$W/crc.zip" | head -1 | cut -d: -f1)
printf 'X' | dd of="$W/crc.zip" bs=1 seek="$off" conv=notrunc 2>/dev/null
check zip-crc 1 "imr-split: crc.zip:a-2016.txt: zip member a-2016.txt: CRC-32 mismatch (corrupt data)" imr-split crc.zip
is "$(sources "$W/zip-crc.out")" "crc.zip:a-2016.txt crc.zip:a-2016.txt crc.zip:b-2014.txt crc.zip:c-2013.txt " "zip-crc: what was read kept, the next members read"
is "$(column error <"$W/zip-crc.out" | tr '\n' ,)" ",unreadable,,," "zip-crc: the failure has a record of its own"
# a member that fails inside a nested zip is that zip's: the tar goes on
tar -C "$W" -cf "$W/crc-in.tar" crc.zip b-2014.txt
check zip-crc-in-tar 1 "imr-split: crc-in.tar:crc.zip:a-2016.txt: zip member a-2016.txt: CRC-32 mismatch (corrupt data)" \
	imr-split crc-in.tar
is "$(sources "$W/zip-crc-in-tar.out")" \
	"crc-in.tar:crc.zip:a-2016.txt crc-in.tar:crc.zip:a-2016.txt crc-in.tar:crc.zip:b-2014.txt crc-in.tar:crc.zip:c-2013.txt crc-in.tar:b-2014.txt " \
	"zip-crc-in-tar: the members after the nested zip are read"
head -c 1000 "$W/deflate.zip" >"$W/trunc.zip"
check zip-trunc 1 "imr-split: trunc.zip: truncated zip archive (no end of central directory)" imr-split trunc.zip
is "$(tail -n +2 "$W/zip-trunc.out" | cut -f2-)" "$(printf 'trunc.zip\t0\t\t\tunreadable')" "zip-trunc: a record saying why"
# an encrypted member (the flag set in its directory entry): a record saying
# so, with its size; the members after it read
perl -0777 -pe 's/(PK\x01\x02.{4})(.)/$1 . chr(ord($2) | 1)/se' "$W/stored.zip" >"$W/enc.zip"
check zip-encrypted 1 "imr-split: enc.zip:a-2016.txt: encrypted zip member: not read; unzip it with its password first" imr-split enc.zip
is "$(tail -n +2 "$W/zip-encrypted.out" | cut -f2-4,6 | tr '\t\n' ', ')" \
	"enc.zip:a-2016.txt,0,$(wc -c <"$W/a-2016.txt" | tr -d ' '),encrypted enc.zip:b-2014.txt,0,$(wc -c <"$W/b-2014.txt" | tr -d ' '), enc.zip:c-2013.txt,0,$(wc -c <"$W/c-2013.txt" | tr -d ' '), " \
	"zip-encrypted: its record, then the next members"
is "$(imr-extract --letters <"$W/zip-encrypted.out" 2>/dev/null | column status | sed -n 1p)" "encrypted" \
	"zip-encrypted: extract gives the reason as the letter's status"
if perl -MIO::Compress::Bzip2 -e1 2>/dev/null; then
	mkzip bz.zip 'Method=ZIP_CM_BZIP2' a-2016.txt
	check zip-method 1 "imr-split: bz.zip:a-2016.txt: zip member compressed with method 12 (bzip2): not read; try 'unzip -p ARCHIVE MEMBER | imr-split'" \
		imr-split bz.zip
	is "$(tail -n +2 "$W/zip-method.out" | cut -f2-4,6 | tr '\t' ,)" "bz.zip:a-2016.txt,0,$(wc -c <"$W/a-2016.txt" | tr -d ' '),unsupported" \
		"zip-method: a record saying why"
else
	skip "zip-method" "IO::Compress::Bzip2 missing"
fi

# --- archives inside archives: opened, named ARCHIVE:INNER:MEMBER, never text
tar -C "$W" -czf "$W/inner.tar.gz" a-2016.txt b-2014.txt
gzip -c "$W/c-2013.txt" >"$W/c.txt.gz"
tar -C "$W" -cf "$W/inner.tar" b-2014.txt
tar -C "$W" -cf "$W/outer.tar" inner.tar.gz c.txt.gz inner.tar deflate.zip
check nest-tar 0 "" imr-split outer.tar
is "$(sources "$W/nest-tar.out")" "outer.tar:inner.tar.gz:a-2016.txt outer.tar:inner.tar.gz:b-2014.txt outer.tar:c.txt.gz outer.tar:inner.tar:b-2014.txt outer.tar:deflate.zip:a-2016.txt outer.tar:deflate.zip:b-2014.txt outer.tar:deflate.zip:c-2013.txt " \
	"nest-tar: tar.gz, .gz, tar and zip members opened"
mkzip nest.zip '' inner.tar.gz outer.tar
check nest-zip 0 "" imr-split nest.zip
is "$(tail -n +2 "$W/nest-zip.out" | cut -f2 | sed -n '1p;3p;9p' | tr '\n' ' ')" \
	"nest.zip:inner.tar.gz:a-2016.txt nest.zip:outer.tar:inner.tar.gz:a-2016.txt nest.zip:outer.tar:deflate.zip:c-2013.txt " \
	"nest-zip: a zip of archives, three deep"
texts "$W/nest-tar.out" >"$W/back"; cat "$W/a-2016.txt" "$W/b-2014.txt" "$W/c-2013.txt" "$W/b-2014.txt" "$W/three.txt" >"$W/want"
same_file "$W/back" "$W/want" "nest-tar: every letter byte for byte"
gzip -c "$W/inner.tar.gz" >"$W/twice.tar.gz.gz"
check nest-gz-gz 0 "" imr-split twice.tar.gz.gz
is "$(sources "$W/nest-gz-gz.out")" "twice.tar.gz.gz:a-2016.txt twice.tar.gz.gz:b-2014.txt " "nest-gz-gz: a tar.gz gzipped again"
# depth is bounded: an archive five deep is refused
cp "$W/a-2016.txt" "$W/d0"
for i in 1 2 3 4 5; do tar -C "$W" -cf "$W/d$i" "d$((i - 1))"; done
check nest-deep 1 "imr-split: d5:d4:d3:d2:d1: tar archive nested 4 archives deep: not read; extract it first" imr-split d5
is "$(tail -n +2 "$W/nest-deep.out" | cut -f2-)" "$(printf 'd5:d4:d3:d2:d1\t0\t\t\tnested')" "nest-deep: a record saying why"
is "$(imr-extract <"$W/nest-deep.out" | column status)" "nested" "nest-deep: extract's status says why"

# --- PDFs written here: text, images only, truncated, corrupt
if imr-split --version | grep -q 'PDF input: poppler'; then
	perl "$T_DIR/mkpdf.pl" "$W/a-2016.txt" >"$W/own.pdf"
	perl "$T_DIR/mkpdf.pl" --image >"$W/scan.pdf"
	head -c 700 "$W/own.pdf" >"$W/cut.pdf"
	sed 's/%%EOF//' "$W/own.pdf" >"$W/noeof.pdf"
	{ printf '%%PDF-1.4\n'; head -c 3000 "$F/a-2016.txt"; } >"$W/junk.pdf"
	check pdf-own 0 "" imr-split own.pdf
	imr-extract <"$W/pdf-own.out" >"$W/x.tsv"
	is "$(column case_number <"$W/x.tsv"):$(column status <"$W/x.tsv")" "CM16-0000001:ok" "pdf-own: its fields read"
	check pdf-scan 1 "imr-split: scan.pdf: PDF of 1 page with no text (images only, a scan?): written without text; run OCR on it first (e.g. ocrmypdf)" \
		imr-split scan.pdf own.pdf
	is "$(tail -n +2 "$W/pdf-scan.out" | cut -f2-4,6 | tr '\t\n' ', ')" \
		"scan.pdf,0,$(wc -c <"$W/scan.pdf"),no-text own.pdf,0,$(($(wc -c <"$W/a-2016.txt") + 1)), " \
		"pdf-scan: a record without text saying why, then the next PDF"
	is "$(imr-extract <"$W/pdf-scan.out" | column status | tr '\n' ' ')" "no-text ok " "pdf-scan: extract says no-text"
	# (after "not read: ", poppler's last message: its words vary with its version)
	check pdf-cut 1 "imr-split: cut.pdf: corrupt PDF, not read" sh -c 'imr-split cut.pdf 2>&1 >pdf-cut.tsv | sed "s/ read: .*/ read/" >&2; exit $(imr-split cut.pdf 2>/dev/null >/dev/null; echo $?)'
	mv "$W/pdf-cut.tsv" "$W/pdf-cut.out"
	is "$(records "$W/pdf-cut.out")" 1 "pdf-cut: still a record"
	check pdf-noeof 1 "imr-split: noeof.pdf: truncated PDF (no %%EOF at its end): its text may be incomplete" imr-split noeof.pdf
	texts "$W/pdf-noeof.out" | grep -q CM16-0000001; ok $? "pdf-noeof: the text read kept"
	# a tar cut inside a PDF member: one record (and one message) for it
	tar -C "$W" -cf "$W/pdfs.tar" own.pdf a-2016.txt
	head -c 1200 "$W/pdfs.tar" >"$W/pdfcut.tar"
	(cd "$W" && imr-split pdfcut.tar >pdfcut.out 2>pdfcut.err)
	is "$?:$(wc -l <"$W/pdfcut.err" | tr -d ' '):$(tail -n +2 "$W/pdfcut.out" | cut -f2,6 | tr '\t\n' ', ')" \
		"1:1:pdfcut.tar:own.pdf,unreadable " "pdf-in-cut-tar: one record and one message"
	check pdf-junk 1 "imr-split: junk.pdf: corrupt PDF, not read" sh -c 'imr-split junk.pdf 2>&1 >/dev/null | sed "s/ read: .*/ read/" >&2; exit $(imr-split junk.pdf 2>/dev/null >/dev/null; echo $?)'
	is "$(cd "$W" && imr-split junk.pdf 2>/dev/null | column error)" "unreadable" "pdf-junk: a record saying why"
	# a PDF over --max-letter: its record all the same, which extract calls too-long
	size=$(wc -c <"$W/own.pdf" | tr -d ' ')
	check pdf-long 1 "imr-split: own.pdf: PDF longer than 500 bytes ($size bytes, --max-letter): written without its text" \
		imr-split --max-letter 500 own.pdf
	is "$(tail -n +2 "$W/pdf-long.out" | cut -f2-6 | tr '\t' ',')" "own.pdf,0,$size,,too-long" "pdf-long: a record with its length, no text, why"
	is "$(imr-extract <"$W/pdf-long.out" 2>/dev/null | column status)" "too-long" "pdf-long: extract says too-long"
	# records without text never share a doc_id
	(cd "$W" && cp junk.pdf junk2.pdf && imr-split scan.pdf junk.pdf junk2.pdf 2>/dev/null) >"$W/textless.tsv"
	is "$(tail -n +2 "$W/textless.tsv" | cut -f1 | sort -u | wc -l | tr -d ' ')" 3 "PDFs without text: a doc_id each"
	if command -v qpdf >/dev/null; then
		qpdf --encrypt secret owner 256 -- "$W/own.pdf" "$W/locked.pdf"
		qpdf --encrypt '' owner 256 --extract=n -- "$W/own.pdf" "$W/owner.pdf"
		check pdf-locked 1 "imr-split: locked.pdf: encrypted PDF needing a password to open, not read; try 'qpdf --password=PASSWORD --decrypt IN.pdf OUT.pdf'" \
			imr-split locked.pdf
		is "$(records "$W/pdf-locked.out")" 1 "pdf-locked: still a record"
		is "$(column error <"$W/pdf-locked.out"):$(imr-extract <"$W/pdf-locked.out" | column status)" "encrypted:encrypted" \
			"pdf-locked: its record and extract's status say why"
		check pdf-owner 0 "" imr-split owner.pdf
		cmp -s "$W/pdf-owner.out" "$W/pdf-own.out"; is "$?" 1 "pdf-owner: (source differs)"
		is "$(cut -f1,3- "$W/pdf-owner.out")" "$(cut -f1,3- "$W/pdf-own.out")" "pdf-owner: an owner password alone (copy not allowed) reads"
	else
		skip "pdf-locked" "qpdf missing"
	fi
	# order kept whatever -j: PDFs and text interleaved, in and out of archives
	for i in 1 2 3 4 5 6 7 8 9; do cp "$W/own.pdf" "$W/p$i.pdf"; done
	tar -C "$W" -cf "$W/pdfs.tar" p1.pdf b-2014.txt p2.pdf scan.pdf p3.pdf
	set -- p4.pdf pdfs.tar p5.pdf c-2013.txt p6.pdf p7.pdf junk.pdf p8.pdf p9.pdf
	(cd "$W" && imr-split -j1 "$@" >j1.out 2>j1.err; imr-split -j3 "$@" >j3.out 2>j3.err; imr-split -j16 "$@" >j16.out 2>j16.err)
	same_file "$W/j3.out" "$W/j1.out" "-j3: the records of -j1, in order"
	same_file "$W/j16.out" "$W/j1.out" "-j16: the records of -j1, in order"
	same_file "$W/j3.err" "$W/j1.err" "-j3: the messages of -j1, in order"
	is "$(sources "$W/j1.out")" "p4.pdf pdfs.tar:p1.pdf pdfs.tar:b-2014.txt pdfs.tar:p2.pdf pdfs.tar:scan.pdf pdfs.tar:p3.pdf p5.pdf c-2013.txt p6.pdf p7.pdf junk.pdf p8.pdf p9.pdf " \
		"-j: sources in input order"
else
	check pdf-none 1 "imr-split: own.pdf: PDF input needs imrkit built with poppler (apt-get install libpoppler-cpp-dev)" \
		sh -c 'printf "%%PDF-1.4\n" > own.pdf; imr-split own.pdf'
	is "$(records "$W/pdf-none.out")" 1 "pdf-none: still a record"
fi

# --- usage of -j
check j-bad 2 "imr-split: -j takes a number of threads from 1 to 1024" imr-split -j 0 three.txt

# --- the progress meter: a terminal only, -q silences it
check progress-pipe 0 "" imr-split --progress three.txt
if command -v script >/dev/null && script -qc true /dev/null >/dev/null 2>&1; then
	(cd "$W" && script -qc "imr-split --progress three.txt 2>&1 >/dev/null" /dev/null >tty.out 2>&1)
	grep -q '3 letters, .*/s, .*100% of 0.0 MB read' "$W/tty.out"; ok $? "progress on a terminal: letters, rate, share read"
	(cd "$W" && script -qc "imr-split -q --progress three.txt 2>&1 >/dev/null" /dev/null >tty-q.out 2>&1)
	is "$(cat "$W/tty-q.out")" "" "progress: -q silences it"
	(cd "$W" && script -qc "imr-split three.txt 2>&1 >/dev/null" /dev/null >tty-short.out 2>&1)
	is "$(cat "$W/tty-short.out")" "" "progress: not for a run shorter than a second"
else
	skip "progress on a terminal" "no script(1)"
fi

done_testing
