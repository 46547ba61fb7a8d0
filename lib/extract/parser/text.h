/* text.h: cleaning the text of letters (no I/O, no locale).
 *
 * text_normalize() works on whole lines (ended by LF, CR LF or a CR alone):
 * it drops form feeds, turns tabs and non-breaking spaces into spaces,
 * curly quotes into straight ones and ligatures into their letters, drops
 * the invisible characters (zero-width spaces and joiners, a byte order
 * mark, a soft hyphen but at a line end, where it is a hyphen), writes a
 * byte that is not UTF-8 as '?' (or the ASCII of a Windows-1252 quote or
 * dash), trims each line and drops page footers ("Page 2 of 4").  Blank
 * lines stay, so paragraphs can still be told apart.  Its output is never
 * longer than its input (but for a final LF), and always UTF-8.
 *
 * text_clean() makes one value of a span: lines joined with one space (a
 * word broken by a hyphen at a line end is joined without it, a compound's
 * hyphen there kept: text.c's hyphen_kept()), runs of
 * blanks collapsed, both ends trimmed.  It does what text_normalize() does to
 * single characters too, so it can be given raw letter text.
 *
 * text_normalize() writes a run of two or more blanks inside a line as one
 * TAB: the gap between the columns of pdftotext -layout.  It writes the
 * text's lowercase at the same time (text_lower_blanks), and counts its line
 * ends, so a caller can tell how the letter is spaced without a pass of its
 * own. */
#ifndef IMR_TEXT_H
#define IMR_TEXT_H

#include <stddef.h>

#include "common/scan.h"

/* What text_normalize() wrote, so a caller need not read it again to know:
 * the line ends, and whether a backslash is among the bytes.  A run of
 * blank lines after a line is told by lf_after: a run of G adds G to
 * lf_after[0] (the blank lines), G - 1 to lf_after[1], and so on. */
enum { TEXT_RUNS = 5 };
typedef struct {
	size_t lf;                   /* LF bytes */
	size_t lf_after[TEXT_RUNS];  /* LFs with at least K + 1 LFs right before them */
	int backslash;               /* set when a '\\' was written */
} TextBreaks;

/* Do B's LF counts match the N bytes at S?  (What text_normalize() counts
 * as it writes, counted again from what it wrote: its tests check it so.) */
static inline int text_breaks_match(const char *s, size_t n, const TextBreaks *b)
{
	size_t lf = 0, after[TEXT_RUNS] = { 0 }, run = 0, i, k;   /* run: LFs right before */
	for (i = 0; i < n; i++) {
		if (s[i] != '\n') {
			run = 0;
			continue;
		}
		lf++;
		for (k = 0; k < TEXT_RUNS && k < run; k++)
			after[k]++;
		run++;
	}
	for (k = 0; k < TEXT_RUNS; k++)
		if (after[k] != b->lf_after[k])
			return 0;
	return lf == b->lf;
}

/* TEXT_SLACK: text_clean_normalized() reads up to this many bytes past
 * S + N (they do not change its result) and writes as many past DST + N:
 * both buffers must have them. */
enum { TEXT_SLACK = 64 };   /* (a block of paragraphs.c's squeeze_line_ends()) */

/* Is S (N bytes of text_normalize()'s output, TEXT_SLACK more after it) as
 * text_clean_normalized() would write it?  Told only for N <= 16 (else 0):
 * a short value then needs no call.  In normalized text the blanks are
 * single spaces and TABs and the line ends LFs, so a piece with no byte
 * below a space (a TAB or an LF is cleaned) and none above ASCII (a
 * character the piece cuts would be) is clean if it has no space at an end. */
static inline int text_is_clean(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	return n > 0 && n <= 16 && scan_plain(u, SCAN_CONTROL | SCAN_HIGH) >= n && u[0] != ' ' && u[n - 1] != ' ';
}

/* text.c's functions are static: text.c is part of the parser's one
 * translation unit, built once per instruction set (parser.c); build.h's
 * table gives each build's to the tests and fuzzers. */
#ifdef BUILD_TABLE
/* Both return the length written to DST (and LOW), which need room for
 * N + 1 bytes. */
static size_t text_normalize(const char *s, size_t n, char *dst, char *low, TextBreaks *breaks);
static size_t text_clean(const char *s, size_t n, char *dst);
/* text_normalize() of a TSV field as read, with its escapes (\t \n \r \\):
 * saves unescaping it first. */
static size_t text_normalize_escaped(const char *s, size_t n, char *dst, char *low, TextBreaks *breaks);
/* text_clean() of (part of) text_normalize()'s output: the same, faster
 * (TEXT_SLACK above). */
static size_t text_clean_normalized(const char *s, size_t n, char *dst);
/* The ASCII lowercase of N bytes, control bytes (LF, TAB) made spaces. */
static void text_lower_blanks(const char *restrict s, size_t n, char *restrict dst);
/* Is the line (without its LF) a page footer like "Page 2 of 4"? */
static int text_is_page_footer(const char *s, size_t n);
#endif

/* ASCII lowercase of a byte, the same in every locale. */
static inline int text_tolower(int c) { return (unsigned)(c - 'A') < 26u ? c + 32 : c; }

/* An ASCII letter, either case. */
static inline int text_is_alpha(int c) { return (unsigned)(text_tolower(c) - 'a') < 26u; }
static inline int text_is_digit(int c) { return (unsigned)(c - '0') < 10u; }
static inline int text_is_lower(int c) { return (unsigned)(c - 'a') < 26u; }

/* Are the K bytes at S[i] (of N) the lowercase W, in any case? */
static inline int text_caseless_at(const char *s, size_t n, size_t i, const char *w, size_t k)
{
	size_t j;
	if (n - i < k)
		return 0;
	for (j = 0; j < k; j++)
		if (text_tolower((unsigned char)s[i + j]) != w[j])
			return 0;
	return 1;
}

#endif
