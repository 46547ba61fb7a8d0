/* summary.c: the clinical case summary: age, sex, date of injury, and the
 * text diagnoses.c reads the diagnoses from.  Part of the parser (parser.c). */
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

/* The diagnoses (diagnoses.c). */
static void parse_diagnoses(Letter *L, const Text *t);

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

