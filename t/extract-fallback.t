#!/bin/sh
# The fallback (letters of no layout known) measured on the layouts we
# know, their headings removed or renamed: it must find at least 90% of
# the decisions, each with its item (compared loosely: letters and digits,
# one name within the other), and no wrong one.  Run on the fixtures, on
# generated letters (bench/gen) and on the real letters (../shared, when
# there).  The figures go out as TAP diagnostics.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/extract

# rewrite MODE < split.tsv: each letter's text with the headings (and the
# letterheads and titles that name a layout) removed or renamed.  The 2013
# notice's "has determined the request for" is a layout's wording too (it
# alone makes a notice): it is reworded.
rewrite() {
	perl -e '
		my $mode = shift;
		my @heads = (
			"HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY",
			"IMR ISSUES, DECISIONS AND RATIONALES", "IMR DECISION\\(S\\) AND RATIONALE\\(S\\)",
			"DOCUMENTS REVIEWED FOR DETERMINATION:", "DOCUMENTS REVIEWED",
			"MAXIMUS FEDERAL SERVICES, INC\\.", "MEDICAL PROFESSIONAL REVIEW",
			"INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE",
			"Notice of Independent Medical Review Determination",
			"ISSUE AT DISPUTE:", "CASE SUMMARY:",
			"MEDICAL TREATMENT GUIDELINE\\(S\\) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:",
			"RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:",
			"MEDICAL REVIEWER QUALIFICATIONS:",
		);
		my @re = map { my $h = $_; $h =~ s/ /\\s+/g; qr/$h/i } @heads;
		my $n = 0;
		while (<STDIN>) {
			if ($. == 1) { print; next }
			chomp; my @f = split /\t/, $_, -1;
			(my $t = $f[4]) =~ s/\\(.)/$1 eq "t" ? "\t" : $1 eq "n" ? "\n" : $1 eq "r" ? "\r" : $1/ge;
			for my $re (@re) {
				$t =~ s/$re/$mode eq "removed" ? "" : "PART " . ++$n/ge;
			}
			$t =~ s/has\s+determined\s+the\s+request\s+for/finds the request for/gi;
			$t =~ s/\\/\\\\/g; $t =~ s/\t/\\t/g; $t =~ s/\n/\\n/g; $t =~ s/\r/\\r/g;
			$f[4] = $t;
			print join("\t", @f), "\n";
		}' "$1"
}

# measure NAME SPLIT.TSV REPEATS: the fallback on the letters rewritten,
# against what imr-extract reads in them as they are.  The letters hold
# cases twice (variants of one fixture; the real letters in both layouts):
# REPEATS letters (- for any number) warned of as met before, the same
# with the headings gone (the case numbers found all the same)
measure() {
	name=$1 split=$2
	imr-extract "$split" >"$TMP/truth.tsv" 2>"$TMP/truth.err"
	cases_again "$?" "$TMP/truth.err" "$3" "$name: exit 0, warnings only of case numbers met before"
	for mode in removed renamed; do
		rewrite $mode <"$split" >"$TMP/$mode.split"
		imr-extract "$TMP/$mode.split" >"$TMP/$mode.tsv" 2>"$TMP/$mode.err"
		{ echo "exit $?"; sed "s|^imr-extract: $TMP/$mode.split:|imr-extract: $split:|" "$TMP/$mode.err"; } >"$TMP/$mode.msg"
		{ echo "exit 0"; cat "$TMP/truth.err"; } >"$TMP/truth.msg"
		same_file "$TMP/$mode.msg" "$TMP/truth.msg" "$name, headings $mode: exit 0, the same case numbers met before"
		perl -e '
			my ($truth, $got, $name) = @ARGV;
			sub rows {
				my ($f) = @_; my (%by, %c);
				open my $in, "<", $f or die; my $h = <$in>; chomp $h;
				my @h = split /\t/, $h; @c{@h} = 0 .. $#h;
				while (<$in>) {
					chomp; my @f = split /\t/, $_, -1;
					next if $f[$c{item_no}] == 0;
					my $key = "$f[$c{source}]:$f[$c{offset}]";
					(my $item = lc $f[$c{item}]) =~ s/[^a-z0-9]//g;
					push @{$by{$key}}, [$item, $f[$c{decision}], $f[$c{layout}], $f[$c{status}]];
				}
				return \%by;
			}
			sub alike { my ($a, $b) = @_; return 0 if length $a < 3 || length $b < 3;
				return index($a, $b) >= 0 || index($b, $a) >= 0 }
			my ($t, $g) = (rows($truth), rows($got));
			my ($n, $found, $exact, $wrong, $stray, $read) = (0, 0, 0, 0, 0, 0);
			for my $k (keys %$t) {
				my @want = grep { $_->[1] ne "" } @{$t->{$k}};
				my @have = @{$g->{$k} || []};
				$read++ if grep { $_->[3] ne "fallback" } @have;
				$n += @want;
				for my $w (@want) {
					$found++ if grep { $_->[1] eq $w->[1] && alike($_->[0], $w->[0]) } @have;
					$exact++ if grep { $_->[1] eq $w->[1] && $_->[0] eq $w->[0] } @have;
				}
				for my $h (grep { $_->[1] ne "" } @have) {
					my @same = grep { alike($_->[0], $h->[0]) } @want;
					if (!@same) { $stray++ }
					elsif (!grep { $_->[1] eq $h->[1] } @same) { $wrong++ }
				}
			}
			printf "%d %d %d %d %d %d\n", $n, $found, $exact, $wrong, $stray, $read;
		' "$TMP/truth.tsv" "$TMP/$mode.tsv" >"$TMP/fig"
		read -r n found exact wrong stray read <"$TMP/fig"
		pct=$(awk -v f="$found" -v n="$n" 'BEGIN { printf "%.1f", n ? 100 * f / n : 0 }')
		echo "# $name, headings $mode: $found of $n decisions found with their items ($pct%; $exact" \
			"of them with the item word for word)," \
			"$wrong with another decision, $stray not among the letters' items; $read letters read by a layout"
		ok "$(awk -v f="$found" -v n="$n" 'BEGIN { print (n > 0 && f >= 0.9 * n) ? 0 : 1 }')" \
			"$name, headings $mode: >= 90% of the decisions found"
		is "$wrong:$stray" "0:0" "$name, headings $mode: no wrong decision"
		is "$read" 0 "$name, headings $mode: every letter fell to the fallback"
	done
}

ls "$FIX"/*.txt "$FIX"/years/imr*.txt "$FIX"/years/mpr*.txt | grep -v junk >"$TMP/fixtures"
imr-split $(cat "$TMP/fixtures") >"$TMP/fixtures.split"
measure fixtures "$TMP/fixtures.split" -

if make -s -C "$TOP" bench/gen >"$TMP/make.log" 2>&1; then
	"$TOP/bench/gen" -s 11 -n 2000 | imr-split >"$TMP/gen.split"
	measure generated "$TMP/gen.split" -
else
	skip "generated letters" "bench/gen does not build"
fi

if have_shared; then
	imr-split "$SHARED"/seeds/*.txt "$SHARED"/corpus/real/layout/*.txt "$SHARED"/corpus/real/plain/*.txt \
		>"$TMP/real.split"
	# (each letter in corpus/real/plain is one of corpus/real/layout too)
	measure real "$TMP/real.split" "$(ls "$SHARED"/corpus/real/layout "$SHARED"/corpus/real/plain | grep '\.txt$' | sort | uniq -d | wc -l | tr -d ' ')"
else
	skip "real letters" "no $SHARED"
fi
done_testing
