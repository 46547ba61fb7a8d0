/* memfile.h: fuzz input bytes as a path the library can open.
 * The bytes go to a memfd; /proc/self/fd/N names it. */
#ifndef FUZZ_MEMFILE_H
#define FUZZ_MEMFILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static int memfile(const uint8_t *data, size_t size, char path[32])
{
	int fd = memfd_create("fuzz", 0);
	size_t done = 0;
	if (fd < 0) {
		perror("memfd_create");
		abort();
	}
	while (done < size) {
		ssize_t n = write(fd, data + done, size - done);
		if (n <= 0) {
			perror("write");
			abort();
		}
		done += (size_t)n;
	}
	snprintf(path, 32, "/proc/self/fd/%d", fd);
	return fd;
}

#endif
