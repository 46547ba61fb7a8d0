/* text-units: unit tests of lib/extract/parser/text.c (page footers, line
 * ends, the characters mapped, text_is_clean()), as TAP, of the parser's
 * build IMRKIT_SIMD names.  Built by `make t/text-units`, run by
 * t/text-units.t for each build the CPU runs. */
#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "extract/build.h"
/* the functions of the build under test (IMRKIT_SIMD, as imr-extract) */
static const ExtractBuild *B;
#define text_normalize B->text_normalize
#define text_normalize_escaped B->text_normalize_escaped
#define text_clean B->text_clean
#define text_clean_normalized B->text_clean_normalized
#define text_is_page_footer B->text_is_page_footer
#include "xorshift.h"

static int n, failed;

static void ok(int cond, const char *what, const char *input)
{
	n++;
	if (!cond)
		failed++;
	printf("%sok %d - %s: '%s'\n", cond ? "" : "not ", n, what, input);
}

static void test_footers(void)
{
	static const char *const footers[] = {
		"Page 2 of 4", "  PAGE 12 OF 14  ", "page 1 of 1", "CM16-0188950\tPage 2 of 4",
		"CM16-0188950 Page 2 of 4", "Page 2 of 4\t02/14/2017", "Page 2 of 4 CM16-0188950",
		"CM16-0188950\tPage 2 of 4\t02/14/2017", "IMR Final Determination\tPage 3 of 9",
		"IMR Final Determination - Page 3 of 9", "CM16-0188950 | Page 3 of 9 | 02/14/2017",
		"Page 3 of 9 - CM16-0188950",
	};
	static const char *const prose[] = {
		"Table 8-8, page 181", "as it says on page 2 of 4", "Page 5 of 3", "Page 2",
		"page 2 of", "Page of 4", "see the report\tPage 2 of 4 and more", "Pages 2 of 4",
		"Page 2 of 4 of the notes", "Page 12345 of 99999", "CM16-0188950", "homepage 2 of 4",
		"", "of 4", "Table 8-8, page 2 of 4", "Final Determination, Page 3 of 9",
	};
	size_t i;
	for (i = 0; i < sizeof footers / sizeof footers[0]; i++)
		ok(text_is_page_footer(footers[i], strlen(footers[i])), "a footer", footers[i]);
	for (i = 0; i < sizeof prose / sizeof prose[0]; i++)
		ok(!text_is_page_footer(prose[i], strlen(prose[i])), "not a footer", prose[i]);
}

/* One test: the K bytes GOT are the string WANT. */
static void same_text(const char *got, size_t k, const char *want, const char *what)
{
	n++;
	if (k == strlen(want) && memcmp(got, want, k) == 0) {
		printf("ok %d - %s\n", n, what);
		return;
	}
	failed++;
	printf("not ok %d - %s\n#   got:  '%.*s'\n#   want: '%s'\n", n, what, (int)k, got, want);
}

/* text_normalize() of IN is OUT (the lowercase and counts aside) */
static void normalizes(const char *in, const char *want, const char *what)
{
	char dst[256], low[256];
	TextBreaks b;
	size_t k = text_normalize(in, strlen(in), dst, low, &b);
	same_text(dst, k, want, what);
}

static void test_line_ends(void)
{
	normalizes("one\ntwo\n\nthree\n", "one\ntwo\n\nthree\n", "LF");
	normalizes("one\r\ntwo\r\n\r\nthree\r\n", "one\ntwo\n\nthree\n", "CR LF");
	normalizes("one\rtwo\r\rthree\r", "one\ntwo\n\nthree\n", "a CR alone");
	normalizes("one \r two  \r\n", "one\ntwo\n", "blanks around a CR");
	normalizes("one\ntext\nPage 1 of 2\n\fnext\n", "one\ntext\nnext\n", "a footer line goes");
	normalizes("one\rIMR Final Determination - Page 1 of 2\r\fnext\r", "one\nnext\n",
	           "a footer line between lone CRs goes");
	normalizes("see Table 8-8, page 181\n", "see Table 8-8, page 181\n", "a page cited stays");
}

/* text_clean() of IN is OUT */
static void cleans(const char *in, const char *want, const char *what)
{
	char dst[256];
	same_text(dst, text_clean(in, strlen(in), dst), want, what);
}

