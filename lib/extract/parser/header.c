/* header.c: the header block of labels and values ("Case Number:",
 * "Date Assigned:", ...), however pdftotext laid them out.  Part of the
 * parser (parser.c). */
#include "parser.h"

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

