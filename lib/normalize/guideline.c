#include "guideline.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/num.h"
#include "common/util.h"

typedef struct {
	const char *s;
	size_t n;
} Span;

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_alpha(int c) { c = lower(c); return c >= 'a' && c <= 'z'; }

/* The citation being parsed, and a lowercase copy of it: searches run on
 * the copy (memchr finds candidates fast), offsets are the same. */
static const char *cite;
static size_t cite_len;
static char *lowered;
static size_t lowered_cap;

static void set_citation(const char *s, size_t n)
{
	size_t i;
	if (n + 1 > lowered_cap) {
		lowered_cap = n + 1024;
		free(lowered);
		lowered = malloc(lowered_cap);
		if (!lowered) {
			lowered_cap = 0;
			cite = NULL;
			return;
		}
	}
	for (i = 0; i + 8 <= n; i += 8) {   /* 8 bytes at a time: A-Z get bit 5 */
		uint64_t x, low7, ge_a, gt_z;
		memcpy(&x, s + i, 8);
		low7 = x & 0x7f7f7f7f7f7f7f7full;
		ge_a = low7 + 0x3f3f3f3f3f3f3f3full;   /* bit 7 set: byte >= 'A' */
		gt_z = low7 + 0x2525252525252525ull;   /* bit 7 set: byte > 'Z' */
		x |= ((ge_a ^ gt_z) & ~x & 0x8080808080808080ull) >> 2;
		memcpy(lowered + i, &x, 8);
	}
	for (; i < n; i++)
		lowered[i] = (char)lower(s[i]);
	cite = s;
	cite_len = n;
}

/* Offset of NEEDLE (lowercase) in S, case-insensitively, or N. */
static size_t ci_find(const char *s, size_t n, const char *needle)
{
	size_t len = strlen(needle), i, k;
	if (len > n)
		return n;
	if (cite && s >= cite && s + n <= cite + cite_len) {
		const char *l = lowered + (s - cite), *p = l, *end = l + n - len + 1;
		while ((p = memchr(p, needle[0], (size_t)(end - p))) != NULL) {
			if ((len == 1 || p[1] == needle[1]) && memcmp(p, needle, len) == 0)
				return (size_t)(p - l);
			p++;
		}
		return n;
	}
	for (i = 0; i + len <= n; i++) {
		if (lower(s[i]) != needle[0])
			continue;
		for (k = 1; k < len && lower(s[i + k]) == needle[k]; k++)
			;
		if (k == len)
			return i;
	}
	return n;
}

static int ci_starts(Span t, const char *prefix)
{
	size_t k;
	for (k = 0; prefix[k]; k++)
		if (k == t.n || lower(t.s[k]) != prefix[k])
			return 0;
	return 1;
}

static Span trim(Span t)
{
	while (t.n > 0 && (t.s[0] == ' ' || t.s[0] == ':' || t.s[0] == ','))
		t.s++, t.n--;
	while (t.n > 0 && (t.s[t.n - 1] == ' ' || t.s[t.n - 1] == ',' || t.s[t.n - 1] == ';' ||
	                   t.s[t.n - 1] == ':' || t.s[t.n - 1] == '.'))
		t.n--;
	return t;
}

static Span after(Span t, size_t off)
{
	Span r = { t.s + off, off <= t.n ? t.n - off : 0 };
	return r;
}

static Span before(Span t, size_t off)
{
	Span r = { t.s, off < t.n ? off : t.n };
	return r;
}

/* ---- sources ---- */

static void add_source(Guideline *g, const char *src)
{
	size_t len = strlen(g->source), sl = strlen(src);
	const char *p = g->source;
	while ((p = strstr(p, src)) != NULL) {      /* already named */
		if ((p == g->source || p[-1] == ';') && (p[sl] == '\0' || p[sl] == ';'))
			return;
		p += sl;
	}
	if (len + sl + 2 > sizeof g->source)
		return;
	if (len)
		g->source[len++] = ';';
	memcpy(g->source + len, src, sl + 1);
}

