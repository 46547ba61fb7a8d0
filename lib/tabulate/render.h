/* render.h: imr-tabulate's result, written as tsv, an aligned table,
 * Markdown or Unicode bars.
 *
 * Every row is rendered from the accumulators themselves (counts, exact
 * sums): a number is formatted once, for the output, and never read back. */
#ifndef IMR_RENDER_H
#define IMR_RENDER_H

#include <stddef.h>

#include "agg.h"
#include "partial.h"

enum { FMT_TSV, FMT_TABLE, FMT_MD, FMT_BARS };

/* The format named S, or -1. */
int render_format(const char *s);

/* What to write: SPEC's columns for the groups ORDER[0..NGROUPS) of AGG,
 * then, when TOTAL is not NULL, its one group as the (total) row. */
typedef struct {
	const Spec *spec;
	Agg *agg;
	const size_t *order;
	size_t ngroups;
	Agg *total;
	int format;
} Render;

/* Write the header and the rows to standard output (common/out.h). */
void render(const Render *r);

#endif
