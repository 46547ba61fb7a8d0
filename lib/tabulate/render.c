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
	static const char *names[] = { "tsv", "table", "md", "bars", "csv", "svg" };
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

/* An output column: what it shows, of which rate or sum. */
enum { C_GROUP, C_N, C_HITS, C_RATE, C_LO, C_HI, C_COUNT, C_PICK };
typedef struct {
	int what;
	size_t i;             /* the group, rate or sum */
	const Pick *pick;     /* C_PICK */
} Col;

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
	Col *col;
	char **names;
	double *val;          /* the numbers of the row's cells (for --sort) */
	int *has;             /* which cells have one */
	Cell *cell;
	char (*num)[NUM_MAX];
	Values v;
	Buf esc;              /* group cells with control characters, shown */
	size_t *esc_at;
} Table;

static const char *total_label = "(total)";

/* The output columns of SPEC: groups, n, four per rate, and per sum
 * COL:n and its statistics. */
static Col *columns(const Spec *spec, size_t *n)
{
	size_t i, j, k = 0, max = spec->ngroup + 1 + 4 * spec->nrate;
	Col *c;
	for (i = 0; i < spec->nsum; i++)
		max += 1 + spec->npick[i];
	c = xmalloc(max * sizeof *c);
	for (i = 0; i < spec->ngroup; i++)
		c[k++] = (Col){ C_GROUP, i, NULL };
	c[k++] = (Col){ C_N, 0, NULL };
	for (i = 0; i < spec->nrate; i++)
		for (j = 0; j < 4; j++)
			c[k++] = (Col){ C_HITS + (int)j, i, NULL };
	for (i = 0; i < spec->nsum; i++) {
		c[k++] = (Col){ C_COUNT, i, NULL };
		for (j = 0; j < spec->npick[i]; j++)
			c[k++] = (Col){ C_PICK, i, &spec->pick[i][j] };
	}
	*n = k;
	return c;
}

/* The name of output column C. */
static char *column_name(const Spec *spec, const Col *c)
{
	static const char *rate_part[] = { "", "rate", "ci_low", "ci_high" };
	Buf b = { 0 };
	buf_str(&b, "");
	switch (c->what) {
	case C_GROUP: buf_str(&b, spec->group[c->i]); break;
	case C_N: buf_str(&b, "n"); break;
	case C_HITS: case C_RATE: case C_LO: case C_HI:
		if (spec->nrate == 1) {
			buf_str(&b, c->what == C_HITS ? spec->rate_value[c->i] : rate_part[c->what - C_HITS]);
		} else {
			buf_str(&b, spec->rate_col[c->i]);
			buf_str(&b, "=");
			buf_str(&b, spec->rate_value[c->i]);
			if (c->what != C_HITS) {
				buf_str(&b, ":");
				buf_str(&b, rate_part[c->what - C_HITS]);
			}
		}
		break;
	case C_COUNT:
		buf_str(&b, spec->sum[c->i]);
		buf_str(&b, ":n");
		break;
	default:
		if (spec->nsum > 1) {
			buf_str(&b, spec->sum[c->i]);
			buf_str(&b, ":");
		}
		buf_str(&b, c->pick->name);
	}
	return b.s;
}

int render_has_column(const Spec *spec, const char *name)
{
	size_t n, k;
	Col *c = columns(spec, &n);
	int found = 0;
	for (k = 0; k < n && !found; k++) {
		char *s = column_name(spec, &c[k]);
		found = strcmp(s, name) == 0;
		free(s);
	}
	free(c);
	return found;
}

