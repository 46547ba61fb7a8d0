/* bench/inflate: the floor for imr-split on .gz input.  A bare loop that
 * inflates a (multi-member) gzip file, checks each member's CRC, and throws
 * the bytes away.
 *   inflate FILE.gz   prints the decompressed byte count
 *
 * Built three ways, to show what another inflate would make of the floor
 * (imrkit itself links zlib alone):
 *   bench/inflate             zlib, with imr-split's buffer sizes (256 KiB
 *                             in, 256 KiB out)
 *   bench/inflate-isal        -DINFLATE_ISAL: ISA-L's igzip, streaming too
 *   bench/inflate-libdeflate  -DINFLATE_LIBDEFLATE: libdeflate, which only
 *                             inflates a whole member at once, into a buffer
 *                             as large as the member (1 GB for the bench's
 *                             one-member 1 GB file; `make bench` times it on
 *                             1 MB members) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(INFLATE_ISAL)
#include <isa-l/igzip_lib.h>
#elif defined(INFLATE_LIBDEFLATE)
#include <libdeflate.h>
#else
#include <zlib.h>
#endif

static const char *name;

static void fail(const char *what)
{
	fprintf(stderr, "inflate: %s: %s\n", name, what);
	exit(1);
}

#if defined(INFLATE_ISAL)

static uint64_t inflate_file(FILE *f)
{
	static unsigned char in[1 << 18], out[1 << 18];
	static struct inflate_state st;
	uint64_t total = 0;
	size_t n;
	isal_inflate_init(&st);
	st.crc_flag = ISAL_GZIP;   /* parse the header, check the CRC */
	while ((n = fread(in, 1, sizeof in, f)) > 0) {
		st.next_in = in;
		st.avail_in = (uint32_t)n;
		while (st.avail_in > 0) {
			if (st.block_state == ISAL_BLOCK_FINISH) {   /* next member */
				isal_inflate_reset(&st);
				st.crc_flag = ISAL_GZIP;
			}
			st.next_out = out;
			st.avail_out = sizeof out;
			if (isal_inflate(&st) != ISAL_DECOMP_OK)
				fail("corrupt gzip data");
			total += sizeof out - st.avail_out;
		}
	}
	if (st.block_state != ISAL_BLOCK_FINISH)
		fail("truncated gzip data");
	return total;
}

#elif defined(INFLATE_LIBDEFLATE)

/* Read more of F after the N bytes kept at BUF's start (growing it when
 * full): 0 at the end. */
static size_t read_more(FILE *f, unsigned char **buf, size_t *cap, size_t n)
{
	if (n == *cap && !(*buf = realloc(*buf, *cap *= 2)))
		fail("out of memory");
	return fread(*buf + n, 1, *cap - n, f);
}

static uint64_t inflate_file(FILE *f)
{
	struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
	size_t in_cap = 4 << 20, out_cap = 1 << 20, have = 0, at = 0, used, got, k;
	unsigned char *in = malloc(in_cap), *out = malloc(out_cap);
	uint64_t total = 0;
	int eof = 0;
	if (!d || !in || !out)
		fail("out of memory");
	for (;;) {
		enum libdeflate_result r = LIBDEFLATE_BAD_DATA;
		if (at < have)
			r = libdeflate_gzip_decompress_ex(d, in + at, have - at, out, out_cap, &used, &got);
		if (r == LIBDEFLATE_SUCCESS) {
			at += used;
			total += got;
		} else if (r == LIBDEFLATE_INSUFFICIENT_SPACE) {
			free(out);
			if (!(out = malloc(out_cap *= 2)))
				fail("out of memory");
		} else if (!eof) {
			/* (a member that runs past the bytes read so far fails
			 * as bad data too: read on, and inflate it again) */
			memmove(in, in + at, have - at);
			have -= at;
			at = 0;
			k = read_more(f, &in, &in_cap, have);
			have += k;
			eof = k == 0;
		} else if (at < have) {
			fail("corrupt gzip data");
		} else {
			return total;
		}
	}
}

#else

static uint64_t inflate_file(FILE *f)
{
	static unsigned char in[1 << 18], out[1 << 18];
	z_stream z = { 0 };
	uint64_t total = 0;
	size_t n;
	int rc = Z_OK;
	if (inflateInit2(&z, 15 + 16) != Z_OK)
		fail("cannot initialise zlib");
	while ((n = fread(in, 1, sizeof in, f)) > 0) {
		z.next_in = in;
		z.avail_in = (uInt)n;
		while (z.avail_in > 0) {
			if (rc == Z_STREAM_END)
				inflateReset(&z);   /* next member of a multi-member file */
			z.next_out = out;
			z.avail_out = sizeof out;
			rc = inflate(&z, Z_NO_FLUSH);
			if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
				fail(z.msg ? z.msg : "corrupt gzip data");
			total += sizeof out - z.avail_out;
			if (rc == Z_BUF_ERROR && z.avail_out != 0)
				break;
		}
	}
	if (rc != Z_STREAM_END)
		fail("truncated gzip data");
	inflateEnd(&z);
	return total;
}

#endif

int main(int argc, char **argv)
{
	FILE *f;
	if (argc != 2 || !(f = fopen(argv[1], "rb"))) {
		fprintf(stderr, "usage: inflate FILE.gz\n");
		return 2;
	}
	name = argv[1];
	printf("%llu\n", (unsigned long long)inflate_file(f));
	fclose(f);
	return 0;
}
