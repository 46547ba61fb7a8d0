#!/bin/sh
# imr-tabulate: a million groups (hash aggregation, memory per group).
. "$(dirname "$0")/lib.sh"
export LC_ALL=C
# 1,500,000 rows over 1,000,000 groups: group i % 1e6 (the first half twice)
awk 'BEGIN { print "k\tv"; for (i = 0; i < 1500000; i++) printf "g%d\t%d\n", (i * 7919) % 1000000, i % 100 }' >"$TMP/in.tsv"
imr-tabulate -g k -s v "$TMP/in.tsv" >"$TMP/got"; rc=$?
is "$rc" 0 "a million groups: exit 0"
is "$(wc -l <"$TMP/got" | tr -d ' ')" 1000001 "a million groups: one row each"
is "$(awk -F'\t' 'NR > 1 { n += $2; s += $4 } END { print n, s }' "$TMP/got")" \
	"$(awk -F'\t' 'NR > 1 { n++; s += $2 } END { print n, s }' "$TMP/in.tsv")" "n and sum add up to the input's"
is "$(awk -F'\t' 'NR > 1 && $2 == 2 { k++ } END { print k }' "$TMP/got")" 500000 "half the groups have two rows"
# sorted: n descending, then key bytewise
tail -n +2 "$TMP/got" | sort -t"$(printf '\t')" -k2,2nr -k1,1 -c; ok $? "sorted by n, then key"
head -n 500000 "$TMP/in.tsv" | imr-tabulate --partial -g k -s v >"$TMP/p1"
{ head -n 1 "$TMP/in.tsv"; tail -n +500001 "$TMP/in.tsv"; } | imr-tabulate --partial -g k -s v >"$TMP/p2"
imr-tabulate --merge "$TMP/p1" "$TMP/p2" >"$TMP/merged"
same_file "$TMP/merged" "$TMP/got" "a million groups: partial then merge == one pass"
done_testing
