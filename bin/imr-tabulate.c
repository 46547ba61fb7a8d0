/* imr-tabulate: counts, rates and numeric summaries of TSV rows by group.
 *
 * Rows are aggregated in a hash table by group key (the escaped group
 * fields joined by TAB), never sorted: memory follows the number of groups
 * (and, for quantiles and countunique, the values they need).  --partial
 * writes the accumulators themselves, exactly (sums as the parts of an
 * exact sum, see xsum.h); --merge adds such partials up, so a run over
 * pieces of the input then a merge prints what one run over all of it does. */
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tabulate/agg.h"
#include "common/buf.h"
#include "common/num.h"
#include "common/out.h"
#include "tabulate/partial.h"
#include "tabulate/render.h"
#include "common/tsv.h"
#include "common/util.h"
#include "tabulate/where.h"

/* Cells under -s: non-numeric ones, with --lenient, or integers a double
 * does not hold.  A cell counted into several groups (--explode, --total)
 * is one cell. */
typedef struct {
	uint64_t n;
	char *where;            /* "FILE:LINE" of the first */
	char *cell;             /* and its text */
	uint64_t row;           /* the row of the last one, and where it was */
	const char *last;
} Bad;

/* What a rate's column holds, while no row has its value. */
#define SEEN_MAX 5
typedef struct {
	int hit;
	size_t n;
	Buf v[SEEN_MAX];        /* escaped */
} Seen;

/* What the statistics of a summarised column need. */
typedef struct {
	int numeric, sd, values, unique;
} Want;

static Spec spec;             /* groups, rates, sums */
static struct {
	char **explode;
	size_t nexplode;
	Where *where;
	size_t nwhere;
	char *per_letter;        /* its COL */
	const char *sort;
	uint64_t top;
	int total, format, partial, merge, lenient;
} opt;
static Field *rate_match;     /* each rate's value, escaped as in the TSV */
static Field letter_match;    /* --per-letter's VALUE, escaped */
static Bad *bad;              /* one per sum */
static Bad *inexact;          /* one per sum: integers past 2^53 rounded */
static uint64_t rows_taken;   /* rows (letters) counted, for Bad.row */
static Seen *seen;            /* one per rate */
static Want *want;            /* one per sum */
static Uniq *uniq;            /* one per sum */

static Agg *agg;
static Agg *total;            /* --total, counted row by row */
static int status;

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [-g COL[,COL...]] [-r COL=VALUE] [-s COL[:STAT,...]] [--explode COL] [--top N]\n"
		                "       [--total] [--where COL=VALUE|COL!=VALUE|COL~REGEX] [--per-letter COL=VALUE]\n"
		                "       [--sort [-]COL] [--format tsv|csv|table|md|bars|svg] [--partial | --merge]\n"
		                "       [--lenient] [FILE...]\n",
		        progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE...]\n"
	       "Count TSV rows by group, with rates and numeric summaries.\n"
	       "Input: any TSV with a header (gzip recognised); no FILE or '-' reads stdin.\n\n"
	       "  -g, --group COL[,COL...]  group by these columns (none: one row for all)\n"
	       "  -r, --rate COL=VALUE      count rows where COL is VALUE: VALUE, rate, ci_low,\n"
	       "                            ci_high (Wilson 95%% interval)\n"
	       "  -s, --sum COL[:STAT,...]  COL:n (non-empty cells) and statistics of COL:\n"
	       "                            sum mean min max (the default) sd median q1 q3\n"
	       "                            pN (0..100) countunique\n"
	       "      --where COL=VALUE     only rows where COL is VALUE; also COL!=VALUE and\n"
	       "                            COL~REGEX (POSIX extended); repeatable (and)\n"
	       "      --per-letter COL=VALUE  count letters (rows by doc_id), not rows; a\n"
	       "                            letter has letter_outcome all, some or none (of\n"
	       "                            its items have COL=VALUE) and items\n"
	       "      --explode COL         a ';'-list in COL counts once per value\n"
	       "      --sort [-]COL         rows by an output column (-: descending)\n"
	       "      --top N               only the first N rows (the N largest groups)\n"
	       "      --total               add a row for all the input, labelled (total)\n"
	       "      --format FMT          tsv (default), csv, table, md, bars or svg\n"
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

