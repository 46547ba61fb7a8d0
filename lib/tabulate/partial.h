/* partial.h: partial aggregates, the form in which runs over parts of the
 * input hand their groups to a merge (imr-tabulate --partial, --merge).
 *
 * A TSV.  Header: g:GROUP for each group column, n, r:COL=VALUE for each
 * rate, and s:COL:count s:COL:sum s:COL:min s:COL:max for each summarised
 * column.  Then one row per group: the group fields as read (escaped), n,
 * the match counts, and for each summarised column the count of numbers,
 * the parts of their exact sum (xsum.h) joined by ';', each with 17
 * significant digits so it reads back as the same double, min and max
 * (empty when there are no numbers); and when sd is asked, s:COL:sumsq,
 * the exact sum of squares in the same form.  Quantiles and countunique
 * need every value: they have no partial form.  Adding rows up is exact, so any
 * split of the input merges into what one run over all of it gives. */
#ifndef IMR_PARTIAL_H
#define IMR_PARTIAL_H

#include <stddef.h>

#include "agg.h"
#include "common/buf.h"

/* A statistic of a summarised column (-s COL:STAT,...). */
enum { ST_SUM, ST_MEAN, ST_MIN, ST_MAX, ST_SD, ST_QUANTILE, ST_UNIQUE };
typedef struct {
	int kind;
	double q;            /* ST_QUANTILE: 0..1 */
	char *name;          /* as asked: median, q1, p90, ... */
} Pick;

/* What is aggregated: column names as in the input header (unescaped). */
typedef struct {
	char **group;
	size_t ngroup;
	char **rate_col, **rate_value;   /* rows where rate_col is rate_value */
	size_t nrate;
	char **sum;
	size_t nsum;
	Pick **pick;                     /* for each sum, its statistics */
	size_t *npick;
} Spec;

void spec_add_group(Spec *s, const char *col);
void spec_add_rate(Spec *s, const char *col, const char *value);
/* COL with sum, mean, min and max. */
void spec_add_sum(Spec *s, const char *col);
/* COL with the statistics of the comma-separated LIST (sum mean min max sd
 * median q1 q3 pN countunique): 0, or -1 naming a statistic that is not one
 * (in *bad, malloc'd). */
int spec_add_stats(Spec *s, const char *col, const char *list, char **bad);
/* Does sum I want KIND? */
int spec_wants(const Spec *s, size_t i, int kind);
/* Does sum I need its cells to be numbers (any statistic but countunique)? */
int spec_numeric(const Spec *s, size_t i);
void spec_free(Spec *s);
/* An empty Agg of the spec's shape; with no group columns its one group
 * exists from the start (a count of nothing is a row with n = 0). */
Agg *spec_agg(const Spec *s);

/* The header line, escaped, without its LF. */
void partial_header(const Spec *s, Buf *b);
/* The header and one row per group (in agg_order), to standard output;
 * then, when TOTAL is not NULL, its one group as the row of whole rows
 * (--explode counts a row once per value in the groups, once in the
 * total), its group fields "\T", which no escaped field can be. */
void partial_write(const Spec *s, Agg *a, Agg *total);
/* Merge the partial aggregates of PATH ("-" = stdin, gzip recognised) into
 * *A.  With *A NULL, the spec is read from the first line, which must be a
 * header, and *A made.  Lines equal to the header are skipped wherever they
 * are (partials concatenated or sorted).  The rows of whole rows go into
 * *TOTAL (made when NULL).  Errors exit 1 with FILE:LINE. */
void partial_merge_file(Spec *s, Agg **a, Agg **total, const char *path);

#endif
