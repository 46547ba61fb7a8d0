# t/badinput.sh: the bad-input matrix helpers (sourced after lib.sh).
# Each case runs in $TMP/w with relative file names, so that stderr is
# stable, and is compared with t/badinput/NAME.err (exact bytes; a missing
# file means no stderr) and an exit code.
GOLD=$T_DIR/badinput
mkdir -p "$TMP/w"

# bad NAME RC CMD...: run CMD in $TMP/w; stdout to $TMP/w/NAME.out
bad() {
	name=$1 want_rc=$2
	shift 2
	(cd "$TMP/w" && "$@" >"$name.out" 2>"$name.err")
	rc=$?
	is "$rc" "$want_rc" "$name: exit $want_rc"
	if [ -f "$GOLD/$name.err" ]; then
		# @NCOLS@ in a golden file: the column count of the input's header
		sed "s/@NCOLS@/${NCOLS:-}/g" "$GOLD/$name.err" >"$TMP/want.err"
		same_file "$TMP/w/$name.err" "$TMP/want.err" "$name: stderr as in t/badinput/$name.err"
	else
		: >"$TMP/empty"
		same_file "$TMP/w/$name.err" "$TMP/empty" "$name: no stderr"
	fi
}

# records FILE: the number of TSV records (lines after the header)
records() { tail -n +2 "$1" | wc -l | tr -d ' '; }

# texts TSV: unescape and concatenate the text column (the fifth)
texts() {
	perl -ne 'next if $. == 1; chomp; my @f = split /\t/, $_, -1;
		(my $t = $f[4]) =~ s/\\(.)/$1 eq "t" ? "\t" : $1 eq "n" ? "\n" : $1 eq "r" ? "\r" : $1/ge;
		print $t' "$1"
}

# utf8fix < FILE: FILE as split writes it: each byte that is not part of
# valid UTF-8 (RFC 3629), and NUL, as U+FFFD
utf8fix() {
	perl -0777 -pe 's/([\x01-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|
		[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|
		[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})|[\x00-\xff]/defined $1 ? $1 : "\xef\xbf\xbd"/gex'
}

# maxrss_kb CMD...: run CMD (stdout to /dev/null) and print its peak RSS in KiB
maxrss_kb() {
	/usr/bin/time -f '%M' -o "$TMP/rss" "$@" >/dev/null 2>/dev/null
	tail -1 "$TMP/rss"
}

# built TOOL: is the tool there?
built() { [ -x "$BIN/$1" ]; }

# novg FILE: under make valgrind (IMRKIT_SLOW_TOOLS), drop valgrind's own
# lines: a tool killed by SIGPIPE gets a leak check at the point of death,
# which reports the blocks its live stack frames held as lost
novg() {
	if [ -n "${IMRKIT_SLOW_TOOLS:-}" ]; then
		grep -v '^==[0-9]*==' "$1" >"$1.novg"; mv "$1.novg" "$1"
	fi
	return 0
}
