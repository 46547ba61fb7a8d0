# t/lib.sh: a small TAP library for the shell tests (sourced, not run).
# Each test script: . "$(dirname "$0")/lib.sh"; then ok/is/...; then done_testing.
set -u
T_DIR=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$T_DIR/.." && pwd)
BIN=${IMRKIT_BIN:-$TOP/bin}
SHARED=${IMRKIT_SHARED:-$TOP/../shared}
PATH=$BIN:$PATH
export LC_ALL=C
TMP=$(mktemp -d "${TMPDIR:-/tmp}/imrkit-t.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
T_N=0
T_FAIL=0

ok() {  # ok COND_STATUS NAME: pass when the status is 0
	T_N=$((T_N + 1))
	if [ "$1" -eq 0 ]; then echo "ok $T_N - $2"; else echo "not ok $T_N - $2"; T_FAIL=$((T_FAIL + 1)); fi
}

is() {  # is GOT WANT NAME
	T_N=$((T_N + 1))
	if [ "$1" = "$2" ]; then
		echo "ok $T_N - $3"
	else
		echo "not ok $T_N - $3"
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2" | head -40
		T_FAIL=$((T_FAIL + 1))
	fi
}

cpu_has() {  # cpu_has FLAG...: does /proc/cpuinfo list them all?
	for flag; do
		grep -qw "$flag" /proc/cpuinfo 2>/dev/null || return 1
	done
}

parser_builds() {  # the builds of extract's parser this CPU runs, as imr-extract --version says
	imr-extract --version | sed -n 's/^parser builds: \(.*\) (in use: .*/\1/p'
}

same_file() {  # same_file GOT_FILE WANT_FILE NAME: byte-exact, diff on failure
	T_N=$((T_N + 1))
	if cmp -s "$1" "$2"; then
		echo "ok $T_N - $3"
	else
		echo "not ok $T_N - $3"
		diff "$2" "$1" | head -30 | sed 's/^/#   /'
		T_FAIL=$((T_FAIL + 1))
	fi
}

# flip_byte FILE OFFSET: invert every bit of one byte in place.  Setting
# the byte to a constant instead would leave it unchanged whenever it
# already held that value: with a tar's mtimes in it, 1 run in 256.
flip_byte() {
	perl -e 'open my $f, "+<", $ARGV[0] or die "$ARGV[0]: $!\n"; binmode $f;
		seek $f, $ARGV[1], 0; read $f, my $b, 1; seek $f, $ARGV[1], 0;
		print $f chr(ord($b) ^ 0xff); close $f or die "$!\n"' "$1" "$2"
}

skip() {  # skip NAME REASON
	T_N=$((T_N + 1))
	echo "ok $T_N # skip $1: $2"
}

have_shared() { [ -d "$SHARED/seeds" ] && [ -d "$SHARED/corpus/real" ]; }

# real_letters_ready NAME: are the real letters and the tools there?  A TAP
# skip named NAME when not.
real_letters_ready() {
	if ! have_shared; then
		skip "$1" "no $SHARED"; return 1
	elif [ ! -x "$BIN/imr-extract" ]; then
		skip "$1" "imr-extract not built"; return 1
	fi
}

# normalize_real LAYOUT: the real letters of corpus/real/LAYOUT through
# split, extract and normalize into $TMP/LAYOUT.tsv
normalize_real() {
	imr-split "$SHARED/corpus/real/$1" | imr-extract | imr-normalize >"$TMP/$1.tsv"
	is "$?" 0 "real letters ($1): the pipeline exits 0"
}

# run CMD...: sets $out, $err (file contents) and $rc
run() {
	"$@" >"$TMP/out" 2>"$TMP/err"
	rc=$?
	out=$(cat "$TMP/out")
	err=$(cat "$TMP/err")
}

# unescape a TSV field read on stdin (PostgreSQL COPY text escapes)
unescape() {
	perl -pe 's/\\(.)/$1 eq "t" ? "\t" : $1 eq "n" ? "\n" : $1 eq "r" ? "\r" : $1/ge'
}

# column NAME < tsv: the values of one column, by header name
column() {
	awk -F'\t' -v c="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i; next } { print $k }'
}

# agreement NAME UNIT COL=FLOOR... < lines "COL AGREE TOTAL" (t/agree.pl):
# each agreement as a TAP diagnostic, and a test that it is FLOOR% or more
agreement() {
	name=$1 unit=$2
	shift 2
	while read -r col agree total; do
		echo "# $name: $col agrees with the labels on $agree of $total $unit ($((100 * agree / total))%)"
		for f; do
			[ "${f%%=*}" = "$col" ] || continue
			ok "$([ $((100 * agree)) -ge $((${f#*=} * total)) ]; echo $?)" "$name: $col agreement >= ${f#*=}%"
		done
	done
}

# cases_again RC ERR_FILE N NAME: for a test that feeds a case number twice
# on purpose; imr-extract exited RC = 0 and wrote on stderr (ERR_FILE)
# nothing but its warnings of case numbers met before: N letters in all ('-':
# any number), the first ten named one a line, then a last line counting all
# (on failure, what stderr held: its lines, runs of the same counted, joined
# by |).  CASE_AGAIN and CASES_COUNTED: those two lines as EREs.
CASE_AGAIN='^imr-extract: .+:[0-9]+: case [^ ]+ again, in .+ \(first in .+\); --unique-case keeps the first only$'
CASES_COUNTED='^imr-extract: case numbers met before: [0-9]+ letters in all \(the first 10 named above\)$'
cases_again() {
	ca_got=$(sed -E "s/$CASE_AGAIN/(named)/" "$2" |
		uniq -c | sed 's/^ *//' | paste -s -d '|' -)
	ca_n=$3
	if [ "$ca_n" = - ]; then
		ca_n=$(sed -n 's/^imr-extract: case numbers met before: \([0-9]*\) letters in all .*/\1/p' "$2" | tail -1)
		[ -n "$ca_n" ] || ca_n=$(grep -c '^imr-extract: .* again, in ' "$2")
	fi
	if [ "$ca_n" -eq 0 ]; then
		ca_want=
	elif [ "$ca_n" -le 10 ]; then
		ca_want="$ca_n (named)"
	else
		ca_want="10 (named)|1 imr-extract: case numbers met before: $ca_n letters in all (the first 10 named above)"
	fi
	is "$1:$ca_got" "0:$ca_want" "$4"
}

done_testing() {
	echo "1..$T_N"
	[ "$T_FAIL" -eq 0 ]
}
