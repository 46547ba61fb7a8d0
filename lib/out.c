#include "out.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "num.h"
#include "scan.h"
#include "util.h"

char out_buf[OUT_SIZE];
size_t out_used;
unsigned long out_flushes;

const char out_escape_as[256] = {
	['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\',
};

void out_flush(void)
{
	static int widened;
	size_t done = 0;
	if (!widened) {
		widen_pipe(STDOUT_FILENO);
		widened = 1;
	}
	while (done < out_used) {
		ssize_t n = write(STDOUT_FILENO, out_buf + done, out_used - done);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			out_used = 0;
			die(EXIT_DATA, "write error: %s", strerror(errno));
		}
		done += (size_t)n;
	}
	out_used = 0;
	out_flushes++;
}

void out_raw(const char *s, size_t n)
{
	if (n > OUT_SIZE - out_used) {
		out_flush();
		if (n >= OUT_SIZE) {   /* large block: skip the copy */
			while (n) {
				ssize_t w = write(STDOUT_FILENO, s, n);
				if (w < 0) {
					if (errno == EINTR)
						continue;
					die(EXIT_DATA, "write error: %s", strerror(errno));
				}
				s += w;
				n -= (size_t)w;
			}
			return;
		}
	}
	memcpy(out_buf + out_used, s, n);
	out_used += n;
}

void out_str(const char *s)
{
	out_raw(s, strlen(s));
}

/* Escape straight into the buffer, 32 bytes at a time where none needs it. */
void out_field(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		size_t room = (OUT_SIZE - out_used) / 2;   /* each byte may become two */
		const unsigned char *stop;
		char *d = out_buf + out_used;
		if (room < 32) {
			out_flush();
			continue;
		}
		stop = (size_t)(end - p) < room ? end : p + room;
		while (p < stop) {
			char e;
			if (stop - p >= 32) {
				size_t k = scan_plain32(p, SCAN_ESCAPE);
				memcpy(d, p, 32);   /* the bytes past K are written over */
				d += k;
				p += k;
				if (k == 32)
					continue;
				/* else the byte at P needs a look: now, not after a second scan */
			}
			e = out_escape_as[*p];
			if (!e) {
				*d++ = (char)*p;
			} else {
				*d++ = '\\';
				*d++ = e;
			}
			p++;
		}
		out_used = (size_t)(d - out_buf);
	}
}

void out_fieldz(const char *s)
{
	out_field(s, strlen(s));
}

void out_u64(unsigned long long v)
{
	char tmp[20];
	out_raw(tmp, num_put_u64(tmp, v));
}

void out_close(void)
{
	out_flush();
	if (close(STDOUT_FILENO) < 0 && errno != EBADF)
		die(EXIT_DATA, "write error: %s", strerror(errno));
}
