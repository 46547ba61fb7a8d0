/* letter.c: find the fields of an IMR letter in its text.
 *
 * The letter is first normalized (text_normalize: lines trimmed, page footers
 * and form feeds gone, a run of blanks inside a line made one TAB, the column
 * gap of pdftotext -layout) and its paragraphs made explicit: one LF between
 * the lines of a paragraph, two between paragraphs, whatever the letter's own
 * spacing was.  A lowercase copy, with LF and TAB as spaces, serves every
 * search, so headings, labels and phrases match in any case and across line
 * ends.  Values are cut from the normalized text and cleaned (text_clean)
 * into a pool.
 *
 * Layouts: 2016 (a header block of labels and values, then headings), 2014
 * (the headings without a header block) and 2013 (the notice whose decisions
 * are sentences).  Items of the first two end in ": Upheld" or ": Overturned";
 * an item begins after the sentence, paragraph or label before it. */
#include "letter.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "text.h"
#include "util.h"

#define NONE SIZE_MAX

/* ---- storage ---- */

void letter_init(Letter *L)
{
	memset(L, 0, sizeof *L);
}

void letter_free(Letter *L)
{
	free(L->items);
	free(L->pool);
	free(L->norm);
	free(L->low);
	free(L->scratch);
	letter_init(L);
}

static void pool_reserve(Letter *L, size_t n)
{
	if (L->pool_cap - L->pool_len < n) {
		L->pool_cap = L->pool_cap * 2 > L->pool_len + n ? L->pool_cap * 2 : L->pool_len + n + 4096;
		L->pool = xrealloc(L->pool, L->pool_cap);
	}
}

static Str add_bytes(Letter *L, const char *s, size_t n)
{
	Str v = { L->pool_len, n };
	pool_reserve(L, n + 1);
	memcpy(L->pool + L->pool_len, s, n);
	L->pool_len += n;
	L->pool[L->pool_len++] = '\0';
	return v;
}

/* The cleaned text of norm[from, to). */
static Str add_clean(Letter *L, size_t from, size_t to)
{
	Str v = { L->pool_len, 0 };
	if (from >= to || to > L->len)
		return v;
	if (text_is_clean(L->norm + from, to - from))   /* (most header values) */
		return add_bytes(L, L->norm + from, to - from);
	pool_reserve(L, to - from + TEXT_SLACK);
	v.len = text_clean_normalized(L->norm + from, to - from, L->pool + L->pool_len);
	L->pool_len += v.len;
	L->pool[L->pool_len++] = '\0';
	return v;
}

/* Append S to the ';'-joined LIST, which must be the newest value in the
 * pool; a value already in the list (any case) is not repeated. */
