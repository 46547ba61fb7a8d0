/* fuzz_zip: lib/split/zip.c (central directory, zip64, stored and deflated
 * members, CRC and size checks) and lib/split/format.c's sniffing on
 * arbitrary bytes.  Every member is read to its end or its error; nothing
 * may crash, hang or leak, and every error says what. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "split/format.h"
#include "split/zip.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[1 << 16];
	char path[32], err[300];
	const char *name;
	int fd = memfile(data, size, path);
	Format f = format_sniff(data, size < FORMAT_PEEK ? size : FORMAT_PEEK);
	Zip *z;
	uint64_t total = 0;
	char msg[1024];
	format_refusal(&f, (size & 1) ? "FILE" : NULL, msg, sizeof msg);
	if (!msg[0])
		abort();
	z = zip_open_fd(fd, 0, err, sizeof err);
	if (z) {
		int rc, members = 0;
		while ((rc = zip_next(z, &name)) > 0) {
			ssize_t n;
			size_t want = (size_t[]){ 1, 7, 512, sizeof buf }[members++ & 3];
			uint64_t size;
			const char *why = zip_unread(z, &size);
			if (!name)
				abort();
			if (why && (!zip_error(z)[0] || zip_read(z, buf, want) >= 0))
				abort();           /* a member not read says why, and reads nothing */
			while ((n = zip_read(z, buf, want)) > 0) {
				if ((size_t)n > want)
					abort();
				total += (uint64_t)n;
				if (total > ((uint64_t)1 << 28))
					break;     /* a bomb: bounded work per input */
			}
			if (n < 0 && !zip_error(z)[0])
				abort();           /* an error always says what */
			if (total > ((uint64_t)1 << 28) || members > 100000)
				break;
		}
		if (rc < 0 && !zip_error(z)[0])
			abort();
		zip_close(z);
	} else if (!err[0]) {
		abort();
	}
	close(fd);
	return 0;
}
