#!/bin/bash
# bench/compare.sh RUNS INPUT COMMAND...: the wall time of each COMMAND on
# INPUT (appended to it; or put where {} is), run in turn RUNS times, round
# robin: load from elsewhere on a shared machine then falls on every command
# alike, where one command's runs after another's (as hyperfine makes them)
# can meet it alone.  Prints the median and the least time of each, in ms
# (with the few ms of starting bash -c in each: compare, do not add up).
#
#   bench/compare.sh 30 split.tsv old/imr-extract bin/imr-extract
#   bench/compare.sh 10 x.txt.gz 'bin/imr-split {} | bin/imr-extract'
set -u
export LC_ALL=C
if [ $# -lt 3 ] || ! [ "$1" -gt 0 ] 2>/dev/null; then
	echo "usage: bench/compare.sh RUNS INPUT COMMAND..." >&2
	exit 2
fi
runs=$1 input=$2
shift 2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

command_line() {  # the command with its input
	case $1 in
	*'{}'*) printf '%s\n' "${1//\{\}/$input}" ;;
	*) printf '%s %s\n' "$1" "$input" ;;
	esac
}

for ((r = -1; r < runs; r++)); do   # (run -1 warms the caches, not counted)
	k=0
	for c in "$@"; do
		line=$(command_line "$c")
		t0=$EPOCHREALTIME
		bash -c "$line" >/dev/null || { echo "compare: failed: $line" >&2; exit 1; }
		t1=$EPOCHREALTIME
		[ "$r" -ge 0 ] && echo "${t0/./} ${t1/./}" | awk '{ printf "%.3f\n", ($2 - $1) / 1000 }' >>"$tmp/$k"
		k=$((k + 1))
	done
done

k=0
for c in "$@"; do
	sort -n "$tmp/$k" | awk -v c="$c" '{ t[NR] = $1 }
		END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
		      printf "%8.1f ms median %8.1f ms least  %s\n", m, t[1], c }'
	k=$((k + 1))
done