static void list_add(Letter *L, Str *list, const char *s, size_t n)
{
	const char *p = L->pool + list->off, *end = p + list->len;
	while (n > 0 && (*s == ' ' || *s == ',' || *s == ';'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.' || s[n - 1] == ';'))
		n--;
	if (n == 0)
		return;
	while (p < end) {   /* already there? */
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *stop = semi ? semi : end;
		if ((size_t)(stop - p) == n && strncasecmp(p, s, n) == 0)
			return;
		p = semi ? semi + 1 : end;
	}
	pool_reserve(L, n + list->len + 2);
	if (list->len && list->off + list->len + 1 != L->pool_len)
		*list = add_bytes(L, L->pool + list->off, list->len);   /* move it to the end */
	if (list->len == 0)
		list->off = L->pool_len;
	else
		L->pool[L->pool_len - 1] = ';';   /* over the NUL */
	memcpy(L->pool + L->pool_len, s, n);
	L->pool_len += n;
	L->pool[L->pool_len++] = '\0';
	list->len += n + (list->len ? 1 : 0);
}

/* ---- searching the lowercase text ---- */

static size_t find_n(const Letter *L, size_t from, size_t to, const char *needle, size_t n)
{
	const char *p;
	if (to > L->len)
		to = L->len;
	if (from >= to)
		return NONE;
	p = scan_find(L->low + from, to - from, needle, n);
	return p ? (size_t)(p - L->low) : NONE;
}

/* The first NEEDLE in the lowercase text between FROM and TO, or NONE.
 * (Inline, so the length of a literal needle is known when compiling.) */
static inline size_t find(const Letter *L, size_t from, size_t to, const char *needle)
{
	return find_n(L, from, to, needle, strlen(needle));
}

static size_t find_last(const Letter *L, size_t from, size_t to, const char *needle)
{
	size_t at, last = NONE;
	while ((at = find(L, from, to, needle)) != NONE) {
		last = at;
		from = at + 1;
	}
	return last;
}

/* End of NEEDLE found at AT, or NONE. */
static size_t after(size_t at, const char *needle)
{
	return at == NONE ? NONE : at + strlen(needle);
}

/* Is the lowercase WORDS (N bytes) at P, and ended by TO? */
static int low_at(const Letter *L, size_t p, size_t to, const char *words, size_t n)
{
	return p + n <= to && memcmp(L->low + p, words, n) == 0;
}

static size_t min2(size_t a, size_t b) { return a < b ? a : b; }

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* The start of the line holding AT (not before FLOOR). */
static size_t line_start(const Letter *L, size_t floor, size_t at)
{
	while (at > floor && L->norm[at - 1] != '\n')
		at--;
	return at;
}

static size_t line_end(const Letter *L, size_t at)
{
	const char *nl = memchr(L->norm + at, '\n', L->len - at);
	return nl ? (size_t)(nl - L->norm) : L->len;
}

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
 * drop are a mask, 64 bytes a step; the AVX-512 build then moves the block
 * down with one compress, whatever its lines' lengths (a copy a line, with
 * its branches, took as long as normalizing the letter), the others the
 * text between two LFs dropped.  The lowercase is written anew. */
static void squeeze_line_ends(Letter *L, size_t from, size_t unit)
{
	unsigned char *s = (unsigned char *)L->norm;
	size_t i, w = 0, n = L->len, k, kept = from;
	uint64_t before = 0;   /* the last block's LFs */
	memset(s + n, '\0', TEXT_SLACK);   /* (the last block reads into it) */
	for (i = from; i < n; i += 64) {
		uint64_t lf = scan_places64(s + i, '\n');
		uint64_t run = lf & (lf << 1 | before >> 63);   /* LFs with an LF right before */
		uint64_t keep = ~run;
		for (k = 2; k <= unit + 1; k++)   /* ... with UNIT + 1 or more */
			run &= lf << k | before >> (64 - k);
		keep |= run & ~(lf << (unit + 2) | before >> (64 - unit - 2));   /* ... just UNIT + 1 */
#if defined(__AVX512VBMI2__) && defined(__GNUC__)
		w += scan_squeeze64(s + i, keep, s + w);   /* one compress */
		kept = i + 64;
#else
		{
			uint64_t drop;
			for (drop = ~keep; drop; drop &= drop - 1) {   /* a move per line */
				size_t at = i + scan_lowest64(drop);
				memmove(s + w, s + kept, at - kept);
				w += at - kept;
				kept = at + 1;
			}
		}
#endif
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

/* ---- header block ---- */

enum { F_NONE, F_CASE, F_ASSIGNED, F_DECIDED, F_PRIORITY, F_INJURY, F_UR, F_RECEIVED, F_OTHER };
enum { V_DATE = 1, V_CASE = 2, V_TEXT = 4 };

static const struct {
	const char *label;  /* lowercase */
	int field;
	size_t len;
} header_labels[] = {
	{ "maximus case number:", F_CASE, sizeof "maximus case number:" - 1 },
	{ "case number:", F_CASE, sizeof "case number:" - 1 },
	{ "date assigned:", F_ASSIGNED, sizeof "date assigned:" - 1 },
	{ "decision date:", F_DECIDED, sizeof "decision date:" - 1 },
	{ "dated:", F_DECIDED, sizeof "dated:" - 1 },
	{ "priority:", F_PRIORITY, sizeof "priority:" - 1 },
	{ "date of injury:", F_INJURY, sizeof "date of injury:" - 1 },
	{ "ur denial date:", F_UR, sizeof "ur denial date:" - 1 },
	{ "date of ur decision:", F_UR, sizeof "date of ur decision:" - 1 },
	{ "imr application received:", F_RECEIVED, sizeof "imr application received:" - 1 },
	{ "application received:", F_RECEIVED, sizeof "application received:" - 1 },
	{ "application", F_RECEIVED, sizeof "application" - 1 },   /* its "Received:" is on the next line */
	{ "received:", F_NONE, sizeof "received:" - 1 },
	{ "employee:", F_OTHER, sizeof "employee:" - 1 },
	{ "claim number:", F_OTHER, sizeof "claim number:" - 1 },
};

static int value_kind(const char *s, size_t n)
{
	size_t i, digits = 0, seps = 0;
	if (n >= 3 && text_tolower(s[0]) == 'c' && text_tolower(s[1]) == 'm' && text_is_digit(s[2]))
		return V_CASE;
	for (i = 0; i < n; i++) {
		if (text_is_digit(s[i]))
			digits++;
		else if (s[i] == '/' || s[i] == '-')
			seps++;
		else
			return V_TEXT;
	}
	return digits && seps == 2 ? V_DATE : V_TEXT;
}

static int field_accepts(int field, int kind)
{
	switch (field) {
	case F_CASE: return kind == V_CASE;
	case F_PRIORITY: return kind == V_TEXT;
	case F_OTHER: return kind != V_DATE && kind != V_CASE;
	default: return kind == V_DATE;
	}
}

typedef struct {
	int pending[16];    /* fields still waiting for a value, in order */
	size_t npending;
	size_t line_first;  /* the first of them waiting since this line began */
	Str *slot[F_OTHER + 1];
} Header;

static void header_value(Letter *L, Header *h, int field, size_t from, size_t to)
{
	Str v = add_clean(L, from, to);
	if (v.len == 0)
		return;
	if (field == F_NONE) {   /* a value on its own: the first label waiting for its kind */
		int kind = value_kind(L->pool + v.off, v.len);
		size_t k;
		for (k = 0; k < h->npending; k++)
			if (field_accepts(h->pending[k], kind))
				break;
		if (k == h->npending)
			return;
		field = h->pending[k];
		memmove(h->pending + k, h->pending + k + 1, (h->npending - k - 1) * sizeof *h->pending);
		h->npending--;
	}
	if (h->slot[field] && h->slot[field]->len == 0)
		*h->slot[field] = v;
}

/* Values between labels on one line; a run of two or more spaces separates
 * values too (the columns of pdftotext -layout). */
static size_t skip_gap(const Letter *L, size_t from, size_t to)
{
	while (from < to && (L->norm[from] == ' ' || L->norm[from] == '\t'))
		from++;
	return from;
}

/* Where a value at FROM ends: at the first TAB (a column gap) before TO,
 * or at the first blank if it is ONE_WORD.  16 bytes at a time (the text
 * has room past TO). */
static size_t value_end(const Letter *L, size_t from, size_t to, int one_word)
{
	const unsigned char *s = (const unsigned char *)L->norm;
	for (; from < to; from += 16) {
		unsigned m = scan_places16(s + from, '\t') | (one_word ? scan_places16(s + from, ' ') : 0);
		if (m)
			return min2(from + scan_lowest(m), to);
	}
	return to;
}

static void header_values(Letter *L, Header *h, int field, size_t from, size_t to)
{
	from = skip_gap(L, from, to);
	if (from >= to) {
		if (field != F_NONE && h->npending < 16)
			h->pending[h->npending++] = field;
		return;
	}
	if (field != F_NONE) {
		/* a label's own value follows it: one word, but a name may have more */
		size_t stop = value_end(L, from, to, field != F_OTHER);
		int kind;
		size_t k;
		/* labels, then values, reflowed onto one line: the value belongs to
		 * a label still waiting on this line, and this label waits too */
		kind = value_kind(L->norm + from, stop - from);
		for (k = h->line_first; k < h->npending; k++)
			if (kind != V_TEXT && field_accepts(h->pending[k], kind))
				break;
		if (k < h->npending || (kind != V_TEXT && !field_accepts(field, kind))) {
			if (h->npending < 16)
				h->pending[h->npending++] = field;
		} else {
			header_value(L, h, field, from, stop);
			from = skip_gap(L, stop, to);
		}
	}
	while (from < to && h->npending > 0) {   /* values on their own, for the labels waiting */
		size_t stop = value_end(L, from, to, 1);
		header_value(L, h, F_NONE, from, stop);
		from = skip_gap(L, stop, to);
	}
}

/* For each byte, the header labels beginning with it: bit K for
 * header_labels[K].  Made from the table on first use. */
static const uint16_t *label_initials(void)
{
	static uint16_t initial[256];
	static int made;
	size_t k;
	if (!made) {
		for (k = 0; k < sizeof header_labels / sizeof header_labels[0]; k++)
			initial[(unsigned char)header_labels[k].label[0]] |= (uint16_t)(1u << k);
		made = 1;
	}
	return initial;
}

/* For each byte, whether it ends a word that a space follows in some
 * header label (where a rewrapped label can break).  Made on first use. */
static const unsigned char *label_word_ends(void)
{
	static unsigned char ends[256];
	static int made;
	size_t k, j;
	if (!made) {
		for (k = 0; k < sizeof header_labels / sizeof header_labels[0]; k++)
			for (j = 1; header_labels[k].label[j]; j++)
				if (header_labels[k].label[j] == ' ')
					ends[(unsigned char)header_labels[k].label[j - 1]] = 1;
		made = 1;
	}
	return ends;
}

/* The longest header label at I (before TO, and not followed by a
 * letter): its length, and *FIELD its field; or 0. */
static size_t label_at(const Letter *L, size_t i, size_t to, int *field)
{
	unsigned m = label_initials()[(unsigned char)L->low[i]];
	size_t best = 0;
	for (; m; m &= m - 1) {   /* (the labels of its bits only) */
		size_t k = scan_lowest(m), n = header_labels[k].len;
		if (n > best && low_at(L, i, to, header_labels[k].label, n) &&
		    (i + n == to || !text_is_alpha(L->low[i + n]))) {
			best = n;
			*field = header_labels[k].field;
		}
	}
	return best;
}

/* The first label at or after FROM on the line (to TO) that starts a word;
 * the longest one there.  The words' starts come 16 bytes at a time. */
static size_t next_label(const Letter *L, size_t from, size_t to, int *field, size_t *end)
{
	const unsigned char *low = (const unsigned char *)L->low;
	unsigned before = 0;   /* a letter before the block (none before FROM: it starts a word) */
	size_t base;
	for (base = from; base < to; base += 16) {
		unsigned letters = scan_letters16(low + base);   /* (the text has room past TO) */
		unsigned starts = letters & ~(letters << 1 | before);
		before = letters >> 15 & 1;
		if (to - base < 16)
			starts &= (1u << (to - base)) - 1;
		for (; starts; starts &= starts - 1) {
			size_t i = base + scan_lowest(starts), n = label_at(L, i, to, field);
			if (n) {
				*end = i + n;
				return i;
			}
		}
	}
	return NONE;
}

/* Does a header label broken over the LF at P (at one of its spaces) start
 * in one of the last words before it?  Only a line ending as a word before
 * a space in a label does can hold its first part. */
static int label_broken_at(const Letter *L, size_t p)
{
	const uint16_t *initial = label_initials();
	size_t st = p, words, k;
	unsigned m;
	if (p == 0 || !label_word_ends()[(unsigned char)L->low[p - 1]])
		return 0;
	for (words = 0; words < 3 && st > 0; words++) {
		while (st > 0 && L->low[st - 1] == ' ')   /* (the LF is a space in the lowercase) */
			st--;
		while (st > 0 && L->low[st - 1] != ' ')
			st--;
		for (m = initial[(unsigned char)L->low[st]]; m; m &= m - 1) {
			size_t n;
			k = scan_lowest(m);
			n = header_labels[k].len;
			if (st + n > p + 1 && st + n <= L->len &&
			    memcmp(L->low + st, header_labels[k].label, n) == 0)
				return 1;
		}
	}
	return 0;
}

static void parse_header(Letter *L, size_t from, size_t to)
{
	Header h = { .npending = 0 };
	h.slot[F_CASE] = &L->case_number;
	h.slot[F_ASSIGNED] = &L->date_assigned;
	h.slot[F_DECIDED] = &L->decision_date;
	h.slot[F_PRIORITY] = &L->priority;
	h.slot[F_INJURY] = &L->injury_date;
	h.slot[F_UR] = &L->ur_date;
	h.slot[F_RECEIVED] = &L->received_date;
	while (from < to) {
		size_t eol = min2(line_end(L, from), to), pos = from, at, end = 0;
		int field = F_NONE, next_field;
		/* a header rewrapped can break a label over two lines ("UR
		 * Denial\nDate:"): they are one line, so the label is read whole */
		for (; eol + 1 < to && label_broken_at(L, eol); eol = min2(line_end(L, eol + 1), to))
			L->norm[eol] = ' ';
		h.line_first = h.npending;
		while ((at = next_label(L, pos, eol, &next_field, &end)) != NONE) {
			header_values(L, &h, field, pos, at);
			field = next_field;
			pos = end;
			end = 0;
		}
		header_values(L, &h, field, pos, eol);
		from = eol + 1;
	}
}

/* ---- reviewer ---- */

static void add_list_span(Letter *L, Str *list, size_t from, size_t to, int split_and)
{
	Str v = add_clean(L, from, to);
	const char *p = L->pool + v.off, *end = p + v.len;
	char buf[512];
	size_t n = v.len < sizeof buf ? v.len : sizeof buf - 1;
	/* the list is built after V: copy V out of the way first */
	memcpy(buf, p, n);
	L->pool_len = v.off;
	p = buf;
	end = buf + n;
	while (p < end) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		const char *stop = comma ? comma : end;
		const char *q = p;
		if (split_and) {   /* "California and Texas" */
			const char *a;
			while ((a = scan_find(q, (size_t)(stop - q), " and ", 5)) != NULL) {
				list_add(L, list, q, (size_t)(a - q));
				q = a + 5;
			}
		}
		if (text_caseless_at(q, (size_t)(stop - q), 0, " and ", 5))
			q += 5;
		else if (text_caseless_at(q, (size_t)(stop - q), 0, "and ", 4))
			q += 4;
		list_add(L, list, q, (size_t)(stop - q));
		p = comma ? comma + 1 : end;
	}
}

/* Where the first of X, ", X", " and X" and ", and X" in [FROM, TO) starts
 * (X begins with a space), or NONE; X alone only when BARE. */
static size_t joined_clause(const Letter *L, size_t from, size_t to, const char *x, int bare)
{
	size_t at, pos;
	for (pos = from; (at = find(L, pos, to, x)) != NONE; pos = at + 1) {
		if (at >= from + 5 && memcmp(L->low + at - 5, ", and", 5) == 0)
			return at - 5;
		if (at >= from + 4 && memcmp(L->low + at - 4, " and", 4) == 0)
			return at - 4;
		if (at >= from + 1 && L->low[at - 1] == ',')
			return at - 1;
		if (bare)
			return at;
	}
	return NONE;
}

/* "Board Certified in X[,] [and] has a subspecialty in Y and is licensed to
 * practice in Z." */
static void board_sentence(Letter *L, size_t at, size_t limit)
{
	size_t from = after(at, "board certified in "), stop = find(L, from, limit, ". "), cut;
	stop = min2(stop, limit);
	cut = min2(min2(joined_clause(L, from, stop, " has a subspecialty", 1),
	                joined_clause(L, from, stop, " is licensed", 1)), stop);
	/* the letters write "in X and Y" for two boards, but "and" is also in
	 * "Physical Medicine and Rehabilitation": keep it whole */
	add_list_span(L, &L->reviewer_specialty, from, cut, 0);
	at = find(L, cut, stop, "subspecialty in ");
	if (at != NONE) {
		size_t s = after(at, "subspecialty in ");
		add_list_span(L, &L->reviewer_specialty, s, min2(joined_clause(L, s, stop, " is licensed", 0), stop), 0);
	}
}

/* Is there a lowercase letter in [from, to)? */
static int has_lower(const Letter *L, size_t from, size_t to)
{
	for (; from < to; from++)
		if (text_is_lower(L->norm[from]))
			return 1;
	return 0;
}

/* A labelled list that can wrap onto following lines: it ends at NEXT (the
 * other list's label) on its first line or on a line it wrapped onto.  A
 * line with another label ends it, and so does a heading: a line in
 * capitals after a list that is not (in a letter all in capitals, only
 * LIMIT can tell). */
static size_t labelled_list_end(const Letter *L, size_t from, size_t limit, const char *next)
{
	size_t e = line_end(L, from), at = find(L, from, e, next);
	int mixed_case = has_lower(L, from, e);
	if (at != NONE)
		return min2(at, limit);
	while (e < limit && e + 1 < L->len && L->norm[e + 1] != '\n') {
		size_t line = e + 1, le = line_end(L, line);
		if (memchr(L->norm + line, ':', le - line)) {
			if ((at = find(L, line, le, next)) != NONE)
				return min2(at, limit);   /* (the list wrapped onto its line) */
			break;
		}
		if (mixed_case && is_upper(L->norm[line]) && is_upper(L->norm[line + 1]) && !has_lower(L, line, le))
			break;
		e = le;
	}
	return min2(e, limit);
}

#define CERT_LABEL "certification(s)/specialty:"
#define STATE_LABEL "state(s) of licensure:"

/* The first of each of the reviewer's two labels in [FROM, TO), or NONE:
 * found in one pass, by the "(s)" they share. */
static void reviewer_labels(const Letter *L, size_t from, size_t to, size_t *cert, size_t *state)
{
	enum { C_AT = sizeof "certification" - 1, S_AT = sizeof "state" - 1 };   /* where "(s)" is */
	size_t pos, at;
	*cert = *state = NONE;
	for (pos = from; (*cert == NONE || *state == NONE) && (at = find(L, pos, to, "(s)")) != NONE; pos = at + 1) {
		if (*cert == NONE && at >= from + C_AT && low_at(L, at - C_AT, to, CERT_LABEL, sizeof CERT_LABEL - 1))
			*cert = at - C_AT;
		else if (*state == NONE && at >= from + S_AT &&
		         low_at(L, at - S_AT, to, STATE_LABEL, sizeof STATE_LABEL - 1))
			*state = at - S_AT;
	}
}

static void parse_reviewer(Letter *L, size_t from, size_t to)
{
	size_t at, pos, cert, state;
	int states_done = 0;
	/* a letter has the sentence or the lines */
	reviewer_labels(L, from, to, &cert, &state);
	if (cert == NONE) {
		for (pos = from; (at = find(L, pos, to, "board certified in ")) != NONE; pos = at + 1)
			board_sentence(L, at, to);
	} else {
		size_t s = after(cert, CERT_LABEL);
		size_t e = labelled_list_end(L, s, to, STATE_LABEL);
		add_list_span(L, &L->reviewer_specialty, s, e, 0);
	}
	if (state != NONE) {
		size_t s = after(state, STATE_LABEL);
		size_t e = labelled_list_end(L, s, to, CERT_LABEL);
		add_list_span(L, &L->reviewer_states, s, e, 1);
		states_done = 1;
	}
	for (pos = from; !states_done && (at = find(L, pos, to, "licensed to practice in ")) != NONE; pos = at + 1) {
		size_t s = after(at, "licensed to practice in ");
		size_t e = min2(find(L, s, to, "."), to);
		add_list_span(L, &L->reviewer_states, s, e, 1);
	}
}

/* ---- clinical case summary ---- */

/* The summary, as a copy (the pool moves as it grows) and in lowercase. */
typedef struct {
	char *s, *low;
	size_t n;
} Text;

/* Is the lowercase word W (K bytes) at LOW[i], as a whole word? */
static int word_at(const char *low, size_t n, size_t i, const char *w, size_t k)
{
	if (i + k > n || (i > 0 && text_is_alpha(low[i - 1])) || (i + k < n && text_is_alpha(low[i + k])))
		return 0;
	return memcmp(low + i, w, k) == 0;
}

static size_t text_find(const Text *t, size_t from, size_t to, const char *needle)
{
	const char *p;
	if (to > t->n)
		to = t->n;
	if (from >= to)
		return NONE;
	p = scan_find(t->low + from, to - from, needle, strlen(needle));
	return p ? (size_t)(p - t->low) : NONE;
}

/* The sex word in S[from, to): "male" or "female", or NULL. */
static const char *sex_word(const char *low, size_t n, size_t from, size_t to)
{
	static const struct { const char *word, *sex; } words[] = {
		{ "male", "male" }, { "female", "female" }, { "man", "male" }, { "woman", "female" },
		{ "gentleman", "male" }, { "lady", "female" },
	};
	size_t i, k;
	for (i = from; i < to && i < n; i++)
		if (low[i] == 'm' || low[i] == 'f' || low[i] == 'w' || low[i] == 'g' || low[i] == 'l')
			for (k = 0; k < sizeof words / sizeof words[0]; k++)
				if (word_at(low, n, i, words[k].word, strlen(words[k].word)))
					return words[k].sex;
	return NULL;
}

/* "a 61-year-old male", "The 48 year old male injured worker". */
static void parse_patient(Letter *L, const Text *t)
{
	const char *s = t->low, *sex = NULL;
	size_t n = t->n, i, pos = 0;
	while ((i = text_find(t, pos, n, "year")) != NONE) {
		size_t j = i, k, d;
		pos = i + 4;
		if (j > 0 && (s[j - 1] == '-' || s[j - 1] == ' '))   /* back to the digits */
			j--;
		d = j;
		while (d > 0 && text_is_digit(s[d - 1]))
			d--;
		if (d == j || j - d > 3 || (d > 0 && text_is_alpha(s[d - 1])))
			continue;
		k = i + 4;
		if (k < n && s[k] == 's')
			k++;
		if (k < n && (s[k] == '-' || s[k] == ' '))
			k++;
		if (k + 3 > n || memcmp(s + k, "old", 3) != 0)
			continue;
		L->patient_age = add_bytes(L, s + d, j - d);
		sex = sex_word(s, n, k + 3, k + 3 + 60);
		break;
	}
	if (!sex)
		sex = sex_word(s, n, 0, 300);
	if (sex)
		L->patient_sex = add_bytes(L, sex, strlen(sex));
}

/* A date written d/m/y or d-m-y, at S[i]: its length, or 0. */
static size_t date_at(const char *s, size_t n, size_t i)
{
	size_t start = i, part, digits;
	if (i > 0 && (text_is_digit(s[i - 1]) || s[i - 1] == '/'))
		return 0;
	for (part = 0; part < 3; part++) {
		for (digits = 0; i < n && text_is_digit(s[i]); i++)
			digits++;
		if (digits == 0 || digits > 4)
			return 0;
		if (part < 2) {
			if (i >= n || (s[i] != '/' && s[i] != '-'))
				return 0;
			i++;
		}
	}
	return i - start;
}

/* The injury date in the summary: the first date after "injur", else the
 * first date of the first sentence ("hurt at work on 3/14/2009"). */
static void injury_from_summary(Letter *L, const Text *t)
{
	size_t i = text_find(t, 0, t->n, "injur"), k, end;
	if (i == NONE) {
		i = 0;
		end = text_find(t, 0, t->n, ". ");
	} else {
		end = i + 120;
	}
	for (k = i; k < t->n && k < end; k++) {
		size_t len = date_at(t->s, t->n, k);
		if (len) {
			L->injury_date = add_bytes(L, t->s + k, len);
			return;
		}
	}
}

/* Split a list written "A, B, and C" (or "A; B; and C") into the diagnoses. */
static void add_diagnosis_list(Letter *L, const char *s, size_t n)
{
	char sepc = memchr(s, ';', n) ? ';' : ',';
	const char *p = s, *end = s + n;
	while (p < end) {
		const char *sep = memchr(p, sepc, (size_t)(end - p));
		const char *stop = sep ? sep : end;
		while (p < stop && *p == ' ')
			p++;
		if (stop - p > 4 && strncmp(p, "and ", 4) == 0)
			p += 4;
		list_add(L, &L->diagnoses, p, (size_t)(stop - p));
		p = sep ? sep + 1 : end;
	}
}

/* A numbered list "1. A, 2. B, 3. C." up to the sentence end that is no
 * number's. */
static void add_numbered_list(Letter *L, const char *s, size_t n)
{
	size_t i = 0, start = NONE;
	unsigned expect = 1;
	while (i < n) {
		size_t j = i;
		unsigned v = 0;
		while (j < n && text_is_digit(s[j]) && j - i < 3)
			v = v * 10 + (unsigned)(s[j++] - '0');
		if (j > i && v == expect && j < n && s[j] == '.' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == ',')) {
			if (start != NONE)
				list_add(L, &L->diagnoses, s + start, i - start);
			start = j + 1;
			expect++;
			i = j + 1;
			continue;
		}
		if (s[i] == '.' && (i + 1 == n || s[i + 1] == ' ') && start != NONE && i > start) {
			list_add(L, &L->diagnoses, s + start, i - start);
			return;
		}
		if (i - (start == NONE ? 0 : start) > 600)
			return;
		i++;
	}
}

/* "The diagnoses include A, B and C.", "diagnosed with A", "current
 * diagnosis is documented as A". */
static void parse_diagnoses(Letter *L, const Text *t)
{
	static const char *const words[] = { "diagnoses", "diagnosis", "diagnosed" };
#define VERB(w) { w, sizeof w - 1 }
	static const struct { const char *w; size_t len; } verbs[] = {
		VERB(" are documented as "), VERB(" is documented as "), VERB(" documented as "),
		VERB(" that include "), VERB(" included "), VERB(" include "), VERB(" includes "),
		VERB(" as having "), VERB(" with "), VERB(" were "), VERB(" are "),
		VERB(" were listed as "), VERB(" are listed as "), VERB(" listed as "), VERB(" was "),
		VERB(" is "), VERB(" of "), VERB(" as "), VERB(": "), VERB(":"),
	};
#undef VERB
	const char *s = t->s;
	size_t n = t->n, i, k, p, pos = 0;
	while ((i = text_find(t, pos, n, "diagnos")) != NONE) {
		size_t from = 0, best = NONE, to;
		pos = i + 7;
		for (k = 0; k < 3; k++)
			if (word_at(t->low, n, i, words[k], 9))
				break;
		if (k == 3 || i + 9 >= n)
			continue;
		/* the earliest verb in the next 40 bytes, the longest there */
		for (p = i + 9; p < n && p < i + 49 && best == NONE; p++) {
			if (t->low[p] != ' ' && t->low[p] != ':')
				continue;
			for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
				size_t len = verbs[k].len;
				if (verbs[k].w[0] == t->low[p] && p + len <= n && memcmp(t->low + p, verbs[k].w, len) == 0 &&
				    p + len > from) {
					best = p;
					from = p + len;
				}
			}
		}
		if (best == NONE)
			continue;
		while (from < n && s[from] == ' ')
			from++;
		if (from + 1 < n && s[from] == '1' && s[from + 1] == '.') {
			add_numbered_list(L, s + from, n - from);
			break;
		}
		for (to = from; to < n; to++)
			if (s[to] == '.' && (to + 1 == n || s[to + 1] == ' '))
				break;
		if (to - from < 1000)
			add_diagnosis_list(L, s + from, to - from);
		break;
	}
}

