/* Unit tests of lib/common/crc32.c: crc32_update() against zlib's crc32() on
 * pseudo-random bytes, at every length up to a few blocks of 64, at
 * unaligned starts, and continued over pieces of every size.  Prints TAP. */
#include <stdio.h>
#include <zlib.h>

#include "common/crc32.h"

static unsigned char buf[1 << 16];

static void fill(void)
{
	unsigned long long r = 88172645463325252ULL;
	size_t i;
	for (i = 0; i < sizeof buf; i++) {
		r ^= r << 13;
		r ^= r >> 7;
		r ^= r << 17;
		buf[i] = (unsigned char)(r >> 32);
	}
}

static int check_lengths(void)
{
	size_t n, off;
	for (n = 0; n <= 1024; n++)
		for (off = 0; off < 16; off++) {
			uint32_t want = (uint32_t)crc32(0, buf + off, (uInt)n), got = crc32_update(0, buf + off, n);
			if (want != got) {
				printf("not ok - %zu bytes at offset %zu: want %08x, got %08x\n", n, off, want, got);
				return 1;
			}
		}
	printf("ok - the CRC of 0 to 1024 bytes, at 16 offsets, is zlib's\n");
	return 0;
}

static int check_pieces(void)
{
	size_t piece;
	uint32_t want = (uint32_t)crc32(0, buf, sizeof buf);
	for (piece = 1; piece <= 300; piece++) {
		uint32_t got = 0;
		size_t i;
		for (i = 0; i < sizeof buf; i += piece)
			got = crc32_update(got, buf + i, sizeof buf - i < piece ? sizeof buf - i : piece);
		if (got != want) {
			printf("not ok - 64 KB in pieces of %zu: want %08x, got %08x\n", piece, want, got);
			return 1;
		}
	}
	printf("ok - the CRC continued over pieces of 1 to 300 bytes is zlib's\n");
	return 0;
}

int main(void)
{
	int bad = 0;
	printf("1..3\n");
	fill();
	bad += check_lengths();
	bad += check_pieces();
	if (crc32_update(0, (const unsigned char *)"123456789", 9) == 0xcbf43926u) {
		printf("ok - the check value of \"123456789\" is cbf43926\n");
	} else {
		printf("not ok - the check value of \"123456789\"\n");
		bad++;
	}
	return bad ? 1 : 0;
}
