#include "text.h"

#include <string.h>

#include "common/scan.h"


/* Bytes that need a look: blanks, control bytes and the bytes above ASCII
 * (mapped_utf8()). */
enum { PLAIN = 0, BLANK = 1, DROP = 2, LEAD = 3 };
#define LEAD16 LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD, LEAD
static const unsigned char kind[256] = {
	[0] = BLANK, ['\t'] = BLANK, ['\v'] = BLANK, [' '] = BLANK,
	['\r'] = DROP, ['\f'] = DROP,
	[0x80] = LEAD16, LEAD16, LEAD16, LEAD16, LEAD16, LEAD16, LEAD16, LEAD16,
};
#undef LEAD16

/* The length of the UTF-8 character at S (N bytes left), or 0 when the
 * bytes there are not one (a stray continuation byte, an overlong or cut
 * sequence, a surrogate). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len, k;
	if (s[0] < 0x80)
		return 1;
	len = s[0] >= 0xc2 && s[0] <= 0xdf ? 2 : s[0] >= 0xe0 && s[0] <= 0xef ? 3 :
	      s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : 0;
	if (len == 0 || n < len)
		return 0;
	for (k = 1; k < len; k++)
		if ((s[k] & 0xc0) != 0x80)
			return 0;
	if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] > 0x9f) ||
	    (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] > 0x8f))
		return 0;
	return len;
}

/* What a byte that is not UTF-8 becomes: the quotes and dashes of
 * Windows-1252 (text converted from it badly), else '?'. */
static const char *not_utf8(unsigned char c)
{
	switch (c) {
	case 0x91: case 0x92: return "'";
	case 0x93: case 0x94: return "\"";
	case 0x96: case 0x97: return "-";
	default: return "?";
	}
}

/* What a soft hyphen becomes at a line end (where PDF text has it); it is
 * dropped elsewhere. */
static const char soft_hyphen[] = "-";

/* A character at S (N bytes left) written otherwise: a non-breaking space
 * as a blank, curly quotes straight, the ligatures ff fi fl ffi ffl spelled
 * out, the invisible ones (zero-width spaces and joiners, the byte order
 * mark) dropped, a soft hyphen as soft_hyphen, a byte that is not UTF-8 as
 * not_utf8() says.  Returns its length and sets *REP (never longer), or
 * returns 0: the UTF-8 character there stays as it is. */
static size_t mapped_utf8(const unsigned char *s, size_t n, const char **rep)
{
	static const char *const ligatures[] = { "ff", "fi", "fl", "ffi", "ffl" };
	if (utf8_len(s, n) == 0) {
		*rep = not_utf8(s[0]);
		return 1;
	}
	if (n >= 2 && s[0] == 0xc2 && (s[1] == 0xa0 || s[1] == 0xad)) {
		*rep = s[1] == 0xa0 ? " " : soft_hyphen;
		return 2;
	}
	if (n < 3)
		return 0;
	if (s[0] == 0xe2 && s[1] == 0x80) {
		switch (s[2]) {
		case 0x98: case 0x99: *rep = "'"; return 3;
		case 0x9c: case 0x9d: *rep = "\""; return 3;
		case 0x8b: case 0x8c: case 0x8d: *rep = ""; return 3;
		}
	} else if ((s[0] == 0xe2 && s[1] == 0x81 && s[2] == 0xa0) ||   /* word joiner */
	           (s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf)) {   /* byte order mark */
		*rep = "";
		return 3;
	} else if (s[0] == 0xef && s[1] == 0xac && s[2] >= 0x80 && s[2] <= 0x84) {
		*rep = ligatures[s[2] - 0x80];
		return 3;
	}
	return 0;
}

static int is_blank(int c) { return c == ' ' || c == '\t'; }

static size_t digits_end(const char *s, size_t n, size_t i)
{
	while (i < n && text_is_digit(s[i]))
		i++;
	return i;
}

