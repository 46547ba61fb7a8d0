/* imr-extract: imr-split records -> one TSV row per disputed item (or, with
 * --letters, per letter).
 *
 * Needs the columns doc_id and text; every other input column but text is
 * passed through after the extracted ones, in input order.  Every letter
 * yields at least one row: one with item_no 0 and a status saying why when
 * no item could be found. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "extract/build.h"
#include "extract/cases.h"
#include "extract/letter.h"
#include "extract/stats.h"
#include "common/out.h"
#include "common/tsv.h"
#include "common/unread.h"
#include "common/util.h"

static const char *const letter_cols[] = {
	"doc_id", "source", "layout", "case_number", "date_assigned", "decision_date",
	"injury_date", "ur_date", "received_date", "priority", "reviewer_specialty",
	"reviewer_states", "patient_age", "patient_sex",
};
static const char *const item_cols[] = {
	"item_no", "item", "original_request", "decision", "ca_guideline", "imr_guideline",
	"rationale", "status", "item_code", "diagnoses",
};
static const char *const per_letter_cols[] = { "n_items", "diagnoses", "summary", "status" };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static int opt_stats;
static int opt_letters, opt_unique_case;
static int opt_diagnoses = -1;   /* -d 1, --no-diagnoses 0, the last given; unset: as --letters */
static Cases cases;           /* case numbers met, for duplicates */
static uint64_t dropped;      /* letters dropped by --unique-case */
static uint64_t repeats;      /* letters repeating a case (warned of, the first MAX_REPEAT_WARNINGS) */
#define MAX_REPEAT_WARNINGS 10

/* For --version: the parser's builds this CPU runs, and the one in use
 * (t/lib.sh reads it to test each). */
static const char *parser_line(void)
{
	static char line[128];
	snprintf(line, sizeof line, "parser builds: %s (in use: %s)", extract_builds(), extract_build()->name);
	return line;
}

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [-d|--no-diagnoses] [--letters] [--stats] [--unique-case] [--format tsv|csv] [FILE...]\n",
		        progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE...]\n"
	       "Extract the disputed items of IMR letters from imr-split records.\n"
	       "Input needs the columns doc_id and text; no FILE or '-' reads stdin.\n"
	       "Output: one row per item (item_no 0 when none was found), the letter's\n"
	       "diagnoses on each (with -d), other input columns but text passed through\n"
	       "at the end.\n\n"
	       "  -d, --diagnoses read each letter's diagnoses into the diagnoses column of\n"
	       "                  its item rows: about a third more time\n"
	       "  --letters       one row per letter: n_items, diagnoses (read unless\n"
	       "                  --no-diagnoses), summary\n"
	       "  --stats         on stderr, how many letters in each layout and status\n"
	       "  --unique-case   keep only the first letter of each case number\n"
	       "  --no-diagnoses  leave the diagnoses column empty, --letters too\n"
	       "  --format FMT    tsv (default) or csv (RFC 4180)\n"
	       "  -h, --help      show this help\n"
	       "      --version   show the version\n",
	       progname);
	exit_flushed(EXIT_OK);
}

typedef struct {
	Tsv *t;
	size_t doc_id, text;
	int source, length, error;
	int *pass;         /* the columns passed through; -1: not in this file */
	size_t npass;
} Src;

/* The names of the columns passed through: the first file's. */
static char **pass_names;
static size_t npass_names;

/* A cleaned value holds no TAB, LF or CR, so only a backslash needs an
 * escape: most letters have none, and their values go out as they are. */
static void out_str_field(const Letter *L, Str s)
{
	const char *p = letter_str(L, s);
	if (L->has_backslash && memchr(p, '\\', s.len))
		out_field(p, s.len);
	else
		out_raw(p, s.len);
}

static void out_letter_fields(const Src *in, const Letter *L)
{
	Field f = tsv_field(in->t, in->doc_id);
	out_raw(f.s, f.len);
	out_tab();
	if (in->source >= 0) {
		f = tsv_field(in->t, (size_t)in->source);
		out_raw(f.s, f.len);
	}
	out_tab();
	out_str(L->layout);   /* (the parser's own words, none escaped: as they are) */
	out_tab(); out_str_field(L, L->case_number);
	out_tab(); out_str_field(L, L->date_assigned);
	out_tab(); out_str_field(L, L->decision_date);
	out_tab(); out_str_field(L, L->injury_date);
	out_tab(); out_str_field(L, L->ur_date);
	out_tab(); out_str_field(L, L->received_date);
	out_tab(); out_str_field(L, L->priority);
	out_tab(); out_str_field(L, L->reviewer_specialty);
	out_tab(); out_str_field(L, L->reviewer_states);
	out_tab(); out_str_field(L, L->patient_age);
	out_tab(); out_str_field(L, L->patient_sex);
}

