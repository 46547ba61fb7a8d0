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
# (a letter and the PDF made of it are one case twice: warned of)
imr-split -q "$W/in" >"$W/all.tsv"
imr-extract "$W/all.tsv" >"$W/items" 2>"$W/dups"
cases_again "$?" "$W/dups" - "one run: extract exits 0, warnings only of case numbers met before"
imr-tabulate $G <"$W/items" >"$W/one"
is "$(awk 'NR > 1 { n += $2 } END { print (n > 10) }' "$W/one")" 1 "one run: a table of the items"

# jobs_quiet NAME ERR_FILE RC_FILE: every job exited 0 (parallel's status in
# RC_FILE) and wrote on stderr (ERR_FILE) nothing but the warnings a part of
# the letters gives: a case number met before (imr-extract)
jobs_quiet() {
	is "$(cat "$3"):$(grep -v -E -e "$CASE_AGAIN" -e "$CASES_COUNTED" "$2")" "0:" \
		"$1: every job exits 0, its only messages warnings"
}

# per-file jobs, on the hosts -S names (':' is this machine; with remote
# hosts add --transferfile {})
(cd "$W/in" && ls) >"$W/list"
(cd "$W/in" && parallel -S : -j2 "imr-split -q -j1 {} | imr-extract | imr-tabulate --partial $G" <"$W/list" 2>"$W/jobs.err"
	echo "$?" >"$W/jobs.rc") |
	imr-tabulate --merge >"$W/merged"
same_file "$W/merged" "$W/one" "parallel -S : per-file jobs, merged == one run"
jobs_quiet "per-file jobs" "$W/jobs.err" "$W/jobs.rc"
# (a file whose letters were all overturned has no Upheld for its job's -r:
# its part says nothing, as only the whole run can tell a misspelt value;
# the merge says it when no part had it)
is "$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ f[$c["source"]]; if ($c["decision"] == "Upheld") up[$c["source"]] }
	END { for (s in f) if (!(s in up)) n++; print (n > 0) }' "$W/items")" 1 \
	"per-file jobs: some file has no Upheld item (and its part was silent above)"
(cd "$W/in" && ls | head -1 | xargs -I{} sh -c "imr-split -q -j1 {} | imr-extract 2>/dev/null | imr-tabulate --partial -g decision -r decision=Nope") |
	imr-tabulate --merge >/dev/null 2>"$W/nope.err"
is "$(cat "$W/nope.err")" "imr-tabulate: warning: -r decision=Nope: no row of any part has 'Nope' in column 'decision'" \
	"--merge: a -r value no part had is warned of"


# --pipepart: imr-split's records (one line each) cut into blocks, the
# header given to each
{ parallel --pipepart -a "$W/all.tsv" --header : --block 3k -j2 "imr-extract | imr-tabulate --partial $G" 2>"$W/parts.err"
	echo "$?" >"$W/parts.rc"; } |
	imr-tabulate --merge >"$W/merged2"
same_file "$W/merged2" "$W/one" "parallel --pipepart over the records, merged == one run"
jobs_quiet "--pipepart jobs" "$W/parts.err" "$W/parts.rc"
is "$(parallel --pipepart -a "$W/all.tsv" --header : --block 3k 'tail -n +2 | wc -l' | awk '{ n += $1 } END { print n }')" \
	"$(($(wc -l <"$W/all.tsv") - 1))" "--pipepart: every record in one block exactly"
done_testing
