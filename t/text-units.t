#!/bin/sh
# Unit tests of lib/text.c (page footers, line ends, the characters mapped):
# t/text-units.c, as TAP.
cd "$(dirname "$0")/.." || exit 1
if ! make -s t/text-units >/dev/null 2>&1; then
	echo "1..1"
	echo "not ok 1 - t/text-units builds"
	exit 1
fi
exec ./t/text-units
