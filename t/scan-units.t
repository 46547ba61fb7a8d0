#!/bin/sh
# Unit tests of lib/common/scan.h (t/scan-units.c), with SSE2, with the
# portable word path and with AVX2, as TAP: one plan for the three runs.
cd "$(dirname "$0")/.." || exit 1
make -s t/scan-units t/scan-units-words t/scan-units-avx2 >/dev/null ||
	{ echo "1..1"; echo "not ok 1 - t/scan-units does not build"; exit 1; }
{
	./t/scan-units | sed 's/^\(not \)*ok - /&SSE2: /'
	./t/scan-units-words | sed 's/^\(not \)*ok - /&words: /'
	./t/scan-units-avx2 | sed 's/^\(not \)*ok - /&AVX2: /'
} | awk '/^1\.\./ { next } /^(not )?ok/ { n++ } 1; END { print "1.." n }'
