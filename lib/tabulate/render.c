#include "render.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/num.h"
#include "common/out.h"
#include "common/util.h"

int render_format(const char *s)
{
	static const char *names[] = { "tsv", "table", "md", "bars" };
	size_t i;
	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	return -1;
}

typedef struct {
	const char *s;
	size_t len;
	int num;              /* right-aligned */
} Cell;

/* One row's values as numbers, for the formats that draw them. */
typedef struct {
	uint64_t n;
	int has_rate;         /* the first rate, when there is one and n > 0 */
	double rate, lo, hi;
} Values;

/* The rows to show, and room for the cells of one. */
typedef struct {
	const Render *r;
	const Spec *spec;
	size_t nc;
	char **names;
	Cell *cell;
	char (*num)[NUM_MAX];
	Values v;
} Table;

static const char *total_label = "(total)";

static size_t ncols(const Spec *s)
{
	return s->ngroup + 1 + 4 * s->nrate + 4 * s->nsum;
}

/* The cells of one row (the total row when KEY is NULL), from ACC. */
static void row_cells(Table *t, const char *key, size_t keylen, Acc acc)
{
	const Spec *spec = t->spec;
	Cell *c = t->cell;
	char (*num)[NUM_MAX] = t->num;
	size_t i, k = 0;
	for (i = 0; i < spec->ngroup; i++, k++) {
		if (!key) {
			c[k].s = total_label;
			c[k].len = strlen(total_label);
		} else {
			const char *tab = memchr(key, '\t', keylen);
			size_t len = tab ? (size_t)(tab - key) : keylen;
			c[k].s = key;
			c[k].len = len;
			key += len + 1;
			keylen -= tab ? len + 1 : len;
		}
		c[k].num = 0;
	}
	t->v.n = *acc.n;
	t->v.has_rate = 0;
	snprintf(num[k], NUM_MAX, "%llu", (unsigned long long)*acc.n);
	k++;
	for (i = 0; i < spec->nrate; i++) {
		double rate, lo, hi;
		snprintf(num[k++], NUM_MAX, "%llu", (unsigned long long)acc.hits[i]);
		if (*acc.n == 0) {
			num[k++][0] = '\0';
			num[k++][0] = '\0';
			num[k++][0] = '\0';
			continue;
		}
		rate = (double)acc.hits[i] / (double)*acc.n;
		wilson95(acc.hits[i], *acc.n, &lo, &hi);
		if (i == 0) {
			t->v.has_rate = 1;
			t->v.rate = rate;
			t->v.lo = lo;
			t->v.hi = hi;
		}
		snprintf(num[k++], NUM_MAX, "%.6f", rate);
		snprintf(num[k++], NUM_MAX, "%.6f", lo);
		snprintf(num[k++], NUM_MAX, "%.6f", hi);
	}
	for (i = 0; i < spec->nsum; i++) {
		Stat *s = &acc.stat[i];
		double sum = xsum_value(&s->sum);
		num_exact(num[k++], sum);
		if (s->count == 0) {
			num[k++][0] = '\0';
			num[k++][0] = '\0';
			num[k++][0] = '\0';
			continue;
		}
		snprintf(num[k++], NUM_MAX, "%.12g", sum / (double)s->count);
		num_exact(num[k++], s->min);
		num_exact(num[k++], s->max);
	}
	for (k = spec->ngroup; k < t->nc; k++) {
		c[k].s = num[k];
		c[k].len = strlen(num[k]);
		c[k].num = 1;
	}
}

/* Output column names. */
static char **column_names(const Spec *spec)
{
	static const char *rate_part[] = { "", "rate", "ci_low", "ci_high" };
	static const char *sum_part[] = { "sum", "mean", "min", "max" };
	char **name = xmalloc(ncols(spec) * sizeof *name);
	size_t i, j, k = 0;
	for (i = 0; i < spec->ngroup; i++)
		name[k++] = xstrdup(spec->group[i]);
	name[k++] = xstrdup("n");
	for (i = 0; i < spec->nrate; i++)
		for (j = 0; j < 4; j++) {
			Buf b = { 0 };
			if (spec->nrate == 1) {
				buf_str(&b, j ? rate_part[j] : spec->rate_value[i]);
			} else {
				buf_str(&b, spec->rate_col[i]);
				buf_str(&b, "=");
				buf_str(&b, spec->rate_value[i]);
				if (j) {
					buf_str(&b, ":");
					buf_str(&b, rate_part[j]);
				}
			}
			name[k++] = b.s ? b.s : xstrdup("");
		}
	for (i = 0; i < spec->nsum; i++)
		for (j = 0; j < 4; j++) {
			Buf b = { 0 };
			if (spec->nsum > 1) {
				buf_str(&b, spec->sum[i]);
				buf_str(&b, ":");
			}
			buf_str(&b, sum_part[j]);
			name[k++] = b.s;
		}
	return name;
}

