/* render.h: imr-tabulate's result, written as tsv, csv, an aligned table,
 * Markdown, Unicode bars or an SVG chart.
 *
 * Every row is rendered from the accumulators themselves (counts, exact
 * sums): a number is formatted once, for the output, and never read back. */
#ifndef IMR_RENDER_H
#define IMR_RENDER_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "partial.h"

enum { FMT_TSV, FMT_TABLE, FMT_MD, FMT_BARS, FMT_CSV, FMT_SVG };

/* The format named S, or -1. */
int render_format(const char *s);

/* What to write: SPEC's columns for the groups ORDER[0..NGROUPS) of AGG
 * (sorted again by the output column SORT, "-COL" descending, when it is
 * not NULL; then the first TOP when it is not 0), then, when TOTAL is not
 * NULL, its one group as the (total) row. */
typedef struct {
	const Spec *spec;
	Agg *agg;
	size_t *order;
	size_t ngroups;
	Agg *total;
	int format;
	const char *sort;
	uint64_t top;
} Render;

/* Is NAME one of the output columns of SPEC? */
int render_has_column(const Spec *spec, const char *name);

/* Write the header and the rows to standard output (common/out.h). */
void render(const Render *r);

#endif
