#!/bin/sh
# bench/normalize.sh: rows per second of imr-normalize on one core.
#
#   sh bench/normalize.sh [ROWS]      (default 1000000)
#
# The rows are imr-extract's rows of the real letters (../shared, without the
# long rationale column), else t/fixtures/normalize/extract.tsv, repeated to
# ROWS.  Three runs: as is (letters repeat items and citations, which are
# parsed once); every item and citation made distinct (each one parsed: the
# worst case); and the same rows with no column normalize knows (the floor of
# reading and writing the TSV).  CPU seconds are user+sys of the tool alone.
set -u
cd "$(dirname "$0")/.." || exit 1
ROWS=${1:-1000000}
OUT=bench/out/normalize
mkdir -p "$OUT"
export LC_ALL=C
make -s bin/imr-normalize || exit 1
if [ -d ../shared/corpus/real/layout ] && [ -x bin/imr-extract ]; then
	bin/imr-split ../shared/corpus/real/layout | bin/imr-extract >"$OUT/one.tsv"
else
	cp t/fixtures/normalize/extract.tsv "$OUT/one.tsv"
fi
awk -F'\t' -v OFS='\t' -v rows="$ROWS" '
NR == 1 { for (i = 1; i <= NF; i++) if ($i == "rationale") r = i; print; next }
{ if (r) $r = ""; line[++n] = $0 }
END { for (k = 0; k < rows; k++) print line[k % n + 1] }' "$OUT/one.tsv" >"$OUT/rows.tsv"
awk -F'\t' -v OFS='\t' '
NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "item") a = i; if ($i ~ /guideline$/) g[i] = 1 } print; next }
{ $a = $a " (" NR ")"; for (i in g) $i = $i " " NR; print }' "$OUT/rows.tsv" >"$OUT/distinct.tsv"
{ head -n 1 "$OUT/rows.tsv" | sed 's/[^\t]*/x&/g'; tail -n +2 "$OUT/rows.tsv"; } >"$OUT/unknown.tsv"

cpu() {  # cpu FILE: user+sys seconds of imr-normalize FILE
	/usr/bin/time -f '%U %S' -o "$OUT/time" bin/imr-normalize "$1" >/dev/null || exit 1
	awk '{ print $1 + $2 }' "$OUT/time"
}
bytes=$(wc -c <"$OUT/rows.tsv")
printf '%d rows, %d bytes a row\n' "$ROWS" $((bytes / ROWS))
for case in rows distinct unknown; do
	s=$(cpu "$OUT/$case.tsv")
	awk -v c="$case" -v s="$s" -v n="$ROWS" 'BEGIN {
		what = c == "rows" ? "letters as they come" : c == "distinct" ? "every item and citation distinct" : "floor: no known column"
		printf "%-36s %6.2f s  %9.0f rows/s\n", what, s, (s > 0 ? n / s : 0) }'
done
