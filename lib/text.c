#include "text.h"

#include <string.h>


/* Bytes that need a look: blanks, control bytes and UTF-8 lead bytes of the
 * characters we map (NBSP, curly quotes). */
enum { PLAIN = 0, BLANK = 1, DROP = 2, LEAD = 3 };
static const unsigned char kind[256] = {
	[0] = BLANK, ['\t'] = BLANK, ['\v'] = BLANK, [' '] = BLANK,
	['\r'] = DROP, ['\f'] = DROP,
	[0xc2] = LEAD, [0xe2] = LEAD,
};

/* A mapped multi-byte character at S (N bytes left): its replacement byte
 * and length, or 0. */
static int mapped_utf8(const unsigned char *s, size_t n, size_t *len)
{
	if (s[0] == 0xc2 && n >= 2 && s[1] == 0xa0) {
		*len = 2;
		return ' ';
	}
	if (s[0] == 0xe2 && n >= 3 && s[1] == 0x80) {
		*len = 3;
		switch (s[2]) {
		case 0x98: case 0x99: return '\'';
		case 0x9c: case 0x9d: return '"';
		}
	}
	return 0;
}

int text_is_page_footer(const char *s, size_t n)
{
	static const char page[] = "page ";
	size_t i = 0, k;
	while (i < n && s[i] == ' ')
		i++;
	for (k = 0; k < 5; k++, i++)
		if (i >= n || text_tolower((unsigned char)s[i]) != page[k])
			return 0;
	k = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == k || n - i < 5 || memcmp(s + i, " of ", 4) != 0)
		return 0;
	i += 4;
	k = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	while (i < n && s[i] == ' ')
		i++;
	return i > k && i == n;
}

/* One line, mapped and trimmed, into DST; returns its length. */
static size_t normalize_line(const unsigned char *s, size_t n, char *dst)
{
	size_t i = 0, w = 0, len;
	int c;
	while (i < n && (s[i] == ' ' || kind[s[i]] == BLANK || kind[s[i]] == DROP))
		i++;
	while (i < n) {
		/* the common case: bytes copied as they are */
		while (i < n && (kind[s[i]] == PLAIN || s[i] == ' '))
			dst[w++] = (char)s[i++];
		if (i >= n)
			break;
		switch (kind[s[i]]) {
		case BLANK:
			dst[w++] = ' ';
			i++;
			continue;
		case DROP:
			i++;
			continue;
		}
		c = mapped_utf8(s + i, n - i, &len);
		if (!c) {
			dst[w++] = (char)s[i++];
		} else {
			if (c != ' ' || w > 0)
				dst[w++] = (char)c;
			i += len;
		}
	}
	while (w > 0 && dst[w - 1] == ' ')
		w--;
	return w;
}

size_t text_normalize(const char *s, size_t n, char *dst)
{
	const char *end = s + n;
	size_t w = 0;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *stop = nl ? nl : end;
		size_t len = normalize_line((const unsigned char *)s, (size_t)(stop - s), dst + w);
		if (len < 6 || text_tolower((unsigned char)dst[w]) != 'p' || !text_is_page_footer(dst + w, len)) {
			w += len;
			dst[w++] = '\n';
		}
		s = nl ? nl + 1 : end;
	}
	return w;
}

static int is_lower(int c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(int c) { return is_lower(text_tolower((unsigned char)c)); }

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
		if (!is_alpha(dst[i - 1]))
			return 1;
	return 2;
}

/* Bytes text_clean() must look at: blanks, line ends, mapped lead bytes. */
static const unsigned char clean_special[256] = {
	[0] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	[0xc2] = 1, [0xe2] = 1,
};

size_t text_clean(const char *src, size_t n, char *dst)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0, w = 0, len;
	int c;
	for (;;) {
		int blank = 0, newline = 0;
		/* the common case: a word, then a single space before the next */
		for (;;) {
			while (i < n && !clean_special[s[i]])
				dst[w++] = (char)s[i++];
			if (i + 1 < n && s[i] == ' ' && !clean_special[s[i + 1]] && w > 0) {
				dst[w++] = ' ';
				i++;
				continue;
			}
			break;
		}
		if (i >= n)
			break;
		/* a run of blanks, line ends and dropped bytes, or a mapped character */
		for (;;) {
			if (i >= n)
				break;
			if (s[i] == '\n') {
				newline = 1, blank = 1, i++;
			} else if (kind[s[i]] == BLANK || kind[s[i]] == DROP) {
				blank = 1, i++;
			} else if (kind[s[i]] == LEAD && mapped_utf8(s + i, n - i, &len) == ' ') {
				blank = 1, i += len;
			} else {
				break;
			}
		}
		if (i >= n)
			break;
		if (blank && w > 0) {
			int h = newline ? hyphen_break(dst, w) : 0;
			if (h == 2 && is_lower(s[i]))
				w--;
			else if (h == 0)
				dst[w++] = ' ';
		}
		if (kind[s[i]] == LEAD) {
			c = mapped_utf8(s + i, n - i, &len);
			if (c) {
				dst[w++] = (char)c;
				i += len;
			} else {
				dst[w++] = (char)s[i++];
			}
		}
	}
	return w;
}
