#!/bin/bash
# bench/run.sh: `make bench`.  Generates a deterministic corpus of
# made-up letters at two sizes, gzips it, and times the tools against their
# floors and peers on the same files in one run.  Prints one table and keeps
# it in bench/out/latest.txt.
#
#   BENCH_MB=N     the large corpus in MB of letter text (default 1000); the
#                  small one is N/10 (at least 1).  BENCH_MB=50 for a quick run.
#   BENCH_REPS=R   runs of each small measurement, best kept (default 3)
#   BENCH_REPS_BIG=R  runs of each large measurement (default 1)
#   BENCH_SEED=S   generator seed (default 1)
#   BENCH_OUT=DIR  where the corpus and the table go (default bench/out)
#   BENCH_LOG=FILE every run's name, wall ms and cpu ms, in the order run
#                  (the spread behind each best)
#
# With ../shared present (IMRKIT_SHARED elsewhere), extract is also timed on
# the real letters repeated to the small size; they are read, never copied.
#
# Tools that are not built are reported as "not built"; peers that are not
# installed (datamash, mlr, python3) as "missing".  Seconds are wall time;
# MB/s is MB of letter text (decompressed) per second; ratio is seconds
# divided by the seconds of the row named under "vs" on the same file; cpu s
# is user + sys seconds of all the command's processes and cpu x its ratio to
# the cpu s of the "vs" row (steadier on a busy machine); RSS is
# the peak resident set of the imrkit tool (of the largest one in a pipeline).
set -u
cd "$(dirname "$0")/.." || exit 1
TOP=$(pwd)
OUT=${BENCH_OUT:-$TOP/bench/out}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd) || exit 1
export LC_ALL=C

BIG=${BENCH_MB:-1000}
SMALL=$((BIG / 10)); [ "$SMALL" -ge 1 ] || SMALL=1
[ "$BIG" -gt "$SMALL" ] || BIG=$((SMALL + 1))
REPS=${BENCH_REPS:-3}
SEED=${BENCH_SEED:-1}
TIME=/usr/bin/time
[ -x "$TIME" ] || TIME=

make -s bench/gen bench/inflate bin/imr-split >/dev/null || { echo "bench: cannot build bench/gen, bench/inflate, imr-split" >&2; exit 1; }
# the same loop on other inflates, where their -dev packages are installed
for alt in isal libdeflate; do make -s "bench/inflate-$alt" >/dev/null 2>&1; done
# the other tools: built when they build; otherwise reported as not built
for t in imr-extract imr-normalize imr-tabulate; do
	[ -f "bin/$t.c" ] && make -s "bin/$t" >/dev/null 2>&1
done
have() { [ -x "$TOP/bin/$1" ]; }
B=$TOP/bin

[ -z "${BENCH_LOG:-}" ] || : > "$BENCH_LOG" || exit 1
TABLE=$OUT/latest.tmp
: > "$TABLE"
row() { # size tool what secs mbs ratio vs cpu cpu-ratio rss
	printf '%-6s %-14s %-42s %8s %6s %6s %-13s %7s %6s %7s\n' "$@" >> "$TABLE"
	printf '%-6s %-14s %-42s %8s %6s %6s %-13s %7s %6s %7s\n' "$@"
}

# measure NAME REPS CMD: runs CMD with bash (pipefail) REPS times, keeps the
# best wall time in SECS[NAME] (seconds), the peak RSS (KB) of the tools
# wrapped in $M in RSS[NAME], and the least CPU seconds in CPU[NAME].  In
# CMD, write "$M" before each imrkit tool to measure it.  The harness's own
# cost (starting bash and time(1), HARNESS_MS, measured on an empty
# command) is taken off the wall time, as hyperfine does with its shell: at
# 100 MB it would otherwise be a fifth of extract's time.
declare -A SECS RSS CPU BEST
HARNESS_MS=0
measure() {
	round_robin "$2" "$1" "$3"
}

