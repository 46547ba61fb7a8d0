/* typo.c: see typo.h.  The names one slip away are found through their
 * deletions (as SymSpell does): each target is filed under each of its
 * one-letter deletions, so a misspelt word's candidates
 * are found in a few probes, not by comparing it with every word. */
#include "typo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "tables.h"
#include "common/util.h"

#define TYPO_MAX 32        /* letters: longer words are not looked at */
#define AMBIGUOUS (-2)     /* (a deletion that several known words give) */

/* A table of 64-bit FNV-1a hashes of words (as Words.hash has them) ->
 * values: open addressing by the low bits, the high 32 kept to tell words
 * apart; no keys (a word taken for another is then only a candidate:
 * nearest() checks it letter by letter). */
typedef struct {
	uint32_t h;            /* the hash's high half */
	int32_t val;           /* -1: a free slot */
} Slot;
typedef struct {
	Slot *slot;
	size_t mask, n;
} Table;

static Table known;        /* each known word -> its place in words[] */
static Table deleted;      /* each one-letter deletion of a known word -> its place, or AMBIGUOUS */
static char **words;
static unsigned char *is_target;   /* words[v] may be what a misspelt word is */
static size_t nwords, cap;
static int ready;

/* FNV-1a of the N letters at S but the one at SKIP (N: none skipped). */
static uint64_t hash_without(const char *s, size_t n, size_t skip)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t i;
	for (i = 0; i < n; i++)
		if (i != skip)
			h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
	return h;
}

static Slot *slot_of(const Table *t, uint64_t h)
{
	size_t i = (size_t)h & t->mask;
	while (t->slot[i].val != -1 && t->slot[i].h != (uint32_t)(h >> 32))
		i = (i + 1) & t->mask;
	return &t->slot[i];
}

static int get(const Table *t, uint64_t h)
{
	return t->slot ? slot_of(t, h)->val : -1;
}

/* File VAL under H; one filed already under another value becomes
 * AMBIGUOUS.  The tables are sized for the built-in vocabularies (reserve);
 * should they outgrow that, the rest is not filed (read as unknown). */
static void put(Table *t, uint64_t h, int val)
{
	Slot *s = slot_of(t, h);
	if (s->val == -1) {
		if (2 * (t->n + 1) > t->mask + 1)
			return;
		s->h = (uint32_t)(h >> 32);
		s->val = val;
		t->n++;
	} else if (s->val != val) {
		s->val = AMBIGUOUS;
	}
}

static int all_letters(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return 1;
}

/* Add the words of the phrase S; with TARGET, the deletions of those of
 * TYPO_MIN - 1 letters or more too, as words a misspelt one may be. */
static void add_words(const char *s, int target)
{
	static Words w;
	size_t i, k;
	words_split(&w, s, strlen(s));
	for (i = 0; i < w.n; i++) {
		const char *word = w.key + w.off[i];
		size_t n = w.len[i];
		int v;
		if (n < 3 || n > TYPO_MAX || !all_letters(word, n))
			continue;
		if ((v = get(&known, w.hash[i])) == -1) {
			if (nwords == cap) {
				cap = cap ? 2 * cap : 1024;
				words = xrealloc(words, cap * sizeof *words);
				is_target = xrealloc(is_target, cap);
			}
			is_target[nwords] = 0;
			words[nwords] = xmalloc(n + 1);
			memcpy(words[nwords], word, n);
			words[nwords][n] = '\0';
			v = (int)nwords++;
			put(&known, w.hash[i], v);
		}
		if (!target || w.n > 1 || n + 1 < TYPO_MIN)
			continue;   /* (a target is a name of one word: "Capsules" of "Theramine Capsules" is none) */
		is_target[v] = 1;
		for (k = 0; k < n; k++)
			put(&deleted, hash_without(word, n, k), v);
	}
}

/* The words of column COL of a compiled table; targets, with TARGET,
 * where column TARGET_IF is not empty. */
static void add_column(const char *const *table, size_t ncols, size_t nrows, size_t col, int target,
                       size_t target_if)
{
	size_t r;
	for (r = 1; r <= nrows; r++) {   /* (row 0: the header) */
		const char *const *row = table + r * ncols;
		if (row[col] && row[col][0])
			add_words(row[col], target && row[target_if] && row[target_if][0]);
	}
}

/* T made empty with room for N values (a power of two). */
static void reserve(Table *t, size_t n)
{
	size_t i;
	t->mask = 2 * n - 1;
	t->slot = xmalloc(2 * n * sizeof *t->slot);
	for (i = 0; i <= t->mask; i++)
		t->slot[i].val = -1;
	t->n = 0;
}

static void init(void)
{
	ready = 1;
	reserve(&known, 4096);      /* (about 2,700 words; */
	reserve(&deleted, 32768);   /* the drugs', 14,000 deletions) */
	/* (the targets: drugs' names of one word, with a generic) */
	add_column(lexicon_table, lexicon_ncols, lexicon_nrows, 0, 1, 1);
	add_column(categories_table, categories_ncols, categories_nrows, 0, 0, 0);
	add_column(synonyms_table, synonyms_ncols, synonyms_nrows, 0, 0, 0);
	add_column(synonyms_table, synonyms_ncols, synonyms_nrows, 1, 0, 0);
	add_column(body_regions_table, body_regions_ncols, body_regions_nrows, 0, 0, 0);
}

