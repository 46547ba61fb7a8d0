#include "zip.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "common/crc32.h"
#include "common/le.h"
#include "common/unread.h"
#include "common/util.h"

#define EOCD_LEN 22
#define EOCD_SEARCH (EOCD_LEN + 65535)
#define CEN_LEN 46
#define LOC_LEN 30
#define IN_SIZE (1 << 16)

static unsigned le16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }

struct Zip {
	int fd, own;
	uint64_t file_size;
	uint64_t cd_pos, cd_end;      /* the central directory, in the file */
	uint64_t entries, seen;       /* entries it says it has, read so far */
	int64_t delta;                /* bytes prepended to the archive (self-extracting) */
	/* the current member */
	char *name;
	unsigned method, flags;
	uint32_t want_crc, crc;
	uint64_t csize, usize;        /* compressed and uncompressed sizes */
	uint64_t pos, in_left, out;   /* next byte to read, compressed bytes left, bytes given */
	int started, done, failed, z_live;
	const char *unread;   /* why the current member cannot be read (zip_unread) */
	z_stream z;
	unsigned char *in;
	char err[300];
};

static int read_at(Zip *z, void *buf, size_t n, uint64_t at)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = pread(z->fd, (char *)buf + got, n - got, (off_t)(at + got));
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			snprintf(z->err, sizeof z->err, "read error: %s", strerror(errno));
			return -1;
		}
		if (k == 0) {
			snprintf(z->err, sizeof z->err, "truncated zip archive");
			return -1;
		}
		got += (size_t)k;
	}
	return 0;
}

/* The zip64 end of central directory, through its locator just before the
 * classic end record at EOCD. */
static int read_zip64_end(Zip *z, uint64_t eocd)
{
	unsigned char loc[20], rec[56];
	uint64_t at;
	if (eocd < 20 || read_at(z, loc, 20, eocd - 20) < 0 || le32(loc) != 0x07064b50) {
		snprintf(z->err, sizeof z->err, "zip64 archive without its end locator");
		return -1;
	}
	at = le64(loc + 8);
	if (at > z->file_size || z->file_size - at < 56 || read_at(z, rec, 56, at) < 0 ||
	    le32(rec) != 0x06064b50) {
		snprintf(z->err, sizeof z->err, "bad zip64 end of central directory");
		return -1;
	}
	z->entries = le64(rec + 32);
	z->cd_pos = le64(rec + 48);
	z->cd_end = z->cd_pos + le64(rec + 40);
	if (z->cd_end < z->cd_pos || z->cd_end > at) {
		snprintf(z->err, sizeof z->err, "bad zip64 central directory bounds");
		return -1;
	}
	return 0;
}

Zip *zip_open_fd(int fd, int own, char *err, size_t errn)
{
	struct stat s;
	Zip *z;
	unsigned char *tail;
	size_t tail_len, i;
	uint64_t eocd = 0;
	int found = 0;
	if (fstat(fd, &s) < 0) {
		snprintf(err, errn, "%s", strerror(errno));
		return NULL;
	}
	z = xmalloc(sizeof *z);
	memset(z, 0, sizeof *z);
	z->fd = fd;
	z->own = own;
	z->file_size = (uint64_t)s.st_size;
	tail_len = z->file_size < EOCD_SEARCH ? (size_t)z->file_size : EOCD_SEARCH;
	tail = xmalloc(tail_len + 1);
	if (tail_len < EOCD_LEN) {
		snprintf(z->err, sizeof z->err, "truncated zip archive (no end of central directory)");
		goto fail;
	}
	if (read_at(z, tail, tail_len, z->file_size - tail_len) < 0)
		goto fail;
	/* the end record, searched from the end: a comment may follow it */
	for (i = tail_len - EOCD_LEN + 1; i-- > 0;) {
		if (le32(tail + i) == 0x06054b50 && i + EOCD_LEN + le16(tail + i + 20) <= tail_len) {
			found = 1;
			break;
		}
	}
	if (!found) {
		snprintf(z->err, sizeof z->err, "truncated zip archive (no end of central directory)");
		goto fail;
	}
	eocd = z->file_size - tail_len + i;
	{
		const unsigned char *e = tail + i;
		uint64_t entries = le16(e + 10), size = le32(e + 12), off = le32(e + 16);
		if (entries == 0xffff || size == 0xffffffff || off == 0xffffffff ||
		    (eocd >= 20 && i >= 20 && le32(e - 20) == 0x07064b50)) {
			if (read_zip64_end(z, eocd) < 0)
				goto fail;
		} else {
			if (off + size > eocd) {
				snprintf(z->err, sizeof z->err, "bad zip central directory bounds");
				goto fail;
			}
			z->entries = entries;
			/* bytes before the archive (a self-extractor's stub) shift every offset */
			z->delta = (int64_t)(eocd - size - off);
			z->cd_pos = off + (uint64_t)z->delta;
			z->cd_end = z->cd_pos + size;
		}
	}
	free(tail);
	z->in = xmalloc(IN_SIZE);
	return z;
fail:
	snprintf(err, errn, "%s", z->err);
	free(tail);
	z->own = 0;   /* the caller still owns FD on failure */
	zip_close(z);
	return NULL;
}

