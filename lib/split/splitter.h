/* splitter.h: find where IMR letters begin inside a stream of text.
 *
 * A letter begins at a marker line: the 2016- header block ("Case Number:"),
 * the heading "HOW THE IMR FINAL DETERMINATION WAS MADE" (2014-15 letters
 * begin with it), or the 2013 notice's letterhead "MAXIMUS FEDERAL SERVICES,
 * INC.".  A header block and the heading that follows it are one letter,
 * and so are a letterhead and the header block and heading after it, until
 * a notice's "has determined" (the letters with a documents section).
 * Leading blanks, form feeds and non-breaking spaces do not hide a marker;
 * a line ends at an LF or a CR (CR LF text, and old Mac text with a CR
 * alone).  Every byte lands in exactly one letter, in order. */
#ifndef IMR_SPLITTER_H
#define IMR_SPLITTER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Called once a letter: its bytes and its offset in the stream. */
typedef void (*LetterFn)(void *ctx, const char *text, size_t len, uint64_t offset);
/* Reads up to n bytes: >0, 0 at end, -1 on error. */
typedef ssize_t (*ReadFn)(void *src, void *buf, size_t n);

enum { SPLIT_OK = 0, SPLIT_READ_ERROR = -1, SPLIT_TOO_LONG = -2 };

typedef struct {
	char *buf;
	size_t cap;
	size_t start;       /* the current letter begins at buf[start] */
	size_t scan;        /* the next line to examine begins at buf[scan] */
	size_t end;         /* bytes held */
	uint64_t base;      /* stream offset of buf[0] */
	unsigned marks;     /* markers seen in the current letter */
	size_t max_letter;
	uint64_t bytes;     /* bytes read, all streams */
	LetterFn emit;
	void *ctx;
} Splitter;

void splitter_init(Splitter *sp, size_t max_letter, LetterFn emit, void *ctx);
/* Split one stream.  On SPLIT_READ_ERROR and SPLIT_TOO_LONG the bytes held
 * so far are still emitted as a last letter, so nothing read is lost;
 * *at gets the offset of the letter that was too long. */
int splitter_run(Splitter *sp, ReadFn read, void *src, uint64_t *at);
void splitter_free(Splitter *sp);

#endif
