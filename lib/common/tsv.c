#include "tsv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "input.h"
#include "lines.h"
#include "scan.h"
#include "util.h"

/* A TSV row may carry a whole letter: split's bound, escaped (bounds.h) */
#define TSV_MAXLINE IMR_MAX_RECORD
/* of a longer line, what is kept: the fields before a letter's text */
#define TSV_KEEP (IMR_RECORD_SLACK + ((size_t)1 << 20))

struct Tsv {
	char *name;
	Input *in;
	LineReader *lr;
	char **cols;
	size_t ncols;
	char *line;
	size_t len;
	Field *f;
	int bad;
	int allow_cut;
	size_t cut;
	uint64_t nbad;       /* rows skipped: the first BAD_SHOWN are said */
};

/* Binary input makes a bad row of every line: the first few are said,
 * the rest counted. */
#define BAD_SHOWN 10

/* Field N of the line is S up to STOP (kept when N < MAX). */
static void put_field(Tsv *t, size_t n, size_t max, const char *s, const char *stop)
{
	if (n < max) {
		t->f[n].s = s;
		t->f[n].len = (size_t)(stop - s);
	}
}

static void split_fields(Tsv *t, size_t *nfound, size_t max)
{
	const char *p = t->line, *start = p, *end = t->line + t->len, *tab;
	size_t n = 0;
	unsigned m;
	/* the TABs 16 bytes at a time: one look at each byte, not a memchr per
	 * field; but a long field (a letter's text) goes by memchr, which
	 * takes more at a time */
	while (end - p >= 16) {
		m = scan_places16((const unsigned char *)p, '\t');
		if (m == 0 && p - start >= 64) {
			tab = memchr(p, '\t', (size_t)(end - p));
			if (!tab) {
				p = end;
				break;
			}
			put_field(t, n++, max, start, tab);
			start = p = tab + 1;
			continue;
		}
		for (; m; m &= m - 1) {
			tab = p + scan_lowest(m);
			put_field(t, n++, max, start, tab);
			start = tab + 1;
		}
		p += 16;
	}
	while ((tab = memchr(p, '\t', (size_t)(end - p))) != NULL) {
		put_field(t, n++, max, start, tab);
		start = p = tab + 1;
	}
	put_field(t, n++, max, start, end);
	*nfound = n;
}

/* Read one line into t->line; 0 at end.  CR before LF is dropped. */
static int read_line(Tsv *t)
{
	int rc = lines_next(t->lr, &t->line, &t->len);
	if (rc < 0)
		die(EXIT_DATA, "%s: %s", t->name, lines_error(t->lr));
	if (rc > 0 && t->len > 0 && t->line[t->len - 1] == '\r')
		t->len--;
	return rc;
}

Tsv *tsv_open(const char *path)
{
	const char *err;
	Tsv *t = xmalloc(sizeof *t);
	size_t i, n;
	memset(t, 0, sizeof *t);
	t->name = xstrdup(path);
	t->in = input_open(path, &err);
	if (!t->in)
		die(EXIT_DATA, "%s: %s", t->name, err);
	t->lr = lines_open(t->in, TSV_MAXLINE);
	lines_keep_head(t->lr, TSV_KEEP);
	if (!read_line(t))
		die(EXIT_DATA, "%s: empty input, expected a header line", t->name);
	if (t->len >= 3 && memcmp(t->line, "\xef\xbb\xbf", 3) == 0) {   /* a UTF-8 BOM */
		t->line += 3;
		t->len -= 3;
	}
	t->f = xmalloc(sizeof *t->f);
	split_fields(t, &n, 0);
	t->f = xrealloc(t->f, n * sizeof *t->f);
	split_fields(t, &n, n);
	t->ncols = n;
	t->cols = xmalloc(n * sizeof *t->cols);
	for (i = 0; i < n; i++) {
		t->cols[i] = xmalloc(t->f[i].len + 1);
		t->cols[i][tsv_unescape(t->f[i].s, t->f[i].len, t->cols[i])] = '\0';
	}
	return t;
}

