#!/bin/sh
# imr-extract's diagnoses: each wording of t/fixtures/extract/dx-wordings.tsv
# (sentences written for the tests, put in the case summary of plain2016.txt)
# gives its list, entry by entry; then, on the real letters in ../shared (in
# both pdftotext layouts), the agreement with the blind labels of
# t/labels/letters.tsv, entry by entry, reported and held above a floor.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/extract
WORDINGS=$FIX/dx-wordings.tsv

# one letter per wording: the summary's diagnoses sentence replaced
n=0
tail -n +2 "$WORDINGS" | while IFS='	' read -r name sentence want; do
	n=$((n + 1))
	SENTENCE=$sentence perl -0pe 's/The diagnoses include right carpal tunnel syndrome, lumbar\nstrain, and poor sleep\./$ENV{SENTENCE}/' \
		"$FIX/plain2016.txt" >"$TMP/dx$(printf %02d $n).txt"
done
imr-split "$TMP"/dx*.txt | imr-extract --letters >"$TMP/dx.out"
column diagnoses <"$TMP/dx.out" >"$TMP/got"
tail -n +2 "$WORDINGS" | cut -f3 >"$TMP/want"
tail -n +2 "$WORDINGS" | cut -f1 >"$TMP/names"
is "$(wc -l <"$TMP/got" | tr -d ' ')" "$(wc -l <"$TMP/want" | tr -d ' ')" "one letter per wording"
i=0
while IFS= read -r name; do
	i=$((i + 1))
	is "$(sed -n "${i}p" "$TMP/got")" "$(sed -n "${i}p" "$TMP/want")" "wording: $name"
done <"$TMP/names"

# on item rows too: the letter's list, on each
imr-split "$FIX/plain2016.txt" | imr-extract >"$TMP/items"
is "$(column diagnoses <"$TMP/items" | sort -u)" "right carpal tunnel syndrome;lumbar strain;poor sleep" \
	"item rows: the letter's diagnoses on each"

# the real letters against the blind labels
if ! have_shared; then
	skip "real letters" "no $SHARED"
	done_testing
	exit
fi
for m in layout plain; do
	imr-split "$SHARED"/corpus/real/$m/*.txt | imr-extract --letters | imr-normalize >"$TMP/$m.tsv"
	perl "$T_DIR/agree.pl" "$T_DIR/labels/letters.tsv" "$TMP/$m.tsv" case_number \
		diagnoses:entries dx_group:aligned:diagnoses >"$TMP/$m.agree"
	agreement "$m" entries diagnoses=90 dx_group=92 <"$TMP/$m.agree"
	# no entry is a sentence: none long, none with a verb of narration
	long=$(column diagnoses <"$TMP/$m.tsv" | tr ';' '\n' | awk 'length > 120' | wc -l | tr -d ' ')
	is "$long" 0 "$m: no diagnosis entry longer than 120 bytes"
	said=$(column diagnoses <"$TMP/$m.tsv" | tr ';' '\n' |
		grep -c -i -E '(^| )(was|were|is|are|dated|reported|noted|on [0-9])( |$)')
	is "$said" 0 "$m: no diagnosis entry holds a clause (was, dated, reported ...)"
	have=$(column diagnoses <"$TMP/$m.tsv" | grep -c .)
	ok "$([ "$have" -ge 78 ]; echo $?)" "$m: diagnoses for $have of 82 letters (>= 78)"
done
done_testing
