#!/bin/sh
# Letters mutated (issue 32): bytes flipped inside .gz and .tar.gz, cuts at
# every member's edge, byte order marks; each letter either comes out whole
# and right or is reported, never altered, dropped or doubled silently
# (t/mutate-letters.pl).  Our own letters (examples/letters), and some of
# the real ones in ../shared when it is there.
. "$(dirname "$0")/lib.sh"
if ! perl -MCompress::Zlib -e 1 2>/dev/null; then
	skip "mutated letters" "no perl Compress::Zlib"
	done_testing; exit
fi
set -- "$TOP"/examples/letters/*.txt
if have_shared; then
	set -- "$@" $(ls "$SHARED"/corpus/real/layout/*.txt | head -12)
else
	skip "mutated real letters" "no ../shared"
fi
mkdir -p "$TMP/mut"
perl "$T_DIR/mutate-letters.pl" "$BIN/imr-split" "$TMP/mut" "$@" >"$TMP/mut.out"
ok $? "mutations run"
grep '^#' "$TMP/mut.out"
for kind in tgz-flip gz-flip tar-cut tgz-cut gz-cut bom; do
	line=$(grep "^$kind " "$TMP/mut.out")
	runs=$(echo "$line" | cut -d' ' -f2) fails=$(echo "$line" | cut -d' ' -f3)
	is "${fails:-missing}" 0 "$kind: ${runs:-0} mutations, each letter whole and right or reported"
done
done_testing
