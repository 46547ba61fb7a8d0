#!/bin/sh
# imr-tabulate's statistics (COL:n, median, q1, q3, pN, sd, countunique),
# --where, --sort, --per-letter, the -r warning, --explode --total, a byte
# order mark, --format csv and svg: on small inputs written here, checked
# against perl, and on the real letters in ../shared.
. "$(dirname "$0")/lib.sh"
T=$(printf '\t')

# --- statistics, against perl's own computation (R's type 7 quantiles)
awk 'BEGIN { srand(3); print "g\tv\tw"
	for (i = 0; i < 3000; i++) {
		v = rand() < 0.1 ? "" : int(rand() * 200) - 20
		printf "%s\t%s\t%s\n", substr("abc", 1 + int(rand() * 3), 1), v, int(rand() * 7) }
}' >"$TMP/s.tsv"
imr-tabulate -g g -s v:median,q1,q3,p90,p0,p100,p2.5,sd,mean,countunique "$TMP/s.tsv" >"$TMP/got"
is "$(head -1 "$TMP/got")" "g${T}n${T}v:n${T}median${T}q1${T}q3${T}p90${T}p0${T}p100${T}p2.5${T}sd${T}mean${T}countunique" \
	"-s COL:STAT,...: COL:n, then the statistics asked, in order"
perl -F'\t' -lane '
	next if $. == 1; $n{$F[0]}++; next if $F[1] eq ""; push @{$v{$F[0]}}, $F[1];
	END {
		sub qt { my ($x, $p) = @_; my $h = (@$x - 1) * $p; my $lo = int($h);
			return $lo + 1 < @$x ? $x->[$lo] + ($h - $lo) * ($x->[$lo + 1] - $x->[$lo]) : $x->[$lo] }
		for my $g (sort keys %n) {
			my @x = sort { $a <=> $b } @{$v{$g}}; my $c = @x; my $s = 0; $s += $_ for @x;
			my $m = $s / $c; my $ss = 0; $ss += ($_ - $m) ** 2 for @x; my %u; $u{$_} = 1 for @x;
			printf "%s\t%d\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t%.9f\t%.9f\t%d\n", $g, $n{$g}, $c,
				qt(\@x, .5), qt(\@x, .25), qt(\@x, .75), qt(\@x, .9), qt(\@x, 0), qt(\@x, 1), qt(\@x, .025),
				sqrt($ss / ($c - 1)), $m, scalar keys %u } }' "$TMP/s.tsv" >"$TMP/want"
awk -F'\t' 'NR > 1 { printf "%s\t%d\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t%.6f\t%.9f\t%.9f\t%d\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }' "$TMP/got" |
	sort >"$TMP/got2"
same_file "$TMP/got2" "$TMP/want" "n, COL:n, quantiles, sd, mean, countunique match perl"
printf 'v\n1\n2\n3\n4\n' | imr-tabulate -s v:median,q1,q3,sd >"$TMP/got"
is "$(tail -1 "$TMP/got")" "4${T}4${T}2.5${T}1.75${T}3.25${T}1.29099444874" "median of an even count: the mean of the middle two"
printf 'v\n7\n\n' | imr-tabulate -s v:sd,median,min >"$TMP/got"
is "$(tail -1 "$TMP/got")" "2${T}1${T}${T}7${T}7" "sd of one value is empty; COL:n counts the non-empty cells"
printf 'id\nA1\nB2\n\nA1\n' | imr-tabulate -s id:countunique >"$TMP/got"
is "$(cat "$TMP/got")" "n${T}id:n${T}countunique
4${T}3${T}2" "countunique alone: cells need not be numbers"
run imr-tabulate -s v:median,p101 "$TMP/s.tsv"
is "$rc:$(echo "$err" | head -1)" "2:imr-tabulate: -s v:median,p101: 'p101' is not a statistic (sum mean min max sd median q1 q3 pN countunique)" "a bad statistic is a usage error"
run imr-tabulate --partial -s v:median "$TMP/s.tsv"
is "$rc:$(echo "$err" | head -1)" "2:imr-tabulate: quantiles (median, q1, q3, pN) and countunique need every value: they cannot be merged, so not with --partial or --merge: v" "--partial refuses quantiles"
run imr-tabulate --partial -s w:countunique "$TMP/s.tsv"
is "$rc" 2 "--partial refuses countunique"

