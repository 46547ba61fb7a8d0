#include "dx.h"

#include <string.h>

#include "body.h"
#include "cache.h"
#include "tables.h"
#include "vocab.h"
#include "words.h"

enum { GROUP, KIND };
static const char *const cols[] = { "dx_group", "kind" };
static Vocab vocab;
static int ready;
/* The group of each diagnosis seen, by its text: letters repeat the same
 * few hundred diagnoses.  (The vocabulary is loaded before any lookup.) */
static Cache seen;

void dx_init(void)
{
	if (ready)
		return;
	ready = 1;
	cache_init(&seen, 1 << 12, 256 << 10);
	vocab_init(&vocab, cols, 2);
	vocab_add_table(&vocab, dx_groups_table, dx_groups_ncols, dx_groups_nrows);
}

void dx_load(const char *path)
{
	dx_init();
	vocab_load(&vocab, path);
}

static int is_region_row(int r)
{
	return strcmp(vocab_cell(&vocab, r, KIND), "region") == 0;
}

/* The group of the body region REGION (a name of body.h's vocabulary). */
static const char *region_group(const char *region)
{
	static Words w;
	size_t nw;
	int r;
	words_split(&w, region, strlen(region));
	r = vocab_longest(&vocab, &w, 0, &nw);
	return r >= 0 && nw == w.n && is_region_row(r) && *vocab_cell(&vocab, r, GROUP) ?
	       vocab_cell(&vocab, r, GROUP) : NULL;
}

const char *dx_group(const char *s, size_t n)
{
	static Words w;
	const char *region, *g;
	size_t i, nw;
	dx_init();
	words_split(&w, s, n);
	for (i = 0; i < w.n; i += nw ? nw : 1) {   /* the first condition named */
		int r = vocab_longest(&vocab, &w, i, &nw);
		if (r >= 0 && !is_region_row(r))
			if (*(g = vocab_cell(&vocab, r, GROUP)))
				return g;
	}
	region = body_first_region_words(&w);   /* (the same words) */
	if (region && (g = region_group(region)) != NULL)
		return g;
	return "other";
}

/* dx_group() of S (N bytes), from the cache when seen before; *LEN its
 * length (not NUL-terminated). */
static const char *dx_group_seen(const char *s, size_t n, size_t *len)
{
	const char *g = cache_get(&seen, s, n, len);
	if (!g) {
		g = dx_group(s, n);
		*len = strlen(g);
		cache_put(&seen, s, n, g, *len);
	}
	return g;
}

size_t dx_groups(const char *s, size_t n, char *out, size_t cap)
{
	const char *p = s, *end = s + n;
	size_t len = 0;
	if (cap == 0)
		return 0;
	dx_init();
	out[0] = '\0';
	while (p < end) {
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *stop = semi ? semi : end;
		size_t gl;
		const char *g = dx_group_seen(p, (size_t)(stop - p), &gl);
		if (len + gl + 2 > cap)
			break;
		if (p > s)
			out[len++] = ';';
		memcpy(out + len, g, gl);
		len += gl;
		out[len] = '\0';
		p = semi ? semi + 1 : end;
	}
	return len;
}