static void parse_summary(Letter *L, size_t from, size_t to)
{
	size_t at;
	Text t;
	if (from == NONE || from >= to)
		return;
	at = find(L, from, min2(to, from + 300), "the expert reviewer developed");
	if (at != NONE) {
		size_t colon = find(L, at, min2(to, at + 300), ":");
		if (colon != NONE)
			from = colon + 1;
	}
	at = find(L, from, min2(to, from + 300), "disclaimer:");
	if (at != NONE) {
		size_t d = find(L, at, to, ". ");
		if (d != NONE)
			from = d + 1;
	}
	L->summary = add_clean(L, from, to);
	t.n = L->summary.len;   /* (no longer than the letter) */
	t.s = L->scratch;
	t.low = t.s + t.n + 1;
	memcpy(t.s, L->pool + L->summary.off, t.n);
	text_lower_blanks(t.s, t.n, t.low);
	parse_patient(L, &t);
	if (L->injury_date.len == 0)
		injury_from_summary(L, &t);
	if (!(L->skip & LETTER_NO_DIAGNOSES))
		parse_diagnoses(L, &t);
}

/* ---- items ---- */

static Item *new_item(Letter *L)
{
	Item *it;
	if (L->n_items == L->items_cap) {
		L->items_cap = L->items_cap ? L->items_cap * 2 : 16;
		L->items = xrealloc(L->items, L->items_cap * sizeof *L->items);
	}
	it = &L->items[L->n_items++];
	memset(it, 0, sizeof *it);
	it->status = "ok";
	return it;
}

