/* imr-tabulate: counts, rates and numeric summaries of TSV rows by group.
 *
 * Rows are aggregated in a hash table by group key (the escaped group
 * fields joined by TAB), never sorted: memory follows the number of groups.
 * --partial writes the accumulators themselves, exactly (sums as the parts
 * of an exact sum, see xsum.h); --merge adds such partials up, so a run over
 * pieces of the input then a merge prints what one run over all of it does. */
#include <getopt.h>
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

/* Non-numeric cells under -s, with --lenient. */
typedef struct {
	uint64_t n;
	char *where;            /* "FILE:LINE" of the first */
	char *cell;             /* and its text */
} Bad;

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

static void sum_fail(const Pass *p, size_t i, Field f)
{
	Buf where = { 0 };
	char line[24];
	int n = f.len > 60 ? 60 : (int)f.len;
	if (!opt.lenient) {
		tsv_warn(p->t, "column '%s': '%.*s%s' is not a number", spec.sum[i], n, f.s,
		         f.len > 60 ? "..." : "");
		exit(EXIT_DATA);
	}
	if (bad[i].n++ > 0)
		return;
	snprintf(line, sizeof line, ":%llu", (unsigned long long)tsv_lineno(p->t));
	buf_str(&where, tsv_name(p->t));
	buf_str(&where, line);
	bad[i].where = where.s;
	bad[i].cell = xmalloc((size_t)n + 1);
	memcpy(bad[i].cell, f.s, (size_t)n);
	bad[i].cell[n] = '\0';
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
		if (num_double(f.s, f.len, &v) < 0)
			sum_fail(p, i, f);
		else if (stat_add(&acc.stat[i], v) < 0) {
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
	if (opt.top && opt.top < r.ngroups)
		r.ngroups = (size_t)opt.top;
	if (opt.total && spec.ngroup) {
		r.total = agg_new(spec.nrate, spec.nsum);
		agg_find(r.total, "", 0);
		for (g = 0; g < agg_size(agg); g++)
			if (agg_merge(r.total, 0, agg, g) < 0)
				die(EXIT_DATA, "the total sum overflows");
	}
	render(&r);
	free(order);
	agg_free(r.total);
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
		case 'f':
			if ((opt.format = render_format(optarg)) < 0)
				bad_usage("--format takes tsv, table, md or bars", optarg);
			break;
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
			partial_merge_file(&spec, &agg, path);
		else
			tabulate_file(path);
	}
	if (!agg)
		die(EXIT_DATA, "%s: empty input, expected partial aggregates", last);
	report_lenient();
	if (opt.partial)
		partial_write(&spec, agg);
	else
		write_result();
	out_close();
	return status;
}
