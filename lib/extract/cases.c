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
	while (c->slot[i].hash)
		i = (i + 1) & (c->cap - 1);
	c->slot[i].hash = h;
	c->slot[i].at = at;
}

static void grow(Cases *c)
{
	CaseSlot *old = c->slot;
	size_t old_cap = c->cap, i;
	c->cap = c->cap ? c->cap * 2 : 1024;
	c->slot = xmalloc(c->cap * sizeof *c->slot);
	memset(c->slot, 0, c->cap * sizeof *c->slot);
	for (i = 0; i < old_cap; i++)
		if (old[i].hash)
			put(c, old[i].hash, old[i].at);
	free(old);
}

const char *cases_add(Cases *c, const char *cs, size_t n, const char *source, size_t m)
{
	uint64_t h = hash64(cs, n) | 1;     /* never 0, the empty slot */
	size_t i, at;
	if (c->cap) {
		for (i = (size_t)h & (c->cap - 1); c->slot[i].hash; i = (i + 1) & (c->cap - 1)) {
			const char *kept = c->text + c->slot[i].at;
			if (c->slot[i].hash == h && strlen(kept) == n && memcmp(kept, cs, n) == 0)
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
	free(c->slot);
	free(c->text);
	memset(c, 0, sizeof *c);
}