/* ODG and ACOEM named in T, in the order named; 0 when neither is. */
static int named_sources(Guideline *g, Span t)
{
	size_t odg = ci_find(t.s, t.n, "odg"), acoem = ci_find(t.s, t.n, "acoem");
	size_t odg2 = ci_find(t.s, t.n, "official disability");
	if (odg2 < odg)
		odg = odg2;
	if (odg == t.n && acoem == t.n)
		return 0;
	if (odg < acoem) {
		add_source(g, "ODG");
		if (acoem < t.n)
			add_source(g, "ACOEM");
	} else {
		add_source(g, "ACOEM");
		if (odg < t.n)
			add_source(g, "ODG");
	}
	return 1;
}

/* Does C open with the title of one of the MTUS's own guidelines? */
static int mtus_title(Span c)
{
	static const char *const titles[] = {
		"mtus", "medical treatment utilization schedule", "chronic pain medical treatment",
		"chronic pain treatment", "acupuncture medical treatment", "postsurgical treatment",
		"opioid treatment guidelines", NULL,
	};
	const char *const *t;
	for (t = titles; *t; t++)
		if (ci_starts(c, *t))
			return 1;
	return 0;
}

/* Does C name a guideline besides the MTUS, ODG and ACOEM ("and Other
 * Medical Treatment Guidelines www.mdguidelines.com", a web address)? */
static int names_other(Span c)
{
	size_t i, at = ci_find(c.s, c.n, "other medical treatment guideline");
	if (at < c.n && ci_find(c.s + at, c.n - at, "acoem") == c.n - at)
		return 1;     /* not "... and Other Medical Treatment Guidelines ACOEM ..." */
	for (i = 0; i + 4 <= c.n; i++) {    /* a web address: one pass, no search per mark */
		const char *p = c.s + i;
		if (p[0] == '.' && ci_starts((Span){ p + 1, 3 }, "com") + ci_starts((Span){ p + 1, 3 }, "org") +
		                   ci_starts((Span){ p + 1, 3 }, "gov") + ci_starts((Span){ p + 1, 3 }, "edu"))
			return 1;
		if ((p[0] == ':' && p[1] == '/' && p[2] == '/') || ci_starts((Span){ p, 4 }, "www."))
			return 1;
	}
	return 0;
}

static void clause_sources(Guideline *g, Span c)
{
	int named;
	if (ci_starts(c, "non-mtus")) {
		named = named_sources(g, c);
		if (!named || names_other(c))
			add_source(g, "other");
	} else if (mtus_title(c)) {
		add_source(g, "MTUS");
		if (ci_find(c.s, c.n, "(odg)") < c.n || ci_find(c.s, c.n, "official disability") < c.n)
			add_source(g, "ODG");
		if (names_other(c))
			add_source(g, "other");
	} else {
		named = named_sources(g, c);
		if (!named || names_other(c))
			add_source(g, "other");
	}
}

/* ---- topic, edition ---- */

/* T up to its sentence's end: ". " or the end, ", and " (the next
 * guideline), keeping "3.3.9" and a leading section number "2. ". */
static Span sentence(Span t)
{
	size_t i;
	for (i = 0; i < t.n; i++) {
		if (t.s[i] == '.' && (i + 1 == t.n || t.s[i + 1] == ' ')) {
			size_t k = 0;
			while (k < i && is_digit(t.s[k]))
				k++;
			if (k == i && i > 0)
				continue;   /* "2. Opioids for Subacute Pain" */
			return before(t, i);
		}
		if (t.s[i] == ',' && ci_starts(after(t, i), ", and "))
			return before(t, i);
	}
	return t;
}

