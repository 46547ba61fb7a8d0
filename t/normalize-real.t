#!/bin/sh
# The real letters through the whole pipeline: split | extract | normalize,
# canonical and derived columns compared, keyed by case number (doc_id for
# the seeds, which have none) and item number, with expected files checked
# by hand item by item.  Skips when ../shared or imr-extract is absent.
. "$(dirname "$0")/lib.sh"
EXP=$T_DIR/fixtures/normalize

# project KEY...: the key columns, then the columns normalize sets, sorted
project() {
	awk -F'\t' -v OFS='\t' -v key="$1" '
	NR == 1 {
		n = split(key " decision date_assigned decision_date injury_date ur_date received_date patient_sex patient_age reviewer_states reviewer_specialty category subcategory drug drug_class strength unit form qty refills per_day mme_day hcpcs ca_source imr_source imr_topic imr_pages imr_edition age_range year", want, " ")
		for (i = 1; i <= NF; i++) c[$i] = i
		for (k = 1; k <= n; k++) {
			if (!(want[k] in c)) { print "no column " want[k] > "/dev/stderr"; exit 1 }
			printf "%s%s", want[k], k < n ? OFS : ORS
		}
		next
	}
	{ for (k = 1; k <= n; k++) printf "%s%s", $c[want[k]], k < n ? OFS : ORS }' | sort
}

if real_letters_ready "real letters"; then
	for layout in layout plain; do
		normalize_real $layout
		project "case_number item_no" <"$TMP/$layout.tsv" >"$TMP/$layout.got"
		same_file "$TMP/$layout.got" "$EXP/real.expected" "real letters ($layout): normalized values"
	done
	imr-split "$SHARED/seeds" | imr-extract | imr-normalize | project "doc_id item_no" >"$TMP/seeds.got"
	same_file "$TMP/seeds.got" "$EXP/seeds.expected" "seeds: normalized values"
fi
done_testing