/* The number at S[i] (up to 4 digits): its end, or 0; *V its value. */
static size_t number_end(const char *s, size_t n, size_t i, unsigned *v)
{
	size_t e = digits_end(s, n, i);
	if (e == i || e - i > 4)
		return 0;
	for (*v = 0; i < e; i++)
		*v = *v * 10 + (unsigned)(s[i] - '0');
	return e;
}

/* "page N of M" (any case, N <= M) at S[i]: the offset after it, or 0. */
static size_t page_number_end(const char *s, size_t n, size_t i)
{
	size_t d, e;
	unsigned page, pages;
	if (!text_caseless_at(s, n, i, "page ", 5) || (d = number_end(s, n, i + 5, &page)) == 0 ||
	    !text_caseless_at(s, n, d, " of ", 4) || (e = number_end(s, n, d + 4, &pages)) == 0 ||
	    page > pages)
		return 0;
	return e;
}

/* What may set a footer's parts apart ("CM16-0188950 - Page 2 of 4"); not
 * a comma, which prose has ("Table 8-8, page 2 of 4"). */
static int is_separator(int c) { return c == '-' || c == '|'; }

/* The end of a case number or a date at S[i] ("CM16-0188950",
 * "02/14/2017": letters, digits, '-' and '/', a digit among them), or 0. */
static size_t case_or_date_end(const char *s, size_t n, size_t i)
{
	int digit = 0;
	for (; i < n && (text_is_alpha(s[i]) || text_is_digit(s[i]) || s[i] == '-' || s[i] == '/'); i++)
		digit |= text_is_digit(s[i]);
	return digit ? i : 0;
}

/* Can S[0..i), before "page N of M", be the rest of a footer: nothing, or
 * ending in a column gap (a TAB), a separator, or a case number or a
 * date? */
static int footer_before(const char *s, size_t i)
{
	size_t k = i, w;
	int tab = 0;
	while (k > 0 && is_blank(s[k - 1]))
		tab |= s[--k] == '\t';
	if (k == 0 || tab || is_separator(s[k - 1]))
		return 1;
	for (w = k; w > 0 && !is_blank(s[w - 1]); w--)
		;
	return case_or_date_end(s, k, w) == k;
}

/* The start of "page N of M" ending at S[k], or K itself when there is
 * none: read backwards, as a footer ends with it or with a case number. */
static size_t page_number_start(const char *s, size_t k)
{
	size_t i = k;
	while (i > 0 && text_is_digit(s[i - 1]))
		i--;
	if (i == k || i < 4 || !text_caseless_at(s, k, i - 4, " of ", 4))
		return k;
	i -= 4;
	while (i > 0 && text_is_digit(s[i - 1]))
		i--;
	if (i < 5 || page_number_end(s, k, i - 5) != k || (i > 5 && !is_blank(s[i - 6])))
		return k;
	return i - 5;
}

/* A page footer: "Page 2 of 4" alone, or with a case number, a date or a
 * title beside it ("CM16-0188950  Page 2 of 4", "IMR Final Determination
 * - Page 2 of 4").  Prose that cites a page ("Table 8-8, page 181") has no
 * "of M", or no gap or separator before it. */
static int text_is_page_footer(const char *s, size_t n)
{
	size_t end = n, k, i;
	if (!memchr(s, 'f', n) && !memchr(s, 'F', n))
		return 0;   /* no "of", so no "page N of M" */
	while (end > 0 && is_blank(s[end - 1]))
		end--;
	k = end;
	if ((i = page_number_start(s, k)) == k) {   /* a case number or a date after it? */
		size_t word;
		while (k > 0 && !is_blank(s[k - 1]))
			k--;
		word = k < end && is_separator(s[k]) ? k + 1 : k;   /* ("|02/14/2017") */
		while (k > 0 && (is_blank(s[k - 1]) || is_separator(s[k - 1])))
			k--;
		if (word == end || (i = page_number_start(s, k)) == k || case_or_date_end(s, end, word) != end)
			return 0;
	}
	return footer_before(s, i);
}

/* What text_normalize() and text_clean() copy as it is: all but control
 * bytes, bytes of multi-byte characters, the second of two spaces.
 * (text_normalize() looks at backslashes too: TSV escapes, and
 * TextBreaks.backslash.) */
