#include "phrase.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

/* The hash of a phrase is made word by word from the words' own hashes, so
 * a lookup walking forward word by word extends the hash it had: no word
 * is read twice. */
#define PHRASE_SEED 0x9e3779b97f4a7c15u

static uint64_t extend(uint64_t h, uint64_t word_hash)
{
	h = (h ^ word_hash) * 0xff51afd7ed558ccdu;
	return h ^ (h >> 32);
}

static inline PhraseSlot *find(const Phrases *p, uint64_t h, const char *key, size_t len)
{
	size_t mask = p->cap - 1, i = (size_t)h & mask;
	while (p->slot[i].key) {
		const PhraseSlot *s = &p->slot[i];
		if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
			return &p->slot[i];
		i = (i + 1) & mask;
	}
	return &p->slot[i];
}

static void grow(Phrases *p)
{
	PhraseSlot *old = p->slot;
	size_t oldcap = p->cap, i;
	p->cap = oldcap ? oldcap * 2 : 64;
	p->slot = xmalloc(p->cap * sizeof *p->slot);
	memset(p->slot, 0, p->cap * sizeof *p->slot);
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			*find(p, old[i].hash, old[i].key, old[i].len) = old[i];
	free(old);
}

/* A copy of KEY (LEN bytes), NUL-terminated, kept for the program's life:
 * cut from large blocks, as the tables hold thousands of short keys. */
static char *keep(const char *key, size_t len)
{
	enum { BLOCK = 64 << 10 };
	static char *block;
	static size_t left;
	char *k;
	if (len + 1 > left) {
		left = len + 1 > BLOCK ? len + 1 : BLOCK;
		block = xmalloc(left);
	}
	k = block;
	block += len + 1;
	left -= len + 1;
	memcpy(k, key, len);
	k[len] = '\0';
	return k;
}

/* Store KEY (LEN bytes, hash H) with VAL; a leading part (VAL -1) never
 * replaces a whole phrase. */
static void put(Phrases *p, uint64_t h, const char *key, size_t len, int val)
{
	PhraseSlot *s;
	if (2 * (p->n + 1) > p->cap)
		grow(p);
	s = find(p, h, key, len);
	if (!s->key) {
		s->key = keep(key, len);
		s->hash = h;
		s->len = (uint32_t)len;
		s->val = val;
		p->n++;
	} else if (val >= 0) {
		s->val = val;
	}
}

int phrases_add_words(Phrases *p, const Words *w, int val)
{
	uint64_t h = PHRASE_SEED;
	size_t i, b;
	if (w->n == 0)
		return -1;
	b = phrases_first_bit(w->hash[0]);
	p->first[b / 64] |= (uint64_t)1 << (b % 64);
	for (i = 0; i < w->n; i++) {
		h = extend(h, w->hash[i]);
		put(p, h, w->key, w->off[i] + w->len[i], i + 1 < w->n ? -1 : val);
	}
	return 0;
}

int phrases_add(Phrases *p, const char *name, int val)
{
	static Words w;
	words_split(&w, name, strlen(name));
	return phrases_add_words(p, &w, val);
}

int phrases_longest_walk(const Phrases *p, const Words *w, size_t i, size_t *nw)
{
	const char *start;
	uint64_t h;
	size_t j;
	int best = -1;
	*nw = 0;
	if (p->cap == 0 || i >= w->n)
		return -1;
	start = w->key + w->off[i];
	h = extend(PHRASE_SEED, w->hash[i]);
	for (j = i;;) {
		size_t len = (size_t)(w->off[j] + w->len[j] - w->off[i]);
		const PhraseSlot *s = find(p, h, start, len);
		if (!s->key)
			break;
		if (s->val >= 0) {
			best = s->val;
			*nw = j - i + 1;
		}
		if (++j == w->n)
			break;
		h = extend(h, w->hash[j]);
	}
	return best;
}

int phrases_word_probe(const Phrases *p, const Words *w, size_t i)
{
	const PhraseSlot *s;
	if (p->cap == 0 || i >= w->n)
		return -1;
	s = find(p, extend(PHRASE_SEED, w->hash[i]), w->key + w->off[i], w->len[i]);
	return s->key ? s->val : -1;
}
