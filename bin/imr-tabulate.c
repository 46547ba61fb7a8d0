/* imr-tabulate: counts, rates and numeric summaries of TSV rows by group.
 *
 * Rows are aggregated in a hash table by group key (the escaped group
 * fields joined by TAB), never sorted: memory follows the number of groups.
 * --partial writes the accumulators themselves, exactly (sums as the parts
 * of an exact sum, see xsum.h); --merge adds such partials up, so a run over
 * pieces of the input then a merge prints what one run over all of it does. */
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "tabulate/agg.h"
#include "common/buf.h"
#include "common/num.h"
#include "common/out.h"
#include "tabulate/partial.h"
#include "common/tsv.h"
#include "common/util.h"

enum { FMT_TSV, FMT_TABLE, FMT_MD, FMT_BARS };

/* Non-numeric cells under -s, with --lenient. */
typedef struct {
	uint64_t n;
	char *where;            /* "FILE:LINE" of the first */
	char *cell;             /* and its text */
} Bad;

/* Integers under -s past 2^53 that a double does not hold exactly. */
static Bad *inexact;

static Spec spec;             /* groups, rates, sums */
static struct {
	char **explode;
	size_t nexplode;
	uint64_t top;
	int total, format, partial, merge, lenient;
} opt;
static Field *rate_match;     /* each rate's value, escaped as in the TSV */
static Bad *bad;              /* one per sum */

static Agg *agg;
static int status;

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [-g COL[,COL...]] [-r COL=VALUE] [-s COL] [--explode COL] [--top N]\n"
		                "       [--total] [--format tsv|table|md|bars] [--partial | --merge] [--lenient] [FILE...]\n",
		        progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE...]\n"
	       "Count TSV rows by group, with rates and numeric summaries.\n"
	       "Input: any TSV with a header (gzip recognised); no FILE or '-' reads stdin.\n\n"
	       "  -g, --group COL[,COL...]  group by these columns (none: one row for all)\n"
	       "  -r, --rate COL=VALUE      count rows where COL is VALUE: VALUE, rate, ci_low,\n"
	       "                            ci_high (Wilson 95%% interval)\n"
	       "  -s, --sum COL             sum, mean, min, max of COL's non-empty cells\n"
	       "      --explode COL         a ';'-list in COL counts once per value\n"
	       "      --top N               only the N largest groups\n"
	       "      --total               add a row for all groups, labelled (total)\n"
	       "      --format FMT          tsv (default), table, md or bars\n"
	       "      --partial             write mergeable partial aggregates\n"
	       "      --merge               read partial aggregates and combine them\n"
	       "      --lenient             leave non-numeric cells under -s out and report them\n"
	       "  -h, --help                show this help\n"
	       "      --version             show the version\n"
	       "With several -r or -s, columns are named COL=VALUE, COL=VALUE:rate, ... and\n"
	       "COL:sum, COL:mean, ...  Rows: by n descending, ties by group.\n",
	       progname);
	exit_flushed(EXIT_OK);
}

_Noreturn static void bad_usage(const char *msg, const char *arg)
{
	fprintf(stderr, "%s: %s%s%s\n", progname, msg, arg ? ": " : "", arg ? arg : "");
	usage(EXIT_USAGE);
}

static void add_groups(const char *list)
{
	char *copy = xstrdup(list), *p = copy, *comma;
	do {
		comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		if (!*p)
			bad_usage("-g takes column names separated by commas", list);
		spec_add_group(&spec, p);
		p = comma + 1;
	} while (comma);
	free(copy);
}

static void add_rate(const char *arg)
{
	const char *eq = strchr(arg, '=');
	char *col;
	if (!eq || eq == arg)
		bad_usage("-r takes COL=VALUE", arg);
	col = xstrdup(arg);
	col[eq - arg] = '\0';
	spec_add_rate(&spec, col, eq + 1);
	free(col);
}

static void add_sum(const char *col)
{
	if (!*col)
		bad_usage("-s takes a column name", col);
	spec_add_sum(&spec, col);
}

static void add_explode(const char *col)
{
	size_t i;
	if (!*col)
		bad_usage("--explode takes a column name", col);
	for (i = 0; i < opt.nexplode; i++)
		if (strcmp(opt.explode[i], col) == 0)
			return;
	opt.explode = xrealloc(opt.explode, (opt.nexplode + 1) * sizeof *opt.explode);
	opt.explode[opt.nexplode++] = xstrdup(col);
}

