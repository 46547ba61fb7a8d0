#!/bin/sh
# t/gen.t: the benchmark's corpus generator is deterministic, and what it
# writes is letters the tools can split.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
if ! make -s bench/gen >"$TMP/make.log" 2>&1; then
	skip "bench/gen" "does not build: $(head -1 "$TMP/make.log")"
	done_testing; exit
fi
G=bench/gen

$G -s 42 -b 300000 > "$TMP/a"; ok $? "gen writes 300 kB"
$G -s 42 -b 300000 > "$TMP/b"
same_file "$TMP/b" "$TMP/a" "same seed and size, same bytes"
size=$(wc -c < "$TMP/a" | tr -d ' ')
ok $([ "$size" -ge 300000 ] && [ "$size" -lt 340000 ] && echo 0 || echo 1) "size just over what was asked ($size)"
$G -s 43 -b 300000 > "$TMP/c"
ok $(cmp -s "$TMP/a" "$TMP/c" && echo 1 || echo 0) "another seed, other bytes"
is "$(cksum < "$TMP/a" | cut -d' ' -f1)" "$(cksum < "$TMP/b" | cut -d' ' -f1)" "checksum stable"

# -n letters to files: the same letters as the stream, one per file
$G -s 42 -n 60 > "$TMP/stream"
$G -s 42 -n 60 -d "$TMP/d" -k 1
is "$(ls "$TMP/d" | wc -l | tr -d ' ')" 60 "-d -k 1 writes one file per letter"
cat "$TMP"/d/*.txt > "$TMP/cat"
same_file "$TMP/cat" "$TMP/stream" "the files concatenated are the stream"
$G -s 42 -n 60 -d "$TMP/d7" -k 7
is "$(ls "$TMP/d7" | wc -l | tr -d ' ')" 9 "-k 7 puts 7 letters a file"

# all four layouts, form feeds, CRLF somewhere
for pat in '^ HOW THE IMR FINAL DETERMINATION WAS MADE' '^Case Number: *CM1' '^Case Number:$' '^MAXIMUS FEDERAL SERVICES, INC\.'; do
	ok $(grep -aq "$pat" "$TMP/a" && echo 0 || echo 1) "layout present: $pat"
done
ok $(tr -cd '\f' < "$TMP/a" | wc -c | awk '{ exit !($1 > 10) }'; echo $?) "form feeds between pages"
ok $(grep -aq "$(printf '\r')\$" "$TMP/a" && echo 0 || echo 1) "some letters have CRLF"

# -t writes the answer key without changing the letters
$G -s 42 -n 60 -t "$TMP/truth.tsv" > "$TMP/stream_t"
same_file "$TMP/stream_t" "$TMP/stream" "-t leaves the letters as they were"
is "$(head -1 "$TMP/truth.tsv")" "$(printf 'letter\tlayout\tcase_number\titem_no\titem\tdecision')" "-t header"
is "$(tail -n +2 "$TMP/truth.tsv" | cut -f1 | sort -u | wc -l | tr -d ' ')" 60 "-t: items of all 60 letters"

# imr-split finds every letter and the round trip holds
n=$($G -s 42 -n 60 | imr-split | tail -n +2 | wc -l | tr -d ' ')
is "$(imr-split "$TMP"/d/*.txt | tail -n +2 | wc -l | tr -d ' ')" 60 "imr-split: one record per file"
imr-split "$TMP/stream" | tail -n +2 | cut -f5 | perl -pe chomp | unescape > "$TMP/rt"
same_file "$TMP/rt" "$TMP/stream" "round trip of the generated stream"
T_N=$((T_N + 1))
if [ "$n" = 60 ]; then echo "ok $T_N - imr-split finds all 60 letters in the stream"
else echo "not ok $T_N - imr-split finds all 60 letters in the stream (got $n)"; fi

done_testing
