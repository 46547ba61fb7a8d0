/* vocab.h: a vocabulary of phrases -> a row of values, from a data table
 * compiled in (data/NAME.tsv, tables.h) and from TSV files given at run
 * time, for the closed vocabularies of body.c and dx.c.
 *
 * A table's phrases are in its column "phrase"; the values are the columns
 * the vocabulary names, found by header name (a column missing is "").
 * Phrases are matched word by word (words.h, phrase.h): any case, any
 * punctuation between the words.  A phrase added again replaces the row
 * it had. */
#ifndef IMR_VOCAB_H
#define IMR_VOCAB_H

#include <stddef.h>

#include "phrase.h"
#include "words.h"

typedef struct {
	const char *const *cols;   /* the value columns' names */
	size_t ncols;
	Phrases phrases;           /* phrase -> row */
	const char **cell;         /* row r, column c: cell[r * ncols + c] */
	size_t nrows, cap;
} Vocab;

/* An empty vocabulary whose rows hold the columns COLS[0..NCOLS-1]. */
void vocab_init(Vocab *v, const char *const *cols, size_t ncols);
/* Add the rows of a compiled table (tables.h layout, header row first). */
void vocab_add_table(Vocab *v, const char *const *table, size_t ncols, size_t nrows);
/* Add the rows of the TSV at PATH.  Exits 1 with a message on error (no
 * column "phrase"). */
void vocab_load(Vocab *v, const char *path);
/* The row of the longest phrase starting at word I of W, or -1; *nw gets
 * its number of words.  (Inline: asked of every word of a text.) */
static inline int vocab_longest(const Vocab *v, const Words *w, size_t i, size_t *nw)
{
	return phrases_longest(&v->phrases, w, i, nw);
}
/* Value C of row R. */
static inline const char *vocab_cell(const Vocab *v, int r, size_t c)
{
	return v->cell[(size_t)r * v->ncols + c];
}

#endif
