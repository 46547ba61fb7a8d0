#!/bin/sh
# The scale recipe (man imr-split, EXAMPLES): a run spread with GNU parallel
# (one job a file, on this machine as `-S :` names it, or --pipepart over
# imr-split's records), the partial tables merged by imr-tabulate --merge,
# gives the table of one plain run.  Skipped where GNU parallel is absent.
. "$(dirname "$0")/lib.sh"
if ! parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
	skip "scale recipe" "GNU parallel not installed"
	done_testing
	exit 0
fi
W=$TMP/w
mkdir -p "$W/in"
# the letters: examples/, the split fixtures, and PDFs of them where PDF input is built
cp "$TOP"/examples/letters/*.txt "$TOP"/t/fixtures/split/*.txt "$W/in/"
if imr-split --version | grep -q 'PDF input: poppler'; then
	for f in "$TOP"/t/fixtures/split/*.txt; do perl "$T_DIR/mkpdf.pl" "$f" >"$W/in/$(basename "$f" .txt).pdf"; done
fi
if [ -d "$SHARED/corpus/pdf" ]; then
	(cd "$SHARED/corpus/pdf" && ls *.pdf | head -20) | while read -r f; do ln -s "$SHARED/corpus/pdf/$f" "$W/in/$f"; done
fi
G="-g decision -r decision=Upheld"
export PATH
imr-split -q "$W/in" | imr-extract 2>>"$W/dups" | imr-tabulate $G >"$W/one"
is "$(awk 'NR > 1 { n += $2 } END { print (n > 10) }' "$W/one")" 1 "one run: a table of the items"

# per-file jobs, on the hosts -S names (':' is this machine; with remote
# hosts add --transferfile {})
(cd "$W/in" && ls) >"$W/list"
(cd "$W/in" && parallel -S : -j2 "imr-split -q -j1 {} | imr-extract | imr-tabulate --partial $G" <"$W/list") |
	imr-tabulate --merge >"$W/merged"
same_file "$W/merged" "$W/one" "parallel -S : per-file jobs, merged == one run"

# --pipepart: imr-split's records (one line each) cut into blocks, the
# header given to each
imr-split -q "$W/in" >"$W/all.tsv"
parallel --pipepart -a "$W/all.tsv" --header : --block 3k -j2 "imr-extract 2>/dev/null | imr-tabulate --partial $G" |
	imr-tabulate --merge >"$W/merged2"
same_file "$W/merged2" "$W/one" "parallel --pipepart over the records, merged == one run"
is "$(parallel --pipepart -a "$W/all.tsv" --header : --block 3k 'tail -n +2 | wc -l' | awk '{ n += $1 } END { print n }')" \
	"$(($(wc -l <"$W/all.tsv") - 1))" "--pipepart: every record in one block exactly"
done_testing
