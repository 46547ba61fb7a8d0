#!/bin/sh
# imr-tabulate --format tsv, table, md, bars on a small input, exactly.
. "$(dirname "$0")/lib.sh"
printf 'decision\tcategory\tmme\nupheld\tpharmacy\t90\nupheld\tpharmacy\t120.5\noverturned\tpharmacy\t\nupheld\tphysical therapy\t\noverturned\tDME | devices\t30\nupheld\t\t\nupheld\tpharmacy\t45\n' >"$TMP/in.tsv"
set -- -g category -r decision=upheld -s mme --total

imr-tabulate "$@" "$TMP/in.tsv" >"$TMP/got"
cat >"$TMP/want" <<'END'
category	n	upheld	rate	ci_low	ci_high	mme:n	sum	mean	min	max
pharmacy	4	3	0.750000	0.300642	0.954413	3	255.5	85.1666666667	45	120.5
	1	1	1.000000	0.206549	1.000000	0	0			
DME | devices	1	0	0.000000	0.000000	0.793451	1	30	30	30	30
physical therapy	1	1	1.000000	0.206549	1.000000	0	0			
(total)	7	5	0.714286	0.358934	0.917781	4	285.5	71.375	30	120.5
END
same_file "$TMP/got" "$TMP/want" "tsv (the default)"
imr-tabulate --format tsv "$@" "$TMP/in.tsv" >"$TMP/got2"
same_file "$TMP/got2" "$TMP/got" "--format tsv"

imr-tabulate --format table "$@" "$TMP/in.tsv" >"$TMP/got"
cat >"$TMP/want" <<'END'
category          n  upheld      rate    ci_low   ci_high  mme:n    sum           mean  min    max
pharmacy          4       3  0.750000  0.300642  0.954413      3  255.5  85.1666666667   45  120.5
(unknown)         1       1  1.000000  0.206549  1.000000      0      0
DME | devices     1       0  0.000000  0.000000  0.793451      1     30             30   30     30
physical therapy  1       1  1.000000  0.206549  1.000000      0      0
(total)           7       5  0.714286  0.358934  0.917781      4  285.5         71.375   30  120.5
END
same_file "$TMP/got" "$TMP/want" "--format table: aligned, no trailing blanks"

imr-tabulate --format md "$@" "$TMP/in.tsv" >"$TMP/got"
cat >"$TMP/want" <<'END'
| category | n | upheld | rate | ci_low | ci_high | mme:n | sum | mean | min | max |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| pharmacy | 4 | 3 | 0.750000 | 0.300642 | 0.954413 | 3 | 255.5 | 85.1666666667 | 45 | 120.5 |
| (unknown) | 1 | 1 | 1.000000 | 0.206549 | 1.000000 | 0 | 0 |  |  |  |
| DME \| devices | 1 | 0 | 0.000000 | 0.000000 | 0.793451 | 1 | 30 | 30 | 30 | 30 |
| physical therapy | 1 | 1 | 1.000000 | 0.206549 | 1.000000 | 0 | 0 |  |  |  |
| (total) | 7 | 5 | 0.714286 | 0.358934 | 0.917781 | 4 | 285.5 | 71.375 | 30 | 120.5 |
END
same_file "$TMP/got" "$TMP/want" "--format md"

COLUMNS=64 imr-tabulate --format bars -g category -r decision=upheld --total "$TMP/in.tsv" >"$TMP/got"
cat >"$TMP/want" <<'END'
pharmacy          ██████████████▎      75.0% [30.1, 95.4] of 4
(unknown)         ███████████████████  100.0% [20.7, 100.0] of 1
DME | devices                          0.0% [0.0, 79.3] of 1
physical therapy  ███████████████████  100.0% [20.7, 100.0] of 1
(total)           █████████████▋       71.4% [35.9, 91.8] of 7
END
same_file "$TMP/got" "$TMP/want" "--format bars: the rate, in \$COLUMNS"

COLUMNS=40 imr-tabulate --format bars -g category "$TMP/in.tsv" >"$TMP/got"
cat >"$TMP/want" <<'END'
pharmacy       ██████████████████████  4
(unknown)      █████▌                  1
DME | devices  █████▌                  1
physical the…  █████▌                  1
END
same_file "$TMP/got" "$TMP/want" "--format bars without -r: n; long labels cut"

(unset COLUMNS; imr-tabulate --format bars -g category "$TMP/in.tsv") >"$TMP/got"
is "$(perl -CS -ne 'chomp; $m = length if length > ($m // 0); END { print $m }' <"$TMP/got")" 80 \
	"--format bars: 80 columns when not a terminal"

imr-tabulate --format table "$TMP/in.tsv" >"$TMP/got"
printf 'n\n7\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "--format table without groups"
COLUMNS=30 imr-tabulate --format bars "$TMP/in.tsv" >"$TMP/got"
printf '(all)  ████████████████████  7\n' >"$TMP/want"
same_file "$TMP/got" "$TMP/want" "--format bars without groups"

done_testing