/* (a hex escape takes every hex digit after it: strings are split after one) */
#define NBSP "\xc2\xa0" ""
#define SHY "\xc2\xad" ""
static void test_characters(void)
{
	normalizes("a" NBSP "b" NBSP NBSP "c\n", "a b\tc\n", "non-breaking spaces: a blank, two a gap");
	normalizes("\xe2\x80\x9c" "quoted\xe2\x80\x9d \xe2\x80\x98too\xe2\x80\x99\n", "\"quoted\" 'too'\n",
	           "curly quotes made straight");
	normalizes("\xef\xac\x81nal \xef\xac\x82ow e\xef\xac\x83" "cacy o\xef\xac\x80 wa\xef\xac\x84" "e\n",
	           "final flow efficacy off waffle\n", "ligatures spelled out");
	normalizes("\xef\xbb\xbf" "Case\xe2\x80\x8bNumber\xe2\x80\x8c:\xe2\x81\xa0 1\n", "CaseNumber: 1\n",
	           "byte order mark, zero-width spaces and joiners dropped");
	normalizes("soft" SHY "ware\n", "software\n", "a soft hyphen inside a line dropped");
	normalizes("treat" SHY "\nment\n", "treat-\nment\n", "a soft hyphen at a line end a hyphen");
	normalizes("treat" SHY "\r\nment\r\n", "treat-\nment\n", "a soft hyphen before CR LF a hyphen");
	normalizes("caf\xc3\xa9 \xc3\x97 2 \xe2\x82\xac \xf0\x9f\x98\x80\n", "caf\xc3\xa9 \xc3\x97 2 \xe2\x82\xac \xf0\x9f\x98\x80\n",
	           "other characters kept");
	normalizes("caf\xe9 \x92" "quoted\x92 \x93" "too\x94 a\x96" "b\n", "caf? 'quoted' \"too\" a-b\n",
	           "bytes that are not UTF-8: Windows-1252 quotes and dashes, else '?'");
	normalizes("\xc0\xaf \xed\xa0\x80 \xe2\x82 \xf5\x80\x80\x80 \x80\n", "?? ??? ?? ???? ?\n",
	           "overlong, surrogate, cut and stray bytes: '?' each");
	cleans("treat" SHY "\nment and soft" SHY "ware, \xef\xac\x81ne" NBSP "print \x92\xc3\xa9\x92\xe9",
	       "treatment and software, fine print '\xc3\xa9'?", "text_clean() maps the same characters");
}

/* Plain ASCII lines as text_normalize() writes them: blanks at a line's
 * ends go, one blank inside is a space, two or more a TAB (a column gap). */
static size_t blanks_by_rule(const char *in, char *out)
{
	size_t w = 0, line = 0, run = 0;
	for (; *in; in++) {
		if (*in == ' ' || *in == '\t') {
			run++;
			continue;
		}
		if (*in != '\n' && run > 0 && w > line)
			out[w++] = run > 1 ? '\t' : ' ';
		run = 0;
		out[w++] = *in;
		if (*in == '\n')
			line = w;
	}
	return w;
}

/* The 32- or 64-byte steps see a blank next to another across their edges,
 * at a line's start, and blank lines after a line, in raw and escaped text:
 * at every offset, over two steps of either width. */
static void test_blanks_at_block_edges(void)
{
	static const char *const gaps[] = { " ", "  ", " \t", "\t ", "   " };
	static const char *const blank_lines[] = { "", "\n", "\n\n", "\n \n\n" };
	char in[512], esc[1024], want[512], got[600], low[600], x[140], w[80];
	TextBreaks b;
	size_t g, o, l, k, e, bad = 0;
	memset(x, 'x', sizeof x);
	memset(w, 'w', sizeof w);
	for (g = 0; g < sizeof gaps / sizeof gaps[0]; g++)
		for (o = 0; o < sizeof x; o++)
			for (l = 0; l < sizeof blank_lines / sizeof blank_lines[0]; l++) {
				const char *p;
				snprintf(in, sizeof in, "%.*s%sy%swords and more words then some%s\n%s%s%.*sz end\n",
				         (int)o, x, gaps[g], gaps[g], gaps[g], blank_lines[l], gaps[g], (int)(o % sizeof w), w);
				k = blanks_by_rule(in, want);
				if (text_normalize(in, strlen(in), got, low, &b) != k || memcmp(got, want, k) != 0 ||
				    !text_breaks_match(got, k, &b))
					bad++;
				for (p = in, e = 0; *p; p++) {   /* as a TSV field */
					if (*p == '\n' || *p == '\t')
						esc[e++] = '\\', esc[e++] = *p == '\n' ? 'n' : 't';
					else
						esc[e++] = *p;
				}
				if (text_normalize_escaped(esc, e, got, low, &b) != k || memcmp(got, want, k) != 0 ||
				    !text_breaks_match(got, k, &b))
					bad++;
			}
	n++;
	if (bad)
		failed = 1;
	printf("%sok %d - blanks at every offset of a 32- or 64-byte step, blank lines after a line "
	       "(%zu wrong)\n", bad ? "not " : "", n, bad);
}

/* text_is_clean() says a piece of normalized text is clean only where
 * text_clean_normalized() leaves it as it is: every piece of up to 17 bytes
 * of lines made of words, spaces, column gaps, hyphens, blank lines, CR LF
 * ends, form feeds, characters kept or mapped and control bytes. */
