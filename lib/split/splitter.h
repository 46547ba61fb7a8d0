/* splitter.h: find where IMR letters begin inside a stream of text.
 *
 * A letter begins at a marker line: the 2016- header block ("Case Number:"),
 * the heading "HOW THE IMR FINAL DETERMINATION WAS MADE" (2014-15 letters
 * begin with it), or the 2013 notice's letterhead "MAXIMUS FEDERAL SERVICES,
 * INC.".  A header block and the heading that follows it are one letter,
 * and so are a letterhead and the header block and heading after it, until
 * a notice's "has determined" (the letters with a documents section).
 * Leading blanks, form feeds, non-breaking spaces and byte order marks do
 * not hide a marker;
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
/* Called for a letter longer than the bound, instead of LetterFn: its
 * offset and length; its bytes are not kept. */
typedef void (*RefuseFn)(void *ctx, uint64_t offset, uint64_t length);

enum { SPLIT_OK = 0, SPLIT_READ_ERROR = -1 };

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
	RefuseFn refuse;    /* may be NULL */
	void *ctx;
	int refusing;       /* dropping a letter over the bound */
	int judged;         /* refusing: the line being dropped was judged */
	uint64_t refused_at;
} Splitter;

void splitter_init(Splitter *sp, size_t max_letter, LetterFn emit, void *ctx);
/* Split one stream: every byte read is in one letter emitted or refused,
 * in order.  A letter over max_letter is refused (sp->refuse) and the
 * letters after it are split as usual.  On SPLIT_READ_ERROR the bytes read
 * before the error are still emitted (or refused) as a last letter. */
int splitter_run(Splitter *sp, ReadFn read, void *src);
void splitter_free(Splitter *sp);

#endif
