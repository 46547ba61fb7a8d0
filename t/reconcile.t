#!/bin/sh
# Reconciliation: every letter imr-split emits comes out of imr-extract and
# imr-normalize under the same doc_id, and no other doc_id appears, over a
# mixed corpus: the real letters of ../shared (both pdftotext layouts and the
# seeds; skipped when absent) and examples/letters, as a directory, as one
# concatenated stream, and as a tar.gz.
. "$(dirname "$0")/lib.sh"
for t in imr-split imr-extract imr-normalize; do
	if [ ! -x "$BIN/$t" ]; then
		skip "reconcile" "$t not built"
		done_testing; exit
	fi
done

mkdir -p "$TMP/c/examples"
cp "$TOP"/examples/letters/*.txt "$TMP/c/examples/" 2>/dev/null
if have_shared; then
	mkdir -p "$TMP/c/seeds" "$TMP/c/layout" "$TMP/c/plain"
	cp "$SHARED"/seeds/*.txt "$TMP/c/seeds/"
	cp "$SHARED"/corpus/real/layout/*.txt "$TMP/c/layout/"
	cp "$SHARED"/corpus/real/plain/*.txt "$TMP/c/plain/"
else
	skip "the real letters of ../shared" "$SHARED absent: examples/letters only"
fi
nfiles=$(find "$TMP/c" -name '*.txt' | wc -l | tr -d ' ')
if [ "$nfiles" -eq 0 ]; then
	skip "reconcile" "no letters (examples/letters and ../shared absent)"
	done_testing; exit
fi

ids() { column doc_id | sort -u; }
nrec() { tail -n +2 | wc -l | tr -d ' '; }

# reconcile NAME INPUT...: split, then extract and normalize, and compare
reconcile() {
	name=$1; shift
	imr-split "$@" >"$TMP/s.tsv" 2>"$TMP/s.err"; ok $? "$name: imr-split exits 0"
	imr-extract "$TMP/s.tsv" >"$TMP/x.tsv" 2>"$TMP/x.err"; ok $? "$name: imr-extract exits 0"
	imr-normalize "$TMP/x.tsv" >"$TMP/n.tsv" 2>"$TMP/n.err"; ok $? "$name: imr-normalize exits 0"
	n=$(nrec <"$TMP/s.tsv")
	ids <"$TMP/s.tsv" >"$TMP/s.ids"
	ids <"$TMP/x.tsv" >"$TMP/x.ids"
	ids <"$TMP/n.tsv" >"$TMP/n.ids"
	is "$(wc -l <"$TMP/x.ids" | tr -d ' ')" "$n" "$name: $n letters split, as many distinct doc_id from imr-extract"
	is "$(wc -l <"$TMP/n.ids" | tr -d ' ')" "$n" "$name: ... and from imr-normalize"
	same_file "$TMP/x.ids" "$TMP/s.ids" "$name: imr-extract's doc_id are split's"
	same_file "$TMP/n.ids" "$TMP/s.ids" "$name: imr-normalize's doc_id are split's"
	is "$(nrec <"$TMP/n.tsv")" "$(nrec <"$TMP/x.tsv")" "$name: imr-normalize keeps every row of imr-extract"
}

# as files: one letter a file, so the count is known
reconcile "directory of $nfiles letters" "$TMP/c"
is "$n" "$nfiles" "directory: one letter per file"
is "$(wc -l <"$TMP/s.ids" | tr -d ' ')" "$nfiles" "directory: every letter a distinct doc_id"

# as one stream: split finds the boundaries itself
find "$TMP/c" -name '*.txt' | sort | xargs cat >"$TMP/stream.txt"
reconcile "one concatenated stream" "$TMP/stream.txt"
[ "$n" -ge 1 ]; ok $? "stream: $n letters found in the stream of $nfiles"

# as a tar.gz and a gzip stream
(cd "$TMP/c" && tar -czf "$TMP/corpus.tar.gz" .)
reconcile "tar.gz" "$TMP/corpus.tar.gz"
is "$n" "$nfiles" "tar.gz: one letter per member"
gzip -c "$TMP/stream.txt" >"$TMP/stream.gz"
reconcile "gzip stream" "$TMP/stream.gz"

done_testing