static void out_passthrough(const Src *in)
{
	size_t i;
	for (i = 0; i < in->npass; i++) {
		out_tab();
		if (in->pass[i] >= 0) {
			Field f = tsv_field(in->t, (size_t)in->pass[i]);
			out_raw(f.s, f.len);
		}
	}
	out_nl();
}

/* An item's row after the letter's columns: the item's, and those passed
 * through. */
static void out_item_fields(const Src *in, const Letter *L, size_t no)
{
	out_tab();
	if (no == 0) {   /* the letter's row when it has no item */
		out_str("0\t\t\t\t\t\t\t");
		out_str(L->status);
		out_tab();
		out_tab(); out_str_field(L, L->diagnoses);
	} else {
		const Item *it = &L->items[no - 1];
		out_u64(no);
		out_tab(); out_str_field(L, it->item);
		out_tab(); out_str_field(L, it->original_request);
		out_tab(); out_str(it->decision);
		out_tab(); out_str_field(L, it->ca_guideline);
		out_tab(); out_str_field(L, it->imr_guideline);
		out_tab(); out_str_field(L, it->rationale);
		out_tab(); out_str(it->status);
		out_tab(); out_str_field(L, it->item_code);
		out_tab(); out_str_field(L, L->diagnoses);   /* the letter's */
	}
	out_passthrough(in);
}

/* The rows of a letter's items.  Their first columns, the letter's, are
 * the same in each: written for the first, then copied from the buffer
 * while it still holds them. */
static void out_item_rows(const Src *in, const Letter *L)
{
	OutSpan letter = { 0, 0, 0 };
	size_t no;
	for (no = 1; no <= L->n_items; no++) {
		if (!out_repeat(&letter)) {
			letter = out_mark();
			out_letter_fields(in, L);
			out_mark_end(&letter);
		}
		out_item_fields(in, L, no);
	}
}

/* The letter's status: its own, or that of an item not "ok" (a truncated
 * item makes a truncated letter). */
static const char *letter_status(const Letter *L)
{
	const char *status = L->status;
	size_t i;
	for (i = 0; i < L->n_items; i++)
		if (strcmp(L->items[i].status, "ok") != 0)
			status = L->items[i].status;
	return status;
}

static void out_letter(const Src *in, const Letter *L)
{
	const char *status = letter_status(L);
	out_letter_fields(in, L);
	out_tab(); out_u64(L->n_items);
	out_tab(); out_str_field(L, L->diagnoses);
	out_tab(); out_str_field(L, L->summary);
	out_tab(); out_str(status);
	out_passthrough(in);
}

static void out_header(void)
{
	size_t i;
	for (i = 0; i < NELEM(letter_cols); i++) {
		if (i)
			out_tab();
		out_str(letter_cols[i]);
	}
	if (opt_letters) {
		for (i = 0; i < NELEM(per_letter_cols); i++) {
			out_tab();
			out_str(per_letter_cols[i]);
		}
	} else {
		for (i = 0; i < NELEM(item_cols); i++) {
			out_tab();
			out_str(item_cols[i]);
		}
	}
	for (i = 0; i < npass_names; i++) {
		out_tab();
		out_fieldz(pass_names[i]);
	}
	out_nl();
}

/* A case number met before: a warning naming both sources, or with
 * --unique-case the letter dropped (counted).  1 if it is to be dropped. */
static int repeated_case(const Src *in, const Letter *L)
{
	Field src = { "", 0 };
	const char *first;
	char where[64];
	if (L->case_number.len == 0)
		return 0;            /* unknown: no duplicate of anything */
	if (in->source >= 0)
		src = tsv_field(in->t, (size_t)in->source);
	if (src.len == 0) {          /* no source: the row names it */
		snprintf(where, sizeof where, "%s:%llu", tsv_name(in->t), (unsigned long long)tsv_lineno(in->t));
		src.s = where;
		src.len = strlen(where);
	}
	first = cases_add(&cases, letter_str(L, L->case_number), L->case_number.len, src.s, src.len);
	if (!first)
		return 0;
	if (opt_unique_case) {
		dropped++;
		return 1;
	}
	if (++repeats <= MAX_REPEAT_WARNINGS)
		tsv_warn(in->t, "case %.*s again, in %.*s (first in %s); --unique-case keeps the first only",
		         (int)L->case_number.len, letter_str(L, L->case_number), (int)src.len, src.s, first);
	return 0;
}

/* Why imr-split wrote the record without text: its error column ("" when
 * the text is there), as a status.  (Output of an imr-split without that
 * column: a letter over its --max-letter has no text and a length that is
 * not 0, refused().) */
static const char *unread_status(const Src *in)
{
	static const char *const known[] = UNREAD_REASONS;
	Field e;
	size_t i;
	if (in->error < 0)
		return "";
	e = tsv_field(in->t, (size_t)in->error);
	if (e.len == 0)
		return "";
	for (i = 0; known[i]; i++)
		if (strlen(known[i]) == e.len && memcmp(known[i], e.s, e.len) == 0)
			return known[i];
	tsv_warn(in->t, "imr-split's error '%.*s' is not known: status unreadable", e.len > 40 ? 40 : (int)e.len, e.s);
	return UNREAD_UNREADABLE;
}