/* Statistic P of S into DST, and *V: 0, or -1 when it has no value. */
static int pick_value(const Pick *p, Stat *s, char dst[NUM_MAX], double *v)
{
	switch (p->kind) {
	case ST_SUM:
		*v = xsum_value(&s->sum);
		num_exact(dst, *v);
		return 0;
	case ST_UNIQUE:
		*v = (double)s->unique;
		snprintf(dst, NUM_MAX, "%llu", (unsigned long long)s->unique);
		return 0;
	case ST_MEAN:
		if (s->count == 0)
			return -1;
		*v = xsum_value(&s->sum) / (double)s->count;
		snprintf(dst, NUM_MAX, "%.12g", *v);
		return 0;
	case ST_MIN: case ST_MAX:
		if (s->count == 0)
			return -1;
		*v = p->kind == ST_MIN ? s->min : s->max;
		num_exact(dst, *v);
		return 0;
	case ST_SD:
		if (stat_sd(s, v) < 0)
			return -1;
		snprintf(dst, NUM_MAX, "%.12g", *v);
		return 0;
	default:
		if (stat_quantile(s, p->q, v) < 0)
			return -1;
		num_exact(dst, *v);
		return 0;
	}
}

/* The cells of one row (the total row when KEY is NULL), from ACC. */
static void row_cells(Table *t, const char *key, size_t keylen, Acc acc)
{
	size_t k;
	uint64_t n = *acc.n;
	t->v.n = n;
	t->v.has_rate = 0;
	for (k = 0; k < t->nc; k++) {
		const Col *c = &t->col[k];
		Cell *cell = &t->cell[k];
		char *num = t->num[k];
		double v = 0, lo, hi;
		int has = 1;
		num[0] = '\0';
		cell->num = 1;
		switch (c->what) {
		case C_GROUP:
			cell->num = 0;
			has = 0;
			if (!key) {
				cell->s = total_label;
				cell->len = strlen(total_label);
			} else {
				const char *tab = memchr(key, '\t', keylen);
				size_t len = tab ? (size_t)(tab - key) : keylen;
				cell->s = key;
				cell->len = len;
				key += len + 1;
				keylen -= tab ? len + 1 : len;
			}
			break;
		case C_N:
			v = (double)n;
			snprintf(num, NUM_MAX, "%llu", (unsigned long long)n);
			break;
		case C_HITS:
			v = (double)acc.hits[c->i];
			snprintf(num, NUM_MAX, "%llu", (unsigned long long)acc.hits[c->i]);
			break;
		case C_RATE: case C_LO: case C_HI:
			if (n == 0) {
				has = 0;
				break;
			}
			wilson95(acc.hits[c->i], n, &lo, &hi);
			v = c->what == C_RATE ? (double)acc.hits[c->i] / (double)n : c->what == C_LO ? lo : hi;
			if (c->i == 0 && c->what == C_RATE) {
				t->v.has_rate = 1;
				t->v.rate = v;
				t->v.lo = lo;
				t->v.hi = hi;
			}
			snprintf(num, NUM_MAX, "%.6f", v);
			break;
		case C_COUNT:
			v = (double)acc.stat[c->i].count;
			snprintf(num, NUM_MAX, "%llu", (unsigned long long)acc.stat[c->i].count);
			break;
		default:
			has = pick_value(c->pick, &acc.stat[c->i], num, &v) == 0;
		}
		if (cell->num) {
			cell->s = num;
			cell->len = strlen(num);
		}
		t->val[k] = v;
		t->has[k] = has;
	}
}

/* A control character (C0, DEL, C1) of a byte string at I: its length, or 0. */
static size_t control_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x20 || c == 0x7f)
		return 1;
	if (c == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f)
		return 2;
	return 0;
}

/* S with its control characters as \xNN, into B. */
static void add_shown(Buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, n;
	while (i < len) {
		n = control_at(s, len, i);
		if (n == 0) {
			buf_add(b, s + i++, 1);
			continue;
		}
		for (; n > 0; n--, i++) {
			char x[4] = { '\\', 'x', hex[(unsigned char)s[i] >> 4], hex[s[i] & 15] };
			buf_add(b, x, 4);
		}
	}
}

/* A letter's text may hold terminal escapes: in the formats for people a
 * group cell's control characters are shown as \xNN (tsv and csv are left
 * as read). */
