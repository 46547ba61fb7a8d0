#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "util.h"

void buf_room(Buf *b, size_t n)
{
	if (b->cap - b->len < n + 1) {
		while (b->cap - b->len < n + 1)
			b->cap = b->cap ? b->cap * 2 : 64;
		b->s = xrealloc(b->s, b->cap);
	}
}

void buf_add(Buf *b, const char *s, size_t n)
{
	buf_room(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void buf_str(Buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_esc(Buf *b, const char *s)
{
	char *d;
	buf_room(b, 2 * strlen(s));   /* each byte may become two */
	for (d = b->s + b->len; *s; s++) {
		char e = out_escape_as[(unsigned char)*s];
		if (e) {
			*d++ = '\\';
			*d++ = e;
		} else {
			*d++ = *s;
		}
	}
	b->len = (size_t)(d - b->s);
	b->s[b->len] = '\0';
}

void buf_pad(Buf *b, size_t n)
{
	buf_add(b, "", 0);
	while (n--)
		buf_add(b, " ", 1);
}

void buf_free(Buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}
