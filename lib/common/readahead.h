/* readahead.h: a thread that runs a read function ahead of its reader.
 *
 * Inflating gzip takes about as long as everything imr-split does with the
 * text, so with the inflate in a thread of its own the two overlap: the
 * split costs little more than the inflate.  The thread fills a
 * few blocks ahead and waits when they are full; the reader takes bytes out
 * with the same contract as the read function.  No thread, no change: if
 * one cannot be made, readahead_start() returns NULL and the caller reads
 * directly. */
#ifndef IMR_READAHEAD_H
#define IMR_READAHEAD_H

#include <stddef.h>
#include <sys/types.h>

/* Read up to N bytes from SRC into BUF: >0 bytes, 0 at the end, -1 on
 * error.  After 0 or -1 it is not called again. */
typedef ssize_t (*ReadaheadFn)(void *src, void *buf, size_t n);

typedef struct Readahead Readahead;

Readahead *readahead_start(ReadaheadFn fn, void *src);
/* What FN returned, in order: the bytes, then 0 or -1 (again on each call
 * after). */
ssize_t readahead_read(Readahead *ra, void *buf, size_t n);
/* Stop the thread (it may be ahead of the reader) and free. */
void readahead_stop(Readahead *ra);

#endif
