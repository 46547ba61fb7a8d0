#include "xsum.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/util.h"

#define UNIT 0x1p1023

/* Add X to the parts; the 2^1023s taken out to keep them finite go to
 * s->big, or, when BIG is NULL, make it fail (-1). */
static int add(XSum *s, double x, int64_t *big)
{
	uint32_t i, j = 0;
	if (!isfinite(x))
		return -1;
	if (x == 0)
		return 0;
	for (i = 0; i < s->n; i++) {
		double y = s->part[i], hi, lo;
		/* past DBL_MAX: 2^1023 out of the larger (>= 2^1022, of the sign
		 * of the sum), exactly (Sterbenz), until it is not */
		while (!isfinite(x + y)) {
			double *v = fabs(x) >= fabs(y) ? &x : &y, u = copysign(UNIT, *v);
			if (!big)
				return -1;
			*v -= u;
			*big += u > 0 ? 1 : -1;
		}
		if (fabs(x) < fabs(y)) {
			double t = x;
			x = y;
			y = t;
		}
		hi = x + y;
		lo = y - (hi - x);
		if (lo != 0)
			s->part[j++] = lo;
		x = hi;
	}
	if (j == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 2;
		s->part = xrealloc(s->part, s->cap * sizeof *s->part);
	}
	s->part[j++] = x;
	s->n = j;
	return 0;
}

int xsum_add(XSum *s, double x)
{
	return add(s, x, &s->big);
}

int xsum_merge(XSum *s, const XSum *from)
{
	uint32_t i;
	s->big += from->big;
	for (i = 0; i < from->n; i++)
		if (xsum_add(s, from->part[i]) < 0)
			return -1;
	return 0;
}

/* Python's fsum rounding: sum from the top until the rest cannot matter,
 * then correct a tie that the parts below would break. */
static double parts_value(const XSum *s);

/* The parts sum to less than 2^1024 in magnitude: with 4 or more 2^1023s
 * the sum is past the doubles; with fewer, they are added to a copy of the
 * parts, and the sum is past the doubles if that overflows. */
double xsum_value(const XSum *s)
{
	XSum t = { 0 };
	double v, u = copysign(UNIT, (double)s->big);
	int64_t k;
	if (s->big == 0)
		return parts_value(s);
	if (s->big > 3 || s->big < -3)
		return copysign(INFINITY, u);
	t.cap = s->n + 4;
	t.part = xmalloc(t.cap * sizeof *t.part);
	t.n = s->n;
	memcpy(t.part, s->part, s->n * sizeof *t.part);
	for (k = 0; k < (s->big > 0 ? s->big : -s->big); k++)
		if (add(&t, u, NULL) < 0) {
			xsum_free(&t);
			return copysign(INFINITY, u);
		}
	v = parts_value(&t);
	xsum_free(&t);
	return v;
}

static double parts_value(const XSum *s)
{
	uint32_t n = s->n;
	double hi = 0, lo = 0;
	if (n == 0)
		return 0;
	hi = s->part[--n];
	while (n > 0) {
		double x = hi, y = s->part[--n];
		hi = x + y;
		lo = y - (hi - x);
		if (lo != 0)
			break;
	}
	if (n > 0 && ((lo < 0 && s->part[n - 1] < 0) || (lo > 0 && s->part[n - 1] > 0))) {
		double y = lo * 2, x = hi + y;
		if (y == x - hi)
			hi = x;
	}
	return hi;
}

void xsum_free(XSum *s)
{
	free(s->part);
	s->part = NULL;
	s->n = s->cap = 0;
	s->big = 0;
}
