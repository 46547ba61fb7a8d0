#!/bin/sh
# imr-normalize's derived columns on the 82 real letters (../shared), both
# pdftotext modes, against the blind labels in t/labels/items.tsv (keyed by
# case_number and item_no): agreement per column as TAP diagnostics, and a
# floor per column a little below what the tool reaches, so a regression
# shows.  The labels were written before anyone looked at the tool's
# answers; they are not edited to match it.  Skips when ../shared is absent.
. "$(dirname "$0")/lib.sh"
LABELS=$T_DIR/labels/items.tsv
COLS="category subcategory drug drug_class strength unit qty qty_unit visits"
# the floor (percent) per column, in the order of COLS
FLOORS="97 96 97 97 97 97 96 97 96"

# agree GOT LABELS: per column "NAME AGREE TOTAL", compared where both have the key
agree() {
	awk -F'\t' -v cols="$COLS" '
	FNR == 1 { for (i = 1; i <= NF; i++) c[FILENAME, $i] = i }
	FNR == 1 && NR == 1 { got = FILENAME }
	FNR == 1 { next }
	FILENAME == got { key = $c[got, "case_number"] SUBSEP $c[got, "item_no"]
		n = split(cols, cn, " ")
		for (k = 1; k <= n; k++) v[key, k] = (c[got, cn[k]] ? $c[got, cn[k]] : "")
		seen[key] = 1; next }
	{ key = $c[FILENAME, "case_number"] SUBSEP $c[FILENAME, "item_no"]
		n = split(cols, cn, " ")
		for (k = 1; k <= n; k++) {
			total[k]++
			want = $c[FILENAME, cn[k]]
			if ((key in seen) && v[key, k] == want) same[k]++
			else if (ENVIRON["LABELS_SHOW"] != "") print "# " cn[k] ": " $1 " " $2 " got [" v[key, k] "] want [" want "]" > "/dev/stderr"
		}
	}
	END { for (k = 1; k <= n; k++) print cn[k], same[k] + 0, total[k] + 0 }' "$1" "$2"
}

if real_letters_ready "labels"; then
	for layout in layout plain; do
		normalize_real $layout
		agree "$TMP/$layout.tsv" "$LABELS" >"$TMP/$layout.agree"
		set -- $FLOORS
		while read -r name same total; do
			pct=$(awk -v s="$same" -v t="$total" 'BEGIN { printf "%.1f", t ? 100 * s / t : 0 }')
			echo "# $layout: $name $same/$total $pct%"
			ok "$(awk -v p="$pct" -v f="$1" 'BEGIN { print (p >= f) ? 0 : 1 }')" \
				"labels ($layout): $name agreement $pct% >= $1%"
			shift
		done <"$TMP/$layout.agree"
	done
fi
done_testing