#define PLAIN_TEXT (SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2)

static void text_lower_blanks(const char *restrict src, size_t n, char *restrict dst)
{
	scan_lower_blanks((const unsigned char *)src, n, (unsigned char *)dst);
}

/* The text being written: DST, its lowercase LOW (text_lower_blanks) at the
 * same offsets, and the count of its LFs. */
typedef struct {
	char *dst, *low;
	TextBreaks *breaks;
} Out;

static inline void put(const Out *o, size_t w, int c)
{
	o->dst[w] = (char)c;
	o->low[w] = (char)scan_lower_blank((unsigned char)c);
}

/* A blank in a line being written (it began at LINE): none at the start,
 * one space, and a run of two or more becomes a tab (a column gap). */
static inline size_t put_blank(const Out *o, size_t line, size_t w)
{
	if (w == line)
		return w;
	if (o->dst[w - 1] == ' ')
		o->dst[w - 1] = '\t';   /* (a space in LOW either way) */
	else if (o->dst[w - 1] != '\t')
		put(o, w++, ' ');
	return w;
}

/* The line begun at LINE and written up to W, without its trailing blanks
 * (it has no leading ones). */
static inline size_t trim_line(const Out *o, size_t line, size_t w)
{
	while (w > line && is_blank(o->dst[w - 1]))
		w--;
	return w;
}

/* Count the LF at W, which an LF is right before, in TextBreaks.lf_after
 * by the LFs right before it (ADD 1), or take it off (ADD -1: size_t
 * arithmetic wraps to one less). */
static void count_lf_after(const Out *o, size_t w, int add)
{
	size_t k = 0;
	do
		o->breaks->lf_after[k] += (size_t)add;
	while (++k < TEXT_RUNS && k < w && o->dst[w - 1 - k] == '\n');
}

/* Write a line's LF at W, and count it. */
static inline size_t put_lf(const Out *o, size_t w)
{
	o->breaks->lf++;
	if (w > 0 && o->dst[w - 1] == '\n')   /* a blank line */
		count_lf_after(o, w, 1);
	put(o, w++, '\n');
	return w;
}

/* Can the line begun at LINE, trimmed to W, be a page footer?  Most are
 * not the short lines ending in a digit that footers are, and of those (a
 * header's, that end in a date) most have no 'p' (of "page") in their lowercase.
 * (FOOTER_MAX holds a title, a case number, "Page 12 of 14" and a date:
 * column gaps are single TABs by now.) */
enum { FOOTER_MAX = 64 };
static inline int may_be_footer(const Out *o, size_t line, size_t w)
{
	return w - line >= 11 && w - line <= FOOTER_MAX && text_is_digit(o->dst[w - 1]) &&
	       memchr(o->low + line, 'p', w - line);
}

static inline int is_footer(const Out *o, size_t line, size_t w)
{
	return may_be_footer(o, line, w) && text_is_page_footer(o->dst + line, w - line);
}

/* End the line begun at LINE: trim it, drop it if it is a page footer
 * (*footer then says so). */
static inline size_t end_line(const Out *o, size_t line, size_t w, int *footer)
{
	w = trim_line(o, line, w);
	*footer = is_footer(o, line, w);
	return *footer ? line : put_lf(o, w);
}

/* Blank lines before a page break are the page's bottom margin, not a
 * paragraph break: drop them. */
static size_t drop_blank_lines(const Out *o, size_t w)
{
	const char *dst = o->dst;
	for (; w >= 2 && dst[w - 1] == '\n' && dst[w - 2] == '\n'; w--) {
		o->breaks->lf--;
		count_lf_after(o, w - 1, -1);
	}
	if (w == 1 && dst[0] == '\n') {
		o->breaks->lf--;
		w = 0;
	}
	return w;
}

/* Is the byte C, to be written at W in the line begun at LINE, a space
 * that put_blank() must see: one at the line's start, or after a blank?
 * (scan_plain32() finds the second space of a pair only inside its block.) */