# sd merges: partials of two halves == one pass
imr-tabulate -g g -s v:sd,mean,sum --total "$TMP/s.tsv" >"$TMP/one"
head -1500 "$TMP/s.tsv" | imr-tabulate --partial -g g -s v:sd,mean,sum >"$TMP/p"
{ head -1 "$TMP/s.tsv"; tail -n +1501 "$TMP/s.tsv"; } | imr-tabulate --partial -g g -s v:sd,mean,sum >>"$TMP/p"
grep -q 's:v:sumsq' "$TMP/p"; ok $? "a partial with sd carries s:COL:sumsq"
imr-tabulate --merge --total -g g -s v:sd,mean,sum "$TMP/p" >"$TMP/merged"
same_file "$TMP/merged" "$TMP/one" "sd from merged partials == one pass"
imr-tabulate --merge "$TMP/p" | head -1 >"$TMP/merged"
is "$(cat "$TMP/merged")" "g${T}n${T}v:n${T}sum${T}mean${T}min${T}max${T}sd" "--merge without -s: sd comes with the sums when the partials carry it"

# --- --where
printf 'a\tb\nx\t1\ny\t2\nx\t3\nxy\t4\n\t5\n' >"$TMP/w.tsv"
is "$(imr-tabulate --where a=x -s b:sum "$TMP/w.tsv" | tail -1)" "2${T}2${T}4" "--where COL=VALUE"
is "$(imr-tabulate --where a!=x -s b:sum "$TMP/w.tsv" | tail -1)" "3${T}3${T}11" "--where COL!=VALUE (empty cells too)"
is "$(imr-tabulate --where 'a~^x' -s b:sum "$TMP/w.tsv" | tail -1)" "3${T}3${T}8" "--where COL~REGEX"
is "$(imr-tabulate --where 'a~^x' --where 'b!=1' -s b:sum "$TMP/w.tsv" | tail -1)" "2${T}2${T}7" "--where repeated: all must hold"
is "$(imr-tabulate --where 'a=' "$TMP/w.tsv" | tail -1)" "1" "--where COL= keeps the unknowns"
run imr-tabulate --where 'a~(' "$TMP/w.tsv"
is "$rc" 2 "a bad regex is a usage error"
run imr-tabulate --where a "$TMP/w.tsv"
is "$rc:$(echo "$err" | head -1)" "2:imr-tabulate: --where takes COL=VALUE, COL!=VALUE or COL~REGEX: a" "--where without an operator"
run imr-tabulate --where nope=1 "$TMP/w.tsv"
is "$rc:$err" "1:imr-tabulate: $TMP/w.tsv:1: no column 'nope' in the header" "--where on a missing column"

# --- --sort
printf 'k\tv\na\t3\nb\t1\nb\t2\nc\t9\nc\t\nc\t\n' >"$TMP/o.tsv"
is "$(imr-tabulate -g k -s v:max --sort max "$TMP/o.tsv" | cut -f1 | tr '\n' ' ')" "k b a c " "--sort COL: ascending"
is "$(imr-tabulate -g k -s v:max --sort -max "$TMP/o.tsv" | cut -f1 | tr '\n' ' ')" "k c a b " "--sort -COL: descending"
is "$(imr-tabulate -g k --sort k "$TMP/o.tsv" | cut -f1 | tr '\n' ' ')" "k a b c " "--sort a group column: bytewise"
is "$(imr-tabulate -g k -s v:max --sort -max --top 1 --total "$TMP/o.tsv" | cut -f1 | tr '\n' ' ')" "k c (total) " "--top after --sort; the total stays last"
run imr-tabulate -g k --sort rate "$TMP/o.tsv"
is "$rc:$(echo "$err" | head -1)" "2:imr-tabulate: --sort: no such output column: rate" "--sort on a column the output lacks"

