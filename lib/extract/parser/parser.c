/* parser.c: extract's letter parser, one translation unit of its parts in
 * the order they call each other, and the table of entry points
 * (build.h) under the name the including build gives: BUILD_TABLE.
 *
 * The letter is first normalized (text.c: lines trimmed, page footers and
 * form feeds gone, a run of blanks inside a line made one TAB, the column
 * gap of pdftotext -layout) and its paragraphs made explicit
 * (paragraphs.c).  A lowercase copy, with LF and TAB as spaces, serves
 * every search, so headings, labels and phrases match in any case and
 * across line ends.  Values are cut from the normalized text and cleaned
 * (text_clean) into the Letter's pool (parser.h).  Then layout.c reads the
 * parts: header.c, reviewer.c, summary.c (and dx-words.c, dx-start.c,
 * diagnoses.c), items.c;
 * fallback.c reads decision sentences and the letters of no known layout,
 * layout-imr.c and layout-mpr.c two layouts of other years. */
#ifndef BUILD_TABLE
#error "parser.c is built by lib/extract/build-*.c, which name its table"
#endif

#include "../build.h"
#include "parser.h"

#include "text.c"
#include "paragraphs.c"
#include "header.c"
#include "reviewer.c"
#include "summary.c"
#include "dx-words.c"
#include "dx-start.c"
#include "diagnoses.c"
#include "items.c"
#include "fallback.c"
#include "layout-imr.c"
#include "layout-mpr.c"
#include "layout.c"

static void parse_text(Letter *L, const char *text, size_t len, int escaped)
{
	clear(L);
	prepare(L, text, len, escaped);
	parse(L);
}

const ExtractBuild BUILD_TABLE = {
	BUILD_NAME,
	parse_text,
	text_normalize,
	text_normalize_escaped,
	text_clean,
	text_clean_normalized,
	text_is_page_footer,
};
