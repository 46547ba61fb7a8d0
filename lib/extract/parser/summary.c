/* summary.c: the clinical case summary: age, sex, date of injury and the
 * diagnoses.  Part of the parser (parser.c). */
#include "parser.h"

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

