#include "member.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "archive.h"
#include "common/unread.h"
#include "common/util.h"
#include "format.h"
#include "zip.h"

/* A stream with its first bytes read ahead (to tell its format), given
 * back first. */
typedef struct {
	unsigned char head[FORMAT_PEEK];
	size_t n, pos;
	const Stream *s;
} Peeked;

static ssize_t peeked_read(void *src, void *buf, size_t n)
{
	Peeked *p = src;
	if (p->pos < p->n) {
		size_t k = p->n - p->pos < n ? p->n - p->pos : n;
		memcpy(buf, p->head + p->pos, k);
		p->pos += k;
		return (ssize_t)k;
	}
	return p->s->read(p->s->src, buf, n);
}

static const char *peeked_error(void *src)
{
	Peeked *p = src;
	return p->s->error(p->s->src);
}

static char *joined(const char *a, const char *b)
{
	char *s = xmalloc(strlen(a) + strlen(b) + 2);
	sprintf(s, "%s:%s", a, b);
	return s;
}

/* The whole stream into memory, up to MAX bytes: NULL (said) if longer or
 * unreadable.  A longer one is read to its end, to count its bytes for its
 * record (unread, "too-long"). */
static char *slurp(const MemberSink *k, const Stream *s, const char *source, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	uint64_t total;
	char *buf = xmalloc(cap);
	for (;;) {
		ssize_t got;
		if (n == cap) {
			if (n > k->max_pdf)
				break;          /* too long: counted below */
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		got = s->read(s->src, buf + n, cap - n);
		if (got < 0)
			goto unreadable;
		if (got == 0)
			break;
		n += (size_t)got;
	}
	if (n <= k->max_pdf) {
		*len = n;
		return buf;
	}
	for (total = n;;) {
		ssize_t got = s->read(s->src, buf, cap);
		if (got < 0)
			goto unreadable;
		if (got == 0)
			break;
		total += (uint64_t)got;
	}
	free(buf);
	{
		char msg[200];
		snprintf(msg, sizeof msg, "PDF longer than %zu bytes (%llu bytes, --max-letter): written without its text",
		         k->max_pdf, (unsigned long long)total);
		k->unread(k->ctx, source, total, UNREAD_TOO_LONG, msg);
	}
	return NULL;
unreadable:
	k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, s->error(s->src));
	free(buf);
	return NULL;
}

/* The stream into a temporary file (deleted at once): its descriptor, or
 * -1 (said).  With NAME, the file keeps its name until the caller is done
 * (it then unlinks it). */
static int spool(const MemberSink *k, const Stream *s, const char *source, char name[4096])
{
	const char *dir = getenv("TMPDIR");
	char tmpl[4096];
	static char buf[1 << 16];
	int fd;
	snprintf(tmpl, sizeof tmpl, "%s/imr-split.XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(tmpl);
	if (fd < 0) {
		char msg[4200];
		snprintf(msg, sizeof msg, "cannot make a temporary file in %s: %s", dir && *dir ? dir : "/tmp",
		         strerror(errno));
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, msg);
		return -1;
	}
	for (;;) {
		ssize_t got = s->read(s->src, buf, sizeof buf), off = 0;
		if (got < 0) {
			k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, s->error(s->src));
			goto fail;
		}
		if (got == 0)
			break;
		while (off < got) {
			ssize_t w = write(fd, buf + off, (size_t)(got - off));
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0) {
				char msg[200];
				snprintf(msg, sizeof msg, "writing a temporary copy: %s", strerror(errno));
				k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, msg);
				goto fail;
			}
			off += w;
		}
	}
	if (name)
		memcpy(name, tmpl, sizeof tmpl);
	else
		unlink(tmpl);
	return fd;
fail:
	unlink(tmpl);
	close(fd);
	return -1;
}

static ssize_t zip_src_read(void *src, void *buf, size_t n) { return zip_read(src, buf, n); }
static const char *zip_src_error(void *src) { return zip_error(src); }
static ssize_t archive_src_read(void *src, void *buf, size_t n) { return archive_read(src, buf, n); }
static const char *archive_src_error(void *src) { return archive_error(src); }

/* Is the file at PATH, as it is on disk (not gunzipped), of kind F? */
static int file_is(const char *path, const Format *f)
{
	unsigned char b[FORMAT_PEEK];
	ssize_t n;
	Format g;
	int fd;
	if (!path || strcmp(path, "-") == 0 || (fd = open(path, O_RDONLY)) < 0)
		return 0;
	n = read(fd, b, sizeof b);
	close(fd);
	if (n <= 0)
		return 0;
	g = format_sniff(b, (size_t)n);
	return g.kind == f->kind && strcmp(g.name, f->name) == 0;
}

