/* body.h: the body regions a text names, and the side.
 *
 * The vocabulary is data/body_regions.tsv (compiled in): phrase -> region
 * and/or laterality; body_load() adds the rows of another TSV with those
 * columns (phrase, region, laterality), replacing built-in rows of the same
 * phrase.  Spinal levels are read here: C1-C8 cervical, T1-T12 thoracic,
 * L1-L5 and S1-S5 lumbar ("L4-5", "C5-C6", "L5-S1", "T12-L1"). */
#ifndef IMR_BODY_H
#define IMR_BODY_H

#include <stddef.h>

#include "words.h"

typedef struct {
	char region[256];        /* the regions, ';'-joined in the order named; "" none */
	const char *laterality;  /* "left", "right", "bilateral" or "" */
} BodyFacts;

/* Load the built-in vocabulary (done by the first lookup if not before). */
void body_init(void);
/* Add the rows of the TSV at PATH.  Exits 1 with a message on error. */
void body_load(const char *path);
/* What S (N bytes, unescaped) names. */
void body_find(const char *s, size_t n, BodyFacts *b);
/* The same of a text already split into W (words.h), as item.c has it. */
void body_find_words(const Words *w, BodyFacts *b);
/* The first region S (N bytes) names, or NULL. */
const char *body_first_region(const char *s, size_t n);
/* The same of a text already split into W. */
const char *body_first_region_words(const Words *w);

#endif
