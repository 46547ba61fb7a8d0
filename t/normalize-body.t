#!/bin/sh
# imr-normalize's body_region, laterality and dx_group: the items and
# diagnoses of t/fixtures/normalize/body.tsv and dx.tsv (written for the
# tests, with the answers beside them), --body-regions and --dx-groups;
# then, on the real letters in ../shared (both pdftotext layouts), the
# agreement with the blind labels of t/labels/items.tsv, reported and held
# above a floor.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/normalize

# compare NAME FILE GOT_COL WANT_COL LABEL: each row's GOT_COL is its WANT_COL
compare() {
	column "$3" <"$2" >"$TMP/got"
	column "$4" <"$2" >"$TMP/want"
	column "$5" <"$2" >"$TMP/label"
	paste "$TMP/label" "$TMP/want" "$TMP/got" | awk -F'\t' '$2 != $3 { print "#   " $1 ": want \"" $2 "\", got \"" $3 "\"" }' >"$TMP/bad"
	is "$(wc -l <"$TMP/bad" | tr -d ' ')" 0 "$1"
	cat "$TMP/bad"
}
imr-normalize "$FIX/body.tsv" >"$TMP/body.out"
compare "body_region of each item" "$TMP/body.out" body_region want_region item
compare "laterality of each item" "$TMP/body.out" laterality want_laterality item
imr-normalize "$FIX/dx.tsv" >"$TMP/dx.out"
compare "dx_group of each diagnosis, aligned" "$TMP/dx.out" dx_group want_dx_group diagnoses
is "$(head -1 "$TMP/dx.out" | tr '\t' ' ')" "diagnoses want_dx_group dx_group" "dx_group appended where diagnoses is"

# the vocabularies, extended at run time
printf 'phrase\tregion\tlaterality\nscooter knee\tankle/foot\t\nsinister\t\tleft\n' >"$TMP/regions.tsv"
printf 'item\nScooter knee, sinister side\n' >"$TMP/item.tsv"
is "$(imr-normalize --body-regions "$TMP/regions.tsv" "$TMP/item.tsv" | column body_region)" "ankle/foot" \
	"--body-regions: a phrase added"
is "$(imr-normalize --body-regions "$TMP/regions.tsv" "$TMP/item.tsv" | column laterality)" "left" \
	"--body-regions: a side added"
printf 'phrase\tdx_group\tkind\nlumbago\tpain syndrome\tcondition\n' >"$TMP/groups.tsv"
printf 'diagnoses\nlumbago;cervicalgia\n' >"$TMP/dx.tsv"
is "$(imr-normalize --dx-groups "$TMP/groups.tsv" "$TMP/dx.tsv" | column dx_group)" "pain syndrome;spine" \
	"--dx-groups: a built-in phrase replaced"
printf 'name\tgroup\nx\ty\n' >"$TMP/nophrase.tsv"
run imr-normalize --dx-groups "$TMP/nophrase.tsv" "$TMP/dx.tsv"
is "$rc:$err" "1:imr-normalize: $TMP/nophrase.tsv:1: no column \"phrase\"" "a vocabulary without a phrase column: exit 1"
# the tool tabulates them
imr-normalize "$FIX/dx.tsv" | imr-tabulate -g dx_group --explode dx_group >"$TMP/tab" 2>&1
ok "$(grep -q '^spine' "$TMP/tab"; echo $?)" "imr-tabulate --explode dx_group"

if ! have_shared; then
	skip "real letters" "no $SHARED"
	done_testing
	exit
fi
for m in layout plain; do
	imr-split "$SHARED"/corpus/real/$m/*.txt | imr-extract | imr-normalize >"$TMP/$m.tsv"
	perl "$T_DIR/agree.pl" "$T_DIR/labels/items.tsv" "$TMP/$m.tsv" case_number,item_no \
		body_region:set laterality >"$TMP/$m.agree"
	agreement "$m" items body_region=95 laterality=97 <"$TMP/$m.agree"
done
done_testing
