/* fuzz_archive: lib/split/archive.c and lib/common/input.c (plain, gzip, multi-member
 * gzip, tar, pax, GNU long names, tar.gz) on arbitrary bytes.  Every member
 * is read to its end or its error; nothing may crash, hang or leak. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "split/archive.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[1 << 16];
	char path[32];
	const char *err, *name;
	int fd = memfile(data, size, path);
	Archive *a = archive_open(path, &err);
	uint64_t total = 0;
	if (a) {
		int rc, members = 0;
		while ((rc = archive_next(a, &name)) > 0) {
			ssize_t n;
			uint64_t size;
			const char *why = archive_unread(a, &size);
			if (name && strlen(name) > (1u << 20))
				abort();               /* names are bounded (MAX_META) */
			if (why && (!name || strcmp(why, "unsupported") != 0))
				abort();               /* only a tar member is not read, for that reason */
			/* vary the read sizes: 1, 7, 512, 64 KiB */
			size_t want = (size_t[]){ 1, 7, 512, sizeof buf }[members++ & 3];
			while ((n = archive_read(a, buf, want)) > 0) {
				if ((size_t)n > want)
					abort();
				total += (uint64_t)n;
				if (total > ((uint64_t)1 << 28))
					break;     /* a bomb: bounded work per input */
			}
			if (n < 0) {
				if (!archive_error(a)[0])
					abort();   /* an error always says what */
				break;
			}
			if (total > ((uint64_t)1 << 28))
				break;
		}
		if (rc < 0 && !archive_error(a)[0])
			abort();
		(void)archive_is_tar(a);
		(void)archive_raw_bytes(a);
		archive_close(a);
	} else if (!err || !err[0]) {
		abort();
	}
	close(fd);
	return 0;
}
