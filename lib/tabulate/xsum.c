#include "xsum.h"

#include <math.h>
#include <stdlib.h>

#include "common/util.h"

int xsum_add(XSum *s, double x)
{
	uint32_t i, j = 0;
	if (x == 0)
		return 0;
	for (i = 0; i < s->n; i++) {
		double y = s->part[i], hi, lo;
		if (fabs(x) < fabs(y)) {
			double t = x;
			x = y;
			y = t;
		}
		hi = x + y;
		lo = y - (hi - x);
		if (!isfinite(hi))
			return -1;
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

int xsum_merge(XSum *s, const XSum *from)
{
	uint32_t i;
	for (i = 0; i < from->n; i++)
		if (xsum_add(s, from->part[i]) < 0)
			return -1;
	return 0;
}

/* Python's fsum rounding: sum from the top until the rest cannot matter,
 * then correct a tie that the parts below would break. */
double xsum_value(const XSum *s)
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
}