typedef struct {
	size_t start;     /* where the item's name begins */
	size_t colon;     /* the colon before the decision */
	size_t end;       /* after the decision word */
	size_t rationale; /* its "decision rationale:" label, or NONE */
	const char *decision;
} Found;

/* Does one of an item's labels begin at I? */
static int at_item_label(const Letter *L, size_t i, size_t limit)
{
	static const char *const labels[] = {
		"claims administrator guideline:", "maximus guideline:", "decision rationale:",
	};
	size_t k;
	for (k = 0; k < 3; k++) {
		size_t n = strlen(labels[k]);
		if (low_at(L, i, limit, labels[k], n))
			return 1;
	}
	return 0;
}

/* A decision after the colon at C: "...: Upheld", "...:\nOverturned". */
static const char *decision_at(const Letter *L, size_t c, size_t limit, size_t *end)
{
	size_t i = c + 1, k;
	static const char *const words[] = { "upheld", "overturned" };
	static const char *const names[] = { "Upheld", "Overturned" };
	while (i < limit && L->low[i] == ' ')
		i++;
	for (k = 0; k < 2; k++) {
		size_t n = strlen(words[k]);
		if (low_at(L, i, limit, words[k], n) &&
		    (i + n == limit || !text_is_alpha(L->low[i + n]))) {
			size_t j = i + n;
			while (j < limit && (L->norm[j] == ' ' || L->norm[j] == '\t'))
				j++;
			if (j < limit && L->norm[j] >= 'a' && L->norm[j] <= 'z' && !at_item_label(L, j, limit))
				return NULL;   /* "upheld the denial": prose */
			*end = i + n;
			return names[k];
		}
	}
	return NULL;
}

