/* input.h: read a file as bytes, gunzipping transparently.
 *
 * gzip is recognised by its magic bytes, never by the file's name, and
 * multi-member streams (cat a.gz b.gz) are read as one.  "-" is stdin.
 * Errors are kept as a message ("truncated gzip stream") for the caller to
 * report with the file name. */
#ifndef IMR_INPUT_H
#define IMR_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Input Input;

/* Open PATH ("-" = stdin).  On failure returns NULL with *err set to a
 * static message (strerror). */
Input *input_open(const char *path, const char **err);
/* Read up to N decompressed bytes: >0 bytes, 0 at end, -1 on error. */
ssize_t input_read(Input *in, void *buf, size_t n);
/* The message for the last error. */
const char *input_error(const Input *in);
int input_is_gzip(const Input *in);
uint64_t input_raw_bytes(const Input *in);  /* bytes read from the file */
void input_close(Input *in);

#endif