/* -s COL, or COL:STAT,... when what follows the last ':' is statistics. */
static void add_sum(const char *arg)
{
	const char *colon = strrchr(arg, ':');
	char *col, *badstat;
	if (!*arg || colon == arg)
		bad_usage("-s takes a column name", arg);
	if (!colon) {
		spec_add_sum(&spec, arg);
		return;
	}
	col = xstrdup(arg);
	col[colon - arg] = '\0';
	if (spec_add_stats(&spec, col, colon + 1, &badstat) < 0) {
		fprintf(stderr, "%s: -s %s: '%s' is not a statistic (sum mean min max sd median q1 q3 "
		        "pN countunique)\n", progname, arg, badstat);
		usage(EXIT_USAGE);
	}
	free(col);
}

static void add_where(const char *arg)
{
	const char *err;
	char errbuf[256];
	opt.where = xrealloc(opt.where, (opt.nwhere + 1) * sizeof *opt.where);
	if (where_parse(&opt.where[opt.nwhere], arg, &err, errbuf, sizeof errbuf) < 0)
		bad_usage(err, arg);
	opt.nwhere++;
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

static void set_per_letter(const char *arg)
{
	const char *eq = strchr(arg, '=');
	Buf b = { 0 };
	if (!eq || eq == arg)
		bad_usage("--per-letter takes COL=VALUE", arg);
	free(opt.per_letter);
	opt.per_letter = xstrdup(arg);
	opt.per_letter[eq - arg] = '\0';
	buf_str(&b, "");
	buf_esc(&b, eq + 1);
	letter_match.s = b.s;
	letter_match.len = b.len;
}

/* ---- one pass over rows ---- */

/* --per-letter's columns, which no file has: they are the letter's. */
#define COL_OUTCOME ((size_t)-2)
#define COL_ITEMS ((size_t)-3)

typedef struct {
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
	for (e = 0; e < opt.nexplode; e++)
		if (p->ecol[e] == col)
			return p->exval[e];
	return raw(p, col);
}

static int exploded(const Pass *p, size_t col)
{
	size_t e;
	for (e = 0; e < opt.nexplode; e++)
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
	if (b->n && b->row == rows_taken && b->last == f.s)
		return;
	b->row = rows_taken;
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

/* A rate's value no row has: the first few values its column does have. */
static void note_miss(size_t i, Field f)
{
	Seen *s = &seen[i];
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
	size_t i;
	(*acc.n)++;
	for (i = 0; i < spec.nrate; i++) {
		int hit;
		if (whole && exploded(p, p->rcol[i]))
			hit = list_has(raw(p, p->rcol[i]), rate_match[i]);
		else
			hit = same(whole ? raw(p, p->rcol[i]) : cell(p, p->rcol[i]), rate_match[i]);
		if (hit) {
			acc.hits[i]++;
			seen[i].hit = 1;
		} else if (!whole) {
			note_miss(i, cell(p, p->rcol[i]));
		}
	}
	for (i = 0; i < spec.nsum; i++) {
		Field f = whole ? raw(p, p->scol[i]) : cell(p, p->scol[i]);
		double v;
		if (f.len == 0)
			continue;
		if (!want[i].numeric) {
			stat_count(&acc.stat[i]);
		} else if (num_double(f.s, f.len, &v) < 0) {
			sum_fail(p, i, f);
			continue;
		} else {
			if (f.len > 15 && !integer_exact(f, v))
				note_cell(p, &inexact[i], f);
			if (stat_add(&acc.stat[i], v, want[i].sd, want[i].values) < 0) {
				tsv_warn(p->t, "column '%s': the sum overflows", spec.sum[i]);
				exit(EXIT_DATA);
			}
		}
		if (want[i].unique && uniq_add(&uniq[i], uid, f.s, f.len))
			acc.stat[i].unique++;
	}
}

static void count_row(Pass *p)
{
	size_t i, g;
	p->key.len = 0;
	for (i = 0; i < spec.ngroup; i++) {
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
	if (depth == opt.nexplode) {
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
	rows_taken++;
	if (total)
		count_acc(p, agg_acc(total, 0), UINT64_MAX, 1);
	if (opt.nexplode)
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
	static Uniq letters;
	Field doc = tsv_field(p->t, p->doc);
	if (p->items && !same(doc, p->lf[p->doc]))
		end_letter(p);
	if (!p->items) {
		size_t len, i, n = tsv_ncols(p->t);
		const char *line = tsv_line(p->t, &len);
		if (!uniq_add(&letters, 0, doc.s, doc.len)) {
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
	if (same(tsv_field(p->t, p->lcol), letter_match))
		p->lhits++;
}

/* Column NAME of the file, or a letter's column with --per-letter. */
static size_t need_col(Tsv *t, const char *name)
{
	if (opt.per_letter && strcmp(name, "letter_outcome") == 0)
		return COL_OUTCOME;
	if (opt.per_letter && strcmp(name, "items") == 0)
		return COL_ITEMS;
	return tsv_need(t, name);
}

static size_t *need_cols(Tsv *t, size_t n, const char *(*name)(size_t))
{
	size_t *col = xmalloc((n + 1) * sizeof *col), i;
	for (i = 0; i < n; i++)
		col[i] = need_col(t, name(i));
	return col;
}

static const char *group_name(size_t i) { return spec.group[i]; }
static const char *rate_name(size_t i) { return spec.rate_col[i]; }
static const char *sum_name(size_t i) { return spec.sum[i]; }
static const char *explode_name(size_t i) { return opt.explode[i]; }

static int passes(const Pass *p)
{
	size_t i;
	for (i = 0; i < opt.nwhere; i++)
		if (!where_match(&opt.where[i], tsv_field(p->t, opt.where[i].idx)))
			return 0;
	return 1;
}

static void tabulate_file(const char *path)
{
	Pass p = { 0 };
	size_t i;
	p.t = tsv_open(path);
	p.gcol = need_cols(p.t, spec.ngroup, group_name);
	p.rcol = need_cols(p.t, spec.nrate, rate_name);
	p.scol = need_cols(p.t, spec.nsum, sum_name);
	p.ecol = need_cols(p.t, opt.nexplode, explode_name);
	p.exval = xmalloc((opt.nexplode + 1) * sizeof *p.exval);
	for (i = 0; i < opt.nwhere; i++)
		opt.where[i].idx = tsv_need(p.t, opt.where[i].col);
	if (opt.per_letter) {
		p.doc = tsv_need(p.t, "doc_id");
		p.lcol = tsv_need(p.t, opt.per_letter);
		p.lf = xmalloc(tsv_ncols(p.t) * sizeof *p.lf);
	}
	while (tsv_next(p.t)) {
		if (opt.nwhere && !passes(&p))
			continue;
		if (opt.per_letter)
			letter_row(&p);
		else
			take_row(&p);
	}
	end_letter(&p);
	if (tsv_status(p.t))
		status = EXIT_DATA;
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

/* A -r value no row had: say so, with the values the column has. */
static void report_misses(void)
{
	size_t i, k;
	for (i = 0; seen && i < spec.nrate; i++) {
		Buf b = { 0 };
		if (seen[i].hit || seen[i].n == 0)
			continue;
		for (k = 0; k < seen[i].n; k++) {
			buf_str(&b, k ? ", " : "");
			buf_str(&b, seen[i].v[k].len ? seen[i].v[k].s : "(empty)");
		}
		warnx("warning: -r %s=%s: no row has '%s' in column '%s'; it has %s%s", spec.rate_col[i],
		      spec.rate_value[i], spec.rate_value[i], spec.rate_col[i], b.s,
		      seen[i].n == SEEN_MAX ? ", ..." : "");
		buf_free(&b);
	}
}

/* A sum past the doubles (its parts may go past them on the way and come
 * back: 1e308 + 1e308 - 1e308) is an error, said before any row is out. */
static void check_sums(Agg *a)
{
	size_t g, i;
	for (g = 0; a && g < agg_size(a); g++) {
		Acc acc = agg_acc(a, g);
		for (i = 0; i < spec.nsum; i++)
			if (!isfinite(xsum_value(&acc.stat[i].sum)))
				die(EXIT_DATA, "column '%s': the sum overflows", spec.sum[i]);
	}
}

static void write_result(void)
{
	Render r = { 0 };
	size_t g, *order = agg_order(agg);
	r.spec = &spec;
	r.agg = agg;
	r.order = order;
	r.ngroups = agg_size(agg);
	r.format = opt.format;
	r.sort = opt.sort;
	r.top = opt.top;
	if (opt.total && spec.ngroup && !total) {   /* --merge: the groups added up */
		total = spec_agg(&spec);
		agg_find(total, "", 0);
		for (g = 0; g < agg_size(agg); g++)
			if (agg_merge(total, 0, agg, g) < 0)
				die(EXIT_DATA, "the total sum overflows");
	}
	r.total = opt.total && spec.ngroup ? total : NULL;
	check_sums(r.total);
	check_sums(agg);
	render(&r);
	free(order);
}

/* Statistics that --partial cannot carry, and --explode --total's limit. */
static void check_stats(void)
{
	size_t i, e;
	for (i = 0; i < spec.nsum; i++) {
		if ((opt.partial || opt.merge) &&
		    (spec_wants(&spec, i, ST_QUANTILE) || spec_wants(&spec, i, ST_UNIQUE)))
			bad_usage("quantiles (median, q1, q3, pN) and countunique need every value: "
			          "they cannot be merged, so not with --partial or --merge", spec.sum[i]);
		for (e = 0; opt.total && e < opt.nexplode; e++)
			if (strcmp(spec.sum[i], opt.explode[e]) == 0)
				bad_usage("--total counts each row once: no -s on an --explode column with it",
				          spec.sum[i]);
	}
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
		{ "where", required_argument, NULL, 'w' },
		{ "per-letter", required_argument, NULL, 'L' },
		{ "sort", required_argument, NULL, 'S' },
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
		case 'f':
			if ((opt.format = render_format(optarg)) < 0)
				bad_usage("--format takes tsv, csv, table, md, bars or svg", optarg);
			break;
		case 'p': opt.partial = 1; break;
		case 'm': opt.merge = 1; break;
		case 'l': opt.lenient = 1; break;
		case 'w': add_where(optarg); break;
		case 'L': set_per_letter(optarg); break;
		case 'S':
			if (!optarg[0] || (optarg[0] == '-' && !optarg[1]))
				bad_usage("--sort takes an output column, - before it for descending", optarg);
			opt.sort = optarg;
			break;
		case 'h': usage(EXIT_OK);
		case 'V': print_version(NULL);
		default: bad_option(argv[optind - 1]);
		}
	}
	if (opt.partial && (opt.top || opt.total || opt.sort || opt.format != FMT_TSV))
		bad_usage("--partial writes every group: no --top, --total, --sort or --format", NULL);
	if (opt.merge && (opt.nexplode || opt.nwhere || opt.per_letter))
		bad_usage("--explode, --where and --per-letter apply before --partial, not to --merge", NULL);
	check_stats();
	if (opt.sort && !render_has_column(&spec, opt.sort + (opt.sort[0] == '-')))
		bad_usage("--sort: no such output column", opt.sort);
}

/* For reading rows: escaped forms of the rate values, room for
 * --lenient's counts and the values rates miss, what each sum needs, and
 * --total's accumulators. */
static void prepare(void)
{
	size_t i;
	seen = xmalloc((spec.nrate + 1) * sizeof *seen);
	memset(seen, 0, (spec.nrate + 1) * sizeof *seen);
	want = xmalloc((spec.nsum + 1) * sizeof *want);
	uniq = xmalloc((spec.nsum + 1) * sizeof *uniq);
	memset(uniq, 0, (spec.nsum + 1) * sizeof *uniq);
	for (i = 0; i < spec.nsum; i++) {
		want[i].numeric = spec_numeric(&spec, i);
		want[i].sd = spec_wants(&spec, i, ST_SD);
		want[i].values = spec_wants(&spec, i, ST_QUANTILE);
		want[i].unique = spec_wants(&spec, i, ST_UNIQUE);
	}
	if ((opt.total || (opt.partial && opt.nexplode)) && spec.ngroup) {
		total = spec_agg(&spec);
		agg_find(total, "", 0);
	}
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
	const char *last = "-";
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
	for (i = optind; i == optind || i < argc; i++) {   /* no FILE: stdin */
		const char *path = i < argc ? argv[i] : "-";
		last = path;
		if (opt.merge)
			partial_merge_file(&spec, &agg, &total, path);
		else
			tabulate_file(path);
	}
	if (!agg)
		die(EXIT_DATA, "%s: empty input, expected partial aggregates", last);
	report_lenient();
	report_misses();
	if (opt.partial)
		partial_write(&spec, agg, total);
	else
		write_result();
	out_close();
	return status;
}
