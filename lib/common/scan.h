/* scan.h: the byte loops over letter text, a vector at a time.
 *
 * The text loops (text_normalize, text_clean) copy runs of plain bytes and
 * stop at the few that need a look: scan_plain() (16 bytes) and
 * scan_plain32() (32) say how many can be copied as they are;
 * scan_join32() copies normalized text with its lines joined (text_clean).
 * scan_escapes32() marks the bytes a TSV field escapes (out_field),
 * scan_line_ends64() and scan_line_end() find line ends (imr-split's
 * splitter), scan_letters16() marks the letters of lowercase text (the
 * words of extract's header), scan_places64() marks a byte's places in
 * 64 (extract's paragraphs), and scan_find() is extract's phrase search.
 *
 * The compares are here, in one place: SSE2 where there is SSE2 (every
 * x86-64), eight bytes in a word elsewhere.  Built with AVX2 (extract's
 * parser, lib/extract/build-avx2.c), scan_plain32(), scan_lower32(),
 * scan_copy32(), scan_join32() and scan_find() take 32 bytes a step.  The
 * caller of scan_plain() must have 16 bytes at S.
 *
 * What needs a look is given as a constant mask of SCAN_ flags, so each call
 * site compiles to just its own compares. */
#ifndef IMR_SCAN_H
#define IMR_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__AVX2__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

/* For a loop written once and built for each constant mask its callers
 * give: the compiler is made to inline it, so the mask is known. */
#if defined(__GNUC__)
#define ALWAYS_INLINE static inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE static inline
#endif

enum {
	SCAN_CONTROL = 1,    /* bytes below 0x20 */
	SCAN_HIGH = 2,       /* bytes of multi-byte UTF-8 characters (>= 0x80) */
	SCAN_BACKSLASH = 4,  /* '\\' */
	SCAN_SPACE2 = 8,     /* a space right after a space (in the 16) */
};

#if defined(__SSE2__) && defined(__GNUC__)

static inline size_t scan_plain(const unsigned char *s, int what)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s), hit = _mm_setzero_si128();
	unsigned m;
	if ((what & (SCAN_CONTROL | SCAN_HIGH)) == (SCAN_CONTROL | SCAN_HIGH))
		hit = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));   /* signed: >= 0x80 is below too */
	else if (what & SCAN_CONTROL)
		hit = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
	else if (what & SCAN_HIGH)
		hit = _mm_cmplt_epi8(v, _mm_setzero_si128());
	if (what & SCAN_BACKSLASH)
		hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
	m = (unsigned)_mm_movemask_epi8(hit);
	if (what & SCAN_SPACE2) {
		unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
		m |= sp & (sp << 1);
	}
	return (size_t)__builtin_ctz(m | 0x10000u);
}

#else

#define SCAN_ONES 0x0101010101010101ULL
#define SCAN_HIGHS 0x8080808080808080ULL

/* The high bit of each byte of X equal to C (exact for the lowest one). */
static inline uint64_t scan_eq8(uint64_t x, unsigned char c)
{
	uint64_t y = x ^ (SCAN_ONES * c);
	return (y - SCAN_ONES) & ~y & SCAN_HIGHS;
}

/* The high bit of each byte of X below C (C <= 0x80; exact for the lowest). */
static inline uint64_t scan_below8(uint64_t x, unsigned char c)
{
	return (x - SCAN_ONES * c) & ~x & SCAN_HIGHS;
}

static inline size_t scan_plain8(const unsigned char *s, int what)
{
	uint64_t x, m = 0, sp;
	size_t k;
	memcpy(&x, s, 8);
	if (what & SCAN_CONTROL)
		m |= scan_below8(x, 0x20);
	if (what & SCAN_HIGH)
		m |= x & SCAN_HIGHS;
	if (what & SCAN_BACKSLASH)
		m |= scan_eq8(x, '\\');
	if (what & SCAN_SPACE2) {
		sp = scan_eq8(x, ' ');
		m |= sp & (sp << 8);
	}
	if (m == 0)
		return 8;
	/* the first flagged byte in memory order: exact on little-endian; on
	 * big-endian it may come early, which only costs a needless look */
	for (k = 0; k < 8; k++)
		if (((const unsigned char *)&m)[k] & 0x80)
			break;
	return k;
}

static inline size_t scan_plain(const unsigned char *s, int what)
{
	size_t k = scan_plain8(s, what);
	if (k < 8)
		return k;
	if ((what & SCAN_SPACE2) && s[7] == ' ' && s[8] == ' ')
		return 8;   /* a pair split over the halves */
	return 8 + scan_plain8(s + 8, what);
}