# round_robin REPS NAME CMD [NAME CMD]...: measure() of each, the commands
# run in turn REPS times (as bench/compare.sh does): a row and the floor it
# is judged against then meet the same load on a shared machine, where the
# runs of one after all those of the other can meet a burst alone
round_robin() {
	local reps=$1 r k
	shift
	for ((k = 1; k < $#; k += 2)); do
		SECS[${!k}]= BEST[${!k}]= RSS[${!k}]= CPU[${!k}]=
	done
	for ((r = 0; r < reps; r++)); do
		for ((k = 1; k < $#; k += 2)); do
			local c=$((k + 1))
			[ "${SECS[${!k}]}" = failed ] || run_once "${!k}" "${!c}"
		done
	done
	for ((k = 1; k < $#; k += 2)); do
		[ "${SECS[${!k}]}" = failed ] ||
			SECS[${!k}]=$(awk -v ms="${BEST[${!k}]}" 'BEGIN { printf "%.3f", ms / 1000 }')
		[ -z "${CPU[${!k}]}" ] || CPU[${!k}]=$(awk -v ms="${CPU[${!k}]}" 'BEGIN { printf "%.2f", ms / 1000 }')
	done
}

# run_once NAME CMD: one run of CMD; keeps the least wall time (ms) in
# BEST[NAME] with its RSS, and the least CPU (ms) in CPU[NAME]
run_once() {
	local name=$1 cmd=$2 t0 t1 s u f=$OUT/rss.$$ c=$OUT/cpu.$$
	: > "$f"
	: > "$c"
	if [ -n "$TIME" ]; then M="$TIME -a -o $f -f %M"; else M=; fi
	t0=${EPOCHREALTIME/[.,]/}   # microseconds, without forking a `date`
	# the outer time gives the CPU seconds (user + sys) of every process
	# of the command; less skewed than wall time when the machine is busy
	if ! M=$M $TIME ${TIME:+-o "$c" -f "%U %S"} bash -c "set -o pipefail; $cmd" >/dev/null 2>"$OUT/err.$$"; then
		SECS[$name]=failed
		echo "bench: $name failed: $(head -c 300 "$OUT/err.$$")" >&2
		rm -f "$f" "$c" "$OUT/err.$$"
		return 1
	fi
	t1=${EPOCHREALTIME/[.,]/}
	s=$(( (t1 - t0) / 1000 - HARNESS_MS ))
	[ "$s" -ge 1 ] || s=1
	if [ -z "${BEST[$name]}" ] || [ "$s" -lt "${BEST[$name]}" ]; then
		BEST[$name]=$s
		RSS[$name]=$(sort -n "$f" | tail -1)
	fi
	u=$(awk 'NF == 2 && $1 ~ /^[0-9.]+$/ { printf "%d", ($1 + $2) * 1000 }' "$c")
	[ -z "${BENCH_LOG:-}" ] || printf '%s\t%s\t%s\n' "$name" "$s" "${u:--}" >> "$BENCH_LOG"
	if [ -n "$u" ] && { [ -z "${CPU[$name]}" ] || [ "$u" -lt "${CPU[$name]}" ]; }; then CPU[$name]=$u; fi
	rm -f "$f" "$c" "$OUT/err.$$"
}

mbs() { awk -v b="$1" -v s="$2" 'BEGIN { if (s + 0 > 0) printf "%.0f", b / 1e6 / s; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a + 0 > 0) printf "%.2f", a / b; else print "-" }'; }
mb() { [ -n "${1:-}" ] && awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }' || echo "-"; }

# report SIZE TOOL WHAT NAME [VSNAME]: one table row for a measurement
report() {
	local size=$1 tool=$2 what=$3 name=$4 vs=${5:-} s
	s=${SECS[$name]:-}
	if [ -z "$s" ] || [ "$s" = failed ]; then
		row "$size" "$tool" "$what" "${s:-skipped}" - - - "${vs:+${vs#*:}}" - -
		return
	fi
	local rt=- rc=- vsn=
	if [ -n "$vs" ] && [ -n "${SECS[$vs]:-}" ] && [ "${SECS[$vs]}" != failed ]; then
		rt=$(ratio "$s" "${SECS[$vs]}")
		rc=$(ratio "${CPU[$name]:-}" "${CPU[$vs]:-}")
		vsn=${vs#*:}
	fi
	row "$size" "$tool" "$what" "$s" "$(mbs "$BYTES" "$s")" "$rt" "$vsn" "${CPU[$name]:--}" "$rc" "$(mb "${RSS[$name]:-}")"
}
missing() { row "$1" "$2" "$3" "$4" - - - - - -; }

# per_letter SIZE NAME SPLIT: a row with the time of measurement NAME per
# letter of the split records in SPLIT, and their mean size: extract's
# time goes by the letter (its lines and items) more than by the byte
per_letter() {
	local s=${SECS[$2]:-} n
	case $s in ''|failed) return ;; esac
	n=$(($(wc -l < "$3") - 1))
	[ "$n" -gt 0 ] || return
	row "$1" imr-extract "$(awk -v s="$s" -v n="$n" -v b="$BYTES" \
		'BEGIN { printf "  %.2f us a letter, %d of %.1f KB", s * 1e6 / n, n, b / n / 1000 }')" \
		- - - - - - -
}

# the pipeline's last step, as the README's example has it
PIPE_TABULATE="-g category -r decision=upheld"
# the pipeline after imr-split, as measure() runs it
PIPE_AFTER_SPLIT="\$M $B/imr-extract | \$M $B/imr-normalize | \$M $B/imr-tabulate $PIPE_TABULATE"

# stage_cpu SIZE GZ: the pipeline once more, each tool under time(1): a row
# per tool with its CPU seconds in the pipeline (where the cores go)
stage_cpu() {
	local t s
	[ -n "$TIME" ] || return 0
	bash -c "set -o pipefail; $TIME -o '$OUT/cpu.split' -f '%U %S' $B/imr-split '$2' |
		$TIME -o '$OUT/cpu.extract' -f '%U %S' $B/imr-extract |
		$TIME -o '$OUT/cpu.normalize' -f '%U %S' $B/imr-normalize |
		$TIME -o '$OUT/cpu.tabulate' -f '%U %S' $B/imr-tabulate $PIPE_TABULATE" >/dev/null 2>&1 || return 0
	for t in split extract normalize tabulate; do
		s=$(awk 'NF == 2 && $1 ~ /^[0-9.]+$/ { printf "%.2f", $1 + $2 }' "$OUT/cpu.$t")
		row "$1" "  imr-$t" "  its cpu s in that pipeline" - - - - "${s:--}" - -
		rm -f "$OUT/cpu.$t"
	done
}

# the harness alone: bash, time(1) and an imrkit-less command
measure harness 7 "\$M true"
HARNESS_MS=$(awk -v s="${SECS[harness]}" 'BEGIN { printf "%d", s * 1000 }')

{
	echo "imrkit bench  $(date -u '+%Y-%m-%d %H:%M UTC')  $(git rev-parse --short HEAD 2>/dev/null)"
	echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg) at start (other work on the machine skews the figures)"
	echo "zlib: $(printf '#include <zlib.h>\nZLIB_VERSION\n' | cc -E - 2>/dev/null | tail -1 | tr -d '"')  gzip: $(gzip --version | head -1 | awk '{print $NF}')  corpus: bench/gen -s $SEED, ${SMALL} MB and ${BIG} MB of letter text, gzip -6"
	echo "best of $REPS at ${SMALL} MB, best of ${BENCH_REPS_BIG:-1} at ${BIG} MB (the floors, imr-split x.gz and the pipeline run in turn); ratio = seconds / seconds of the row named in vs; cpu s = user+sys of all its processes, cpu x = the same ratio on cpu s"
	echo "seconds are less the harness's own ${HARNESS_MS} ms (bash and time(1) starting an empty command, best of 7)"
	echo
} | tee "$OUT/head.tmp"
row size tool what seconds MB/s ratio vs "cpu s" "cpu x" "RSS MB"

for size in $SMALL $BIG; do
	txt=$OUT/corpus-$SEED-$size.txt
	gz=$txt.gz
	if [ ! -s "$gz" ] || [ ! -s "$txt" ] || [ bench/gen -nt "$txt" ]; then
		echo "bench: generating ${size} MB corpus..." >&2
		bench/gen -s "$SEED" -m "$size" > "$txt" && gzip -6 -c "$txt" > "$gz" || exit 1
	fi
	BYTES=$(wc -c < "$txt")
	rm -f "$OUT/items.tsv" "$OUT/norm.tsv"
	reps=$REPS; [ "$size" = "$BIG" ] && reps=${BENCH_REPS_BIG:-1}
	sz=${size}MB

	# the floors, with imr-split and the pipeline on .gz that are judged
	# against them, in turn
	set -- "$sz:gzip -dc" "gzip -dc '$gz' > /dev/null" \
		"$sz:inflate loop" "\$M bench/inflate '$gz' > /dev/null" \
		"$sz:cat" "cat '$txt' > /dev/null" \
		"$sz:split gz" "\$M $B/imr-split '$gz' > /dev/null"
	if have imr-extract && have imr-normalize && have imr-tabulate; then
		set -- "$@" "$sz:pipeline" "\$M $B/imr-split '$gz' | $PIPE_AFTER_SPLIT"
	fi
	round_robin $reps "$@"
	report $sz gzip "gzip -dc x.gz > /dev/null" "$sz:gzip -dc"
	report $sz bench/inflate "bare zlib inflate loop on x.gz" "$sz:inflate loop" "$sz:gzip -dc"
	report $sz cat "cat x.txt > /dev/null" "$sz:cat"
	# what another inflate would make of that floor (imrkit links zlib
	# alone; these loops are for comparison, with their peak RSS).
	# libdeflate inflates a member whole, in memory: it is timed on the
	# text gzipped in members of 1 MB (as bgzip and pigz -i write), next
	# to zlib on the same members
	if [ -x bench/inflate-isal ]; then
		measure "$sz:inflate isal" $reps "\$M bench/inflate-isal '$gz' > /dev/null"
		report $sz "ISA-L igzip" "the same loop on ISA-L's igzip" "$sz:inflate isal" "$sz:inflate loop"
	else
		missing $sz "ISA-L igzip" "the same loop on ISA-L's igzip" "not installed"
	fi
	if [ -x bench/inflate-libdeflate ]; then
		members=$txt.1mb.gz
		[ -s "$members" ] && [ "$members" -nt "$txt" ] ||
			split -b 1000000 --filter='gzip -6' "$txt" > "$members" || exit 1
		measure "$sz:inflate members" $reps "\$M bench/inflate '$members' > /dev/null"
		report $sz bench/inflate "zlib loop, x.gz in 1 MB members" "$sz:inflate members"
		measure "$sz:inflate libdeflate" $reps "\$M bench/inflate-libdeflate '$members' > /dev/null"
		report $sz libdeflate "libdeflate, member by member" "$sz:inflate libdeflate" "$sz:inflate members"
	else
		missing $sz libdeflate "libdeflate, member by member" "not installed"
	fi

	# split: on .gz against both floors
	report $sz imr-split "imr-split x.gz > /dev/null" "$sz:split gz" "$sz:inflate loop"
	report $sz imr-split "  (same run) vs gzip -dc" "$sz:split gz" "$sz:gzip -dc"
	measure "$sz:split txt" $reps "\$M $B/imr-split '$txt' > /dev/null"
	report $sz imr-split "imr-split x.txt > /dev/null" "$sz:split txt" "$sz:cat"

	# split | extract on plain text, against cat
	if have imr-extract; then
		measure "$sz:split|extract" $reps "\$M $B/imr-split '$txt' | \$M $B/imr-extract > /dev/null"
		report $sz imr-extract "imr-split x.txt | imr-extract" "$sz:split|extract" "$sz:cat"
		# extract alone, on split records already in a file (its own throughput)
		$B/imr-split "$txt" > "$OUT/split.tsv"
		# (and with the diagnoses read, -d, in turn with it)
		round_robin $reps "$sz:extract" "\$M $B/imr-extract '$OUT/split.tsv' > /dev/null" \
			"$sz:extract -d" "\$M $B/imr-extract -d '$OUT/split.tsv' > /dev/null"
		report $sz imr-extract "imr-extract split.tsv (alone, 1 core)" "$sz:extract"
		per_letter $sz "$sz:extract" "$OUT/split.tsv"
		report $sz imr-extract "  the same, -d (diagnoses)" "$sz:extract -d" "$sz:extract"
		# (with the diagnoses, so that normalize's row includes their groups)
		$B/imr-extract -d "$OUT/split.tsv" > "$OUT/items.tsv" 2>/dev/null || rm -f "$OUT/items.tsv"
	else
		missing $sz imr-extract "imr-split x.txt | imr-extract" "not built"
	fi

	# the whole pipeline on .gz, against gzip -dc
	if have imr-extract && have imr-normalize && have imr-tabulate; then
		report $sz pipeline "split x.gz|extract|normalize|tabulate" "$sz:pipeline" "$sz:gzip -dc"
		stage_cpu $sz "$gz"
		# how much of it is zlib's inflate: the pipeline on the text
		# itself, and with ISA-L's igzip inflating (where installed)
		measure "$sz:pipeline txt" $reps "\$M $B/imr-split '$txt' | $PIPE_AFTER_SPLIT"
		report $sz pipeline "  the same on x.txt (no inflate)" "$sz:pipeline txt" "$sz:gzip -dc"
		if command -v igzip >/dev/null; then
			measure "$sz:pipeline igzip" $reps "igzip -dc '$gz' | \$M $B/imr-split | $PIPE_AFTER_SPLIT"
			report $sz pipeline "  the same, igzip -dc x.gz | split ..." "$sz:pipeline igzip" "$sz:gzip -dc"
		else
			missing $sz pipeline "  the same, igzip -dc x.gz | split ..." "no igzip"
		fi
		[ -s "$OUT/items.tsv" ] && { $B/imr-normalize "$OUT/items.tsv" > "$OUT/norm.tsv" 2>/dev/null || rm -f "$OUT/norm.tsv"; }
		measure "$sz:normalize" $reps "\$M $B/imr-normalize '$OUT/items.tsv' > /dev/null"
		report $sz imr-normalize "imr-normalize items.tsv (alone, 1 core)" "$sz:normalize"
	else
		missing $sz pipeline "split x.gz|extract|normalize|tabulate" "not built"
	fi

	# tabulate against datamash and miller on the same TSV
	tsv=
	if [ -s "$OUT/norm.tsv" ] && have imr-normalize; then tsv=$OUT/norm.tsv; col=category
	elif [ -s "$OUT/items.tsv" ] && have imr-extract; then tsv=$OUT/items.tsv; col=decision; fi
	if [ -n "$tsv" ] && have imr-tabulate; then
		tb=$(wc -c < "$tsv")
		measure "$sz:tabulate" $reps "\$M $B/imr-tabulate -g $col '$tsv' > /dev/null"
		BYTES_SAVE=$BYTES; BYTES=$tb
		report $sz imr-tabulate "imr-tabulate -g $col ($((tb / 1000000)) MB TSV)" "$sz:tabulate"
		if command -v datamash >/dev/null; then
			measure "$sz:datamash" $reps "datamash --header-in -s -g $col count $col < '$tsv'"
			report $sz datamash "datamash -s -g $col count $col" "$sz:datamash"
			report $sz imr-tabulate "  ratio vs datamash" "$sz:tabulate" "$sz:datamash"
		else missing $sz datamash "datamash -s -g $col count $col" missing; fi
		if command -v mlr >/dev/null; then
			measure "$sz:mlr" $reps "mlr --tsv count -g $col '$tsv'"
			report $sz mlr "mlr --tsv count -g $col" "$sz:mlr"
			report $sz imr-tabulate "  ratio vs mlr" "$sz:tabulate" "$sz:mlr"
		else missing $sz mlr "mlr --tsv count -g $col" missing; fi
		BYTES=$BYTES_SAVE
	else
		missing $sz imr-tabulate "imr-tabulate vs datamash, mlr" "not built"
	fi

	# the Python regex script users write today, against split | extract
	# (at the small size only; BENCH_NAIVE_BIG=1 runs it on both); best of
	# as many runs as the tools get, as its time varies the most (4-8 s
	# for the same 100 MB on this machine)
	if [ "$size" = "$SMALL" ] || [ -n "${BENCH_NAIVE_BIG:-}" ]; then
		if command -v python3 >/dev/null; then
			measure "$sz:naive" $reps "python3 bench/naive.py '$txt'"
			report $sz naive.py "python regex script on x.txt" "$sz:naive"
			have imr-extract && report $sz imr-extract "  split|extract: ratio vs naive.py" "$sz:split|extract" "$sz:naive"
		else missing $sz naive.py "python regex script on x.txt" missing; fi
	fi
	rm -f "$OUT/split.tsv"
done

# the real letters in ../shared (never copied here), repeated to the small
# size: extract's throughput on letters as the DWC publishes them, which are
# about twice as long as the generated ones and differ in their mix
SHARED=${IMRKIT_SHARED:-$TOP/../shared}
real=$OUT/real-$SMALL.txt
if [ -d "$SHARED/corpus/real/layout" ] && [ -d "$SHARED/corpus/real/plain" ] && have imr-extract; then
	# (made for this run and removed after it: the letters stay in ../shared)
	: > "$real"
	while [ "$(wc -c < "$real")" -lt $((SMALL * 1000000)) ]; do
		cat "$SHARED"/corpus/real/layout/* "$SHARED"/corpus/real/plain/* >> "$real"
	done
	BYTES=$(wc -c < "$real")
	sz=${SMALL}MB
	$B/imr-split "$real" > "$OUT/split.tsv"
	measure "$sz:real extract" $REPS "\$M $B/imr-extract '$OUT/split.tsv' > /dev/null"
	report $sz imr-extract "real letters x N: imr-extract (alone)" "$sz:real extract"
	per_letter $sz "$sz:real extract" "$OUT/split.tsv"
	measure "$sz:real split|extract" $REPS "\$M $B/imr-split '$real' | \$M $B/imr-extract > /dev/null"
	report $sz imr-extract "real letters x N: split | extract" "$sz:real split|extract"
	if command -v python3 >/dev/null; then
		measure "$sz:real naive" $REPS "python3 bench/naive.py '$real'"
		report $sz naive.py "real letters x N: python regex script" "$sz:real naive"
		report $sz imr-extract "  split|extract: ratio vs naive.py" "$sz:real split|extract" "$sz:real naive"
	fi
	rm -f "$OUT/split.tsv" "$real"
else
	missing "${SMALL}MB" imr-extract "real letters x N" "no ../shared"
fi

# PDF (issue 30): the 82 letters of ../shared/corpus/pdf, each linked
# BENCH_PDF_COPIES times (default 4) into one directory, converted by
# imr-split on one thread and on all the cores, against a pdftotext -layout
# loop (a process a file).  Skipped without poppler in imr-split or
# without the PDFs; the loop's row where pdftotext is missing.
PDFS=$SHARED/corpus/pdf
if [ -d "$PDFS" ] && have imr-split && "$B/imr-split" --version | grep -q 'PDF input: poppler'; then
	pdir=$OUT/pdf-links
	rm -rf "$pdir"; mkdir -p "$pdir"
	for i in $(seq 1 "${BENCH_PDF_COPIES:-4}"); do
		for f in "$PDFS"/*.pdf; do ln -s "$f" "$pdir/$i-$(basename "$f")"; done
	done
	npdf=$(ls "$pdir" | wc -l)
	BYTES=$(cat "$pdir"/* | wc -c)
	sz="${npdf}pdf"
	ncpu=$(nproc 2>/dev/null || echo 2)
	names=("$sz:pdf j1" "\$M $B/imr-split -q -j1 '$pdir' > /dev/null" "$sz:pdf jN" "\$M $B/imr-split -q -j$ncpu '$pdir' > /dev/null")
	if command -v pdftotext >/dev/null; then
		names+=("$sz:pdftotext" "for f in '$pdir'/*.pdf; do pdftotext -layout \"\$f\" -; done > /dev/null")
	fi
	round_robin "$REPS" "${names[@]}"
	report "$sz" imr-split "PDFs (82 real x ${BENCH_PDF_COPIES:-4}): -j1" "$sz:pdf j1"
	report "$sz" imr-split "  the same, -j$ncpu: ratio vs -j1" "$sz:pdf jN" "$sz:pdf j1"
	if command -v pdftotext >/dev/null; then
		report "$sz" pdftotext "  a pdftotext -layout loop" "$sz:pdftotext"
		report "$sz" imr-split "  -j$ncpu: ratio vs the pdftotext loop" "$sz:pdf jN" "$sz:pdftotext"
	else
		missing "$sz" pdftotext "  a pdftotext -layout loop" missing
	fi
	s=${SECS[$sz:pdf jN]:-}
	case $s in ''|failed) ;; *)
		row "$sz" imr-split "$(awk -v s="$s" -v n="$npdf" 'BEGIN { printf "  -jN: %.0f PDFs a second", n / s }')" - - - - - - - ;;
	esac
	rm -rf "$pdir"
else
	missing "-" imr-split "PDFs" "no PDF input or no ../shared/corpus/pdf"
fi

# memory: peak RSS of each tool at the two sizes, from the runs above
{
	echo
	echo "peak RSS (MB) at ${SMALL} MB -> ${BIG} MB of input"
	for t in "split gz:imr-split" "extract:imr-extract" "normalize:imr-normalize" "tabulate:imr-tabulate"; do
		k=${t%%:*}
		printf '  %-14s %8s -> %8s\n' "${t#*:}" "$(mb "${RSS[${SMALL}MB:$k]:-}")" "$(mb "${RSS[${BIG}MB:$k]:-}")"
	done
} | tee -a "$TABLE"
cat "$OUT/head.tmp" > "$OUT/latest.txt"
cat "$TABLE" >> "$OUT/latest.txt"
rm -f "$TABLE" "$OUT/head.tmp" "$OUT/items.tsv" "$OUT/norm.tsv"
echo "bench: table in $OUT/latest.txt" >&2
