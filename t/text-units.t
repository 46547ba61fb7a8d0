#!/bin/sh
# Unit tests of lib/extract/parser/text.c (page footers, line ends, the
# characters mapped, text_is_clean()): t/text-units.c, as TAP, with each
# build of the parser this CPU runs (IMRKIT_SIMD), in one plan.
. "$(dirname "$0")/lib.sh"   # (for parser_builds; this script numbers its own TAP)
cd "$TOP" || exit 1
if ! make -s t/text-units >/dev/null 2>&1; then
	echo "1..1"
	echo "not ok 1 - t/text-units builds"
	exit 1
fi
for build in $(parser_builds); do
	IMRKIT_SIMD=$build ./t/text-units | sed "s/^\(not \)*ok [0-9]* - /&$build: /"
done | awk '/^1\.\./ { next } /^(not )?ok [0-9]+/ { n++; sub(/ok [0-9]+/, "ok " n) } 1; END { print "1.." n }'
