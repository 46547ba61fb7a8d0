#include "u64set.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

static void insert(uint64_t *slot, size_t cap, uint64_t v)
{
	size_t i = (size_t)(v * 0x9e3779b97f4a7c15ULL) & (cap - 1);
	while (slot[i])
		i = (i + 1) & (cap - 1);
	slot[i] = v;
}

static void grow(U64Set *s)
{
	size_t cap = s->cap ? s->cap * 2 : 1024, i;
	uint64_t *slot = xmalloc(cap * sizeof *slot);
	memset(slot, 0, cap * sizeof *slot);
	for (i = 0; i < s->cap; i++)
		if (s->slot[i])
			insert(slot, cap, s->slot[i]);
	free(s->slot);
	s->slot = slot;
	s->cap = cap;
}

int u64set_add(U64Set *s, uint64_t v)
{
	size_t i;
	if (v == 0) {
		int was = s->has_zero;
		s->has_zero = 1;
		return !was;
	}
	if ((s->n + 1) * 4 > s->cap * 3)
		grow(s);
	i = (size_t)(v * 0x9e3779b97f4a7c15ULL) & (s->cap - 1);
	for (; s->slot[i]; i = (i + 1) & (s->cap - 1))
		if (s->slot[i] == v)
			return 0;
	s->slot[i] = v;
	s->n++;
	return 1;
}

void u64set_free(U64Set *s)
{
	free(s->slot);
	memset(s, 0, sizeof *s);
}
