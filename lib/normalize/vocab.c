#include "vocab.h"

#include <stdlib.h>
#include <string.h>

#include "common/tsv.h"
#include "common/util.h"

void vocab_init(Vocab *v, const char *const *cols, size_t ncols)
{
	memset(v, 0, sizeof *v);
	v->cols = cols;
	v->ncols = ncols;
}

/* Add the row whose phrase is PHRASE and whose cells (owned for the
 * program's life) are VALS[0..ncols-1]. */
static void add_row(Vocab *v, const char *phrase, const char **vals)
{
	if (v->nrows == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 256;
		v->cell = xrealloc(v->cell, v->cap * v->ncols * sizeof *v->cell);
	}
	memcpy(v->cell + v->nrows * v->ncols, vals, v->ncols * sizeof *vals);
	if (phrases_add(&v->phrases, phrase, (int)v->nrows) == 0)
		v->nrows++;
}

/* Where each value column is among a table's NCOLS column names, -1 when
 * absent; and the phrase column. */
static int map_cols(const Vocab *v, const char *const *names, size_t ncols, int *at)
{
	size_t i, c;
	int phrase = -1;
	for (c = 0; c < v->ncols; c++)
		at[c] = -1;
	for (i = 0; i < ncols; i++) {
		if (strcmp(names[i], "phrase") == 0 && phrase < 0)
			phrase = (int)i;
		for (c = 0; c < v->ncols; c++)
			if (strcmp(names[i], v->cols[c]) == 0 && at[c] < 0)
				at[c] = (int)i;
	}
	return phrase;
}

void vocab_add_table(Vocab *v, const char *const *table, size_t ncols, size_t nrows)
{
	int *at = xmalloc((v->ncols + 1) * sizeof *at);
	const char **vals = xmalloc((v->ncols + 1) * sizeof *vals);
	int phrase = map_cols(v, table, ncols, at);
	size_t r, c;
	for (r = 1; phrase >= 0 && r <= nrows; r++) {
		const char *const *row = table + r * ncols;
		for (c = 0; c < v->ncols; c++)
			vals[c] = at[c] >= 0 ? row[at[c]] : "";
		add_row(v, row[phrase], vals);
	}
	free(vals);
	free(at);
}

void vocab_load(Vocab *v, const char *path)
{
	Tsv *t = tsv_open(path);
	size_t ncols = tsv_ncols(t), i, c;
	const char **names = xmalloc(ncols * sizeof *names);
	int *at = xmalloc((v->ncols + 1) * sizeof *at), phrase;
	const char **vals = xmalloc((v->ncols + 1) * sizeof *vals);
	for (i = 0; i < ncols; i++)
		names[i] = tsv_colname(t, i);
	if ((phrase = map_cols(v, names, ncols, at)) < 0)
		die(EXIT_DATA, "%s:1: no column \"phrase\"", path);
	while (tsv_next(t)) {
		char *cells[2];   /* (the phrase, then each value in turn) */
		Field f = tsv_field(t, (size_t)phrase);
		cells[0] = xmalloc(f.len + 1);
		cells[0][tsv_unescape(f.s, f.len, cells[0])] = '\0';
		for (c = 0; c < v->ncols; c++) {
			if (at[c] < 0) {
				vals[c] = "";
				continue;
			}
			f = tsv_field(t, (size_t)at[c]);
			cells[1] = xmalloc(f.len + 1);
			cells[1][tsv_unescape(f.s, f.len, cells[1])] = '\0';
			vals[c] = cells[1];   /* (kept for the program's life) */
		}
		add_row(v, cells[0], vals);
		free(cells[0]);   /* (phrases_add keeps its own copy) */
	}
	if (tsv_status(t))
		exit(EXIT_DATA);
	tsv_close(t);
	free(vals);
	free(at);
	free(names);
}
