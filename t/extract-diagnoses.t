#!/bin/sh
# imr-extract's diagnoses: each wording of t/fixtures/extract/dx-wordings.tsv
# (sentences written for the tests, put in the case summary of plain2016.txt)
# gives its list, entry by entry; then, on the real letters in ../shared (in
# both pdftotext layouts), the agreement with the blind labels of
# t/labels/letters.tsv, entry by entry, reported and held above a floor.
# Three sets of wordings were written blind (before the tool was run on
# them, by someone who had not read the parser or the sets before):
# dx-blind.tsv (first: 93 of 130 entries agreed) and dx-blind2.tsv (first:
# 136 of 190) then led to rules, so they are no longer blind; dx-blind3.tsv
# was held out and measured once, when the rules were done (147 of 154),
# and its misses then led to two rules more.  dx-blind4.tsv (80 rows, some
# 70 wordings each used about once: a set to stress the rules, not to
# mirror the letters) first agreed on 151 of 187 entries, 151 of 174
# found; its misses of kind led to rules.  dx-blind5.tsv (80 rows, the real
# summaries' wordings in their proportions) was held out, measured once when
# those rules were done: 175 of 188 entries agreed (93.1%), 175 of 179
# found (97.8%); one miss of kind then led to a rule ("..., right upper
# limb").  dx-blind6.tsv (80 rows, written the same way by another helper,
# told this project's conventions) was held out likewise and measured once:
# 158 of 168 agreed (94.0%), 158 of 163 found (96.9%); two misses of kind
# then led to rules (places after "and" before a qualifier; a series of
# sided places).  dx-blind7.tsv (80 rows, the real summaries' wordings in
# their proportions) was held out and measured once: 168 of 172 agreed
# (97.7%), 168 of 170 found (98.8%).  dx-blind8.tsv (80 rows, two thirds in
# kin wordings the 82 letters do not have: "is status post", "problem list
# includes", "diagnosis remains", an aside before the verb ...) first agreed
# on 128 of 166 (77.1%), 128 of 162 found (79.0%); its kinds then led to
# rules.  Of the misses left, most are its labeller's choices (a date kept
# in an entry; a past history read as diagnoses).  dx-blind9.tsv (80 rows,
# the real wordings) and dx-blind10.tsv (80 rows, two thirds kin wordings),
# by two more helpers, were held out until those rules were done and
# measured once: 147 of 159 agreed (92.5%; 95.5% found; one numbered list
# after "listed as:" made 5 of the 7 misses) and 129 of 163 (79.1%; 82.2%
# found); their kinds then led to rules.  dx-blind11.tsv (real wordings)
# and dx-blind12.tsv (kin wordings), by two more helpers, were held out
# until then and measured once: 170 of 178 agreed (95.5%; 97.7% found) and
# 145 of 174 (83.3%; 89.0% found); their kinds then led to rules.
# dx-blind13.tsv (real wordings) and dx-blind14.tsv (kin wordings) were
# held out likewise and measured once: 166 of 177 (93.8%; 96.5% found; 4
# of the misses a past history, which this project does not read as
# diagnoses) and 135 of 195 (69.2%; 75.0% found); their kinds then led to
# rules.  dx-blind15.tsv (real wordings) and dx-blind16.tsv (kin
# wordings) were the last round held out, measured once when those rules
# were done: 154 of 157 (98.1%; the 3 misses a past history) and 154 of
# 185 (83.2%; 87.5% found); three kinds then led to rules.  After a review
# of those rules (t/dx-units.c), dx-blind17.tsv (real wordings) and
# dx-blind18.tsv (kin wordings) were held out and measured once: 156 of 167
# (93.4%; 96.9% found) and 148 of 159 (93.1%; 94.3% found); three kinds
# then led to rules.  dx-blind19.tsv (real wordings) and dx-blind20.tsv
# (kin wordings), the last round, were held out likewise and measured once:
# 156 of 157 (99.4%; the one miss a past history) and 155 of 175 (88.6%;
# 90.1% found); three kinds then led to rules.  dx-blind21.tsv (real
# wordings) and dx-blind22.tsv (kin wordings), held out likewise, were
# measured once: 173 of 174 (99.4%; the one miss a past history) and 140
# of 154 (90.9%; 92.1% found); five kinds then led to rules.  In round 9,
# dx-blind23.tsv (real wordings) agreed on 169 of 176 (96.0%; 3 of the
# misses a past history) and dx-blind24.tsv, whose writer was asked for
# kin wordings beyond the examples of the brief, on 111 of 165 (67.3%;
# 69.4% found); their kinds then led to rules.  Round 10, written likewise:
# dx-blind25.tsv (real wordings) 167 of 171 (97.7%; one miss a past
# history) and dx-blind26.tsv (novel kin wordings) 110 of 159 (69.2%;
# 71.2% found); their kinds then led to rules.  Round 11: dx-blind27.tsv
# (real wordings) 169 of 169 (100%) and dx-blind28.tsv (novel kin
# wordings) 128 of 163 (78.5%; 79.0% found); their kinds then led to
# rules.  Round 12: dx-blind29.tsv (real wordings) 171 of 174 (98.3%) and
# dx-blind30.tsv (novel kin wordings) 127 of 166 (76.5%; 77.9% found);
# their kinds then led to rules.  Round 13, after a review of those rules,
# measured the result: dx-blind31.tsv (real wordings) 167 of 168 (99.4%;
# the miss a past history) and dx-blind32.tsv (novel kin wordings) 115 of
# 145 (79.3%; 81.6% found); its kinds led to rules in the next session.
# Round 14, met by those rules: dx-blind33.tsv (real wordings) 163 of 166
# (98.2%; 99.4% found) and dx-blind34.tsv (novel kin wordings) 138 of 181
# (76.2%; 78.0% found); their kinds then led to rules.  Round 15, met by
# those: dx-blind35.tsv (real wordings) 166 of 166 (100%) and
# dx-blind36.tsv (novel kin wordings) 130 of 165 (78.8%; 81.1% found);
# then a review's fixes.  Round 16, measured at aa8f8db, the session's
# last rules: dx-blind37.tsv (real wordings) 156 of 158 (98.7%; 99.4%
# found) and dx-blind38.tsv (novel kin wordings) 123 of 166 (74.1%;
# 75.3% found).  Round 17, met by the rules that read a medical history
# after the lists: dx-blind39.tsv (real wordings) 181 of 183 (98.9%) and
# dx-blind40.tsv (novel kin wordings) 109 of 151 (72.2%; 75.0% found).
# Round 18, met by 0e1a37d's rules: dx-blind41.tsv (real wordings) 172 of
# 172 (100%) and dx-blind42.tsv (novel kin wordings) 127 of 175 (72.6%;
# 77.4% found).  Round 19, met by 80f5007's rules (after a review's
# fixes): dx-blind43.tsv (real wordings) 170 of 175 (97.1%; 98.8% found)
# and dx-blind44.tsv (novel kin wordings) 143 of 182 (78.6%; 81.7%
# found).  Round 20, met by 67a59bd's rules: dx-blind45.tsv (real
# wordings) 161 of 163 (98.8%) and dx-blind46.tsv (novel kin wordings)
# 139 of 159 (87.4%; 89.7% found).  Round 21, a measure of the
# session's last rules (18baaca), none made from it: dx-blind47.tsv (real
# wordings) 167 of 167 (100%) and dx-blind48.tsv (novel kin wordings) 131
# of 164 (79.9%; 80.9% found).  Round 22, two novel kin sets met by
# 5798caa's rules: dx-blind49.tsv 152 of 165 (92.1%; 93.3% found) and
# dx-blind50.tsv 146 of 175 (83.4%; 85.4% found).  Round 23, met by
# 1800b95's rules: dx-blind51.tsv (real wordings) 169 of 169 (100%) and
# dx-blind52.tsv (novel kin wordings) 137 of 153 (89.5%).  Round 24, met
# by c7f42e7's rules: dx-blind53.tsv (real wordings) 177 of 182 (97.3%)
# and dx-blind54.tsv (novel kin wordings) 138 of 164 (84.1%).  Round 25,
# met by ef05f3c's rules: dx-blind55.tsv (real wordings) 168 of 168
# (100%) and dx-blind56.tsv (novel kin wordings) 144 of 168 (85.7%).
# None of the fifty-six is blind now.
# New blind rows go in a new file.
. "$(dirname "$0")/lib.sh"
FIX=$T_DIR/fixtures/extract
WORDINGS=$FIX/dx-wordings.tsv

