/* u64set.h: a set of 64-bit hashes (open addressing), for --unique. */
#ifndef IMR_U64SET_H
#define IMR_U64SET_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint64_t *slot;    /* 0 marks an empty slot; the value 0 is kept aside */
	size_t cap, n;
	int has_zero;
} U64Set;

/* Add V: 1 if it was new, 0 if it was there already. */
int u64set_add(U64Set *s, uint64_t v);
void u64set_free(U64Set *s);

#endif
