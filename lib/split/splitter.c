#include "splitter.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/scan.h"
#include "common/util.h"

#define CHUNK (1 << 18)

enum {
	MARK_CASE = 1,    /* "Case Number:" header block (2016-) */
	MARK_HOW = 2,     /* "HOW THE IMR FINAL DETERMINATION WAS MADE" */
	MARK_NOTICE = 4,  /* "MAXIMUS FEDERAL SERVICES, INC." (2013 notice) */
	DECIDED = 8,      /* (no marker) a letterhead's letter said "determined" before it */
};

void splitter_init(Splitter *sp, size_t max_letter, LetterFn emit, void *ctx)
{
	memset(sp, 0, sizeof *sp);
	sp->cap = CHUNK * 2;
	sp->buf = xmalloc(sp->cap);
	sp->max_letter = max_letter;
	sp->emit = emit;
	sp->ctx = ctx;
}

void splitter_free(Splitter *sp)
{
	free(sp->buf);
	sp->buf = NULL;
}

static int has_prefix_ci(const char *p, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && strncasecmp(p, prefix, n) == 0;
}

/* The bytes a line opening with a marker can begin with: the markers'
 * initials and what marker() skips before them.  Most lines begin with
 * something else and need no closer look. */
static const char may_open_marker[256] = {
	['C'] = 1, ['c'] = 1, ['H'] = 1, ['h'] = 1, ['M'] = 1,
	['\f'] = 1, [' '] = 1, ['\t'] = 1, [0xc2] = 1, [0xef] = 1,
};

/* Which marker, if any, the line opens with; *formfeeds gets the count of
 * leading form feeds: they end the page before, so they stay with the
 * letter before. */
