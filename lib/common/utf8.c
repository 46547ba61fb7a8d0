#include "utf8.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The length of a valid UTF-8 sequence at P (up to END), or 0 (RFC 3629:
 * no overlong forms, no surrogates, nothing over U+10FFFF). */
static size_t sequence(const unsigned char *p, const unsigned char *end)
{
	unsigned c = p[0];
	size_t need, i;
	unsigned lo = 0x80, hi = 0xbf;
	if (c >= 0xc2 && c <= 0xdf)
		need = 1;
	else if (c >= 0xe0 && c <= 0xef)
		need = 2, lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 3, lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
	else
		return 0;
	if ((size_t)(end - p) <= need)
		return 0;
	if (p[1] < lo || p[1] > hi)
		return 0;
	for (i = 2; i <= need; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return need + 1;
}

size_t utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		size_t k;
#if defined(__SSE2__) && defined(__GNUC__)
		/* 64 bytes from 1 to 127 (as signed bytes, > 0): one test */
		while (end - p >= 64) {
			const __m128i *v = (const __m128i *)(const void *)p, z = _mm_setzero_si128();
			__m128i a = _mm_and_si128(_mm_cmpgt_epi8(_mm_loadu_si128(v), z),
			                          _mm_cmpgt_epi8(_mm_loadu_si128(v + 1), z));
			__m128i b = _mm_and_si128(_mm_cmpgt_epi8(_mm_loadu_si128(v + 2), z),
			                          _mm_cmpgt_epi8(_mm_loadu_si128(v + 3), z));
			if (_mm_movemask_epi8(_mm_and_si128(a, b)) != 0xffff)
				break;
			p += 64;
		}
#endif
		/* eight ASCII bytes, none of them NUL */
		while (end - p >= 8) {
			uint64_t w;
			memcpy(&w, p, 8);
			if (((w | ((w - ONES) & ~w)) & HIGHS) != 0)
				break;
			p += 8;
		}
		if (p == end)
			break;
		if (*p && *p < 0x80) {
			p++;
			continue;
		}
		if (*p == 0 || (k = sequence(p, end)) == 0)
			break;
		p += k;
	}
	return (size_t)(p - (const unsigned char *)s);
}
