/* cache.h: a direct-mapped cache of values computed from byte strings.
 *
 * Letters repeat themselves: the same item ("MRI of the lumbar spine") and the
 * same guideline citation come back row after row, so a tool parses each
 * distinct string once and looks the rest up.  A slot holds one key (its
 * bytes) and a value of fixed size; a new key simply replaces the old. */
#ifndef IMR_CACHE_H
#define IMR_CACHE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	size_t nslots, vsize, maxkey;
	uint64_t *hash;
	uint32_t *klen;      /* key length + 1; 0 for an empty slot */
	char *keys;          /* nslots * maxkey bytes */
	unsigned char *vals; /* nslots * vsize bytes */
	uint64_t pending;    /* the hash of the key cache_get() missed */
} Cache;

/* NSLOTS (a power of two) values of VSIZE bytes, for keys of at most MAXKEY bytes. */
void cache_init(Cache *c, size_t nslots, size_t vsize, size_t maxkey);
/* The value stored for KEY (N bytes), or NULL.  When NULL and *slot is set,
 * the caller computes the value into *slot and calls cache_put(). */
void *cache_get(Cache *c, const char *key, size_t n, void **slot);
/* Remember KEY for the slot cache_get() gave. */
void cache_put(Cache *c, const char *key, size_t n);

#endif
