/* crc32.c: gzip's CRC-32, folded 64 bytes a step with carry-less
 * multiplication (PCLMULQDQ) where the CPU has it.  zlib 1.2's table-driven
 * crc32() costs about 4 instructions a byte, 40% of inflating a gzip
 * stream; this takes a fraction of one.  The method is the one of Gopal et
 * al., "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ
 * Instruction" (Intel, 2009), in the bit-reflected form gzip's CRC needs:
 * the running remainder is kept as 512 bits (four 128-bit lanes), each
 * lane multiplied forward by x^512 mod P and the next 64 bytes added; at
 * the end the lanes are folded into one, reduced to 64 bits, then to 32 by
 * Barrett reduction.  Bytes past the last 16-byte block go to zlib. */
#include "crc32.h"

#include <zlib.h>

#if defined(__x86_64__) && defined(__GNUC__)
#define CRC_CLMUL 1
#include <emmintrin.h>
#include <wmmintrin.h>
#endif

#ifdef CRC_CLMUL

#define CLMUL __attribute__((target("pclmul,sse2")))

/* Constants of the bit-reflected polynomial P = 0x1DB710641: for folding a
 * lane 512 bits forward (x^(512+32) and x^(512-32) mod P) and 128 bits
 * forward (x^(128+32), x^(128-32)), for reducing 96 bits to 64 (x^64 mod P),
 * and Barrett's pair (P, and the quotient x^64 / P). */
static const uint64_t fold512[2] = { 0x154442bd4, 0x1c6e41596 };
static const uint64_t fold128[2] = { 0x1751997d0, 0x0ccaa009e };
static const uint64_t reduce64[2] = { 0x163cd6124, 0 };
static const uint64_t barrett[2] = { 0x1db710641, 0x1f7011641 };

static CLMUL inline __m128i load(const unsigned char *p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static CLMUL inline __m128i constants(const uint64_t *k)
{
	return _mm_loadu_si128((const __m128i *)(const void *)k);
}

/* X carried forward over the distance K is made for, plus NEXT. */
static CLMUL inline __m128i fold(__m128i x, __m128i k, __m128i next)
{
	return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)),
	                     next);
}

/* The remainder STATE (inverted, as zlib keeps it inside crc32()) carried
 * over N bytes, N >= 64 and a multiple of 16. */
static CLMUL uint32_t clmul_blocks(uint32_t state, const unsigned char *p, size_t n)
{
	__m128i k = constants(fold512), low32 = _mm_setr_epi32(-1, 0, -1, 0), t;
	__m128i x0 = _mm_xor_si128(load(p), _mm_cvtsi32_si128((int)state));
	__m128i x1 = load(p + 16), x2 = load(p + 32), x3 = load(p + 48);
	for (p += 64, n -= 64; n >= 64; p += 64, n -= 64) {
		x0 = fold(x0, k, load(p));
		x1 = fold(x1, k, load(p + 16));
		x2 = fold(x2, k, load(p + 32));
		x3 = fold(x3, k, load(p + 48));
	}
	/* the four lanes into one, then the blocks of 16 left */
	k = constants(fold128);
	x0 = fold(fold(fold(x0, k, x1), k, x2), k, x3);
	for (; n >= 16; p += 16, n -= 16)
		x0 = fold(x0, k, load(p));
	/* 128 bits to 96, to 64 */
	x0 = _mm_xor_si128(_mm_srli_si128(x0, 8), _mm_clmulepi64_si128(x0, k, 0x10));
	t = _mm_srli_si128(x0, 4);
	x0 = _mm_xor_si128(_mm_clmulepi64_si128(_mm_and_si128(x0, low32), constants(reduce64), 0x00), t);
	/* Barrett: the 32-bit remainder */
	k = constants(barrett);
	t = _mm_and_si128(_mm_clmulepi64_si128(_mm_and_si128(x0, low32), k, 0x10), low32);
	x0 = _mm_xor_si128(x0, _mm_clmulepi64_si128(t, k, 0x00));
	return (uint32_t)_mm_cvtsi128_si32(_mm_srli_si128(x0, 4));
}

/* (a load and a test, nothing to cache: the readahead thread calls it too) */
static int have_clmul(void)
{
	return __builtin_cpu_supports("pclmul") && __builtin_cpu_supports("sse2");
}

#endif

uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
#ifdef CRC_CLMUL
	if (n >= 64 && have_clmul()) {
		size_t blocks = n & ~(size_t)15;
		crc = ~clmul_blocks(~crc, p, blocks);
		p += blocks;
		n -= blocks;
	}
#endif
	/* (zlib's length is a uInt: feed it in pieces) */
	while (n > 0) {
		uInt k = n > (1u << 30) ? 1u << 30 : (uInt)n;
		crc = (uint32_t)crc32(crc, p, k);
		p += k;
		n -= k;
	}
	return crc;
}
