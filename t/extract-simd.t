#!/bin/sh
# imr-extract's letter parser is built twice on x86-64: with AVX2 (and BMI1,
# BMI2) and for the base target (SSE2); the widest the CPU runs is chosen,
# and IMRKIT_SIMD=base asks for the other.  They must write the same bytes:
# on the generated letters, the fixtures, and the real letters (../shared)
# as they are and made over (CRLF, page footers with form feeds,
# non-breaking spaces, one line per letter).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
wide=$(parser_builds | sed 's/^base *//')
if [ -z "$wide" ]; then
	skip "AVX2 against the base build" "this CPU runs only the base build"
	done_testing; exit
fi
if ! make -s bench/gen >"$TMP/make.log" 2>&1; then
	skip "bench/gen" "does not build: $(head -1 "$TMP/make.log")"
	done_testing; exit
fi

# (the letters hold cases twice, on purpose or by chance: warnings of case
# numbers met before are the only messages expected)
both() {  # both NAME FILE...: split FILEs, extract with each build, compare
	name=$1; shift
	imr-split "$@" >"$TMP/letters"
	IMRKIT_SIMD=base imr-extract "$TMP/letters" >"$TMP/base" 2>"$TMP/base.err"
	cases_again "$?" "$TMP/base.err" - "$name: exit 0, warnings only of case numbers met before (base)"
	for simd in $wide; do
		IMRKIT_SIMD=$simd imr-extract "$TMP/letters" >"$TMP/$simd" 2>"$TMP/$simd.err"
		same_file "$TMP/$simd" "$TMP/base" "$name: the same rows ($simd)"
		same_file "$TMP/$simd.err" "$TMP/base.err" "$name: the same messages ($simd)"
	done
	imr-extract "$TMP/letters" >"$TMP/chosen" 2>"$TMP/chosen.err"   # (the widest, unasked)
	same_file "$TMP/chosen" "$TMP/base" "$name: the same rows (the build chosen)"
	same_file "$TMP/chosen.err" "$TMP/base.err" "$name: the same messages (the build chosen)"
}

for seed in 1 2 3; do
	bench/gen -s $seed -n 1500 >"$TMP/gen$seed"
done
both "generated letters" "$TMP/gen1" "$TMP/gen2" "$TMP/gen3"
both "fixtures" t/fixtures/extract/*.txt t/fixtures/extract/years/*.txt

if ! have_shared; then
	skip "real letters" "no $SHARED"
	done_testing; exit
fi
R=$SHARED/corpus/real
set -- "$SHARED"/seeds/*.txt "$R"/layout/*.txt "$R"/plain/*.txt
both "real letters" "$@"
mkdir "$TMP/made"
perl -e '
	local $/;
	my $dir = shift;
	for my $f (@ARGV) {
		open my $in, "<", $f or die "$f: $!";
		my $t = <$in>;
		(my $name = $f) =~ s{.*/([^/]+)/([^/]+)$}{$1-$2};
		my %v = (
			crlf => $t =~ s/\n/\r\n/gr,
			footers => do { my $n = 0; $t =~ s/\n/++$n % 29 == 0 ? "\n\n      Page 2 of 7\n\f" : "\n"/ger },
			nbsp => $t =~ s/ /\xc2\xa0/gr,
			oneline => ($t =~ s/\s*\n\s*/ /gr) . "\n",
		);
		for my $v (keys %v) {
			open my $out, ">", "$dir/$v-$name" or die;
			print $out $v{$v};
		}
	}' "$TMP/made" "$@"
both "real letters made over" "$TMP"/made/*
done_testing
