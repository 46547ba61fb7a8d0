#!/bin/sh
# examples/pipelines.sh: the imrkit pipelines, run on the example letters.
# Run from the top of the source tree after `make`:  sh examples/pipelines.sh
# Each command is shown before it runs.  The letters in examples/letters/ were
# written for this project (they are not real letters); examples/letters.tar.gz
# holds the same files (`make examples` rebuilds it byte for byte).
set -eu
PATH=$(pwd)/bin:$PATH
A=examples/letters.tar.gz
show() { printf '\n$ %s\n' "$*"; sh -c "$*"; }

# 1. One record per letter: doc_id, source, offset, length (text left out here).
show "imr-split $A | cut -f1-4"

# The same letters as one concatenated text stream (form feeds and all) split
# into the same nine letters.
show "cat examples/letters/*.txt | imr-split | cut -f3-4"

# 2. One row per disputed item (decision, item text, reviewer, dates...).
show "imr-split $A | imr-extract | cut -f1-8 | head -20"

# 3. One row per letter instead of one per item.
show "imr-split $A | imr-extract --letters | cut -f1-8"

# 4. Canonical values: ISO dates, DWC category, generic drug, MME/day.
show "imr-split $A | imr-extract | imr-normalize | head -5"

# 5. Uphold rate by category.
show "imr-split $A | imr-extract | imr-normalize | imr-tabulate -g category -r decision=upheld"

# 6. Many archives in parallel: each job tabulates its own archive into
#    mergeable partial counts (--partial), and --merge combines them.
#    With GNU parallel:
if command -v parallel >/dev/null 2>&1; then
	T=$(mktemp -d)
	show "cp $A $T/a.tar.gz && cat examples/letters/*.txt | gzip -n > $T/b.gz"
	show "parallel 'imr-split {} | imr-extract | imr-normalize | imr-tabulate -g category -r decision=upheld --partial > {}.part' ::: $T/a.tar.gz $T/b.gz"
	show "imr-tabulate --merge $T/*.part"
	rm -rf "$T"
fi
# Without parallel, xargs does the same:
#   ls archives/*.gz | xargs -P4 -I{} sh -c 'imr-split {} | imr-extract | imr-normalize | imr-tabulate -g category -r decision=upheld --partial > {}.part'
#   imr-tabulate --merge archives/*.part
#
# 7. Decisions by drug class (several -g columns); awk can filter rows between
#    the tools, since every tool finds its columns by name in the header.
show "imr-split $A | imr-extract | imr-normalize | imr-tabulate -g decision,drug_class"

# 8. Uphold rate by diagnosis group: -d reads each letter's diagnoses onto its
#    item rows, imr-normalize groups them (dx_group), and --explode counts an
#    item once under each of its groups.
show "imr-split $A | imr-extract -d | imr-normalize | imr-tabulate -g dx_group --explode dx_group -r decision=upheld"