static inline int space_needs_look(const Out *o, size_t line, size_t w, int c)
{
	int before = w > line ? o->dst[w - 1] : ' ';
	return c == ' ' && (before == ' ' || before == '\t');
}

/* The control byte C at S[i] (I < N), or in escaped text its escape
 * "\\E": its length there, or 0. */
static inline size_t control_at(const unsigned char *s, size_t n, size_t i, int escaped, int c, int e)
{
	if (s[i] == c)
		return 1;
	return escaped && s[i] == '\\' && i + 1 < n && s[i + 1] == e ? 2 : 0;
}

/* The same for an LF, and a CR, at S[i] or at the end.  (A TSV field holds
 * no raw LF: escaped text is looked at for "\\n" alone.  Should one come
 * anyway, normalize()'s slow path takes it as a line end all the same.) */
static inline size_t lf_at(const unsigned char *s, size_t n, size_t i, int escaped)
{
	if (escaped)
		return i + 1 < n && s[i] == '\\' && s[i + 1] == 'n' ? 2 : 0;
	return i < n && s[i] == '\n';
}

static inline size_t cr_at(const unsigned char *s, size_t n, size_t i, int escaped)
{
	return i < n ? control_at(s, n, i, escaped, '\r', 'r') : 0;
}

/* The block normalize() and clean() take in one step. */
enum { STEP = 32 };

/* text_normalize() of raw bytes, or of a TSV field still escaped. */
ALWAYS_INLINE size_t normalize(const char *src, size_t n, const Out *o, int escaped)
{
	const unsigned char *s = (const unsigned char *)src;
	char *dst = o->dst;
	size_t i = 0, w = 0, line = 0, len;
	int c, footer, page_top = 0;   /* page_top: only blank lines since a page break */
	const char *rep;
	memset(o->breaks, 0, sizeof *o->breaks);
	while (i < n) {
		/* plain bytes a block at a time (a space first only after a
		 * word), in a loop with no call in it, so the scan's constants
		 * stay in registers */
		if (i + STEP <= n) {
			do {
				/* (the bytes past K are written over) */
				size_t k = scan_copy32(s + i, (unsigned char *)dst + w, (unsigned char *)o->low + w,
				                          PLAIN_TEXT | SCAN_BACKSLASH);
				k = space_needs_look(o, line, w, s[i]) ? 0 : k;   /* (no branch) */
				if (k == STEP) {   /* (by the constant, not K: the next
				                    * step's load waits on no compare) */
					w += STEP;
					i += STEP;
					continue;
				}
				w += k;
				i += k;
				/* else the byte at I needs a look.  Most often it ends
				 * a line that cannot be a page footer, or a blank line
				 * not at a page's top: end it here. */
				len = lf_at(s, n, i, escaped);
				if (!len || (w == line && page_top) || is_footer(o, line, w = trim_line(o, line, w)))
					goto look;
				w = line = put_lf(o, w);
				page_top = 0;
				i += len;
				/* blank lines after it (every other line, in some
				 * letters), in the same step */
				while ((len = lf_at(s, n, i, escaped)) != 0) {
					w = line = put_lf(o, w);
					i += len;
				}
			} while (i + STEP <= n);
			continue;
		}
	look:
		c = s[i];
		len = 1;
		if (escaped && c == '\\' && i + 1 < n) {
			switch (s[i + 1]) {
			case 'n': c = '\n', len = 2; break;
			case 't': c = '\t', len = 2; break;
			case 'r': c = '\r', len = 2; break;
			case '\\': len = 2; break;
			}
		}
		if (c == '\r' && !lf_at(s, n, i + len, escaped))
			c = '\n';   /* a CR alone ends a line (old Mac text) */
		if (c == '\n') {
			i += len;
			if (w == line && page_top)
				continue;   /* the top margin of a page */
			w = end_line(o, line, w, &footer);
			if (footer)
				w = drop_blank_lines(o, w);
			page_top = footer || (page_top && w == line + 1 && dst[line] == '\n');
			line = w;
			continue;
		}
		switch (kind[c]) {
		case PLAIN:
			o->breaks->backslash |= c == '\\';
			put(o, w++, c);
			i += len;
			continue;
		case DROP:
			if (c == '\f' && w == line) {
				w = line = drop_blank_lines(o, w);
				page_top = 1;
			}
			i += len;
			continue;
		case BLANK:
			w = put_blank(o, line, w);
			if (c == ' ' && i + 1 < n && s[i + 1] == ' ') {
				/* a run of spaces (a -layout column gap) in one step */
				w = put_blank(o, line, w);
				len = scan_run(s + i, n - i, ' ');
			}
			i += len;
			continue;
		}
		if ((len = mapped_utf8(s + i, n - i, &rep)) == 0) {
			for (len = utf8_len(s + i, n - i); len > 0; len--)   /* a character kept */
				put(o, w++, s[i++]);
			continue;
		}
		i += len;
		if (rep[0] == ' ')
			w = put_blank(o, line, w);
		else if (rep != soft_hyphen || lf_at(s, n, i, escaped) || cr_at(s, n, i, escaped))
			for (; *rep; rep++)
				put(o, w++, *rep);
	}
	if (w > line)
		w = end_line(o, line, w, &footer);
	return w;
}

