/* lexicon.h: drug names (brands, generics, misspellings) -> drug facts.
 *
 * The built-in lexicon is data/lexicon.tsv, compiled in; lexicon_load()
 * adds the rows of another TSV with the same columns (by header name:
 * name, generic, class, and optionally form, mme_factor, mme_part), its rows
 * replacing built-in ones of the same name.  A name stands for a drug
 * (generic set) or only for a class ("Opioids", "Compound"). */
#ifndef IMR_LEXICON_H
#define IMR_LEXICON_H

#include <stddef.h>

#include "words.h"

typedef struct {
	const char *generic;  /* ingredients, lowercase, '+'-joined; "" for a class */
	const char *drug_class;
	const char *form;     /* the product's form when it has one, or "" */
	double mme_factor;    /* CDC 2022 factor of the opioid part, or 0 */
	int mme_part;         /* which part of the strength is the opioid (1..) */
} Drug;

/* Load the built-in lexicon (done by the first lookup if not before). */
void lexicon_init(void);
/* Add the rows of the TSV at PATH.  Exits 1 with a message on error. */
void lexicon_load(const char *path);
/* The drug whose name is the longest phrase starting at word I, or NULL;
 * *nw gets the number of words it spans. */
const Drug *lexicon_match(const Words *w, size_t i, size_t *nw);
/* May a name begin with word I (of whatever words follow)?  (1 for every
 * word that does, and now and then for another.) */
int lexicon_may_begin(const Words *w, size_t i);
/* Number of names known. */
size_t lexicon_size(void);

#endif
