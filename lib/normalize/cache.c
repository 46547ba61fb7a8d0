#include "cache.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

/* An entry in the arena: the value's length (4 bytes), the key, the value. */
#define HEAD 4

void cache_init(Cache *c, size_t max_entries, size_t max_bytes)
{
	memset(c, 0, sizeof *c);
	c->max_entries = max_entries;
	c->max_bytes = max_bytes;
	c->nslots = 256;
	c->slot = xmalloc(c->nslots * sizeof *c->slot);
	memset(c->slot, 0, c->nslots * sizeof *c->slot);
	c->cap = max_bytes < 65536 ? max_bytes : 65536;
	c->arena = xmalloc(c->cap);
}

/* Mix N bytes (a multiple of 8, or the tail) of S into H. */
static uint64_t mix(uint64_t h, const char *s, size_t n)
{
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15u;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3u;
	return h;
}

/* The hash of a key: only of its ends when it is long (a hit is checked byte
 * by byte anyway), so a lookup reads a long key once, not twice.  The cache
 * lives in one process, so the hash need not be the same on every machine. */
static uint64_t key_hash(const char *key, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u ^ n;
	h = n <= 128 ? mix(h, key, n) : mix(mix(h, key, 64), key + n - 64, 64);
	h ^= h >> 33;        /* let every bit reach the low ones, which pick the slot */
	h *= 0xff51afd7ed558ccdu;
	return h ^ (h >> 33);
}

/* The slot holding KEY (hash H), or the free slot where it would go. */
static CacheSlot *find(const Cache *c, uint64_t h, const char *key, size_t n)
{
	size_t mask = c->nslots - 1, i = (size_t)h & mask;
	for (;; i = (i + 1) & mask) {
		CacheSlot *s = &c->slot[i];
		if (s->at == 0 || (s->hash == h && s->klen == n &&
		                   memcmp(c->arena + s->at - 1 + HEAD, key, n) == 0))
			return s;
	}
}

const char *cache_get(const Cache *c, const char *key, size_t n, size_t *vlen)
{
	const CacheSlot *s = find(c, key_hash(key, n), key, n);
	uint32_t len;
	if (s->at == 0)
		return NULL;
	memcpy(&len, c->arena + s->at - 1, HEAD);
	*vlen = len;
	return c->arena + s->at - 1 + HEAD + n;
}

static void forget_all(Cache *c)
{
	memset(c->slot, 0, c->nslots * sizeof *c->slot);
	c->count = c->used = 0;
}

/* Double the table, moving the entries over. */
static void grow_table(Cache *c)
{
	CacheSlot *old = c->slot;
	size_t n = c->nslots, i;
	c->nslots *= 2;
	c->slot = xmalloc(c->nslots * sizeof *c->slot);
	memset(c->slot, 0, c->nslots * sizeof *c->slot);
	for (i = 0; i < n; i++) {
		size_t k = (size_t)old[i].hash & (c->nslots - 1);
		if (old[i].at == 0)
			continue;
		while (c->slot[k].at)
			k = (k + 1) & (c->nslots - 1);
		c->slot[k] = old[i];
	}
	free(old);
}

void cache_put(Cache *c, const char *key, size_t n, const char *val, size_t vlen)
{
	size_t need = HEAD + n + vlen;
	uint32_t len = (uint32_t)vlen;
	uint64_t h;
	CacheSlot *s;
	if (need > c->max_bytes / 8)
		return;        /* a rare giant: computing it again is cheaper than room for it */
	if (2 * (c->count + 1) > c->nslots) {
		if (c->nslots < 2 * c->max_entries)
			grow_table(c);
		else
			forget_all(c);
	}
	if (c->used + need > c->cap) {
		if (c->cap < c->max_bytes) {
			while (c->used + need > c->cap && c->cap < c->max_bytes)
				c->cap = 2 * c->cap < c->max_bytes ? 2 * c->cap : c->max_bytes;
			c->arena = xrealloc(c->arena, c->cap);
		}
		if (c->used + need > c->cap)
			forget_all(c);
	}
	h = key_hash(key, n);
	s = find(c, h, key, n);
	s->hash = h;
	s->at = (uint32_t)c->used + 1;
	s->klen = (uint32_t)n;
	memcpy(c->arena + c->used, &len, HEAD);
	memcpy(c->arena + c->used + HEAD, key, n);
	memcpy(c->arena + c->used + HEAD + n, val, vlen);
	c->used += need;
	c->count++;
}
