#!/bin/sh
# The tools' output on every input set we have, as SHA-256 sums
# (tools/golden.sh) against t/golden.sha256: a change meant to leave the
# output as it is (a refactor, a speed-up) proves here that it did.  After
# a change meant to alter it, `make golden` writes the sums anew and the
# commit shows which outputs moved.  The real letters (../shared) are hashed,
# never copied; without them their lines are skipped.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
if ! make -s bench/gen >"$TMP/make.log" 2>&1; then
	skip "golden sums" "bench/gen does not build: $(head -1 "$TMP/make.log")"
	done_testing; exit
fi
IMRKIT_SHARED=$SHARED sh tools/golden.sh >"$TMP/got" 2>"$TMP/err"
is "$?:$(cat "$TMP/err")" "0:" "tools/golden.sh runs"
while read -r set stage sum; do
	got=$(awk -v s="$set" -v t="$stage" '$1 == s && $2 == t { print $3 }' "$TMP/got")
	if [ -z "$got" ] && ! have_shared; then
		skip "$set $stage" "no $SHARED"
		continue
	fi
	is "$got" "$sum" "$set: $stage output as before"
done <t/golden.sha256
done_testing
