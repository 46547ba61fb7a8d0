#!/bin/sh
# t/bench-run.t: `make bench` at its smallest (1 and 2 MB, two runs and one,
# into a directory of the test's own): every row of the table is there with
# a time, extract's per-letter row counts the letters imr-split finds, and
# the memory summary names each tool.  (The figures themselves are not
# judged here: at this size they are start-up costs.)
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
O=$TMP/out
BENCH_OUT=$O BENCH_MB=2 BENCH_REPS=2 BENCH_LOG=$TMP/log IMRKIT_SHARED=$TMP/none bash bench/run.sh >"$TMP/stdout" 2>"$TMP/err"
ok $? "bench/run.sh runs"
is "$(grep -v '^bench: generating [12] MB corpus\.\.\.$' "$TMP/err")" "bench: table in $O/latest.txt" \
	"nothing failed; the table's place said"
T=$O/latest.txt
same_file "$TMP/stdout" "$T" "the table on stdout is the one kept"

# ROW SIZE TOOL WHAT: the row's seconds column, a time
row_has_time() {
	awk -v size="$1" -v tool="$2" -v what="$3" '
		substr($0, 1, 6) ~ "^" size " *$" && substr($0, 8, 14) ~ "^" tool " *$" && index(substr($0, 23, 42), what) == 1 {
			if (substr($0, 66, 8) ~ /^ *[0-9]+\.[0-9][0-9][0-9]$/) found = 1
		}
		END { exit !found }' "$T"
}
for size in 1MB 2MB; do
	for r in "gzip|gzip -dc x.gz" "bench/inflate|bare zlib inflate loop" "cat|cat x.txt" \
	         "imr-split|imr-split x.gz" "imr-split|imr-split x.txt" "imr-extract|imr-split x.txt | imr-extract" \
	         "imr-extract|imr-extract split.tsv" "pipeline|split x.gz|extract|normalize|tabulate" \
	         "pipeline|  the same on x.txt" "imr-normalize|imr-normalize items.tsv" "imr-tabulate|imr-tabulate -g category"; do
		row_has_time "$size" "${r%%|*}" "${r#*|}"
		ok $? "$size: ${r#*|}: a time"
	done
done

# the floors and what is judged against them run in turn, twice at 1 MB
# (BENCH_REPS), once at 2 MB
floors() { grep -E "^$1:(gzip -dc|inflate loop|cat|split gz|pipeline)	" "$TMP/log" | cut -f1 | tr '\n' ,; }
turn() { echo "$1:gzip -dc,$1:inflate loop,$1:cat,$1:split gz,$1:pipeline,"; }
is "$(floors 1MB)" "$(turn 1MB)$(turn 1MB)" "1 MB: floors, split and pipeline in turn, twice"
is "$(floors 2MB)" "$(turn 2MB)" "2 MB: the same once"
is "$(awk -F '\t' 'NF != 3 || $2 !~ /^[0-9]+$/' "$TMP/log")" "" "the log: name, ms, cpu ms"

letters=$(imr-split "$O/corpus-1-1.txt" | tail -n +2 | wc -l | tr -d ' ')
grep -q "^1MB    imr-extract      [0-9.]* us a letter, $letters of [0-9.]* KB" "$T"
ok $? "the per-letter row: the $letters letters of the 1 MB corpus"
grep -q "^1MB    imr-extract    real letters x N  *no \.\./shared" "$T"
ok $? "without ../shared: the real letters' row says so"
if [ ! -x /usr/bin/time ]; then   # (the bench takes RSS from GNU time)
	skip "peak RSS" "no /usr/bin/time"
	done_testing; exit
fi
for t in imr-split imr-extract imr-normalize imr-tabulate; do
	grep -q "^  $t  *[0-9.][0-9.]* ->  *[0-9.][0-9.]*$" "$T"
	ok $? "peak RSS of $t at both sizes"
done
done_testing