static void end_member(Zip *z)
{
	if (z->z_live)
		inflateEnd(&z->z);
	z->z_live = 0;
}

/* The zip64 extended information extra field (0x0001): the 64-bit values
 * of the fields that are 0xffffffff, in order. */
static int zip64_extra(Zip *z, const unsigned char *x, size_t n, uint64_t *usize, uint64_t *csize,
                       uint64_t *off)
{
	while (n >= 4) {
		unsigned id = le16(x), len = le16(x + 2);
		if (len > n - 4)
			break;
		if (id == 0x0001) {
			const unsigned char *p = x + 4, *end = x + 4 + len;
			uint64_t *f[3] = { usize, csize, off };
			int k;
			for (k = 0; k < 3; k++) {
				if (*f[k] != 0xffffffff)
					continue;
				if (end - p < 8) {
					snprintf(z->err, sizeof z->err, "bad zip64 extra field of %s", z->name);
					return -1;
				}
				*f[k] = le64(p);
				p += 8;
			}
			return 0;
		}
		x += 4 + len;
		n -= 4 + len;
	}
	return 0;   /* 0xffffffff with no zip64 field: a true 32-bit value */
}

/* Where the current member's data begins: after its local header. */
static int locate_data(Zip *z, uint64_t off)
{
	unsigned char loc[LOC_LEN];
	uint64_t at = off + (uint64_t)z->delta;
	if (at > z->file_size || z->file_size - at < LOC_LEN) {
		snprintf(z->err, sizeof z->err, "zip member %s: local header beyond the end of the file", z->name);
		return -1;
	}
	if (read_at(z, loc, LOC_LEN, at) < 0)
		return -1;
	if (le32(loc) != 0x04034b50) {
		snprintf(z->err, sizeof z->err, "zip member %s: no local header at offset %llu", z->name,
		         (unsigned long long)at);
		return -1;
	}
	at += LOC_LEN + le16(loc + 26) + (uint64_t)le16(loc + 28);
	if (at > z->file_size || z->file_size - at < z->csize) {
		snprintf(z->err, sizeof z->err, "zip member %s: truncated (its data runs past the end)", z->name);
		return -1;
	}
	z->pos = at;
	z->in_left = z->csize;
	return 0;
}

static const char *method_name(unsigned m)
{
	switch (m) {
	case 9: return "deflate64";
	case 12: return "bzip2";
	case 14: return "LZMA";
	case 93: return "Zstandard";
	case 95: return "xz";
	case 98: return "PPMd";
	}
	return "unknown";
}

int zip_next(Zip *z, const char **name)
{
	for (;;) {
		unsigned char c[CEN_LEN];
		unsigned nlen, xlen, clen;
		uint64_t off;
		unsigned char *extra;
		end_member(z);
		z->started = z->done = z->failed = 0;
		z->err[0] = '\0';
		if (z->cd_pos >= z->cd_end) {
			if (z->seen != z->entries && z->entries != 0xffff) {
				snprintf(z->err, sizeof z->err, "zip central directory holds %llu entries, not %llu",
				         (unsigned long long)z->seen, (unsigned long long)z->entries);
				return -1;
			}
			return 0;
		}
		if (z->cd_end - z->cd_pos < CEN_LEN || read_at(z, c, CEN_LEN, z->cd_pos) < 0 ||
		    le32(c) != 0x02014b50) {
			snprintf(z->err, sizeof z->err, "bad zip central directory entry at offset %llu",
			         (unsigned long long)z->cd_pos);
			return -1;
		}
		nlen = le16(c + 28);
		xlen = le16(c + 30);
		clen = le16(c + 32);
		if (z->cd_end - z->cd_pos - CEN_LEN < (uint64_t)nlen + xlen + clen) {
			snprintf(z->err, sizeof z->err, "bad zip central directory entry at offset %llu",
			         (unsigned long long)z->cd_pos);
			return -1;
		}
		free(z->name);
		z->name = xmalloc(nlen + 1);
		extra = xmalloc(xlen + 1);
		if (read_at(z, z->name, nlen, z->cd_pos + CEN_LEN) < 0 ||
		    read_at(z, extra, xlen, z->cd_pos + CEN_LEN + nlen) < 0) {
			free(extra);
			return -1;
		}
		z->name[nlen] = '\0';
		z->cd_pos += CEN_LEN + (uint64_t)nlen + xlen + clen;
		z->seen++;
		z->flags = le16(c + 8);
		z->method = le16(c + 10);
		z->want_crc = le32(c + 16);
		z->csize = le32(c + 20);
		z->usize = le32(c + 24);
		off = le32(c + 42);
		if (zip64_extra(z, extra, xlen, &z->usize, &z->csize, &off) < 0) {
			free(extra);
			return -1;
		}
		free(extra);
		if (nlen > 0 && z->name[nlen - 1] == '/' && z->usize == 0)
			continue;                 /* a directory */
		z->crc = 0;
		z->out = 0;
		*name = z->name;
		z->unread = NULL;
		if (z->flags & 1) {
			snprintf(z->err, sizeof z->err, "encrypted zip member: not read; unzip it with its password first");
			z->unread = UNREAD_ENCRYPTED;
		} else if (z->method != 0 && z->method != 8) {
			snprintf(z->err, sizeof z->err,
			         "zip member compressed with method %u (%s): not read; try 'unzip -p ARCHIVE MEMBER | imr-split'",
			         z->method, method_name(z->method));
			z->unread = UNREAD_UNSUPPORTED;
		} else if (locate_data(z, off) < 0) {
			z->unread = UNREAD_UNREADABLE;
		}
		z->failed = z->unread != NULL;
		return 1;
	}
}

