#!/usr/bin/perl
# agree.pl LABELS GOT KEYS COLUMN...: how far the tools' output GOT agrees
# with the blind labels LABELS (both TSV with a header), rows matched on the
# ','-separated KEYS columns.  For each COLUMN one line:
#   COLUMN AGREE TOTAL
# A column named NAME:set compares the ';'-lists as sets (order aside); one
# named NAME:entries counts entry by entry: AGREE is the entries both have
# (as multisets), TOTAL those either has (so a missed entry and an extra
# one both count against), after normalising case, blanks, quotes, a
# leading article and the punctuation at the ends.  Otherwise the values are
# compared whole.  NAME:aligned:LIST compares a ';'-list aligned with the
# list in column LIST (dx_group with diagnoses): for each entry of LIST in
# the labels, the value beside it against the value beside the same entry
# in GOT (an entry GOT lacks counts as disagreeing).  Rows of LABELS
# missing from GOT count as disagreeing.
# With -v, the disagreements go to stderr.
use strict;
use warnings;

my $verbose = 0;
if (@ARGV && $ARGV[0] eq '-v') { $verbose = 1; shift @ARGV; }
my ($labels, $got, $keys, @cols) = @ARGV;
die "usage: agree.pl [-v] LABELS GOT KEYS COLUMN...\n" unless @cols;
my @keys = split /,/, $keys;

sub read_tsv {
	my ($path) = @_;
	open my $fh, '<', $path or die "agree.pl: $path: $!\n";
	my $h = <$fh>;
	chomp $h;
	my @h = split /\t/, $h, -1;
	my %rows;
	while (my $l = <$fh>) {
		chomp $l;
		my @f = split /\t/, $l, -1;
		my %r;
		@r{@h} = map { defined $_ ? $_ : '' } @f[0 .. $#h];
		my $k = join "\t", map { $r{$_} // '' } @keys;
		$rows{$k} //= \%r;   # (the first row of a letter: its values repeat)
	}
	return \%rows;
}

sub norm {
	my ($s) = @_;
	$s = lc $s;
	$s =~ s/["\x{201c}\x{201d}]//g;
	$s =~ s/\s+/ /g;
	$s =~ s/^[\s.,;:'\[(-]+//;
	$s =~ s/[\s.,;:'\])-]+$//;
	$s =~ s/^(?:a|an|the) //;
	return $s;
}

my $L = read_tsv($labels);
my $G = read_tsv($got);
for my $spec (@cols) {
	my ($col, $mode, $by) = split /:/, $spec;
	$mode //= 'whole';
	my ($agree, $total) = (0, 0);
	for my $k (sort keys %$L) {
		my $want = $L->{$k}{$col} // '';
		my $have = exists $G->{$k} ? ($G->{$k}{$col} // '') : undef;
		if ($mode eq 'aligned') {
			my @we = split /;/, $L->{$k}{$by} // '', -1;
			my @wv = split /;/, $want, -1;
			my @he = defined $have ? split(/;/, $G->{$k}{$by} // '', -1) : ();
			my @hv = defined $have ? split(/;/, $have, -1) : ();
			my %used;
			for my $i (0 .. $#we) {
				next if norm($we[$i]) eq '';
				$total++;
				my ($j) = grep { !$used{$_} && norm($he[$_]) eq norm($we[$i]) } 0 .. $#he;
				if (defined $j && defined $hv[$j] && defined $wv[$i] && $hv[$j] eq $wv[$i]) {
					$used{$j} = 1;
					$agree++;
				} elsif ($verbose) {
					print STDERR "$col\t$k\t$we[$i]\twant: ", ($wv[$i] // ''), "\tgot: ",
						(defined $j ? $hv[$j] // '' : '(no such entry)'), "\n";
				}
			}
			next;
		}
		if ($mode eq 'entries') {
			my %w;
			$w{norm($_)}++ for grep { norm($_) ne '' } split /;/, $want;
			my @h = defined $have ? grep { norm($_) ne '' } split /;/, $have : ();
			my ($both, $either) = (0, 0);
			my %left = %w;
			for my $e (@h) {
				my $n = norm($e);
				if ($left{$n}) { $left{$n}--; $both++; }
			}
			my $nw = 0;
			$nw += $_ for values %w;
			$either = $nw + @h - $both;
			$agree += $both;
			$total += $either;
			print STDERR "$col\t$k\twant: $want\n$col\t$k\tgot:  ", ($have // '(no row)'), "\n"
				if $verbose && $both != $either;
			next;
		}
		$total++;
		my ($a, $b) = ($want, $have // "\0");
		if ($mode eq 'set') {
			$a = join ';', sort split /;/, $a;
			$b = join ';', sort split /;/, $b;
		}
		if ($a eq $b) { $agree++; }
		elsif ($verbose) { print STDERR "$col\t$k\twant: $want\tgot: ", ($have // '(no row)'), "\n"; }
	}
	print "$col $agree $total\n";
}
