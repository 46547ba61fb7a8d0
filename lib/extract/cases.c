#include "cases.h"

#include <stdlib.h>
#include <string.h>

#include "common/hash.h"
#include "common/util.h"

void cases_init(Cases *c)
{
	memset(c, 0, sizeof *c);
}

static void put(Cases *c, uint64_t h, size_t at)
{
	size_t i = (size_t)h & (c->cap - 1);
	while (c->hash[i])
		i = (i + 1) & (c->cap - 1);
	c->hash[i] = h;
	c->at[i] = at;
}

static void grow(Cases *c)
{
	uint64_t *old_hash = c->hash;
	size_t *old_at = c->at, old_cap = c->cap, i;
	c->cap = c->cap ? c->cap * 2 : 1024;
	c->hash = xmalloc(c->cap * sizeof *c->hash);
	c->at = xmalloc(c->cap * sizeof *c->at);
	memset(c->hash, 0, c->cap * sizeof *c->hash);
	for (i = 0; i < old_cap; i++)
		if (old_hash[i])
			put(c, old_hash[i], old_at[i]);
	free(old_hash);
	free(old_at);
}

const char *cases_add(Cases *c, const char *cs, size_t n, const char *source, size_t m)
{
	uint64_t h = hash64(cs, n) | 1;     /* never 0, the empty slot */
	size_t i, at;
	if (c->cap && c->hash) {
		for (i = (size_t)h & (c->cap - 1); c->hash[i]; i = (i + 1) & (c->cap - 1)) {
			const char *kept = c->text + c->at[i];
			if (c->hash[i] == h && strlen(kept) == n && memcmp(kept, cs, n) == 0)
				return kept + n + 1;
		}
	}
	if ((c->n + 1) * 2 > c->cap)
		grow(c);
	while (c->len + n + m + 2 > c->room) {
		c->room = c->room ? c->room * 2 : 1 << 16;
		c->text = xrealloc(c->text, c->room);
	}
	at = c->len;
	memcpy(c->text + at, cs, n);
	c->text[at + n] = '\0';
	memcpy(c->text + at + n + 1, source, m);
	c->text[at + n + 1 + m] = '\0';
	c->len += n + m + 2;
	put(c, h, at);
	c->n++;
	return NULL;
}

void cases_free(Cases *c)
{
	free(c->hash);
	free(c->at);
	free(c->text);
	memset(c, 0, sizeof *c);
}
