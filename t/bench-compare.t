#!/bin/sh
# t/bench-compare.t: bench/compare.sh times each command on the input, in
# turn, and says so when a command fails or the call is wrong.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
C=bench/compare.sh
printf 'some text\n' >"$TMP/in"

out=$($C 3 "$TMP/in" cat 'wc -l < {}' 2>"$TMP/err"); ok $? "two commands, three runs each"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 2 "a line for each command"
is "$(printf '%s\n' "$out" | sed -n 2p | sed 's/.*least  //')" 'wc -l < {}' "the command as given"
is "$(printf '%s\n' "$out" | grep -c '^ *[0-9][0-9.]* ms median *[0-9][0-9.]* ms least  ')" 2 \
	"median and least in ms"
is "$(cat "$TMP/err")" "" "nothing on stderr"

$C 1 "$TMP/in" false >/dev/null 2>"$TMP/err"
is $? 1 "a command that fails: exit 1"
is "$(cat "$TMP/err")" "compare: failed: false $TMP/in" "and which"
$C x "$TMP/in" cat >/dev/null 2>&1
is $? 2 "RUNS not a number: usage, exit 2"
$C 3 "$TMP/in" >/dev/null 2>&1
is $? 2 "no command: usage, exit 2"
done_testing