static int parse_format(const char *s)
{
	static const char *names[] = { "tsv", "table", "md", "bars" };
	size_t i;
	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	bad_usage("--format takes tsv, table, md or bars", s);
}

/* ---- one pass over rows ---- */

typedef struct {
	Tsv *t;
	size_t *gcol, *rcol, *scol, *ecol;
	Field *exval;          /* the current value of each exploded column */
	Buf key;
} Pass;

/* Column I of the row, or the value it is exploded into. */
static Field cell(const Pass *p, size_t col)
{
	size_t e;
	for (e = 0; e < opt.nexplode; e++)
		if (p->ecol[e] == col)
			return p->exval[e];
	return tsv_field(p->t, col);
}

/* One more cell in B's count; the first one's place and text kept. */
static void note_cell(const Pass *p, Bad *b, Field f)
{
	Buf where = { 0 };
	char line[24];
	int n = f.len > 60 ? 60 : (int)f.len;
	if (b->n++ > 0)
		return;
	snprintf(line, sizeof line, ":%llu", (unsigned long long)tsv_lineno(p->t));
	buf_str(&where, tsv_name(p->t));
	buf_str(&where, line);
	b->where = where.s;
	b->cell = xmalloc((size_t)n + 1);
	memcpy(b->cell, f.s, (size_t)n);
	b->cell[n] = '\0';
}

static void sum_fail(const Pass *p, size_t i, Field f)
{
	int n = f.len > 60 ? 60 : (int)f.len;
	if (!opt.lenient) {
		tsv_warn(p->t, "column '%s': '%.*s%s' is not a number", spec.sum[i], n, f.s,
		         f.len > 60 ? "..." : "");
		exit(EXIT_DATA);
	}
	note_cell(p, &bad[i], f);
}

/* An integer of more than 15 digits: does the double V hold it exactly?
 * (Most cells are short: this is rare work.) */
static int integer_exact(Field f, double v)
{
	char tmp[400];
	const char *s = f.s, *end = f.s + f.len;
	size_t k;
	if (s < end && (*s == '-' || *s == '+'))
		s++;
	for (k = 0; s + k < end; k++)
		if (s[k] < '0' || s[k] > '9')
			return 1;     /* not an integer: a decimal is rounded as written */
	while (s < end - 1 && *s == '0')
		s++;
	if (fabs(v) >= 1e300)
		return 0;
	snprintf(tmp, sizeof tmp, "%.0f", fabs(v));
	return strlen(tmp) == (size_t)(end - s) && memcmp(tmp, s, (size_t)(end - s)) == 0;
}

