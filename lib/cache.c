#include "cache.h"

#include <string.h>

#include "hash.h"
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
	h = hash64(key, n);
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
