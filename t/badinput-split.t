#!/bin/sh
# Bad input for imr-split: each case with its exact stderr and exit code.
# Nothing crashes or hangs, and every complete letter before a fault is out.
. "$(dirname "$0")/lib.sh"
. "$T_DIR/badinput.sh"
F=$T_DIR/fixtures/split
W=$TMP/w
cat "$F/a-2016.txt" "$F/b-2014.txt" "$F/c-2013.txt" >"$W/three.txt"

# --- empty input: the header and no record
: >"$W/empty.txt"
bad split-empty 0 imr-split empty.txt
is "$(cat "$W/split-empty.out")" "$(printf 'doc_id\tsource\toffset\tlength\ttext\terror')" "split-empty: the header alone"
bad split-empty-stdin 0 sh -c 'imr-split </dev/null'
is "$(records "$W/split-empty-stdin.out")" 0 "split-empty-stdin: no record"

# --- NUL bytes and invalid UTF-8: written U+FFFD (the output is UTF-8), the rest byte for byte
{ cat "$F/b-2014.txt"; printf 'a\000b\000\000c\n\000\n'; cat "$F/c-2013.txt"; } >"$W/nul.txt"
bad split-nul 0 imr-split nul.txt
is "$(records "$W/split-nul.out")" 2 "split-nul: two letters"
texts "$W/split-nul.out" >"$W/back"; utf8fix <"$W/nul.txt" >"$W/want"
same_file "$W/back" "$W/want" "split-nul: round trip, NULs as U+FFFD"
{ cat "$F/b-2014.txt"; printf 'caf\351 \300\257 \355\240\200 \377\376 \303\n'; cat "$F/a-2016.txt"; printf '\342\202'; } >"$W/utf8.txt"
bad split-utf8 0 imr-split utf8.txt
is "$(records "$W/split-utf8.out")" 2 "split-utf8: two letters"
texts "$W/split-utf8.out" >"$W/back"; utf8fix <"$W/utf8.txt" >"$W/want"
same_file "$W/back" "$W/want" "split-utf8: round trip, invalid bytes as U+FFFD"
head -c 200000 /dev/urandom >"$W/random.bin"
bad split-random 1 imr-split random.bin
texts "$W/split-random.out" >"$W/back"; utf8fix <"$W/random.bin" >"$W/want"
same_file "$W/back" "$W/want" "split-random: round trip of binary junk, U+FFFD for what is not UTF-8"

# --- CRLF and form feeds do not hide letters
sed 's/$/\r/' "$W/three.txt" >"$W/crlf.txt"
bad split-crlf 0 imr-split crlf.txt
is "$(records "$W/split-crlf.out")" 3 "split-crlf: three letters"

# --- a 100 MB line: over the 64 MiB letter bound, said clearly, memory bounded
# (IMRKIT_SLOW_TOOLS: tools under valgrind, too slow for the big cases)
if [ -z "${IMRKIT_SLOW_TOOLS:-}" ]; then
	head -c 104857600 /dev/zero | tr '\000' x >"$W/longline.txt"
	{ cat "$F/b-2014.txt"; cat "$W/longline.txt"; } >"$W/long.txt"
	bad split-longline 1 imr-split long.txt
	is "$(records "$W/split-longline.out")" 1 "split-longline: the letter is one record"
	is "$(cut -f3-5 "$W/split-longline.out" | tail -1)" "$(printf '0\t104857864\t')" "split-longline: its offset and length, no text"
	rm -f "$W/split-longline.out" "$W/longline.txt"
	kb=$(maxrss_kb imr-split "$W/long.txt")
	[ "$kb" -lt 716800 ]; ok $? "split-longline: peak RSS ${kb} KiB < 700 MiB"
	rm -f "$W/long.txt"
else
	skip "split-longline" "tools run under a slow wrapper"
fi

