#!/bin/sh
# golden.sh: one line per (input set, tool stage): NAME SHA256 of the output.
# t/golden.t compares these with t/golden.sha256, so that a change meant to
# leave the output as it is (a refactor, a speed-up) proves that it did.
# `make golden` writes t/golden.sha256 anew after a change meant to alter it.
# The real letters in ../shared are hashed, never copied.  Needs bin/ built
# and bench/gen; IMRKIT_BIN, IMRKIT_SHARED as t/lib.sh has them.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${IMRKIT_BIN:-$top/bin}
shared=${IMRKIT_SHARED:-$top/../shared}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$top"

sum() { sha256sum | cut -c1-64; }

stages() {  # stages NAME FILE...: hash each stage of the pipeline on FILEs
	name=$1; shift
	"$bin/imr-split" "$@" >"$tmp/split"
	# (the fixtures share case numbers on purpose: imr-extract's warnings of it aside)
	# (-d: the diagnoses on item rows, and so dx_group, are hashed too)
	"$bin/imr-extract" -d "$tmp/split" >"$tmp/extract" 2>"$tmp/extract.err"
	grep -v 'again, in .*--unique-case\|case numbers met before' "$tmp/extract.err" >&2 || :
	echo "$name split $(sum <"$tmp/split")"
	echo "$name extract $(sum <"$tmp/extract")"
	echo "$name extract-letters $("$bin/imr-extract" --letters "$tmp/split" 2>/dev/null | sum)"
	"$bin/imr-normalize" "$tmp/extract" >"$tmp/norm"
	echo "$name normalize $(sum <"$tmp/norm")"
	echo "$name tabulate $("$bin/imr-tabulate" -g category -r decision=upheld -s qty --total "$tmp/norm" | sum)"
	echo "$name tabulate-drug $("$bin/imr-tabulate" -g drug_class,year -r decision=upheld --explode drug --format table "$tmp/norm" | sum)"
}

stages examples examples/letters.tar.gz
stages fixtures t/fixtures/extract/*.txt
bench/gen -s 7 -n 3000 | stages generated -
# (paths relative to ../shared, so the sources are the same in any clone)
if [ -d "$shared/seeds" ] && [ -d "$shared/corpus/real" ]; then
	cd "$shared"
	stages seeds seeds/*.txt
	stages real-layout corpus/real/layout/*.txt
	stages real-plain corpus/real/plain/*.txt
fi
