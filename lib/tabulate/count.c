#include "count.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num.h"
#include "common/util.h"
#include "render.h"

/* ---- the options ---- */

/* A usage error: "MSG: ARG" (or MSG alone), malloc'd. */
static char *usage_error(const char *msg, const char *arg)
{
	Buf b = { 0 };
	buf_str(&b, msg);
	if (arg) {
		buf_str(&b, ": ");
		buf_str(&b, arg);
	}
	return b.s;
}

char *count_add_groups(Count *c, const char *list)
{
	char *copy = xstrdup(list), *p = copy, *comma;
	do {
		comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		if (!*p) {
			free(copy);
			return usage_error("-g takes column names separated by commas", list);
		}
		spec_add_group(&c->spec, p);
		p = comma + 1;
	} while (comma);
	free(copy);
	return NULL;
}

char *count_add_rate(Count *c, const char *arg)
{
	const char *eq = strchr(arg, '=');
	char *col;
	if (!eq || eq == arg)
		return usage_error("-r takes COL=VALUE", arg);
	col = xstrdup(arg);
	col[eq - arg] = '\0';
	spec_add_rate(&c->spec, col, eq + 1);
	free(col);
	return NULL;
}

/* -s COL, or COL:STAT,... when what follows the last ':' is statistics. */
char *count_add_sum(Count *c, const char *arg)
{
	const char *colon = strrchr(arg, ':');
	char *col, *badstat;
	Buf err = { 0 };
	if (!*arg || colon == arg)
		return usage_error("-s takes a column name", arg);
	if (!colon) {
		spec_add_sum(&c->spec, arg);
		return NULL;
	}
	col = xstrdup(arg);
	col[colon - arg] = '\0';
	if (spec_add_stats(&c->spec, col, colon + 1, &badstat) < 0) {
		buf_str(&err, "-s ");
		buf_str(&err, arg);
		buf_str(&err, ": '");
		buf_str(&err, badstat);
		buf_str(&err, "' is not a statistic (sum mean min max sd median q1 q3 pN countunique)");
		free(badstat);
	}
	free(col);
	return err.s;
}

char *count_add_where(Count *c, const char *arg)
{
	const char *err;
	char errbuf[256];
	c->where = xrealloc(c->where, (c->nwhere + 1) * sizeof *c->where);
	if (where_parse(&c->where[c->nwhere], arg, &err, errbuf, sizeof errbuf) < 0)
		return usage_error(err, arg);
	c->nwhere++;
	return NULL;
}

char *count_add_explode(Count *c, const char *col)
{
	size_t i;
	if (!*col)
		return usage_error("--explode takes a column name", col);
	for (i = 0; i < c->nexplode; i++)
		if (strcmp(c->explode[i], col) == 0)
			return NULL;
	c->explode = xrealloc(c->explode, (c->nexplode + 1) * sizeof *c->explode);
	c->explode[c->nexplode++] = xstrdup(col);
	return NULL;
}

char *count_set_per_letter(Count *c, const char *arg)
{
	const char *eq = strchr(arg, '=');
	Buf b = { 0 };
	if (!eq || eq == arg)
		return usage_error("--per-letter takes COL=VALUE", arg);
	free(c->per_letter);
	c->per_letter = xstrdup(arg);
	c->per_letter[eq - arg] = '\0';
	buf_str(&b, "");
	buf_esc(&b, eq + 1);
	c->letter_match.s = b.s;
	c->letter_match.len = b.len;
	return NULL;
}

/* Statistics that --partial cannot carry, and --explode --total's limit. */
static char *check_stats(const Count *c)
{
	size_t i, e;
	for (i = 0; i < c->spec.nsum; i++) {
		if ((c->partial || c->merge) &&
		    (spec_wants(&c->spec, i, ST_QUANTILE) || spec_wants(&c->spec, i, ST_UNIQUE)))
			return usage_error("quantiles (median, q1, q3, pN) and countunique need every value: "
			                   "they cannot be merged, so not with --partial or --merge", c->spec.sum[i]);
		for (e = 0; c->total && e < c->nexplode; e++)
			if (strcmp(c->spec.sum[i], c->explode[e]) == 0)
				return usage_error("--total counts each row once: no -s on an --explode column with it",
				                   c->spec.sum[i]);
	}
	return NULL;
}