static size_t text_normalize(const char *s, size_t n, char *dst, char *low, TextBreaks *breaks)
{
	Out o = { dst, low, breaks };
	return normalize(s, n, &o, 0);
}

static size_t text_normalize_escaped(const char *s, size_t n, char *dst, char *low, TextBreaks *breaks)
{
	Out o = { dst, low, breaks };
	return normalize(s, n, &o, 1);
}

/* DST[0..w) ends with a hyphen at a line end.  Returns 2 when it breaks a
 * word that is all letters ("treat-"): drop it; 1 when it is attached to
 * something else ("58-year-", "40.1-"): keep it, but join; 0 when it stands
 * alone (a dash): a blank follows. */
static int hyphen_break(const char *dst, size_t w)
{
	size_t i;
	if (w < 2 || dst[w - 1] != '-' || dst[w - 2] == ' ' || dst[w - 2] == '-')
		return 0;
	for (i = w - 1; i > 0 && dst[i - 1] != ' '; i--)
		if (!text_is_alpha(dst[i - 1]))
			return 1;
	return 2;
}

/* The words that make a hyphen at a line end a compound's, kept, where
 * the word before it is all letters (hyphen_kept()).  Chosen by how the
 * real letters write each compound (closed where they mostly write it
 * closed: "postoperative", "antidepressant", "electrodiagnostic"):
 *   HY_FIRST   the word before is a compound's first element ("non-",
 *              "self-", "right-"), whatever follows;
 *   HY_SECOND  the word after (the whole word) is a second element
 *              ("-sided", "-related", "-term", "-up"), unless the word
 *              before is a HY_PREFIX;
 *   HY_PREFIX  a prefix that also starts ordinary words, closed before a
 *              second element ("un-\nrelated" is "unrelated").
 * Words that begin other words are no first elements ("follow-\ning",
 * "short-\nness", "work-\ners", "part-\nner"): their compounds come in
 * by the second element.  Lowercase; the case of the text does not
 * matter. */
