#!/bin/sh
# imr-normalize's date columns (quarter, days_*_to_decision,
# claim_age_days), --schema, and --format csv on every tool that writes
# rows, read back by python's csv module.
. "$(dirname "$0")/lib.sh"
T=$(printf '\t')

# --- days between dates, leap years and month ends included
printf 'decision_date\tur_date\treceived_date\tdate_assigned\tinjury_date\n' >"$TMP/d.tsv"
printf '03/01/2016\t02/28/2016\t2016-02-01\tMarch 1, 2016\t1/1/2000\n' >>"$TMP/d.tsv"
printf '2017-01-05\t12/31/2016\t\tnot a date\t\n' >>"$TMP/d.tsv"
printf '\t12/31/2016\t2016-12-01\t\t\n' >>"$TMP/d.tsv"
imr-normalize "$TMP/d.tsv" | cut -f6- >"$TMP/got"
printf 'year\tquarter\tdays_ur_to_decision\tdays_received_to_decision\tdays_assigned_to_decision\tclaim_age_days\n' >"$TMP/want"
printf '2016\t2016Q1\t2\t29\t0\t5904\n2017\t2017Q1\t5\t\t\t\n2016\t2016Q4\t\t\t\t\n' >>"$TMP/want"
same_file "$TMP/got" "$TMP/want" "days to decision across a leap day; a missing or unreadable date leaves it empty; year and quarter from the UR date without a decision date"
printf 'decision_date\tur_date\n2016-01-01\t2016-01-11\n2016-01-01\t2016-01-01\n' | imr-normalize | cut -f5 >"$TMP/got"
printf 'days_ur_to_decision\n-10\n0\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "a date after the decision gives negative days; the same day 0"
printf 'decision_date\n2016-10-20\n' | imr-normalize >"$TMP/got"
is "$(cat "$TMP/got")" "decision_date${T}year${T}quarter
2016-10-20${T}2016${T}2016Q4" "only the columns the input lets it compute"

