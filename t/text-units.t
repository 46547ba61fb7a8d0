#!/bin/sh
# Unit tests of lib/text.c (page footers, line ends, the characters mapped):
# t/text-units.c, as TAP; on x86-64 CPUs with AVX2 its AVX2 build too, in
# the same plan.
cd "$(dirname "$0")/.." || exit 1
if ! make -s t/text-units >/dev/null 2>&1; then
	echo "1..1"
	echo "not ok 1 - t/text-units builds"
	exit 1
fi
avx2=
if grep -w avx2 /proc/cpuinfo 2>/dev/null | grep -w bmi1 | grep -qw bmi2 && nm lib/libimr.a 2>/dev/null | grep -q ' T text_normalize_avx2$'; then
	make -s t/text-units-avx2 >/dev/null 2>&1 || avx2=broken
	[ -z "$avx2" ] && avx2=yes
fi
{
	./t/text-units
	case $avx2 in
	yes) ./t/text-units-avx2 | sed 's/^\(not \)*ok [0-9]* - /&AVX2: /' ;;
	broken) echo "not ok 1 - t/text-units-avx2 builds" ;;
	esac
} | awk '/^1\.\./ { next } /^(not )?ok [0-9]+/ { n++; sub(/ok [0-9]+/, "ok " n) } 1; END { print "1.." n }'
