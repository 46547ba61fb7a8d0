/* fuzz_splitter: lib/split/splitter.c, split's letter boundary finder, fed from
 * memory in uneven chunks.  Checks the property imr-split promises: the
 * letters it emits, concatenated, are the input byte for byte, each at its
 * offset, except for the letters over the size bound: those are refused
 * (offset and length, in their place), and none emitted is over it.
 * The first two bytes choose the chunk size and the letter bound. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "split/splitter.h"

typedef struct {
	const uint8_t *p;
	size_t size, pos, chunk;
} Mem;

typedef struct {
	const uint8_t *want;
	size_t got;
	size_t letters;
	size_t max, size;
	int over;      /* a letter longer than max (form feeds that end it aside) */
} Check;

static ssize_t mem_read(void *src, void *buf, size_t n)
{
	Mem *m = src;
	size_t k = m->size - m->pos;
	if (k > n)
		k = n;
	if (k > m->chunk)
		k = m->chunk;
	memcpy(buf, m->p + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

static void refused(void *ctx, uint64_t offset, uint64_t len)
{
	Check *c = ctx;
	if (offset != c->got || len <= c->max || len > c->size - c->got)
		abort();                     /* in place, over the bound, in the input */
	c->got += (size_t)len;
	c->letters++;
}

static void letter(void *ctx, const char *text, size_t len, uint64_t offset)
{
	Check *c = ctx;
	if (len == 0)
		abort();                     /* no empty letters */
	if (offset != c->got)
		abort();                     /* offsets are contiguous */
	if (memcmp(text, c->want + c->got, len) != 0)
		abort();                     /* the bytes are the input's */
	{
		size_t body = len;
		while (body > 0 && text[body - 1] == '\f')
			body--;
		if (body > c->max)
			c->over = 1;
	}
	c->got += len;
	c->letters++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t chunks[] = { 1, 3, 64, 4096, 1 << 20 };
	Splitter sp;
	Mem m;
	Check c;
	size_t max;
	int rc, round;
	if (size < 2)
		return 0;
	m.chunk = chunks[data[0] % 5];
	max = data[1] & 0x80 ? (size_t)64 << 20 : (size_t)(data[1] + 1) * 8;
	data += 2;
	size -= 2;
	splitter_init(&sp, max, letter, &c);
	sp.refuse = refused;
	for (round = 0; round < 2; round++) {     /* the Splitter is reused per member */
		m.p = data;
		m.size = size;
		m.pos = 0;
		memset(&c, 0, sizeof c);
		c.want = data;
		c.max = max;
		c.size = size;
		rc = splitter_run(&sp, mem_read, &m);
		if (rc != SPLIT_OK)
			abort();             /* mem_read never fails */
		if (c.got != size)
			abort();             /* every byte lands in a letter */
		if (c.over)
			abort();             /* a letter over the bound is refused */
	}
	splitter_free(&sp);
	return 0;
}
