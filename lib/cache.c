#include "cache.h"

#include <string.h>

#include "util.h"

void cache_init(Cache *c, size_t nslots, size_t vsize, size_t maxkey)
{
	c->nslots = nslots;
	c->vsize = vsize;
	c->maxkey = maxkey;
	c->hash = xmalloc(nslots * sizeof *c->hash);
	c->klen = xmalloc(nslots * sizeof *c->klen);
	memset(c->klen, 0, nslots * sizeof *c->klen);
	c->keys = xmalloc(nslots * maxkey);
	c->vals = xmalloc(nslots * vsize);
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

static size_t slot_of(const Cache *c, uint64_t h)
{
	return (size_t)(h ^ (h >> 29)) & (c->nslots - 1);
}

void *cache_get(Cache *c, const char *key, size_t n, void **slot)
{
	uint64_t h;
	size_t i;
	*slot = NULL;
	if (c->nslots == 0 || n > c->maxkey)
		return NULL;
	h = key_hash(key, n);
	i = slot_of(c, h);
	if (c->klen[i] == n + 1 && c->hash[i] == h && memcmp(c->keys + i * c->maxkey, key, n) == 0)
		return c->vals + i * c->vsize;
	c->klen[i] = 0;     /* the caller overwrites the value */
	c->pending = h;
	*slot = c->vals + i * c->vsize;
	return NULL;
}

void cache_put(Cache *c, const char *key, size_t n)
{
	uint64_t h;
	size_t i;
	if (c->nslots == 0 || n > c->maxkey)
		return;
	h = c->pending;
	i = slot_of(c, h);
	c->hash[i] = h;
	c->klen[i] = (uint32_t)(n + 1);
	memcpy(c->keys + i * c->maxkey, key, n);
}
