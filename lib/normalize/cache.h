/* cache.h: a memo of values computed from byte strings.
 *
 * Letters repeat themselves: the same item ("MRI of the lumbar spine") and the
 * same guideline citation come back row after row, so a tool computes the
 * value of each distinct string once and looks the rest up.  Keys and values
 * are byte strings of any length, kept one after the other in an arena, so
 * memory grows with what is stored, not with the longest possible entry.
 * When the cache holds as much as it may, it forgets everything and starts
 * over: its memory stays bounded. */
#ifndef IMR_CACHE_H
#define IMR_CACHE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint64_t hash;
	uint32_t at;         /* where the entry starts in the arena, + 1; 0: free */
	uint32_t klen;
} CacheSlot;

typedef struct {
	CacheSlot *slot;
	size_t nslots, count;          /* nslots: a power of two, at most half full */
	char *arena;
	size_t used, cap;
	size_t max_entries, max_bytes;
} Cache;

/* A cache of at most MAX_ENTRIES entries and MAX_BYTES bytes of keys and values. */
void cache_init(Cache *c, size_t max_entries, size_t max_bytes);
/* The value stored for KEY (N bytes), *vlen its length; or NULL. */
const char *cache_get(const Cache *c, const char *key, size_t n, size_t *vlen);
/* Store VAL (VLEN bytes) as the value of KEY (N bytes), which has none yet. */
void cache_put(Cache *c, const char *key, size_t n, const char *val, size_t vlen);

#endif