# --- --per-letter
printf 'doc_id\tdecision\tyear\nd1\tupheld\t2016\nd1\tupheld\t2016\nd2\tupheld\t2017\nd2\toverturned\t2017\nd3\toverturned\t2017\nd4\tupheld\t2017\n' >"$TMP/l.tsv"
imr-tabulate --per-letter decision=upheld -g letter_outcome -s items:mean,max --total "$TMP/l.tsv" >"$TMP/got"
printf 'letter_outcome\tn\titems:n\tmean\tmax\nall\t2\t2\t1.5\t2\nnone\t1\t1\t1\t1\nsome\t1\t1\t2\t2\n(total)\t4\t4\t1.5\t2\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "--per-letter: letters all, some, none upheld; items per letter"
is "$(imr-tabulate --per-letter decision=upheld -g year -r letter_outcome=all "$TMP/l.tsv" | cut -f1-3 | tr '\n' ' ')" \
	"year${T}n${T}all 2017${T}3${T}1 2016${T}1${T}1 " "--per-letter: groups from the letter's first row"
printf 'doc_id\tdecision\nd1\tupheld\nd2\tupheld\nd1\tupheld\n' >"$TMP/l2.tsv"
run imr-tabulate --per-letter decision=upheld "$TMP/l2.tsv"
is "$rc:$err" "1:imr-tabulate: $TMP/l2.tsv:4: the rows of letter 'd1' are not together (sort by doc_id)" "--per-letter: a letter's rows apart is an error"

# --- the -r value that never occurs
printf 'decision\nUpheld\nOverturned\nUpheld\n' >"$TMP/r.tsv"
run imr-tabulate -r decision=upheld "$TMP/r.tsv"
is "$rc:$err" "0:imr-tabulate: warning: -r decision=upheld: no row has 'upheld' in column 'decision'; it has Upheld, Overturned" \
	"-r VALUE that no row has: a warning with the values there are"
run imr-tabulate -r decision=Upheld "$TMP/r.tsv"
is "$rc:$err" "0:" "no warning when some row has it"

# --- --explode --total: the total counts rows (items), not values
printf 's\td\na;b\tupheld\na\toverturned\nb;c\tupheld\n' >"$TMP/e.tsv"
is "$(imr-tabulate -g s --explode s -r d=upheld --total "$TMP/e.tsv" | tail -1 | cut -f1-3)" "(total)${T}3${T}2" \
	"--explode --total: n and hits of rows, not of values"
run imr-tabulate -g s --explode s -s s --total "$TMP/e.tsv"
is "$rc" 2 "--explode --total refuses -s on the exploded column"
imr-tabulate --partial -g s --explode s -r d=upheld "$TMP/e.tsv" | imr-tabulate --merge --total | tail -1 | cut -f1-3 >"$TMP/got"
is "$(cat "$TMP/got")" "(total)${T}3${T}2" "--explode partials carry the total of rows to --merge"

# --- a UTF-8 byte order mark before the header
printf '\357\273\277category\tv\nx\t1\n' >"$TMP/bom.tsv"
is "$(imr-tabulate -g category "$TMP/bom.tsv" | head -1)" "category${T}n" "a byte order mark on the header is dropped"

# --- --format csv
printf 'k\tv\na,b\t1\nq"x\t2\nl\\\\nm\t3\n' >"$TMP/c.tsv"
imr-tabulate -g k -s v:sum --sort k --format csv "$TMP/c.tsv" >"$TMP/got"
printf 'k,n,v:n,sum\r\n"a,b",1,1,1\r\nl\\nm,1,1,3\r\n"q""x",1,1,2\r\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "--format csv: RFC 4180, quotes where needed, CR LF"

# --- --format svg
imr-tabulate -g k -r v=1 --total --format svg "$TMP/c.tsv" >"$TMP/c.svg"
grep -q '<script' "$TMP/c.svg"; is $? 1 "svg: no script"
grep -q 'font-family="sans-serif"' "$TMP/c.svg"; ok $? "svg: a generic font"
grep -q '&quot;\|q&quot;x' "$TMP/c.svg"; ok $? "svg: labels escaped"
if command -v xmllint >/dev/null 2>&1; then
	xmllint --noout "$TMP/c.svg"; ok $? "svg: well-formed XML (xmllint)"
else
	skip "svg XML" "xmllint not installed (libxml2-utils)"
