#!/bin/sh
# imr-normalize as a tool: a fixture of extract-shaped rows (items written
# for the tests) against a hand-checked expected file, partial inputs,
# idempotence, --lexicon, gzip, and bad input.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/normalize
ITEM_COLS='category	subcategory	drug	drug_class	strength	unit	form	qty	refills	per_day	mme_day	hcpcs	qty_unit	visits	per_week	weeks	category_basis'

run imr-normalize "$FIX/extract.tsv"
is "$rc:$err" "0:" "fixture: exits 0, quietly"
printf '%s\n' "$out" >"$TMP/fixture.out"
same_file "$TMP/fixture.out" "$FIX/extract.expected" "fixture: canonical and derived values"

imr-normalize "$FIX/extract.expected" >"$TMP/twice" 2>&1
same_file "$TMP/twice" "$FIX/extract.expected" "normalizing twice changes nothing"

imr-normalize - <"$FIX/extract.tsv" >"$TMP/stdin"
same_file "$TMP/stdin" "$FIX/extract.expected" "'-' reads stdin"

gzip -c "$FIX/extract.tsv" >"$TMP/extract.tsv.gz"
imr-normalize "$TMP/extract.tsv.gz" >"$TMP/gz"
same_file "$TMP/gz" "$FIX/extract.expected" "gzip input is recognised"

# only some columns: what exists is canonicalised, what it gives appended
printf 'item\nNorco 10/325mg #90\n' >"$TMP/item.tsv"
run imr-normalize "$TMP/item.tsv"
is "$out" "item	$ITEM_COLS	body_region	laterality
Norco 10/325mg #90	Pharmaceuticals	Opioids	hydrocodone+acetaminophen	Opioids	10/325	mg	tablet	90									item		" \
	"a TSV with just item: the item's columns appended"

printf 'x\ty\nfoo\tbar\\\\\n' >"$TMP/none.tsv"
imr-normalize "$TMP/none.tsv" >"$TMP/none.out"
same_file "$TMP/none.out" "$TMP/none.tsv" "no column it knows: the input unchanged"

printf 'note\tdecision\tdecision_date\nx\\ty\tOverturned\t1/5/2017\n' >"$TMP/dec.tsv"
run imr-normalize "$TMP/dec.tsv"
is "$(printf '%s\n' "$out" | sed -n 1,2p | tr '\n' '|')" "note	decision	decision_date	year	quarter|x\\ty	overturned	2017-01-05	2017	2017Q1|" \
	"unknown columns pass through, escapes kept; year from the decision date"

printf 'reviewer_specialty\treviewer_states\tpatient_sex\nPain Medicine\tCalifornia;Texas\tfemale\n' >"$TMP/rev.tsv"
run imr-normalize "$TMP/rev.tsv"
is "$(printf '%s\n' "$out" | sed -n 2p | cut -f1-3)" "Pain Management	CA;TX	F" "specialty, states, sex"

# --lexicon adds names; a name not known leaves drug empty
printf 'item\nFrobnizol 20mg 1 tab BID #60\n' >"$TMP/frob.tsv"
run imr-normalize "$TMP/frob.tsv"
is "$(printf '%s\n' "$out" | sed -n 2p | cut -f2-5)" "			" "an unknown drug is not guessed"
printf 'name\tgeneric\tclass\tform\tmme_factor\nFrobnizol\tfrobnizolam\tOpioids\ttablet\t2\n' >"$TMP/lex.tsv"
run imr-normalize --lexicon "$TMP/lex.tsv" "$TMP/frob.tsv"
is "$rc:$(printf '%s\n' "$out" | sed -n 2p | cut -f2-12)" \
	"0:Pharmaceuticals	Opioids	frobnizolam	Opioids	20	mg	tablet	60		2	80" "--lexicon adds a drug"
printf 'name\tclass\nFoo\tNSAID\n' >"$TMP/badlex.tsv"
run imr-normalize --lexicon "$TMP/badlex.tsv" "$TMP/frob.tsv"
is "$rc:$err" "1:imr-normalize: $TMP/badlex.tsv:1: a lexicon needs the columns name, generic and class" \
	"--lexicon without a generic column"
run imr-normalize --lexicon "$TMP/nonexistent" "$TMP/frob.tsv"
is "$rc" 1 "--lexicon with a missing file exits 1"
run imr-normalize --lexicon
is "$rc" 2 "--lexicon without a file is a usage error"

# bad input
printf 'item\tdecision\nNorco #90\tUpheld\nbad row\nUltram 50mg #60\tUpheld\n' >"$TMP/bad.tsv"
run imr-normalize "$TMP/bad.tsv"
is "$rc:$err" "1:imr-normalize: $TMP/bad.tsv:3: 1 fields, expected 2 as in the header" \
	"a row with the wrong number of fields: FILE:LINE message, exit 1"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 3 "... and the other rows are written"
run imr-normalize "$TMP/nonexistent"
is "$rc:$err" "1:imr-normalize: $TMP/nonexistent: No such file or directory" "a missing file"
run imr-normalize "$FIX/extract.tsv" "$TMP/item.tsv"
is "$rc" 1 "files with different columns exit 1"
run imr-normalize "$TMP/item.tsv" "$TMP/item.tsv"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 3 "files with the same columns: one header"
head -c 200000 /dev/urandom >"$TMP/random"
imr-normalize "$TMP/random" >/dev/null 2>&1; rc=$?
ok $([ "$rc" -le 1 ] && echo 0 || echo 1) "random bytes: no crash (exit $rc)"
{ printf 'item\tca_guideline\timr_guideline\n'; head -c 300000 /dev/urandom | tr -d '\t\\\n' | fold -w 9000 | sed 's/.*/&\t&\t&/'; } >"$TMP/long"
imr-normalize "$TMP/long" >/dev/null 2>"$TMP/long.err"; rc=$?
is "$rc" 0 "long random fields: no crash"
# an item of the most words a row is read by (256), its last two "2 x":
# the course's reader once looked one word past them (caught by UBSan)
{ printf 'item\n'; i=0; while [ $i -lt 254 ]; do printf 'w '; i=$((i + 1)); done; printf '2 x\n'; } >"$TMP/words256"
imr-normalize "$TMP/words256" >/dev/null 2>"$TMP/words256.err"
is "$?:$(head -3 "$TMP/words256.err")" "0:" "an item of 256 words ending in '2 x': read within its words"
if [ "$rc" -ne 0 ]; then   # (random: keep the input that failed, and say why)
	cp "$TMP/long" "${TMPDIR:-/tmp}/imrkit-long-random.$$.tsv"
	echo "# input kept: ${TMPDIR:-/tmp}/imrkit-long-random.$$.tsv"
	head -20 "$TMP/long.err" | sed 's/^/# /'
fi
# hcpcs: the code in the item, else the one extract took off the front (item_code)
printf 'item\titem_code\nKlonopin 0.5mg qty: 10.00\tS5000\nSoma 350mg #90\t\n' | imr-normalize | column hcpcs >"$TMP/h"
is "$(tr '\n' , <"$TMP/h")" "S5000,," "hcpcs from item_code when the item names no code"
printf 'item\thcpcs\titem_code\nKlonopin 0.5mg\t\tS5001\n' | imr-normalize | column hcpcs >"$TMP/h"
is "$(cat "$TMP/h")" "S5001" "hcpcs from item_code, filled in place"
done_testing