# dx_letters TSV PREFIX: one letter per wording of TSV, the summary's
# diagnoses sentence replaced, written to $TMP/PREFIX001.txt ...
dx_letters() {
	n=0
	tail -n +2 "$1" | while IFS='	' read -r name sentence want; do
		n=$((n + 1))
		SENTENCE=$sentence perl -0pe 's/The diagnoses include right carpal tunnel syndrome, lumbar\nstrain, and poor sleep\./$ENV{SENTENCE}/' \
			"$FIX/plain2016.txt" >"$TMP/$2$(printf %03d $n).txt"
	done
}
dx_letters "$WORDINGS" dx
# (every letter has plain2016.txt's case number: all but the first are
# warned of as met before)
imr-split "$TMP"/dx*.txt >"$TMP/dx.split"
imr-extract --letters <"$TMP/dx.split" >"$TMP/dx.out" 2>"$TMP/dx.err"
rc=$?
cases_again "$rc" "$TMP/dx.err" "$(($(tail -n +2 "$WORDINGS" | wc -l) - 1))" \
	"wordings: exit 0, the letters after the first warned of as met before"
column diagnoses <"$TMP/dx.out" >"$TMP/got"
tail -n +2 "$WORDINGS" | cut -f3 >"$TMP/want"
tail -n +2 "$WORDINGS" | cut -f1 >"$TMP/names"
is "$(wc -l <"$TMP/got" | tr -d ' ')" "$(wc -l <"$TMP/want" | tr -d ' ')" "one letter per wording"
i=0
while IFS= read -r name; do
	i=$((i + 1))
	is "$(sed -n "${i}p" "$TMP/got")" "$(sed -n "${i}p" "$TMP/want")" "wording: $name"
