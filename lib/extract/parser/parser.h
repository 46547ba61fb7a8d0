/* parser.h: what every part of extract's parser shares: the pool that
 * holds a letter's values, and the searches of its lowercase text.
 *
 * The parser is one translation unit (parser.c includes its parts), built
 * once per instruction set (build-base.c, build-avx2.c), so these helpers
 * are static and the compiler inlines them into the loops that call them
 * (where a literal needle's length and a constant mask are known).  The
 * parts are not compiled on their own. */
#ifndef IMR_EXTRACT_PARSER_H
#define IMR_EXTRACT_PARSER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/scan.h"
#include "common/util.h"
#include "../letter.h"
#include "text.h"

#define NONE SIZE_MAX

/* ---- the pool of values ---- */

static void pool_reserve(Letter *L, size_t n)
{
	if (L->pool_cap - L->pool_len < n) {
		L->pool_cap = L->pool_cap * 2 > L->pool_len + n ? L->pool_cap * 2 : L->pool_len + n + 4096;
		L->pool = xrealloc(L->pool, L->pool_cap);
	}
}

static Str add_bytes(Letter *L, const char *s, size_t n)
{
	Str v = { L->pool_len, n };
	pool_reserve(L, n + 1);
	memcpy(L->pool + L->pool_len, s, n);
	L->pool_len += n;
	L->pool[L->pool_len++] = '\0';
	return v;
}

/* The cleaned text of norm[from, to). */
static Str add_clean(Letter *L, size_t from, size_t to)
{
	Str v = { L->pool_len, 0 };
	if (from >= to || to > L->len)
		return v;
	if (text_is_clean(L->norm + from, to - from))   /* (most header values) */
		return add_bytes(L, L->norm + from, to - from);
	pool_reserve(L, to - from + TEXT_SLACK);
	v.len = text_clean_normalized(L->norm + from, to - from, L->pool + L->pool_len);
	L->pool_len += v.len;
	L->pool[L->pool_len++] = '\0';
	return v;
}

/* Append S to the ';'-joined LIST, which must be the newest value in the
 * pool; a value already in the list (any case) is not repeated, and a ';'
 * inside it is written ',' (the list's own separator is no value's). */
static void list_add(Letter *L, Str *list, const char *s, size_t n)
{
	const char *p = L->pool + list->off, *end = p + list->len;
	char *dst, *semi;
	while (n > 0 && (*s == ' ' || *s == ',' || *s == ';'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.' || s[n - 1] == ';'))
		n--;
	if (n == 0)
		return;
	while (p < end) {   /* already there? */
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *stop = semi ? semi : end;
		if ((size_t)(stop - p) == n && strncasecmp(p, s, n) == 0)
			return;
		p = semi ? semi + 1 : end;
	}
	pool_reserve(L, n + list->len + 2);
	if (list->len && list->off + list->len + 1 != L->pool_len)
		*list = add_bytes(L, L->pool + list->off, list->len);   /* move it to the end */
	if (list->len == 0)
		list->off = L->pool_len;
	else
		L->pool[L->pool_len - 1] = ';';   /* over the NUL */
	dst = memcpy(L->pool + L->pool_len, s, n);
	for (semi = memchr(dst, ';', n); semi; semi = memchr(semi + 1, ';', (size_t)(dst + n - semi - 1)))
		*semi = ',';
	L->pool_len += n;
	L->pool[L->pool_len++] = '\0';
	list->len += n + (list->len ? 1 : 0);
}

/* ---- searching the lowercase text ---- */

static size_t find_n(const Letter *L, size_t from, size_t to, const char *needle, size_t n)
{
	const char *p;
	if (to > L->len)
		to = L->len;
	if (from >= to)
		return NONE;
	p = scan_find(L->low + from, to - from, needle, n);
	return p ? (size_t)(p - L->low) : NONE;
}

/* The first NEEDLE in the lowercase text between FROM and TO, or NONE.
 * (Inline, so the length of a literal needle is known when compiling.) */
static inline size_t find(const Letter *L, size_t from, size_t to, const char *needle)
{
	return find_n(L, from, to, needle, strlen(needle));
}

static size_t find_last(const Letter *L, size_t from, size_t to, const char *needle)
{
	size_t at, last = NONE;
	while ((at = find(L, from, to, needle)) != NONE) {
		last = at;
		from = at + 1;
	}
	return last;
}

/* End of NEEDLE found at AT, or NONE. */
static size_t after(size_t at, const char *needle)
{
	return at == NONE ? NONE : at + strlen(needle);
}

/* Is the lowercase WORDS (N bytes) at P, and ended by TO? */
static int low_at(const Letter *L, size_t p, size_t to, const char *words, size_t n)
{
	return p + n <= to && memcmp(L->low + p, words, n) == 0;
}

static size_t min2(size_t a, size_t b) { return a < b ? a : b; }

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* The start of the line holding AT (not before FLOOR). */
static size_t line_start(const Letter *L, size_t floor, size_t at)
{
	while (at > floor && L->norm[at - 1] != '\n')
		at--;
	return at;
}

static size_t line_end(const Letter *L, size_t at)
{
	const char *nl = memchr(L->norm + at, '\n', L->len - at);
	return nl ? (size_t)(nl - L->norm) : L->len;
}

#endif