static int is_abbreviation(const Letter *L, size_t dot)
{
	static const char *const abbr[] = { "dr", "mr", "mrs", "ms", "no", "vs", "st", "qty", "approx" };
	size_t k, b = dot;
	while (b > 0 && text_is_alpha(L->low[b - 1]))
		b--;
	for (k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
		if (dot - b == strlen(abbr[k]) && memcmp(L->low + b, abbr[k], dot - b) == 0)
			return 1;
	return 0;
}

/* The length of the word of letters ending at END (exclusive). */
static size_t word_before(const Letter *L, size_t end)
{
	size_t b = end;
	while (b > 0 && text_is_alpha(L->low[b - 1]))
		b--;
	return end - b;
}

/* Does the item whose colon is at C start at I, after the line end or
 * full stop at I - 1 (in [LB, C))? */
static int item_starts_at(const Letter *L, size_t lb, size_t c, size_t i)
{
	char ch = L->norm[i - 1];
	if (ch == '\n' && i - 1 > lb && L->norm[i - 2] == '\n')
		return 1;
	/* a rationale's last line without its full stop */
	if (ch == '\n' && i - 1 >= lb + 9 && memcmp(L->low + i - 10, "necessary", 9) == 0)
		return 1;
	if (ch == '.' && i < c && (L->norm[i] == '\n' ||
	                           (L->low[i] == ' ' && i + 1 < c && (is_upper(L->norm[i + 1]) ||
	                            (text_is_digit(L->norm[i + 1]) && word_before(L, i - 1) >= 4)))))
		return L->norm[i] == '\n' || !is_abbreviation(L, i - 1);
	return 0;
}

/* Where the item ending at C begins: after the last paragraph break, sentence
 * end or label in [LB, C).  Only line ends and full stops can end what is
 * before it: they are found 16 bytes at a time, from C back. */
static size_t item_start(const Letter *L, size_t lb, size_t c)
{
	const unsigned char *s = (const unsigned char *)L->norm;
	size_t b = c;   /* the bytes before B are still to look at */
	while (b > lb) {
		size_t base = b >= 16 ? b - 16 : 0;   /* (the buffer has 16 bytes at 0) */
		unsigned m = (scan_places16(s + base, '\n') | scan_places16(s + base, '.')) & ((1u << (b - base)) - 1);
		if (base < lb)
			m &= ~0u << (lb - base);
		while (m) {   /* from the last one back */
			unsigned last = scan_highest(m);
			m &= ~(1u << last);
			if (item_starts_at(L, lb, c, base + last + 1))
				return base + last + 1;
		}
		b = base;
	}
	return lb;
}

/* Skip blanks forward. */
static size_t skip_blanks(const Letter *L, size_t i, size_t to)
{
	while (i < to && L->low[i] == ' ')
		i++;
	return i;
}

/* A HCPCS code and a comma at S ("S5000,"; any case). */
static int billing_code_at(const char *s)
{
	int k;
	for (k = 1; k < 5; k++)
		if (!text_is_digit(s[k]))
			return 0;
	return text_is_alpha(s[0]) && s[5] == ',';
}

/* The item's name in [start, colon): split off the original request when
 * utilization review authorised part of it. */
static void name_item(Letter *L, Item *it, size_t start, size_t colon)
{
	/* (most items have neither: one search tells) */
	int partial = find(L, start, colon, "original request") != NONE;
	size_t orig = partial ? find(L, start, colon, " was the original request") : NONE;
	size_t last = partial ? find_last(L, start, colon, "original request,") : NONE;
	size_t from = start, to = colon;
	if (orig != NONE)
		it->original_request = add_clean(L, start, orig);
	if (last != NONE && last > (orig == NONE ? start : orig)) {
		from = skip_blanks(L, after(last, "original request,"), colon);
		while (to > from && L->low[to - 1] == ' ')
			to--;
		if (to - from > 3 && memcmp(L->low + to - 3, " is", 3) == 0)
			to -= 3;
	} else if (orig != NONE) {
		from = start;
		to = orig;
	}
	/* a billing code before the name: "S5000, Klonopin ..." */
	if (to - from > 7 && billing_code_at(L->norm + from)) {
		it->item_code = add_clean(L, from, from + 5);
		from = skip_blanks(L, from + 6, to);
	}
	it->item = add_clean(L, from, to);
}

/* The guidelines and rationale of an item, in [FROM, TO), where DR is its
 * rationale's label (the first in it) or NONE.  (A guideline's label after
 * DR would give an empty guideline: it is not looked for there.) */
static void item_fields(Letter *L, Item *it, size_t from, size_t to, size_t dr)
{
	size_t ca = find(L, from, min2(dr, to), "claims administrator guideline:");
	size_t mx = find(L, from, min2(dr, to), "maximus guideline:");
	size_t ca_end = min2(min2(mx, dr), to), mx_end = min2(dr, to);
	if (ca != NONE)
		it->ca_guideline = add_clean(L, after(ca, "claims administrator guideline:"), ca_end);
	if (mx != NONE)
		it->imr_guideline = add_clean(L, after(mx, "maximus guideline:"), mx_end);
	if (dr != NONE)
		it->rationale = add_clean(L, after(dr, "decision rationale:"), to);
}

static int has_alnum(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (text_is_alpha(s[i]) || text_is_digit(s[i]))
			return 1;
	return 0;
}

static void parse_items(Letter *L, size_t from, size_t to)
{
	Found *f = NULL;
	size_t nf = 0, cap = 0, pos = from, k;
	const char *colon;
	while (pos < to && (colon = memchr(L->low + pos, ':', to - pos)) != NULL) {
		size_t c = (size_t)(colon - L->low), end;
		const char *d = decision_at(L, c, to, &end);
		pos = c + 1;
		if (!d)
			continue;
		if (nf == cap)
			f = xrealloc(f, (cap = cap ? cap * 2 : 16) * sizeof *f);
		f[nf].colon = c;
		f[nf].end = end;
		f[nf].decision = d;
		nf++;
		pos = end;
	}
	for (k = 0; k < nf; k++) {
		size_t lb = k ? f[k - 1].end : from, dr, c = f[k].colon, start, orig;
		/* the item does not begin before the previous one's rationale */
		dr = find(L, lb, c, "decision rationale:");
		if (k > 0)
			f[k - 1].rationale = dr;
		if (dr != NONE)
			lb = after(dr, "decision rationale:");
		start = item_start(L, lb, c);
		/* a partial authorisation: the block starts with the original request */
		if (find(L, start, c, "original request") != NONE &&
		    find(L, start, c, "was the original request") == NONE &&
		    (orig = find_last(L, lb, start, "was the original request")) != NONE)
			start = item_start(L, lb, orig);
		f[k].start = skip_blanks(L, start, c);
	}
	if (nf > 0)
		f[nf - 1].rationale = find(L, f[nf - 1].end, to, "decision rationale:");
	for (k = 0; k < nf; k++) {
		Item *it = new_item(L);
		size_t next = k + 1 < nf ? f[k + 1].start : to;
		name_item(L, it, f[k].start, f[k].colon);
		if (!has_alnum(letter_str(L, it->item), it->item.len)) {   /* ": Upheld" with no name */
			L->n_items--;
			continue;
		}
		it->decision = f[k].decision;
		item_fields(L, it, f[k].end, next, f[k].rationale);
		if (k + 1 == nf && it->rationale.len == 0)
			it->status = "truncated";
	}
	free(f);
}

/* 2013 notices: "... has determined the request for X is [not] medically
 * necessary and appropriate", each listed twice; the rationale follows under
 * "Regarding the request for X". */
static void parse_items_2013(Letter *L)
{
	static const char lead[] = "has determined the request for ";
	size_t pos = 0, at, nfirst = L->n_items, k;
	while ((at = find(L, pos, L->len, lead)) != NONE) {
		size_t s = after(at, lead), e = find(L, s, min2(L->len, s + 2000), "medically necessary");
		size_t stop;
		int upheld = 0;
		Str name;
		pos = s;
		if (e == NONE)
			continue;
		stop = e;
		while (stop > s && L->low[stop - 1] == ' ')
			stop--;
		if (stop - s >= 3 && memcmp(L->low + stop - 3, "not", 3) == 0) {
			upheld = 1;
			stop -= 3;
			while (stop > s && L->low[stop - 1] == ' ')
				stop--;
		}
		if (stop - s >= 3 && memcmp(L->low + stop - 3, " is", 3) == 0)
			stop -= 3;
		/* "the request for a 28 day program": the name without its article */
		if (stop - s > 2 && memcmp(L->low + s, "a ", 2) == 0)
			s += 2;
		else if (stop - s > 3 && memcmp(L->low + s, "an ", 3) == 0)
			s += 3;
		else if (stop - s > 4 && memcmp(L->low + s, "the ", 4) == 0)
			s += 4;
		name = add_clean(L, s, stop);
		for (k = nfirst; k < L->n_items; k++)
			if (L->items[k].item.len == name.len &&
			    strncasecmp(letter_str(L, L->items[k].item), letter_str(L, name), name.len) == 0)
				break;
		if (k < L->n_items)
			continue;   /* listed again */
		{
			Item *it = new_item(L);
			it->item = name;
			it->decision = upheld ? "Upheld" : "Overturned";
		}
		pos = e;
	}
	/* the rationales, in the order of the items: each section ends on
	 * the line where the next one's heading is */
	at = find(L, 0, L->len, "regarding the request for");
	for (k = nfirst; k < L->n_items && at != NONE; k++) {
		size_t sec = at, next, ca, imr, why, ca_end, imr_end;
		at = find(L, sec + 1, L->len, "regarding the request for");
		next = at == NONE ? L->len : line_start(L, sec + 1, at);
		ca = find(L, sec, next, "used by the claims administrator");
		/* the notices word the rationale's label two ways */
		why = min2(find(L, sec, next, "rationale used by the expert reviewer"),
		           find(L, sec, next, "rationale for the decision"));
		imr = find(L, sec, why == NONE ? next : why, "used by the expert reviewer");
		ca_end = min2(min2(imr == NONE ? NONE : line_start(L, sec, imr),
		                   why == NONE ? NONE : line_start(L, sec, why)), next);
		imr_end = min2(why == NONE ? NONE : line_start(L, sec, why), next);
		if (ca != NONE && (ca = find(L, ca, ca_end, ":")) != NONE)
			L->items[k].ca_guideline = add_clean(L, ca + 1, ca_end);
		if (imr != NONE && (imr = find(L, imr, imr_end, ":")) != NONE)
			L->items[k].imr_guideline = add_clean(L, imr + 1, imr_end);
		if (why != NONE && (why = find(L, why, next, ":")) != NONE)
			L->items[k].rationale = add_clean(L, why + 1, next);
	}
}

/* ---- the letter ---- */

static void clear(Letter *L)
{
	Str empty = { 0, 0 };
	L->layout = "";
	L->status = "ok";
	L->case_number = L->date_assigned = L->decision_date = L->injury_date = empty;
	L->ur_date = L->received_date = L->priority = empty;
	L->reviewer_specialty = L->reviewer_states = empty;
	L->patient_age = L->patient_sex = L->diagnoses = L->summary = empty;
	L->n_items = 0;
	L->pool_len = 0;
	add_bytes(L, "", 0);   /* offset 0 holds "" for empty values */
}

static void parse(Letter *L);

#if defined(IMR_AVX2) || defined(IMR_AVX512)
/* The same parser built with wider vectors (lib/avx2.c, lib/avx512.c), for
 * CPUs that have them. */
void letter_parse_avx2(Letter *L, const char *text, size_t len);
void letter_parse_escaped_avx2(Letter *L, const char *field, size_t len);
void letter_parse_avx512(Letter *L, const char *text, size_t len);
void letter_parse_escaped_avx512(Letter *L, const char *field, size_t len);

enum { SIMD_SSE2, SIMD_AVX2, SIMD_AVX512 };

/* The widest build this CPU can run (each build's -m flags: see the
 * Makefile), or a narrower one IMRKIT_SIMD asks for (sse2 or avx2: to test
 * or compare them).  The AVX-512 build uses VBMI2 too (a compress, in
 * squeeze_line_ends()), which also marks the CPUs (Ice Lake, Zen 4 and
 * later) where 512-bit work does not lower the clock as it did on
 * Skylake-SP, as simdjson has it. */
static int use_simd(void)
{
	static int use = -1;
	if (use < 0) {
		const char *want = getenv("IMRKIT_SIMD");
		int cap = want && strcmp(want, "sse2") == 0 ? SIMD_SSE2
		        : want && strcmp(want, "avx2") == 0 ? SIMD_AVX2 : SIMD_AVX512;
		int avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
		           __builtin_cpu_supports("bmi2");
		use = SIMD_SSE2;
#ifdef IMR_AVX2
		if (avx2)
			use = SIMD_AVX2;
#endif
#ifdef IMR_AVX512
		if (avx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
		    __builtin_cpu_supports("avx512vbmi2"))
			use = SIMD_AVX512;
#endif
		if (use > cap)
			use = cap;
	}
	return use;
}
#endif

void letter_parse(Letter *L, const char *text, size_t len)
{
#ifdef IMR_AVX512
	if (use_simd() == SIMD_AVX512) {
		letter_parse_avx512(L, text, len);
		return;
	}
#endif
#ifdef IMR_AVX2
	if (use_simd() == SIMD_AVX2) {
		letter_parse_avx2(L, text, len);
		return;
	}
#endif
	clear(L);
	prepare(L, text, len, 0);
	parse(L);
}

void letter_parse_escaped(Letter *L, const char *field, size_t len)
{
#ifdef IMR_AVX512
	if (use_simd() == SIMD_AVX512) {
		letter_parse_escaped_avx512(L, field, len);
		return;
	}
#endif
#ifdef IMR_AVX2
	if (use_simd() == SIMD_AVX2) {
		letter_parse_escaped_avx2(L, field, len);
		return;
	}
#endif
	clear(L);
	prepare(L, field, len, 1);
	parse(L);
}

static void parse(Letter *L)
{
	size_t how, summary, issues, body, start, at;
	int notice;
	if (L->len == 0) {
		L->status = "empty";
		return;
	}
	/* a 2013 notice opens with the letterhead; the others have headings */
	notice = find(L, 0, min2(L->len, 400), "maximus federal services, inc.") != NONE;
	if (notice) {
		how = summary = issues = NONE;
	} else {
		how = find(L, 0, L->len, "how the imr final determination was made");
		summary = find(L, how == NONE ? 0 : how, L->len, "clinical case summary");
		issues = find(L, summary == NONE ? 0 : summary, L->len, "imr issues, decisions and rationale");
	}
	if (notice || (how == NONE && issues == NONE && find(L, 0, L->len, "has determined the request for ") != NONE)) {
		size_t cs = find(L, 0, L->len, "case summary:");
		size_t decided = find(L, 0, L->len, "has determined");
		size_t head_end = min2(find(L, 0, decided == NONE ? min2(L->len, 3000) : decided, "dear "), decided);
		size_t sum_end;
		L->layout = "2013";
		parse_header(L, 0, head_end == NONE ? min2(L->len, 1500) : head_end);
		parse_reviewer(L, 0, cs == NONE ? L->len : cs);
		/* the first of the two, the second searched only before the first */
		sum_end = find(L, cs == NONE ? 0 : cs, L->len, "regarding the request for");
		sum_end = min2(find(L, cs == NONE ? 0 : cs, sum_end == NONE ? L->len : sum_end, "documents reviewed"),
		               sum_end);
		if (cs != NONE)
			parse_summary(L, after(cs, "case summary:"), min2(sum_end, L->len));
		parse_items_2013(L);
	} else {
		if (how != NONE && find(L, 0, how, "case number:") != NONE) {
			L->layout = "2016";
			parse_header(L, 0, how);
		} else if (how != NONE || issues != NONE) {
			L->layout = "2014";
		}
		body = how == NONE ? 0 : how;
		parse_reviewer(L, body, summary != NONE ? summary : issues != NONE ? issues : L->len);
		if (summary != NONE)
			parse_summary(L, after(summary, "clinical case summary"),
			              issues != NONE && issues > summary ? issues : L->len);
		start = issues == NONE ? body : issues;
		at = find(L, start, L->len, "set forth below:");
		if (at != NONE)
			start = after(at, "set forth below:");
		else if (issues != NONE)
			start = line_end(L, issues);
		parse_items(L, start, L->len);
	}
	if (L->n_items == 0)
		L->status = L->layout[0] ? "no-items" : "unknown-layout";
}
