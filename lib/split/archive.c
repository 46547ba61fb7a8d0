#include "archive.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/input.h"
#include "common/unread.h"
#include "common/utf8.h"
#include "common/util.h"

#define BLOCK 512
#define MAX_META ((uint64_t)1 << 20)   /* bound for pax and GNU long-name data */

struct Archive {
	Input *in;
	int tar;
	int started;          /* plain: the single member was handed out */
	unsigned char block[BLOCK];
	size_t held, held_pos; /* plain: bytes of block[] not yet returned */
	uint64_t left;        /* tar: bytes left in the current member */
	uint64_t pad;         /* tar: padding after it */
	uint64_t offset;      /* tar: position in the decompressed stream */
	char *name;
	char *next_name;      /* from a pax 'path=' or a GNU 'L' record */
	int next_size_set;
	uint64_t next_size;   /* from a pax 'size=' record */
	int next_sparse;      /* from pax 'GNU.sparse.*' records */
	const char *unread;   /* why the current member is not read (archive_unread) */
	uint64_t held_at;     /* tar: the offset of the header held in block[] */
	char *path;
	char *label;          /* what messages call it (archive_label), or NULL: the path */
	unsigned warnings;
	char err[300];
};

/* A warning about the archive: said at once ("prog: PATH: msg"), counted. */
static void warn_archive(Archive *a, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	warnx("%s: %s", a->label ? a->label : a->path, msg);
	a->warnings++;
}

/* Read exactly n bytes unless the stream ends: returns the count, -1 on error. */
static ssize_t read_full(Archive *a, void *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = input_read(a->in, (char *)buf + got, n - got);
		if (k < 0) {
			snprintf(a->err, sizeof a->err, "%s", input_error(a->in));
			return -1;
		}
		if (k == 0)
			break;
		got += (size_t)k;
	}
	a->offset += got;
	return (ssize_t)got;
}

static uint64_t octal_field(const unsigned char *p, size_t n, int *ok)
{
	uint64_t v = 0;
	size_t i = 0;
	if (p[0] & 0x80) {      /* GNU base-256 for sizes over 8 GiB */
		v = p[0] & 0x3f;
		for (i = 1; i < n; i++) {
			if (v >> 56) {
				*ok = 0;
				return 0;
			}
			v = v << 8 | p[i];
		}
		return v;
	}
	while (i < n && (p[i] == ' ' || p[i] == '\0'))
		i++;
	for (; i < n && p[i] >= '0' && p[i] <= '7'; i++) {
		if (v >> 60) {
			*ok = 0;
			return 0;
		}
		v = v * 8 + (uint64_t)(p[i] - '0');
	}
	for (; i < n; i++)
		if (p[i] != ' ' && p[i] != '\0')
			*ok = 0;
	return v;
}

static int checksum_ok(const unsigned char *b)
{
	int ok = 1;
	uint64_t want = octal_field(b + 148, 8, &ok);
	uint64_t sum = 0;
	int64_t ssum = 0;
	size_t i;
	if (!ok)
		return 0;
	for (i = 0; i < BLOCK; i++) {
		unsigned char c = (i >= 148 && i < 156) ? ' ' : b[i];
		sum += c;
		ssum += (signed char)c;  /* some old tars summed signed bytes */
	}
	return want == sum || (int64_t)want == ssum;
}

static int all_zero(const unsigned char *b)
{
	size_t i;
	for (i = 0; i < BLOCK; i++)
		if (b[i])
			return 0;
	return 1;
}

Archive *archive_open(const char *path, const char **err)
{
	Archive *a;
	Input *in = input_open(path, err);
	ssize_t n;
	if (!in)
		return NULL;
	a = xmalloc(sizeof *a);
	memset(a, 0, sizeof *a);
	a->in = in;
	n = read_full(a, a->block, BLOCK);
	if (n < 0) {
		static char msg[sizeof a->err];
		memcpy(msg, a->err, sizeof msg);
		*err = msg;
		archive_close(a);
		return NULL;
	}
	a->held = (size_t)n;
	a->path = xstrdup(path);
	/* a tar header, or one that says so and has a wrong checksum: an
	 * error (next_tar), not text */
	a->tar = n == BLOCK && !all_zero(a->block) &&
	         (checksum_ok(a->block) || memcmp(a->block + 257, "ustar", 5) == 0);
	return a;
}

