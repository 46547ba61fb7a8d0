#include "input.h"

#include <errno.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "crc32.h"
#include "le.h"
#include "readahead.h"
#include "util.h"

#define RAW_SIZE (1 << 18)

/* zlib 1.2.9 and later can be told not to check a member's CRC itself: it
 * is checked here with crc32_update(), several times faster than zlib's. */
#if ZLIB_VERNUM >= 0x1290
#define OWN_CHECK 1
#endif

struct Input {
	int fd;
	int gzip;            /* 1 once the magic bytes were seen */
	int in_member;       /* inside a gzip member (inflate running) */
	int raw_eof;
	int failed;          /* an error is due after the bytes already given */
	z_stream z;
	unsigned char *raw;  /* bytes read from fd, not yet consumed */
	size_t raw_pos, raw_len;
	_Atomic uint64_t raw_total;   /* counted by the readahead thread, read by --progress */
	Readahead *ahead;    /* gzip: the inflate runs in this thread */
	uint32_t crc, size;  /* of the member's bytes so far (OWN_CHECK) */
	gz_header head;      /* the member's header: head.done once zlib read it */
	int header_read;     /* (and this once the check was switched off) */
	unsigned char before[8];   /* the last 8 bytes read before RAW's */
	char err[160];
};

static ssize_t read_gzip(Input *in, unsigned char *buf, size_t n);

/* read_gzip() as the readahead thread calls it. */
static ssize_t inflate_ahead(void *src, void *buf, size_t n)
{
	return read_gzip(src, buf, n);
}

/* Keep the last 8 bytes of RAW before it is read over: a member's trailer
 * may begin in them. */
static void keep_before(Input *in)
{
	size_t n = in->raw_len;
	if (n >= 8) {
		memcpy(in->before, in->raw + n - 8, 8);
	} else {
		memmove(in->before, in->before + n, 8 - n);
		memcpy(in->before + 8 - n, in->raw, n);
	}
}

static int fill_raw(Input *in)
{
	if (in->raw_pos < in->raw_len || in->raw_eof)
		return 0;
	keep_before(in);
	for (;;) {
		ssize_t n = read(in->fd, in->raw, RAW_SIZE);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			snprintf(in->err, sizeof in->err, "read error: %s", strerror(errno));
			return -1;
		}
		in->raw_pos = 0;
		in->raw_len = (size_t)n;
		in->raw_total += (uint64_t)n;
		if (n == 0)
			in->raw_eof = 1;
		return 0;
	}
}

/* Ensure at least two raw bytes are buffered if the file has them. */
static int peek2(Input *in)
{
	if (fill_raw(in) < 0)
		return -1;
	if (in->raw_len - in->raw_pos == 1 && !in->raw_eof) {
		unsigned char first = in->raw[in->raw_pos];
		ssize_t n;
		in->raw[0] = first;
		do
			n = read(in->fd, in->raw + 1, RAW_SIZE - 1);
		while (n < 0 && errno == EINTR);
		if (n < 0) {
			snprintf(in->err, sizeof in->err, "read error: %s", strerror(errno));
			return -1;
		}
		in->raw_pos = 0;
		in->raw_len = 1 + (size_t)n;
		in->raw_total += (uint64_t)n;
		if (n == 0)
			in->raw_eof = 1;
	}
	return 0;
}

/* A member begins: zlib checks its header's CRC (FHCRC) itself, and the
 * rest of the member is checked here (OWN_CHECK): its check is switched
 * off once the header is read (read_gzip). */
static void member_start(Input *in)
{
	memset(&in->head, 0, sizeof in->head);
	inflateGetHeader(&in->z, &in->head);
#ifdef OWN_CHECK
	inflateValidate(&in->z, 1);
#endif
	in->in_member = 1;
	in->header_read = 0;
	in->crc = in->size = 0;
}

static int at_gzip_magic(const Input *in)
{
	return in->raw_len - in->raw_pos >= 2 && in->raw[in->raw_pos] == 0x1f &&
	       in->raw[in->raw_pos + 1] == 0x8b;
}

Input *input_open(const char *path, const char **err)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
	Input *in;
	if (fd < 0) {
		*err = strerror(errno);
		return NULL;
	}
	in = xmalloc(sizeof *in);
	memset(in, 0, sizeof *in);
	in->fd = fd;
	widen_pipe(fd);
	in->raw = xmalloc(RAW_SIZE);
	if (peek2(in) < 0) {
		/* EISDIR and the like show up at the first read */
		static char msg[sizeof in->err];
		memcpy(msg, in->err, sizeof msg);
		*err = msg;
		input_close(in);
		return NULL;
	}
	if (at_gzip_magic(in)) {
		in->gzip = 1;
		if (inflateInit2(&in->z, 15 + 16) != Z_OK)
			die(EXIT_DATA, "zlib: cannot initialise inflate");
		member_start(in);
		in->ahead = readahead_start(inflate_ahead, in);
	}
	return in;
}

/* Between gzip members: skip to the next member, or end.  Zero bytes after
 * the last member (tape padding) are ignored, as gzip does. */
