#!/bin/sh
# t/examples.t: examples/letters.tar.gz holds exactly examples/letters/, and
# imr-split gives one record per letter that round-trips byte for byte.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
EX=examples/letters
TGZ=examples/letters.tar.gz

n_files=$(ls $EX/*.txt | wc -l | tr -d ' ')
ok $([ "$n_files" -ge 8 ] && echo 0 || echo 1) "examples/letters has at least 8 letters ($n_files)"

# the archive's member list is the directory's list
tar -tzf $TGZ | grep -v '/$' | sort > "$TMP/members"
(cd examples && ls letters/*.txt) | sort > "$TMP/files"
same_file "$TMP/members" "$TMP/files" "letters.tar.gz members are examples/letters/*.txt"

# each member's bytes equal the file's
mkdir "$TMP/x" && tar -xzf $TGZ -C "$TMP/x"
bad=0
for f in $EX/*.txt; do cmp -s "$f" "$TMP/x/letters/${f##*/}" || bad=$((bad + 1)); done
is "$bad" 0 "every member matches its file byte for byte"

# the archive is the reproducible build of the directory
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
	# the tar stream is compared, not the gzip bytes, which another gzip
	# version may compress differently
	tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -C examples letters > "$TMP/rebuilt.tar"
	gzip -dc $TGZ > "$TMP/committed.tar"
	same_file "$TMP/committed.tar" "$TMP/rebuilt.tar" "letters.tar.gz is what make examples builds (run make examples)"
else
	skip "reproducible tar.gz" "needs GNU tar"
fi

# one record per letter, one letter per member
imr-split $TGZ > "$TMP/split"
is "$?" 0 "imr-split reads letters.tar.gz"
is "$(tail -n +2 "$TMP/split" | wc -l | tr -d ' ')" "$n_files" "one record per letter"
is "$(tail -n +2 "$TMP/split" | cut -f2 | sed 's/^[^:]*://' | sort | tr '\n' ' ')" \
	"$(cat "$TMP/files" | tr '\n' ' ')" "sources are the archive's members"

# byte-exact round trip: unescaping and concatenating each member's text
bad=0
for f in $EX/*.txt; do
	m="$TGZ:letters/${f##*/}"
	awk -F'\t' -v m="$m" 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "text") t = i; if ($i == "source") s = i }; next }
		$s == m { print $t }' "$TMP/split" | perl -pe chomp | unescape > "$TMP/rt"
	cmp -s "$TMP/rt" "$f" || { bad=$((bad + 1)); echo "# round trip differs: $f"; }
done
is "$bad" 0 "unescaped text of each member's records reproduces the member"

# the letters concatenated in one stream split into the same letters
cat $EX/*.txt | imr-split | tail -n +2 | cut -f1 > "$TMP/ids_stream"
tail -n +2 "$TMP/split" | cut -f1 > "$TMP/ids_tar"
same_file "$TMP/ids_stream" "$TMP/ids_tar" "one concatenated stream gives the same letters (same doc_ids)"

# the answer key: items and decisions each letter holds (examples/expected.tsv,
# checked by hand against the letters); item numbers and decisions must match
if [ -x "$BIN/imr-extract" ]; then
	imr-split $TGZ | imr-extract 2>/dev/null |
		awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
			{ s = $c["source"]; sub(/.*letters\//, "", s); print s "\t" $c["item_no"] "\t" $c["decision"] }' > "$TMP/got"
	tail -n +2 examples/expected.tsv | cut -f1,2,4 > "$TMP/want"
	same_file "$TMP/got" "$TMP/want" "imr-extract finds each letter's items and decisions (examples/expected.tsv)"
else
	skip "answer key" "imr-extract not built"
fi

done_testing