static char *field_str(const unsigned char *p, size_t n)
{
	size_t len = strnlen((const char *)p, n);
	char *s = xmalloc(len + 1);
	memcpy(s, p, len);
	s[len] = '\0';
	return s;
}

/* Skip n bytes of the stream; -1 if it ends first. */
static int skip(Archive *a, uint64_t n)
{
	unsigned char tmp[1 << 14];
	while (n > 0) {
		size_t want = n > sizeof tmp ? sizeof tmp : (size_t)n;
		ssize_t got = read_full(a, tmp, want);
		if (got < 0)
			return -1;
		if ((size_t)got < want)
			return 0;
		n -= want;
	}
	return 1;
}

/* Read a metadata member's data (pax header, GNU long name) into memory. */
static char *read_meta(Archive *a, uint64_t size, uint64_t pad)
{
	char *data;
	ssize_t got;
	if (size > MAX_META) {
		snprintf(a->err, sizeof a->err,
		         "tar header at offset %llu: metadata of %llu bytes is too large",
		         (unsigned long long)(a->offset - BLOCK), (unsigned long long)size);
		return NULL;
	}
	data = xmalloc((size_t)size + 1);
	got = read_full(a, data, (size_t)size);
	if (got != (ssize_t)size || skip(a, pad) != 1) {
		if (got >= 0)
			snprintf(a->err, sizeof a->err, "truncated tar archive");
		free(data);
		return NULL;
	}
	data[size] = '\0';
	return data;
}

/* pax extended header records: "LEN key=value\n". */
static void parse_pax(Archive *a, const char *data, size_t size)
{
	const char *p = data, *end = data + size;
	while (p < end) {
		char *after;
		unsigned long len;
		const char *rec_end, *eq;
		if (*p < '0' || *p > '9')
			return;                     /* malformed: ignore the rest */
		len = strtoul(p, &after, 10);
		if (len == 0 || *after != ' ' || len > (unsigned long)(end - p))
			return;
		rec_end = p + len;
		after++;
		if (after >= rec_end || rec_end[-1] != '\n')
			return;                     /* the length ends inside "LEN " */
		eq = memchr(after, '=', (size_t)(rec_end - after));
		if (eq) {
			size_t klen = (size_t)(eq - after), vlen = (size_t)(rec_end - 1 - eq - 1);
			if ((klen == 4 && memcmp(after, "path", 4) == 0) ||
			    (klen == 15 && memcmp(after, "GNU.sparse.name", 15) == 0)) {
				free(a->next_name);
				a->next_name = xmalloc(vlen + 1);
				memcpy(a->next_name, eq + 1, vlen);
				a->next_name[vlen] = '\0';
			}
			if (klen > 11 && memcmp(after, "GNU.sparse.", 11) == 0) {
				a->next_sparse = 1;
			} else if (klen == 4 && memcmp(after, "size", 4) == 0) {
				a->next_size = strtoull(eq + 1, NULL, 10);
				a->next_size_set = 1;
			}
		}
		p = rec_end;
	}
}

/* The zero block at AT ended the archive: the rest of the stream is read
 * to its end (a gzip stream's every trailer is checked so).  Zero blocks
 * are the end's second block and the record's padding; a tar header
 * begins a following archive (cat a.tar b.tar), read as tar -i does (1,
 * the header held in block[]); anything else is an error. */
