#!/bin/sh
# imr-tabulate: counts, rates, sums, --explode, --top, --total against an
# independent computation (awk, datamash, python3) on generated data.
. "$(dirname "$0")/lib.sh"
export LC_ALL=C
T=$(printf '\t')

# Deterministic data: decision (some unknown), year, specialty lists, mme_day.
awk 'BEGIN {
	srand(7)
	split("upheld overturned partial", D, " ")
	split("pain;ortho;psych;neuro;internal", S, ";")
	print "id\tdecision\tyear\tspecialty\tmme_day"
	for (i = 1; i <= 20000; i++) {
		d = rand() < 0.05 ? "" : D[int(rand() * 3) + 1]
		s = S[int(rand() * 5) + 1]
		if (rand() < 0.3) s = s ";" S[int(rand() * 5) + 1]
		if (rand() < 0.05) s = ""
		m = rand() < 0.1 ? "" : int(rand() * 40000) / 100
		if (rand() < 0.01) m = -m
		printf "%d\t%s\t%d\t%s\t%s\n", i, d, 2013 + int(rand() * 8), s, m
	}
}' >"$TMP/in.tsv"
gzip -c "$TMP/in.tsv" >"$TMP/in.tsv.gz"

# sort rows like imr-tabulate: n (column N) descending, then the group columns
by_n() { sort -t"$T" -k"$1,$1"nr -k1,1 -k2,2; }

# --- counts by two columns
imr-tabulate -g decision,year "$TMP/in.tsv" >"$TMP/got"; rc=$?
is "$rc" 0 "count by decision,year exits 0"
{
	printf 'decision\tyear\tn\n'
	awk -F'\t' 'NR > 1 { n[$2 "\t" $3]++ } END { for (k in n) print k "\t" n[k] }' "$TMP/in.tsv" | by_n 3
} >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "counts by decision,year match awk, sorted by n then group"

imr-tabulate -g decision,year "$TMP/in.tsv.gz" >"$TMP/gotz"
same_file "$TMP/gotz" "$TMP/got" "gzip input gives the same"
imr-tabulate -g decision,year - <"$TMP/in.tsv" >"$TMP/gotz"
same_file "$TMP/gotz" "$TMP/got" "stdin as - gives the same"

if command -v datamash >/dev/null 2>&1; then
	datamash -H -s -g 2,3 count 2 <"$TMP/in.tsv" | tail -n +2 | sort >"$TMP/want"
	tail -n +2 "$TMP/got" | sort >"$TMP/got2"
	same_file "$TMP/got2" "$TMP/want" "counts match datamash -s -g"
else
	skip "counts match datamash" "datamash not installed"
fi

# --- no group: one row
imr-tabulate "$TMP/in.tsv" >"$TMP/got"
printf 'n\n20000\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "no -g: one row counting everything"

# --- rate and Wilson interval
imr-tabulate -g year -r decision=upheld "$TMP/in.tsv" >"$TMP/got"
is "$(head -1 "$TMP/got")" "year${T}n${T}upheld${T}rate${T}ci_low${T}ci_high" "-r header"
awk -F'\t' 'NR > 1 { n[$3]++; if ($2 == "upheld") u[$3]++ } END { for (k in n) print k "\t" n[k] "\t" u[k] + 0 }' \
	"$TMP/in.tsv" | by_n 2 >"$TMP/want"
cut -f1-3 "$TMP/got" | tail -n +2 >"$TMP/got2"
same_file "$TMP/got2" "$TMP/want" "-r counts match awk"
if command -v python3 >/dev/null 2>&1; then
	python3 - "$TMP/got" >"$TMP/py" <<'EOF'
import sys
from math import sqrt
from statistics import NormalDist
z = NormalDist().inv_cdf(0.975)
bad = 0
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
def wilson(k, n):
    p = k / n
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z / (1 + z * z / n) * sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, c - h), min(1.0, c + h)
for r in rows:
    n, k = int(r[1]), int(r[2])
    lo, hi = wilson(k, n)
    for got, want in ((r[3], k / n), (r[4], lo), (r[5], hi)):
        if abs(float(got) - want) > 0.6e-6:
            print("row", r, "got", got, "want", want); bad += 1
