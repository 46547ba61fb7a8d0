#include "words.h"

#include <string.h>

/* A byte as it goes into a word: a letter lowercased, a digit as it is;
 * 0 for every other byte (filled on first use). */
static unsigned char word_byte[256];

static void fill_word_bytes(void)
{
	int c;
	for (c = '0'; c <= '9'; c++)
		word_byte[c] = (unsigned char)c;
	for (c = 'a'; c <= 'z'; c++)
		word_byte[c] = word_byte[c - 'a' + 'A'] = (unsigned char)c;
}

void words_split(Words *w, const char *s, size_t n)
{
	size_t i = 0, k = 0;
	if (n > WORDS_TEXT - 1)
		n = WORDS_TEXT - 1;
	if (!word_byte['a'])
		fill_word_bytes();
	w->n = 0;
	while (i < n && w->n < WORDS_MAX) {
		char before = 0;
		unsigned char c;
		uint64_t h;
		while (i < n && !word_byte[(unsigned char)s[i]]) {
			if (s[i] != ' ' && s[i] != '\t')
				before = s[i];
			i++;
		}
		if (i == n)
			break;
		w->before[w->n] = before;
		if (k > 0)
			w->key[k++] = ' ';
		w->off[w->n] = (unsigned short)k;
		w->src[w->n] = (unsigned short)i;
		h = 0xcbf29ce484222325u;      /* FNV-1a of the lowercase word */
		while (i < n && (c = word_byte[(unsigned char)s[i]]) != 0) {
			w->key[k++] = (char)c;
			h = (h ^ c) * 0x100000001b3u;
			i++;
		}
		w->hash[w->n] = h;
		w->len[w->n] = (unsigned short)(k - w->off[w->n]);
		w->srcend[w->n] = (unsigned short)i;
		w->n++;
	}
	w->key[k] = '\0';
}

int words_number(const Words *w, size_t i)
{
	static const char *const names[] = {
		"zero", "one", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
	};
	const char *p;
	size_t j, len;
	int v = 0;
	if (i >= w->n)
		return -1;
	p = w->key + w->off[i];
	len = w->len[i];
	if (p[0] >= '0' && p[0] <= '9') {
		if (len > 6)
			return -1;
		for (j = 0; j < len; j++) {
			if (p[j] < '0' || p[j] > '9')
				return -1;
			v = v * 10 + (p[j] - '0');
		}
		return v;
	}
	/* no name of a number is shorter or longer, or starts otherwise:
	 * most words are refused here, before any comparison */
	if (len < 3 || len > 9 || !strchr("efnostz", p[0]))
		return -1;
	for (j = 0; j < sizeof names / sizeof names[0]; j++)
		if (names[j][0] == p[0] && strlen(names[j]) == len && words_is(w, i, names[j]))
			return (int)j;
	return -1;
}

void words_push(Words *w, const char *word, size_t len, unsigned short src, unsigned short srcend)
{
	size_t k = w->n ? (size_t)w->off[w->n - 1] + w->len[w->n - 1] : 0, i;
	uint64_t h = 0xcbf29ce484222325u;      /* as words_split() makes it */
	if (w->n >= WORDS_MAX || k + len + 2 > WORDS_TEXT)
		return;
	if (w->n > 0)
		w->key[k++] = ' ';
	w->off[w->n] = (unsigned short)k;
	for (i = 0; i < len; i++) {
		w->key[k++] = word[i];
		h = (h ^ (unsigned char)word[i]) * 0x100000001b3u;
	}
	w->key[k] = '\0';
	w->hash[w->n] = h;
	w->len[w->n] = (unsigned short)len;
	w->src[w->n] = src;
	w->srcend[w->n] = srcend;
	w->before[w->n] = 0;
	w->n++;
}