#endif


#if defined(__AVX2__) && defined(__GNUC__)
/* scan_plain32() of the 32 bytes in V. */
static inline size_t scan_plain_v32(__m256i v, int what)
{
	__m256i hit = _mm256_setzero_si256();
	uint64_t m;
	if ((what & (SCAN_CONTROL | SCAN_HIGH)) == (SCAN_CONTROL | SCAN_HIGH))
		hit = _mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v);
	else if (what & SCAN_CONTROL)
		hit = _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8(0x1f)), v);
	else if (what & SCAN_HIGH)
		hit = _mm256_cmpgt_epi8(_mm256_setzero_si256(), v);
	if (what & SCAN_BACKSLASH)
		hit = _mm256_or_si256(hit, _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\')));
	m = (uint32_t)_mm256_movemask_epi8(hit);
	if (what & SCAN_SPACE2) {
		uint64_t sp = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')));
		m |= sp & (sp << 1);
	}
	return (size_t)__builtin_ctzll(m | (1ULL << 32));
}
#endif

/* scan_plain() over 32 bytes: with AVX2 in one step, else two blocks tried
 * together, so a long plain run takes half the steps.  The caller must have
 * 32 bytes at S. */
static inline size_t scan_plain32(const unsigned char *s, int what)
{
#if defined(__AVX2__) && defined(__GNUC__)
	return scan_plain_v32(_mm256_loadu_si256((const __m256i *)(const void *)s), what);
#else
	size_t k = scan_plain(s, what);
	if (k < 16 || ((what & SCAN_SPACE2) && s[15] == ' ' && s[16] == ' '))
		return k;   /* (a space pair over the halves needs a look too) */
	return 16 + scan_plain(s + 16, what);
#endif
}

/* Bit K set when S[K] is C, for K < 16: the places of a byte in a block,
 * for loops that visit every one (the TABs of a TSV line).  The caller must
 * have 16 bytes at S. */
static inline unsigned scan_places16(const unsigned char *s, unsigned char c)
{
#if defined(__SSE2__) && defined(__GNUC__)
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)s),
	                                                  _mm_set1_epi8((char)c)));
#else
	unsigned m = 0, k;
	for (k = 0; k < 16; k++)
		m |= (unsigned)(s[k] == c) << k;
	return m;
#endif
}

/* Bit K set when S[K] is a lowercase ASCII letter, for K < 16 (the words
 * of lowercase text).  The caller must have 16 bytes at S. */
static inline unsigned scan_letters16(const unsigned char *s)
{
#if defined(__SSE2__) && defined(__GNUC__)
	__m128i v = _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)s), _mm_set1_epi8((char)(128 - 'a')));
	return (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-128 + 26)));
#else
	unsigned m = 0, k;
	for (k = 0; k < 16; k++)
		m |= (unsigned)(s[k] >= 'a' && s[k] <= 'z') << k;
	return m;
#endif
}

/* The index of the lowest set bit of M (M != 0). */
static inline unsigned scan_lowest64(uint64_t m)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(m);
#else
	unsigned k = 0;
	while (!(m & 1u)) {
		m >>= 1;
		k++;
	}
	return k;
#endif
}

static inline unsigned scan_lowest(unsigned m) { return scan_lowest64(m); }

/* The index of the highest set bit of M (M != 0). */
static inline unsigned scan_highest(unsigned m)
{
#if defined(__GNUC__)
	return 31u - (unsigned)__builtin_clz(m);
#else
	unsigned k = 31;
	while (!(m >> k))
		k--;
	return k;
#endif
}

/* How many of the N bytes at S are C, from the start: the length of a run
 * (a column gap of pdftotext -layout is dozens of spaces). */
static inline size_t scan_run(const unsigned char *s, size_t n, unsigned char c)
{
	size_t i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
	for (; i + 16 <= n; i += 16) {
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
			_mm_loadu_si128((const __m128i *)(const void *)(s + i)), _mm_set1_epi8((char)c)));
		if (m != 0xffffu)
			return i + scan_lowest(~m);
	}
#endif
	while (i < n && s[i] == c)
		i++;
	return i;
}

/* Bit K set when S[K] is a byte a TSV field escapes (TAB, LF, CR,
 * backslash), for K < 32.  The caller must have 32 bytes at S. */