enum { HY_FIRST = 1, HY_SECOND = 2, HY_PREFIX = 4 };
static const struct { const char *word; unsigned char kind; } hyphen_words[] = {
	{ "non", HY_FIRST }, { "self", HY_FIRST }, { "well", HY_FIRST }, { "right", HY_FIRST },
	{ "left", HY_FIRST }, { "status", HY_FIRST },
	{ "sided", HY_SECOND }, { "related", HY_SECOND }, { "induced", HY_SECOND },
	{ "based", HY_SECOND }, { "term", HY_SECOND }, { "up", HY_SECOND }, { "type", HY_SECOND },
	{ "like", HY_SECOND }, { "shaped", HY_SECOND }, { "acting", HY_SECOND },
	{ "release", HY_SECOND }, { "thickness", HY_SECOND }, { "directed", HY_SECOND },
	{ "oriented", HY_SECOND }, { "bearing", HY_SECOND }, { "specific", HY_SECOND },
	{ "dependent", HY_SECOND }, { "resistant", HY_SECOND }, { "free", HY_SECOND },
	{ "seeking", HY_SECOND }, { "containing", HY_SECOND }, { "dose", HY_SECOND },
	{ "grade", HY_SECOND }, { "impact", HY_SECOND }, { "level", HY_SECOND },
	{ "hour", HY_SECOND }, { "week", HY_SECOND }, { "month", HY_SECOND }, { "year", HY_SECOND },
	{ "co", HY_PREFIX }, { "de", HY_PREFIX }, { "dis", HY_PREFIX }, { "en", HY_PREFIX },
	{ "im", HY_PREFIX }, { "in", HY_PREFIX }, { "inter", HY_PREFIX }, { "mis", HY_PREFIX },
	{ "out", HY_PREFIX }, { "over", HY_PREFIX }, { "pre", HY_PREFIX }, { "pro", HY_PREFIX },
	{ "re", HY_PREFIX }, { "sub", HY_PREFIX }, { "trans", HY_PREFIX }, { "un", HY_PREFIX },
	{ "under", HY_PREFIX }, { "up", HY_PREFIX },
};

/* The kinds hyphen_words gives the K bytes at S (any case), or 0. */
static unsigned hyphen_kinds(const char *s, size_t k)
{
	unsigned kinds = 0;
	size_t j;
	for (j = 0; j < sizeof hyphen_words / sizeof hyphen_words[0]; j++)
		if (strlen(hyphen_words[j].word) == k && text_caseless_at(s, k, 0, hyphen_words[j].word, k))
			kinds |= hyphen_words[j].kind;
	return kinds;
}

