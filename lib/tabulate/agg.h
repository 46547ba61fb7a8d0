/* agg.h: hash aggregation: rows counted by group key, with match counts
 * and numeric summaries.
 *
 * A key is any byte string; imr-tabulate uses the escaped group fields
 * joined by TAB.  Memory grows with the number of groups, never with the
 * number of rows.  Every accumulator merges exactly (see xsum.h), so
 * aggregating parts of the input and merging the results is the same as
 * aggregating all of it at once. */
#ifndef IMR_AGG_H
#define IMR_AGG_H

#include <stddef.h>
#include <stdint.h>

#include "xsum.h"

/* A summary of the cells of one column. */
typedef struct {
	uint64_t count;       /* non-empty cells seen */
	double min, max;      /* meaningful when count > 0 */
	XSum sum;
	XSum sq;              /* the sum of squares, exact (for sd) */
	double *v;            /* the numbers themselves, when quantiles are asked */
	size_t nv, cap;
	int sorted;           /* v is in order */
	uint64_t unique;      /* distinct cells (countunique; see Uniq) */
} Stat;

/* The accumulators of one group: pointers into its Agg, valid until the
 * next agg_find(). */
typedef struct {
	uint64_t *n;          /* rows */
	uint64_t *hits;       /* rows matching, one per rate */
	Stat *stat;           /* one per summarised column */
} Acc;

typedef struct Agg Agg;

Agg *agg_new(size_t nrates, size_t nstats);
void agg_free(Agg *a);
/* The group with this key, added (all zero) if new: its index. */
size_t agg_find(Agg *a, const char *key, size_t len);
size_t agg_size(const Agg *a);
const char *agg_key(const Agg *a, size_t g, size_t *len);
Acc agg_acc(Agg *a, size_t g);
/* Add the accumulators of group G of FROM into group TO of A (same shape):
 * -1 when a sum overflows. */
int agg_merge(Agg *a, size_t to, Agg *from, size_t g);
/* Group indices by n descending, ties by key bytewise (malloc'd). */
size_t *agg_order(const Agg *a);

/* Add V, or another summary, to a summary: -1 when the sum overflows.
 * stat_add() keeps the sum of squares too when SQ, and V itself when KEEP. */
int stat_add(Stat *s, double v, int sq, int keep);
int stat_merge(Stat *s, const Stat *from);
/* A cell counted without its number (a column summarised only by
 * countunique): count it. */
static inline void stat_count(Stat *s) { s->count++; }
/* The sample standard deviation (n - 1), from the exact sums: -1 when
 * there are fewer than two numbers. */
int stat_sd(const Stat *s, double *sd);
/* The quantile Q (0..1) of the numbers kept, interpolated between the two
 * nearest ranks (R's and numpy's default, type 7; the median is the middle
 * number, or the mean of the middle two): -1 when there are none. */
int stat_quantile(Stat *s, double q, double *v);

/* Distinct cells by group, for countunique: a set of (group, cell) pairs. */
typedef struct {
	Agg *set;
	char *key;
	size_t cap;
} Uniq;
/* Is CELL new in group G?  1 (and now seen), or 0. */
int uniq_add(Uniq *u, uint64_t g, const char *cell, size_t len);
void uniq_free(Uniq *u);

/* Wilson score interval (95%) for K successes in N trials. */
void wilson95(uint64_t k, uint64_t n, double *lo, double *hi);

#endif