# a few intervals from the literature (Newcombe 1998, table I)
for k, n, lo, hi in ((81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718)):
    wl, wh = wilson(k, n)
    if abs(wl - lo) > 0.00006 or abs(wh - hi) > 0.00006:
        print("reference", k, n, wl, wh); bad += 1
print(len(rows), bad)
EOF
	is "$(tail -1 "$TMP/py")" "8 0" "rate, ci_low, ci_high match an independent Wilson 95% computation"
	printf 'decision\nupheld\nx\nx\nupheld\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\nx\n' | imr-tabulate -r decision=upheld >"$TMP/got"
	printf 'n\tupheld\trate\tci_low\tci_high\n20\t2\t0.100000\t0.027866\t0.301034\n' >"$TMP/want"
	same_file "$TMP/got" "$TMP/want" "Wilson interval for 2 of 20"
	printf 'd\na\n' | imr-tabulate -r d=b >"$TMP/got" 2>"$TMP/warn"
	printf 'n\tb\trate\tci_low\tci_high\n1\t0\t0.000000\t0.000000\t0.793451\n' >"$TMP/want"
	same_file "$TMP/got" "$TMP/want" "Wilson interval for 0 of 1"
else
	skip "Wilson interval" "python3 not installed"
	skip "Wilson 2 of 20" "python3 not installed"
	skip "Wilson 0 of 1" "python3 not installed"
fi

# --- sums: exact against python's math.fsum, mean/min/max against awk
imr-tabulate -g decision -s mme_day "$TMP/in.tsv" >"$TMP/got"
is "$(head -1 "$TMP/got")" "decision${T}n${T}mme_day:n${T}sum${T}mean${T}min${T}max" "-s header"
awk -F'\t' 'NR > 1 { n[$2]++; if ($5 != "") { c[$2]++; s[$2] += $5; if (!($2 in lo) || $5 < lo[$2]) lo[$2] = $5 + 0; if (!($2 in hi) || $5 > hi[$2]) hi[$2] = $5 + 0 } }
	END { for (k in n) printf "%s\t%d\t%d\t%.6f\t%.6f\t%s\t%s\n", k, n[k], c[k], s[k], s[k] / c[k], lo[k], hi[k] }' "$TMP/in.tsv" |
	by_n 2 >"$TMP/want"
awk -F'\t' 'NR > 1 { printf "%s\t%d\t%d\t%.6f\t%.6f\t%s\t%s\n", $1, $2, $3, $4, $5, $6 + 0, $7 + 0 }' "$TMP/got" >"$TMP/got2"
same_file "$TMP/got2" "$TMP/want" "COL:n, sum, mean, min, max match awk"
if command -v python3 >/dev/null 2>&1; then
	python3 - "$TMP/in.tsv" "$TMP/got" <<'EOF' >"$TMP/py"
import sys, math
vals = {}
for i, l in enumerate(open(sys.argv[1])):
    f = l.rstrip("\n").split("\t")
    if i and f[4] != "":
        vals.setdefault(f[1], []).append(float(f[4]))
bad = 0
for i, l in enumerate(open(sys.argv[2])):
    f = l.rstrip("\n").split("\t")
    if i and float(f[3]) != math.fsum(vals[f[0]]):
        print(f, math.fsum(vals[f[0]])); bad += 1
print(bad)
EOF
	is "$(tail -1 "$TMP/py")" 0 "sums are math.fsum exactly"
else
	skip "sums are exact" "python3 not installed"
fi

# --- numbers read exactly as strtod/python read them (any digits, exponents)
if command -v python3 >/dev/null 2>&1; then
	awk 'BEGIN {
		srand(5); print "id\tv"
		for (i = 1; i <= 20000; i++) {
			n = 1 + int(rand() * 19); d = ""
			for (j = 0; j < n; j++) d = d int(rand() * 10)
			p = int(rand() * (n + 2))
			if (p > 0 && p < n) d = substr(d, 1, p) "." substr(d, p + 1)
			if (rand() < 0.3) d = d (rand() < 0.5 ? "e" : "E") (rand() < 0.5 ? "-" : "") int(rand() * 40)
			if (rand() < 0.3) d = "-" d
			print i "\t" d
		}
	}' >"$TMP/num.tsv"
	imr-tabulate -g id -s v "$TMP/num.tsv" >"$TMP/got" 2>"$TMP/num.err"  # (integers past 2^53: said)
	python3 - "$TMP/num.tsv" "$TMP/got" >"$TMP/py" <<'EOF2'
