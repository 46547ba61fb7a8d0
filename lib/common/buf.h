/* buf.h: a growable byte string, NUL-terminated once anything is added. */
#ifndef IMR_BUF_H
#define IMR_BUF_H

#include <stddef.h>

typedef struct {
	char *s;
	size_t len, cap;
} Buf;

/* Room for N more bytes (and the NUL) past b->len; B is never NULL after. */
void buf_room(Buf *b, size_t n);
void buf_add(Buf *b, const char *s, size_t n);
void buf_str(Buf *b, const char *s);
/* S escaped as a TSV field (\t \n \r \\). */
void buf_esc(Buf *b, const char *s);
void buf_pad(Buf *b, size_t n);      /* N spaces */
void buf_free(Buf *b);

#endif