static void escape_controls(Table *t)
{
	size_t k, i;
	if (t->r->format == FMT_TSV || t->r->format == FMT_CSV)
		return;
	if (!t->esc_at)
		t->esc_at = xmalloc((t->nc + 1) * sizeof *t->esc_at);
	t->esc.len = 0;
	for (k = 0; k < t->nc; k++) {
		Cell *c = &t->cell[k];
		t->esc_at[k] = (size_t)-1;
		if (t->col[k].what != C_GROUP)
			continue;
		for (i = 0; i < c->len && !control_at(c->s, c->len, i); i++)
			;
		if (i == c->len)
			continue;
		t->esc_at[k] = t->esc.len;
		add_shown(&t->esc, c->s, c->len);
		c->len = t->esc.len - t->esc_at[k];
	}
	for (k = 0; k < t->nc; k++)   /* (esc may have moved as it grew) */
		if (t->esc_at[k] != (size_t)-1)
			t->cell[k].s = t->esc.s + t->esc_at[k];
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
	escape_controls(t);
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

/* ---- svg: one bar per row, the first rate (with its Wilson interval as a
 * whisker) or else n; plain SVG 1.1, no script, a generic font ---- */

/* S as XML text: its markup escaped, control characters (which XML 1.0
 * does not allow, or frowns on) as \xNN. */
static void out_xml(const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		size_t n = control_at(s, len, i);
		if (n) {
			Buf b = { 0 };
			add_shown(&b, s + i, n);
			out_raw(b.s, b.len);
			buf_free(&b);
			i += n - 1;
			continue;
		}
		switch (s[i]) {
		case '&': out_str("&amp;"); break;
		case '<': out_str("&lt;"); break;
		case '>': out_str("&gt;"); break;
		case '"': out_str("&quot;"); break;
		default: out_char(s[i]);
		}
	}
}

static void out_num(double v)
{
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%.1f", v);
	out_str(tmp);
}

/* <text> at X, Y with ATTRS, and the text S. */
static void svg_text(double x, double y, const char *attrs, const char *s, size_t len)
{
	out_str("<text x=\"");
	out_num(x);
	out_str("\" y=\"");
	out_num(y);
	out_str("\"");
	out_str(attrs);
	out_str(">");
	out_xml(s, len);
	out_str("</text>\n");
}

static void svg_line(double x1, double y1, double x2, double y2, const char *attrs)
{
	out_str("<line x1=\"");
	out_num(x1);
	out_str("\" y1=\"");
	out_num(y1);
	out_str("\" x2=\"");
	out_num(x2);
	out_str("\" y2=\"");
	out_num(y2);
	out_str("\"");
	out_str(attrs);
	out_str("/>\n");
}

/* The chart's title: what is measured, by which columns. */
static void svg_title(const Table *t, Buf *b)
{
	const Spec *s = t->spec;
	size_t k;
	b->len = 0;
	buf_str(b, "");
	if (s->nrate) {
		buf_str(b, "Share with ");
		buf_str(b, s->rate_col[0]);
		buf_str(b, " = ");
		buf_str(b, s->rate_value[0]);
	} else {
		buf_str(b, "Rows (n)");
	}
	for (k = 0; k < s->ngroup; k++) {
		buf_str(b, k ? ", " : " by ");
		buf_str(b, s->group[k]);
	}
}

