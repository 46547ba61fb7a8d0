#!/bin/sh
# imr-extract on hand-written letters of the layouts of other years (the
# letters with a documents section, imr-docs; the Medical Professional
# Reviews, mpr) and of a layout nobody has seen (the fallback): golden
# output, and variants (CRLF, reflowed, footers and form feeds, NBSP, other
# capitalisation, headings wrapped) that must give the same fields.  (In
# their own directory: t/golden.t hashes t/fixtures/extract/*.txt.)
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/extract/years
cd "$FIX" || exit 1

extract() {  # extract FILE [OPTIONS]: split one letter file, extract it
	f=$1; shift
	imr-split "$f" | imr-extract "$@"
}

for base in imrdocs imrsent mpr mpr2 fallback fallback2; do
	extract $base.txt -d >"$TMP/got"
	same_file "$TMP/got" $base.expected "$base: items as expected"
	extract $base.txt --letters >"$TMP/got"
	same_file "$TMP/got" $base.letters.expected "$base: --letters as expected"
done

# the fields a variant must keep: all but doc_id, source, the rationale
# and the offset and length (columns by name)
fields() {
	awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) drop[i] = $i ~ /^(doc_id|source|rationale|offset|length)$/ }
		{ r = ""; for (i = 1; i <= NF; i++) if (!drop[i]) r = r "\t" $i; print r }'
}
for v in *-*.txt; do
	base=${v%%-*}
	extract "$v" -d | fields >"$TMP/got"
	fields <$base.expected >"$TMP/want"
	same_file "$TMP/got" "$TMP/want" "variant $v: same fields as $base"
done

is "$(extract imrdocs.txt | column layout | sort -u)" "imr-docs" "documents section: layout imr-docs"
is "$(imr-split imrdocs.txt | tail -n +2 | wc -l | tr -d ' ')" 1 \
	"documents section: the letterhead, header and headings are one letter"
is "$(extract imrdocs.txt | column ur_date)" "02/12/2014
02/12/2014" "documents section: UR Denial Date"
is "$(extract imrsent.txt | column decision | tr '\n' ';')" "Overturned;Upheld;" \
	"documents section: decisions in sentences"
is "$(extract mpr.txt | column layout)" "mpr" "Medical Professional Review: layout mpr"
is "$(extract mpr.txt | column decision)" "Upheld" "mpr: the decision from the determination sentence"
is "$(extract mpr.txt | column imr_guideline | cut -c1-40)" "MTUS Chronic Pain Medical Treatment Guid" \
	"mpr: the guideline section (its heading wrapped)"
is "$(extract mpr2.txt | column decision | tr '\n' ';')" "Overturned;;" \
	"mpr: one item per issue; none decided where no sentence says"
is "$(extract mpr2.txt | column status | tr '\n' ';')" "ok;no-decision;" "mpr: status no-decision"
is "$(extract fallback.txt | column status | sort -u)" "fallback" "fallback: status fallback"
is "$(extract fallback.txt | column decision | tr '\n' ';')" "Upheld;Overturned;" \
	"fallback: decisions in sentences; a condition decides nothing; a second saying counted once"
is "$(extract fallback.txt | column layout | sort -u)" "" "fallback: no layout"
is "$(extract fallback2.txt | column case_number | sort -u)" "CM15-0123456" "fallback: a case number standing alone"
is "$(extract ../junk.txt | column status)" "unknown-layout" "no decision found: unknown-layout as before"

# --stats: letters by layout and status on stderr, the output as without it
imr-split *.txt ../junk.txt >"$TMP/all.tsv"
imr-extract "$TMP/all.tsv" >"$TMP/plain.out" 2>/dev/null
imr-extract --stats "$TMP/all.tsv" >"$TMP/stats.out" 2>"$TMP/stats.all"
grep -v -e ": case .* again, in " -e ": case numbers met before: " "$TMP/stats.all" >"$TMP/stats.err"   # (the variants repeat their case numbers)
same_file "$TMP/stats.out" "$TMP/plain.out" "--stats: the same output"
is "$(cat "$TMP/stats.err")" "layout	status	letters
	fallback	7
	unknown-layout	1
imr-docs	ok	8
mpr	no-decision	1
mpr	ok	7
all	all	24" "--stats: letters by layout and status"
done_testing
