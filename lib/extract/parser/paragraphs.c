/* paragraphs.c: a letter normalized (text.c) and its paragraphs made
 * explicit: one LF between the lines of a paragraph, two between paragraphs,
 * whatever the letter's own spacing was.  Part of the parser (parser.c). */
#include "parser.h"

/* ---- normalizing ---- */

/* The run of line ends starting at S[i]: its length. */
static size_t newline_run(const char *s, size_t n, size_t i)
{
	size_t k = i;
	while (k < n && s[k] == '\n')
		k++;
	return k - i;
}

/* The letter without its trailing line ends. */
static void drop_trailing_lf(Letter *L)
{
	while (L->len > 0 && L->norm[L->len - 1] == '\n')
		L->len--;
}

/* Are the letter's lines mostly followed by a blank line (the 2014-15 PDFs'
 * text)? */
static int mostly_gapped(size_t lines, size_t gapped)
{
	return lines > 4 && gapped * 10 >= lines * 6;
}

/* Is the letter spaced as most are: no blank line first, never two in a
 * row, and blank lines only between some lines?  Then its paragraphs are
 * explicit already.  (Told from the counts of its line ends: a line is an
 * LF after a non-LF, and every LF after an LF a blank line.) */
static int plainly_spaced(const Letter *L, const TextBreaks *b)
{
	size_t lines = b->lf - b->lf_after[0], gapped = b->lf_after[0];
	if (b->lf_after[1] > 0 || (L->len > 0 && L->norm[0] == '\n'))
		return 0;
	return !mostly_gapped(lines, gapped);
}

/* The letter's lines (runs of LFs after text), those followed by blank
 * lines, and RUNS[G] how many by G of them (4 or more in RUNS[4]), from the
 * counts of the LFs, less the LEAD LFs the letter starts with (a run too in
 * the counts, but no line's). */
static void count_runs(const TextBreaks *b, size_t lead, size_t *lines, size_t *gapped, size_t runs[5])
{
	size_t g, at_least[4];   /* [G - 1]: the runs of G or more blank lines */
	for (g = 1; g <= 4; g++)
		at_least[g - 1] = b->lf_after[g - 1] - b->lf_after[g];
	*lines = b->lf - b->lf_after[0];
	*gapped = at_least[0];
	for (g = 1; g < 4; g++)
		runs[g] = at_least[g - 1] - at_least[g];
	runs[4] = at_least[3];
	if (lead > 0) {
		(*lines)--;
		if (lead > 1) {
			(*gapped)--;
			runs[lead - 1 < 4 ? lead - 1 : 4]--;
		}
	}
}

/* Paragraphs made explicit in the text from FROM on (where no LF is), moved
 * to the start: of each run of LFs the first stays, and one more where the
 * run is longer than UNIT + 1 (a paragraph break); the rest go.  The LFs to
 * drop are a mask, 64 bytes a step, and the text between two dropped LFs
 * is moved down.  The lowercase is written anew. */
static void squeeze_line_ends(Letter *L, size_t from, size_t unit)
{
	unsigned char *s = (unsigned char *)L->norm;
	size_t i, w = 0, n = L->len, k, kept = from;
	uint64_t before = 0;   /* the last block's LFs */
	memset(s + n, '\0', TEXT_SLACK);   /* (the last block reads into it) */
	for (i = from; i < n; i += 64) {
		uint64_t lf = scan_places64(s + i, '\n');
		uint64_t run = lf & (lf << 1 | before >> 63);   /* LFs with an LF right before */
		uint64_t keep = ~run, drop;
		for (k = 2; k <= unit + 1; k++)   /* ... with UNIT + 1 or more */
			run &= lf << k | before >> (64 - k);
		keep |= run & ~(lf << (unit + 2) | before >> (64 - unit - 2));   /* ... just UNIT + 1 */
		for (drop = ~keep; drop; drop &= drop - 1) {   /* a move per line */
			size_t at = i + scan_lowest64(drop);
			memmove(s + w, s + kept, at - kept);
			w += at - kept;
			kept = at + 1;
		}
		before = lf;
	}
	if (kept < n)
		memmove(s + w, s + kept, n - kept);
	L->len = w + n - kept;   /* (less the zeros after N) */
	text_lower_blanks(L->norm, L->len, L->low);
}

/* Make paragraphs explicit.  A letter whose lines are mostly followed by
 * blank lines (the 2014-15 PDFs' text) marks a paragraph by a longer run of
 * blank lines than usual; any other letter by one blank line.  The lines
 * are trimmed already, so a blank line is an empty one. */
static void mark_paragraphs(Letter *L, const TextBreaks *b)
{
	char *s = L->norm;
	size_t n = L->len, i, lines, gapped, runs[5] = { 0 }, unit = 0;

	if (plainly_spaced(L, b)) {   /* as it should be already */
		drop_trailing_lf(L);
		return;
	}
	i = newline_run(s, n, 0);   /* leading blank lines go */
	count_runs(b, i, &lines, &gapped, runs);
	if (mostly_gapped(lines, gapped)) {
		size_t k;
		unit = 1;
		for (k = 2; k < 5; k++)
			if (runs[k] > runs[unit])
				unit = k;
	} else if (i == 0 && runs[2] + runs[3] + runs[4] == 0) {
		drop_trailing_lf(L);
		return;
	}
	squeeze_line_ends(L, i, unit);
	drop_trailing_lf(L);
}

static void prepare(Letter *L, const char *text, size_t len, int escaped)
{
	TextBreaks breaks;
	if (L->cap < len + 1 + TEXT_SLACK) {   /* (the text may gain a final LF) */
		L->cap = len + len / 4 + 1 + TEXT_SLACK;
		free(L->norm);
		free(L->low);
		free(L->scratch);
		L->norm = xmalloc(L->cap);
		L->low = xmalloc(L->cap);
		L->scratch = xmalloc(2 * L->cap);
	}
	/* and its lowercase, line ends and gaps as blanks so phrases match
	 * across them */
	L->len = escaped ? text_normalize_escaped(text, len, L->norm, L->low, &breaks)
	                 : text_normalize(text, len, L->norm, L->low, &breaks);
	mark_paragraphs(L, &breaks);
	L->has_backslash = breaks.backslash;
	memset(L->norm + L->len, '\0', TEXT_SLACK);   /* what add_clean() reads past the end */
	L->low[L->len] = '\0';
}

