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

/* A summary of the numeric cells of one column. */
typedef struct {
	uint64_t count;       /* cells seen */
	double min, max;      /* meaningful when count > 0 */
	XSum sum;
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

/* Add V, or another summary, to a summary: -1 when the sum overflows. */
int stat_add(Stat *s, double v);
int stat_merge(Stat *s, const Stat *from);

/* Wilson score interval (95%) for K successes in N trials. */
void wilson95(uint64_t k, uint64_t n, double *lo, double *hi);

#endif