static int same(Field a, Field b)
{
	return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

static void count_row(Pass *p)
{
	size_t i, g;
	Acc acc;
	p->key.len = 0;
	for (i = 0; i < spec.ngroup; i++) {
		Field f = cell(p, p->gcol[i]);
		if (i)
			buf_add(&p->key, "\t", 1);
		buf_add(&p->key, f.s, f.len);
	}
	g = agg_find(agg, p->key.s ? p->key.s : "", p->key.len);
	acc = agg_acc(agg, g);
	(*acc.n)++;
	for (i = 0; i < spec.nrate; i++)
		if (same(cell(p, p->rcol[i]), rate_match[i]))
			acc.hits[i]++;
	for (i = 0; i < spec.nsum; i++) {
		Field f = cell(p, p->scol[i]);
		double v;
		if (f.len == 0)
			continue;
		if (num_double(f.s, f.len, &v) < 0) {
			sum_fail(p, i, f);
			continue;
		}
		if (f.len > 15 && !integer_exact(f, v))
			note_cell(p, &inexact[i], f);
		if (stat_add(&acc.stat[i], v) < 0) {
			tsv_warn(p->t, "column '%s': the sum overflows", spec.sum[i]);
			exit(EXIT_DATA);
		}
	}
}

static int blank(char c) { return c == ' '; }

/* Count the row once for each value of each exploded column. */
static void explode_row(Pass *p, size_t depth)
{
	Field f, *v = &p->exval[depth];
	const char *s, *end, *semi, *stop;
	int any = 0;
	if (depth == opt.nexplode) {
		count_row(p);
		return;
	}
	f = tsv_field(p->t, p->ecol[depth]);
	for (s = f.s, end = f.s + f.len;; s = semi + 1) {
		semi = memchr(s, ';', (size_t)(end - s));
		stop = semi ? semi : end;
		while (s < stop && blank(*s))
			s++;
		while (stop > s && blank(stop[-1]))
			stop--;
		v->s = s;
		v->len = (size_t)(stop - s);
		if (v->len > 0) {
			explode_row(p, depth + 1);
			any = 1;
		}
		if (!semi)
			break;
	}
	if (!any) {               /* empty: once, as unknown */
		v->s = f.s;
		v->len = 0;
		explode_row(p, depth + 1);
	}
}

static size_t *need_cols(Tsv *t, size_t n, const char *(*name)(size_t))
{
	size_t *col = xmalloc(n * sizeof *col), i;
	for (i = 0; i < n; i++)
		col[i] = tsv_need(t, name(i));
	return col;
}

static const char *group_name(size_t i) { return spec.group[i]; }
static const char *rate_name(size_t i) { return spec.rate_col[i]; }
static const char *sum_name(size_t i) { return spec.sum[i]; }
static const char *explode_name(size_t i) { return opt.explode[i]; }

static void tabulate_file(const char *path)
{
	Pass p = { 0 };
	p.t = tsv_open(path);
	p.gcol = need_cols(p.t, spec.ngroup, group_name);
	p.rcol = need_cols(p.t, spec.nrate, rate_name);
	p.scol = need_cols(p.t, spec.nsum, sum_name);
	p.ecol = need_cols(p.t, opt.nexplode, explode_name);
	p.exval = xmalloc((opt.nexplode + 1) * sizeof *p.exval);
	while (tsv_next(p.t)) {
		if (opt.nexplode)
			explode_row(&p, 0);
		else
			count_row(&p);
	}
	if (tsv_status(p.t))
		status = EXIT_DATA;
	tsv_close(p.t);
	free(p.gcol);
	free(p.rcol);
	free(p.scol);
	free(p.ecol);
	free(p.exval);
	free(p.key.s);
}

static void report_lenient(void)
{
	size_t i;
	for (i = 0; bad && i < spec.nsum; i++)
		if (bad[i].n)
			warnx("%s: column '%s': %llu non-numeric cell%s left out, the first here: '%s'",
			      bad[i].where, spec.sum[i], (unsigned long long)bad[i].n,
			      bad[i].n == 1 ? "" : "s", bad[i].cell);
	for (i = 0; inexact && i < spec.nsum; i++)
		if (inexact[i].n)
			warnx("%s: column '%s': %llu integer%s past 2^53 rounded to the nearest double, "
			      "the first here: '%s'", inexact[i].where, spec.sum[i],
			      (unsigned long long)inexact[i].n, inexact[i].n == 1 ? "" : "s", inexact[i].cell);
}

/* ---- formatting ---- */

typedef struct {
	const char *s;
	size_t len;
	int num;              /* right-aligned */
} Cell;

static size_t ncols(void)
{
	return spec.ngroup + 1 + 4 * spec.nrate + 4 * spec.nsum;
}

static const char *total_label = "(total)";

/* The cells of group G (or the total row when KEY is NULL); numbers are
 * written into NUM[ncols()][NUM_MAX]. */
static void row_cells(const char *key, size_t keylen, Acc acc, Cell *c, char (*num)[NUM_MAX])
{
	size_t i, k = 0;
	for (i = 0; i < spec.ngroup; i++, k++) {
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
	snprintf(num[k], NUM_MAX, "%llu", (unsigned long long)*acc.n);
	k++;
	for (i = 0; i < spec.nrate; i++) {
		double lo, hi;
		snprintf(num[k++], NUM_MAX, "%llu", (unsigned long long)acc.hits[i]);
		if (*acc.n == 0) {
			num[k++][0] = '\0';
			num[k++][0] = '\0';
			num[k++][0] = '\0';
			continue;
		}
		wilson95(acc.hits[i], *acc.n, &lo, &hi);
		snprintf(num[k++], NUM_MAX, "%.6f", (double)acc.hits[i] / (double)*acc.n);
		snprintf(num[k++], NUM_MAX, "%.6f", lo);
		snprintf(num[k++], NUM_MAX, "%.6f", hi);
	}
	for (i = 0; i < spec.nsum; i++) {
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
	for (k = spec.ngroup; k < ncols(); k++) {
		c[k].s = num[k];
		c[k].len = strlen(num[k]);
		c[k].num = 1;
	}
}

/* Output column names. */
static char **column_names(void)
{
	static const char *rate_part[] = { "", "rate", "ci_low", "ci_high" };
	static const char *sum_part[] = { "sum", "mean", "min", "max" };
	char **name = xmalloc(ncols() * sizeof *name);
	size_t i, j, k = 0;
	for (i = 0; i < spec.ngroup; i++)
		name[k++] = xstrdup(spec.group[i]);
	name[k++] = xstrdup("n");
	for (i = 0; i < spec.nrate; i++)
		for (j = 0; j < 4; j++) {
			Buf b = { 0 };
			if (spec.nrate == 1) {
				buf_str(&b, j ? rate_part[j] : spec.rate_value[i]);
			} else {
				buf_str(&b, spec.rate_col[i]);
				buf_str(&b, "=");
				buf_str(&b, spec.rate_value[i]);
				if (j) {
					buf_str(&b, ":");
					buf_str(&b, rate_part[j]);
				}
			}
			name[k++] = b.s ? b.s : xstrdup("");
		}
	for (i = 0; i < spec.nsum; i++)
		for (j = 0; j < 4; j++) {
			Buf b = { 0 };
			if (spec.nsum > 1) {
				buf_str(&b, spec.sum[i]);
				buf_str(&b, ":");
			}
			buf_str(&b, sum_part[j]);
			name[k++] = b.s;
		}
	return name;
}

/* The rows to show: groups in order (at most --top), then the total. */
typedef struct {
	size_t *order, ngroups;
	Agg *total;             /* NULL without --total */
	char **names;
	Cell *cell;
	char (*num)[NUM_MAX];
	Buf shown;              /* group cells with control characters, escaped */
	size_t *shown_at;
} Table;

/* A control character (C0, DEL, C1) of a byte string: its length, or 0. */
static size_t control_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x20 || c == 0x7f)
		return 1;
	if (c == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f)
		return 2;
	return 0;
}

/* A letter's text may hold terminal escapes: in the formats for people a
 * group cell's control characters are shown as \xNN (TSV is left as read). */
static void escape_controls(Table *t, Cell *c)
{
	static const char hex[] = "0123456789abcdef";
	size_t k, i, n;
	if (opt.format == FMT_TSV)
		return;
	if (!t->shown_at)
		t->shown_at = xmalloc((spec.ngroup + 1) * sizeof *t->shown_at);
	t->shown.len = 0;
	for (k = 0; k < spec.ngroup; k++) {
		t->shown_at[k] = (size_t)-1;
		for (i = 0; i < c[k].len && !control_at(c[k].s, c[k].len, i); i++)
			;
		if (i == c[k].len)
			continue;
		t->shown_at[k] = t->shown.len;
		for (i = 0; i < c[k].len;) {
			n = control_at(c[k].s, c[k].len, i);
			if (n == 0) {
				buf_add(&t->shown, c[k].s + i++, 1);
				continue;
			}
			for (; n > 0; n--, i++) {
				char x[4] = { '\\', 'x', hex[(unsigned char)c[k].s[i] >> 4], hex[c[k].s[i] & 15] };
				buf_add(&t->shown, x, 4);
			}
		}
		c[k].len = t->shown.len - t->shown_at[k];
	}
	for (k = 0; k < spec.ngroup; k++)
		if (t->shown_at[k] != (size_t)-1)
			c[k].s = t->shown.s + t->shown_at[k];
}

static size_t table_rows(const Table *t) { return t->ngroups + (t->total != NULL); }

static const Cell *table_row(Table *t, size_t r)
{
	size_t len;
	if (r < t->ngroups) {
		const char *key = agg_key(agg, t->order[r], &len);
		row_cells(key, len, agg_acc(agg, t->order[r]), t->cell, t->num);
	} else {
		row_cells(NULL, 0, agg_acc(t->total, 0), t->cell, t->num);
	}
	escape_controls(t, t->cell);
	return t->cell;
}

static void write_tsv(Table *t)
{
	size_t r, k, nc = ncols();
	for (k = 0; k < nc; k++) {
		if (k)
			out_tab();
		out_fieldz(t->names[k]);
	}
	out_nl();
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		for (k = 0; k < nc; k++) {
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
	size_t nc = ncols(), *w = xmalloc(nc * sizeof *w), r, k;
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
			Cell s = c ? shown(c[k]) : (Cell){ t->names[k], strlen(t->names[k]), k >= spec.ngroup };
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
	size_t nc = ncols(), r, k;
	out_char('|');
	for (k = 0; k < nc; k++) {
		out_char(' ');
		out_md(t->names[k], strlen(t->names[k]));
		out_str(" |");
	}
	out_str("\n|");
	for (k = 0; k < nc; k++)
		out_str(k < spec.ngroup ? " --- |" : " ---: |");
	out_nl();
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		out_char('|');
		for (k = 0; k < nc; k++) {
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
static void bar_label(const Cell *c, Buf *b)
{
	size_t k;
	b->len = 0;
	buf_str(b, "");
	if (spec.ngroup == 0)
		buf_str(b, "(all)");
	for (k = 0; k < spec.ngroup; k++) {
		Cell s = shown(c[k]);
		if (k)
			buf_str(b, " / ");
		buf_add(b, s.s, s.len);
	}
}

/* The bar's value text and its length as a fraction of the full bar. */
static double bar_value(const Cell *c, uint64_t maxn, Buf *b)
{
	const char *n = c[spec.ngroup].s;
	char tmp[NUM_MAX * 4];
	b->len = 0;
	if (spec.nrate == 0) {
		buf_str(b, n);
		return maxn ? strtod(n, NULL) / (double)maxn : 0;
	}
	if (c[spec.ngroup + 2].len == 0) {
		snprintf(tmp, sizeof tmp, "n=%s", n);
		buf_str(b, tmp);
		return 0;
	}
	snprintf(tmp, sizeof tmp, "%.1f%% [%.1f, %.1f] of %s", 100 * strtod(c[spec.ngroup + 2].s, NULL),
	         100 * strtod(c[spec.ngroup + 3].s, NULL), 100 * strtod(c[spec.ngroup + 4].s, NULL), n);
	buf_str(b, tmp);
	return strtod(c[spec.ngroup + 2].s, NULL);
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
	uint64_t maxn = 0, v;
	Buf label = { 0 }, value = { 0 };
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		bar_label(c, &label);
		bar_value(c, 0, &value);
		if (width(label.s, label.len) > labelw)
			labelw = width(label.s, label.len);
		if (value.len > valuew)
			valuew = value.len;
		if (num_u64(c[spec.ngroup].s, c[spec.ngroup].len, &v) == 0 && v > maxn)
			maxn = v;
	}
	if (labelw > tw / 3)
		labelw = tw / 3 > 8 ? tw / 3 : 8;
	barw = tw > labelw + valuew + 4 + 10 ? tw - labelw - valuew - 4 : 10;
	for (r = 0; r < table_rows(t); r++) {
		const Cell *c = table_row(t, r);
		double frac;
		bar_label(c, &label);
		frac = bar_value(c, maxn, &value);
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

/* A sum past the doubles (its parts may go past them on the way and come
 * back: 1e308 + 1e308 - 1e308) is an error, said before any row is out. */
static void check_sums(Agg *a)
{
	size_t g, i;
	for (g = 0; g < agg_size(a); g++) {
		Acc acc = agg_acc(a, g);
		for (i = 0; i < spec.nsum; i++)
			if (!isfinite(xsum_value(&acc.stat[i].sum)))
				die(EXIT_DATA, "column '%s': the sum overflows", spec.sum[i]);
	}
}

static void write_result(void)
{
	Table t = { 0 };
	size_t g, k, nc = ncols();
	t.order = agg_order(agg);
	t.ngroups = agg_size(agg);
	if (opt.top && opt.top < t.ngroups)
		t.ngroups = (size_t)opt.top;
	if (opt.total && spec.ngroup) {
		t.total = agg_new(spec.nrate, spec.nsum);
		agg_find(t.total, "", 0);
		for (g = 0; g < agg_size(agg); g++)
			if (agg_merge(t.total, 0, agg, g) < 0)
				die(EXIT_DATA, "the total sum overflows");
		check_sums(t.total);
	}
	check_sums(agg);
	t.names = column_names();
	t.cell = xmalloc(nc * sizeof *t.cell);
	t.num = xmalloc(nc * sizeof *t.num);
	switch (opt.format) {
	case FMT_TSV: write_tsv(&t); break;
	case FMT_TABLE: write_table(&t); break;
	case FMT_MD: write_md(&t); break;
	case FMT_BARS: write_bars(&t); break;
	}
	for (k = 0; k < nc; k++)
		free(t.names[k]);
	free(t.names);
	free(t.cell);
	free(t.num);
	free(t.shown.s);
	free(t.shown_at);
	free(t.order);
	agg_free(t.total);
}

/* getopt said no: name the option as written. */
_Noreturn static void bad_option(const char *arg)
{
	char shortopt[3] = { '-', (char)optopt, '\0' };
	if (strncmp(arg, "--", 2) != 0 && optopt)
		arg = shortopt;
	bad_usage("unknown option or missing argument", arg);
}

static void parse_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "group", required_argument, NULL, 'g' },
		{ "rate", required_argument, NULL, 'r' },
		{ "sum", required_argument, NULL, 's' },
		{ "explode", required_argument, NULL, 'e' },
		{ "top", required_argument, NULL, 't' },
		{ "total", no_argument, NULL, 'T' },
		{ "format", required_argument, NULL, 'f' },
		{ "partial", no_argument, NULL, 'p' },
		{ "merge", no_argument, NULL, 'm' },
		{ "lenient", no_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "g:r:s:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'g': add_groups(optarg); break;
		case 'r': add_rate(optarg); break;
		case 's': add_sum(optarg); break;
		case 'e': add_explode(optarg); break;
		case 't':
			if (num_u64(optarg, strlen(optarg), &opt.top) < 0 || opt.top == 0)
				bad_usage("--top takes a positive number", optarg);
			break;
		case 'T': opt.total = 1; break;
		case 'f': opt.format = parse_format(optarg); break;
		case 'p': opt.partial = 1; break;
		case 'm': opt.merge = 1; break;
		case 'l': opt.lenient = 1; break;
		case 'h': usage(EXIT_OK);
		case 'V': print_version(NULL);
		default: bad_option(argv[optind - 1]);
		}
	}
	if (opt.partial && (opt.top || opt.total || opt.format != FMT_TSV))
		bad_usage("--partial writes every group: no --top, --total or --format", NULL);
	if (opt.merge && opt.nexplode)
		bad_usage("--explode applies before --partial, not to --merge", NULL);
}

/* For reading rows: escaped forms of the rate values, and room for
 * --lenient's counts. */
static void prepare(void)
{
	size_t i;
	rate_match = xmalloc((spec.nrate + 1) * sizeof *rate_match);
	for (i = 0; i < spec.nrate; i++) {
		Buf b = { 0 };
		buf_esc(&b, spec.rate_value[i]);
		rate_match[i].s = b.s;
		rate_match[i].len = b.len;
	}
	bad = xmalloc((spec.nsum + 1) * sizeof *bad);
	memset(bad, 0, (spec.nsum + 1) * sizeof *bad);
	inexact = xmalloc((spec.nsum + 1) * sizeof *inexact);
	memset(inexact, 0, (spec.nsum + 1) * sizeof *inexact);
}

int main(int argc, char **argv)
{
	int i;
	setprogname(argv[0]);
	quiet_sigpipe();
	parse_args(argc, argv);
	if (!opt.merge)
		prepare();
	/* --merge takes the spec from the partials' header unless it is given
	 * (then rows may come before any header, as in Hadoop Streaming) */
	if (!opt.merge || spec.ngroup || spec.nrate || spec.nsum)
		agg = spec_agg(&spec);
	if (optind == argc)
		argv[--optind] = "-";
	for (i = optind; i < argc; i++) {
		if (opt.merge)
			partial_merge_file(&spec, &agg, argv[i]);
		else
			tabulate_file(argv[i]);
	}
	if (!agg)
		die(EXIT_DATA, "%s: empty input, expected partial aggregates", argv[argc - 1]);
	report_lenient();
	if (opt.partial)
		partial_write(&spec, agg);
	else
		write_result();
	out_close();
	return status;
}