done <"$TMP/names"

# --no-diagnoses: the column empty, every other one as it was
imr-extract --letters --no-diagnoses <"$TMP/dx.split" >"$TMP/nodx.out" 2>/dev/null
is "$(column diagnoses <"$TMP/nodx.out" | sort -u)" "" "--no-diagnoses: the column is there, empty"
is "$(cut -f1-15,17- "$TMP/nodx.out" | md5sum)" "$(cut -f1-15,17- "$TMP/dx.out" | md5sum)" \
	"--no-diagnoses: the other columns as with them"

# on item rows too, with -d: the letter's list, on each
imr-split "$FIX/plain2016.txt" | imr-extract -d >"$TMP/items"
is "$(column diagnoses <"$TMP/items" | sort -u)" "right carpal tunnel syndrome;lumbar strain;poor sleep" \
	"item rows: the letter's diagnoses on each"
# without -d, item rows leave them empty and are otherwise the same; the
# last of -d and --no-diagnoses counts
imr-extract -d <"$TMP/dx.split" >"$TMP/dx-items.out" 2>/dev/null
imr-extract <"$TMP/dx.split" >"$TMP/plain-items.out" 2>/dev/null
is "$(column diagnoses <"$TMP/plain-items.out" | sort -u)" "" "item rows without -d: the column is there, empty"
is "$(awk -F'\t' 'NR > 1 { print $1 "\t" $24 }' "$TMP/dx-items.out" | sort -u | md5sum)" \
	"$(awk -F'\t' 'NR > 1 { print $1 "\t" $16 }' "$TMP/dx.out" | sort -u | md5sum)" \
	"item rows with -d: each letter's diagnoses as --letters reads them"
is "$(cut -f1-23,25- "$TMP/plain-items.out" | md5sum)" "$(cut -f1-23,25- "$TMP/dx-items.out" | md5sum)" \
	"item rows without -d: the other columns as with it"
