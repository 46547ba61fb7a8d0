#!/bin/sh
# imr-normalize on items and citations written for the tests, one or more of
# each kind issue 29 names and their kin: inflections and synonyms, whole-
# phrase votes, the guideline fallback, home health, modalities, supports,
# functional testing, day programmes, compounds, liquids and amounts, forms,
# kits and medical foods, courses of visits, several sources in a clause,
# specialty typos; the expected file was checked by hand.  And --stats.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/normalize

run imr-normalize "$FIX/kinds.tsv"
is "$rc:$err" "0:" "kinds: exits 0, quietly"
printf '%s\n' "$out" >"$TMP/kinds.out"
same_file "$TMP/kinds.out" "$FIX/kinds.expected" "kinds: derived values"

is "$(column category <"$TMP/kinds.out" | grep -c '^$')" 0 "kinds: every item has a category"
is "$(column category_basis <"$TMP/kinds.out" | sort | uniq -c | tr -s ' ' | tr '\n' ';')" \
	" 2 guideline; 32 item;" "kinds: category_basis says where the category came from"

run imr-normalize --stats "$FIX/kinds.tsv"
is "$rc" 0 "--stats exits 0"
is "$err" "items	34
without_category	0
category_from_guideline	2
pharmaceuticals	14
pharmaceuticals_without_drug	1
pharmaceuticals_without_class	1
with_visits	8" "--stats: coverage counts on stderr"
printf '%s\n' "$out" >"$TMP/stats.out"
same_file "$TMP/stats.out" "$FIX/kinds.expected" "--stats leaves stdout as it is"
done_testing
