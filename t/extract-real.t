#!/bin/sh
# imr-extract on the real letters in ../shared (skipped when absent): the five
# seeds (14 items) and 82 letters of 2016-17 in both pdftotext layouts (178
# items each, the same fields either way).  Only short derived facts here.
. "$(dirname "$0")/lib.sh"
if ! have_shared; then
	skip "real letters" "no $SHARED"
	done_testing
	exit
fi
R=$SHARED/corpus/real
imr-split "$SHARED"/seeds/*.txt | imr-extract >"$TMP/seeds"
imr-split "$R"/layout/*.txt | imr-extract >"$TMP/layout"
imr-split "$R"/plain/*.txt | imr-extract >"$TMP/plain"
rows() { tail -n +2 "$1" | wc -l | tr -d ' '; }
joined() { column "$2" <"$1" | tr '\n' ';'; }

# seeds
is "$(rows "$TMP/seeds")" 14 "seeds: 14 items"
is "$(joined "$TMP/seeds" decision)" \
	"Upheld;Upheld;Upheld;Upheld;Upheld;Upheld;Upheld;Upheld;Overturned;Overturned;Upheld;Upheld;Upheld;Upheld;" \
	"seeds: decisions"
is "$(joined "$TMP/seeds" status | tr ';' '\n' | sort -u)" "ok" "seeds: all ok"
is "$(joined "$TMP/seeds" layout | tr ';' '\n' | sort -u)" "2014" "seeds: layout 2014"
is "$(column patient_age <"$TMP/seeds" | uniq | tr '\n' ' ')" "61 47 52 47 48 " "seeds: ages"
is "$(column patient_sex <"$TMP/seeds" | uniq | tr '\n' ' ')" "male female male female male " "seeds: sexes"
is "$(column injury_date <"$TMP/seeds" | uniq | tr '\n' ' ')" "10/08/1998 06/16/2010 12/10/1999 07/03/2009 1/27/2005 " \
	"seeds: injury dates from the summaries"
is "$(column reviewer_states <"$TMP/seeds" | uniq | tr '\n' ' ')" \
	"California Florida California Maryland New Jersey;Michigan;California " "seeds: states"
is "$(column reviewer_specialty <"$TMP/seeds" | sed -n 1p)" "Physical Medicine and Rehabilitation;Pain Medicine" \
	"seeds: board and subspecialty"
is "$(column reviewer_specialty <"$TMP/seeds" | sed -n 11p)" "Neurology;Neuromuscular Medicine" \
	"seeds: a Certification(s)/Specialty line"
is "$(column item <"$TMP/seeds" | awk 'length > 60' | wc -l | tr -d ' ')" 1 "seeds: the item on two lines is whole"

# 2016-17, both layouts
for m in layout plain; do
	f=$TMP/$m
	is "$(rows "$f")" 178 "$m: 178 items"
	is "$(column status <"$f" | sort -u)" "ok" "$m: all ok"
	is "$(column layout <"$f" | sort -u)" "2016" "$m: layout 2016"
	is "$(column decision <"$f" | sort | uniq -c | tr -s ' ' | tr '\n' ,)" " 18 Overturned, 160 Upheld," "$m: decisions"
	is "$(column case_number <"$f" | sort -u | wc -l | tr -d ' ')" 82 "$m: 82 letters"
	# the case number is the file's name
	bad=$(awk -F'\t' 'NR > 1 && index($2, $4 ".txt") == 0' "$f" | wc -l | tr -d ' ')
	is "$bad" 0 "$m: every case number matches its file"
	for c in date_assigned decision_date injury_date ur_date received_date; do
		bad=$(column $c <"$f" | grep -c -v -E '^[0-9]{2}/[0-9]{2}/[0-9]{4}$')
		is "$bad" 0 "$m: $c is a date in every row"
	done
	is "$(column priority <"$f" | sort -u)" "Standard" "$m: priority"
	is "$(column reviewer_states <"$f" | grep -c '^$')" 0 "$m: states in every row"
	is "$(column reviewer_specialty <"$f" | grep -c '^$')" 0 "$m: specialty in every row"
	is "$(column rationale <"$f" | grep -c '^$')" 0 "$m: a rationale for every item"
	is "$(column imr_guideline <"$f" | grep -c '^$')" 0 "$m: a MAXIMUS guideline for every item"
done
cut -f3-18 "$TMP/layout" >"$TMP/l"
cut -f3-18 "$TMP/plain" >"$TMP/p"
same_file "$TMP/p" "$TMP/l" "layout and plain: the same header, reviewer, patient, items and decisions"

# spot checks
row() { awk -F'\t' -v c="$1" -v n="$2" 'NR == 1 { for (i = 1; i <= NF; i++) k[$i] = i; next } $4 == c { print $k[n] }' "$TMP/layout" | head -1; }
is "$(row CM16-0221706 patient_age) $(row CM16-0221706 patient_sex)" "65 male" "CM16-0221706: patient"
is "$(row CM16-0221706 reviewer_states)" "California;South Carolina" "CM16-0221706: states"
is "$(row CM16-0221706 reviewer_specialty)" "Preventive Medicine;Occupational Medicine;Family Practice" \
	"CM16-0221706: specialties"
is "$(row CM16-0221706 date_assigned) $(row CM16-0221706 received_date)" "11/23/2016 11/15/2016" "CM16-0221706: dates"
is "$(row CM16-0239190 decision)" "Upheld" "CM16-0239190: partial authorisation decided"
ok "$([ -n "$(row CM16-0239190 original_request)" ]; echo $?)" "CM16-0239190: the original request"
is "$(row CM16-0249170 patient_age):$(row CM16-0249170 patient_sex)" ":female" "CM16-0249170: no age given"
is "$(awk -F'\t' '$4 == "CM16-0235991"' "$TMP/layout" | wc -l | tr -d ' ')" 2 "CM16-0235991: 2 items"
is "$(awk -F'\t' '$4 == "CM16-0235991" { print (length($16) > 80) }' "$TMP/layout" | tail -1)" 1 \
	"CM16-0235991: the item on two lines is whole"
is "$(awk -F'\t' '$4 == "CM16-0249536" { print $18 }' "$TMP/layout" | tail -1)" "Upheld" \
	"CM16-0249536: a decision alone on its line"
done_testing
