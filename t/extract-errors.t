#!/bin/sh
# imr-extract on bad input: missing columns, ragged rows, junk and empty
# letters, binary bytes, cut-off letters; pass-through columns.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/extract

printf 'doc_id\tsource\nx\ty\n' >"$TMP/notext.tsv"
run imr-extract "$TMP/notext.tsv"
is "$rc" 1 "no text column: exit 1"
is "$err" "imr-extract: $TMP/notext.tsv:1: no column 'text' in the header" "no text column: message"

printf 'text\tsource\nx\ty\n' >"$TMP/noid.tsv"
run imr-extract "$TMP/noid.tsv"
is "$rc" 1 "no doc_id column: exit 1"

run imr-extract /no/such/file
is "$rc" 1 "a missing file: exit 1"

# a ragged row is reported and skipped; the rows around it are extracted
imr-split "$FIX/single2014.txt" >"$TMP/one.tsv"
{ cat "$TMP/one.tsv"; printf 'a\tb\tc\n'; tail -n +2 "$TMP/one.tsv"; } >"$TMP/ragged.tsv"
run imr-extract "$TMP/ragged.tsv"
is "$rc" 1 "a ragged row: exit 1"
is "$err" "imr-extract: $TMP/ragged.tsv:3: 3 fields, expected 6 as in the header" "a ragged row: FILE:LINE message"
is "$(printf '%s\n' "$out" | tail -n +2 | wc -l | tr -d ' ')" 2 "a ragged row: the others extracted"

# junk, empty and binary letters each still give one row with a status
{
	printf 'doc_id\ttext\textra\n'
	printf 'j1\tjust some words: Upheld by nobody\\nand a line\tkeep me\n'
	printf 'j2\t\tkeep2\n'
	printf 'j3\t \\n\\n \\t \tkeep3\n'
	printf 'j4\t\001\002\377\376:\\\\\\t::: upheld\\n\\f\\r\ttail\n'
} >"$TMP/junk.tsv"
run imr-extract "$TMP/junk.tsv"
is "$rc" 0 "junk letters: exit 0"
is "$(printf '%s\n' "$out" | head -1 | tr '\t' ' ')" \
	"doc_id source layout case_number date_assigned decision_date injury_date ur_date received_date priority reviewer_specialty reviewer_states patient_age patient_sex item_no item original_request decision ca_guideline imr_guideline rationale status item_code diagnoses extra" \
	"the columns, and the pass-through column last"
is "$(printf '%s\n' "$out" | column status | tr '\n' ' ')" "unknown-layout empty empty unknown-layout " "junk letters: statuses"
is "$(printf '%s\n' "$out" | column extra | tr '\n' ' ')" "keep me keep2 keep3 tail " "junk letters: pass-through kept"
is "$(printf '%s\n' "$out" | column source | sort -u)" "" "no source column: source empty"
run imr-extract --letters "$TMP/junk.tsv"
is "$(printf '%s\n' "$out" | column n_items | tr '\n' ' ')" "0 0 0 0 " "--letters: n_items 0"

# a backslash in a letter's words comes out escaped (\\), in the letter's
# other values too; a letter without one is not escaped
{
	printf 'doc_id\ttext\n'
	printf 'b1\tIMR ISSUES, DECISIONS AND RATIONALES\\nset forth below:\\n\\nTramadol 50mg \\\\ 60 tablets: Upheld\\nDecision rationale: see C:\\\\notes.\\n\n'
	printf 'b2\tIMR ISSUES, DECISIONS AND RATIONALES\\nset forth below:\\n\\nTramadol 50mg 60 tablets: Overturned\\nDecision rationale: none.\\n\n'
} >"$TMP/backslash.tsv"
run imr-extract "$TMP/backslash.tsv"
is "$(printf '%s\n' "$out" | column item | tr '\n' '|')" 'Tramadol 50mg \\ 60 tablets|Tramadol 50mg 60 tablets|' \
	"a backslash in an item: escaped"
is "$(printf '%s\n' "$out" | column rationale | tr '\n' '|')" 'see C:\\notes.|none.|' \
	"a backslash in a rationale: escaped"

# a letter cut off at every 97th byte: no crash, one row or more each
imr-split "$FIX/layout2016.txt" "$FIX/notice2013.txt" "$FIX/seed2014.txt" >"$TMP/full.tsv"
perl -e '
	open my $f, "<", $ARGV[0] or die; my $h = <$f>; $h =~ s/\terror$//; print $h;   # (no error column: an empty text with a length is too-long)
	my $n = 0;
	while (my $l = <$f>) {
		chomp $l; my @c = split /\t/, $l, -1;
		for (my $k = 0; $k < length $c[4]; $k += 97) {
			my $t = substr($c[4], 0, $k); $t =~ s/\\$//;
			# (an empty text with a length is a letter split refused)
			print join("\t", "cut" . $n++, @c[1..2], $t eq "" ? 0 : $c[3], $t), "\n";
		}
	}' "$TMP/full.tsv" >"$TMP/cut.tsv"
n=$(tail -n +2 "$TMP/cut.tsv" | wc -l | tr -d ' ')
# (cut from one letter, many keep its case number: each letter whose case
# number, as written out, an earlier one had is warned of)
imr-extract "$TMP/cut.tsv" >"$TMP/cut.out" 2>"$TMP/cut.err"
rc=$?
again=$(awk -F'\t' 'NR > 1 && !($1 in L) { L[$1]; if ($4 != "" && seen[$4]++) n++ } END { print n + 0 }' "$TMP/cut.out")
cases_again "$rc" "$TMP/cut.err" "$again" "cut-off letters: exit 0, the case numbers met before warned of"
is "$(column doc_id <"$TMP/cut.out" | sort -u | wc -l | tr -d ' ')" "$n" "cut-off letters: every one has a row"
is "$(column status <"$TMP/cut.out" | sort -u | tr '\n' ' ')" "empty no-items ok truncated unknown-layout " \
	"cut-off letters: statuses"

# random bytes
perl -e 'srand(7); print "doc_id\ttext\n"; for (1..50) { my $t = join "", map { chr(int rand 256) } 1..int(rand 3000); $t =~ s/\\/\\\\/g; $t =~ s/\t/\\t/g; $t =~ s/\n/\\n/g; $t =~ s/\r/\\r/g; print "r$_\t$t\n" }' >"$TMP/rand.tsv"
imr-extract "$TMP/rand.tsv" >"$TMP/rand.out"
is "$?" 0 "random bytes: exit 0"
is "$(tail -n +2 "$TMP/rand.out" | wc -l | tr -d ' ')" 50 "random bytes: one row each"

# stdin, '-', and a second file with other pass-through columns
run sh -c "imr-split '$FIX/single2014.txt' | imr-extract - | tail -n +2 | wc -l"
is "$out" 1 "reads - (stdin)"
printf 'doc_id\ttext\tother\textra\nz\tnothing\to\te\n' >"$TMP/second.tsv"
run imr-extract "$TMP/junk.tsv" "$TMP/second.tsv"
is "$(printf '%s\n' "$out" | column extra | tail -1)" "e" "a second file: pass-through by name"
done_testing