static int next_member(Input *in)
{
	for (;;) {
		if (peek2(in) < 0)
			return -1;
		if (in->raw_pos == in->raw_len)
			return 0;                       /* clean end */
		if (at_gzip_magic(in)) {
			inflateReset(&in->z);
			member_start(in);
			return 1;
		}
		while (in->raw_pos < in->raw_len && in->raw[in->raw_pos] == 0)
			in->raw_pos++;
		if (in->raw_pos < in->raw_len) {
			snprintf(in->err, sizeof in->err, "trailing garbage after gzip stream");
			return -1;
		}
	}
}

/* At the end of a member: does its trailer (CRC-32 and length, the 8 bytes
 * before RAW_POS) match what was inflated?  Else the error, as zlib words
 * it. */
static const char *trailer_error(const Input *in)
{
#ifdef OWN_CHECK
	unsigned char t[8];
	size_t k = in->raw_pos < 8 ? 8 - in->raw_pos : 0;   /* bytes of it read before RAW's */
	memcpy(t, in->before + 8 - k, k);
	memcpy(t + k, in->raw + in->raw_pos - (8 - k), 8 - k);
	if (in->crc != le32(t))
		return "incorrect data check";
	if (in->size != le32(t + 4))
		return "incorrect length check";
#else
	(void)in;
#endif
	return NULL;
}

static ssize_t read_gzip(Input *in, unsigned char *buf, size_t n)
{
	size_t got = 0;
	if (in->failed)
		return -1;
	while (got == 0) {
		int rc;
		if (!in->in_member) {
			int more = next_member(in);
			if (more <= 0)
				return more;
		}
		if (fill_raw(in) < 0)
			return -1;
		if (in->raw_pos == in->raw_len) {
			snprintf(in->err, sizeof in->err, "truncated gzip stream");
			return -1;
		}
		in->z.next_in = in->raw + in->raw_pos;
		in->z.avail_in = (uInt)(in->raw_len - in->raw_pos);
		in->z.next_out = buf;
		in->z.avail_out = (uInt)(n > (1u << 30) ? (1u << 30) : n);
		/* the header alone first (Z_BLOCK stops after it), checked by zlib */
		rc = inflate(&in->z, in->header_read ? Z_NO_FLUSH : Z_BLOCK);
		in->raw_pos = in->raw_len - in->z.avail_in;
		got = (size_t)(in->z.next_out - buf);
		if (!in->header_read && in->head.done) {
			in->header_read = 1;
#ifdef OWN_CHECK
			inflateValidate(&in->z, 0);
#endif
		}
#ifdef OWN_CHECK
		in->crc = crc32_update(in->crc, buf, got);
		in->size += (uint32_t)got;   /* (gzip keeps the length mod 2^32) */
#endif
		if (rc == Z_STREAM_END) {
			const char *bad = trailer_error(in);
			in->in_member = 0;
			if (bad) {
				snprintf(in->err, sizeof in->err, "corrupt gzip stream: %s", bad);
				in->failed = 1;
				return got ? (ssize_t)got : -1;
			}
		} else if (rc == Z_MEM_ERROR) {
			die(EXIT_DATA, "out of memory in inflate");
		} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			snprintf(in->err, sizeof in->err, "corrupt gzip stream: %s",
			         in->z.msg ? in->z.msg : "inflate failed");
			in->failed = 1;  /* hand out what was inflated before the fault */
			return got ? (ssize_t)got : -1;
		}
	}
	return (ssize_t)got;
}

ssize_t input_read(Input *in, void *buf, size_t n)
{
	size_t k;
	if (n == 0)
		return 0;
	if (in->ahead)
		return readahead_read(in->ahead, buf, n);
	if (in->gzip)
		return read_gzip(in, buf, n);
	if (in->raw_pos == in->raw_len && !in->raw_eof && n >= RAW_SIZE / 4) {
		ssize_t k;        /* plain text, nothing buffered: no copy */
		do
			k = read(in->fd, buf, n);
		while (k < 0 && errno == EINTR);
		if (k < 0)
			snprintf(in->err, sizeof in->err, "read error: %s", strerror(errno));
		else
			in->raw_total += (uint64_t)k;
		in->raw_eof = k == 0;
		return k;
	}
	if (fill_raw(in) < 0)
		return -1;
	k = in->raw_len - in->raw_pos;
	if (k > n)
		k = n;
	memcpy(buf, in->raw + in->raw_pos, k);
	in->raw_pos += k;
	return (ssize_t)k;
}

const char *input_error(const Input *in) { return in->err; }
int input_is_gzip(const Input *in) { return in->gzip; }
uint64_t input_raw_bytes(const Input *in) { return in->raw_total; }

void input_close(Input *in)
{
	if (!in)
		return;
	readahead_stop(in->ahead);
	if (in->gzip)
		inflateEnd(&in->z);
	if (in->fd != STDIN_FILENO)
		close(in->fd);
	free(in->raw);
	free(in);
}
