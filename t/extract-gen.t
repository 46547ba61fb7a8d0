#!/bin/sh
# imr-extract against the answer key of the benchmark's letter generator
# (bench/gen -t): every item, its number, case number and decision.  The
# key keeps a billing code before a seed-style item ("S5000, "), which
# imr-extract drops.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
if ! make -s bench/gen >"$TMP/make.log" 2>&1; then
	skip "bench/gen" "does not build: $(head -1 "$TMP/make.log")"
	done_testing; exit
fi
bench/gen -s 9 -n 1500 -t "$TMP/key" >"$TMP/letters"
imr-split "$TMP/letters" | imr-extract >"$TMP/out" 2>"$TMP/err"
rc=$?
# (the generator draws a case number twice now and then: as many warnings
# as the key has letters whose case number an earlier one had)
cases_again "$rc" "$TMP/err" "$(awk -F'\t' 'NR > 1 && !($1 in L) { L[$1]; if ($3 != "" && seen[$3]++) n++ } END { print n + 0 }' "$TMP/key")" \
	"extract exits 0, warning only of the case numbers the key repeats"
is "$(tail -n +2 "$TMP/out" | wc -l | tr -d ' ')" "$(tail -n +2 "$TMP/key" | wc -l | tr -d ' ')" "as many items as the key"
tail -n +2 "$TMP/key" | awk -F'\t' '{ sub(/^[A-Z][0-9][0-9][0-9][0-9], /, "", $5); print $3 "\t" $4 "\t" $5 "\t" $6 }' >"$TMP/want"
tail -n +2 "$TMP/out" | cut -f4,15,16,18 >"$TMP/got"
same_file "$TMP/got" "$TMP/want" "case number, item number, item and decision as in the key"
is "$(column status <"$TMP/out" | sort -u)" "ok" "every row ok"
done_testing
