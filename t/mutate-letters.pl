#!/usr/bin/perl
# t/mutate-letters.pl SPLIT TMPDIR LETTER...: the letters packed as a tar,
# a tar.gz, a gzip of one member per letter and a plain stream; then bytes
# flipped inside the gzip streams, cuts at every member's edge (and near
# it), byte order marks before each letter.  For each mutated input,
# imr-split's letters are checked against those of the clean input: with
# exit 0 and no message they must be the same letters (or, for a cut at a
# gzip member's edge, which no reader can tell from a shorter file, the
# first of them), each whole and right; with exit 1 there must be a
# message; and never is a letter written twice.  Prints "KIND RUNS FAILS"
# lines, then the failures ("# ...").
use strict;
use warnings;
use Compress::Zlib qw(memGzip);

my ($split, $tmp, @files) = @ARGV;
my %runs;
my %fails;
my @why;

sub slurp { local $/; open my $f, '<:raw', $_[0] or die "$_[0]: $!"; my $d = <$f>; return $d }
sub spew { open my $f, '>:raw', $_[0] or die "$_[0]: $!"; print $f $_[1]; close $f }

my @letters = map { my $n = $_; $n =~ s{.*/}{}; [$n, slurp($_)] } @files;

sub tar_header {
	my ($name, $size) = @_;
	my $h = pack('a100 a8 a8 a8 a12 a12 a8 a1 a100 a6 a2 a32 a32 a8 a8 a155 a12',
		$name, "0000644", "0000000", "0000000", sprintf("%011o", $size), "00000000000",
		" " x 8, "0", "", "ustar", "00", "", "", "", "", "", "");
	my $sum = 0;
	$sum += ord for split //, $h;
	substr($h, 148, 8) = sprintf("%06o\0 ", $sum);
	return $h;
}

my ($tar, @edges) = ('');
for my $l (@letters) {
	push @edges, length $tar;                    # the header
	$tar .= tar_header($l->[0], length $l->[1]);
	push @edges, length $tar;                    # the data
	$tar .= $l->[1];
	$tar .= "\0" x ((512 - length($l->[1]) % 512) % 512);
}
push @edges, length $tar;                            # the end blocks
$tar .= "\0" x 1024;
$tar .= "\0" x ((10240 - length($tar) % 10240) % 10240);
my $tgz = memGzip($tar);
my (@gz, @gz_edges);
my $mgz = '';
for my $l (@letters) {
	push @gz_edges, length $mgz;
	$mgz .= memGzip($l->[1]);
}
my $plain = join '', map { $_->[1] } @letters;
my $bom = "\xef\xbb\xbf";

# run INPUT: imr-split's exit code, its stderr, its records ([source, text])
sub run {
	my ($data) = @_;
	spew("$tmp/in", $data);
	my $rc = system("cd '$tmp' && '$split' in >out 2>err") >> 8;
	my $err = slurp("$tmp/err");
	my @rec;
	open my $f, '<:raw', "$tmp/out" or die;
	<$f>;
	while (my $line = <$f>) {
		chomp $line;
		my @c = split /\t/, $line, -1;
		(my $t = $c[4]) =~ s/\\(.)/$1 eq 't' ? "\t" : $1 eq 'n' ? "\n" : $1 eq 'r' ? "\r" : $1/ge;
		push @rec, [$c[1], $t];
	}
	return ($rc, $err, \@rec);
}

# check KIND WHAT CLEAN DATA PREFIX_OK: DATA's letters against CLEAN's
sub check {
	my ($kind, $what, $clean, $data, $prefix_ok, $fix) = @_;
	my ($rc, $err, $rec) = run($data);
	$runs{$kind}++;
	my %want;
	$want{"$_->[0]\0$_->[1]"}++ for @$clean;
	my $fail;
	if ($rc != 0 && $rc != 1) {
		$fail = "exit $rc";
	} elsif ($rc == 1 && $err eq '') {
		$fail = "exit 1 without a message";
	} elsif ($rc == 0 && $err ne '') {
		$fail = "exit 0 with a message";
	}
	my %seen;
	for my $r (@$rec) {
		my $text = $fix ? $fix->($r->[1]) : $r->[1];
		my $k = "$r->[0]\0$text";
		next if !$want{$k} && $rc != 0;          # reported: may be cut or altered
		if (!$want{$k}) {
			$fail //= "a letter altered silently (source $r->[0])";
		} elsif (++$seen{$k} > $want{$k}) {
			$fail //= "a letter written twice (source $r->[0])";
		}
	}
	if (!$fail && $rc == 0) {
		if (@$rec != @$clean && !($prefix_ok && @$rec < @$clean)) {
			$fail = sprintf("exit 0 with %d letters of %d", scalar @$rec, scalar @$clean);
		}
	}
	if ($fail) {
		$fails{$kind}++;
		push @why, "$kind: $what: $fail" if @why < 20;
	}
}

