/* tsv.h: reading imrkit's TSV: a header of column names, then rows.
 *
 * Fields stay escaped as they were read (\t \n \r \\), so a tool can pass a
 * column through untouched; tsv_unescape() gives the bytes when a tool needs
 * them.  Columns are found by header name.  A CR before the LF (a TSV saved
 * on Windows) is dropped, and so is a UTF-8 byte order mark before the
 * header.  A row with the wrong number of fields is reported as
 * "prog: FILE:LINE: ..." and skipped; tsv_status() then says 1. */
#ifndef IMR_TSV_H
#define IMR_TSV_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	const char *s;   /* escaped bytes, not NUL-terminated */
	size_t len;
} Field;

typedef struct Tsv Tsv;

/* Open PATH ("-" = stdin, gzip recognised) and read its header.  Exits 1
 * with a message when the file cannot be opened or has no header line. */
Tsv *tsv_open(const char *path);
size_t tsv_ncols(const Tsv *t);
const char *tsv_colname(const Tsv *t, size_t i);
int tsv_col(const Tsv *t, const char *name);          /* index, or -1 */
/* Index of a column the tool cannot do without: exits 1 when missing. */
size_t tsv_need(const Tsv *t, const char *name);
/* Next row: 1, or 0 at end.  I/O errors exit 1 with FILE: message. */
int tsv_next(Tsv *t);
Field tsv_field(const Tsv *t, size_t i);
const char *tsv_line(const Tsv *t, size_t *len);     /* the whole row */
const char *tsv_name(const Tsv *t);
uint64_t tsv_lineno(const Tsv *t);
int tsv_status(const Tsv *t);                          /* 0, or 1 if rows were bad */
/* A line longer than tsv_max_line() is skipped with a warning (status 1);
 * after tsv_allow_cut(), tsv_next() gives it instead, cut: its first
 * fields, the last cut short or empty, and tsv_cut() its whole length. */
void tsv_allow_cut(Tsv *t);
size_t tsv_cut(const Tsv *t);                          /* 0: the row is whole */
size_t tsv_max_line(void);
void tsv_close(Tsv *t);

/* Compare a field with a C string. */
int field_eq(Field f, const char *s);
/* Unescape N bytes of S into DST (room for N bytes); returns the length. */
size_t tsv_unescape(const char *s, size_t n, char *dst);
/* Warn "prog: FILE:LINE: msg" about the current row. */
void tsv_warn(const Tsv *t, const char *fmt, ...);

#endif