import sys
want = dict(l.rstrip("\n").split("\t") for l in list(open(sys.argv[1]))[1:])
bad = 0
for l in list(open(sys.argv[2]))[1:]:
    f = l.rstrip("\n").split("\t")
    if float(f[5]) != float(want[f[0]]) or float(f[3]) != float(want[f[0]]):
        print(f, want[f[0]]); bad += 1
print(bad)
EOF2
	is "$(tail -1 "$TMP/py")" 0 "20000 decimals read and written back exactly"
else
	skip "decimals read exactly" "python3 not installed"
fi

# --- several -r and -s: names say which is which
imr-tabulate -g year -r decision=upheld -r decision=overturned -s mme_day -s id "$TMP/in.tsv" | head -1 >"$TMP/got"
printf 'year\tn\tdecision=upheld\tdecision=upheld:rate\tdecision=upheld:ci_low\tdecision=upheld:ci_high\tdecision=overturned\tdecision=overturned:rate\tdecision=overturned:ci_low\tdecision=overturned:ci_high\tmme_day:n\tmme_day:sum\tmme_day:mean\tmme_day:min\tmme_day:max\tid:n\tid:sum\tid:mean\tid:min\tid:max\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "several -r and -s: column names"

# --- --explode
imr-tabulate -g specialty --explode specialty -r decision=upheld "$TMP/in.tsv" | cut -f1-3 >"$TMP/got"
{
	printf 'specialty\tn\tupheld\n'
	awk -F'\t' 'NR > 1 { k = split($4, v, ";"); if (k == 0) { k = 1; v[1] = "" }
		for (i = 1; i <= k; i++) { n[v[i]]++; if ($2 == "upheld") u[v[i]]++ } }
		END { for (s in n) print s "\t" n[s] "\t" u[s] + 0 }' "$TMP/in.tsv" | by_n 2
} >"$TMP/explode"
same_file "$TMP/got" "$TMP/explode" "--explode counts each value of a list"
printf 's\tx\na; b ;;a\t1\n;\t2\n' | imr-tabulate -g s --explode s -s x >"$TMP/got"
printf 's\tn\tx:n\tsum\tmean\tmin\tmax\na\t2\t2\t2\t1\t1\t1\n\t1\t1\t2\t2\t2\t2\nb\t1\t1\t1\t1\t1\t1\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "--explode trims blanks; an empty list counts once as unknown"

# --- --top and --total
imr-tabulate -g specialty --explode specialty --top 3 --total -r decision=upheld "$TMP/in.tsv" >"$TMP/got"
is "$(wc -l <"$TMP/got" | tr -d ' ')" 5 "--top 3 --total: header, 3 rows, total"
is "$(sed -n 2,4p "$TMP/got" | cut -f1-3)" "$(sed -n 2,4p "$TMP/explode")" "--top keeps the largest groups"
n=$(awk -F'\t' 'NR > 1 { n++; u += $2 == "upheld" } END { print n "\t" u }' "$TMP/in.tsv")
is "$(tail -1 "$TMP/got" | cut -f1-3)" "(total)$T$n" "--total with --explode counts each row once (items, not values), also those --top leaves out"

# --- escaped fields pass through as they are
printf 'k\na\\tb\na\\\\b\na\\tb\n' | imr-tabulate -g k >"$TMP/got"
printf 'k\tn\na\\tb\t2\na\\\\b\t1\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "escaped group values stay escaped"

# --- files with different column orders; CRLF
printf 'a\tb\nx\t1\n' >"$TMP/f1"
printf 'b\ta\r\n2\tx\r\n3\ty\r\n' >"$TMP/f2"
imr-tabulate -g a -s b "$TMP/f1" "$TMP/f2" >"$TMP/got"
printf 'a\tn\tb:n\tsum\tmean\tmin\tmax\nx\t2\t2\t3\t1.5\t1\t2\ny\t1\t1\t3\t3\t3\t3\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "columns found by name in each file; CRLF read"

done_testing
