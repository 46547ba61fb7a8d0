#!/bin/sh
# Unit tests of the paragraphs extract's parser makes
# (lib/extract/parser/paragraphs.c; t/letter-units.c), as TAP: with each
# build of the parser this CPU runs (IMRKIT_SIMD), in one plan.
. "$(dirname "$0")/lib.sh"   # (for parser_builds; this script numbers its own TAP)
cd "$TOP" || exit 1
if ! make -s t/letter-units >/dev/null 2>&1; then
	echo "1..1"
	echo "not ok 1 - t/letter-units builds"
	exit 1
fi
for build in $(parser_builds); do
	IMRKIT_SIMD=$build ./t/letter-units | sed "s/^\(not \)*ok [0-9]* - /&$build: /"
done | awk '/^1\.\./ { next } /^(not )?ok/ { sub(/ok [0-9]+ /, "ok " ++n " ") } 1; END { print "1.." n }'
