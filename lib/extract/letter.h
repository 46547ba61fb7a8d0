/* letter.h: the fields of one IMR final determination letter.
 *
 * letter_parse() takes the letter's bytes (as imr-split cut them, unescaped)
 * and fills a Letter: letter-level fields and one Item per disputed item.
 * Values are the letter's own words, cleaned (see text.h); an empty value is
 * unknown.  No I/O; the Letter's buffers are reused from one letter to the
 * next, so memory stays bounded by the largest letter. */
#ifndef IMR_LETTER_H
#define IMR_LETTER_H

#include <stddef.h>

typedef struct {
	size_t off, len;      /* a value in Letter.pool */
} Str;

typedef struct {
	Str item;             /* the portion decided */
	Str item_code;        /* a billing code before it: "S5000" */
	Str original_request; /* when UR authorised part of a request */
	const char *decision; /* "Upheld", "Overturned" */
	Str ca_guideline, imr_guideline, rationale;
	const char *status;   /* "ok", "truncated", "no-decision", "fallback" */
} Item;

typedef struct {
	const char *layout;   /* "2016", "2014", "2013", "imr-docs", "mpr", or "" */
	const char *status;   /* "ok", "no-items", "unknown-layout", "empty", "fallback" */
	Str case_number, date_assigned, decision_date, injury_date, ur_date,
	    received_date, priority;
	Str reviewer_specialty, reviewer_states; /* ';'-joined */
	Str patient_age, patient_sex;            /* sex: "male" or "female" */
	Str diagnoses;                           /* ';'-joined */
	Str summary;
	Item *items;
	size_t n_items;
	int has_backslash;    /* 0: no value holds a '\\' (none needs a TSV escape) */

	/* What the caller does not need (LETTER_NO_ flags; 0 after
	 * letter_init(): all of it): letter_parse() may leave it empty. */
	unsigned skip;

	/* working storage */
	size_t items_cap;
	char *pool;
	size_t pool_len, pool_cap;
	char *norm, *low;     /* the normalized letter and its lowercase */
	size_t len, cap;
	char *scratch;        /* the summary's copy, 2 * cap bytes */
} Letter;

/* Letter.skip: the diagnoses, the slowest field of the summary's. */
enum { LETTER_NO_DIAGNOSES = 1 };

void letter_init(Letter *L);
void letter_parse(Letter *L, const char *text, size_t len);
/* The same, from a TSV field still escaped (\t \n \r \\). */
void letter_parse_escaped(Letter *L, const char *field, size_t len);
void letter_free(Letter *L);

static inline const char *letter_str(const Letter *L, Str s) { return L->pool + s.off; }

#endif
