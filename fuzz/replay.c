/* replay.c: a main() for the fuzz targets without libFuzzer: run each file
 * named on the command line through LLVMFuzzerTestOneInput once.  Lets the
 * tests replay fuzz/crashers with any C compiler. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t n = 0, cap = 0, k;
		if (!f) {
			perror(argv[i]);
			return 2;
		}
		do {
			if (n == cap)
				buf = realloc(buf, cap = cap ? cap * 2 : 4096);
			if (!buf)
				abort();
			k = fread(buf + n, 1, cap - n, f);
			n += k;
		} while (k > 0);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
	}
	return 0;
}
