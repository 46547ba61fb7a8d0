#!/usr/bin/perl
# t/mkpdf.pl: a small PDF written by hand, for the tests (our own bytes).
#   perl t/mkpdf.pl TEXTFILE > out.pdf     each line of TEXTFILE as a line of
#                                          text (Courier 9 pt), 60 lines a page
#   perl t/mkpdf.pl --image > out.pdf      one page holding only an image (a scan)
use strict;
use warnings;
binmode STDOUT;
my @pages;
if (@ARGV && $ARGV[0] eq '--image') {
	# a 2x2 grey image drawn over the page: no text at all
	push @pages, "q 500 0 0 700 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x10\x80\xc0\xf0 EI Q\n";
} else {
	open my $in, '<', $ARGV[0] or die "$ARGV[0]: $!\n";
	my @lines = <$in>;
	while (my @chunk = splice @lines, 0, 60) {
		my $s = "BT /F1 9 Tf 11 TL 36 760 Td\n";
		for my $l (@chunk) {
			chomp $l;
			$l =~ s/([\\()])/\\$1/g;
			$s .= "($l) '\n";
		}
		push @pages, $s . "ET\n";
	}
}
my @obj;
my $np = @pages;
my $kids = join ' ', map { (4 + 2 * $_) . ' 0 R' } 0 .. $np - 1;
$obj[1] = "<< /Type /Catalog /Pages 2 0 R >>";
$obj[2] = "<< /Type /Pages /Kids [$kids] /Count $np >>";
$obj[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>";
for my $i (0 .. $np - 1) {
	my ($p, $c) = (4 + 2 * $i, 5 + 2 * $i);
	$obj[$p] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents $c 0 R >>";
	$obj[$c] = "<< /Length " . length($pages[$i]) . " >>\nstream\n$pages[$i]endstream";
}
my $out = "%PDF-1.4\n";
my @off;
for my $n (1 .. $#obj) {
	$off[$n] = length $out;
	$out .= "$n 0 obj\n$obj[$n]\nendobj\n";
}
my $xref = length $out;
$out .= "xref\n0 " . scalar(@obj) . "\n0000000000 65535 f \n";
$out .= sprintf "%010d 00000 n \n", $off[$_] for 1 .. $#obj;
$out .= "trailer\n<< /Size " . scalar(@obj) . " /Root 1 0 R >>\nstartxref\n$xref\n%%EOF\n";
print $out;
