/* phrase.h: a dictionary of phrases (sequences of words) -> values, for
 * finding the longest known phrase at a word of a text.
 *
 * Phrases are keyed by their words as words_split() gives them, so
 * "Hydrocodone/APAP", "hydrocodone apap" and "HYDROCODONE-APAP" are one
 * phrase.  Every leading part of a phrase is stored too, so a lookup walks
 * forward word by word and stops at the first miss. */
#ifndef IMR_PHRASE_H
#define IMR_PHRASE_H

#include <stddef.h>
#include <stdint.h>

#include "words.h"

typedef struct {
	char *key;         /* NUL-terminated, NULL when the slot is free */
	uint64_t hash;     /* of its words' hashes (Words.hash), in turn */
	uint32_t len;
	int val;           /* -1: only a leading part of longer phrases */
} PhraseSlot;

#define PHRASES_FIRST 8192   /* bits in Phrases.first */

typedef struct {
	PhraseSlot *slot;
	size_t cap, n;     /* cap is a power of two */
	/* a bit per phrase's first word, by the word's hash (Words.hash): most
	 * words of a text begin no phrase, and are turned away here, inline,
	 * without a call or a probe */
	uint64_t first[PHRASES_FIRST / 64];
} Phrases;

/* Add (or replace) the phrase NAME with value VAL >= 0.  Returns 0, or -1
 * when NAME holds no word. */
int phrases_add(Phrases *p, const char *name, int val);
/* The same with the phrase given as words. */
int phrases_add_words(Phrases *p, const Words *w, int val);

/* The bit of Phrases.first for a first word whose hash is H: of its high
 * bits, which FNV-1a mixes best. */
static inline size_t phrases_first_bit(uint64_t h)
{
	return (size_t)(h >> 40) & (PHRASES_FIRST - 1);
}

/* May a phrase of P begin with the word whose hash is H?  (0: none does.) */
static inline int phrases_may_begin(const Phrases *p, uint64_t h)
{
	size_t b = phrases_first_bit(h);
	return (int)(p->first[b / 64] >> (b % 64)) & 1;
}

/* phrases_longest() and phrases_word() past that test. */
int phrases_longest_walk(const Phrases *p, const Words *w, size_t i, size_t *nw);
int phrases_word_probe(const Phrases *p, const Words *w, size_t i);

/* The value of the longest phrase starting at word I of W, or -1; *nw gets
 * its number of words. */
static inline int phrases_longest(const Phrases *p, const Words *w, size_t i, size_t *nw)
{
	*nw = 0;
	if (i >= w->n || !phrases_may_begin(p, w->hash[i]))
		return -1;
	return phrases_longest_walk(p, w, i, nw);
}

/* The value of word I of W as a phrase of one word, or -1. */
static inline int phrases_word(const Phrases *p, const Words *w, size_t i)
{
	if (i >= w->n || !phrases_may_begin(p, w->hash[i]))
		return -1;
	return phrases_word_probe(p, w, i);
}

#endif