size_t tsv_ncols(const Tsv *t) { return t->ncols; }
const char *tsv_colname(const Tsv *t, size_t i) { return t->cols[i]; }
const char *tsv_name(const Tsv *t) { return t->name; }
uint64_t tsv_lineno(const Tsv *t) { return lines_lineno(t->lr); }
int tsv_status(const Tsv *t) { return t->bad; }
void tsv_allow_cut(Tsv *t) { t->allow_cut = 1; }
size_t tsv_cut(const Tsv *t) { return t->cut; }
size_t tsv_max_line(void) { return TSV_MAXLINE; }

int tsv_col(const Tsv *t, const char *name)
{
	size_t i;
	for (i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i], name) == 0)
			return (int)i;
	return -1;
}

size_t tsv_need(const Tsv *t, const char *name)
{
	int i = tsv_col(t, name);
	if (i < 0)
		die(EXIT_DATA, "%s:1: no column '%s' in the header", t->name, name);
	return (size_t)i;
}

void tsv_warn(const Tsv *t, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: %s:%llu: ", progname, t->name,
	        (unsigned long long)lines_lineno(t->lr));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int tsv_next(Tsv *t)
{
	while (read_line(t)) {
		size_t n, cut = lines_cut(t->lr);
		split_fields(t, &n, t->ncols);
		t->cut = cut;
		if (cut && t->allow_cut && n <= t->ncols) {
			for (; n < t->ncols; n++)    /* the fields cut off: empty */
				t->f[n].s = t->line + t->len, t->f[n].len = 0;
			return 1;
		}
		if (!cut && n == t->ncols)
			return 1;
		t->bad = 1;
		if (++t->nbad > BAD_SHOWN)
			continue;
		if (cut)
			tsv_warn(t, "line of %zu bytes, longer than %zu: skipped", cut, (size_t)TSV_MAXLINE);
		else if (n == 1 && t->len == 0)
			tsv_warn(t, "empty line, expected %zu fields", t->ncols);
		else
			tsv_warn(t, "%zu fields, expected %zu as in the header", n, t->ncols);
	}
	if (t->nbad > BAD_SHOWN)
		warnx("%s: %llu more bad rows skipped, not shown", t->name,
		      (unsigned long long)(t->nbad - BAD_SHOWN));
	t->nbad = 0;
	return 0;
}

Field tsv_field(const Tsv *t, size_t i) { return t->f[i]; }

const char *tsv_line(const Tsv *t, size_t *len)
{
	*len = t->len;
	return t->line;
}

void tsv_close(Tsv *t)
{
	size_t i;
	if (!t)
		return;
	lines_close(t->lr);
	input_close(t->in);
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i]);
	free(t->cols);
	free(t->f);
	free(t->name);
	free(t);
}

int field_eq(Field f, const char *s)
{
	return strlen(s) == f.len && memcmp(f.s, s, f.len) == 0;
}

size_t tsv_unescape(const char *s, size_t n, char *dst)
{
	const char *end = s + n;
	char *d = dst;
	while (s < end) {
		const char *bs = memchr(s, '\\', (size_t)(end - s));
		size_t run = (size_t)((bs ? bs : end) - s);
		memmove(d, s, run);
		d += run;
		s += run;
		if (!bs)
			break;
		if (s + 1 == end) {      /* lone trailing backslash: keep it */
			*d++ = '\\';
			break;
		}
		switch (s[1]) {
		case 't': *d++ = '\t'; break;
		case 'n': *d++ = '\n'; break;
		case 'r': *d++ = '\r'; break;
		case '\\': *d++ = '\\'; break;
		default: *d++ = '\\'; *d++ = s[1]; break;  /* unknown: as written */
		}
		s += 2;
	}
	return (size_t)(d - dst);
}