static int after_end(Archive *a, uint64_t at)
{
	unsigned char *b = a->block;
	uint64_t zero_blocks = 1;
	for (;;) {
		uint64_t here = a->offset;
		ssize_t n = read_full(a, b, BLOCK);
		size_t i = 0;
		if (n < 0)
			return -1;
		if (n == 0) {
			if (zero_blocks == 1)
				warn_archive(a, "a lone zero block at offset %llu ends the tar archive",
				             (unsigned long long)at);
			return 0;
		}
		while (i < (size_t)n && b[i] == 0)
			i++;
		if (i == (size_t)n) {
			zero_blocks += n == BLOCK;
			continue;
		}
		if (n == BLOCK && checksum_ok(b)) {
			a->held = BLOCK;
			a->held_at = here;
			return 1;
		}
		snprintf(a->err, sizeof a->err, "data after the end of the tar archive at offset %llu",
		         (unsigned long long)(here + i));
		return -1;
	}
}

/* An old GNU sparse member ('S'): its extension headers, read over. */
static int skip_sparse_headers(Archive *a)
{
	unsigned char *b = a->block;
	int more = b[482];
	while (more) {
		ssize_t n = read_full(a, b, BLOCK);
		if (n < 0)
			return -1;
		if (n < BLOCK) {
			snprintf(a->err, sizeof a->err, "truncated tar archive");
			return -1;
		}
		more = b[504];
	}
	return 0;
}

static const char *type_name(char type)
{
	switch (type) {
	case '1': return "hard link";
	case '2': return "symbolic link";
	case '3': return "character device";
	case '4': return "block device";
	case '5': return "directory";
	default: return "FIFO";
	}
}

/* The member just read, of the kind WHAT, is not read: said, and handed
 * out all the same (archive_unread), for its record. */
static int unread_member(Archive *a, const char *what)
{
	warn_archive(a, "%s: %s: not read", a->name, what);
	a->unread = UNREAD_UNSUPPORTED;
	return 1;
}

static int next_tar(Archive *a, const char **name)
{
	for (;;) {
		unsigned char *b = a->block;
		uint64_t size, pad, at;
		ssize_t n;
		int ok = 1, r;
		char type, what[80];
		if ((r = skip(a, a->left + a->pad)) != 1) {
			if (r == 0)
				snprintf(a->err, sizeof a->err, "truncated tar member %s", a->name);
			return -1;
		}
		a->left = a->pad = 0;
		at = a->offset;
		if (a->held) {          /* read already: by archive_open, after_end */
			n = BLOCK;
			a->held = 0;
			at = a->held_at;
		} else if ((n = read_full(a, b, BLOCK)) < 0) {
			return -1;
		}
		if (n == 0) {           /* cut at a member's edge, most likely */
			warn_archive(a, "the tar archive ends at offset %llu without its end blocks",
			             (unsigned long long)at);
			return 0;
		}
		if (n == BLOCK && all_zero(b)) {
			if ((r = after_end(a, at)) <= 0)
				return r;
			continue;           /* a following archive */
		}
		if (n < BLOCK) {
			snprintf(a->err, sizeof a->err, "truncated tar header at offset %llu",
			         (unsigned long long)at);
			return -1;
		}
		if (!checksum_ok(b)) {
			snprintf(a->err, sizeof a->err, "bad tar header checksum at offset %llu",
			         (unsigned long long)at);
			return -1;
		}
		size = octal_field(b + 124, 12, &ok);
		if (!ok) {
			snprintf(a->err, sizeof a->err, "bad size in tar header at offset %llu",
			         (unsigned long long)at);
			return -1;
		}
		if (a->next_size_set)
			size = a->next_size;
		pad = (BLOCK - size % BLOCK) % BLOCK;
		type = (char)b[156];
		if (type == 'x' || type == 'L') {
			char *data = read_meta(a, size, pad);
			if (!data)
				return -1;
			if (type == 'x') {
				parse_pax(a, data, (size_t)size);
				free(data);
			} else {
				free(a->next_name);
				a->next_name = data;
			}
			continue;
		}
		free(a->name);
		if (a->next_name) {
			a->name = a->next_name;
			a->next_name = NULL;
		} else if (memcmp(b + 257, "ustar", 5) == 0 && b[345]) {
			char *prefix = field_str(b + 345, 155), *base = field_str(b, 100);
			a->name = xmalloc(strlen(prefix) + strlen(base) + 2);
			sprintf(a->name, "%s/%s", prefix, base);
			free(prefix);
			free(base);
		} else {
			a->name = field_str(b, 100);
		}
		a->next_size_set = 0;
		a->left = size;
		a->pad = pad;
		/* as GNU tar reads them; what is not read is said, and handed
		 * out with archive_unread() saying so */
		a->unread = NULL;
		*name = a->name;
		switch (type) {
		case '0': case '\0': case '7':
			if (a->next_sparse) {
				a->next_sparse = 0;
				return unread_member(a, "a sparse member (pax)");
			}
			return 1;
		case 'S':
			if (skip_sparse_headers(a) < 0)
				return -1;
			return unread_member(a, "a sparse member (GNU)");
		case '1':
			if (size == 0)
				continue;
			warn_archive(a, "%s: a hard link that carries %llu bytes: read as a file",
			             a->name, (unsigned long long)size);
			return 1;
		case '2': case '3': case '4': case '5': case '6':
			if (size == 0)
				continue;
			snprintf(what, sizeof what, "a %s that carries %llu bytes", type_name(type),
			         (unsigned long long)size);
			return unread_member(a, what);
		case 'g': case 'K': case 'V': case 'D':
			continue;   /* global header, link name, volume label, dump dir */
		case 'M':
			return unread_member(a, "the rest of a member from another volume");
		default:
			if (type >= ' ' && type <= '~')
				warn_archive(a, "%s: unknown type '%c': read as a file", a->name, type);
			else
				warn_archive(a, "%s: unknown type \\%03o: read as a file", a->name,
				             (unsigned)(unsigned char)type);
			return 1;
		}
	}
}

