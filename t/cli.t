#!/bin/sh
# Every tool: --help, --version, usage errors, man page, a closed stdout, a full disk.
. "$(dirname "$0")/lib.sh"
# a small valid input for each tool
mkinput() {
	case $1 in
	imr-split) cat "$T_DIR"/fixtures/split/*.txt ;;
	imr-extract) imr-split "$T_DIR"/fixtures/split/*.txt ;;
	imr-normalize) printf 'decision\titem\nUpheld\tNorco 10/325mg #90\n' ;;
	imr-tabulate) printf 'decision\ncategory\nUpheld\n' ;;
	esac
}
for tool in imr-split imr-extract imr-normalize imr-tabulate; do
	if [ ! -x "$BIN/$tool" ]; then
		skip "$tool" "not built"
		continue
	fi
	run $tool --help; is "$rc" 0 "$tool --help exits 0"
	case $out in *usage:*) ok 0 "$tool --help shows usage";; *) ok 1 "$tool --help shows usage";; esac
	run $tool -h; is "$rc" 0 "$tool -h exits 0"
	run $tool --version
	is "$rc:$(echo "$out" | head -1)" "0:$tool (imrkit) $(sed -n 's/.*IMRKIT_VERSION "\(.*\)"/\1/p' "$TOP/lib/common/util.h")" "$tool --version"
	case $out in *"License: MIT"*) ok 0 "$tool --version names the licence";; *) ok 1 "$tool --version names the licence";; esac
	for opt in --help --version; do
		run sh -c "$tool $opt >/dev/full"
		is "$rc:$err" "1:$tool: write error: No space left on device" "$tool $opt to a full disk: exit 1 and a message"
	done
	run $tool --no-such-option; is "$rc" 2 "$tool: unknown option exits 2"
	case $err in "$tool: "*|*usage:*) ok 0 "$tool: usage error on stderr";; *) ok 1 "$tool: usage error on stderr";; esac
	[ -f "$TOP/man/$tool.1" ]; ok $? "$tool has a man page"
	if command -v man >/dev/null 2>&1; then
		MANWIDTH=80 man -l "$TOP/man/$tool.1" 2>"$TMP/manerr" >/dev/null
		is "$(grep -v 'cannot adjust' "$TMP/manerr")" "" "$tool man page renders cleanly"
	fi
	mkinput $tool >"$TMP/in"
	run $tool "$TMP/in"; is "$rc" 0 "$tool reads a small input"
	$tool "$TMP/in" >/dev/full 2>"$TMP/err"; rc=$?
	is "$rc:$(cat "$TMP/err")" "1:$tool: write error: No space left on device" "$tool: a full disk is an error"
	# closed stdout: quiet (SIGPIPE or exit 0, no message)
	( $tool $(yes "$TMP/in" | head -n 300) 2>"$TMP/err"; ) | head -c 1 >/dev/null
	# (the letters repeat on purpose: imr-extract's warnings of it aside)
	is "$(grep -v 'again, in .*--unique-case\|case numbers met before' "$TMP/err")" "" "$tool | head: no message"
	# a pipe on stdout is widened to 1 MB (Linux; the size outlives the writer)
	if command -v python3 >/dev/null 2>&1 && [ "$(cat /proc/sys/fs/pipe-max-size 2>/dev/null || echo 0)" -ge 1048576 ]; then
		size=$($tool "$TMP/in" | python3 -c 'import sys, fcntl; sys.stdin.buffer.read(); print(fcntl.fcntl(0, 1032))')
		is "$size" 1048576 "$tool widens the pipe it writes to"   # 1032: F_GETPIPE_SZ
	else
		skip "$tool widens its pipe" "no python3, or pipes cannot be 1 MB here"
	fi
done
done_testing
