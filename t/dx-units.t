#!/bin/sh
# The diagnoses reader never reads past the end of a case summary:
# t/dx-units.c, as TAP (a read past the end faults there).
. "$(dirname "$0")/lib.sh"   # (this script's TAP is the program's)
cd "$TOP" || exit 1
if ! make -s t/dx-units >/dev/null 2>&1; then
	echo "1..1"
	echo "not ok 1 - t/dx-units builds"
	exit 1
fi
./t/dx-units