static int check_end(Zip *z)
{
	if (z->out != z->usize) {
		snprintf(z->err, sizeof z->err, "zip member %s: %llu bytes, not the %llu its directory says",
		         z->name, (unsigned long long)z->out, (unsigned long long)z->usize);
		return -1;
	}
	if (z->crc != z->want_crc) {
		snprintf(z->err, sizeof z->err, "zip member %s: CRC-32 mismatch (corrupt data)", z->name);
		return -1;
	}
	z->done = 1;
	return 0;
}

static ssize_t fault(Zip *z)
{
	z->failed = 1;
	end_member(z);
	return -1;
}

ssize_t zip_read(Zip *z, void *buf, size_t n)
{
	unsigned char *out = buf;
	size_t got = 0;
	if (z->failed)
		return -1;
	if (z->done || n == 0)
		return 0;
	if (n > (1u << 30))
		n = 1u << 30;
	if (z->method == 0) {
		size_t k = z->in_left < n ? (size_t)z->in_left : n;
		if (k == 0)
			return check_end(z) < 0 ? fault(z) : 0;
		if (read_at(z, out, k, z->pos) < 0)
			return fault(z);
		z->pos += k;
		z->in_left -= k;
		got = k;
	} else {
		if (!z->started) {
			memset(&z->z, 0, sizeof z->z);
			if (inflateInit2(&z->z, -15) != Z_OK)
				die(EXIT_DATA, "zlib: cannot initialise inflate");
			z->z_live = 1;
			z->started = 1;
		}
		while (got == 0) {
			int rc;
			if (z->z.avail_in == 0 && z->in_left > 0) {
				size_t k = z->in_left < IN_SIZE ? (size_t)z->in_left : IN_SIZE;
				if (read_at(z, z->in, k, z->pos) < 0)
					return fault(z);
				z->pos += k;
				z->in_left -= k;
				z->z.next_in = z->in;
				z->z.avail_in = (uInt)k;
			}
			z->z.next_out = out;
			z->z.avail_out = (uInt)n;
			rc = inflate(&z->z, Z_NO_FLUSH);
			got = n - z->z.avail_out;
			if (rc == Z_STREAM_END) {
				z->crc = crc32_update(z->crc, out, got);
				z->out += got;
				end_member(z);
				if (check_end(z) < 0)
					return fault(z);
				return (ssize_t)got;
			}
			if (rc == Z_MEM_ERROR)
				die(EXIT_DATA, "out of memory in inflate");
			if (rc != Z_OK && !(rc == Z_BUF_ERROR && z->z.avail_in == 0 && z->in_left > 0)) {
				if (rc == Z_BUF_ERROR)
					snprintf(z->err, sizeof z->err, "zip member %s: truncated deflate data", z->name);
				else
					snprintf(z->err, sizeof z->err, "zip member %s: corrupt deflate data: %s", z->name,
					         z->z.msg ? z->z.msg : "inflate failed");
				return fault(z);
			}
			if (got == 0 && z->z.avail_in == 0 && z->in_left == 0) {
				snprintf(z->err, sizeof z->err, "zip member %s: truncated deflate data", z->name);
				return fault(z);
			}
		}
	}
	z->crc = crc32_update(z->crc, out, got);
	z->out += got;
	if (z->out > z->usize) {
		snprintf(z->err, sizeof z->err, "zip member %s: more than the %llu bytes its directory says",
		         z->name, (unsigned long long)z->usize);
		return fault(z);
	}
	return (ssize_t)got;
}

const char *zip_unread(const Zip *z, uint64_t *size)
{
	*size = z->usize;
	return z->unread;
}

const char *zip_error(const Zip *z) { return z->err; }

void zip_close(Zip *z)
{
	if (!z)
		return;
	end_member(z);
	if (z->own)
		close(z->fd);
	free(z->name);
	free(z->in);
	free(z);
}
