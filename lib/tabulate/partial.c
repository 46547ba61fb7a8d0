#include "partial.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/input.h"
#include "common/lines.h"
#include "common/num.h"
#include "common/out.h"
#include "common/tsv.h"
#include "common/util.h"

static const char *stat_part[] = { "count", "sum", "min", "max", "sumsq" };

static void *grow(void *p, size_t n, size_t size)
{
	return xrealloc(p, (n + 1) * size);
}

void spec_add_group(Spec *s, const char *col)
{
	s->group = grow(s->group, s->ngroup, sizeof *s->group);
	s->group[s->ngroup++] = xstrdup(col);
}

void spec_add_rate(Spec *s, const char *col, const char *value)
{
	s->rate_col = grow(s->rate_col, s->nrate, sizeof *s->rate_col);
	s->rate_value = grow(s->rate_value, s->nrate, sizeof *s->rate_value);
	s->rate_col[s->nrate] = xstrdup(col);
	s->rate_value[s->nrate++] = xstrdup(value);
}

/* The statistic NAME into P: 0, or -1. */
static int parse_pick(const char *name, Pick *p)
{
	static const struct { const char *name; int kind; double q; } known[] = {
		{ "sum", ST_SUM, 0 }, { "mean", ST_MEAN, 0 }, { "min", ST_MIN, 0 },
		{ "max", ST_MAX, 0 }, { "sd", ST_SD, 0 }, { "median", ST_QUANTILE, 0.5 },
		{ "q1", ST_QUANTILE, 0.25 }, { "q3", ST_QUANTILE, 0.75 },
		{ "countunique", ST_UNIQUE, 0 },
	};
	size_t i;
	double v;
	for (i = 0; i < sizeof known / sizeof *known; i++)
		if (strcmp(name, known[i].name) == 0) {
			p->kind = known[i].kind;
			p->q = known[i].q;
			p->name = xstrdup(name);
			return 0;
		}
	/* pN: N a percentage, 0..100, digits and one '.' */
	if (name[0] != 'p' || !name[1] || strspn(name + 1, "0123456789.") != strlen(name + 1) ||
	    num_double(name + 1, strlen(name + 1), &v) < 0 || v < 0 || v > 100)
		return -1;
	p->kind = ST_QUANTILE;
	p->q = v / 100;
	p->name = xstrdup(name);
	return 0;
}

int spec_add_stats(Spec *s, const char *col, const char *list, char **bad)
{
	char *copy = xstrdup(list), *p = copy, *comma;
	Pick *picks = NULL;
	size_t n = 0;
	do {
		comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		picks = grow(picks, n, sizeof *picks);
		if (parse_pick(p, &picks[n]) < 0) {
			*bad = xstrdup(p);
			while (n--)
				free(picks[n].name);
			free(picks);
			free(copy);
			return -1;
		}
		n++;
		p = comma + 1;
	} while (comma);
	free(copy);
	s->sum = grow(s->sum, s->nsum, sizeof *s->sum);
	s->pick = grow(s->pick, s->nsum, sizeof *s->pick);
	s->npick = grow(s->npick, s->nsum, sizeof *s->npick);
	s->sum[s->nsum] = xstrdup(col);
	s->pick[s->nsum] = picks;
	s->npick[s->nsum++] = n;
	return 0;
}

void spec_add_sum(Spec *s, const char *col)
{
	char *bad;
	spec_add_stats(s, col, "sum,mean,min,max", &bad);
}

int spec_wants(const Spec *s, size_t i, int kind)
{
	size_t k;
	for (k = 0; k < s->npick[i]; k++)
		if (s->pick[i][k].kind == kind)
			return 1;
	return 0;
}

int spec_numeric(const Spec *s, size_t i)
{
	size_t k;
	for (k = 0; k < s->npick[i]; k++)
		if (s->pick[i][k].kind != ST_UNIQUE)
			return 1;
	return 0;
}

/* The partial form's parts of sum I: count, sum, min, max, and sumsq when
 * sd is asked. */
static size_t stat_parts(const Spec *s, size_t i)
{
	return 4 + (size_t)spec_wants(s, i, ST_SD);
}

