/* partial.h: partial aggregates, the form in which runs over parts of the
 * input hand their groups to a merge (imr-tabulate --partial, --merge).
 *
 * A TSV.  Header: g:GROUP for each group column, n, r:COL=VALUE for each
 * rate, and s:COL:count s:COL:sum s:COL:min s:COL:max for each summarised
 * column.  Then one row per group: the group fields as read (escaped), n,
 * the match counts, and for each summarised column the count of numbers,
 * the parts of their exact sum (xsum.h) joined by ';', each with 17
 * significant digits so it reads back as the same double, min and max
 * (empty when there are no numbers).  Adding rows up is exact, so any
 * split of the input merges into what one run over all of it gives. */
#ifndef IMR_PARTIAL_H
#define IMR_PARTIAL_H

#include <stddef.h>

#include "agg.h"
#include "common/buf.h"

/* What is aggregated: column names as in the input header (unescaped). */
typedef struct {
	char **group;
	size_t ngroup;
	char **rate_col, **rate_value;   /* rows where rate_col is rate_value */
	size_t nrate;
	char **sum;
	size_t nsum;
} Spec;

void spec_add_group(Spec *s, const char *col);
void spec_add_rate(Spec *s, const char *col, const char *value);
void spec_add_sum(Spec *s, const char *col);
void spec_free(Spec *s);
/* An empty Agg of the spec's shape; with no group columns its one group
 * exists from the start (a count of nothing is a row with n = 0). */
Agg *spec_agg(const Spec *s);

/* The header line, escaped, without its LF. */
void partial_header(const Spec *s, Buf *b);
/* The header and one row per group (in agg_order), to standard output. */
void partial_write(const Spec *s, Agg *a);
/* Merge the partial aggregates of PATH ("-" = stdin, gzip recognised) into
 * *A.  With *A NULL, the spec is read from the first line, which must be a
 * header, and *A made.  Lines equal to the header are skipped wherever they
 * are (partials concatenated or sorted).  Errors exit 1 with FILE:LINE. */
void partial_merge_file(Spec *s, Agg **a, const char *path);

#endif
