#include "agg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/hash.h"
#include "common/util.h"

struct Agg {
	size_t nrates, nstats;
	size_t n, cap;            /* groups held, room for */
	uint64_t *hash;
	size_t *keyoff, *keylen;
	uint64_t *rows, *hits;
	Stat *stat;
	char *keys;               /* every key, one after another */
	size_t keysused, keyscap;
	uint32_t *slot;           /* open addressing: group index + 1, 0 = empty */
	size_t nslot;
};

Agg *agg_new(size_t nrates, size_t nstats)
{
	Agg *a = xmalloc(sizeof *a);
	memset(a, 0, sizeof *a);
	a->nrates = nrates;
	a->nstats = nstats;
	a->keyscap = 1 << 12;
	a->keys = xmalloc(a->keyscap);
	return a;
}

void agg_free(Agg *a)
{
	size_t i;
	if (!a)
		return;
	for (i = 0; i < a->n * a->nstats; i++) {
		xsum_free(&a->stat[i].sum);
		xsum_free(&a->stat[i].sq);
		free(a->stat[i].v);
	}
	free(a->hash);
	free(a->keyoff);
	free(a->keylen);
	free(a->rows);
	free(a->hits);
	free(a->stat);
	free(a->keys);
	free(a->slot);
	free(a);
}

size_t agg_size(const Agg *a) { return a->n; }

const char *agg_key(const Agg *a, size_t g, size_t *len)
{
	*len = a->keylen[g];
	return a->keys + a->keyoff[g];
}

Acc agg_acc(Agg *a, size_t g)
{
	Acc acc = { a->rows + g, a->hits + g * a->nrates, a->stat + g * a->nstats };
	return acc;
}

static void rehash(Agg *a)
{
	size_t nslot = a->nslot ? a->nslot * 2 : 1024, i;
	uint32_t *slot = xmalloc(nslot * sizeof *slot);
	memset(slot, 0, nslot * sizeof *slot);
	for (i = 0; i < a->n; i++) {
		size_t j = (size_t)a->hash[i] & (nslot - 1);
		while (slot[j])
			j = (j + 1) & (nslot - 1);
		slot[j] = (uint32_t)(i + 1);
	}
	free(a->slot);
	a->slot = slot;
	a->nslot = nslot;
}

static void grow_groups(Agg *a)
{
	a->cap = a->cap ? a->cap * 2 : 256;
	if (a->cap >= UINT32_MAX)
		die(EXIT_DATA, "too many groups");
	a->hash = xrealloc(a->hash, a->cap * sizeof *a->hash);
	a->keyoff = xrealloc(a->keyoff, a->cap * sizeof *a->keyoff);
	a->keylen = xrealloc(a->keylen, a->cap * sizeof *a->keylen);
	a->rows = xrealloc(a->rows, a->cap * sizeof *a->rows);
	a->hits = xrealloc(a->hits, a->cap * a->nrates * sizeof *a->hits);
	a->stat = xrealloc(a->stat, a->cap * a->nstats * sizeof *a->stat);
}

static size_t add_group(Agg *a, uint64_t h, const char *key, size_t len)
{
	size_t g = a->n++;
	if (g == a->cap)
		grow_groups(a);
	while (a->keyscap - a->keysused < len) {
		a->keyscap *= 2;
		a->keys = xrealloc(a->keys, a->keyscap);
	}
	memcpy(a->keys + a->keysused, key, len);
	a->hash[g] = h;
	a->keyoff[g] = a->keysused;
	a->keylen[g] = len;
	a->keysused += len;
	a->rows[g] = 0;
	memset(a->hits + g * a->nrates, 0, a->nrates * sizeof *a->hits);
	memset(a->stat + g * a->nstats, 0, a->nstats * sizeof *a->stat);
	return g;
}

size_t agg_find(Agg *a, const char *key, size_t len)
{
	uint64_t h = hash64(key, len);
	size_t j, g;
	if ((a->n + 1) * 2 > a->nslot)
		rehash(a);
	for (j = (size_t)h & (a->nslot - 1); a->slot[j]; j = (j + 1) & (a->nslot - 1)) {
		g = a->slot[j] - 1;
		if (a->hash[g] == h && a->keylen[g] == len &&
		    memcmp(a->keys + a->keyoff[g], key, len) == 0)
			return g;
	}
	g = add_group(a, h, key, len);
	a->slot[j] = (uint32_t)(g + 1);
	return g;
}

static void keep(Stat *s, double v)
{
	if (s->nv == s->cap)
		s->v = xrealloc(s->v, (s->cap = s->cap ? 2 * s->cap : 8) * sizeof *s->v);
	s->v[s->nv++] = v;
	s->sorted = 0;
}

/* Add V * W to X exactly: the product and its rounding error. */
static int add_product(XSum *x, double v, double w)
{
	double hi = v * w, lo = fma(v, w, -hi);
	return xsum_add(x, hi) < 0 || xsum_add(x, lo) < 0 ? -1 : 0;
}

int stat_add(Stat *s, double v, int sq, int keep_it)
{
	if (s->count == 0 || v < s->min)
		s->min = v;
	if (s->count == 0 || v > s->max)
		s->max = v;
	s->count++;
	if (keep_it)
		keep(s, v);
	if (sq && add_product(&s->sq, v, v) < 0)
		return -1;
	return xsum_add(&s->sum, v);
}

/* The sd of COUNT numbers from their exact SUM and sum of squares SQ,
 * each times F (a power of 2), both past the doubles on the way or not:
 * -1 when a step overflows. */
