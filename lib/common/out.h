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
/* Flush and report a write error ("prog: write error: ...", exit 1).
 * Call at the end of main; returns only on success. */
void out_close(void);

/* The buffer, seen here only for out_char()'s fast path (as stdio's putc). */
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

static inline void out_tab(void) { out_char('\t'); }
static inline void out_nl(void) { out_char('\n'); }

#endif