# --- gzip: truncated, bad CRC, a bomb
gzip -c "$W/three.txt" >"$W/three.gz"; gzip -c "$F/a-2016.txt" >>"$W/three.gz"
head -c $(($(wc -c <"$W/three.gz") - 20)) "$W/three.gz" >"$W/trunc.gz"
bad split-trunc-gz 1 imr-split trunc.gz
is "$(records "$W/split-trunc-gz.out")" 5 "split-trunc-gz: three letters, then the bytes read of the broken one"
is "$(tail -1 "$W/split-trunc-gz.out" | cut -f4-)" "$(printf '\t\tunreadable')" "split-trunc-gz: then a record saying the rest is not read"
cp "$W/three.gz" "$W/crc.gz"
sz=$(gzip -c "$W/three.txt" | wc -c)
flip_byte "$W/crc.gz" $((sz - 8))
bad split-crc-gz 1 imr-split crc.gz
head -c 5 "$W/three.gz" >"$W/header-only.gz"
bad split-gz-header-only 1 imr-split header-only.gz
{ cat "$W/three.gz"; printf 'garbage'; } >"$W/trailing.gz"
bad split-gz-trailing 1 imr-split trailing.gz
is "$(records "$W/split-gz-trailing.out")" 5 "split-gz-trailing: every letter before the garbage is out"
is "$(tail -1 "$W/split-gz-trailing.out" | cut -f4-)" "$(printf '\t\tunreadable')" "split-gz-trailing: then a record of the garbage"
# 1 GiB of zeros in about 1 MiB: split stops at the letter bound
if [ -z "${IMRKIT_SLOW_TOOLS:-}" ]; then
	head -c 1073741824 /dev/zero | gzip -1 >"$W/bomb.gz"
	bad split-gz-bomb 1 imr-split bomb.gz
	rm -f "$W/split-gz-bomb.out"
	kb=$(maxrss_kb imr-split "$W/bomb.gz")
	[ "$kb" -lt 716800 ]; ok $? "split-gz-bomb: peak RSS ${kb} KiB < 700 MiB"
	rm -f "$W/bomb.gz"
else
	skip "split-gz-bomb" "tools run under a slow wrapper"
fi

