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
*)
	for f in $texts; do cp "$f" "$d/$(basename "$f")"; done
	;;
esac