Agg *spec_agg(const Spec *s)
{
	Agg *a = agg_new(s->nrate, s->nsum);
	if (s->ngroup == 0)
		agg_find(a, "", 0);
	return a;
}

void partial_header(const Spec *s, Buf *b)
{
	size_t i, j;
	for (i = 0; i < s->ngroup; i++) {
		buf_str(b, "g:");
		buf_esc(b, s->group[i]);
		buf_str(b, "\t");
	}
	buf_str(b, "n");
	for (i = 0; i < s->nrate; i++) {
		buf_str(b, "\tr:");
		buf_esc(b, s->rate_col[i]);
		buf_str(b, "=");
		buf_esc(b, s->rate_value[i]);
	}
	for (i = 0; i < s->nsum; i++)
		for (j = 0; j < stat_parts(s, i); j++) {
			buf_str(b, "\ts:");
			buf_esc(b, s->sum[i]);
			buf_str(b, ":");
			buf_str(b, stat_part[j]);
		}
}

static void out_g17(double v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof tmp, "%.17g", v);
	out_raw(tmp, (size_t)n);
}

static void write_xsum(const XSum *x)
{
	uint32_t k;
	int64_t b;
	for (k = 0; k < x->n; k++) {
		if (k)
			out_char(';');
		out_g17(x->part[k]);
	}
	/* a sum past the doubles on the way: its 2^1023s, as more parts */
	for (b = x->big; b != 0; b += b > 0 ? -1 : 1) {
		if (k++)
			out_char(';');
		out_g17(b > 0 ? 0x1p1023 : -0x1p1023);
	}
	if (k == 0)
		out_char('0');
}

static void write_stat(const Stat *s, int sq)
{
	out_tab();
	out_u64(s->count);
	out_tab();
	write_xsum(&s->sum);
	out_tab();
	if (s->count)
		out_g17(s->min);
	out_tab();
	if (s->count)
		out_g17(s->max);
	if (sq) {
		out_tab();
		write_xsum(&s->sq);
	}
}

/* The key of the row of whole rows: \T in every group field, which no
 * escaped field holds (a backslash is always written doubled). */
static void total_key(const Spec *s, Buf *b)
{
	size_t i;
	b->len = 0;
	buf_str(b, "");
	for (i = 0; i < s->ngroup; i++)
		buf_str(b, i ? "\t\\T" : "\\T");
}

static void write_row(const Spec *s, Agg *a, size_t g, const char *key, size_t len)
{
	Acc acc = agg_acc(a, g);
	size_t j;
	out_raw(key, len);
	if (s->ngroup)
		out_tab();
	out_u64(*acc.n);
	for (j = 0; j < s->nrate; j++) {
		out_tab();
		out_u64(acc.hits[j]);
	}
	for (j = 0; j < s->nsum; j++)
		write_stat(&acc.stat[j], spec_wants(s, j, ST_SD));
	out_nl();
}

void partial_write(const Spec *s, Agg *a, Agg *total)
{
	size_t *order = agg_order(a), i;
	Buf head = { 0 };
	partial_header(s, &head);
	out_raw(head.s, head.len);
	out_nl();
	for (i = 0; i < agg_size(a); i++) {
		size_t len;
		const char *key = agg_key(a, order[i], &len);
		write_row(s, a, order[i], key, len);
	}
	if (total && s->ngroup) {
		total_key(s, &head);
		write_row(s, total, 0, head.s, head.len);
	}
	free(order);
	buf_free(&head);
}

static int has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* One header column into the spec; *part counts the s:COL:... columns of
 * the summary being read, *pending holds its COL.  0, or -1. */
