#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "phrase.h"
#include "tables.h"
#include "common/num.h"
#include "common/tsv.h"
#include "common/util.h"

static Phrases names;
static Drug *drugs;
static size_t ndrugs, capdrugs;
static int ready;

/* Column indexes of a lexicon table, -1 when absent. */
typedef struct {
	int name, generic, cls, form, mme, part;
} Cols;

static int col_of(const char *const *header, size_t ncols, const char *name)
{
	size_t i;
	for (i = 0; i < ncols; i++)
		if (strcmp(header[i], name) == 0)
			return (int)i;
	return -1;
}

static Cols find_cols(const char *const *header, size_t ncols)
{
	Cols c;
	c.name = col_of(header, ncols, "name");
	c.generic = col_of(header, ncols, "generic");
	c.cls = col_of(header, ncols, "class");
	c.form = col_of(header, ncols, "form");
	c.mme = col_of(header, ncols, "mme_factor");
	c.part = col_of(header, ncols, "mme_part");
	return c;
}

static const char *cell(const char *const *row, int col)
{
	return col >= 0 ? row[col] : "";
}

/* Add one row (its cells stay owned by the caller, for the program's life). */
static void add_row(const char *const *row, const Cols *c)
{
	Drug *d;
	const char *part;
	if (ndrugs == capdrugs) {
		capdrugs = capdrugs ? capdrugs * 2 : 1024;
		drugs = xrealloc(drugs, capdrugs * sizeof *drugs);
	}
	d = &drugs[ndrugs];
	d->generic = cell(row, c->generic);
	d->drug_class = cell(row, c->cls);
	d->form = cell(row, c->form);
	d->mme_factor = atof(cell(row, c->mme));
	part = cell(row, c->part);
	d->mme_part = *part ? atoi(part) : 1;
	if (d->mme_part < 1)
		d->mme_part = 1;
	if (phrases_add(&names, cell(row, c->name), (int)ndrugs) == 0)
		ndrugs++;
}

void lexicon_init(void)
{
	Cols c;
	size_t r;
	if (ready)
		return;
	ready = 1;
	c = find_cols(lexicon_table, lexicon_ncols);
	for (r = 1; r <= lexicon_nrows; r++)
		add_row(lexicon_table + r * lexicon_ncols, &c);
}

/* After add_row: free the cells a Drug does not point to, and the row. */
static void free_unkept(char **row, size_t ncols)
{
	const Drug *d = ndrugs ? &drugs[ndrugs - 1] : NULL;
	size_t i;
	for (i = 0; i < ncols; i++)
		if (!d || (row[i] != d->generic && row[i] != d->drug_class && row[i] != d->form))
			free(row[i]);
	free(row);
}

/* A user's lexicon row: its numbers must be numbers ("FILE:LINE: ..."). */
static void check_numbers(const Tsv *t, const char *const *row, const Cols *c)
{
	const char *f = cell(row, c->mme), *p = cell(row, c->part);
	double v;
	uint64_t k;
	if (*f && (num_double(f, strlen(f), &v) < 0 || v < 0)) {
		tsv_warn(t, "mme_factor '%s' is not a number of 0 or more", f);
		exit(EXIT_DATA);
	}
	if (*p && (num_u64(p, strlen(p), &k) < 0 || k < 1 || k > 1000)) {
		tsv_warn(t, "mme_part '%s' is not a whole number from 1 to 1000", p);
		exit(EXIT_DATA);
	}
}

void lexicon_load(const char *path)
{
	Tsv *t = tsv_open(path);
	size_t ncols = tsv_ncols(t), i;
	const char **header = xmalloc(ncols * sizeof *header);
	Cols c;
	lexicon_init();
	for (i = 0; i < ncols; i++)
		header[i] = tsv_colname(t, i);
	c = find_cols(header, ncols);
	if (c.name < 0 || c.generic < 0 || c.cls < 0)
		die(EXIT_DATA, "%s:1: a lexicon needs the columns name, generic and class", path);
	while (tsv_next(t)) {
		char **row = xmalloc(ncols * sizeof *row);
		for (i = 0; i < ncols; i++) {
			Field f = tsv_field(t, i);
			row[i] = xmalloc(f.len + 1);
			row[i][tsv_unescape(f.s, f.len, row[i])] = '\0';
		}
		check_numbers(t, (const char *const *)row, &c);
		add_row((const char *const *)row, &c);
		free_unkept(row, ncols);
	}
	if (tsv_status(t))
		exit(EXIT_DATA);
	tsv_close(t);
	free(header);
}

int lexicon_may_begin(const Words *w, size_t i)
{
	lexicon_init();
	return i < w->n && phrases_may_begin(&names, w->hash[i]);
}

const Drug *lexicon_match(const Words *w, size_t i, size_t *nw)
{
	int v;
	lexicon_init();
	v = phrases_longest(&names, w, i, nw);
	return v >= 0 ? &drugs[v] : NULL;
}

size_t lexicon_size(void)
{
	lexicon_init();
	return ndrugs;
}
