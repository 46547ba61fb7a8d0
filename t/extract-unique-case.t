#!/bin/sh
# imr-extract and a case met twice (downloaded twice, in both text modes,
# as text and PDF): a warning naming both sources; --unique-case keeps the
# first letter of each case number and says how many it dropped.
. "$(dirname "$0")/lib.sh"
F=$T_DIR/fixtures/split
cd "$TMP" || exit 1
cp "$F"/a-2016.txt "$F"/b-2014.txt "$F"/c-2013.txt .
cp a-2016.txt again.txt
imr-split a-2016.txt b-2014.txt again.txt c-2013.txt again.txt >s.tsv
run imr-extract --letters s.tsv
is "$rc" 0 "duplicates: exit 0"
is "$err" "imr-extract: s.tsv:4: case CM16-0000001 again, in again.txt (first in a-2016.txt); --unique-case keeps the first only
imr-extract: s.tsv:6: case CM16-0000001 again, in again.txt (first in a-2016.txt); --unique-case keeps the first only" \
	"duplicates: a warning for each, naming both sources"
is "$(printf '%s\n' "$out" | column source | tr '\n' ' ')" "a-2016.txt b-2014.txt again.txt c-2013.txt again.txt " "duplicates: every letter still out"
run imr-extract --letters --unique-case s.tsv
is "$rc:$err" "0:imr-extract: 2 letters dropped: case number met before (--unique-case)" "--unique-case: the count dropped"
is "$(printf '%s\n' "$out" | column source | tr '\n' ' ')" "a-2016.txt b-2014.txt c-2013.txt " "--unique-case: the first of each case kept"
run imr-extract --unique-case s.tsv
is "$(printf '%s\n' "$out" | column source | sort -u | tr '\n' ' ')" "a-2016.txt b-2014.txt c-2013.txt " "--unique-case: per item rows too"
# no case number (unknown) is no duplicate; no source column: the row named
printf 'doc_id\ttext\n1\tHello\n2\tHello\n' >nocase.tsv
run imr-extract nocase.tsv
is "$rc:$err" "0:" "unknown case numbers: no warning"
cut -f1,5 s.tsv >nosource.tsv
run imr-extract nosource.tsv
is "$(printf '%s\n' "$err" | head -1)" "imr-extract: nosource.tsv:4: case CM16-0000001 again, in nosource.tsv:4 (first in nosource.tsv:2); --unique-case keeps the first only" \
	"no source column: the rows named"
done_testing