static void read_zip(const MemberSink *k, const Stream *s, const Format *f, const char *source,
                     const char *path, int depth)
{
	char err[300];
	const char *name;
	int fd = -1, rc;
	Zip *z;
	if (file_is(path, f))
		fd = open(path, O_RDONLY);
	if (fd < 0 && (fd = spool(k, s, source, NULL)) < 0)
		return;
	if (!(z = zip_open_fd(fd, 1, err, sizeof err))) {
		close(fd);
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, err);
		return;
	}
	while ((rc = zip_next(z, &name)) > 0) {
		Stream m = { zip_src_read, zip_src_error, z };
		char *inner = joined(source, name);
		uint64_t size;
		const char *why = zip_unread(z, &size);
		if (why) {
			if (k->member)
				k->member(k->ctx);
			k->unread(k->ctx, inner, size, why, zip_error(z));
		} else {
			member_dispatch(k, &m, inner, NULL, depth + 1);
		}
		free(inner);
	}
	if (rc < 0)   /* (the members after it are not known) */
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, zip_error(z));
	zip_close(z);
}

/* A tar or gzip stream inside an archive (or a gzip inside a gzip): through
 * a temporary copy, by lib/split/archive.c as a file of its own. */
static void read_nested(const MemberSink *k, const Stream *s, const char *source, int depth)
{
	char name[4096];
	const char *err, *member;
	int fd = spool(k, s, source, name), rc;
	Archive *a;
	if (fd < 0)
		return;
	a = archive_open(name, &err);
	unlink(name);
	close(fd);
	if (!a) {
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, err);
		return;
	}
	archive_label(a, source);
	while ((rc = archive_next(a, &member)) > 0) {
		Stream m = { archive_src_read, archive_src_error, a };
		char *inner = member ? joined(source, member) : NULL;
		uint64_t size;
		const char *why = archive_unread(a, &size);
		if (why) {   /* (said by archive.c) */
			if (k->member)
				k->member(k->ctx);
			k->unread(k->ctx, inner ? inner : source, size, why, NULL);
		} else {
			member_dispatch(k, &m, inner ? inner : source, NULL, depth + 1);
		}
		free(inner);
		if (archive_error(a)[0])
			break;           /* the member failed: its archive cannot go on */
	}
	if (rc < 0)   /* (the members after it are not known) */
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNREADABLE, archive_error(a));
	archive_close(a);
}

void member_dispatch(const MemberSink *k, const Stream *s, const char *source, const char *path,
                     int depth)
{
	Peeked p = { .s = s };
	Stream ps = { peeked_read, peeked_error, &p };
	Format f;
	char msg[1024];
	if (k->member)
		k->member(k->ctx);
	while (p.n < sizeof p.head) {
		ssize_t got = s->read(s->src, p.head + p.n, sizeof p.head - p.n);
		if (got < 0)
			break;      /* the splitter meets the error again, after these bytes */
		if (got == 0)
			break;
		p.n += (size_t)got;
	}
	f = format_sniff(p.head, p.n);
	switch (f.kind) {
	case FMT_TEXT:
		if (format_looks_binary(p.head, p.n))
			k->fail(k->ctx, source, "binary data, not text (a damaged archive?): read as text");
		k->text(k->ctx, &ps, source);
		return;
	case FMT_PDF: {
		size_t n;
		char *data = slurp(k, &ps, source, &n);
		if (data)
			k->pdf(k->ctx, data, n, source);
		return;
	}
	case FMT_UNSUPPORTED:
		/* the way out names the file only if it is the file */
		format_refusal(&f, file_is(path, &f) ? path : NULL, msg, sizeof msg);
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_UNSUPPORTED, msg);
		return;
	case FMT_ZIP:
	case FMT_TAR:
	case FMT_GZIP:
		break;
	}
	if (depth >= k->max_depth) {
		snprintf(msg, sizeof msg, "%s nested %d archives deep: not read; extract it first", f.name, depth);
		k->unread(k->ctx, source, UNREAD_SIZE, UNREAD_NESTED, msg);
		return;
	}
	if (f.kind == FMT_ZIP)
		read_zip(k, &ps, &f, source, path, depth);
	else
		read_nested(k, &ps, source, depth);
}