int archive_next(Archive *a, const char **name)
{
	if (a->tar)
		return next_tar(a, name);
	if (a->started)
		return 0;
	a->started = 1;
	*name = NULL;
	return 1;
}

ssize_t archive_read(Archive *a, void *buf, size_t n)
{
	ssize_t got;
	if (!a->tar) {
		if (a->held_pos < a->held) {
			size_t k = a->held - a->held_pos;
			if (k > n)
				k = n;
			memcpy(buf, a->block + a->held_pos, k);
			a->held_pos += k;
			return (ssize_t)k;
		}
		got = input_read(a->in, buf, n);
		if (got < 0)
			snprintf(a->err, sizeof a->err, "%s", input_error(a->in));
		return got;
	}
	if (a->left == 0)
		return 0;
	if (n > a->left)
		n = (size_t)a->left;
	got = input_read(a->in, buf, n);
	if (got < 0) {
		snprintf(a->err, sizeof a->err, "%s", input_error(a->in));
		return -1;
	}
	if (got == 0) {
		snprintf(a->err, sizeof a->err, "truncated tar member");
		return -1;
	}
	a->offset += (uint64_t)got;
	a->left -= (uint64_t)got;
	return got;
}

const char *archive_error(const Archive *a) { return a->err; }
unsigned archive_warnings(const Archive *a) { return a->warnings; }

void archive_label(Archive *a, const char *label)
{
	free(a->label);
	a->label = xstrdup(label);
}

const char *archive_unread(const Archive *a, uint64_t *size)
{
	*size = a->left;
	return a->unread;
}
int archive_is_tar(const Archive *a) { return a->tar; }
uint64_t archive_raw_bytes(const Archive *a) { return input_raw_bytes(a->in); }

void archive_close(Archive *a)
{
	if (!a)
		return;
	input_close(a->in);
	free(a->path);
	free(a->label);
	free(a->name);
	free(a->next_name);
	free(a);
}