static unsigned marker(const char *line, size_t len, size_t *formfeeds)
{
	size_t i = 0;
	while (i < len && line[i] == '\f')
		i++;
	*formfeeds = i;
	for (;;) {
		if (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f'))
			i++;
		else if (i + 1 < len && (unsigned char)line[i] == 0xc2 &&
		         (unsigned char)line[i + 1] == 0xa0)
			i += 2;     /* UTF-8 non-breaking space */
		else if (i + 2 < len && (unsigned char)line[i] == 0xef &&
		         (unsigned char)line[i + 1] == 0xbb && (unsigned char)line[i + 2] == 0xbf)
			i += 3;     /* UTF-8 byte order mark (a file joined on) */
		else
			break;
	}
	line += i;
	len -= i;
	if (len < 12)
		return 0;
	switch (line[0]) {
	case 'C': case 'c':
		return has_prefix_ci(line, len, "Case Number:") ? MARK_CASE : 0;
	case 'H': case 'h':
		return has_prefix_ci(line, len, "HOW THE IMR FINAL DETERMINATION WAS MADE") ? MARK_HOW : 0;
	case 'M':
		/* the letterhead is in capitals; body text says "MAXIMUS Federal Services" */
		return has_prefix_ci(line, len, "MAXIMUS FEDERAL SERVICES, INC") &&
		               memcmp(line, "MAXIMUS FEDERAL SERVICES", 24) == 0
		           ? MARK_NOTICE : 0;
	}
	return 0;
}

/* Does this marker open a new letter, given the markers the current one
 * holds?  Any marker does once the letter has one, except the heading that
 * follows a header block: the two are one letter.  A letter that opens
 * with the letterhead is a 2013 notice, which has neither, or a letter
 * with a documents section, which has both after the letterhead: they are
 * its own until the notice's "has determined" sentence.  Bytes before any
 * marker join the first letter. */
static int opens_letter(unsigned mark, unsigned held)
{
	if (mark == MARK_HOW && held == MARK_CASE)
		return 0;
	if ((held & (MARK_NOTICE | MARK_HOW | DECIDED)) == MARK_NOTICE && (mark == MARK_CASE || mark == MARK_HOW))
		return 0;
	return held != 0;
}

static void emit_upto(Splitter *sp, size_t to)
{
	if (to > sp->start)
		sp->emit(sp->ctx, sp->buf + sp->start, to - sp->start, sp->base + sp->start);
	sp->start = to;
}

static void examine_line(Splitter *sp, size_t at, size_t len)
{
	size_t ff;
	unsigned mark = marker(sp->buf + at, len, &ff);
	if (!mark)
		return;
	/* a header block or heading after the letterhead: has the letter said
	 * "determined" before it?  (Looked for only then: it is rare.) */
	if ((sp->marks & (MARK_NOTICE | MARK_HOW | DECIDED)) == MARK_NOTICE && (mark == MARK_CASE || mark == MARK_HOW) &&
	    (scan_find(sp->buf + sp->start, at - sp->start, "determined", 10) ||
	     scan_find(sp->buf + sp->start, at - sp->start, "DETERMINED", 10)))
		sp->marks |= DECIDED;
	if (opens_letter(mark, sp->marks)) {
		emit_upto(sp, at + ff);
		sp->marks = 0;
	}
	sp->marks |= mark;
}

/* The line at sp->scan ends at EOL: examine it if it may open a letter. */
static void line_ends_at(Splitter *sp, size_t eol)
{
	if (may_open_marker[(unsigned char)sp->buf[sp->scan]])
		examine_line(sp, sp->scan, eol - sp->scan);
	sp->scan = eol + 1;
}

/* The lines read and not yet examined.  A CR ends a line too, so text with
 * a CR alone at its line ends (old Mac text) splits as LF text does; in CR
 * LF text the LF then ends an empty line, which opens nothing. */
static void scan_lines(Splitter *sp)
{
	const unsigned char *buf = (const unsigned char *)sp->buf;
	size_t block = sp->scan;
	/* 64 bytes a step, their line ends from one mask: a step per line,
	 * ending where the line does, would make each step wait on the last */
	while (sp->end - block >= 64 && sp->scan - sp->start <= sp->max_letter) {
		uint64_t ends;
		for (ends = scan_line_ends64(buf + block); ends; ends &= ends - 1) {
			line_ends_at(sp, block + scan_lowest64(ends));
			if (sp->scan - sp->start > sp->max_letter)
				return;
		}
		block += 64;
	}
	/* the last bytes read, line by line */
	while (sp->scan - sp->start <= sp->max_letter) {
		size_t len = scan_line_end(buf + sp->scan, sp->end - sp->scan);
		if (sp->scan + len == sp->end)
			return;   /* the line goes on in the next read */
		line_ends_at(sp, sp->scan + len);
	}
}

/* A letter over the bound is refused: its bytes are dropped as they are
 * read, up to the next marker that opens a letter (or the end), and
 * sp->refuse gets its offset and length.  Lines are judged as they end;
 * one longer than LONG_LINE is judged on its first bytes, then dropped. */
#define LONG_LINE 4096

static void start_refusal(Splitter *sp)
{
	sp->refusing = 1;
	sp->refused_at = sp->base + sp->start;
	sp->start = sp->scan;          /* the lines examined: dropped */
}

static void end_refusal(Splitter *sp, size_t to)
{
	if (sp->refuse)
		sp->refuse(sp->ctx, sp->refused_at, sp->base + to - sp->refused_at);
	sp->refusing = sp->judged = 0;
	sp->start = to;
	sp->marks = 0;
}

/* Refusing: does the line at AT open the next letter?  Then the refusal
 * ends before it, and the line is examined again as the new letter's. */
static int refuse_line(Splitter *sp, size_t at, size_t len)
{
	size_t ff;
	unsigned mark;
	if (len == 0 || !may_open_marker[(unsigned char)sp->buf[at]])
		return 0;
	mark = marker(sp->buf + at, len, &ff);
	if (mark && opens_letter(mark, sp->marks)) {
		end_refusal(sp, at + ff);
		sp->scan = at + ff;
		return 1;
	}
	sp->marks |= mark;
	return 0;
}

static void refuse_lines(Splitter *sp)
{
	const unsigned char *buf = (const unsigned char *)sp->buf;
	while (sp->refusing) {
		size_t at = sp->scan, len = scan_line_end(buf + at, sp->end - at);
		if (at + len == sp->end) {     /* the line goes on in the next read */
			if (!sp->judged && len > LONG_LINE) {
				if (refuse_line(sp, at, len))
					return;
				sp->judged = 1;
			}
			if (sp->judged)
				sp->scan = sp->end;
			sp->start = sp->scan;
			return;
		}
		if (!sp->judged && refuse_line(sp, at, len))
			return;
		sp->judged = 0;
		sp->scan = sp->start = at + len + 1;
	}
}

/* The lines read: examined, refusing a letter that goes over the bound. */
static void scan_all(Splitter *sp)
{
	for (;;) {
		if (sp->refusing) {
			refuse_lines(sp);
			if (sp->refusing)
				return;
		}
		scan_lines(sp);
		if (sp->scan - sp->start <= sp->max_letter)
			return;
		start_refusal(sp);
	}
}

/* Room to read more: drop emitted bytes, or grow while the letter is
 * within bounds. */
static int make_room(Splitter *sp)
{
	if (sp->start > 0) {
		memmove(sp->buf, sp->buf + sp->start, sp->end - sp->start);
		sp->base += sp->start;
		sp->scan -= sp->start;
		sp->end -= sp->start;
		sp->start = 0;
		if (sp->cap - sp->end >= CHUNK / 4)
			return 0;
	}
	if (!sp->refusing && sp->end > sp->max_letter)
		return -1;
	sp->cap *= 2;
	sp->buf = xrealloc(sp->buf, sp->cap);
	return 0;
}

/* make_room() found the letter over the bound inside a line not ended
 * yet: the line is judged on what is held (if it opens a letter, the one
 * before is whole), and the letter still over the bound is refused. */
static void overlong_line(Splitter *sp)
{
	size_t ff = 0;
	unsigned mark = 0;
	if (sp->scan < sp->end && may_open_marker[(unsigned char)sp->buf[sp->scan]])
		mark = marker(sp->buf + sp->scan, sp->end - sp->scan, &ff);
	if (mark && opens_letter(mark, sp->marks)) {
		emit_upto(sp, sp->scan + ff);
		sp->scan = sp->start;
		sp->marks = mark;
		if (make_room(sp) == 0)
			return;   /* (the line, examined again at its end, opens nothing new) */
	} else {
		sp->marks |= mark;
	}
	start_refusal(sp);
	sp->judged = 1;
	refuse_lines(sp);
	make_room(sp);
}

/* The stream ended (or failed): the last letter out, or refused. */
static void finish(Splitter *sp)
{
	if (sp->refusing) {
		if (!sp->judged && sp->scan < sp->end)
			refuse_line(sp, sp->scan, sp->end - sp->scan);
		if (sp->refusing) {
			end_refusal(sp, sp->end);
			return;
		}
	}
	if (sp->scan < sp->end)    /* a last line with no line end */
		examine_line(sp, sp->scan, sp->end - sp->scan);
	if (sp->end - sp->start > sp->max_letter) {
		sp->scan = sp->end;
		start_refusal(sp);
		end_refusal(sp, sp->end);
		return;
	}
	emit_upto(sp, sp->end);
}

int splitter_run(Splitter *sp, ReadFn read, void *src)
{
	sp->start = sp->scan = sp->end = 0;
	sp->base = 0;
	sp->marks = 0;
	sp->refusing = sp->judged = 0;
	for (;;) {
		ssize_t n;
		if (sp->cap - sp->end < CHUNK / 4 && make_room(sp) < 0)
			overlong_line(sp);
		n = read(src, sp->buf + sp->end, sp->cap - sp->end);
		if (n <= 0) {
			finish(sp);
			return n < 0 ? SPLIT_READ_ERROR : SPLIT_OK;
		}
		sp->end += (size_t)n;
		sp->bytes += (uint64_t)n;
		scan_all(sp);
	}
}