static int sd_scaled(const XSum *sum, const XSum *sq, uint64_t count, double f, double *sd)
{
	/* sum (x - m)^2 = sum x^2 - 2 m sum x + n m^2, exact for any m: m is
	 * the rounded mean, and every product goes in with its error */
	XSum d = { 0 };
	double n = (double)count, m, nm, nm_lo, var;
	uint32_t k;
	int64_t b;
	int rc = 0;
	m = xsum_value(sum) * f / n;     /* (big parts and all) */
	nm = n * m;
	nm_lo = fma(n, m, -nm);
	for (k = 0; k < sq->n; k++)
		rc |= xsum_add(&d, sq->part[k] * f * f);
	for (b = sq->big; b != 0; b += b > 0 ? -1 : 1)
		rc |= xsum_add(&d, (b > 0 ? 0x1p1023 : -0x1p1023) * f * f);
	for (k = 0; k < sum->n; k++)
		rc |= add_product(&d, -2 * m, sum->part[k] * f);
	for (b = sum->big; b != 0; b += b > 0 ? -1 : 1)
		rc |= add_product(&d, -2 * m, (b > 0 ? 0x1p1023 : -0x1p1023) * f);
	rc |= add_product(&d, nm, m);
	rc |= add_product(&d, nm_lo, m);
	var = xsum_value(&d) / (n - 1);
	xsum_free(&d);
	if (rc || !isfinite(var))
		return -1;
	*sd = sqrt(var > 0 ? var : 0) / f;
	return 0;
}

int stat_sd(const Stat *s, double *sd)
{
	if (s->count < 2)
		return -1;
	/* numbers whose squares go past the doubles: the same, scaled down
	 * (exactly, but for parts below 2^-500 of the largest) */
	if (s->sq.big == 0 && s->sum.big == 0 && sd_scaled(&s->sum, &s->sq, s->count, 1, sd) == 0)
		return 0;
	return sd_scaled(&s->sum, &s->sq, s->count, 0x1p-512, sd);
}

static int by_value(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return a < b ? -1 : a > b;
}

int stat_quantile(Stat *s, double q, double *v)
{
	double h, lo;
	size_t i;
	if (s->nv == 0)
		return -1;
	if (!s->sorted) {
		qsort(s->v, s->nv, sizeof *s->v, by_value);
		s->sorted = 1;
	}
	h = (double)(s->nv - 1) * q;
	lo = floor(h);
	i = (size_t)lo;
	*v = i + 1 < s->nv ? s->v[i] + (h - lo) * (s->v[i + 1] - s->v[i]) : s->v[i];
	return 0;
}

int uniq_add(Uniq *u, uint64_t g, const char *cell, size_t len)
{
	size_t before;
	if (!u->set)
		u->set = agg_new(0, 0);
	if (u->cap < len + 8)
		u->key = xrealloc(u->key, u->cap = 2 * (len + 8));
	memcpy(u->key, &g, 8);
	memcpy(u->key + 8, cell, len);
	before = agg_size(u->set);
	agg_find(u->set, u->key, len + 8);
	return agg_size(u->set) > before;
}

void uniq_free(Uniq *u)
{
	agg_free(u->set);
	free(u->key);
	memset(u, 0, sizeof *u);
}

int stat_merge(Stat *s, const Stat *from)
{
	size_t i;
	if (from->count == 0)
		return 0;
	if (s->count == 0 || from->min < s->min)
		s->min = from->min;
	if (s->count == 0 || from->max > s->max)
		s->max = from->max;
	s->count += from->count;
	for (i = 0; i < from->nv; i++)
		keep(s, from->v[i]);
	s->unique += from->unique;   /* (only right where the groups' cells differ) */
	return xsum_merge(&s->sum, &from->sum) < 0 || xsum_merge(&s->sq, &from->sq) < 0 ? -1 : 0;
}

int agg_merge(Agg *a, size_t to, Agg *from, size_t g)
{
	Acc d = agg_acc(a, to), s = agg_acc(from, g);
	size_t i;
	*d.n += *s.n;
	for (i = 0; i < a->nrates; i++)
		d.hits[i] += s.hits[i];
	for (i = 0; i < a->nstats; i++)
		if (stat_merge(&d.stat[i], &s.stat[i]) < 0)
			return -1;
	return 0;
}

static const Agg *sorting;

static int by_n_then_key(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	const Agg *a = sorting;
	size_t li = a->keylen[i], lj = a->keylen[j];
	int c;
	if (a->rows[i] != a->rows[j])
		return a->rows[i] > a->rows[j] ? -1 : 1;
	c = memcmp(a->keys + a->keyoff[i], a->keys + a->keyoff[j], li < lj ? li : lj);
	if (c)
		return c;
	return li < lj ? -1 : li > lj;
}

size_t *agg_order(const Agg *a)
{
	size_t *order = xmalloc(a->n * sizeof *order), i;
	for (i = 0; i < a->n; i++)
		order[i] = i;
	sorting = a;
	qsort(order, a->n, sizeof *order, by_n_then_key);
	return order;
}

void wilson95(uint64_t k, uint64_t n, double *lo, double *hi)
{
	const double z = 1.959963984540054;   /* the 97.5th percentile of N(0,1) */
	double nn = (double)n, p = (double)k / nn, z2 = z * z;
	double denom = 1 + z2 / nn;
	double center = (p + z2 / (2 * nn)) / denom;
	double half = z * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denom;
	*lo = k == 0 || center - half < 0 ? 0 : center - half;
	*hi = k == n || center + half > 1 ? 1 : center + half;
}