my (undef, undef, $clean_tar) = run($tar);
my (undef, undef, $clean_tgz) = run($tgz);
my (undef, undef, $clean_mgz) = run($mgz);
my (undef, undef, $clean_plain) = run($plain);
$_->[0] = 'in' for @$clean_mgz, @$clean_plain;
die "no letters\n" unless @$clean_tar == @letters;

# bytes flipped inside the tar.gz: its header, its trailer, and spread between
my @at = (0 .. 19, map({ length($tgz) - 8 + $_ } 0 .. 7));
push @at, int(20 + $_ * (length($tgz) - 28) / 30) for 0 .. 29;
for my $i (@at) {
	my $d = $tgz;
	substr($d, $i, 1) = chr(ord(substr($d, $i, 1)) ^ ($i % 2 ? 0x80 : 0x01));
	check('tgz-flip', "byte $i", $clean_tgz, $d, 0);
}
# ... inside the gzip of one member per letter: the headers of the first
# two and the last, each member's CRC and length, and the middle of each
@at = ();
for my $k (0 .. $#gz_edges) {
	my $end = $k < $#gz_edges ? $gz_edges[$k + 1] : length $mgz;
	push @at, map { $gz_edges[$k] + $_ } 0 .. 9 if $k < 2 || $k == $#gz_edges;
	push @at, $end - 8 + $k % 4, $end - 4 + $k % 4, int(($gz_edges[$k] + $end) / 2);
}
for my $i (@at) {
	my $d = $mgz;
	substr($d, $i, 1) = chr(ord(substr($d, $i, 1)) ^ 0x04);
	check('gz-flip', "byte $i", $clean_mgz, $d, 0);
}
# cuts at every member's edge, and a byte after it
for my $e (@edges) {
	for my $off (0, 1) {
		# (a byte or two of a tar is text like any other: no reader can tell)
		next if $e + $off < 100 || $e + $off >= length $tar;
		check('tar-cut', "at $e+$off", $clean_tar, substr($tar, 0, $e + $off), 0);
		check('tgz-cut', "tar at $e+$off", $clean_tgz, memGzip(substr($tar, 0, $e + $off)), 0);
	}
}
for my $k (1 .. $#gz_edges) {
	my $e = $gz_edges[$k];
	check('gz-cut', "at member $k", $clean_mgz, substr($mgz, 0, $e), 1);   # no one can tell
	for my $off ($k % 2 ? -1 : -8, 5) {
		check('gz-cut', "at member $k $off", $clean_mgz, substr($mgz, 0, $e + $off), 0);
	}
}
for my $i (map { int($_ * length($tgz) / 16) } 1 .. 15) {
	check('tgz-cut', "at $i", $clean_tgz, substr($tgz, 0, $i), 0);
}
# byte order marks before each letter: the same letters, each after its BOM
my $unbom = sub { my $t = shift; $t =~ s/^\xef\xbb\xbf//; $t };
check('bom', "plain", $clean_plain, join('', map { $bom . $_->[1] } @letters), 0, $unbom);
check('bom', "gz", $clean_mgz, join('', map { memGzip($bom . $_->[1]) } @letters), 0, $unbom);
my $bom_tar = '';
for my $l (@letters) {
	my $t = $bom . $l->[1];
	$bom_tar .= tar_header($l->[0], length $t) . $t . "\0" x ((512 - length($t) % 512) % 512);
}
check('bom', "tar.gz", $clean_tgz, memGzip($bom_tar . "\0" x 1024), 0, $unbom);

for my $k (sort keys %runs) {
	printf "%s %d %d\n", $k, $runs{$k}, $fails{$k} // 0;
}
print "# $_\n" for @why;
