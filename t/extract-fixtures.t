#!/bin/sh
# imr-extract on hand-written letters: one of each layout, golden output; the
# variants (CRLF, blank lines, reflowed, footers, NBSP, case) must give the
# same fields as the letter they were made from.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/extract
cd "$FIX" || exit 1

extract() {  # extract FILE [OPTIONS]: split one letter file, extract it
	f=$1; shift
	imr-split "$f" | imr-extract "$@"
}

for base in layout2016 plain2016 seed2014 notice2013 many2016 single2014 junk; do
	extract $base.txt -d >"$TMP/got"
	same_file "$TMP/got" $base.expected "$base: items as expected"
	extract $base.txt --letters >"$TMP/got"
	same_file "$TMP/got" $base.letters.expected "$base: --letters as expected"
done

# the fields a variant must keep: all but doc_id, source and the rationale
# text (a reflowed letter really has other text)
fields() { cut -f3-20,22; }
# (a letter made all capitals or all lowercase: the same fields in that case)
for v in *-*.txt; do
	base=${v%%-*}
	case $v in
	*-allcaps.txt|*-alllower.txt) fold() { tr A-Z a-z; } ;;
	*) fold() { cat; } ;;
	esac
	extract "$v" -d | fields | fold >"$TMP/got"
	fields <$base.expected | fold >"$TMP/want"
	same_file "$TMP/got" "$TMP/want" "variant $v: same fields as $base"
done

# a letter's columns are written once and copied for its other rows; with
# first rationales of many sizes, the output buffer goes out between rows
# at every place, and each row must still be whole and begin as the first
for pad in 10000 25000 40000 55000 70000 85000 100000 115000 130000; do
	perl -pe 'if (/^Decision rationale: The guideline calls/) { $_ .= ("more of the rationale " x int('$pad' / 22)) . "\n" }' plain2016.txt
done >"$TMP/long.txt"
extract "$TMP/long.txt" >"$TMP/long.out" 2>"$TMP/long.err"
cases_again "$?" "$TMP/long.err" 8 "long rows: one letter nine times, eight warned of as met before"
awk -F'\t' 'NR == 1 { nf = NF; next }
	NF != nf { bad++ }
	{ p = ""; for (i = 1; i <= 14; i++) p = p "\t" $i; if ($1 in first && first[$1] != p) bad++; first[$1] = p }
	END { print NR - 1 " rows, " bad + 0 " not whole or not as the first" }' "$TMP/long.out" >"$TMP/got"
is "$(cat "$TMP/got")" "27 rows, 0 not whole or not as the first" "long rows: each whole, the letter's columns the same in each"
is "$(extract many2016.txt | tail -n +2 | wc -l | tr -d ' ')" 22 "22 items in one letter"
is "$(extract many2016.txt | column decision | sort | uniq -c | tr -s ' ' | tr '\n' ,)" \
	" 5 Overturned, 17 Upheld," "22 items: the decisions"
is "$(extract many2016.txt | column item | tail -1)" "Oxycodone HCL ER 20mg #60 day supply: 30" \
	"an item with colons"
is "$(extract single2014.txt | tail -n +2 | wc -l | tr -d ' ')" 1 "a letter with one item"
is "$(extract layout2016.txt | column original_request | sed -n 2p)" "Twelve sessions of physical therapy" \
	"partial authorisation: the original request"
is "$(extract layout2016.txt | column item | sed -n 2p)" "Six sessions of physical therapy for the lumbar spine" \
	"partial authorisation: the portion decided"
is "$(extract layout2016.txt | column decision | sed -n 3p)" "Upheld" "a decision alone on its line"
is "$(extract seed2014.txt | column item | head -1)" "Tramadol ER 100mg qty: 30.00" "a billing code before the item goes"
is "$(extract notice2013.txt | column item | tr '\n' ';')" \
	"lumbar epidural steroid injection at L4-5;8 sessions of aquatic therapy;" "2013: items listed twice, counted once"
is "$(extract notice2013.txt | column decision | tr '\n' ';')" "Upheld;Overturned;" "2013: decisions"
is "$(extract notice2013-labels.txt | column rationale | cut -c1-29 | tr '\n' ';')" \
	"The exam shows no sign of a p;Water exercise fits a patient;" "2013: the rationale under either label"
is "$(extract junk.txt | column status):$(extract junk.txt | column item_no)" "unknown-layout:0" \
	"junk: one row, item_no 0, a status"
is "$(extract layout2016-nbsp.txt | column item | sed -n 3p | grep -c "physician's")" 1 \
	"curly apostrophe made straight"
is "$(extract layout2016.txt --letters | column diagnoses)" "right carpal tunnel syndrome;lumbar strain;poor sleep" \
	"diagnoses, ;-joined"
done_testing