static int same(const char *a, const char *b, size_t n) { return memcmp(a, b, n) == 0; }

static int vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

/* Is the unknown word A (N letters) the known word B with one slip of the
 * kinds typists make: a letter missing or doubled inside the word, two
 * letters swapped, a vowel for another ("Trazadone", "lumber")?  Not an
 * edit at the first letter (bright, right), not a consonant for another
 * (reflex, keflex; infection, injection), not a letter more or less at
 * the end of a short word (sciatic, sciatica): such pairs are more often
 * two real words than a slip. */
static int typo_of(const char *a, size_t n, const char *b)
{
	size_t m = strlen(b), i = 0;
	if (n + 1 < m || m + 1 < n)
		return 0;
	while (i < n && i < m && a[i] == b[i])
		i++;
	if (i == 0)
		return 0;
	if (n == m)
		return i < n && ((vowel(a[i]) && vowel(b[i]) && same(a + i + 1, b + i + 1, n - i - 1)) ||
		                 (i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && same(a + i + 2, b + i + 2, n - i - 2)));
	if (i + 1 >= (n > m ? n : m) && (n > m ? n : m) < 8)
		return 0;   /* (the last letter of a short word) */
	return n < m ? same(a + i, b + i + 1, n - i) : same(a + i + 1, b + i, m - i);
}

/* The known word one edit from the unknown word S (N letters), when there
 * is exactly one, else NULL. */
static const char *nearest(const char *s, size_t n)
{
	const char *found = NULL;
	size_t k, h;
	int v = get(&deleted, hash_without(s, n, n));   /* S lacks a letter of a known word */
	if (v == AMBIGUOUS)
		return NULL;
	if (v >= 0 && is_target[v] && typo_of(s, n, words[v]))
		found = words[v];
	for (k = 0; k < n; k++) {
		/* S has a letter too many; or one changed, or two swapped */
		uint64_t without = hash_without(s, n, k);
		int hits[2];
		hits[0] = get(&known, without);
		hits[1] = get(&deleted, without);
		for (h = 0; h < 2; h++) {
			if (hits[h] == AMBIGUOUS)
				return NULL;
			if (hits[h] < 0 || !is_target[hits[h]] || !typo_of(s, n, words[hits[h]]))
				continue;
			if (found && strcmp(found, words[hits[h]]) != 0)
				return NULL;
			found = words[hits[h]];
		}
	}
	return found;
}

/* Is word I of W one to be put right: long enough, all letters, known to
 * no vocabulary (nor, but for a final s, a plural of a known word)? */
static int unknown(const Words *w, size_t i)
{
	const char *s = w->key + w->off[i];
	size_t n = w->len[i];
	if (n < TYPO_MIN || n > TYPO_MAX || get(&known, w->hash[i]) != -1 || !all_letters(s, n))
		return 0;
	if (s[n - 1] == 's' && get(&known, hash_without(s, n - 1, n - 1)) != -1)
		return 0;
	return !lexicon_may_begin(w, i);   /* (nor a name loaded at run time: whatever follows) */
}

/* What word I of W is to be read as: NULL for itself.  The answers for
 * the words met lately are kept (MEMO, by hash): items say the same words
 * over and over, and the tables above are large enough to miss the cache. */
static const char *fix_of(const Words *w, size_t i)
{
	enum { MEMO = 2048 };
	static struct {
		uint64_t h;
		int fix;           /* -1: none; else a place in words[] */
		int used;
	} memo[MEMO];
	size_t m = (size_t)(w->hash[i] >> 20) & (MEMO - 1);
	const char *f;
	if (w->len[i] < TYPO_MIN)
		return NULL;
	if (memo[m].used && memo[m].h == w->hash[i])
		return memo[m].fix < 0 ? NULL : words[memo[m].fix];
	f = unknown(w, i) ? nearest(w->key + w->off[i], w->len[i]) : NULL;
	memo[m].h = w->hash[i];
	memo[m].used = 1;
	memo[m].fix = f ? get(&known, hash_without(f, strlen(f), strlen(f))) : -1;
	return f;
}

int typo_fix(const Words *w, Words *out)
{
	const char *fix[WORDS_MAX];
	size_t i;
	int any = 0;
	if (!ready)
		init();
	for (i = 0; i < w->n; i++) {
		fix[i] = fix_of(w, i);
		any |= fix[i] != NULL;
	}
	if (!any)
		return 0;
	out->n = 0;
	for (i = 0; i < w->n; i++) {
		const char *word = fix[i] ? fix[i] : w->key + w->off[i];
		size_t n = out->n;
		words_push(out, word, fix[i] ? strlen(fix[i]) : w->len[i], w->src[i], w->srcend[i]);
		if (out->n == n)
			return 0;   /* (no room for a longer word: read W as it is) */
		out->before[n] = w->before[i];
	}
	return 1;
}