is "$(imr-extract -d --no-diagnoses <"$TMP/dx.split" 2>/dev/null | md5sum)" "$(md5sum <"$TMP/plain-items.out")" \
	"-d then --no-diagnoses: none"
is "$(imr-extract --no-diagnoses -d <"$TMP/dx.split" 2>/dev/null | md5sum)" "$(md5sum <"$TMP/dx-items.out")" \
	"--no-diagnoses then -d: read"

# dx_blind TSV PREFIX FLOOR: a blind set's agreement entry by entry
# (t/agree.pl: a missed entry and an extra one both count against), held at
# FLOOR% or more, and the share of expected entries found, reported
dx_blind() {
	set=$(basename "$1" .tsv)
	dx_letters "$1" "$2"
	imr-split "$TMP/$2"*.txt | imr-extract --letters 2>"$TMP/$2.err" >"$TMP/$2.out"
	rc=$?
	cases_again "$rc" "$TMP/$2.err" "$(($(tail -n +2 "$1" | wc -l) - 1))" \
		"$set: exit 0, the letters after the first warned of as met before"
	# (keyed by row: a wording's name may repeat)
	{ printf 'wording\tdiagnoses\n'; tail -n +2 "$1" | cut -f1,3 | awk '{ print NR ": " $0 }'; } >"$TMP/$2.want"
	column diagnoses <"$TMP/$2.out" >"$TMP/$2.got"
	{ printf 'wording\tdiagnoses\n'; tail -n +2 "$1" | cut -f1 | awk '{ print NR ": " $0 }' | paste - "$TMP/$2.got"; } >"$TMP/$2.have"
	is "$(wc -l <"$TMP/$2.got" | tr -d ' ')" "$(tail -n +2 "$1" | wc -l | tr -d ' ')" "$set: one letter per wording"
	perl "$T_DIR/agree.pl" -v "$TMP/$2.want" "$TMP/$2.have" wording diagnoses:entries 2>"$TMP/$2.why" >"$TMP/$2.agree"
	agreement "$set" entries diagnoses="$3" <"$TMP/$2.agree"
	# found: an expected entry the tool has too (case and ends aside), extras not counted
	tail -n +2 "$1" | cut -f3 | paste - "$TMP/$2.got" | SET=$set perl -F'\t' -lne '
		sub n { my $s = lc shift; $s =~ s/^\s+|\s+$//g; $s =~ s/^(?:the|an?|and)\s+//; $s =~ s/[.,;:]+$//; $s }
		my %have; $have{n($_)}++ for grep { n($_) ne "" } split /;/, $F[1] // "";
		for (grep { n($_) ne "" } split /;/, $F[0] // "") { $want++; $found++ if $have{n($_)}-- > 0 }
		END { printf "# %s: %d of %d expected entries found (%d%%)\n", $ENV{SET}, $found, $want, 100 * $found / $want }'
	sed "s/^/# $set: /" "$TMP/$2.why"
}
# (floors a few points under the figures measured)
dx_blind "$FIX/dx-blind.tsv" bx 95
dx_blind "$FIX/dx-blind2.tsv" by 94
dx_blind "$FIX/dx-blind3.tsv" bz 96   # (held out, first run: 147 of 154 agreed, 147 of 151 found)
dx_blind "$FIX/dx-blind4.tsv" bw 90   # (first run: 151 of 187 agreed, 151 of 174 found)
dx_blind "$FIX/dx-blind5.tsv" bv 94   # (held out, first run: 175 of 188 agreed, 175 of 179 found)
dx_blind "$FIX/dx-blind6.tsv" bu 95   # (held out, first run: 158 of 168 agreed, 158 of 163 found)
dx_blind "$FIX/dx-blind7.tsv" bt 97   # (held out, first run: 168 of 172 agreed, 168 of 170 found)
dx_blind "$FIX/dx-blind8.tsv" bs 89   # (first run: 128 of 166 agreed, 128 of 162 found)
dx_blind "$FIX/dx-blind9.tsv" br 97   # (held out, first run: 147 of 159 agreed, 147 of 154 found)
dx_blind "$FIX/dx-blind10.tsv" bq 88   # (held out, first run: 129 of 163 agreed, 129 of 157 found)
dx_blind "$FIX/dx-blind11.tsv" bp 95   # (held out, first run: 170 of 178 agreed, 170 of 174 found)
dx_blind "$FIX/dx-blind12.tsv" bo 92   # (held out, first run: 145 of 174 agreed, 145 of 163 found)
dx_blind "$FIX/dx-blind13.tsv" bn 95   # (held out, first run: 166 of 177 agreed, 166 of 172 found)
dx_blind "$FIX/dx-blind14.tsv" bm 86   # (held out, first run: 135 of 195 agreed, 135 of 180 found)
dx_blind "$FIX/dx-blind15.tsv" bl 96   # (held out, first run: 154 of 157 agreed, 154 of 157 found)
dx_blind "$FIX/dx-blind16.tsv" bk 84   # (held out, first run: 154 of 185 agreed, 154 of 176 found)
dx_blind "$FIX/dx-blind17.tsv" bj 93   # (held out, first run: 156 of 167 agreed, 156 of 161 found)
dx_blind "$FIX/dx-blind18.tsv" bi 92   # (held out, first run: 148 of 159 agreed, 148 of 157 found)
dx_blind "$FIX/dx-blind19.tsv" bh 97   # (held out, first run: 156 of 157 agreed, 156 of 157 found)
dx_blind "$FIX/dx-blind20.tsv" bg 92   # (held out, first run: 155 of 175 agreed, 155 of 172 found)
dx_blind "$FIX/dx-blind21.tsv" bf 97   # (held out, first run: 173 of 174 agreed, 173 of 174 found)
dx_blind "$FIX/dx-blind22.tsv" be 96   # (held out, first run: 140 of 154 agreed, 140 of 152 found)
dx_blind "$FIX/dx-blind23.tsv" bd 95   # (held out, first run: 169 of 176 agreed, 169 of 174 found)
dx_blind "$FIX/dx-blind24.tsv" bc 78   # (held out, first run: 111 of 165 agreed, 111 of 160 found)
dx_blind "$FIX/dx-blind25.tsv" bb 95   # (held out, first run: 167 of 171 agreed, 167 of 170 found)
dx_blind "$FIX/dx-blind26.tsv" ba 77   # (held out, first run: 110 of 159 agreed, 109 of 153 found)
dx_blind "$FIX/dx-blind27.tsv" az 97   # (held out, first run: 169 of 169 agreed, 169 of 169 found)
dx_blind "$FIX/dx-blind28.tsv" ay 86   # (held out, first run: 128 of 163 agreed, 128 of 162 found)
dx_blind "$FIX/dx-blind29.tsv" ax 96   # (held out, first run: 171 of 174 agreed, 171 of 172 found)
dx_blind "$FIX/dx-blind30.tsv" aw 84   # (held out, first run: 127 of 166 agreed, 127 of 163 found)
dx_blind "$FIX/dx-blind31.tsv" av 97   # (held out, first run: 167 of 168 agreed, 167 of 168 found)
dx_blind "$FIX/dx-blind32.tsv" au 83   # (held out, first run: 115 of 145 agreed, 115 of 141 found)
dx_blind "$FIX/dx-blind33.tsv" at 97   # (held out, first run: 163 of 166 agreed, 163 of 164 found)
dx_blind "$FIX/dx-blind34.tsv" as 87   # (held out, first run: 138 of 181 agreed, 138 of 177 found)
dx_blind "$FIX/dx-blind35.tsv" ar 97   # (held out, first run: 166 of 166 agreed, 166 of 166 found)
dx_blind "$FIX/dx-blind36.tsv" aq 86   # (held out, first run: 130 of 165 agreed, 129 of 159 found)
dx_blind "$FIX/dx-blind37.tsv" ap 96   # (held out, first run: 156 of 158 agreed, 156 of 157 found)
dx_blind "$FIX/dx-blind38.tsv" ao 73   # (held out, first run: 123 of 166 agreed, 122 of 162 found)
dx_blind "$FIX/dx-blind39.tsv" an 97   # (held out, first run: 181 of 183 agreed, 181 of 183 found)
dx_blind "$FIX/dx-blind40.tsv" am 76   # (held out, first run: 109 of 151 agreed, 108 of 144 found)
dx_blind "$FIX/dx-blind41.tsv" al 97   # (held out, first run: 172 of 172 agreed, 172 of 172 found)
dx_blind "$FIX/dx-blind42.tsv" ak 73   # (held out, first run: 127 of 175 agreed, 127 of 164 found)
dx_blind "$FIX/dx-blind43.tsv" aj 96   # (held out, first run: 170 of 175 agreed, 170 of 172 found)
dx_blind "$FIX/dx-blind44.tsv" ai 84   # (held out, first run: 143 of 182 agreed, 143 of 175 found)
dx_blind "$FIX/dx-blind45.tsv" ah 97   # (held out, first run: 161 of 163 agreed, 161 of 162 found)
dx_blind "$FIX/dx-blind46.tsv" ag 86   # (held out, first run: 139 of 159 agreed, 139 of 155 found)
dx_blind "$FIX/dx-blind47.tsv" af 97   # (held out, first run: 167 of 167 agreed, 167 of 167 found)
dx_blind "$FIX/dx-blind48.tsv" ae 78   # (held out, first run: 131 of 164 agreed, 131 of 162 found)
dx_blind "$FIX/dx-blind49.tsv" ad 90   # (held out, first run: 152 of 165 agreed, 152 of 163 found)
dx_blind "$FIX/dx-blind50.tsv" ac 81   # (held out, first run: 146 of 175 agreed, 146 of 171 found)
dx_blind "$FIX/dx-blind51.tsv" ab 97   # (held out, first run: 169 of 169 agreed, 169 of 169 found)
dx_blind "$FIX/dx-blind52.tsv" aa 86   # (held out, first run: 137 of 153 agreed, 137 of 153 found)
dx_blind "$FIX/dx-blind53.tsv" ca 95   # (held out, first run: 177 of 182 agreed, 177 of 179 found)
dx_blind "$FIX/dx-blind54.tsv" cb 82   # (held out, first run: 138 of 164 agreed, 138 of 160 found)
dx_blind "$FIX/dx-blind55.tsv" cc 97   # (held out, first run: 168 of 168 agreed, 168 of 168 found)
dx_blind "$FIX/dx-blind56.tsv" cd 83   # (held out, first run: 144 of 168 agreed, 144 of 160 found)

# the real letters against the blind labels
if ! have_shared; then
	skip "real letters" "no $SHARED"
	done_testing
	exit
fi
for m in layout plain; do
	imr-split "$SHARED"/corpus/real/$m/*.txt | imr-extract --letters | imr-normalize >"$TMP/$m.tsv"
	perl "$T_DIR/agree.pl" "$T_DIR/labels/letters.tsv" "$TMP/$m.tsv" case_number \
		diagnoses:entries dx_group:aligned:diagnoses >"$TMP/$m.agree"
	# (92: two letters' "Other history included X" are read, as every
	# blind set labels such a history; the letters' labels left it out)
	agreement "$m" entries diagnoses=92 dx_group=95 <"$TMP/$m.agree"
	# no entry is a sentence: none long, none with a verb of narration
	long=$(column diagnoses <"$TMP/$m.tsv" | tr ';' '\n' | awk 'length > 120' | wc -l | tr -d ' ')
	is "$long" 0 "$m: no diagnosis entry longer than 120 bytes"
	said=$(column diagnoses <"$TMP/$m.tsv" | tr ';' '\n' |
		grep -c -i -E '(^| )(was|were|is|are|dated|reported|noted|on [0-9])( |$)')
	is "$said" 0 "$m: no diagnosis entry holds a clause (was, dated, reported ...)"
	have=$(column diagnoses <"$TMP/$m.tsv" | grep -c .)
	ok "$([ "$have" -ge 78 ]; echo $?)" "$m: diagnoses for $have of 82 letters (>= 78)"
done
done_testing