static int is_vowel(int c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* DST[0..w) ends with a hyphen at a line end after a word of letters, and
 * S[i..n) goes on with a lowercase letter: is the hyphen a compound's, to
 * keep?  Yes after one letter ("x-\nray", "S-\nshaped": no syllable is
 * broken off so), before a short word with a hyphen of its own
 * ("over-\nthe-counter", "day-\nto-day"; "evi-\ndence-based" is a word
 * broken), between two like vowels ("anti-\ninflammatory",
 * "re-\nevaluation") and as hyphen_words says.  Run only there: rare.
 * (I is N where the letter there is a ligature's: no word after.) */
static int hyphen_kept(const char *dst, size_t w, const unsigned char *s, size_t n, size_t i)
{
	size_t b = w - 1, e = i;
	unsigned before, after;
	while (b > 0 && dst[b - 1] != ' ')
		b--;
	while (e < n && text_is_alpha(s[e]))
		e++;
	if (w - 1 - b == 1 || (e - i <= 3 && e + 1 < n && s[e] == '-' && text_is_alpha(s[e + 1])) ||
	    (e > i && is_vowel(s[i]) && text_tolower((unsigned char)dst[w - 2]) == s[i]))
		return 1;
	before = hyphen_kinds(dst + b, w - 1 - b);
	if (before & HY_FIRST)
		return 1;
	after = hyphen_kinds((const char *)s + i, e - i);
	return (after & HY_SECOND) && !(before & HY_PREFIX);
}

/* Lines joined where DST[0..w) ends with a hyphen, before the character
 * C at S[i] (I is N where C is a ligature's): the hyphen dropped, kept, or
 * a blank after it (hyphen_break(), hyphen_kept()).  Returns the new W.
 * Out of clean()'s loop, which calls it at a line end after a hyphen
 * only. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t hyphen_join(char *dst, size_t w, const unsigned char *s, size_t n, size_t i, int c)
{
	int h = hyphen_break(dst, w);
	if (h == 0)
		dst[w++] = ' ';
	else if (h == 2 && text_is_lower(c) && !hyphen_kept(dst, w, s, n, i))
		w--;
	return w;
}

/* A byte that is neither blank nor control nor part of a multi-byte
 * character. */
static int plain_end(unsigned char c) { return c > ' ' && c < 0x80; }

/* text_clean() of any text, or of text_normalize()'s, which holds no two
 * blanks in a row and none at a line's ends: its fast path joins lines in
 * the same step (scan_join32()), and runs to the end, reading and writing
 * past it (TEXT_SLACK). */
ALWAYS_INLINE size_t clean(const char *src, size_t n, char *dst, int normalized)
{
	const unsigned char *s = (const unsigned char *)src;
	const size_t fast_end = n < 32 ? 0 : n - 31;   /* the fast path of any text starts before it */
	size_t i = 0, w = 0, len, mapped;
	int blank = 0, newline = 0, c;
	const char *rep;
	while (i < n) {
		int word_next = !blank && (s[i] != ' ' || (w > 0 && dst[w - 1] != ' '));
		if (normalized && word_next) {
			size_t k;
			do {
				k = scan_join32(s + i, (unsigned char *)dst + w);
				w += k;
				i += k;
			} while (k == STEP && i < n);
			if (i >= n) {   /* (the bytes past N were written over) */
				w -= i - n;
				break;
			}
		} else if (!normalized && word_next && i < fast_end) {
			size_t k = scan_plain32(s + i, PLAIN_TEXT);
			memcpy(dst + w, s + i, 32);   /* the bytes past K are written over */
			w += k;
			i += k;
			if (k == 32)
				continue;
			/* the usual line end, a word, LF, a word: a space, and on */
			if (s[i] == '\n' && i + 1 < n && w > 0 && plain_end((unsigned char)dst[w - 1]) &&
			    dst[w - 1] != '-' && plain_end(s[i + 1])) {
				dst[w++] = ' ';
				i++;
				continue;
			}
		} else if (!normalized && !blank) {
			/* fewer than 32 left: 16 at a time, then letters and the like straight */
			if (i + 16 <= n && s[i] != ' ') {
				size_t k = scan_plain(s + i, PLAIN_TEXT);
				memcpy(dst + w, s + i, 16);
				w += k;
				i += k;
				if (k == 16)
					continue;
			}
			while (i < n && plain_end(s[i]))
				dst[w++] = (char)s[i++];
			if (i == n)
				break;
		}
		c = s[i];
		len = 1;
		rep = NULL;
		if (kind[c] == LEAD && (mapped = mapped_utf8(s + i, n - i, &rep)) != 0) {
			len = mapped;
			if (rep == soft_hyphen && !(i + len < n && (s[i + len] == '\n' || s[i + len] == '\r')))
				rep = "";
			if (!*rep) {   /* dropped */
				i += len;
				continue;
			}
			c = (unsigned char)*rep++;
		} else if (kind[c] == LEAD) {
			len = utf8_len(s + i, n - i);   /* a character kept: its bytes */
		}
		if (c == '\n' || kind[c] == BLANK || kind[c] == DROP) {
			if (!blank && w > 0 && dst[w - 1] == ' ')
				w--;   /* a space the fast path copied starts the run */
			blank = 1;
			newline |= c == '\n';
			i += len;
			continue;
		}
		if (blank && w > 0) {   /* the run of blanks ends */
			if (newline && dst[w - 1] == '-')
				w = hyphen_join(dst, w, s, n, rep ? n : i, c);
			else
				dst[w++] = ' ';
		}
		blank = newline = 0;
		dst[w++] = (char)c;
		if (rep) {
			for (; *rep; rep++)   /* the rest of a ligature */
				dst[w++] = *rep;
		} else {
			size_t k;
			for (k = 1; k < len; k++)   /* the rest of a character kept */
				dst[w++] = (char)s[i + k];
		}
		i += len;
	}
	if (w > 0 && dst[w - 1] == ' ')
		w--;
	return w;
}

static size_t text_clean(const char *s, size_t n, char *dst)
{
	return clean(s, n, dst, 0);
}

static size_t text_clean_normalized(const char *s, size_t n, char *dst)
{
	return clean(s, n, dst, 1);
}
