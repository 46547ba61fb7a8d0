#!/bin/sh
# Bad input, round two (issue 32): no letter swallowed, altered or
# duplicated, whatever the archive holds.  Each case with its exact stderr
# and exit code (t/badinput/NAME.err), and the letters after the bad part
# counted against the letters put in.
. "$(dirname "$0")/lib.sh"
. "$T_DIR/badinput.sh"
F=$T_DIR/fixtures/split
W=$TMP/w
cp "$F"/*.txt "$W/"
cat "$F/a-2016.txt" "$F/b-2014.txt" "$F/c-2013.txt" >"$W/three.txt"
# sizes: a 1029, b 264, c 417

# same_texts TSV NAME FILE...: record i's text is FILE i, byte for byte
same_texts() {
	tsv=$1 name=$2; shift 2
	i=0
	for f in "$@"; do
		i=$((i + 1))
		tail -n +2 "$tsv" | sed -n "${i}p" | cut -f5 |
			perl -pe 'chomp; s/\\(.)/$1 eq "t" ? "\t" : $1 eq "n" ? "\n" : $1 eq "r" ? "\r" : $1/ge' >"$W/rec"
		same_file "$W/rec" "$f" "$name: letter $i whole"
	done
}

# --- 1. a letter over --max-letter: written without its text, the others kept
bad split-max-letter 1 imr-split --max-letter 1000 three.txt
is "$(records "$W/split-max-letter.out")" 3 "split-max-letter: 3 letters in, 3 records out"
is "$(cut -f3-5 "$W/split-max-letter.out" | sed -n 2p)" "$(printf '0\t1029\t')" \
	"split-max-letter: the refused letter: its offset and length, no text"
{ head -1 "$W/split-max-letter.out"; tail -n +3 "$W/split-max-letter.out"; } >"$W/rest.tsv"
same_texts "$W/rest.tsv" split-max-letter "$W/b-2014.txt" "$W/c-2013.txt"
(cd "$W" && imr-extract --letters split-max-letter.out >x.out 2>x.err); rc=$?
is "$rc:$(column status <"$W/x.out" | tr '\n' ' ')" "0:too-long truncated ok " "split-max-letter | extract: status too-long, the rest parsed"
# every letter over the bound, in the middle, at the end; counted
for m in 300 500 1000 5000; do
	(cd "$W" && imr-split --max-letter $m three.txt three.txt 2>/dev/null | imr-extract --letters 2>/dev/null >m.out)
	want=$(for f in a-2016 b-2014 c-2013 a-2016 b-2014 c-2013; do
		[ "$(wc -c <"$W/$f.txt")" -gt $m ] && echo too-long || echo parsed; done | tr '\n' ' ')
	got=$(column status <"$W/m.out" | sed 's/^ok$/parsed/; s/^truncated$/parsed/' | tr '\n' ' ')
	is "$got" "$want" "--max-letter $m: 6 letters in, 6 out, the long ones too-long"
done
# a 100 MB letter between two: the one after it is whole
if [ -z "${IMRKIT_SLOW_TOOLS:-}" ]; then
	{ cat "$F/a-2016.txt"; head -c 104857600 /dev/zero | tr '\000' x; echo; cat "$F/b-2014.txt" "$F/c-2013.txt"; } >"$W/big.txt"
	bad split-max-letter-big 1 imr-split big.txt
	is "$(records "$W/split-max-letter-big.out")" 3 "split-max-letter-big: 3 letters in, 3 out"
	{ head -1 "$W/split-max-letter-big.out"; tail -n +3 "$W/split-max-letter-big.out"; } >"$W/rest.tsv"
	same_texts "$W/rest.tsv" split-max-letter-big "$W/b-2014.txt" "$W/c-2013.txt"
	rm -f "$W/big.txt" "$W/split-max-letter-big.out" "$W/rest.tsv"
else
	skip "split-max-letter-big" "tools run under a slow wrapper"
fi
# --- 7. one bound shared by split and extract
bad split-max-letter-overflow 2 imr-split --max-letter 99999999999999999999 three.txt
bad split-max-letter-over 2 imr-split --max-letter 131596289 three.txt
bad split-max-letter-limit 0 imr-split --max-letter 131596288 three.txt
is "$(records "$W/split-max-letter-limit.out")" 3 "split-max-letter-limit: the largest bound is accepted"
# a record longer than extract's line bound: a too-long row, the next letter whole
if [ -z "${IMRKIT_SLOW_TOOLS:-}" ]; then
	imr-split "$F/b-2014.txt" >"$W/one.tsv"
	{ printf 'doc_id\tsource\toffset\tlength\ttext\terror\n'; printf 'big\tbig.txt\t0\t270000000\t'
	  head -c 270000000 /dev/zero | tr '\000' x; printf '\t\n'; tail -1 "$W/one.tsv"; } >"$W/huge.tsv"
	bad extract-huge-record 1 imr-extract --letters huge.tsv
	is "$(column status <"$W/extract-huge-record.out" | tr '\n' ' ')" "too-long truncated " \
		"extract-huge-record: a too-long row, then the next letter"
	bad tabulate-huge-record 1 imr-tabulate huge.tsv
	rm -f "$W/huge.tsv" "$W"/*huge-record.out
else
	skip "extract-huge-record" "tools run under a slow wrapper"
fi

# --- 4. a byte order mark before each letter hides no marker
for f in a-2016 b-2014 c-2013; do printf '\357\273\277'; cat "$W/$f.txt"; done >"$W/bom.txt"
bad split-bom 0 imr-split bom.txt
is "$(records "$W/split-bom.out")" 3 "split-bom: 3 letters in, 3 out"
texts "$W/split-bom.out" >"$W/back"; same_file "$W/back" "$W/bom.txt" "split-bom: round trip"
imr-split "$W/three.txt" | imr-extract --letters | cut -f3-14,15-18 >"$W/plain.x"
imr-split "$W/bom.txt" | imr-extract --letters | cut -f3-14,15-18 >"$W/bom.x"
same_file "$W/bom.x" "$W/plain.x" "split-bom | extract: the letters read as without the BOMs"
printf '\r\n\357\273\277\f\302\240Case Number: CM16-1\nx\n' >"$W/bom2.txt"
cat "$W/three.txt" "$W/bom2.txt" >"$W/bom3.txt"
bad split-bom-mixed 0 imr-split bom3.txt
is "$(records "$W/split-bom-mixed.out")" 4 "split-bom-mixed: a BOM among blanks and form feeds"

# --- 2. gzip and tar.gz read to their end, every trailer checked
mkdir -p "$W/m"; cp "$F"/*.txt "$W/m/"
(cd "$W/m" && tar --format=ustar -cf ../a.tar a-2016.txt && tar --format=ustar -cf ../bc.tar b-2014.txt c-2013.txt)
gzip -n -c "$W/a.tar" >"$W/a.tar.gz"; gzip -n -c "$W/bc.tar" >"$W/bc.tar.gz"
cat "$W/a.tar.gz" "$W/bc.tar.gz" >"$W/cat.tar.gz"
bad split-cat-tar-gz 0 imr-split cat.tar.gz
is "$(cut -f2 "$W/split-cat-tar-gz.out" | tail -n +2 | tr '\n' ' ')" "cat.tar.gz:a-2016.txt cat.tar.gz:b-2014.txt cat.tar.gz:c-2013.txt " \
	"split-cat-tar-gz: the second tar's letters too (as tar -i)"
cat "$W/a.tar" "$W/bc.tar" >"$W/cat.tar"
bad split-cat-tar 0 imr-split cat.tar
is "$(records "$W/split-cat-tar.out")" 3 "split-cat-tar: 3 letters in, 3 out"
# the CRC of the tar.gz's member, after the tar's end blocks
cp "$W/a.tar.gz" "$W/crc.tar.gz"; sz=$(wc -c <"$W/crc.tar.gz")
flip_byte "$W/crc.tar.gz" $((sz - 8))
bad split-tar-gz-crc 1 imr-split crc.tar.gz
cp "$W/a.tar.gz" "$W/len.tar.gz"
flip_byte "$W/len.tar.gz" $((sz - 2))
bad split-tar-gz-length 1 imr-split len.tar.gz
# one letter altered (Upheld -> Overturned, same length) and the CRC of the original kept
perl -e 'local $/; my $t = <STDIN>; $t =~ s/Upheld/Uphelx/ or die; print $t' <"$W/a.tar" | gzip -n -c >"$W/alt.tar.gz"
{ head -c $(($(wc -c <"$W/alt.tar.gz") - 8)) "$W/alt.tar.gz"; tail -c 8 "$W/a.tar.gz"; } >"$W/altcrc.tar.gz"
bad split-tar-gz-altered 1 imr-split altcrc.tar.gz
{ cat "$W/a.tar.gz"; printf 'junk'; } >"$W/junk.tar.gz"
bad split-tar-gz-junk 1 imr-split junk.tar.gz
is "$(column error <"$W/split-tar-gz-junk.out" | tr '\n' ,)" ",unreadable," "split-tar-gz-junk: the letter before the junk is out, then a record of the junk"
{ cat "$W/a.tar"; printf 'junk'; } | gzip -n -c >"$W/junkin.tar.gz"
bad split-tar-junk-inside 1 imr-split junkin.tar.gz
{ cat "$W/a.tar"; printf 'junk'; } >"$W/junk.tar"
bad split-tar-junk 1 imr-split junk.tar
# a header CRC (FHCRC) that is wrong
fhcrc_gz() {  # fhcrc_gz BAD < DATA: a gzip member with a header CRC, wrong if BAD is 1
	perl -MCompress::Zlib -e '
		local $/; my $d = <STDIN>; my $bad = $ARGV[0];
		my $h = pack("C*", 0x1f, 0x8b, 8, 2, 0, 0, 0, 0, 0, 3);
		my $hc = crc32($h) & 0xffff; $hc ^= 1 if $bad;
		my ($z) = deflateInit(-WindowBits => -15); my $body = $z->deflate($d) . $z->flush();
		print $h, pack("v", $hc), $body, pack("VV", crc32($d), length $d)' "$1"
}
fhcrc_gz 0 <"$W/three.txt" >"$W/hcrc.gz"
bad split-gz-fhcrc-ok 0 imr-split hcrc.gz
is "$(records "$W/split-gz-fhcrc-ok.out")" 3 "split-gz-fhcrc-ok: 3 letters"
fhcrc_gz 1 <"$W/three.txt" >"$W/hcrc-bad.gz"
bad split-gz-fhcrc-bad 1 imr-split hcrc-bad.gz
{ cat "$W/hcrc.gz" "$W/hcrc-bad.gz"; } >"$W/hcrc2.gz"
bad split-gz-fhcrc-second 1 imr-split hcrc2.gz
is "$(column error <"$W/split-gz-fhcrc-second.out" | tr '\n' ,)" ",,,unreadable," "split-gz-fhcrc-second: the first member's letters are out, then a record of the rest"

# --- 6. tar members as GNU tar reads them, or said
tartype() {  # tartype IN OUT OFFSET TYPE: rewrite the type of the header at OFFSET
	perl -e '
		my ($in, $out, $at, $type) = @ARGV; local $/; open my $f, "<", $in or die; my $t = <$f>;
		my $h = substr($t, $at, 512);
		substr($h, 156, 1) = $type;
		substr($h, 148, 8) = " " x 8;
		my $sum = 0; $sum += ord for split //, $h;
		substr($h, 148, 8) = sprintf("%06o\0 ", $sum);
		substr($t, $at, 512) = $h;
		open my $o, ">", $out or die; print $o $t' "$@"
}
(cd "$W/m" && tar --format=ustar -cf ../abc.tar a-2016.txt b-2014.txt c-2013.txt)
# members: a at 0 (3 blocks of data), b at 2048, c at 3072
tartype "$W/abc.tar" "$W/typez.tar" 2048 Z
bad split-tar-type-unknown 1 imr-split typez.tar
is "$(records "$W/split-tar-type-unknown.out")" 3 "split-tar-type-unknown: read as a file, as GNU tar does"
tartype "$W/abc.tar" "$W/hardlink.tar" 2048 1
bad split-tar-hardlink-data 1 imr-split hardlink.tar
is "$(records "$W/split-tar-hardlink-data.out")" 3 "split-tar-hardlink-data: its data read as the file's"
tartype "$W/abc.tar" "$W/dirdata.tar" 2048 5
bad split-tar-dir-data 1 imr-split dirdata.tar
is "$(cut -f2,6 "$W/split-tar-dir-data.out" | tail -n +2 | tr '\t\n' ', ')" "dirdata.tar:a-2016.txt, dirdata.tar:b-2014.txt,unsupported dirdata.tar:c-2013.txt, " \
	"split-tar-dir-data: a record saying why, the members after it read"
perl -e 'local $/; my $t = <STDIN>; substr($t, 2048 + 156, 1) = "\001";
	my $h = substr($t, 2048, 512); substr($h, 148, 8) = " " x 8; my $s = 0; $s += ord for split //, $h;
	substr($t, 2048 + 148, 8) = sprintf("%06o\0 ", $s); print $t' <"$W/abc.tar" >"$W/ctl.tar"
bad split-tar-type-control 1 imr-split ctl.tar
truncate -s 100000 "$W/m/sparse.txt"; cat "$F/b-2014.txt" >>"$W/m/sparse.txt"
if (cd "$W/m" && tar --format=gnu -S -cf ../sparse.tar a-2016.txt sparse.txt c-2013.txt) 2>/dev/null &&
   [ "$(od -An -c -j $((2048 + 156)) -N1 "$W/sparse.tar" | tr -d ' ')" = S ]; then
	bad split-tar-sparse-gnu 1 imr-split sparse.tar
	is "$(column error <"$W/split-tar-sparse-gnu.out" | tr '\n' ,)" ",unsupported,," "split-tar-sparse-gnu: a record saying why, the members around it read"
	(cd "$W/m" && tar --format=posix -S -cf ../sparsex.tar a-2016.txt sparse.txt c-2013.txt) 2>/dev/null
	bad split-tar-sparse-pax 1 imr-split sparsex.tar
	is "$(column error <"$W/split-tar-sparse-pax.out" | tr '\n' ,)" ",unsupported,," "split-tar-sparse-pax: a record saying why, the members around it read"
	# inside another tar: the message names it as ARCHIVE:INNER, not its temporary copy
	tar -C "$W" -cf "$W/sparse-outer.tar" sparse.tar
	(cd "$W" && imr-split sparse-outer.tar 2>&1 >/dev/null) | head -1 >"$W/sparse-outer.err"
	is "$(cat "$W/sparse-outer.err")" "imr-split: sparse-outer.tar:sparse.tar: sparse.txt: a sparse member (GNU): not read" \
		"split-tar-sparse-nested: the message names the inner tar by its place"
else
	skip "split-tar-sparse-gnu" "no GNU tar with --sparse here"
	skip "split-tar-sparse-pax" "no GNU tar with --sparse here"
	skip "split-tar-sparse-nested" "no GNU tar with --sparse here"
fi
# a lone zero block ends the archive (b and c cut off, one zero block after a)
{ head -c 2048 "$W/abc.tar"; head -c 512 /dev/zero; } >"$W/lone.tar"
bad split-tar-lone-zero 1 imr-split lone.tar
is "$(records "$W/split-tar-lone-zero.out")" 1 "split-tar-lone-zero: the letter before it is out"
# cut at a member's edge: the end blocks are missing
head -c 2048 "$W/abc.tar" >"$W/noend.tar"
bad split-tar-no-end 1 imr-split noend.tar
is "$(records "$W/split-tar-no-end.out")" 1 "split-tar-no-end: the letter before the cut is out"
head -c 2048 "$W/abc.tar" | gzip -n -c >"$W/noend.tar.gz"
bad split-tar-gz-no-end 1 imr-split noend.tar.gz
# a gzip whose magic bytes are damaged is binary, not text: said
cp "$W/a.tar.gz" "$W/magic.gz"; printf 'x' | dd of="$W/magic.gz" bs=1 seek=1 conv=notrunc 2>/dev/null
bad split-gz-bad-magic 1 imr-split magic.gz
# a first header that says ustar with a wrong checksum: an error, not text
cp "$W/abc.tar" "$W/badsum0.tar"; printf 'X' | dd of="$W/badsum0.tar" bs=1 seek=0 conv=notrunc 2>/dev/null
bad split-tar-badsum-first 1 imr-split badsum0.tar
is "$(tail -n +2 "$W/split-tar-badsum-first.out" | cut -f2-)" "$(printf 'badsum0.tar\t0\t\t\tunreadable')" \
	"split-tar-badsum-first: no binary text, a record saying why"

# --- 3. directory symbolic link loops
mkdir -p "$W/ld/loop/sub"; cp "$F/a-2016.txt" "$W/ld/loop/"; cp "$F/b-2014.txt" "$W/ld/loop/sub/"
ln -s .. "$W/ld/loop/sub/up"; ln -s ../.. "$W/ld/loop/sub/up2"; ln -s ../sub "$W/ld/loop/sub/same"
bad split-dir-loop 1 timeout 60 imr-split ld/loop
is "$(records "$W/split-dir-loop.out")" 2 "split-dir-loop: 2 letters in, 2 out, once each"

# --- 9. the output is UTF-8: file names and NUL bytes
cp "$F/a-2016.txt" "$(printf '%s/caf\351.txt' "$W")"
bad split-name-latin1 0 sh -c 'imr-split caf*.txt'
is "$(cut -f2 "$W/split-name-latin1.out" | tail -1)" "$(printf 'caf\357\277\275.txt')" "split-name-latin1: the source column is UTF-8 (U+FFFD)"
{ cat "$F/b-2014.txt"; printf 'a\000b\377\n'; cat "$F/c-2013.txt"; } >"$W/nul.txt"
bad split-nul-utf8 0 imr-split nul.txt
is "$(tail -n +2 "$W/split-nul-utf8.out" | head -1 | cut -f5 | tail -c 11 | od -An -c | tr -s ' ')" \
	' a 357 277 275 b 357 277 275 \ n \n' "split-nul-utf8: NUL and invalid bytes as U+FFFD"
if command -v iconv >/dev/null 2>&1; then
	cat "$W/split-name-latin1.out" "$W/split-nul-utf8.out" "$W/split-tar-type-control.out" | iconv -f UTF-8 -t UTF-8 >/dev/null
	ok $? "split output: valid UTF-8 (iconv)"
else
	skip "split output: valid UTF-8" "no iconv"
fi
texts "$W/split-nul-utf8.out" >"$W/back"; utf8fix <"$W/nul.txt" >"$W/want"
same_file "$W/back" "$W/want" "split-nul-utf8: round trip, but for the U+FFFDs"
(cd "$W" && imr-extract --letters split-nul-utf8.out >x.out); ok $? "split-nul-utf8 | extract: exit 0"
is "$(records "$W/x.out")" 2 "split-nul-utf8 | extract: 2 letters"

done_testing
