/* xsum.h: the exact sum of doubles, rounded once at the end.
 *
 * The sum is kept as a short list of non-overlapping doubles (Shewchuk's
 * expansion, as in Python's math.fsum), so it is exact: adding the same
 * numbers in any order or grouping gives the same correctly rounded value.
 * That is what lets partial sums from many runs merge into exactly the sum
 * one run would give. */
#ifndef IMR_XSUM_H
#define IMR_XSUM_H

#include <stdint.h>

typedef struct {
	double *part;        /* increasing magnitude, non-overlapping */
	uint32_t n, cap;
	int64_t big;         /* and this many times 2^1023: sums past DBL_MAX on the way */
} XSum;

/* Add X (finite; else -1).  A sum may go past the doubles on the way
 * (1e308 + 1e308 - 1e308): only its value, at the end, can overflow. */
int xsum_add(XSum *s, double x);
/* Add every part of FROM to S. */
int xsum_merge(XSum *s, const XSum *from);
/* The exact sum, correctly rounded (+-inf when it is past the doubles). */
double xsum_value(const XSum *s);
void xsum_free(XSum *s);

#endif
