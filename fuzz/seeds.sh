#!/bin/sh
# fuzz/seeds.sh TARGET DIR: write seed inputs for one fuzz target into DIR,
# made only of the project's own files (t/fixtures, examples/).
set -eu
t=$1; mkdir -p "$2"; d=$(cd "$2" && pwd)
F=t/fixtures/split
tmp=$(mktemp -d "${TMPDIR:-/tmp}/imrkit-seeds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
texts=$(ls $F/*.txt examples/letters/*.txt 2>/dev/null | head -20)
cat $F/*.txt >"$tmp/all.txt"
case $t in
archive)
	for f in $texts; do cp "$f" "$d/plain-$(basename "$f")"; done
	gzip -c "$tmp/all.txt" >"$d/one.gz"
	for f in $F/*.txt; do gzip -c "$f"; done >"$d/multi.gz"
	head -c 300 "$d/one.gz" >"$d/trunc.gz"
	mkdir -p "$tmp/m/sub"; cp $F/*.txt "$tmp/m/sub/"
	long=$(printf 'L%.0s' $(seq 1 110)).txt
	cp $F/b-2014.txt "$tmp/m/sub/$long"
	(cd "$tmp/m" && tar --format=ustar -cf "$d/ustar.tar" sub/a-2016.txt sub/b-2014.txt)
	(cd "$tmp/m" && tar --format=pax -cf "$d/pax.tar" "sub/$long")
	(cd "$tmp/m" && tar --format=gnu -cf "$d/gnu.tar" "sub/$long" sub/c-2013.txt)
	(cd "$tmp/m" && tar --format=gnu -czf "$d/gnu.tar.gz" sub/c-2013.txt)
	[ -f examples/letters.tar.gz ] && cp examples/letters.tar.gz "$d/examples.tar.gz"
	:
	;;
zip)
	for o in 'Method => 0' 'Method => 8' 'Zip64 => 1' 'Stream => 1' 'Stream => 1, Method => 0'; do
		n=$(echo "$o" | tr -cd 'A-Za-z0-9')
		perl -MIO::Compress::Zip=zip -e "zip [@ARGV] => '$d/$n.zip', $o" $F/*.txt
	done
	head -c 700 "$d/Method8.zip" >"$d/trunc.zip"
	printf 'PK\005\006\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >"$d/empty.zip"
	;;
tsv)
	if [ -x bin/imr-split ]; then
		bin/imr-split $F/*.txt >"$d/split.tsv"
		sed 's/$/\r/' "$d/split.tsv" >"$d/crlf.tsv"
	fi
	printf 'doc_id\tsource\ttext\nab\tx\ty\\tz\\\\\nshort\n\n' >"$d/ragged.tsv"
	printf 'a\tb\tc\n1\t2\t3\n' | gzip -c >"$d/small.tsv.gz"
	for f in $(find t/fixtures examples -name '*.tsv' 2>/dev/null | head -20); do
		cp "$f" "$d/$(echo "$f" | tr / _)"
	done
	;;
splitter)
	# two control bytes: chunk size and the letter bound (see fuzz_splitter.c)
	for f in $texts "$tmp/all.txt"; do
		{ printf '\003\200'; cat "$f"; } >"$d/$(basename "$f")"
	done
	{ printf '\000\020'; cat "$tmp/all.txt"; } >"$d/bound"
	{ printf '\002\200'; sed 's/$/\r/' "$tmp/all.txt"; } >"$d/crlf"
	{ printf '\001\200'; cat $F/b-2014.txt; printf '\f\f  '; cat $F/a-2016.txt; } >"$d/ff"
	;;
letter)
	# whole letters, as imr-split cuts them: the fixtures and examples/letters
	for f in $texts; do cp "$f" "$d/$(basename "$f")"; done
	sed 's/$/\r/' $F/a-2016.txt >"$d/crlf-2016"
	;;
dx)
	# case summaries' diagnosis sentences: the wordings of the tests
	n=0
	for f in t/fixtures/extract/dx-*.tsv; do
		tail -n +2 "$f" | cut -f2 | head -40
	done | while IFS= read -r v; do n=$((n + 1)); printf '%s' "$v" >"$d/s$n"; done
	;;
normalize)
	# values as imr-extract writes them: items, dates, guidelines, states
	n=0
	if [ -x bin/imr-split ] && [ -x bin/imr-extract ]; then
		bin/imr-split $texts | bin/imr-extract | perl -F'\t' -lane '
			if ($. == 1) { %c = map { $F[$_] => $_ } 0..$#F; next }
			for my $k (qw(item date_assigned decision_date ca_guideline imr_guideline reviewer_states reviewer_specialty patient_age patient_sex decision)) {
				print $F[$c{$k}] if defined $c{$k} && length $F[$c{$k}] }' |
		sort -u | head -200 | while IFS= read -r v; do n=$((n + 1)); printf '%s' "$v" >"$d/v$n"; done
	fi
	for v in "Norco 10/325mg #90" "Tramadol ER 150mg 1 tab twice daily qty: 60.00 with 2 refills" \
	    "October 20, 2016" "10-23-2016" "Dec. 9, 2016" "California; NY, Texas" "Page(s): 78-80, 124." \
	    "Lidoderm 5% patch #30" "Fentanyl 25mcg/h patch q72h" ".5 #30" "Pain Medicine; Physical Medicine and Rehabilitation"; do
		n=$((n + 1)); printf '%s' "$v" >"$d/s$n"
	done
	;;
tabulate)
	# one of each part (the first byte, see fuzz_tabulate.c)
	n=0
	for v in 0 12 -3.5 1e308 1e-320 .5 5. +7 -0 1.7976931348623157e308 0.1 18446744073709551615; do
		n=$((n + 1)); { printf '\000'; printf '%s' "$v"; } >"$d/num$n"
	done
	{ printf '\002'; printf 'upheld\t3\noverturned\t4.5\nupheld\tx\n\t\nupheld\t-1e3\n'; } >"$d/groups"
	if [ -x bin/imr-tabulate ] && [ -x bin/imr-split ] && [ -x bin/imr-extract ]; then
		bin/imr-split $texts | bin/imr-extract >"$tmp/x.tsv"
		{ printf '\001'; bin/imr-tabulate --partial -g decision -r status=ok -s item_no "$tmp/x.tsv"; } >"$d/partial1"
		{ printf '\001'; bin/imr-tabulate --partial -g layout,decision -s patient_age "$tmp/x.tsv"; } >"$d/partial2"
		{ printf '\001'; bin/imr-tabulate --partial "$tmp/x.tsv"; } >"$d/partial3"
	fi
	;;
*)
	for f in $texts; do cp "$f" "$d/$(basename "$f")"; done
	;;
esac
