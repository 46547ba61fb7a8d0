#!/bin/sh
# Builds every fuzz target's replayer (with cc and fuzz/replay.c, with
# ASan+UBSan when the compiler has them), so the Makefile's lists of each
# target's files cannot rot unseen, and replays every input in
# fuzz/crashers/TARGET/ through it and through the tool that reads such
# input: none may crash again.
. "$(dirname "$0")/lib.sh"
CC=${CC:-cc}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
echo 'int main(void){return 0;}' >"$TMP/x.c"
$CC $SAN -o "$TMP/x" "$TMP/x.c" 2>/dev/null && "$TMP/x" || SAN=
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}

# each target's library files, as the Makefile lists them for make fuzz
libs_of() { make -s -C "$TOP" fuzz-libs-"$1" 2>/dev/null; }

# todo_ok STATUS NAME REASON: a known, unfixed finding in another helper's
# file (NAME.todo holds the reason): TAP TODO, so it does not fail the suite
todo_ok() {
	T_N=$((T_N + 1))
	if [ "$1" -eq 0 ]; then echo "ok $T_N - $2 # TODO $3"; else echo "not ok $T_N - $2 # TODO $3"; fi
}

for src in "$TOP"/fuzz/fuzz_*.c; do
	t=$(basename "$src" .c)
	t=${t#fuzz_}
	dir=$TOP/fuzz/crashers/$t/
	libs=$(libs_of "$t")
	if [ -z "$libs" ]; then
		skip "replay $t" "no FUZZ_LIB_$t in the Makefile"
		continue
	fi
	(cd "$TOP" && $CC -std=c11 -g -O1 -D_DEFAULT_SOURCE $SAN -Ilib -o "$TMP/replay_$t" \
		"fuzz/fuzz_$t.c" fuzz/replay.c $libs -lz -lm -pthread) 2>"$TMP/cc.err"
	st=$?
	[ $st -ne 0 ] && sed 's/^/# /' "$TMP/cc.err" | head -20
	ok $st "build the $t replayer"
	[ $st -eq 0 ] || continue
	for f in "$dir"*; do
		[ -f "$f" ] || continue
		case $f in *.todo) continue ;; esac
		name=$t/$(basename "$f")
		leaks=; grep -q dietrap.h "$TOP/fuzz/fuzz_$t.c" && leaks=ASAN_OPTIONS=detect_leaks=0
		env $leaks "$TMP/replay_$t" "$f" >/dev/null 2>"$TMP/err"
		st=$?
		if [ -f "$f.todo" ]; then
			todo_ok $st "fuzz target $t replays $name" "$(head -1 "$f.todo")"
		else
			ok $st "fuzz target $t replays $name"
		fi
		[ -s "$TMP/err" ] && head -20 "$TMP/err" | sed 's/^/# /'
		case $t in
		archive|splitter|zip)
			# the tool: a clean exit (0 or 1 with a message), never a signal
			imr-split "$f" >/dev/null 2>"$TMP/err"; rc=$?
			[ $rc -le 1 ] && ! grep -q Sanitizer "$TMP/err"
			ok $? "imr-split on $name exits $rc"
			;;
		letter)
			# the tool: the bytes as one imr-split record for imr-extract
			if [ -x "$BIN/imr-extract" ]; then
				{ printf 'doc_id\ttext\n0000000000000000\t'
				  perl -0777 -pe 's/\\/\\\\/g; s/\t/\\t/g; s/\n/\\n/g; s/\r/\\r/g' "$f"; echo; } >"$TMP/l.tsv"
				imr-extract "$TMP/l.tsv" >/dev/null 2>"$TMP/err"; rc=$?
				[ $rc -le 1 ] && ! grep -q Sanitizer "$TMP/err"
				ok $? "imr-extract on $name exits $rc"
			else
				skip "imr-extract on $name" "not built"
			fi
			;;
		esac
	done
done
done_testing
