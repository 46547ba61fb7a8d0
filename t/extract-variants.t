#!/bin/sh
# imr-extract on the real letters (../shared, skipped when absent) made over
# as the variants a converter can give: CRLF, CR alone, no blank lines,
# doubled blank lines, every line double-spaced after blank lines first,
# one paragraph per line or refilled to another width
# (labels broken over lines), page footers with form feeds (alone, or
# beside a case number, a date or a title, in capitals), ligatures, soft
# hyphens, zero-width spaces and a byte order mark, non-breaking spaces,
# upper and lower case (headings, or the whole letter), tabs, the whole
# letter on one line.  The fields must not change (but for their case, in a
# letter made all capitals or all lowercase).
. "$(dirname "$0")/lib.sh"
if ! have_shared; then
	skip "real letter variants" "no $SHARED"
	done_testing
	exit
fi
R=$SHARED/corpus/real
mkdir "$TMP/in"
variant() {  # variant NAME PERL-CODE: every letter rewritten by the code ($_ is the text)
	mkdir "$TMP/in/$1"
	perl -e '
		my ($dir, $code) = (shift, shift);
		local $/;
		for my $f (@ARGV) {
			open my $in, "<", $f or die "$f: $!";
			$_ = <$in>;
			eval $code; die $@ if $@;
			my ($d, $b) = $f =~ m{([^/]+)/([^/]+)$};
			open my $out, ">", "$dir/$d-$b" or die;
			print $out $_;
		}' "$TMP/in/$1" "$2" "$SHARED"/seeds/*.txt "$R"/layout/*.txt "$R"/plain/*.txt
}
variant orig ''
variant crlf 's/\n/\r\n/g'
variant cr 's/\n/\r/g'
variant noblank 's/\n[ \f]*(?=\n)//g'
variant doubleblank 's/\n([ \f]*)\n/\n$1\n\n/g'
variant leadblank '$_ = "\n \n\f\n\n" . $_; s/\n/\n\n/g'
variant reflow 'my @p = split /\n[ \f]*\n/; $_ = join("\n\n", map { join " ", split /\n/ } @p) . "\n"'
rewrap() {  # rewrap NAME WIDTH: every paragraph refilled to WIDTH columns
	variant $1 'use Text::Wrap; $Text::Wrap::columns = '"$2"'; $Text::Wrap::huge = "overflow";
		$_ = join("\n\n", map { wrap("", "", join " ", split /\n/) } split /\n[ \f]*\n/) . "\n"'
}
rewrap rewrap100 100
rewrap rewrap120 120
variant footers 'my $n = 0; s/\n/++$n % 37 == 0 ? "\n\n                    Page " . ($n \/ 37) . " of 9\n\f" : "\n"/ge'
variant casefooters 'my $n = 0; s/\n/++$n % 41 == 0 ? "\nCM16-0000001                    Page " . int($n \/ 41) . " of 9\n\f" : "\n"/ge'
variant datefooters 'my $n = 0; s/\n/++$n % 43 == 0 ? "\n  PAGE " . int($n \/ 43) . " OF 9       02\/14\/2017  \n" : "\n"/ge; s/\n/\r\n/g'
variant titlefooters 'my $n = 0; s/\n/++$n % 39 == 0 ? "\nIMR Final Determination    CM16-0000001    Page " . int($n \/ 39) . " of 99\n\f" : "\n"/ge'
variant dashfooters 'my $n = 0; s/\n/++$n % 31 == 0 ? "\n  CM16-0000001 - Page " .  int($n \/ 31) . " of 99 | 02\/14\/2017\n" : "\n"/ge'
variant ligatures 's/ffi/\xef\xac\x83/g; s/fi/\xef\xac\x81/g; s/fl/\xef\xac\x82/g'
variant invisible '$_ = "\xef\xbb\xbf$_"; s/(\w{4})(\w{4,})/$1\xc2\xad$2/g; s/(\w{3})(\w{5,})/$1\xe2\x80\x8b$2/g'
variant nbsp 's/: /:\xc2\xa0/g; s/(\d) (mg)/$1\xc2\xa0$2/g'
variant upper 's/: *(Upheld|Overturned)/": " . uc $1/ge'
variant lower 's/(HOW THE IMR FINAL DETERMINATION WAS MADE|CLINICAL CASE SUMMARY|IMR ISSUES, DECISIONS AND RATIONALES|Claims Administrator guideline:|MAXIMUS guideline:|Decision rationale:|Upheld|Overturned)/lc $1/ge'
variant tabs 's/ {4,}/\t/g'
variant oneline 's/\s*\n\s*/ /g; $_ .= "\n"'
variant allcaps '$_ = uc $_'
variant alllower '$_ = lc $_'

# (layout and plain texts of a case: imr-extract's warnings of the repeat set aside)
fields() { imr-split "$TMP/in/$1" | imr-extract 2>>"$TMP/repeats" | cut -f3-18 | sort; }
fields orig >"$TMP/want"
is "$(wc -l <"$TMP/want" | tr -d ' ')" 371 "the originals: 370 items"
for v in crlf cr noblank doubleblank leadblank reflow rewrap100 rewrap120 footers casefooters datefooters titlefooters dashfooters ligatures invisible nbsp upper lower tabs oneline; do
	fields $v >"$TMP/got"
	same_file "$TMP/got" "$TMP/want" "$v: the same fields"
done
fields orig | tr A-Z a-z | sort >"$TMP/want"
for v in allcaps alllower; do
	fields $v | tr A-Z a-z | sort >"$TMP/got"
	same_file "$TMP/got" "$TMP/want" "$v: the same fields, in another case"
done
done_testing