/* A record imr-split wrote for a letter over its --max-letter: no text,
 * a length that is not 0. */
static int refused(const Src *in)
{
	Field n;
	if (in->length < 0)
		return 0;
	n = tsv_field(in->t, (size_t)in->length);
	return n.len > 0 && !(n.len == 1 && n.s[0] == '0');
}

static int extract_file(const char *path, Letter *L, int *header_done)
{
	Src in;
	size_t i;
	int status, too_long = 0;
	const char *why;
	in.t = tsv_open(path);
	in.doc_id = tsv_need(in.t, "doc_id");
	in.text = tsv_need(in.t, "text");
	in.source = tsv_col(in.t, "source");
	in.length = tsv_col(in.t, "length");
	in.error = tsv_col(in.t, "error");
	tsv_allow_cut(in.t);
	if (!*header_done) {   /* the first file's columns name the output's */
		pass_names = xmalloc(tsv_ncols(in.t) * sizeof *pass_names);
		for (i = 0; i < tsv_ncols(in.t); i++)
			if (i != in.doc_id && i != in.text && (int)i != in.source && (int)i != in.error)
				pass_names[npass_names++] = xstrdup(tsv_colname(in.t, i));
	}
	in.pass = xmalloc((npass_names + 1) * sizeof *in.pass);
	in.npass = npass_names;
	for (i = 0; i < npass_names; i++)
		in.pass[i] = tsv_col(in.t, pass_names[i]);
	if (!*header_done) {
		out_header();
		*header_done = 1;
	}
	while (tsv_next(in.t)) {
		Field f = tsv_field(in.t, in.text);
		if (tsv_cut(in.t)) {
			tsv_warn(in.t, "record of %zu bytes, longer than %zu: written with status too-long",
			         tsv_cut(in.t), tsv_max_line());
			too_long = 1;
			f.len = 0;
		}
		letter_parse_escaped(L, f.s, f.len);
		if (f.len == 0 && *(why = unread_status(&in)))
			L->status = why;
		else if (f.len == 0 && (tsv_cut(in.t) || (in.error < 0 && refused(&in))))
			L->status = UNREAD_TOO_LONG;
		if (repeated_case(&in, L))
			continue;
		if (opt_stats)
			layout_stats_count(L->layout, letter_status(L));
		if (opt_letters) {
			out_letter(&in, L);
		} else if (L->n_items == 0) {
			out_letter_fields(&in, L);
			out_item_fields(&in, L, 0);
		} else {
			out_item_rows(&in, L);
		}
	}
	status = tsv_status(in.t) | too_long;
	free(in.pass);
	tsv_close(in.t);
	return status;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "letters", no_argument, NULL, 'l' },
		{ "stats", no_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "unique-case", no_argument, NULL, 'u' },
		{ "diagnoses", no_argument, NULL, 'd' },
		{ "no-diagnoses", no_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	Letter L;
	int c, i, status = EXIT_OK, header_done = 0;
	setprogname(argv[0]);
	quiet_sigpipe();
	while ((c = getopt_long(argc, argv, "dh", longopts, NULL)) != -1) {
		switch (c) {
		case 'l': opt_letters = 1; break;
		case 's': opt_stats = 1; break;
		case 'f':
			if (out_format(optarg) < 0)
				die(EXIT_USAGE, "--format takes tsv or csv");
			break;
		case 'u': opt_unique_case = 1; break;
		case 'd': opt_diagnoses = 1; break;
		case 'D': opt_diagnoses = 0; break;
		case 'h': usage(EXIT_OK);
		case 'V': print_version(parser_line());
		default: usage(EXIT_USAGE);
		}
	}
	letter_init(&L);
	if (opt_diagnoses == -1)   /* (on item rows: a third more time) */
		opt_diagnoses = opt_letters;
	if (!opt_diagnoses)
		L.skip |= LETTER_NO_DIAGNOSES;
	if (optind == argc)
		status |= extract_file("-", &L, &header_done);
	for (i = optind; i < argc; i++)
		status |= extract_file(argv[i], &L, &header_done);
	letter_free(&L);
	cases_free(&cases);
	out_close();
	if (opt_stats)
		layout_stats_print(stderr);
	if (repeats > MAX_REPEAT_WARNINGS)
		warnx("case numbers met before: %llu letters in all (the first %d named above)",
		      (unsigned long long)repeats, MAX_REPEAT_WARNINGS);
	if (dropped)
		warnx("%llu letter%s dropped: case number met before (--unique-case)", (unsigned long long)dropped,
		      dropped == 1 ? "" : "s");
	return status ? EXIT_DATA : EXIT_OK;
}
