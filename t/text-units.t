#!/bin/sh
# Unit tests of lib/text.c (page footers, line ends, the characters mapped,
# text_is_clean()):
# t/text-units.c, as TAP; on x86-64 CPUs with AVX2 or AVX-512 its AVX2 and
# AVX-512 builds too, in the same plan.
. "$(dirname "$0")/lib.sh"   # (for wide_builds; this script numbers its own TAP)
cd "$TOP" || exit 1
if ! make -s t/text-units >/dev/null 2>&1; then
	echo "1..1"
	echo "not ok 1 - t/text-units builds"
	exit 1
fi
# build NAME: is text.c's build NAME in the library, and does this CPU run
# it?  yes, no, or broken (it does not link)
build() {
	wide_builds | grep -qx "$1" || { echo no; return; }
	nm lib/libimr.a 2>/dev/null | grep -q " T text_normalize_$1\$" || { echo no; return; }
	make -s "t/text-units-$1" >/dev/null 2>&1 && echo yes || echo broken
}
avx2=$(build avx2)
avx512=$(build avx512)
{
	./t/text-units
	for b in "avx2 $avx2 AVX2" "avx512 $avx512 AVX-512"; do
		set -- $b
		case $2 in
		yes) "./t/text-units-$1" | sed "s/^\(not \)*ok [0-9]* - /&$3: /" ;;
		broken) echo "not ok 1 - t/text-units-$1 builds" ;;
		esac
	done
} | awk '/^1\.\./ { next } /^(not )?ok [0-9]+/ { n++; sub(/ok [0-9]+/, "ok " n) } 1; END { print "1.." n }'
