/* utf8.h: where bytes stop being valid UTF-8.
 *
 * Every tool's output is UTF-8: imr-split writes a byte of its input that is
 * not part of valid UTF-8, and a NUL (which PostgreSQL's COPY refuses), as
 * U+FFFD, the replacement character (out_field_utf8()).  (An escape such as
 * \xNN would not do: COPY reads it back as the byte, and refuses that.) */
#ifndef IMR_UTF8_H
#define IMR_UTF8_H

#include <stddef.h>

/* The length of the longest prefix of S[0..N) that is valid UTF-8 without
 * a NUL byte (N when all of it is).  ASCII goes 64 bytes a step (SSE2). */
size_t utf8_valid(const char *s, size_t n);

#endif