static int header_column(Spec *s, char *name, int *seen_n, size_t *part, char **pending)
{
	char *colon, *eq;
	if (!*seen_n && has_prefix(name, "g:")) {
		spec_add_group(s, name + 2);
		return 0;
	}
	if (!*seen_n && strcmp(name, "n") == 0) {
		*seen_n = 1;
		return 0;
	}
	if (*seen_n && !s->nsum && !*pending && has_prefix(name, "r:") && (eq = strchr(name, '='))) {
		*eq = '\0';
		spec_add_rate(s, name + 2, eq + 1);
		return 0;
	}
	if (*seen_n && *part == 0 && s->nsum && has_prefix(name, "s:") &&
	    (colon = strrchr(name, ':')) != NULL && strcmp(colon + 1, "sumsq") == 0 &&
	    (size_t)(colon - name - 2) == strlen(s->sum[s->nsum - 1]) &&
	    memcmp(name + 2, s->sum[s->nsum - 1], (size_t)(colon - name - 2)) == 0 &&
	    !spec_wants(s, s->nsum - 1, ST_SD)) {   /* the last sum's sd */
		char *col = s->sum[--s->nsum], *bad;
		size_t k;
		for (k = 0; k < s->npick[s->nsum]; k++)
			free(s->pick[s->nsum][k].name);
		free(s->pick[s->nsum]);
		spec_add_stats(s, col, "sum,mean,min,max,sd", &bad);
		free(col);
		return 0;
	}
	if (!*seen_n || !has_prefix(name, "s:") || !(colon = strrchr(name, ':')) || colon < name + 2 ||
	    strcmp(colon + 1, stat_part[*part]) != 0)
		return -1;
	*colon = '\0';
	if (*part == 0)
		*pending = xstrdup(name + 2);
	else if (strcmp(*pending, name + 2) != 0)
		return -1;
	if (++*part == 4) {
		spec_add_sum(s, *pending);
		free(*pending);
		*pending = NULL;
		*part = 0;
	}
	return 0;
}

/* Read a header line into an empty spec: 0, or -1 (the spec left empty)
 * if it is not one. */
static int read_header(Spec *s, const char *line, size_t len)
{
	const char *p = line, *end = line + len;
	int seen_n = 0, rc = 0;
	size_t part = 0;
	char *pending = NULL;
	while (rc == 0) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		const char *stop = tab ? tab : end;
		char *name = xmalloc((size_t)(stop - p) + 1);
		name[tsv_unescape(p, (size_t)(stop - p), name)] = '\0';
		rc = header_column(s, name, &seen_n, &part, &pending);
		free(name);
		if (!tab)
			break;
		p = tab + 1;
	}
	free(pending);
	if (rc == 0 && seen_n && part == 0)
		return 0;
	spec_free(s);
	return -1;
}

/* The fields of LINE into F[MAX]: how many there are. */
static size_t split_fields(const char *line, size_t len, Field *f, size_t max)
{
	const char *p = line, *end = line + len;
	size_t n = 0;
	for (;;) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		const char *stop = tab ? tab : end;
		if (n < max) {
			f[n].s = p;
			f[n].len = (size_t)(stop - p);
		}
		n++;
		if (!tab)
			return n;
		p = tab + 1;
	}
}

/* The parts of an exact sum, ';'-joined, into X (emptied first). */
static int read_xsum(Field f, XSum *x)
{
	const char *p = f.s, *end = f.s + f.len;
	x->n = 0;
	x->big = 0;
	for (;;) {
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *stop = semi ? semi : end;
		double v;
		if (num_double(p, (size_t)(stop - p), &v) < 0 || xsum_add(x, v) < 0)
			return -1;
		if (!semi)
			return 0;
		p = semi + 1;
	}
}

/* count, sum parts, min, max (and sumsq parts when SQ) into S. */
static int read_stat(const Field *f, Stat *s, int sq)
{
	s->sq.n = 0;
	if (num_u64(f[0].s, f[0].len, &s->count) < 0 || read_xsum(f[1], &s->sum) < 0 ||
	    (sq && read_xsum(f[4], &s->sq) < 0))
		return -1;
	if (s->count == 0)
		return f[2].len || f[3].len ? -1 : 0;
	if (num_double(f[2].s, f[2].len, &s->min) < 0 || num_double(f[3].s, f[3].len, &s->max) < 0)
		return -1;
	return s->min <= s->max ? 0 : -1;
}

/* One row into A: 0, -1 if malformed, -2 if its count takes the group's
 * past 2^64-1 (A may then hold part of it).  A row cannot match or hold
 * numbers in more rows than it counts; so, with the group's n checked,
 * no other count can wrap either. */
