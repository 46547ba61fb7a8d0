#!/bin/sh
# Unit tests of imr-normalize's value parsers: t/normalize-units.c, as TAP.
cd "$(dirname "$0")/.." || exit 1
if ! make -s t/normalize-units >/dev/null 2>&1; then
	echo "1..0 # SKIP t/normalize-units does not build"
	exit 0
fi
exec ./t/normalize-units
