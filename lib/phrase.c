#include "phrase.h"

#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "util.h"

static PhraseSlot *find(const Phrases *p, const char *key, size_t len)
{
	size_t mask = p->cap - 1, i = (size_t)hash64(key, len) & mask;
	while (p->slot[i].key) {
		if (p->slot[i].len == len && memcmp(p->slot[i].key, key, len) == 0)
			return &p->slot[i];
		i = (i + 1) & mask;
	}
	return &p->slot[i];
}

static void grow(Phrases *p)
{
	PhraseSlot *old = p->slot;
	size_t oldcap = p->cap, i;
	p->cap = oldcap ? oldcap * 2 : 1024;
	p->slot = xmalloc(p->cap * sizeof *p->slot);
	memset(p->slot, 0, p->cap * sizeof *p->slot);
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			*find(p, old[i].key, old[i].len) = old[i];
	free(old);
}

/* Store KEY (LEN bytes) with VAL; a leading part (VAL -1) never replaces a
 * whole phrase. */
static void put(Phrases *p, const char *key, size_t len, int val)
{
	PhraseSlot *s;
	if (2 * (p->n + 1) > p->cap)
		grow(p);
	s = find(p, key, len);
	if (!s->key) {
		s->key = xmalloc(len + 1);
		memcpy(s->key, key, len);
		s->key[len] = '\0';
		s->len = (uint32_t)len;
		s->val = val;
		p->n++;
	} else if (val >= 0) {
		s->val = val;
	}
}

int phrases_add(Phrases *p, const char *name, int val)
{
	static Words w;
	size_t i;
	words_split(&w, name, strlen(name));
	if (w.n == 0)
		return -1;
	for (i = 0; i + 1 < w.n; i++)
		put(p, w.key, w.off[i] + w.len[i], -1);
	put(p, w.key, w.off[w.n - 1] + w.len[w.n - 1], val);
	return 0;
}

int phrases_longest(const Phrases *p, const Words *w, size_t i, size_t *nw)
{
	const char *start;
	size_t j;
	int best = -1;
	*nw = 0;
	if (p->cap == 0 || i >= w->n)
		return -1;
	start = w->key + w->off[i];
	for (j = i; j < w->n; j++) {
		size_t len = (size_t)(w->off[j] + w->len[j] - w->off[i]);
		const PhraseSlot *s = find(p, start, len);
		if (!s->key)
			break;
		if (s->val >= 0) {
			best = s->val;
			*nw = j - i + 1;
		}
	}
	return best;
}