static size_t table_rows(const Table *t) { return t->r->ngroups + (t->r->total != NULL); }

static const Cell *table_row(Table *t, size_t r)
{
	size_t len;
	if (r < t->r->ngroups) {
		size_t g = t->r->order[r];
		const char *key = agg_key(t->r->agg, g, &len);
		row_cells(t, key, len, agg_acc(t->r->agg, g));
	} else {
		row_cells(t, NULL, 0, agg_acc(t->r->total, 0));
	}
	return t->cell;
}

static void write_tsv(Table *t)
{
	size_t r, k;
	for (k = 0; k < t->nc; k++) {
		if (k)
			out_tab();
		out_fieldz(t->names[k]);
	}
	out_nl();
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		for (k = 0; k < t->nc; k++) {
			if (k)
				out_tab();
			out_raw(c[k].s, c[k].len);
		}
		out_nl();
	}
}

/* Display width: UTF-8 code points. */
static size_t width(const char *s, size_t len)
{
	size_t w = 0, i;
	for (i = 0; i < len; i++)
		w += ((unsigned char)s[i] & 0xc0) != 0x80;
	return w;
}

static void out_pad(size_t n)
{
	while (n--)
		out_char(' ');
}

/* An empty group cell reads as (unknown) in the formats for people. */
static Cell shown(Cell c)
{
	if (!c.num && c.len == 0) {
		c.s = "(unknown)";
		c.len = 9;
	}
	return c;
}

static void write_table(Table *t)
{
	size_t nc = t->nc, *w = xmalloc(nc * sizeof *w), r, k;
	Buf line = { 0 };
	for (k = 0; k < nc; k++)
		w[k] = width(t->names[k], strlen(t->names[k]));
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		for (k = 0; k < nc; k++) {
			Cell s = shown(c[k]);
			size_t cw = width(s.s, s.len);
			if (cw > w[k])
				w[k] = cw;
		}
	}
	for (r = 0; r <= table_rows(t); r++) {
		const Cell *c = r ? table_row(t, r - 1) : NULL;
		line.len = 0;
		for (k = 0; k < nc; k++) {
			Cell s = c ? shown(c[k]) : (Cell){ t->names[k], strlen(t->names[k]), k >= t->spec->ngroup };
			size_t pad = w[k] - width(s.s, s.len);
			if (k)
				buf_pad(&line, 2);
			if (s.num)
				buf_pad(&line, pad);
			buf_add(&line, s.s, s.len);
			if (!s.num)
				buf_pad(&line, pad);
		}
		while (line.len > 0 && line.s[line.len - 1] == ' ')
			line.len--;
		out_raw(line.s, line.len);
		out_nl();
	}
	free(line.s);
	free(w);
}

static void out_md(const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		if (s[i] == '|')
			out_char('\\');
		out_char(s[i]);
	}
}

static void write_md(Table *t)
{
	size_t r, k;
	out_char('|');
	for (k = 0; k < t->nc; k++) {
		out_char(' ');
		out_md(t->names[k], strlen(t->names[k]));
		out_str(" |");
	}
	out_str("\n|");
	for (k = 0; k < t->nc; k++)
		out_str(k < t->spec->ngroup ? " --- |" : " ---: |");
	out_nl();
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		out_char('|');
		for (k = 0; k < t->nc; k++) {
			Cell s = shown(c[k]);
			out_char(' ');
			out_md(s.s, s.len);
			out_str(" |");
		}
		out_nl();
	}
}

static size_t term_width(void)
{
	const char *env = getenv("COLUMNS");
	struct winsize ws;
	uint64_t v;
	if (env && num_u64(env, strlen(env), &v) == 0 && v > 0 && v < 10000)
		return (size_t)v;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}

