#!/bin/sh
# imr-normalize's memory is bounded: its caches start over when full, so
# ten times the rows, every item and citation distinct, take no more memory
# than the first tenth (which fills them).  With the item cache unbounded,
# the large run took 40 MB against 14 and this fails.  (Peak RSS via python3.)
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || { echo "1..0 # skip python3 not installed"; exit 0; }

rows() {  # rows N: extract-shaped rows, no two items or citations alike
	awk -v n="$1" 'BEGIN {
		print "item\tdecision\tdecision_date\tca_guideline\timr_guideline"
		for (i = 1; i <= n; i++)
			printf "Drug%dzol %dmg #%d\tUpheld\t%d/%d/2016\tMTUS Chronic Pain page %d, Section %d\tODG Pain Chapter %d, topic %d\n",
				i, i % 900 + 1, i % 120 + 1, i % 12 + 1, i % 28 + 1, i, i * 7, i, i * 3
	}'
}
peak_kb() {  # peak_kb FILE: imr-normalize's peak RSS on FILE, in KB
	python3 -c 'import resource, subprocess, sys
subprocess.run([sys.argv[1], sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$BIN/imr-normalize" "$1"
}

rows 30000 >"$TMP/small.tsv"
rows 300000 >"$TMP/big.tsv"
small=$(peak_kb "$TMP/small.tsv")
big=$(peak_kb "$TMP/big.tsv")
echo "# peak RSS: $small KB at 30k rows, $big KB at 300k rows"
ok "$([ -n "$small" ] && [ -n "$big" ] && [ "$big" -le $((small + 1024)) ]; echo $?)" \
	"ten times the distinct rows: peak RSS within 1 MB of the first tenth's"
done_testing