# --- tar: bad checksum, truncated header, truncated member, absurd sizes
mkdir -p "$W/m"; cp "$F"/*.txt "$W/m/"
(cd "$W/m" && tar --format=ustar -cf ../ok.tar a-2016.txt b-2014.txt c-2013.txt)
# members: a at 0 (1029 bytes: 3 blocks), b at 2048, c at 3072
cp "$W/ok.tar" "$W/badsum.tar"; printf 'X' | dd of="$W/badsum.tar" bs=1 seek=2048 conv=notrunc 2>/dev/null
bad split-tar-badsum 1 imr-split badsum.tar
is "$(cut -f2,6 "$W/split-tar-badsum.out" | tail -n +2 | tr '\t\n' ', ')" "badsum.tar:a-2016.txt, badsum.tar,unreadable " \
	"split-tar-badsum: the member before it is out, then a record of the rest"
head -c 2300 "$W/ok.tar" >"$W/trunc-hdr.tar"
bad split-tar-trunc-header 1 imr-split trunc-hdr.tar
head -c 2700 "$W/ok.tar" >"$W/trunc-member.tar"
bad split-tar-trunc-member 1 imr-split trunc-member.tar
is "$(cut -f2,6 "$W/split-tar-trunc-member.out" | tail -n +2 | tr '\t\n' ', ')" \
	"trunc-member.tar:a-2016.txt, trunc-member.tar:b-2014.txt, trunc-member.tar:b-2014.txt,unreadable " \
	"split-tar-trunc-member: the bytes read of the truncated member are out, then a record of the rest"
# absurd sizes: octal 77777777777 (8 GiB), base-256 2^62, and junk in the field
tarsize() {  # tarsize IN OUT SIZEFIELD(12 bytes, printf format): rewrite b's size and checksum
	perl -e '
		my ($in, $out, $size) = @ARGV; local $/; open my $f, "<", $in or die; my $t = <$f>;
		my $h = substr($t, 2048, 512);
		substr($h, 124, 12) = eval qq("$size");
		substr($h, 148, 8) = " " x 8;
		my $sum = 0; $sum += ord for split //, $h;
		substr($h, 148, 8) = sprintf("%06o\0 ", $sum);
		substr($t, 2048, 512) = $h;
		open my $o, ">", $out or die; print $o $t' "$@"
}
tarsize "$W/ok.tar" "$W/huge.tar" '77777777777\0'
bad split-tar-size-8g 1 imr-split huge.tar
tarsize "$W/ok.tar" "$W/huge256.tar" '\x80\0\0\0\x40\0\0\0\0\0\0\0'
bad split-tar-size-base256 1 imr-split huge256.tar
tarsize "$W/ok.tar" "$W/maxsize.tar" '\xbf\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'
bad split-tar-size-max 1 imr-split maxsize.tar
tarsize "$W/ok.tar" "$W/junksize.tar" '12z45\0\0\0\0\0\0\0'
bad split-tar-size-junk 1 imr-split junksize.tar
is "$(records "$W/split-tar-size-junk.out")" 2 "split-tar-size-junk: the member before it is out, then a record of the rest"

# --- a directory holding a file that cannot be read
mkdir -p "$W/dir"; cp "$F/a-2016.txt" "$W/dir/1.txt"; cp "$F/c-2013.txt" "$W/dir/3.txt"
ln -s nowhere "$W/dir/2.txt"
bad split-dir-dangling 1 imr-split dir
is "$(cut -f2,6 "$W/split-dir-dangling.out" | tail -n +2 | tr '\t\n' ', ')" "dir/1.txt, dir/2.txt,unreadable dir/3.txt, " \
	"split-dir-dangling: the other files are still read, the link has a record saying why"
rm "$W/dir/2.txt"; cp "$F/b-2014.txt" "$W/dir/2.txt"; chmod 000 "$W/dir/2.txt"
if cat "$W/dir/2.txt" >/dev/null 2>&1; then
	skip "split-dir-unreadable" "running as root: chmod 000 does not stop reading"
	skip "split-dir-unreadable: other files" "running as root"
else
	bad split-dir-unreadable 1 imr-split dir
	is "$(cut -f2,6 "$W/split-dir-unreadable.out" | tail -n +2 | tr '\t\n' ', ')" "dir/1.txt, dir/2.txt,unreadable dir/3.txt, " \
		"split-dir-unreadable: the other files are still read, that one has a record saying why"
fi
chmod 644 "$W/dir/2.txt"
mkdir "$W/dir/sub"; chmod 000 "$W/dir/sub"
if ls "$W/dir/sub" >/dev/null 2>&1; then
	skip "split-subdir-unreadable" "running as root: chmod 000 does not stop reading"
else
	bad split-subdir-unreadable 1 imr-split dir
	is "$(grep -c 'dir/sub	.*unreadable$' "$W/split-subdir-unreadable.out")" 1 "split-subdir-unreadable: a record for the directory"
fi
chmod 755 "$W/dir/sub"
# a FIFO or a device in a directory is no letter file: said, not waited on
mkdir -p "$W/dir2"; cp "$F/a-2016.txt" "$W/dir2/1.txt"; mkfifo "$W/dir2/2.fifo"; ln -s /dev/null "$W/dir2/3.dev"
cp "$F/c-2013.txt" "$W/dir2/4.txt"
bad split-dir-fifo 1 timeout 60 imr-split dir2
is "$(records "$W/split-dir-fifo.out")" 2 "split-dir-fifo: the letter files are still read"
bad split-missing 1 imr-split no-such-file.txt
bad split-missing-then-ok 1 imr-split no-such-file.txt three.txt
is "$(records "$W/split-missing-then-ok.out")" 4 "split-missing-then-ok: a record saying why, the next file still read"

# --- output: a full disk, a closed pipe
bad split-dev-full 1 sh -c 'imr-split three.txt >/dev/full'
for i in 1 2 3 4 5 6 7 8; do cat "$W/three.txt" "$W/three.txt" "$W/three.txt" "$W/three.txt"; done >"$W/big1"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat "$W/big1" "$W/big1" "$W/big1" "$W/big1"; done >"$W/big.txt"
rm "$W/big1"
(cd "$W" && { imr-split big.txt 2>head.err; echo $? >head.rc; } | head -1 >head.out)
is "$(cat "$W/head.out")" "$(printf 'doc_id\tsource\toffset\tlength\ttext\terror')" "split | head -1: the header"
novg "$W/head.err"; : >"$W/empty"; same_file "$W/head.err" "$W/empty" "split | head -1: no message"
case $(cat "$W/head.rc") in 0|141) ok 0 "split | head -1: exit 0 or SIGPIPE" ;;
*) ok 1 "split | head -1: exit $(cat "$W/head.rc")" ;; esac

done_testing