# the days against perl's timegm, on the real letters
if have_shared; then
	(cd "$SHARED" && imr-split seeds/*.txt corpus/real/layout/*.txt 2>/dev/null) | imr-extract | imr-normalize >"$TMP/real.tsv"
	perl -MTime::Local=timegm -F'\t' -lane '
		if ($. == 1) { %c = map { $F[$_] => $_ } 0 .. $#F; next }
		sub d { my ($s) = @_; return undef unless $s =~ /^(\d{4})-(\d\d)-(\d\d)$/; timegm(0, 0, 12, $3, $2 - 1, $1) / 86400 }
		my $dec = d($F[$c{decision_date}]);
		my @out;
		for my $from (qw(ur_date received_date date_assigned injury_date)) {
			my $f = d($F[$c{$from}]); push @out, defined $dec && defined $f ? sprintf("%.0f", $dec - $f) : "" }
		my ($y, $m) = ($F[$c{decision_date}] || $F[$c{ur_date}]) =~ /^(\d{4})-(\d\d)/;
		print join "\t", defined $y ? ($y, $y . "Q" . (int(($m - 1) / 3) + 1)) : ("", ""), @out' "$TMP/real.tsv" >"$TMP/want"
	{ for c in year quarter days_ur_to_decision days_received_to_decision days_assigned_to_decision claim_age_days; do
		column $c <"$TMP/real.tsv" >"$TMP/col.$c"; done
	  paste "$TMP"/col.year "$TMP"/col.quarter "$TMP"/col.days_ur_to_decision "$TMP"/col.days_received_to_decision \
		"$TMP"/col.days_assigned_to_decision "$TMP"/col.claim_age_days; } >"$TMP/got"
	same_file "$TMP/got" "$TMP/want" "real letters and seeds: year, quarter and the four day counts as perl computes them"
	n=$(grep -c . "$TMP/col.days_ur_to_decision" || true)
	[ "$n" -gt 100 ]; ok $? "real letters: days_ur_to_decision for most items ($n)"
else
	skip "real letters dates" "../shared not present"
	skip "real letters days" "../shared not present"
fi

# --- --schema
FIX=$T_DIR/fixtures/normalize/extract.tsv
imr-normalize --schema postgres "$FIX" >"$TMP/pg.sql"
grep -q '^  "decision_date" date,$' "$TMP/pg.sql"; ok $? "--schema postgres: dates are date"
grep -q '^  "days_ur_to_decision" integer,$' "$TMP/pg.sql"; ok $? "--schema postgres: day counts are integer"
grep -q '^  "mme_day" numeric,$' "$TMP/pg.sql"; ok $? "--schema postgres: mme_day is numeric"
grep -q '^  "item" text,$' "$TMP/pg.sql"; ok $? "--schema postgres: the rest is text"
is "$(grep -c '^  "' "$TMP/pg.sql")" "$(imr-normalize "$FIX" | head -1 | tr '\t' '\n' | wc -l | tr -d ' ')" \
	"--schema: one column per output column"
imr-normalize --schema sqlite - <"$FIX" >"$TMP/lite.sql"
grep -q '^CREATE TABLE "items" ($' "$TMP/lite.sql"; ok $? "--schema sqlite: table items"
grep -q 'CREATE TRIGGER "items_nulls" AFTER INSERT' "$TMP/lite.sql"; ok $? "--schema sqlite: a trigger makes empty cells NULL"
run imr-normalize --schema oracle "$FIX"
is "$rc:$err" "2:imr-normalize: --schema takes sqlite or postgres" "--schema with another database"

# --- --format csv on split, extract, normalize: python's csv module reads
# back what the TSV holds, field for field
if command -v python3 >/dev/null 2>&1; then
	printf 'x\t"quoted", and, commas\n' >"$TMP/odd.tsv"
	for tool in split extract normalize; do
		case $tool in
		split) imr-split "$T_DIR"/../examples/letters.tar.gz >"$TMP/$tool.tsv"
		       imr-split --format csv "$T_DIR"/../examples/letters.tar.gz >"$TMP/$tool.csv" ;;
		extract) imr-extract "$TMP/split.tsv" >"$TMP/$tool.tsv"; imr-extract --format csv "$TMP/split.tsv" >"$TMP/$tool.csv" ;;
		normalize) imr-normalize "$TMP/extract.tsv" >"$TMP/$tool.tsv"
		           imr-normalize --format csv "$TMP/extract.tsv" >"$TMP/$tool.csv" ;;
		esac
		python3 - "$TMP/$tool.tsv" "$TMP/$tool.csv" >"$TMP/py" <<'EOF'
import csv, sys
def unesc(f):
    out, i = [], 0
    while i < len(f):
        if f[i] == '\\' and i + 1 < len(f):
            out.append({'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}.get(f[i + 1], '\\' + f[i + 1])); i += 2
        else:
            out.append(f[i]); i += 1
    return ''.join(out)
tsv = [[unesc(f) for f in l.rstrip('\n').split('\t')] for l in open(sys.argv[1], encoding='utf-8', newline='\n')]
rows = list(csv.reader(open(sys.argv[2], encoding='utf-8', newline='')))
raw = open(sys.argv[2], 'rb').read()
print(len(tsv), len(rows), tsv == rows, raw.count(b'\r\n') >= len(rows))
EOF
		read -r nt nc same crlf <"$TMP/py"
		is "$same:$crlf" "True:True" "--format csv on imr-$tool: the same $nt rows as the TSV, CR LF line ends"
	done
	imr-normalize --format csv "$TMP/odd.tsv" >"$TMP/odd.csv"
	is "$(cat "$TMP/odd.csv" | tr -d '\r')" 'x,"""quoted"", and, commas"' "csv: quotes doubled, the field quoted"
else
	for tool in split extract normalize odd; do skip "csv $tool" "python3 not installed"; done
fi
run imr-normalize --schema sqlite --format csv "$FIX"
is "$rc:$err" "2:imr-normalize: --schema writes SQL, not rows: no --format csv with it" "--schema refuses --format csv"
is "$(imr-normalize --format csv --format tsv "$FIX" | head -1 | cut -f1-2)" "doc_id${T}source" "the last --format given wins"
run imr-extract --format xml "$TMP/split.tsv"
is "$rc:$err" "2:imr-extract: --format takes tsv or csv" "--format with another name"
done_testing