static void write_svg(Table *t)
{
	enum { W = 880, ROW = 26, BAR = 14, TOP = 74, LABEL_MAX = 46 };
	const double char_w = 7.4;          /* 13px sans-serif, an average glyph */
	size_t r, nrows = table_rows(t), labelw = 0, i;
	double x0, x1, y, h;
	uint64_t maxn = 1;
	int rate = t->spec->nrate > 0;
	Buf label = { 0 }, b = { 0 };
	char tmp[160];
	for (r = 0; r < nrows; r++) {
		table_row(t, r);
		bar_label(t, &label);
		if (width(label.s, label.len) > labelw)
			labelw = width(label.s, label.len);
		if (t->v.n > maxn)
			maxn = t->v.n;
	}
	if (labelw > LABEL_MAX)
		labelw = LABEL_MAX;
	x0 = 16 + (double)labelw * char_w + 12;
	x1 = W - 190;
	h = TOP + (double)nrows * ROW + 40;
	snprintf(tmp, sizeof tmp, "%.0f", h);
	out_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"880\" height=\"");
	out_str(tmp);
	out_str("\" viewBox=\"0 0 880 ");
	out_str(tmp);
	out_str("\" font-family=\"sans-serif\" font-size=\"13\">\n");
	svg_title(t, &b);
	out_str("<title>");
	out_xml(b.s, b.len);
	out_str("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
	svg_text(16, 26, " font-size=\"17\" font-weight=\"bold\" fill=\"#111111\"", b.s, b.len);
	if (rate)
		snprintf(tmp, sizeof tmp, "bar: the rate; whisker: its 95%% Wilson interval; n: rows in the group");
	else
		snprintf(tmp, sizeof tmp, "bar: n, the rows in the group");
	svg_text(16, 46, " fill=\"#555555\"", tmp, strlen(tmp));
	/* the scale: 0, 25, 50, 75, 100% of the rate, or of the largest n */
	for (i = 0; i <= 4; i++) {
		double x = x0 + (x1 - x0) * (double)i / 4;
		svg_line(x, TOP - 6, x, TOP + (double)nrows * ROW, " stroke=\"#dddddd\" stroke-width=\"1\"");
		if (rate)
			snprintf(tmp, sizeof tmp, "%zu%%", i * 25);
		else
			snprintf(tmp, sizeof tmp, "%.0f", (double)maxn * (double)i / 4);
		svg_text(x, TOP + (double)nrows * ROW + 16, " text-anchor=\"middle\" fill=\"#555555\"",
		         tmp, strlen(tmp));
	}
	for (r = 0, y = TOP; r < nrows; r++, y += ROW) {
		double frac, end, mid = y + ROW / 2.0;
		int is_total = r >= t->r->ngroups;
		table_row(t, r);
		bar_label(t, &label);
		if (width(label.s, label.len) > LABEL_MAX) {   /* cut, with an ellipsis */
			size_t seen = 0, cut;
			for (cut = 0; cut < label.len; cut++)
				if (((unsigned char)label.s[cut] & 0xc0) != 0x80 && ++seen == LABEL_MAX)
					break;
			label.len = cut;
			buf_str(&label, "…");
		}
		if (is_total)
			svg_line(16, y + 1, W - 16, y + 1, " stroke=\"#888888\" stroke-width=\"1\"");
		svg_text(x0 - 10, mid + 4.5, is_total ? " text-anchor=\"end\" font-weight=\"bold\"" :
		         " text-anchor=\"end\"", label.s, label.len);
		if (rate && !t->v.has_rate) {
			snprintf(tmp, sizeof tmp, "n=%llu", (unsigned long long)t->v.n);
			svg_text(x0 + 6, mid + 4.5, " fill=\"#333333\"", tmp, strlen(tmp));
			continue;
		}
		frac = rate ? t->v.rate : (double)t->v.n / (double)maxn;
		out_str("<rect x=\"");
		out_num(x0);
		out_str("\" y=\"");
		out_num(mid - BAR / 2.0);
		out_str("\" width=\"");
		out_num((x1 - x0) * frac);
		out_str("\" height=\"14\" fill=\"");
		out_str(is_total ? "#5b5b5b" : "#4878b0");
		out_str("\"/>\n");
		end = x0 + (x1 - x0) * frac;
		if (rate) {
			double lo = x0 + (x1 - x0) * t->v.lo, hi = x0 + (x1 - x0) * t->v.hi;
			const char *ink = " stroke=\"#1a1a1a\" stroke-width=\"1.5\"";
			svg_line(lo, mid, hi, mid, ink);
			svg_line(lo, mid - 6, lo, mid + 6, ink);
			svg_line(hi, mid - 6, hi, mid + 6, ink);
			end = hi;
			snprintf(tmp, sizeof tmp, "%.1f%% [%.1f–%.1f]  n=%llu", 100 * t->v.rate,
			         100 * t->v.lo, 100 * t->v.hi, (unsigned long long)t->v.n);
		} else {
			snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)t->v.n);
		}
		svg_text(end + 8, mid + 4.5, " fill=\"#222222\"", tmp, strlen(tmp));
	}
	out_str("</svg>\n");
	free(label.s);
	free(b.s);
}

