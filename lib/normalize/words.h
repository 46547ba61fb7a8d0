/* words.h: split text into lowercase ASCII words, for matching phrases.
 *
 * A word is a run of ASCII letters and digits; everything else separates
 * words.  The words are kept lowercased and joined by single spaces in
 * key[], so the words i..j form the contiguous key key[off[i] .. end(j)):
 * a phrase is looked up without copying.  Locale-free. */
#ifndef IMR_WORDS_H
#define IMR_WORDS_H

#include <stddef.h>
#include <stdint.h>

#define WORDS_MAX 256
#define WORDS_TEXT 4096

typedef struct {
	size_t n;                  /* number of words */
	char key[WORDS_TEXT];      /* the words, lowercase, one space between */
	unsigned short off[WORDS_MAX], len[WORDS_MAX];  /* in key[] */
	unsigned short src[WORDS_MAX], srcend[WORDS_MAX]; /* in the text */
	char before[WORDS_MAX];    /* the last non-blank byte between the word
	                            * and the one before ('-' in "1-2"), or 0 */
	uint64_t hash[WORDS_MAX];  /* of each word, made once: tables of words and
	                            * phrases (phrase.h) are looked up by it */
} Words;

/* Split S (N bytes); text past WORDS_TEXT bytes or WORDS_MAX words is ignored. */
void words_split(Words *w, const char *s, size_t n);
/* Does word I equal the lowercase C string WORD?  Inline: the dose parsers
 * ask it of every word against lists of words, and most answers are "no"
 * at the first letter. */
static inline int words_is(const Words *w, size_t i, const char *word)
{
	const char *p;
	size_t k;
	if (i >= w->n || w->key[w->off[i]] != word[0])
		return 0;
	p = w->key + w->off[i];
	for (k = 1; k < w->len[i]; k++)
		if (p[k] != word[k])
			return 0;
	return word[w->len[i]] == '\0';
}
/* The value of word I when it is a whole number ("12") or a number word
 * ("one" .. "twenty"), else -1. */
int words_number(const Words *w, size_t i);
/* Append WORD (LEN bytes, lowercase letters and digits) to W as a word
 * from SRC..SRCEND of some text; ignored when W is full.  Start with w->n = 0. */
void words_push(Words *w, const char *word, size_t len, unsigned short src, unsigned short srcend);

#endif
