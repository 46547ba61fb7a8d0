#!/bin/sh
# Bad input for the TSV tools (imr-extract, imr-normalize, imr-tabulate):
# each case with its exact stderr (t/badinput/NAME.err) and exit code.
# Inputs are made at test time from examples/letters through the pipeline.
. "$(dirname "$0")/lib.sh"
. "$T_DIR/badinput.sh"
W=$TMP/w
LETTERS=$TOP/examples/letters

if ! built imr-split || ! ls "$LETTERS"/*.txt >/dev/null 2>&1; then
	skip "badinput-tsv" "imr-split not built or examples/letters missing"
	done_testing; exit
fi
imr-split "$LETTERS"/*.txt >"$W/s.tsv"
built imr-extract && imr-extract "$W/s.tsv" >"$W/x.tsv"
built imr-normalize && [ -f "$W/x.tsv" ] && imr-normalize "$W/x.tsv" >"$W/n.tsv"
: >"$W/empty.tsv"
: >"$W/empty"

# input TOOL: the file each tool reads (the one before it in the pipeline)
input() { case $1 in imr-extract) echo s.tsv ;; imr-normalize) echo x.tsv ;; imr-tabulate) echo n.tsv ;; esac; }
# opts TOOL: options the tool needs for the cases here
opts() { case $1 in imr-tabulate) echo "-g decision" ;; *) echo "" ;; esac; }

for tool in imr-extract imr-normalize imr-tabulate; do
	t=${tool#imr-}
	in=$(input "$tool")
	if ! built "$tool" || [ ! -s "$W/$in" ]; then
		skip "$t: bad input" "not built"
		continue
	fi
	o=$(opts "$tool")
	rows=$(($(wc -l <"$W/$in") - 1))
	"$tool" $o "$in" >/dev/null 2>&1 </dev/null || true
	(cd "$W" && "$tool" $o "$in" >"$t-good.out")

	# empty input; a header and no rows
	bad "$t-empty" 1 "$tool" $o empty.tsv
	head -1 "$W/$in" >"$W/hdr.tsv"
	bad "$t-header-only" 0 "$tool" $o hdr.tsv

	# a column the tool needs is missing
	case $t in
	extract) cut -f1-4 "$W/$in" >"$W/nocol.tsv"; bad "$t-missing-column" 1 "$tool" nocol.tsv ;;
	tabulate) bad "$t-missing-column" 1 "$tool" -g no_such_column "$in" ;;
	normalize) # needs no column: a TSV of other columns passes through
		printf 'a\tb\n1\t2\n' >"$W/nocol.tsv"; bad "$t-missing-column" 0 "$tool" nocol.tsv ;;
	esac

	# ragged rows: reported with FILE:LINE, the good rows still done
	# (lines 4 and 6; the golden file's @NCOLS@ is the header's column count)
	{ head -3 "$W/$in"; printf 'a\tb\n'; sed -n 4p "$W/$in"; printf 'x\n'; tail -n +5 "$W/$in"; } >"$W/ragged.tsv"
	NCOLS=$(head -1 "$W/$in" | awk -F'\t' '{ print NF }')
	bad "$t-ragged" 1 "$tool" $o ragged.tsv
	NCOLS=
	same_file "$W/$t-ragged.out" "$W/$t-good.out" "$t-ragged: the good rows give the same output"

	# CRLF line ends: the same output as LF
	sed 's/$/\r/' "$W/$in" >"$W/crlf.tsv"
	bad "$t-crlf" 0 "$tool" $o crlf.tsv
	same_file "$W/$t-crlf.out" "$W/$t-good.out" "$t-crlf: the same output as LF"

	# NUL bytes and invalid UTF-8 inside fields: no crash, every row out
	perl -pe 'if ($. > 1) { s/\t/\t\0\377\300 /; s/e/\0e\355\240\200/g }' "$W/$in" >"$W/bin.tsv"
	bad "$t-nul-utf8" 0 "$tool" $o bin.tsv
	case $t in
	extract) # the mangled words hide items, but every letter gives a row
		is "$(cut -f1 "$W/$t-nul-utf8.out" | tail -n +2 | sort -u | wc -l | tr -d ' ')" "$rows" "$t-nul-utf8: a row for every letter" ;;
	normalize) is "$(($(wc -l <"$W/$t-nul-utf8.out") - 1))" "$rows" "$t-nul-utf8: every row out" ;;
	esac

	# gzip: read as well as plain; truncated and bad CRC are errors
	gzip -c "$W/$in" >"$W/in.gz"
	bad "$t-gzip" 0 "$tool" $o in.gz
	same_file "$W/$t-gzip.out" "$W/$t-good.out" "$t-gzip: the same output as plain"
	head -c $(($(wc -c <"$W/in.gz") - 20)) "$W/in.gz" >"$W/trunc.gz"
	bad "$t-trunc-gz" 1 "$tool" $o trunc.gz
	cp "$W/in.gz" "$W/crc.gz"
	flip_byte "$W/crc.gz" $(($(wc -c <"$W/crc.gz") - 8))
	bad "$t-crc-gz" 1 "$tool" $o crc.gz

	# a 100 MB line (one huge field): done, memory bounded
	if [ -z "${IMRKIT_SLOW_TOOLS:-}" ]; then
		{ head -2 "$W/$in"; sed -n 2p "$W/$in" | perl -pe 'chomp; $_ .= ("y" x 100000000) . "\n"'; } >"$W/big.tsv"
		bad "$t-longline" 0 "$tool" $o big.tsv
		rm -f "$W/$t-longline.out"
		kb=$(maxrss_kb "$tool" $o "$W/big.tsv")
		[ "$kb" -lt 1048576 ]; ok $? "$t-longline: peak RSS ${kb} KiB < 1 GiB"
		rm -f "$W/big.tsv"
	else
		skip "$t-longline" "tools run under a slow wrapper"
	fi

	# output to a full disk; a closed pipe
	bad "$t-dev-full" 1 sh -c "$tool $o $in >/dev/full"
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do tail -n +2 "$W/$in"; done >"$W/rows"
	{ head -1 "$W/$in"; for i in 1 2 3 4 5 6 7 8 9 10; do cat "$W/rows"; done; } >"$W/many.tsv"
	(cd "$W" && { "$tool" $o many.tsv 2>head.err; echo $? >head.rc; } | head -1 >/dev/null)
	novg "$W/head.err"
	# (the rows repeat on purpose: imr-extract's warnings of it aside)
	grep -v 'again, in .*--unique-case\|case numbers met before' "$W/head.err" >"$W/head.err2"
	same_file "$W/head.err2" "$W/empty" "$t | head -1: no message"
	case $(cat "$W/head.rc") in 0|141) ok 0 "$t | head -1: exit 0 or SIGPIPE" ;;
	*) ok 1 "$t | head -1: exit $(cat "$W/head.rc")" ;; esac
done

# imr-tabulate with a million groups: all of them out, in bounded time and memory
if [ -n "${IMRKIT_SLOW_TOOLS:-}" ]; then
	skip "tabulate-million-groups" "tools run under a slow wrapper"
elif built imr-tabulate; then
	awk 'BEGIN { print "k\tv"; for (i = 0; i < 1000000; i++) printf "g%07d\t%d\n", i, i % 7 }' >"$W/million.tsv"
	bad tabulate-million-groups 0 imr-tabulate -g k -s v million.tsv
	is "$(wc -l <"$W/tabulate-million-groups.out" | tr -d ' ')" 1000001 "tabulate-million-groups: a row per group"
	rm -f "$W/tabulate-million-groups.out"
	bad tabulate-million-top 0 imr-tabulate -g k --top 3 million.tsv
	is "$(wc -l <"$W/tabulate-million-top.out" | tr -d ' ')" 4 "tabulate-million-top: --top 3"
	kb=$(maxrss_kb imr-tabulate -g k -s v "$W/million.tsv")
	[ "$kb" -lt 1048576 ]; ok $? "tabulate-million-groups: peak RSS ${kb} KiB < 1 GiB"
else
	skip "tabulate-million-groups" "not built"
fi

done_testing
