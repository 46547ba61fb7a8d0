#!/bin/sh
# Bad input, round two (issue 32), for imr-tabulate and imr-normalize:
# each case with its exact stderr (t/badinput/NAME.err) and exit code.
. "$(dirname "$0")/lib.sh"
. "$T_DIR/badinput.sh"
W=$TMP/w

# --- 8. --merge trusts no count
printf 'g:decision\tn\tr:decision=Upheld\nUpheld\t18446744073709551615\t18446744073709551615\n' >"$W/max.p"
printf 'g:decision\tn\tr:decision=Upheld\nUpheld\t2\t2\n' >"$W/two.p"
bad tabulate-merge-wrap 1 imr-tabulate --merge max.p two.p
bad tabulate-merge-max 0 imr-tabulate --merge max.p
is "$(column n <"$W/tabulate-merge-max.out")" 18446744073709551615 "tabulate-merge-max: 2^64-1 itself is a count"
printf 'g:decision\tn\tr:decision=Upheld\nUpheld\t2\t3\n' >"$W/hits.p"
bad tabulate-merge-hits 1 imr-tabulate --merge hits.p
printf 'n\ts:x:count\ts:x:sum\ts:x:min\ts:x:max\n1\t5\t10\t1\t3\n' >"$W/count.p"
bad tabulate-merge-count 1 imr-tabulate --merge count.p

# --- 10. exact sums: past the doubles on the way is no overflow
printf 'x\n1e308\n1e308\n-1e308\n' >"$W/big.tsv"
bad tabulate-sum-past-max 0 imr-tabulate -s x big.tsv
is "$(column sum <"$W/tabulate-sum-past-max.out")" 1e+308 "tabulate-sum-past-max: 1e308+1e308-1e308 = 1e308"
printf 'x\n1e308\n1e308\n' >"$W/over.tsv"
bad tabulate-sum-overflow 1 imr-tabulate -s x over.tsv
is "$(records "$W/tabulate-sum-overflow.out")" 0 "tabulate-sum-overflow: no row with inf"
# the same through --partial and --merge, split across partials
printf 'x\n1e308\n1e308\n' | imr-tabulate --partial -s x >"$W/p1.p"
printf 'x\n-1e308\n-1e308\n1e308\n' | imr-tabulate --partial -s x >"$W/p2.p"
bad tabulate-merge-past-max 0 imr-tabulate --merge p1.p p2.p
is "$(column sum <"$W/tabulate-merge-past-max.out")" 1e+308 "tabulate-merge-past-max: the partials' exact sum"
# integers past 2^53: said, not rounded silently
printf 'x\n9007199254740993\n1\n9007199254740992\n18446744073709551617\n' >"$W/int.tsv"
bad tabulate-sum-2p53 0 imr-tabulate -s x int.tsv
# binary input: the first bad rows said, the rest counted
{ printf 'a\tb\n'; i=0; while [ $i -lt 40 ]; do printf 'x\n'; i=$((i + 1)); done; } >"$W/ragged40.tsv"
bad tabulate-many-bad-rows 1 imr-tabulate -g a ragged40.tsv
# control characters in the formats for people
printf 'a\tn\nx\033[31mred\t1\nplain\t2\n\302\233y\t3\n' >"$W/esc.tsv"
for f in table md bars; do
	bad "tabulate-controls-$f" 0 env COLUMNS=60 imr-tabulate -g a --format $f esc.tsv
	if LC_ALL=C grep -q "$(printf '\033')" "$W/tabulate-controls-$f.out"; then ok 1 "tabulate-controls-$f: no ESC out"
	else ok 0 "tabulate-controls-$f: no ESC out"; fi
	is "$(grep -c 'x\\x1b\[31mred' "$W/tabulate-controls-$f.out")" 1 "tabulate-controls-$f: shown as \\xNN"
done
bad tabulate-controls-tsv 0 imr-tabulate -g a esc.tsv
is "$(grep -c "$(printf '\033')" "$W/tabulate-controls-tsv.out")" 1 "tabulate-controls-tsv: TSV as read"

# --- 10. a lexicon's numbers are numbers
printf 'name\tgeneric\tclass\tform\tmme_factor\tmme_part\nFoo\tfoo\tOpioids\ttablet\t1.5\t1\nBar\tbar\tOpioids\ttablet\tabc\t1\n' >"$W/lex.tsv"
printf 'doc_id\titem\nd1\tFoo 10mg\n' >"$W/items.tsv"
bad normalize-lexicon-mme 1 imr-normalize --lexicon lex.tsv items.tsv
printf 'name\tgeneric\tclass\tform\tmme_factor\tmme_part\nBar\tbar\tOpioids\ttablet\t2\tx\n' >"$W/lex2.tsv"
bad normalize-lexicon-part 1 imr-normalize --lexicon lex2.tsv items.tsv
printf 'name\tgeneric\tclass\tform\tmme_factor\tmme_part\nFoo\tfoo\tOpioids\ttablet\t1.5\t2\n' >"$W/lex3.tsv"
bad normalize-lexicon-ok 0 imr-normalize --lexicon lex3.tsv items.tsv

done_testing
