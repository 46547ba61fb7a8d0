/* imr-tabulate: counts, rates and numeric summaries of TSV rows by group.
 *
 * The options and the loop over files: the counting is lib/tabulate/count.c,
 * the writing render.c.  --partial writes the accumulators themselves,
 * exactly (sums as the parts of an exact sum, see xsum.h); --merge adds
 * such partials up, so a run over pieces of the input then a merge prints
 * what one run over all of it does. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/num.h"
#include "common/out.h"
#include "common/util.h"
#include "tabulate/count.h"
#include "tabulate/partial.h"
#include "tabulate/render.h"

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

/* An option count.c said no to (ERR: what is wrong, NULL when nothing). */
static void check(char *err)
{
	if (err)
		bad_usage(err, NULL);
}

/* getopt said no: name the option as written. */
_Noreturn static void bad_option(const char *arg)
{
	char shortopt[3] = { '-', (char)optopt, '\0' };
	if (strncmp(arg, "--", 2) != 0 && optopt)
		arg = shortopt;
	bad_usage("unknown option or missing argument", arg);
}

static void parse_args(Count *c, int argc, char **argv)
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
	int o;
	opterr = 0;
	while ((o = getopt_long(argc, argv, "g:r:s:h", longopts, NULL)) != -1) {
		switch (o) {
		case 'g': check(count_add_groups(c, optarg)); break;
		case 'r': check(count_add_rate(c, optarg)); break;
		case 's': check(count_add_sum(c, optarg)); break;
		case 'e': check(count_add_explode(c, optarg)); break;
		case 't':
			if (num_u64(optarg, strlen(optarg), &c->top) < 0 || c->top == 0)
				bad_usage("--top takes a positive number", optarg);
			break;
		case 'T': c->total = 1; break;
		case 'f':
			if ((c->format = render_format(optarg)) < 0)
				bad_usage("--format takes tsv, csv, table, md, bars or svg", optarg);
			break;
		case 'p': c->partial = 1; break;
		case 'm': c->merge = 1; break;
		case 'l': c->lenient = 1; break;
		case 'w': check(count_add_where(c, optarg)); break;
		case 'L': check(count_set_per_letter(c, optarg)); break;
		case 'S':
			if (!optarg[0] || (optarg[0] == '-' && !optarg[1]))
				bad_usage("--sort takes an output column, - before it for descending", optarg);
			c->sort = optarg;
			break;
		case 'h': usage(EXIT_OK);
		case 'V': print_version(NULL);
		default: bad_option(argv[optind - 1]);
		}
	}
	check(count_check(c));
}

int main(int argc, char **argv)
{
	static Count c;
	const char *last = "-";
	int i;
	setprogname(argv[0]);
	quiet_sigpipe();
	parse_args(&c, argc, argv);
	if (!c.merge)
		count_prepare(&c);
	/* --merge takes the spec from the partials' header unless it is given
	 * (then rows may come before any header, as in Hadoop Streaming) */
	if (!c.merge || c.spec.ngroup || c.spec.nrate || c.spec.nsum)
		c.agg = spec_agg(&c.spec);
	for (i = optind; i == optind || i < argc; i++) {   /* no FILE: stdin */
		const char *path = i < argc ? argv[i] : "-";
		last = path;
		if (c.merge)
			partial_merge_file(&c.spec, &c.agg, &c.total_agg, path);
		else
			count_file(&c, path);
	}
	if (!c.agg)
		die(EXIT_DATA, "%s: empty input, expected partial aggregates", last);
	count_report(&c);
	if (c.partial)
		partial_write(&c.spec, c.agg, c.total_agg);
	else
		count_write(&c);
	out_close();
	return c.status;
}
