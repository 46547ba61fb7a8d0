/* lines.h: lines from an Input, without copying where possible. */
#ifndef IMR_LINES_H
#define IMR_LINES_H

#include <stddef.h>
#include <stdint.h>

#include "input.h"

typedef struct LineReader LineReader;

/* MAXLINE bounds the memory a line may take (a longer one is an error). */
LineReader *lines_open(Input *in, size_t maxline);
/* 1: *line (not NUL-terminated, valid until the next call) and *len, without
 * the LF; 0: end of input; -1: error, see lines_error(). */
int lines_next(LineReader *lr, char **line, size_t *len);
/* A line longer than MAXLINE is then no error: lines_next() gives its first
 * KEEP bytes, drops the rest, and lines_cut() says its whole length. */
void lines_keep_head(LineReader *lr, size_t keep);
size_t lines_cut(const LineReader *lr);   /* 0: the last line was whole */
const char *lines_error(const LineReader *lr);
uint64_t lines_lineno(const LineReader *lr);
void lines_close(LineReader *lr);   /* does not close the Input */

#endif