char *count_check(const Count *c)
{
	char *err;
	if (c->partial && (c->top || c->total || c->sort || c->format != FMT_TSV))
		return usage_error("--partial writes every group: no --top, --total, --sort or --format", NULL);
	if (c->merge && (c->nexplode || c->nwhere || c->per_letter))
		return usage_error("--explode, --where and --per-letter apply before --partial, not to --merge",
		                   NULL);
	if ((err = check_stats(c)))
		return err;
	if (c->sort && !render_has_column(&c->spec, c->sort + (c->sort[0] == '-')))
		return usage_error("--sort: no such output column", c->sort);
	return NULL;
}

/* ---- one pass over rows ---- */

/* --per-letter's columns, which no file has: they are the letter's. */
#define COL_OUTCOME ((size_t)-2)
#define COL_ITEMS ((size_t)-3)

typedef struct {
	Count *c;
	Tsv *t;
	size_t *gcol, *rcol, *scol, *ecol;
	Field *exval;          /* the current value of each exploded column */
	Buf key;
	/* --per-letter: the letter under way, its first row kept */
	size_t doc, lcol;
	uint64_t items, lhits;
	Buf lrow;
	Field *lf;
	int folded;            /* counting the letter, not a row */
	char items_text[24];
} Pass;

static int same(Field a, Field b)
{
	return a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

/* Column COL of the letter being counted (--per-letter). */
static Field letter_cell(const Pass *p, size_t col)
{
	if (col == COL_OUTCOME) {
		const char *o = p->lhits == p->items ? "all" : p->lhits ? "some" : "none";
		return (Field){ o, strlen(o) };
	}
	if (col == COL_ITEMS)
		return (Field){ p->items_text, strlen(p->items_text) };
	return p->lf[col];
}

/* Column COL of the row (of the letter, with --per-letter). */
static inline Field raw(const Pass *p, size_t col)
{
	return p->folded ? letter_cell(p, col) : tsv_field(p->t, col);
}

/* Column COL of the row, or the value it is exploded into. */
static Field cell(const Pass *p, size_t col)
{
	size_t e;
	for (e = 0; e < p->c->nexplode; e++)
		if (p->ecol[e] == col)
			return p->exval[e];
	return raw(p, col);
}

static int exploded(const Pass *p, size_t col)
{
	size_t e;
	for (e = 0; e < p->c->nexplode; e++)
		if (p->ecol[e] == col)
			return 1;
	return 0;
}

static int blank(char c) { return c == ' '; }

/* The value of a ';'-list that starts at S (before END), blanks around it
 * dropped, into V: where the next one starts, or NULL after the last. */
static const char *list_value(const char *s, const char *end, Field *v)
{
	const char *semi = memchr(s, ';', (size_t)(end - s)), *stop = semi ? semi : end;
	while (s < stop && blank(*s))
		s++;
	while (stop > s && blank(stop[-1]))
		stop--;
	v->s = s;
	v->len = (size_t)(stop - s);
	return semi ? semi + 1 : NULL;
}

/* Is V one of the values of the ';'-list L (as --explode reads it)? */
static int list_has(Field l, Field v)
{
	const char *s = l.s;
	Field x;
	while (s) {
		s = list_value(s, l.s + l.len, &x);
		if (same(x, v))
			return 1;
	}
	return 0;
}

/* One more cell in B's count (unless it is the one just counted); the
 * first one's place and text kept. */
static void note_cell(const Pass *p, Bad *b, Field f)
{
	Buf where = { 0 };
	char line[24];
	int n = f.len > 60 ? 60 : (int)f.len;
	if (b->n && b->row == p->c->rows_taken && b->last == f.s)
		return;
	b->row = p->c->rows_taken;
	b->last = f.s;
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
	if (!p->c->lenient) {
		tsv_warn(p->t, "column '%s': '%.*s%s' is not a number", p->c->spec.sum[i], n, f.s,
		         f.len > 60 ? "..." : "");
		exit(EXIT_DATA);
	}
	note_cell(p, &p->c->bad[i], f);
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

/* A rate's value no row has: the first few values its column does have. */
static void note_miss(Seen *s, Field f)
{
	size_t k;
	if (s->hit || s->n == SEEN_MAX)
		return;
	for (k = 0; k < s->n; k++)
		if (s->v[k].len == f.len && memcmp(s->v[k].s, f.s, f.len) == 0)
			return;
	buf_add(&s->v[s->n], f.s, f.len);
	buf_str(&s->v[s->n++], "");
}

/* Count the row into ACC, the accumulators of group UID (UINT64_MAX: the
 * total).  WHOLE: the row once, not each value it is exploded into (an
 * exploded column's rate then matches when any of its values does). */
static void count_acc(Pass *p, Acc acc, uint64_t uid, int whole)
{
	Count *c = p->c;
	size_t i;
	(*acc.n)++;
	for (i = 0; i < c->spec.nrate; i++) {
		int hit;
		if (whole && exploded(p, p->rcol[i]))
			hit = list_has(raw(p, p->rcol[i]), c->rate_match[i]);
		else
			hit = same(whole ? raw(p, p->rcol[i]) : cell(p, p->rcol[i]), c->rate_match[i]);
		if (hit) {
			acc.hits[i]++;
			c->seen[i].hit = 1;
		} else if (!whole) {
			note_miss(&c->seen[i], cell(p, p->rcol[i]));
		}
	}
	for (i = 0; i < c->spec.nsum; i++) {
		Field f = whole ? raw(p, p->scol[i]) : cell(p, p->scol[i]);
		double v;
		if (f.len == 0)
			continue;
		if (!c->want[i].numeric) {
			stat_count(&acc.stat[i]);
		} else if (num_double(f.s, f.len, &v) < 0) {
			sum_fail(p, i, f);
			continue;
		} else {
			if (f.len > 15 && !integer_exact(f, v))
				note_cell(p, &c->inexact[i], f);
			if (stat_add(&acc.stat[i], v, c->want[i].sd, c->want[i].values) < 0) {
				tsv_warn(p->t, "column '%s': the sum overflows", c->spec.sum[i]);
				exit(EXIT_DATA);
			}
		}
		if (c->want[i].unique && uniq_add(&c->uniq[i], uid, f.s, f.len))
			acc.stat[i].unique++;
	}
}

static void count_row(Pass *p)
{
	Agg *agg = p->c->agg;
	size_t i, g;
	p->key.len = 0;
	for (i = 0; i < p->c->spec.ngroup; i++) {
		Field f = cell(p, p->gcol[i]);
		if (i)
			buf_add(&p->key, "\t", 1);
		buf_add(&p->key, f.s, f.len);
	}
	g = agg_find(agg, p->key.s ? p->key.s : "", p->key.len);
	count_acc(p, agg_acc(agg, g), g, 0);
}

/* Count the row once for each value of each exploded column. */
static void explode_row(Pass *p, size_t depth)
{
	Field f, *v = &p->exval[depth];
	const char *s;
	int any = 0;
	if (depth == p->c->nexplode) {
		count_row(p);
		return;
	}
	f = raw(p, p->ecol[depth]);
	for (s = f.s; s; ) {
		s = list_value(s, f.s + f.len, v);
		if (v->len > 0) {
			explode_row(p, depth + 1);
			any = 1;
		}
	}
	if (!any) {               /* empty: once, as unknown */
		v->s = f.s;
		v->len = 0;
		explode_row(p, depth + 1);
	}
}

/* A row (or a letter) that passed the filters. */
static void take_row(Pass *p)
{
	p->c->rows_taken++;
	if (p->c->total_agg)
		count_acc(p, agg_acc(p->c->total_agg, 0), UINT64_MAX, 1);
	if (p->c->nexplode)
		explode_row(p, 0);
	else
		count_row(p);
}

static void end_letter(Pass *p)
{
	if (!p->items)
		return;
	snprintf(p->items_text, sizeof p->items_text, "%llu", (unsigned long long)p->items);
	p->folded = 1;
	take_row(p);
	p->folded = 0;
	p->items = p->lhits = 0;
}

/* --per-letter: the row into its letter (the rows of a letter come
 * together, as imr-extract writes them). */
static void letter_row(Pass *p)
{
	Field doc = tsv_field(p->t, p->doc);
	if (p->items && !same(doc, p->lf[p->doc]))
		end_letter(p);
	if (!p->items) {
		size_t len, i, n = tsv_ncols(p->t);
		const char *line = tsv_line(p->t, &len);
		if (!uniq_add(&p->c->letters, 0, doc.s, doc.len)) {
			tsv_warn(p->t, "the rows of letter '%.*s' are not together (sort by doc_id)",
			         doc.len > 60 ? 60 : (int)doc.len, doc.s);
			exit(EXIT_DATA);
		}
		p->lrow.len = 0;
		buf_add(&p->lrow, line, len);
		for (i = 0; i < n; i++) {
			Field f = tsv_field(p->t, i);
			p->lf[i].s = p->lrow.s + (f.s - line);
			p->lf[i].len = f.len;
		}
	}
	p->items++;
	if (same(tsv_field(p->t, p->lcol), p->c->letter_match))
		p->lhits++;
}

/* Column NAME of the file, or a letter's column with --per-letter. */
static size_t need_col(const Pass *p, const char *name)
{
	if (p->c->per_letter && strcmp(name, "letter_outcome") == 0)
		return COL_OUTCOME;
	if (p->c->per_letter && strcmp(name, "items") == 0)
		return COL_ITEMS;
	return tsv_need(p->t, name);
}

static size_t *need_cols(const Pass *p, size_t n, char *const *names)
{
	size_t *col = xmalloc((n + 1) * sizeof *col), i;
	for (i = 0; i < n; i++)
		col[i] = need_col(p, names[i]);
	return col;
}

static int passes(const Pass *p)
{
	const Count *c = p->c;
	size_t i;
	for (i = 0; i < c->nwhere; i++)
		if (!where_match(&c->where[i], tsv_field(p->t, c->where[i].idx)))
			return 0;
	return 1;
}

void count_file(Count *c, const char *path)
{
	Pass p = { 0 };
	size_t i;
	p.c = c;
	p.t = tsv_open(path);
	p.gcol = need_cols(&p, c->spec.ngroup, c->spec.group);
	p.rcol = need_cols(&p, c->spec.nrate, c->spec.rate_col);
	p.scol = need_cols(&p, c->spec.nsum, c->spec.sum);
	p.ecol = need_cols(&p, c->nexplode, c->explode);
	p.exval = xmalloc((c->nexplode + 1) * sizeof *p.exval);
	for (i = 0; i < c->nwhere; i++)
		c->where[i].idx = tsv_need(p.t, c->where[i].col);
	if (c->per_letter) {
		p.doc = tsv_need(p.t, "doc_id");
		p.lcol = tsv_need(p.t, c->per_letter);
		p.lf = xmalloc(tsv_ncols(p.t) * sizeof *p.lf);
	}
	while (tsv_next(p.t)) {
		if (c->nwhere && !passes(&p))
			continue;
		if (c->per_letter)
			letter_row(&p);
		else
			take_row(&p);
	}
	end_letter(&p);
	if (tsv_status(p.t))
		c->status = EXIT_DATA;
	tsv_close(p.t);
	free(p.gcol);
	free(p.rcol);
	free(p.scol);
	free(p.ecol);
	free(p.exval);
	free(p.lf);
	buf_free(&p.lrow);
	free(p.key.s);
}

/* For reading rows: escaped forms of the rate values, room for
 * --lenient's counts and the values rates miss, what each sum needs, and
 * --total's accumulators. */
void count_prepare(Count *c)
{
	const Spec *spec = &c->spec;
	size_t i;
	c->seen = xmalloc((spec->nrate + 1) * sizeof *c->seen);
	memset(c->seen, 0, (spec->nrate + 1) * sizeof *c->seen);
	c->want = xmalloc((spec->nsum + 1) * sizeof *c->want);
	c->uniq = xmalloc((spec->nsum + 1) * sizeof *c->uniq);
	memset(c->uniq, 0, (spec->nsum + 1) * sizeof *c->uniq);
	for (i = 0; i < spec->nsum; i++) {
		c->want[i].numeric = spec_numeric(spec, i);
		c->want[i].sd = spec_wants(spec, i, ST_SD);
		c->want[i].values = spec_wants(spec, i, ST_QUANTILE);
		c->want[i].unique = spec_wants(spec, i, ST_UNIQUE);
	}
	if ((c->total || (c->partial && c->nexplode)) && spec->ngroup) {
		c->total_agg = spec_agg(spec);
		agg_find(c->total_agg, "", 0);
	}
	c->rate_match = xmalloc((spec->nrate + 1) * sizeof *c->rate_match);
	for (i = 0; i < spec->nrate; i++) {
		Buf b = { 0 };
		buf_esc(&b, spec->rate_value[i]);
		c->rate_match[i].s = b.s;
		c->rate_match[i].len = b.len;
	}
	c->bad = xmalloc((spec->nsum + 1) * sizeof *c->bad);
	memset(c->bad, 0, (spec->nsum + 1) * sizeof *c->bad);
	c->inexact = xmalloc((spec->nsum + 1) * sizeof *c->inexact);
	memset(c->inexact, 0, (spec->nsum + 1) * sizeof *c->inexact);
}

/* ---- after the rows ---- */

static void report_lenient(const Count *c)
{
	size_t i;
	for (i = 0; c->bad && i < c->spec.nsum; i++)
		if (c->bad[i].n)
			warnx("%s: column '%s': %llu non-numeric cell%s left out, the first here: '%s'",
			      c->bad[i].where, c->spec.sum[i], (unsigned long long)c->bad[i].n,
			      c->bad[i].n == 1 ? "" : "s", c->bad[i].cell);
	for (i = 0; c->inexact && i < c->spec.nsum; i++)
		if (c->inexact[i].n)
			warnx("%s: column '%s': %llu integer%s past 2^53 rounded to the nearest double, "
			      "the first here: '%s'", c->inexact[i].where, c->spec.sum[i],
			      (unsigned long long)c->inexact[i].n, c->inexact[i].n == 1 ? "" : "s",
			      c->inexact[i].cell);
}

/* A -r value no row had: say so, with the values the column has.  Only
 * the whole run can say it: a --partial part is silent (another part may
 * have it), and --merge, which has no cells, says it when no part had it. */
static void report_misses(const Count *c)
{
	const Spec *spec = &c->spec;
	size_t i, k;
	for (i = 0; c->seen && !c->partial && !c->merge && i < spec->nrate; i++) {
		const Seen *s = &c->seen[i];
		Buf b = { 0 };
		if (s->hit || s->n == 0)
			continue;
		for (k = 0; k < s->n; k++) {
			buf_str(&b, k ? ", " : "");
			buf_str(&b, s->v[k].len ? s->v[k].s : "(empty)");
		}
		warnx("warning: -r %s=%s: no row has '%s' in column '%s'; it has %s%s", spec->rate_col[i],
		      spec->rate_value[i], spec->rate_value[i], spec->rate_col[i], b.s,
		      s->n == SEEN_MAX ? ", ..." : "");
		buf_free(&b);
	}
}

/* --merge: a -r value no part's rows had (its hits 0 in every group). */
static void report_merged_misses(const Count *c)
{
	const Spec *spec = &c->spec;
	size_t i, g;
	for (i = 0; c->merge && c->agg && i < spec->nrate; i++) {
		uint64_t hits = 0, rows = 0;
		for (g = 0; g < agg_size(c->agg); g++) {
			Acc acc = agg_acc(c->agg, g);
			hits += acc.hits[i];
			rows += acc.n[0];
		}
		if (hits == 0 && rows > 0)
			warnx("warning: -r %s=%s: no row of any part has '%s' in column '%s'", spec->rate_col[i],
			      spec->rate_value[i], spec->rate_value[i], spec->rate_col[i]);
	}
}

void count_report(const Count *c)
{
	report_lenient(c);
	report_misses(c);
	report_merged_misses(c);
}

/* A sum past the doubles (its parts may go past them on the way and come
 * back: 1e308 + 1e308 - 1e308) is an error, said before any row is out. */
static void check_sums(const Spec *spec, Agg *a)
{
	size_t g, i;
	for (g = 0; a && g < agg_size(a); g++) {
		Acc acc = agg_acc(a, g);
		for (i = 0; i < spec->nsum; i++)
			if (!isfinite(xsum_value(&acc.stat[i].sum)))
				die(EXIT_DATA, "column '%s': the sum overflows", spec->sum[i]);
	}
}

void count_write(Count *c)
{
	Render r = { 0 };
	size_t g, *order = agg_order(c->agg);
	r.spec = &c->spec;
	r.agg = c->agg;
	r.order = order;
	r.ngroups = agg_size(c->agg);
	r.format = c->format;
	r.sort = c->sort;
	r.top = c->top;
	if (c->total && c->spec.ngroup && !c->total_agg) {   /* --merge: the groups added up */
		c->total_agg = spec_agg(&c->spec);
		agg_find(c->total_agg, "", 0);
		for (g = 0; g < agg_size(c->agg); g++)
			if (agg_merge(c->total_agg, 0, c->agg, g) < 0)
				die(EXIT_DATA, "the total sum overflows");
	}
	r.total = c->total && c->spec.ngroup ? c->total_agg : NULL;
	check_sums(&c->spec, r.total);
	check_sums(&c->spec, c->agg);
	render(&r);
	free(order);
}
