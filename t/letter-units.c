/* letter-units: the paragraphs letter_parse() makes of a letter's line
 * ends (lib/extract/parser/paragraphs.c, mark_paragraphs()), as TAP.  A letter's normalized
 * text (Letter.norm) has one LF between the lines of a paragraph and two
 * between paragraphs, however the letter spaced them: pseudo-random letters
 * are written with their lines gapped by one blank line (the 2014-15 PDFs'
 * text), by two, or plainly, with blank lines first and last, and the text
 * is checked against the paragraphs they were made of.  Their lines are of
 * every length, so line ends fall at every place of the parser's 64-byte
 * blocks, and long letters come before short ones in the same Letter, as
 * in imr-extract.  IMRKIT_SIMD picks the build that runs (t/letter-units.t
 * runs each the CPU has).  Built by `make t/letter-units`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/letter.h"
#include "xorshift.h"

/* A growing string. */
typedef struct {
	char *s;
	size_t len, cap;
} Text;

static void add(Text *t, const char *s, size_t n)
{
	if (t->cap - t->len < n + 1) {
		t->cap = (t->len + n + 1) * 2;
		if ((t->s = realloc(t->s, t->cap)) == NULL) {
			perror("letter-units");
			exit(2);
		}
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void add_lfs(Text *t, unsigned k)
{
	while (k-- > 0)
		add(t, "\n", 1);
}

/* A line of lowercase words and single spaces, 1 to 150 bytes, that no
 * page footer or heading can be. */
static void add_line(Text *t)
{
	size_t n = 1 + next() % 150, k;
	for (k = 0; k < n; k++) {
		char c = (char)('a' + next() % 26);
		if (k > 0 && k + 1 < n && t->s[t->len - 1] != ' ' && next() % 6 == 0)
			c = ' ';
		add(t, &c, 1);
	}
}

/* How a letter spaces its lines: the blank lines after a line in a
 * paragraph (after one blank line, a few have none, as at a page break)
 * and between paragraphs. */
typedef struct {
	const char *name;
	unsigned line_gap, paragraph_gap[3];
} Spacing;

static const Spacing spacings[] = {
	{ "one blank line after each line", 1, { 2, 3, 5 } },
	{ "two blank lines after each line", 2, { 3, 4, 6 } },
	{ "blank lines between paragraphs only", 0, { 1, 2, 4 } },
};

/* Write a letter spaced as SP, with LEAD blank lines first, into RAW, and
 * what its normalized text must be into WANT. */
static void make_letter(const Spacing *sp, unsigned lead, Text *raw, Text *want)
{
	size_t paragraphs = 2 + next() % 12, p, lines, k;
	raw->len = want->len = 0;
	add_lfs(raw, lead);
	for (p = 0; p < paragraphs; p++) {
		lines = 3 + next() % 8;   /* (a gapped letter is told by 5 or more) */
		for (k = 0; k < lines; k++) {
			size_t start = raw->len;
			add_line(raw);
			add(want, raw->s + start, raw->len - start);
			if (k + 1 < lines) {   /* a line in the paragraph */
				add_lfs(raw, 1 + (sp->line_gap == 1 && next() % 8 == 0 ? 0 : sp->line_gap));
				add(want, "\n", 1);
			}
		}
		add_lfs(raw, 1 + sp->paragraph_gap[next() % 3]);
		if (p + 1 < paragraphs)
			add(want, "\n\n", 2);
	}
}

int main(void)
{
	static Letter L;
	Text raw = { 0 }, want = { 0 };
	int n = 0, failed = 0, round;
	size_t s, k;
	letter_init(&L);
	for (s = 0; s < sizeof spacings / sizeof spacings[0]; s++) {
		int bad = 0;
		for (round = 0; round < 3000 && !bad; round++) {
			make_letter(&spacings[s], round % 3 == 0 ? next() % 4 : 0, &raw, &want);
			letter_parse(&L, raw.s, raw.len);
			if (L.len != want.len || memcmp(L.norm, want.s, want.len) != 0) {
				printf("# letter %d, %zu bytes: %zu bytes of text, not %zu\n", round, raw.len, L.len,
				       want.len);
				bad = 1;
			}
			for (k = 0; k < L.len && !bad; k++) {   /* the lowercase, LFs as spaces */
				char c = L.norm[k] == '\n' ? ' ' : L.norm[k];
				if (L.low[k] != c) {
					printf("# letter %d: its lowercase differs at %zu\n", round, k);
					bad = 1;
				}
			}
		}
		n++;
		failed += bad;
		printf("%sok %d - paragraphs of letters with %s\n", bad ? "not " : "", n, spacings[s].name);
	}
	printf("1..%d\n", n);
	letter_free(&L);
	free(raw.s);
	free(want.s);
	return failed ? 1 : 0;
}
