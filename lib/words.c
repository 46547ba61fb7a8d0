#include "words.h"

#include <string.h>

static int is_alnum(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10;
}

void words_split(Words *w, const char *s, size_t n)
{
	size_t i = 0, k = 0;
	if (n > WORDS_TEXT - 1)
		n = WORDS_TEXT - 1;
	w->n = 0;
	while (i < n && w->n < WORDS_MAX) {
		char before = 0;
		uint64_t h;
		while (i < n && !is_alnum((unsigned char)s[i])) {
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
		while (i < n && is_alnum((unsigned char)s[i])) {
			/* bit 5 lowercases a letter and is set in every digit */
			unsigned char c = (unsigned char)s[i++] | 0x20;
			w->key[k++] = (char)c;
			h = (h ^ c) * 0x100000001b3u;
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
		"seven", "eight", "nine", "ten", "eleven", "twelve",
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
	if (len < 3 || len > 6)
		return -1;        /* no name of a number is: spare the comparisons */
	for (j = 0; j < sizeof names / sizeof names[0]; j++)
		if (words_is(w, i, names[j]))
			return (int)j;
	return -1;
}
