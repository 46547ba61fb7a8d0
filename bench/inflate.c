/* bench/inflate: the floor for imr-split on .gz input.  A bare zlib loop
 * that inflates a (multi-member) gzip file and throws the bytes away, with
 * the buffer sizes imr-split uses (256 KiB in, 256 KiB out).
 *   inflate FILE.gz   prints the decompressed byte count */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

int main(int argc, char **argv)
{
	static unsigned char in[1 << 18], out[1 << 18];
	z_stream z = { 0 };
	uint64_t total = 0;
	size_t n;
	int rc = Z_OK;
	FILE *f;

	if (argc != 2 || !(f = fopen(argv[1], "rb"))) {
		fprintf(stderr, "usage: inflate FILE.gz\n");
		return 2;
	}
	if (inflateInit2(&z, 15 + 16) != Z_OK)
		return 1;
	while ((n = fread(in, 1, sizeof in, f)) > 0) {
		z.next_in = in;
		z.avail_in = (uInt)n;
		while (z.avail_in > 0) {
			if (rc == Z_STREAM_END)
				inflateReset(&z);   /* next member of a multi-member file */
			z.next_out = out;
			z.avail_out = sizeof out;
			rc = inflate(&z, Z_NO_FLUSH);
			if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
				fprintf(stderr, "inflate: %s: %s\n", argv[1], z.msg ? z.msg : "corrupt");
				return 1;
			}
			total += sizeof out - z.avail_out;
			if (rc == Z_BUF_ERROR && z.avail_out != 0)
				break;
		}
	}
	inflateEnd(&z);
	fclose(f);
	printf("%llu\n", (unsigned long long)total);
	return 0;
}