/* The first year (19xx, 20xx) standing alone in T, as text; 1 if found. */
static int find_year(Span t, char out[8])
{
	size_t i;
	for (i = 0; i + 4 <= t.n; i++) {
		if (!((t.s[i] == '1' && t.s[i + 1] == '9') || (t.s[i] == '2' && t.s[i + 1] == '0')) ||
		    !is_digit(t.s[i + 2]) || !is_digit(t.s[i + 3]))
			continue;
		if ((i > 0 && (is_digit(t.s[i - 1]) || is_alpha(t.s[i - 1]))) ||
		    (i + 4 < t.n && (is_digit(t.s[i + 4]) || is_alpha(t.s[i + 4]))))
			continue;
		memcpy(out, t.s + i, 4);
		out[4] = '\0';
		return 1;
	}
	return 0;
}

/* T without a year that ends it ("Acupuncture Treatment 2007"). */
static Span drop_year(Span t)
{
	t = trim(t);
	if (t.n >= 5 && t.s[t.n - 5] == ' ' && is_digit(t.s[t.n - 1]) && is_digit(t.s[t.n - 4]))
		t.n -= 5;
	return t;
}

/* Drop a page reference the topic repeats: "Opioids, 78", "..., page 24". */
static Span drop_page_ref(Span t)
{
	size_t i = t.n;
	while (i > 0 && (is_digit(t.s[i - 1]) || t.s[i - 1] == '-'))
		i--;
	if (i == t.n)
		return t;
	while (i > 0 && t.s[i - 1] == ' ')
		i--;
	if (i >= 4 && ci_starts(after(t, i - 4), "page"))
		i -= 4;
	while (i > 0 && t.s[i - 1] == ' ')
		i--;
	if (i > 0 && t.s[i - 1] == ',')
		return before(t, i - 1);
	return t;
}

/* Copy T with runs of blanks made one space; an all-capitals topic gets
 * capitalised like a sentence ("BENZODIAZEPINES" -> "Benzodiazepines"). */
static void set_topic(Guideline *g, Span t)
{
	static char *buf;
	static size_t cap;
	size_t i, k = 0;
	int has_lower = 0;
	t = trim(t);
	if (t.n + 1 > cap) {     /* as long as the citation: a topic is never cut */
		cap = t.n + 1024;
		buf = xrealloc(buf, cap);
	}
	for (i = 0; i < t.n; i++) {
		char c = t.s[i] == '\t' ? ' ' : t.s[i];
		if (c == ' ' && k > 0 && buf[k - 1] == ' ')
			continue;
		has_lower |= c >= 'a' && c <= 'z';
		buf[k++] = c;
	}
	buf[k] = '\0';
	g->topic = buf;
	if (!has_lower && k > 5)
		for (i = 1; i < k; i++)
			buf[i] = (char)lower(buf[i]);
}

/* "MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics." or
 * "MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24." */
static void mtus_topic(Guideline *g, Span c)
{
	size_t sec = ci_find(c.s, c.n, "section(s):"), pg = ci_find(c.s, c.n, "page(s):");
	Span title, topic;
	if (sec < c.n) {
		title = before(c, sec);
		topic = sentence(trim(after(c, sec + 11)));
		if (pg < c.n && c.s + pg < topic.s + topic.n)
			topic = before(topic, (size_t)(c.s + pg - topic.s));
	} else if (pg < c.n) {
		size_t gl;
		title = before(c, pg);
		gl = ci_find(title.s, title.n, "guidelines");
		topic = gl < title.n ? after(title, gl + 10) : after(title, title.n);
		topic = drop_page_ref(trim(topic));
	} else {   /* "MTUS Acupuncture Treatment 2007.": the guideline is the topic */
		title = sentence(c);
		topic = title;
		if (find_year(title, g->edition))
			topic = drop_year(title);
	}
	find_year(title, g->edition);
	set_topic(g, topic);
}