static void test_is_clean(void)
{
	static const char *const bits[] = {
		"ab", " ", "  ", "-", "\n", "\n\n", "c", "\r\n", "\f", "\xc3\xa9", NBSP, SHY, "\x01", "\t",
	};
	char in[128], norm[128 + TEXT_SLACK], low[128 + TEXT_SLACK], out[32 + TEXT_SLACK];
	TextBreaks b;
	size_t round, i, k, len, said = 0, bad = 0;
	for (round = 0; round < 2000; round++) {
		for (len = 0; len < 100;) {
			const char *bit = bits[next() % (sizeof bits / sizeof bits[0])];
			memcpy(in + len, bit, strlen(bit));
			len += strlen(bit);
		}
		memset(norm, 0, sizeof norm);
		len = text_normalize(in, len, norm, low, &b);
		for (i = 0; i < len; i++)
			for (k = 1; k <= 17 && i + k <= len; k++) {
				if (!text_is_clean(norm + i, k))
					continue;
				said++;
				if (text_clean_normalized(norm + i, k, out) != k || memcmp(out, norm + i, k) != 0)
					bad++;
			}
	}
	n++;
	if (bad || said == 0)
		failed = 1;
	printf("%sok %d - text_is_clean() only where text_clean_normalized() changes nothing "
	       "(%zu said clean, %zu wrong)\n", bad || !said ? "not " : "", n, said, bad);
}

/* A hyphen at a line end, as text_clean() and as text_normalize() then
 * text_clean_normalized() join the lines: IN cleaned is WANT both ways. */
static void joins(const char *in, const char *want, const char *what)
{
	char norm[256 + TEXT_SLACK], low[256 + TEXT_SLACK], out[256 + TEXT_SLACK], name[160];
	TextBreaks b;
	size_t k;
	snprintf(name, sizeof name, "%s (text_clean)", what);
	cleans(in, want, name);
	memset(norm, 0, sizeof norm);
	k = text_normalize(in, strlen(in), norm, low, &b);
	snprintf(name, sizeof name, "%s (normalized, cleaned)", what);
	same_text(out, text_clean_normalized(norm, k, out), want, name);
}

/* A word broken at a line end loses its hyphen; a compound's hyphen that
 * falls there stays: after a first element, before a second one, after a
 * single letter, between like vowels, before a word with a hyphen of its
 * own.  A prefix that starts ordinary words joins closed. */
static void test_hyphens(void)
{
	joins("the treat-\nment helped", "the treatment helped", "a syllable break: hyphen dropped");
	joins("she was exam-\nined twice", "she was examined twice", "a syllable break inside a sentence");
	joins("a 61-year-\nold man", "a 61-year-old man", "a word with a digit keeps its hyphen");
	joins("the request was non-\ncertified", "the request was non-certified", "kept after a first element");
	joins("Non-\ncertified on review", "Non-certified on review", "a first element in capitals");
	joins("a self-\nreported pain score", "a self-reported pain score", "kept after self");
	joins("a well-\nhealed scar", "a well-healed scar", "kept after well");
	joins("pain in the left-\nsided neck", "pain in the left-sided neck", "kept after left");
	joins("a work-\nrelated injury", "a work-related injury", "kept before a second element");
	joins("opioid-\ninduced constipation", "opioid-induced constipation", "kept before induced");
	joins("a follow-\nup visit", "a follow-up visit", "kept before up");
	joins("as follow-\nup.", "as follow-up.", "a second element before a full stop");
	joins("long-\nterm use", "long-term use", "kept before term");
	joins("guideline-\nbased care", "guideline-based care", "kept before based");
	joins("two x-\nrays of the wrist", "two x-rays of the wrist", "kept after a single letter");
	joins("a J-\nshaped tear", "a J-shaped tear", "a single capital letter");
	joins("an anti-\ninflammatory drug", "an anti-inflammatory drug", "kept between like vowels");
	joins("a re-\nevaluation", "a re-evaluation", "kept between like vowels after re");
	joins("an over-\nthe-counter cream", "an over-the-counter cream", "kept before a hyphenated word");
	joins("seen day-\nto-day", "seen day-to-day", "kept before to-day");
	joins("the evi-\ndence-based care", "the evidence-based care", "a long word after: a word broken");
	joins("medication pre-\nscribed by", "medication prescribed by", "a prefix that starts words: closed");
	joins("this re-\nquest", "this request", "re: closed");
	joins("from un-\nder the", "from under the", "un: closed");
	joins("an un-\nrelated fall", "an unrelated fall", "a prefix before a second element: closed");
	joins("was in-\nduced by", "was induced by", "a second element's end is not one");
	joins("she is follow-\ning the plan", "she is following the plan", "follow is no first element");
	joins("short-\nness of breath", "shortness of breath", "short is no first element");
	joins("post-\noperative care", "postoperative care", "post joins closed, as the letters write it");
	joins("a work-\r\nrelated strain, treat-\r\nment", "a work-related strain, treatment", "CR LF: kept and dropped");
	joins("a non-\n      certified one, treat-\n     ment", "a non-certified one, treatment",
	      "an indented next line (layout): kept and dropped");
	joins("a right-  \n\t  sided pain", "a right-sided pain", "blanks around the line end");
	joins("the right- sided", "the right- sided", "a hyphen before a blank, no line end: as it was");
	joins("pain - \nworse", "pain - worse", "a dash alone stays apart");
}

int main(void)
{
	B = extract_build();
	test_footers();
	test_line_ends();
	test_characters();
	test_hyphens();
	test_blanks_at_block_edges();
	test_is_clean();
	printf("1..%d\n", n);
	return failed != 0;
}