fi
if command -v rsvg-convert >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
	rsvg-convert -o "$TMP/c.png" "$TMP/c.svg"; ok $? "svg: rsvg-convert renders it"
	# the picture is not empty: count pixels that are not white (PNG read by zlib)
	dark=$(python3 - "$TMP/c.png" <<'EOF'
import sys, struct, zlib
d = open(sys.argv[1], 'rb').read(); i = 8; idat = b''; w = h = 0
while i < len(d):
    n, t = struct.unpack('>I4s', d[i:i + 8]); c = d[i + 8:i + 8 + n]; i += 12 + n
    if t == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', c[:10])
    if t == b'IDAT': idat += c
raw = zlib.decompress(idat); bpp = 4 if ctype == 6 else 3; stride = w * bpp
prev = bytearray(stride); dark = 0; p = 0
for y in range(h):
    f = raw[p]; line = bytearray(raw[p + 1:p + 1 + stride]); p += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    dark += sum(1 for x in range(0, stride, bpp) if line[x] < 128 and (bpp == 3 or line[x + 3] > 128))
    prev = line
print(dark)
EOF
)
	[ "${dark:-0}" -gt 500 ]; ok $? "svg: the PNG has bars and text ($dark dark pixels)"
else
	skip "svg render" "rsvg-convert (librsvg2-bin) or python3 not installed"
	skip "svg picture" "rsvg-convert (librsvg2-bin) or python3 not installed"
fi

# the example chart in examples/ is what the tools draw
imr-split "$TOP/examples/letters.tar.gz" | imr-extract | imr-normalize |
	imr-tabulate -g category -r decision=upheld --total --format svg >"$TMP/ex.svg"
same_file "$TMP/ex.svg" "$TOP/examples/uphold-by-category.svg" "examples/uphold-by-category.svg is up to date"

# --- the real letters: the median days from UR denial to decision, and
# letters by outcome, against awk and perl over imr-normalize's columns
if have_shared; then
	imr-split "$SHARED"/corpus/real/plain/*.txt 2>/dev/null | imr-extract | imr-normalize >"$TMP/real.tsv"
	got=$(imr-tabulate -s days_ur_to_decision:median,p90 "$TMP/real.tsv" | tail -1 | cut -f2-)
	want=$(column days_ur_to_decision <"$TMP/real.tsv" | grep . | sort -n | perl -e '
		my @x = map { chomp; $_ } <STDIN>; sub qt { my $h = (@x - 1) * $_[0]; my $lo = int($h);
		$lo + 1 < @x ? $x[$lo] + ($h - $lo) * ($x[$lo + 1] - $x[$lo]) : $x[$lo] }
		printf "%d\t%s\t%s", scalar @x, qt(.5), qt(.9)')
	is "$got" "$want" "real letters: median and p90 of days_ur_to_decision as perl computes them ($want)"
	got=$(imr-tabulate --per-letter decision=upheld -g letter_outcome --sort letter_outcome "$TMP/real.tsv" | tail -n +2 | tr '\n' ' ')
	want=$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "doc_id") d = i; if ($i == "decision") c = i } next }
		{ n[$d]++; u[$d] += $c == "upheld" }
		END { for (k in n) o[u[k] == n[k] ? "all" : u[k] ? "some" : "none"]++
		      printf "all\t%d none\t%d some\t%d ", o["all"], o["none"], o["some"] }' "$TMP/real.tsv")
	is "$got" "$want" "real letters: letters all, none, some upheld as awk counts them ($want)"
	got=$(imr-tabulate -g drug_class -r decision=upheld --where category=Pharmaceuticals "$TMP/real.tsv" | tail -n +2 | cut -f1-3 | sort)
	want=$(awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "drug_class") g = i; if ($i == "decision") c = i; if ($i == "category") k = i } next }
		$k == "Pharmaceuticals" { n[$g]++; u[$g] += $c == "upheld" } END { for (x in n) print x "\t" n[x] "\t" u[x] }' "$TMP/real.tsv" | sort)
	is "$got" "$want" "real letters: drug classes of pharmaceutical items, by --where, as awk counts them"
else
	skip "real letters median" "../shared not present"
	skip "real letters per letter" "../shared not present"
	skip "real letters --where" "../shared not present"
fi
done_testing
