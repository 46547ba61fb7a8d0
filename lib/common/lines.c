#include "lines.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct LineReader {
	Input *in;
	char *buf;
	size_t cap, maxline;
	size_t start, end;   /* unread bytes are buf[start..end) */
	size_t scanned;      /* buf[start..scanned) holds no LF */
	int eof;
	uint64_t lineno;
	char err[200];
};

LineReader *lines_open(Input *in, size_t maxline)
{
	LineReader *lr = xmalloc(sizeof *lr);
	memset(lr, 0, sizeof *lr);
	lr->in = in;
	lr->cap = 1 << 18;
	lr->maxline = maxline;
	lr->buf = xmalloc(lr->cap);
	return lr;
}

/* Make room after end: slide unread bytes to the front, or grow. */
static int make_room(LineReader *lr)
{
	size_t unread = lr->end - lr->start;
	if (lr->start > 0) {
		memmove(lr->buf, lr->buf + lr->start, unread);
		lr->scanned -= lr->start;
		lr->start = 0;
		lr->end = unread;
		if (lr->end < lr->cap)
			return 0;
	}
	if (lr->cap >= lr->maxline + 1) {
		snprintf(lr->err, sizeof lr->err, "line %llu longer than %zu bytes",
		         (unsigned long long)lr->lineno + 1, lr->maxline);
		return -1;
	}
	lr->cap = lr->cap * 2 > lr->maxline + 1 ? lr->maxline + 1 : lr->cap * 2;
	lr->buf = xrealloc(lr->buf, lr->cap);
	return 0;
}

int lines_next(LineReader *lr, char **line, size_t *len)
{
	for (;;) {
		char *nl = memchr(lr->buf + lr->scanned, '\n', lr->end - lr->scanned);
		ssize_t n;
		if (nl) {
			*line = lr->buf + lr->start;
			*len = (size_t)(nl - *line);
			lr->start = lr->scanned = (size_t)(nl - lr->buf) + 1;
			lr->lineno++;
			return 1;
		}
		lr->scanned = lr->end;
		if (lr->eof) {
			if (lr->start == lr->end)
				return 0;
			*line = lr->buf + lr->start;   /* last line, no LF */
			*len = lr->end - lr->start;
			lr->start = lr->scanned = lr->end;
			lr->lineno++;
			return 1;
		}
		if (lr->end == lr->cap && make_room(lr) < 0)
			return -1;
		n = input_read(lr->in, lr->buf + lr->end, lr->cap - lr->end);
		if (n < 0) {
			snprintf(lr->err, sizeof lr->err, "%s", input_error(lr->in));
			return -1;
		}
		if (n == 0)
			lr->eof = 1;
		lr->end += (size_t)n;
	}
}

const char *lines_error(const LineReader *lr) { return lr->err; }
uint64_t lines_lineno(const LineReader *lr) { return lr->lineno; }

void lines_close(LineReader *lr)
{
	if (!lr)
		return;
	free(lr->buf);
	free(lr);
}