/* --sort: the groups in the order of one output column, stable (ties keep
 * the order they had: n descending, then the group). */
static Table *sorting;
static size_t sort_col;
static int sort_desc;
static double *sort_val;
static int *sort_has;
static char **sort_text;

static int by_column(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	int c = 0;
	if (sorting->col[sort_col].what == C_GROUP) {
		c = strcmp(sort_text[a], sort_text[b]);
	} else if (sort_has[a] != sort_has[b]) {
		return sort_has[a] ? -1 : 1;       /* no value: last, either way */
	} else if (sort_has[a]) {
		c = sort_val[a] < sort_val[b] ? -1 : sort_val[a] > sort_val[b];
	}
	if (sort_desc)
		c = -c;
	return c ? c : a < b ? -1 : a > b;
}

static void sort_rows(Table *t, const char *how)
{
	const Render *r = t->r;
	size_t n = agg_size(r->agg), i, k, *pos = xmalloc((n + 1) * sizeof *pos);
	sort_desc = how[0] == '-';
	how += sort_desc;
	for (k = 0; k < t->nc && strcmp(t->names[k], how) != 0; k++)
		;
	sort_col = k;
	sort_val = xmalloc((n + 1) * sizeof *sort_val);
	sort_has = xmalloc((n + 1) * sizeof *sort_has);
	sort_text = xmalloc((n + 1) * sizeof *sort_text);
	for (i = 0; i < n; i++) {   /* by place in the order, so ties keep it */
		size_t len;
		const char *key = agg_key(r->agg, r->order[i], &len);
		row_cells(t, key, len, agg_acc(r->agg, r->order[i]));
		sort_val[i] = t->val[k];
		sort_has[i] = t->has[k];
		sort_text[i] = xmalloc(t->cell[k].len + 1);
		memcpy(sort_text[i], t->cell[k].s, t->cell[k].len);
		sort_text[i][t->cell[k].len] = '\0';
		pos[i] = i;
	}
	sorting = t;
	qsort(pos, n, sizeof *pos, by_column);
	for (i = 0; i < n; i++)
		pos[i] = r->order[pos[i]];
	memcpy(r->order, pos, n * sizeof *pos);
	for (i = 0; i < n; i++)
		free(sort_text[i]);
	free(sort_text);
	free(sort_val);
	free(sort_has);
	free(pos);
}

void render(const Render *r)
{
	Table t = { 0 };
	Render shown = *r;
	size_t k;
	t.r = &shown;
	t.spec = r->spec;
	t.col = columns(r->spec, &t.nc);
	t.names = xmalloc(t.nc * sizeof *t.names);
	for (k = 0; k < t.nc; k++)
		t.names[k] = column_name(r->spec, &t.col[k]);
	t.cell = xmalloc(t.nc * sizeof *t.cell);
	t.num = xmalloc(t.nc * sizeof *t.num);
	t.val = xmalloc(t.nc * sizeof *t.val);
	t.has = xmalloc(t.nc * sizeof *t.has);
	if (r->sort)
		sort_rows(&t, r->sort);
	if (r->top && r->top < shown.ngroups)
		shown.ngroups = (size_t)r->top;
	switch (r->format) {
	case FMT_TSV: write_tsv(&t); break;
	case FMT_CSV: out_csv(); write_tsv(&t); break;
	case FMT_TABLE: write_table(&t); break;
	case FMT_MD: write_md(&t); break;
	case FMT_BARS: write_bars(&t); break;
	case FMT_SVG: write_svg(&t); break;
	}
	for (k = 0; k < t.nc; k++)
		free(t.names[k]);
	free(t.names);
	free(t.col);
	free(t.cell);
	free(t.num);
	free(t.val);
	free(t.has);
	free(t.esc.s);
	free(t.esc_at);
}
