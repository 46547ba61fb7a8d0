/* out.h: buffered standard output with TSV field escaping.
 *
 * One buffer for the process's stdout, written with write(2): fast, and every
 * write error is caught.  A field never holds a raw TAB, LF, CR or backslash:
 * out_field() writes them as \t \n \r \\ (PostgreSQL COPY text escapes). */
#ifndef IMR_OUT_H
#define IMR_OUT_H

#include <stddef.h>
#include <string.h>

/* For each byte a TSV field escapes (TAB, LF, CR, backslash), what follows
 * the backslash; 0 for the others. */
extern const char out_escape_as[256];

void out_str(const char *s);                 /* a C string, as it is */
void out_field(const char *s, size_t n);     /* bytes, escaped */
void out_fieldz(const char *s);              /* a C string, escaped */
/* Bytes escaped, and each that is not part of valid UTF-8 (and NUL) as
 * U+FFFD: the field is UTF-8 whatever the bytes (common/utf8.h). */
void out_field_utf8(const char *s, size_t n);
void out_u64(unsigned long long v);
void out_flush(void);
/* From now on, convert what is written (TSV, escaped) to CSV as it goes
 * out: RFC 4180, fields unescaped and quoted where they need it, CR LF
 * ends rows.  For --format csv; call before writing anything. */
void out_csv(void);
/* --format NAME for the tools that write rows, "tsv" or "csv" (as
 * out_csv()), the last one given winning: 0, or -1 for another name. */
int out_format(const char *name);
/* Flush and report a write error ("prog: write error: ...", exit 1).
 * Call at the end of main; returns only on success. */
void out_close(void);

/* The buffer, seen here only for the inline functions below (as stdio's
 * putc): callers use them, not the buffer. */
enum { OUT_SIZE = 1 << 17 };
extern char out_buf[OUT_SIZE];
extern size_t out_used;
extern unsigned long out_flushes;   /* how many times the buffer went out */

static inline void out_char(int c)
{
	if (out_used == OUT_SIZE)
		out_flush();
	out_buf[out_used++] = (char)c;
}

/* Bytes as they are.  (Inline, as out_char(): most are a field's few
 * bytes into a buffer with room.) */
void out_raw_flushing(const char *s, size_t n);
static inline void out_raw(const char *s, size_t n)
{
	if (n > OUT_SIZE - out_used) {
		out_raw_flushing(s, n);
		return;
	}
	memcpy(out_buf + out_used, s, n);
	out_used += n;
}

/* A span of what was written, to write again (imr-extract's item rows
 * share their letter's first columns): out_mark() where it starts,
 * out_mark_end() where it ends.  out_repeat() writes it again and returns
 * 1 while the buffer still holds it, else 0: the caller writes it anew. */
typedef struct {
	size_t at, len;
	unsigned long flushes;
} OutSpan;

static inline OutSpan out_mark(void)
{
	OutSpan span = { out_used, 0, out_flushes };
	return span;
}

static inline void out_mark_end(OutSpan *span)
{
	span->len = span->flushes == out_flushes ? out_used - span->at : 0;
}

static inline int out_repeat(const OutSpan *span)
{
	if (span->len == 0 || span->flushes != out_flushes || OUT_SIZE - out_used < span->len)
		return 0;
	memcpy(out_buf + out_used, out_buf + span->at, span->len);
	out_used += span->len;
	return 1;
}

static inline void out_tab(void) { out_char('\t'); }
static inline void out_nl(void) { out_char('\n'); }

#endif