static int merge_row(const Spec *s, Agg *a, Agg **total, const char *line, size_t len)
{
	static Buf tkey;
	size_t ncols = s->ngroup + 1 + s->nrate, i, at, klen;
	static Field *f;
	static Stat st;
	Field *v;
	for (i = 0; i < s->nsum; i++)
		ncols += stat_parts(s, i);
	Acc acc;
	uint64_t n;
	f = xrealloc(f, ncols * sizeof *f);
	if (split_fields(line, len, f, ncols) != ncols)
		return -1;
	v = f + s->ngroup;       /* n, then the accumulators */
	if (num_u64(v[0].s, v[0].len, &n) < 0)
		return -1;
	klen = s->ngroup ? (size_t)(v[0].s - 1 - line) : 0;
	total_key(s, &tkey);
	if (s->ngroup && klen == tkey.len && memcmp(line, tkey.s, klen) == 0) {
		if (!*total) {
			*total = spec_agg(s);
			agg_find(*total, "", 0);
		}
		acc = agg_acc(*total, 0);
	} else {
		acc = agg_acc(a, agg_find(a, line, klen));
	}
	if (*acc.n > UINT64_MAX - n)
		return -2;
	*acc.n += n;
	for (i = 0; i < s->nrate; i++) {
		uint64_t hits;
		if (num_u64(v[1 + i].s, v[1 + i].len, &hits) < 0 || hits > n)
			return -1;
		acc.hits[i] += hits;
	}
	for (i = 0, at = 1 + s->nrate; i < s->nsum; at += stat_parts(s, i++))
		if (read_stat(v + at, &st, spec_wants(s, i, ST_SD)) < 0 || st.count > n ||
		    stat_merge(&acc.stat[i], &st) < 0)
			return -1;
	return 0;
}

void partial_merge_file(Spec *s, Agg **a, Agg **total, const char *path)
{
	const char *err;
	Input *in = input_open(path, &err);
	LineReader *lr;
	Buf header = { 0 }, msg = { 0 };
	char *line, where[32];
	size_t len;
	int rc, bad;
	if (!in)
		die(EXIT_DATA, "%s: %s", path, err);
	if (*a)
		partial_header(s, &header);
	lr = lines_open(in, (size_t)1 << 28);
	while ((rc = lines_next(lr, &line, &len)) > 0) {
		const char *what = NULL;
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (!*a) {
			if (read_header(s, line, len) < 0) {
				what = "not a partial aggregate header (imr-tabulate --partial)";
			} else {
				*a = spec_agg(s);
				partial_header(s, &header);
			}
		}
		if (!what && len == header.len && memcmp(line, header.s, len) == 0)
			continue;
		if (!what && (bad = merge_row(s, *a, total, line, len)) < 0)
			what = bad == -2 ? "the counts of this group add up past 2^64-1"
			                 : "not a partial aggregate row of the kind the header names";
		if (what) {
			snprintf(where, sizeof where, ":%llu: ", (unsigned long long)lines_lineno(lr));
			buf_str(&msg, path);
			buf_str(&msg, where);
			buf_str(&msg, what);
			break;
		}
	}
	if (rc < 0) {
		buf_str(&msg, path);
		buf_str(&msg, ": ");
		buf_str(&msg, lines_error(lr));
	}
	lines_close(lr);    /* all freed before any exit: a caller may catch it */
	input_close(in);
	buf_free(&header);
	if (msg.len) {
		char text[4400];
		snprintf(text, sizeof text, "%s", msg.s);
		buf_free(&msg);
		die(EXIT_DATA, "%s", text);
	}
}

void spec_free(Spec *s)
{
	size_t i;
	for (i = 0; i < s->ngroup; i++)
		free(s->group[i]);
	for (i = 0; i < s->nrate; i++) {
		free(s->rate_col[i]);
		free(s->rate_value[i]);
	}
	for (i = 0; i < s->nsum; i++) {
		size_t k;
		for (k = 0; k < s->npick[i]; k++)
			free(s->pick[i][k].name);
		free(s->pick[i]);
		free(s->sum[i]);
	}
	free(s->pick);
	free(s->npick);
	free(s->group);
	free(s->rate_col);
	free(s->rate_value);
	free(s->sum);
	memset(s, 0, sizeof *s);
}