static inline uint32_t scan_escapes32(const unsigned char *s)
{
#if defined(__SSE2__) && defined(__GNUC__)
	uint32_t m = 0;
	int half;
	for (half = 1; half >= 0; half--) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + 16 * half));
		__m128i esc = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
		                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
		m = m << 16 | (uint32_t)_mm_movemask_epi8(esc);
	}
	return m;
#else
	uint32_t m = 0;
	int k;
	for (k = 0; k < 32; k++)
		m |= (uint32_t)(s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\\') << k;
	return m;
#endif
}

/* Bit K set when S[K] ends a line (an LF or a CR), for K < 16.  The
 * caller must have 16 bytes at S. */
static inline unsigned scan_line_ends16(const unsigned char *s)
{
#if defined(__SSE2__) && defined(__GNUC__)
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
	                                                _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
#else
	unsigned m = 0, k;
	for (k = 0; k < 16; k++)
		m |= (unsigned)(s[k] == '\n' || s[k] == '\r') << k;
	return m;
#endif
}

/* The offset of the first line end (an LF, or a CR) in the N bytes at S,
 * or N: 16 bytes a step. */
static inline size_t scan_line_end(const unsigned char *s, size_t n)
{
	size_t i = 0;
	for (; i + 16 <= n; i += 16) {
		unsigned m = scan_line_ends16(s + i);
		if (m)
			return i + scan_lowest(m);
	}
	while (i < n && s[i] != '\n' && s[i] != '\r')
		i++;
	return i;
}

/* The same marks for K < 64: the line ends of a block, so a splitter's
 * short lines take no step of their own.  The caller must have 64 bytes
 * at S. */
static inline uint64_t scan_line_ends64(const unsigned char *s)
{
	return (uint64_t)scan_line_ends16(s) | (uint64_t)scan_line_ends16(s + 16) << 16 |
	       (uint64_t)scan_line_ends16(s + 32) << 32 | (uint64_t)scan_line_ends16(s + 48) << 48;
}

/* Bit K set when S[K] is C, for K < 64.  The caller must have 64 bytes at
 * S. */
static inline uint64_t scan_places64(const unsigned char *s, unsigned char c)
{
	return (uint64_t)scan_places16(s, c) | (uint64_t)scan_places16(s + 16, c) << 16 |
	       (uint64_t)scan_places16(s + 32, c) << 32 | (uint64_t)scan_places16(s + 48, c) << 48;
}


/* text_clean() of normalized text (text.h: no two spaces in a row), 32
 * bytes at a time: copy the bytes at S to DST, a TAB or an LF between two
 * words as a space.  Returns how many it could take so: it stops at a TAB or
 * LF first (what it joins is not known here; a space first is copied), at
 * one next to another blank, at an LF after a hyphen (a word broken at a
 * line end) and at a byte that is neither ASCII nor a TAB or an LF.  It
 * writes all 32 bytes; the caller must have them at both. */
static inline size_t scan_join32(const unsigned char *s, unsigned char *dst)
{
	uint32_t special, joined, blank, lf, hyphen, stop;
#if defined(__AVX2__) && defined(__GNUC__)
	__m256i v = _mm256_loadu_si256((const __m256i *)(const void *)s), lfv, joinedv;
	special = (uint32_t)_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(0x20), v));
	if (special == 0) {   /* most blocks: no TAB, no line end */
		_mm256_storeu_si256((__m256i *)(void *)dst, v);
		return 32;
	}
	lfv = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n'));
	joinedv = _mm256_or_si256(lfv, _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\t')));
	_mm256_storeu_si256((__m256i *)(void *)dst, _mm256_blendv_epi8(v, _mm256_set1_epi8(' '), joinedv));
	lf = (uint32_t)_mm256_movemask_epi8(lfv);
	joined = (uint32_t)_mm256_movemask_epi8(joinedv);
	blank = joined | (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')));
	hyphen = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('-')));
#elif defined(__SSE2__) && defined(__GNUC__)
	__m128i half[2];
	int h;
	special = joined = blank = lf = hyphen = 0;
	for (h = 0; h < 2; h++) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + 16 * h));
		__m128i lfv = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
		__m128i joinedv = _mm_or_si128(lfv, _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
		half[h] = _mm_or_si128(_mm_andnot_si128(joinedv, v), _mm_and_si128(joinedv, _mm_set1_epi8(' ')));
		special |= (uint32_t)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) << 16 * h;
		lf |= (uint32_t)_mm_movemask_epi8(lfv) << 16 * h;
		joined |= (uint32_t)_mm_movemask_epi8(joinedv) << 16 * h;
		blank |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))) << 16 * h;
		hyphen |= (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('-'))) << 16 * h;
	}
	blank |= joined;
	_mm_storeu_si128((__m128i *)(void *)dst, half[0]);
	_mm_storeu_si128((__m128i *)(void *)(dst + 16), half[1]);
