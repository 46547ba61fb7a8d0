#!/bin/sh
# imr-extract on t/fixtures/extract/blind-letters: 16 letters of the 2016-17
# layout (8 as pdftotext -layout gives them, 8 plain), every word invented,
# written with the fields they hold (expected.tsv) by a helper who saw
# neither the tool nor its tests, from the real letters' structure alone:
# items over several lines, the decision on the next line, partly certified
# items, page breaks inside rationales and between an item and its
# guideline, footers, colons and dosages in item names, two or three
# licensure states.  Two of the labeller's conventions are mapped to the
# tool's documented ones: specialties ';'-joined, as every list is, and a
# partly certified item given as its remaining portion, its original
# request in original_request.  First run (2026-12-06): every header field,
# item number, decision and item of the 42 items agreed, those two
# conventions aside.
. "$(dirname "$0")/lib.sh"
DIR=$T_DIR/fixtures/extract/blind-letters

(cd "$DIR" && imr-split letter*.txt) | imr-extract >"$TMP/out" 2>"$TMP/err"
is "$?:$(cat "$TMP/err")" "0:" "blind letters: exit 0, quietly"
cols="case_number date_assigned decision_date injury_date ur_date received_date priority reviewer_states reviewer_specialty item_no item decision original_request"
# the columns of COLS, by name, after the letter's file name
project() {
	awk -F'\t' -v OFS='\t' -v cols="$cols" -v src="$2" '
	NR == 1 { n = split(cols, want, " "); for (i = 1; i <= NF; i++) c[$i] = i; next }
	{ f = $c[src]; sub(/.*\//, "", f); printf "%s", f; for (k = 1; k <= n; k++) printf "%s%s", OFS, $c[want[k]]; print "" }' "$1"
}
project "$TMP/out" source >"$TMP/got"
project "$DIR/expected.tsv" file >"$TMP/want"
is "$(wc -l <"$TMP/got" | tr -d ' ')" 42 "blind letters: 42 items"
for col in $cols; do
	k=$(printf '%s\n' file $cols | grep -n "^$col\$" | cut -d: -f1)
	bad=$(paste "$TMP/want" "$TMP/got" | awk -F'\t' -v k="$k" -v n=14 '$k != $(k + n) { print $1 " #" $11 ": want \"" $k "\", got \"" $(k + n) "\"" }')
	is "$bad" "" "blind letters: $col of every item"
done
done_testing
