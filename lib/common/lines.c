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
	size_t keep;         /* lines_keep_head(): a longer line is cut, not an error */
	int cutting;         /* dropping the rest of a line past keep_end */
	size_t keep_end, dropped, cut;
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
	lr->cut = 0;
	for (;;) {
		char *nl = memchr(lr->buf + lr->scanned, '\n', lr->end - lr->scanned);
		ssize_t n;
		if (nl || (lr->eof && lr->start < lr->end)) {
			size_t stop = nl ? (size_t)(nl - lr->buf) : lr->end;   /* (no LF: the last line) */
			*line = lr->buf + lr->start;
			*len = stop - lr->start;
			if (lr->cutting) {
				lr->cut = *len + lr->dropped;
				*len = lr->keep_end - lr->start;
				lr->cutting = 0;
			}
			lr->start = lr->scanned = nl ? stop + 1 : stop;
			lr->lineno++;
			return 1;
		}
		if (lr->eof)
			return 0;
		lr->scanned = lr->end;
		if (lr->cutting) {          /* the middle of a cut line: dropped */
			lr->dropped += lr->end - lr->keep_end;
			lr->end = lr->scanned = lr->keep_end;
		}
		if (lr->end == lr->cap && make_room(lr) < 0) {
			if (!lr->keep)
				return -1;
			lr->cutting = 1;    /* (make_room() left the line at buf[0]) */
			lr->keep_end = lr->start + lr->keep;
			lr->dropped = lr->end - lr->keep_end;
			lr->end = lr->scanned = lr->keep_end;
		}
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

void lines_keep_head(LineReader *lr, size_t keep)
{
	lr->keep = keep < lr->maxline ? keep : lr->maxline;
}

size_t lines_cut(const LineReader *lr) { return lr->cut; }

const char *lines_error(const LineReader *lr) { return lr->err; }
uint64_t lines_lineno(const LineReader *lr) { return lr->lineno; }

void lines_close(LineReader *lr)
{
	if (!lr)
		return;
	free(lr->buf);
	free(lr);
}