#else
	unsigned k;
	special = joined = blank = lf = hyphen = 0;
	for (k = 0; k < 32; k++) {
		uint32_t bit = (uint32_t)1 << k;
		special |= s[k] < 0x20 || s[k] >= 0x80 ? bit : 0;
		lf |= s[k] == '\n' ? bit : 0;
		joined |= s[k] == '\n' || s[k] == '\t' ? bit : 0;
		blank |= s[k] == '\n' || s[k] == '\t' || s[k] == ' ' ? bit : 0;
		hyphen |= s[k] == '-' ? bit : 0;
		dst[k] = s[k] == '\n' || s[k] == '\t' ? ' ' : s[k];
	}
#endif
	stop = (special & ~joined) | (joined & 1u) | (blank & (blank >> 1) & (joined | joined >> 1)) |
	       (lf & (hyphen << 1));
	return stop ? scan_lowest(stop) : 32;
}

#if defined(__SSE2__) && defined(__GNUC__)
/* scan_lower_blanks() of the 16 bytes at SRC. */
static inline void scan_lower16(const unsigned char *restrict src, unsigned char *restrict dst)
{
	/* control bytes up to a space; 'A'..'Z' moved to the bottom of the
	 * signed range, so one compare finds them */
	__m128i v = _mm_max_epu8(_mm_loadu_si128((const __m128i *)(const void *)src), _mm_set1_epi8(' '));
	__m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(128 - 'A')), _mm_set1_epi8(-128 + 26));
	v = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(32)));
	_mm_storeu_si128((__m128i *)(void *)dst, v);
}
#endif

/* The lowercase of one byte, a control byte (LF, TAB) made a space. */
static inline unsigned char scan_lower_blank(unsigned char c)
{
	return c < ' ' ? ' ' : (unsigned char)(c - 'A') < 26u ? (unsigned char)(c + 32) : c;
}

/* DST = the ASCII lowercase of the N bytes at SRC, control bytes (LF, TAB)
 * made spaces: the text that extract's phrase searches look in. */
static inline void scan_lower_blanks(const unsigned char *restrict src, size_t n, unsigned char *restrict dst)
{
	size_t i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
	for (; i + 16 <= n; i += 16)
		scan_lower16(src + i, dst + i);
#endif
	for (; i < n; i++)
		dst[i] = scan_lower_blank(src[i]);
}

/* scan_lower_blanks() of 32 bytes.  (With AVX2 the same steps as
 * scan_lower16(), on 32.) */
#if defined(__AVX2__) && defined(__GNUC__)
static inline __m256i scan_lower_v32(__m256i v)
{
	__m256i upper;
	v = _mm256_max_epu8(v, _mm256_set1_epi8(' '));
	upper = _mm256_cmpgt_epi8(_mm256_set1_epi8(-128 + 26), _mm256_add_epi8(v, _mm256_set1_epi8(128 - 'A')));
	return _mm256_add_epi8(v, _mm256_and_si256(upper, _mm256_set1_epi8(32)));
}
#endif

static inline void scan_lower32(const unsigned char *restrict src, unsigned char *restrict dst)
{
#if defined(__AVX2__) && defined(__GNUC__)
	_mm256_storeu_si256((__m256i *)(void *)dst, scan_lower_v32(_mm256_loadu_si256((const __m256i *)(const void *)src)));
#elif defined(__SSE2__) && defined(__GNUC__)
	scan_lower16(src, dst);
	scan_lower16(src + 16, dst + 16);
#else
	scan_lower_blanks(src, 32, dst);
#endif
}

/* scan_plain32() of the 32 bytes at S, which are also copied to DST and,
 * as scan_lower32() makes them, to LOW: with AVX2 one load for the three
 * (normalize()'s step).  The caller must have 32 bytes at each. */
static inline size_t scan_copy32(const unsigned char *restrict s, unsigned char *restrict dst,
                                 unsigned char *restrict low, int what)
{
#if defined(__AVX2__) && defined(__GNUC__)
	__m256i v = _mm256_loadu_si256((const __m256i *)(const void *)s);
	_mm256_storeu_si256((__m256i *)(void *)dst, v);
	_mm256_storeu_si256((__m256i *)(void *)low, scan_lower_v32(v));
	return scan_plain_v32(v, what);
#else
	memcpy(dst, s, 32);
	scan_lower32(s, low);
	return scan_plain32(s, what);
#endif
}