static void other_topic(Guideline *g, Span c)
{
	size_t at;
	if (ci_starts(c, "non-mtus")) {
		at = ci_find(c.s, c.n, "citation");
		c = after(c, at < c.n ? at + 8 : 8);
		c = trim(c);
	}
	if ((at = ci_find(c.s, c.n, "(odg)")) < c.n && at < 40)
		c = trim(after(c, at + 5));
	else if (ci_starts(c, "odg"))
		c = trim(after(c, 3));
	c = sentence(c);
	/* "ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, ...": the
	 * year in parentheses is the edition, the rest the topic */
	if ((at = ci_find(c.s, c.n, "(")) + 6 <= c.n && at < 60 && c.s[at + 5] == ')' &&
	    find_year(before(after(c, at + 1), 4), g->edition))
		c = trim(after(c, at + 6));
	set_topic(g, c);
}

/* ---- pages ---- */

typedef struct {
	long lo, hi;
} Range;

static int by_range(const void *a, const void *b)
{
	const Range *x = a, *y = b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return (x->hi > y->hi) - (x->hi < y->hi);
}

static long page_number(const char *s, size_t n, size_t *i)
{
	long v = 0;
	size_t start = *i;
	while (*i < n && is_digit(s[*i]) && *i - start < 5)
		v = v * 10 + (s[(*i)++] - '0');
	return *i > start ? v : -1;
}

size_t guideline_pages(const char *s, size_t n, char *out, size_t cap)
{
	Range r[32];
	size_t nr = 0, i = 0, k, len = 0;
	for (;;) {
		long lo, hi;
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		if (i + 3 < n && ci_starts((Span){ s + i, 4 }, "and "))
			i += 4;
		if ((lo = page_number(s, n, &i)) < 0)
			break;
		hi = lo;
		if (i + 1 < n && s[i] == '-' && is_digit(s[i + 1])) {
			i++;
			hi = page_number(s, n, &i);
			if (hi < lo)
				hi = lo;
		}
		if (nr < sizeof r / sizeof r[0])
			r[nr++] = (Range){ lo, hi };
	}
	qsort(r, nr, sizeof r[0], by_range);
	out[0] = '\0';
	for (k = 0; k < nr; k++) {
		char one[32];
		size_t w = 0;
		if (k > 0 && r[k].lo == r[k - 1].lo && r[k].hi == r[k - 1].hi)
			continue;
		if (len)
			one[w++] = ',';
		w += num_put_u64(one + w, (uint64_t)r[k].lo);
		if (r[k].hi > r[k].lo) {
			one[w++] = '-';
			w += num_put_u64(one + w, (uint64_t)r[k].hi);
		}
		if (len + w + 1 > cap)
			break;
		memcpy(out + len, one, w);
		len += w;
		out[len] = '\0';
	}
	return len;
}

/* ---- the whole citation ---- */

void guideline_parse(const char *s, size_t n, Guideline *g)
{
	static const char based[] = "decision based on ";
	Span t = { s, n }, first = { NULL, 0 };
	size_t at;
	g->source[0] = g->pages[0] = g->edition[0] = '\0';
	g->topic = "";
	set_citation(s, n);
	while ((at = ci_find(t.s, t.n, based)) < t.n) {
		Span c = after(t, at + sizeof based - 1);
		size_t next = ci_find(c.s, c.n, based);
		t = after(c, next);
		c = trim(before(c, next));
		clause_sources(g, c);
		if (!first.s)
			first = c;
	}
	if (!first.s) {
		if (ci_find(s, n, "did not cite any medical evidence") < n) {
			add_source(g, "none");
			return;
		}
		if (ci_find(s, n, "mtus") < n && ci_find(s, n, "outside of the mtus") == n)
			add_source(g, "MTUS");
		named_sources(g, t);
		return;
	}
	if (ci_starts(first, "mtus"))
		mtus_topic(g, trim(after(first, 4)));
	else
		other_topic(g, first);
	if ((at = ci_find(first.s, first.n, "page(s):")) < first.n)
		guideline_pages(first.s + at + 8, first.n - at - 8, g->pages, sizeof g->pages);
}
