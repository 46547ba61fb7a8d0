/* count.h: imr-tabulate's counting engine: rows read from TSV files,
 * filtered (--where), folded into letters (--per-letter), exploded
 * (--explode) and counted into an Agg by group key; then the notes on
 * cells left out or rounded, and the result written.
 *
 * Rows are aggregated in a hash table by group key (the escaped group
 * fields joined by TAB), never sorted: memory follows the number of groups
 * (and, for quantiles and countunique, the values they need). */
#ifndef IMR_COUNT_H
#define IMR_COUNT_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "common/buf.h"
#include "common/tsv.h"
#include "partial.h"
#include "where.h"

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

typedef struct {
	/* what to count and how to write it: the options */
	Spec spec;               /* groups, rates, sums */
	char **explode;
	size_t nexplode;
	Where *where;
	size_t nwhere;
	char *per_letter;        /* its COL */
	Field letter_match;      /* and its VALUE, escaped */
	const char *sort;
	uint64_t top;
	int total, format, partial, merge, lenient;

	/* while counting (count_prepare) */
	Field *rate_match;       /* each rate's value, escaped as in the TSV */
	Bad *bad;                /* one per sum */
	Bad *inexact;            /* one per sum: integers past 2^53 rounded */
	uint64_t rows_taken;     /* rows (letters) counted, for Bad.row */
	Seen *seen;              /* one per rate */
	Want *want;              /* one per sum */
	Uniq *uniq;              /* one per sum */
	Uniq letters;            /* --per-letter: the letters seen */
	Agg *agg;
	Agg *total_agg;          /* --total, counted row by row */
	int status;              /* EXIT_DATA after a file's error */
} Count;

/* The options, into C.  Each returns NULL, or what is wrong with ARG
 * ("what: ARG", malloc'd) for a usage error. */
char *count_add_groups(Count *c, const char *list);
char *count_add_rate(Count *c, const char *arg);
char *count_add_sum(Count *c, const char *arg);
char *count_add_where(Count *c, const char *arg);
char *count_add_explode(Count *c, const char *col);
char *count_set_per_letter(Count *c, const char *arg);
/* The options together: NULL, or what cannot go with what. */
char *count_check(const Count *c);

/* Before the first file (not with --merge). */
void count_prepare(Count *c);
/* Count the rows of PATH ("-" = stdin, gzip recognised). */
void count_file(Count *c, const char *path);
/* On stderr: cells left out or rounded, rate values no row had. */
void count_report(const Count *c);
/* The result, as --format says (after the sums are checked). */
void count_write(Count *c);

#endif