#if defined(__SSE2__) && defined(__GNUC__)
/* Bit K set when an N-byte needle (N >= 2) may start at P + K, for K < 16:
 * its first, middle and last bytes (in FIRST, MID and LAST) are there.  (A
 * third byte makes a false start rare: each one costs a full compare.)
 * The caller must have N + 15 bytes at P. */
static inline unsigned scan_ends16(const char *p, size_t n, __m128i first, __m128i mid, __m128i last)
{
	__m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + n / 2));
	__m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 1));
	return (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, mid)),
	                                                 _mm_cmpeq_epi8(c, last)));
}
#endif

#if defined(__AVX2__) && defined(__GNUC__)
/* scan_ends16() for K < 32.  The caller must have N + 31 bytes at P. */
static inline unsigned scan_ends32(const char *p, size_t n, __m256i first, __m256i mid, __m256i last)
{
	__m256i a = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(p + n / 2));
	__m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(p + n - 1));
	return (unsigned)_mm256_movemask_epi8(_mm256_and_si256(_mm256_and_si256(_mm256_cmpeq_epi8(a, first),
	                                                                        _mm256_cmpeq_epi8(b, mid)),
	                                                       _mm256_cmpeq_epi8(c, last)));
}
#endif


/* The first of the places M marks (bit K: P + K) where NEEDLE is, or NULL. */
static inline const char *scan_verify(const char *p, uint64_t m, const char *needle, size_t n)
{
	for (; m; m &= m - 1) {
		const char *at = p + scan_lowest64(m);
		if (memcmp(at + 1, needle + 1, n - 2) == 0)
			return at;
	}
	return NULL;
}

/* The first occurrence of NEEDLE (N >= 1 bytes) in HAY (HN bytes), or NULL:
 * memmem, but with SSE2 16 places are tried at once by their first and
 * last bytes, and only the places where both match are compared in full
 * (Mula's "SIMD-friendly" search).  Much faster on text than glibc's.
 * With AVX2, 32 places at a time.  The last
 * places are one more step back from the end; a haystack shorter than a
 * step goes by a narrower step, or by memchr. */
static inline const char *scan_find(const char *hay, size_t hn, const char *needle, size_t n)
{
	const char *p = hay, *end = hay + hn;
	if (n > hn)
		return NULL;
#if defined(__AVX2__) && defined(__GNUC__)
	if (n >= 2 && hn >= n + 31) {
		__m256i first = _mm256_set1_epi8(needle[0]), mid = _mm256_set1_epi8(needle[n / 2]);
		__m256i last = _mm256_set1_epi8(needle[n - 1]);
		/* two steps a test: most have no candidate */
		for (; p + n + 63 <= end; p += 64) {
			unsigned m0 = scan_ends32(p, n, first, mid, last), m1 = scan_ends32(p + 32, n, first, mid, last);
			const char *at;
			if ((m0 | m1) == 0)
				continue;
			if ((at = scan_verify(p, m0, needle, n)) != NULL || (at = scan_verify(p + 32, m1, needle, n)) != NULL)
				return at;
		}
		for (; p + n + 31 <= end; p += 32) {
			const char *at = scan_verify(p, scan_ends32(p, n, first, mid, last), needle, n);
			if (at)
				return at;
		}
		/* the last places in one more step, that ends at the end (the
		 * places before P it looks at again have no match) */
		if (p + n > end)
			return NULL;
		p = end - n - 31;
		return scan_verify(p, scan_ends32(p, n, first, mid, last), needle, n);
	}
#endif
#if defined(__SSE2__) && defined(__GNUC__)
	if (n >= 2 && p + n + 15 <= end) {
		__m128i first = _mm_set1_epi8(needle[0]), mid = _mm_set1_epi8(needle[n / 2]);
		__m128i last = _mm_set1_epi8(needle[n - 1]);
		for (; p + n + 15 <= end; p += 16) {
			const char *at = scan_verify(p, scan_ends16(p, n, first, mid, last), needle, n);
			if (at)
				return at;
		}
		if (p + n > end)   /* (as above) */
			return NULL;
		p = end - n - 15;
		return scan_verify(p, scan_ends16(p, n, first, mid, last), needle, n);
	}
#endif
	/* the first byte by memchr, then the rest (the last places, or all) */
	for (; (p = memchr(p, needle[0], (size_t)(end - p) - n + 1)) != NULL; p++)
		if (memcmp(p, needle, n) == 0)
			return p;
	return NULL;
}

#endif
