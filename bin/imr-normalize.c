/* imr-normalize: canonical values and drug facts for imr-extract rows.
 *
 * Options and the loop over files; the row engine is lib/normalize/rows.c. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "common/out.h"
#include "common/util.h"
#include "normalize/body.h"
#include "normalize/dx.h"
#include "normalize/lexicon.h"
#include "normalize/rows.h"
#include "normalize/schema.h"

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [--lexicon FILE] [--body-regions FILE] [--dx-groups FILE] [--stats]\n"
		                "       [--format tsv|csv] [--schema sqlite|postgres] [FILE...]\n",
		        progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE...]\n"
	       "Canonicalise imr-extract rows and append drug and guideline facts.\n"
	       "No FILE or '-' reads stdin; gzip is recognised.\n"
	       "In place: decision, date_assigned decision_date injury_date ur_date\n"
	       "received_date, patient_sex, reviewer_states, reviewer_specialty.\n"
	       "Appended: category subcategory drug drug_class strength unit form qty\n"
	       "refills per_day mme_day hcpcs qty_unit visits per_week weeks\n"
	       "category_basis ca_source imr_source imr_topic imr_pages imr_edition\n"
	       "age_range year quarter days_ur_to_decision days_received_to_decision\n"
	       "days_assigned_to_decision claim_age_days body_region laterality dx_group\n\n"
	       "  --lexicon FILE   add the drug names of a TSV (name generic class form\n"
	       "                   mme_factor mme_part) to the built-in lexicon\n"
	       "  --body-regions FILE  add the phrases of a TSV (phrase region laterality)\n"
	       "                   to the built-in body regions\n"
	       "  --dx-groups FILE add the phrases of a TSV (phrase dx_group kind) to the\n"
	       "                   built-in diagnosis groups\n"
	       "  --stats          print coverage counts of the item columns on stderr\n"
	       "  --format FMT     tsv (default) or csv (RFC 4180)\n"
	       "  --schema DB      print CREATE TABLE for the output columns (sqlite or\n"
	       "                   postgres) and how to load them, instead of rows\n"
	       "  -h, --help       show this help\n"
	       "      --version    show the version\n",
	       progname);
	exit_flushed(EXIT_OK);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ "stats", no_argument, NULL, 'S' },
		{ "format", required_argument, NULL, 'f' },
		{ "schema", required_argument, NULL, 's' },
		{ "body-regions", required_argument, NULL, 'b' },
		{ "dx-groups", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c, i, status = EXIT_OK, csv = 0, want_stats = 0, schema = -1;
	setprogname(argv[0]);
	quiet_sigpipe();
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'l': lexicon_load(optarg); break;
		case 'S': want_stats = 1; break;
		case 'f':
			if (out_format(optarg) < 0)
				die(EXIT_USAGE, "--format takes tsv or csv");
			csv = strcmp(optarg, "csv") == 0;
			break;
		case 's':
			if ((schema = schema_dialect(optarg)) < 0)
				die(EXIT_USAGE, "--schema takes sqlite or postgres");
			break;
		case 'b': body_load(optarg); break;
		case 'd': dx_load(optarg); break;
		case 'h': usage(EXIT_OK);
		case 'V': print_version(NULL);
		default: usage(EXIT_USAGE);
		}
	}
	lexicon_init();
	body_init();
	dx_init();
	normalize_init(want_stats);
	if (schema >= 0 && csv)
		die(EXIT_USAGE, "--schema writes SQL, not rows: no --format csv with it");
	if (schema >= 0) {
		normalize_print_schema(schema, optind < argc ? argv[optind] : "-");
		out_close();
		return EXIT_OK;
	}
	if (optind == argc)
		status |= normalize_file("-");
	for (i = optind; i < argc; i++)
		status |= normalize_file(argv[i]);
	out_close();
	if (want_stats)
		normalize_print_stats();
	return status ? EXIT_DATA : EXIT_OK;
}
