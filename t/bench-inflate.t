#!/bin/sh
# t/bench-inflate.t: bench/inflate, the floor `make bench` holds imr-split
# to, and its builds on ISA-L and libdeflate (where installed) count the
# bytes of every member, and fail on a truncated stream or a wrong CRC.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
seq 1 5000 | sed 's/$/ lines of a letter/' >"$TMP/text"
gzip -c "$TMP/text" >"$TMP/one.gz"
cat "$TMP/one.gz" "$TMP/one.gz" >"$TMP/two.gz"
head -c $(($(wc -c <"$TMP/one.gz") / 2)) "$TMP/one.gz" >"$TMP/cut.gz"
# the CRC is the trailer's first 4 bytes: flip a bit of its last one
perl -e 'local $/; my $d = <STDIN>; substr($d, -5, 1) ^= "\x01"; print $d' <"$TMP/one.gz" >"$TMP/crc.gz"
size=$(wc -c <"$TMP/text" | tr -d ' ')

for b in inflate inflate-isal inflate-libdeflate; do
	if ! make -s "bench/$b" >"$TMP/make.log" 2>&1; then
		skip "bench/$b" "does not build here (its library is not installed)"
		continue
	fi
	is "$(bench/$b "$TMP/one.gz")" "$size" "$b: one member, its bytes"
	is "$(bench/$b "$TMP/two.gz")" "$((2 * size))" "$b: two members, the bytes of both"
	bench/$b "$TMP/cut.gz" >/dev/null 2>"$TMP/err"
	is $? 1 "$b: a truncated stream: exit 1"
	is "$(sed 's/: [^:]*$//' "$TMP/err")" "inflate: $TMP/cut.gz" "$b: and the file named"
	bench/$b "$TMP/crc.gz" >/dev/null 2>&1
	is $? 1 "$b: a wrong CRC: exit 1"
	bench/$b >/dev/null 2>&1
	is $? 2 "$b: no file: usage, exit 2"
done
done_testing
