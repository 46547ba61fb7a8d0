#!/bin/sh
# fuzz/run.sh SECONDS TARGET...: run each libFuzzer target for SECONDS from
# seeds built out of the project's own fixtures (t/fixtures, examples/).
# Corpora grow in fuzz/out/corpus/TARGET; crashes land in fuzz/out/TARGET-*.
set -u
cd "$(dirname "$0")/.."
secs=$1; shift
out=fuzz/out
mkdir -p "$out"
status=0
for t in "$@"; do
	seeds=$out/seeds/$t
	rm -rf "$seeds"; mkdir -p "$seeds" "$out/corpus/$t"
	sh fuzz/seeds.sh "$t" "$seeds" || exit 1
	dict= trap=
	# targets whose die() is trapped leak what the abandoned code held (fuzz/dietrap.h)
	grep -q dietrap.h "fuzz/fuzz_$t.c" && trap="-fork=1 -ignore_ooms=1 -detect_leaks=0"
	[ -f "fuzz/$t.dict" ] && dict=-dict=fuzz/$t.dict
	echo "== fuzz_$t: $secs s, $(ls "$seeds" | wc -l) seeds"
	if ! env ${trap:+ASAN_OPTIONS=detect_leaks=0} build/fuzz/fuzz_"$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -close_fd_mask=3 -print_final_stats=0 \
	    -artifact_prefix="$out/$t-" $dict $trap "$out/corpus/$t" "$seeds" 2>"$out/$t.log"; then
		tail -40 "$out/$t.log"
		echo "fuzz_$t: FAILED, see $out/$t.log and $out/$t-*"
		status=1
	else
		grep -E '^#[0-9]+' "$out/$t.log" | tail -1
	fi
done
exit $status
