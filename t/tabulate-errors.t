#!/bin/sh
# imr-tabulate: bad input and bad usage, with the exact message and exit code.
. "$(dirname "$0")/lib.sh"
cd "$TMP" || exit 1
printf 'decision\tmme\nupheld\t10\noverturned\tabc\nupheld\t\nupheld\tn/a\nupheld\t2.5\n' >in.tsv
: >empty.tsv
U='usage: imr-tabulate [-g COL[,COL...]] [-r COL=VALUE] [-s COL[:STAT,...]] [--explode COL] [--top N]
       [--total] [--where COL=VALUE|COL!=VALUE|COL~REGEX] [--per-letter COL=VALUE]
       [--sort [-]COL] [--format tsv|csv|table|md|bars|svg] [--partial | --merge]
       [--lenient] [FILE...]'

check() {  # check WANT_RC WANT_STDERR NAME -- ARGS...
	want_rc=$1 want_err=$2 name=$3
	shift 4
	run imr-tabulate "$@"
	is "$rc:$err" "$want_rc:$want_err" "$name"
}

check 1 "imr-tabulate: in.tsv:1: no column 'nope' in the header" "unknown group column" -- -g decision,nope in.tsv
check 1 "imr-tabulate: in.tsv:1: no column 'Decision' in the header" "unknown -r column (names are exact)" -- -r Decision=upheld in.tsv
check 1 "imr-tabulate: in.tsv:1: no column 'x' in the header" "unknown -s column" -- -s x in.tsv
check 1 "imr-tabulate: in.tsv:1: no column 'x' in the header" "unknown --explode column" -- --explode x in.tsv
check 1 "imr-tabulate: in.tsv:3: column 'mme': 'abc' is not a number" "non-numeric cell under -s" -- -s mme in.tsv
is "$out" "" "no output after a data error"
check 1 "imr-tabulate: empty.tsv: empty input, expected a header line" "empty input" -- -g decision empty.tsv
run imr-tabulate -g decision - <empty.tsv
is "$rc:$err" "1:imr-tabulate: -: empty input, expected a header line" "empty stdin"
check 1 "imr-tabulate: nosuch.tsv: No such file or directory" "missing file" -- nosuch.tsv
check 1 "imr-tabulate: empty.tsv: empty input, expected partial aggregates" "--merge of empty input" -- --merge empty.tsv
check 1 "imr-tabulate: in.tsv:1: not a partial aggregate header (imr-tabulate --partial)" "--merge of a plain TSV" -- --merge in.tsv

# --lenient: count and report, exit 0
run imr-tabulate --lenient -g decision -s mme in.tsv
is "$rc:$err" "0:imr-tabulate: in.tsv:3: column 'mme': 2 non-numeric cells left out, the first here: 'abc'" "--lenient reports the cells left out"
is "$out" "$(printf 'decision\tn\tmme:n\tsum\tmean\tmin\tmax\nupheld\t4\t2\t12.5\t6.25\t2.5\t10\noverturned\t1\t0\t0\t\t\t')" "--lenient leaves them out of the summary, and of mme:n"

# numbers: strict decimal notation
for v in inf nan 0x10 1e 1,5 '1 ' '.' '-' 1e999; do
	printf 'v\n%s\n' "$v" >num.tsv
	run imr-tabulate -s v num.tsv
	is "$rc" 1 "'$v' is not a number"
done
printf 'v\n-0\n+1.5\n.5\n5.\n1E2\n-2e-1\n' >num.tsv
run imr-tabulate -s v num.tsv
is "$rc:$out" "0:$(printf 'n\tv:n\tsum\tmean\tmin\tmax\n6\t6\t106.8\t17.8\t-0.2\t100')" "accepted numbers"

# a row with the wrong number of fields: reported, left out, exit 1
printf 'a\tb\nx\t1\ny\nx\t2\n' >short.tsv
run imr-tabulate -g a short.tsv
is "$rc:$err" "1:imr-tabulate: short.tsv:3: 1 fields, expected 2 as in the header" "a short row is reported"
is "$out" "$(printf 'a\tn\nx\t2')" "and left out"

# a bad partial row
printf 'g:a\tn\nx\t1\ny\tz\n' >p.tsv
check 1 "imr-tabulate: p.tsv:3: not a partial aggregate row of the kind the header names" "bad partial row" -- --merge p.tsv
printf 'g:a\tn\tr:a=x\nx\t1\t2\n' >p.tsv
check 1 "imr-tabulate: p.tsv:2: not a partial aggregate row of the kind the header names" "a partial row matching more rows than it has" -- --merge p.tsv
printf 'g:a\tn\ts:v:count\ts:v:sum\ts:v:min\ts:v:max\nx\t1\t1\t3\t5\t4\n' >p.tsv
check 1 "imr-tabulate: p.tsv:2: not a partial aggregate row of the kind the header names" "a partial row with min > max" -- --merge p.tsv
printf 'g:a\tn\ts:v:count\ts:v:sum\ts:v:max\ts:v:min\nx\t1\t1\t3\t5\t4\n' >p.tsv
check 1 "imr-tabulate: p.tsv:1: not a partial aggregate header (imr-tabulate --partial)" "a partial header out of order" -- --merge p.tsv

# usage errors: exit 2, message and usage on stderr
check 2 "imr-tabulate: -r takes COL=VALUE: decision
$U" "-r without =" -- -r decision in.tsv
check 2 "imr-tabulate: -r takes COL=VALUE: =x
$U" "-r without a column" -- -r =x in.tsv
check 2 "imr-tabulate: -g takes column names separated by commas: a,,b
$U" "-g with an empty name" -- -g a,,b in.tsv
check 2 "imr-tabulate: --top takes a positive number: 0
$U" "--top 0" -- --top 0 in.tsv
check 2 "imr-tabulate: --top takes a positive number: -3
$U" "--top -3" -- --top -3 in.tsv
check 2 "imr-tabulate: --format takes tsv, csv, table, md, bars or svg: xls
$U" "--format xls" -- --format xls in.tsv
check 2 "imr-tabulate: --partial writes every group: no --top, --total, --sort or --format
$U" "--partial --top" -- --partial --top 3 in.tsv
check 2 "imr-tabulate: --explode, --where and --per-letter apply before --partial, not to --merge
$U" "--merge --explode" -- --merge --explode a in.tsv
check 2 "imr-tabulate: unknown option or missing argument: -g
$U" "-g without an argument" -- -g
check 2 "imr-tabulate: unknown option or missing argument: --nope
$U" "unknown long option" -- --nope
check 2 "imr-tabulate: unknown option or missing argument: -q
$U" "unknown short option" -- -g decision -q in.tsv

done_testing