/* The label of a bar: the group cells joined by " / ". */
static void bar_label(const Table *t, Buf *b)
{
	size_t k;
	b->len = 0;
	buf_str(b, "");
	if (t->spec->ngroup == 0)
		buf_str(b, "(all)");
	for (k = 0; k < t->spec->ngroup; k++) {
		Cell s = shown(t->cell[k]);
		if (k)
			buf_str(b, " / ");
		buf_add(b, s.s, s.len);
	}
}

/* The bar's value text and its length as a fraction of the full bar. */
static double bar_value(const Table *t, uint64_t maxn, Buf *b)
{
	const Values *v = &t->v;
	char tmp[NUM_MAX * 4];
	b->len = 0;
	if (t->spec->nrate == 0) {
		snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v->n);
		buf_str(b, tmp);
		return maxn ? (double)v->n / (double)maxn : 0;
	}
	if (!v->has_rate) {
		snprintf(tmp, sizeof tmp, "n=%llu", (unsigned long long)v->n);
		buf_str(b, tmp);
		return 0;
	}
	snprintf(tmp, sizeof tmp, "%.1f%% [%.1f, %.1f] of %llu", 100 * v->rate, 100 * v->lo, 100 * v->hi,
	         (unsigned long long)v->n);
	buf_str(b, tmp);
	return v->rate;
}

/* Up to MAX display columns of S, with "…" when cut. */
static void out_clipped(const char *s, size_t len, size_t max)
{
	size_t w = width(s, len), i, seen = 0;
	if (w <= max) {
		out_raw(s, len);
		out_pad(max - w);
		return;
	}
	for (i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80 && ++seen == max)
			break;
		out_char(s[i]);
	}
	out_str("…");
}

static void out_bar(double frac, size_t barw)
{
	static const char *eighth[] = { "", "▏", "▎", "▍", "▌", "▋", "▊", "▉" };
	size_t units = (size_t)(frac * (double)barw * 8 + 0.5), i;
	if (frac < 0)
		units = 0;
	if (units > barw * 8)
		units = barw * 8;
	for (i = 0; i < units / 8; i++)
		out_str("█");
	out_str(eighth[units % 8]);
	out_pad(barw - units / 8 - (units % 8 != 0));
}

static void write_bars(Table *t)
{
	size_t r, labelw = 0, valuew = 0, tw = term_width(), barw;
	uint64_t maxn = 0;
	Buf label = { 0 }, value = { 0 };
	for (r = 0; r < table_rows(t); r++) {
		table_row(t, r);
		bar_label(t, &label);
		bar_value(t, 0, &value);
		if (width(label.s, label.len) > labelw)
			labelw = width(label.s, label.len);
		if (value.len > valuew)
			valuew = value.len;
		if (t->v.n > maxn)
			maxn = t->v.n;
	}
	if (labelw > tw / 3)
		labelw = tw / 3 > 8 ? tw / 3 : 8;
	barw = tw > labelw + valuew + 4 + 10 ? tw - labelw - valuew - 4 : 10;
	for (r = 0; r < table_rows(t); r++) {
		double frac;
		table_row(t, r);
		bar_label(t, &label);
		frac = bar_value(t, maxn, &value);
		out_clipped(label.s, label.len, labelw);
		out_str("  ");
		out_bar(frac > 1 ? 1 : frac, barw);
		out_str("  ");
		out_raw(value.s, value.len);
		out_nl();
	}
	free(label.s);
	free(value.s);
}

void render(const Render *r)
{
	Table t = { 0 };
	size_t k;
	t.r = r;
	t.spec = r->spec;
	t.nc = ncols(r->spec);
	t.names = column_names(r->spec);
	t.cell = xmalloc(t.nc * sizeof *t.cell);
	t.num = xmalloc(t.nc * sizeof *t.num);
	switch (r->format) {
	case FMT_TSV: write_tsv(&t); break;
	case FMT_TABLE: write_table(&t); break;
	case FMT_MD: write_md(&t); break;
	case FMT_BARS: write_bars(&t); break;
	}
	for (k = 0; k < t.nc; k++)
		free(t.names[k]);
	free(t.names);
	free(t.cell);
	free(t.num);
}
