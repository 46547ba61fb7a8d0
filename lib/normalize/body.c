#include "body.h"

#include <string.h>

#include "tables.h"
#include "vocab.h"
#include "words.h"

enum { REGION, LATERALITY };
static const char *const cols[] = { "region", "laterality" };
static Vocab vocab;
static int ready;

void body_init(void)
{
	if (ready)
		return;
	ready = 1;
	vocab_init(&vocab, cols, 2);
	vocab_add_table(&vocab, body_regions_table, body_regions_ncols, body_regions_nrows);
}

void body_load(const char *path)
{
	body_init();
	vocab_load(&vocab, path);
}

/* The region of word I when it is a spinal level ("l4", "c5", "s1",
 * "t12"), or NULL.  "T3" and "T4" alone are more often thyroid tests: a
 * T level counts only beside a '-' or another level. */
static const char *spinal_level(const Words *w, size_t i)
{
	const char *k = w->key + w->off[i];
	size_t len = w->len[i];
	int v;
	if (len < 2 || len > 3 || k[1] < '1' || k[1] > '9' || (len == 3 && (k[2] < '0' || k[2] > '9')))
		return NULL;
	v = k[1] - '0';
	if (len == 3)
		v = v * 10 + k[2] - '0';
	switch (k[0]) {
	case 'c': return v <= 8 ? "cervical spine" : NULL;
	case 'l': return v <= 5 ? "lumbar spine" : NULL;
	case 's': return v <= 5 ? "lumbar spine" : NULL;
	case 't':
		if (v > 12)
			return NULL;
		if (w->before[i] == '-' || (i + 1 < w->n && w->before[i + 1] == '-'))
			return "thoracic spine";
		return NULL;
	default:
		return NULL;
	}
}

/* Is word I a lone letter L or R naming the side of the region the next
 * words name ("L wrist", "R knee", "L and R knees"), or the item's last
 * word after a region ("thumb spica splint L", REGION_BEFORE)?  'l', 'r'
 * or 0.  (Elsewhere the letter is too often something else: a litre,
 * "R/O".) */
static int lone_side(const Words *w, size_t i, int region_before)
{
	const char *k = w->key + w->off[i];
	size_t j, nw;
	if (w->len[i] != 1 || (k[0] != 'l' && k[0] != 'r'))
		return 0;
	if (i + 1 == w->n && region_before)   /* (not a size: "knee sleeve, size L") */
		return i > 0 && (words_is(w, i - 1, "size") || words_is(w, i - 1, "sz")) ? 0 : k[0];
	for (j = i + 1; j < w->n; j++) {   /* past "and", and the other side's letter */
		const char *n = w->key + w->off[j];
		if (!(w->len[j] == 1 && (n[0] == 'l' || n[0] == 'r')) && !(w->len[j] == 3 && memcmp(n, "and", 3) == 0))
			break;
	}
	if (j < w->n) {
		int r = vocab_longest(&vocab, w, j, &nw);
		if (r >= 0 && *vocab_cell(&vocab, r, REGION))
			return k[0];
	}
	return 0;
}

/* Append REGION to the ';'-list OUT (CAP bytes) unless there. */
static void add_region(char *out, size_t cap, const char *region)
{
	size_t len = strlen(out), rl = strlen(region);
	const char *p = out;
	while (*p) {
		const char *semi = strchr(p, ';');
		size_t n = semi ? (size_t)(semi - p) : strlen(p);
		if (n == rl && memcmp(p, region, n) == 0)
			return;
		p += n + (semi != NULL);
	}
	if (len + rl + 2 > cap)
		return;
	if (len)
		out[len++] = ';';
	memcpy(out + len, region, rl + 1);
}

void body_find(const char *s, size_t n, BodyFacts *b)
{
	static Words w;
	words_split(&w, s, n);
	body_find_words(&w, b);
}

void body_find_words(const Words *w, BodyFacts *b)
{
	size_t i, nw;
	int left = 0, right = 0, both = 0;
	body_init();
	b->region[0] = '\0';
	b->laterality = "";
	for (i = 0; i < w->n; i += nw ? nw : 1) {
		int r = vocab_longest(&vocab, w, i, &nw);
		const char *region = NULL, *side = "";
		if (r >= 0) {
			region = vocab_cell(&vocab, r, REGION);
			side = vocab_cell(&vocab, r, LATERALITY);
		} else {
			int letter = lone_side(w, i, b->region[0] != '\0');
			region = spinal_level(w, i);
			side = letter == 'l' ? "left" : letter == 'r' ? "right" : "";
		}
		if (region && *region)
			add_region(b->region, sizeof b->region, region);
		if (*side == 'l')
			left = 1;
		else if (*side == 'r')
			right = 1;
		else if (*side == 'b')
			both = 1;
	}
	if (both || (left && right))
		b->laterality = "bilateral";
	else if (left)
		b->laterality = "left";
	else if (right)
		b->laterality = "right";
}

const char *body_first_region(const char *s, size_t n)
{
	static Words w;
	words_split(&w, s, n);
	return body_first_region_words(&w);
}

const char *body_first_region_words(const Words *w)
{
	size_t i, nw;
	body_init();
	for (i = 0; i < w->n; i += nw ? nw : 1) {
		int r = vocab_longest(&vocab, w, i, &nw);
		const char *region = r >= 0 ? vocab_cell(&vocab, r, REGION) : spinal_level(w, i);
		if (region && *region)
			return region;
	}
	return NULL;
}
