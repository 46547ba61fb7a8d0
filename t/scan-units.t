#!/bin/sh
# Unit tests of lib/scan.h (t/scan-units.c), with SSE2 and with the portable
# word path, as TAP: one plan for both runs.
cd "$(dirname "$0")/.." || exit 1
make -s t/scan-units t/scan-units-words >/dev/null || { echo "1..1"; echo "not ok 1 - t/scan-units does not build"; exit 1; }
./t/scan-units | sed 's/^\(not \)*ok - /&SSE2: /' | awk -F. '/^1\.\./ { print "1.." 2 * $3; next } 1'
./t/scan-units-words | sed 's/^\(not \)*ok - /&words: /; /^1\.\./d'
