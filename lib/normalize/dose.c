#include "dose.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phrase.h"

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_alpha(int c) { c = lower(c); return c >= 'a' && c <= 'z'; }

size_t dose_number(const char *s, size_t n, size_t *used, char *out, size_t cap)
{
	size_t i = 0, k = 0, int_start, int_end, frac_start, frac_end;
	*used = 0;
	if (cap < 4)
		return 0;
	int_start = i;
	while (i < n && is_digit(s[i]))
		i++;
	int_end = i;
	frac_start = frac_end = i;
	if (i + 1 < n && s[i] == '.' && is_digit(s[i + 1])) {
		frac_start = ++i;
		while (i < n && is_digit(s[i]))
			i++;
		frac_end = i;
	}
	if (int_end == int_start && frac_end == frac_start)
		return 0;
	while (int_start + 1 < int_end && s[int_start] == '0')
		int_start++;
	while (frac_end > frac_start && s[frac_end - 1] == '0')
		frac_end--;
	if (int_end - int_start + frac_end - frac_start + 3 > cap)
		return 0;
	if (int_end == int_start)
		out[k++] = '0';
	memcpy(out + k, s + int_start, int_end - int_start);
	k += int_end - int_start;
	if (frac_end > frac_start) {
		out[k++] = '.';
		memcpy(out + k, s + frac_start, frac_end - frac_start);
		k += frac_end - frac_start;
	}
	out[k] = '\0';
	*used = i;
	return k;
}

void dose_format(double v, char *out, size_t cap)
{
	char digits[24];
	unsigned long long hundredths;
	size_t n = 0, k = 0;
	int d;
	out[0] = '\0';
	if (!(v >= 0 && v < 1e9) || cap < 16)    /* no number of doses is that large */
		return;
	hundredths = (unsigned long long)(v * 100 + 0.5);
	do {    /* the digits, last first, by hand: no locale's decimal point */
		digits[n++] = (char)('0' + hundredths % 10);
		hundredths /= 10;
	} while (hundredths > 0 || n < 3);
	while (n > 2)
		out[k++] = digits[--n];
	out[k++] = '.';
	for (d = 1; d >= 0; d--)
		out[k++] = digits[d];
	while (out[k - 1] == '0')
		k--;
	if (out[k - 1] == '.')
		k--;
	out[k] = '\0';
}

/* ---- strength ---- */

/* A unit at S: its canonical name (*len gets the bytes read), or NULL. */
static const char *unit_at(const char *s, size_t n, size_t *len)
{
	static const struct { const char *as, *unit; } units[] = {
		{ "mcg/hr", "mcg/h" }, { "mcg/hour", "mcg/h" }, { "mcg/h", "mcg/h" },
		{ "mcg/ml", "mcg/ml" }, { "mg/ml", "mg/ml" }, { "mg/cc", "mg/ml" },
		{ "micrograms", "mcg" }, { "microgram", "mcg" }, { "mcg", "mcg" },
		{ "milligrams", "mg" }, { "milligram", "mg" }, { "mg", "mg" },
		{ "milliliters", "ml" }, { "milliliter", "ml" }, { "mls", "ml" }, { "ml", "ml" },
		{ "cc", "ml" }, { "grams", "g" }, { "gram", "g" }, { "gms", "g" },
		{ "gm", "g" }, { "g", "g" }, { "%", "%" },
	};
	size_t i, k;
	if (n == 0)
		return NULL;
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		const char *u = units[i].as;
		size_t ul;
		if (lower(s[0]) != u[0])
			continue;      /* the usual case: not even the first letter */
		ul = strlen(u);
		if (ul > n)
			continue;
		for (k = 0; k < ul && lower(s[k]) == u[k]; k++)
			;
		if (k == ul && (k == n || !is_alpha(s[k]))) {
			*len = ul;
			return units[i].unit;
		}
	}
	return NULL;
}

static size_t skip_blanks(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

static int starts_number(const char *s, size_t n, size_t i)
{
	return i < n && (is_digit(s[i]) || (s[i] == '.' && i + 1 < n && is_digit(s[i + 1])));
}

/* Does S start with a word counting doses ("tab", "capsules", "by")? */
static int dose_count_word(const char *s, size_t n)
{
	static const char *const t[] = {
		"tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules",
		"pill", "pills", "patch", "patches", "by", "po", NULL,
	};
	const char *const *p;
	size_t i = skip_blanks(s, n, 0), k;
	for (p = t; *p; p++) {
		for (k = 0; (*p)[k] && i + k < n && lower(s[i + k]) == (*p)[k]; k++)
			;
		if (!(*p)[k] && (i + k == n || !is_alpha(s[i + k])))
			return 1;
	}
	return 0;
}

/* Append S to the string in OUT (CAP bytes), cut short when it does not fit. */
static void append(char *out, size_t cap, const char *s)
{
	size_t len = strlen(out), n = strlen(s);
	if (n > cap - 1 - len)
		n = cap - 1 - len;
	memcpy(out + len, s, n);
	out[len + n] = '\0';
}

#define MAXPARTS 4

int dose_strength(const char *s, size_t n, char *strength, size_t cap, char unit[16])
{
	char part[MAXPARTS][16];
	const char *units[MAXPARTS] = { NULL };
	const char *u = NULL;
	size_t i = 0, np = 0, k, used, ulen;
	int adjacent;
	while (i < n && !starts_number(s, n, i) && s[i] != '#')
		i++;
	if (i == n || s[i] == '#' || (i > 0 && is_alpha(s[i - 1])))
		return 0;
	adjacent = skip_blanks(s, n, 0) == i;
	for (;;) {
		size_t j;
		if (!dose_number(s + i, n - i, &used, part[np], sizeof part[np]))
			return 0;
		i = skip_blanks(s, n, i + used);
		if ((units[np] = unit_at(s + i, n - i, &ulen)) != NULL)
			i += ulen;
		np++;
		j = skip_blanks(s, n, i);
		if (np == MAXPARTS || j >= n || (s[j] != '/' && s[j] != '-'))
			break;
		if (s[j] == '-' && j != i)
			break;          /* "10 - 20" is a range of words, not a strength */
		j = skip_blanks(s, n, j + 1);
		if (!starts_number(s, n, j))
			break;
		i = j;
	}
	for (k = 0; k < np && !u; k++)
		u = units[k];
	/* 10mg/1ml, 250mg/5ml: a concentration, given per 1 ml (50 mg/ml) */
	if (np == 2 && units[1] && strcmp(units[1], "ml") == 0 && units[0] &&
	    strcmp(units[0], "ml") != 0 && strcmp(units[0], "%") != 0) {
		double per = strtod(part[1], NULL);
		if (per <= 0)
			return 0;
		snprintf(unit, 16, "%s/ml", units[0]);
		dose_format(strtod(part[0], NULL) / per, strength, cap);
		return strength[0] != '\0';
	}
	if (!u && (!adjacent || dose_count_word(s + i, n - i)))
		return 0;       /* "Tylenol #3 1 tab": a count of tablets */
	strcpy(unit, u ? u : "");
	strength[0] = '\0';
	for (k = 0; k < np; k++) {
		if (k)
			append(strength, cap, "/");
		append(strength, cap, part[k]);
	}
	return 1;
}

int dose_strength_list(const char *s, size_t n, size_t want, char *strength, size_t cap, char unit[16])
{
	const char *u, *shared = NULL;
	char part[16];
	size_t i = 0, k, used, ulen;
	strength[0] = '\0';
	while (i < n && !starts_number(s, n, i)) {
		if (is_alpha(s[i]) || s[i] == '#')
			return 0;
		i++;
	}
	for (k = 0; k < want; k++) {
		if (!starts_number(s, n, i) || !dose_number(s + i, n - i, &used, part, sizeof part))
			return 0;
		i = skip_blanks(s, n, i + used);
		if ((u = unit_at(s + i, n - i, &ulen)) != NULL) {
			if (shared && strcmp(u, shared) != 0)
				return 0;
			shared = u;
			i = skip_blanks(s, n, i + ulen);
		}
		if (k)
			append(strength, cap, ";");
		append(strength, cap, part);
		if (k + 1 < want) {
			if (i >= n || s[i] != '/')
				return 0;
			i = skip_blanks(s, n, i + 1);
		}
	}
	if (!shared || (i < n && s[i] == '/'))
		return 0;   /* (more strengths than names: whose is which?) */
	strcpy(unit, shared);
	return 1;
}

/* ---- quantity ---- */

static int ci_prefix(const char *s, size_t n, const char *word)
{
	size_t k, len = strlen(word);
	if (len > n)
		return 0;
	for (k = 0; k < len; k++)
		if (lower(s[k]) != word[k])
			return 0;
	return len == n || !is_alpha(s[len]);
}

/* Is the '#' at S[i] the number of a codeine product ("Tylenol #3",
 * "APAP with codeine #4"), not a count: after "tylenol" or "codeine", a
 * digit 2 to 4 alone? */
static int product_number(const char *s, size_t n, size_t i)
{
	size_t e = i;
	if (i + 1 >= n || s[i + 1] < '2' || s[i + 1] > '4' || (i + 2 < n && (is_digit(s[i + 2]) || s[i + 2] == '.')))
		return 0;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return (e >= 7 && ci_prefix(s + e - 7, 7, "codeine")) || (e >= 7 && ci_prefix(s + e - 7, 7, "tylenol"));
}

/* The number after a '#' or "qty"/"quantity" at S[i], or 0. */
static int qty_after(const char *s, size_t n, size_t i, char out[16])
{
	size_t used;
	while (i < n && (s[i] == ' ' || s[i] == ':' || s[i] == '#' || s[i] == '='))
		i++;
	if (i + 3 < n && ci_prefix(s + i, n - i, "of"))
		i = skip_blanks(s, n, i + 2);
	return dose_number(s + i, n - i, &used, out, 16) > 0;
}

/* A list of words, made a dictionary (word -> its place in the list) on
 * first use: a word is looked up in one probe, not compared with each. */
typedef struct {
	const char *const *words;   /* NULL-terminated */
	Phrases dict;
} WordList;

/* The place of word I in L, or -1. */
static int list_index(WordList *l, const Words *w, size_t i)
{
	size_t k;
	if (l->dict.n == 0)
		for (k = 0; l->words[k]; k++)
			phrases_add(&l->dict, l->words[k], (int)k);
	return phrases_word(&l->dict, w, i);
}

static int in_list(const Words *w, size_t i, WordList *l)
{
	return list_index(l, w, i) >= 0;
}

static const char *const count_word_list[] = {
	"tablets", "tabs", "capsules", "caps", "pills", "patches", "pads",
	"tablet", "tab", "capsule", "cap", "pill", "patch", "pad", NULL,
};
static WordList count_words = { .words = count_word_list };

/* Is word I a span of time ("days", "weeks", "months", "hours")? */
static int is_time_word(const Words *w, size_t i)
{
	static const char *const t[] = {
		"day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos",
		"year", "years", "hour", "hours", "hr", "hrs", NULL,
	};
	static WordList times = { .words = t };
	return in_list(w, i, &times);
}

/* Word I a count word followed by "x 30" or "x30" ("capsules x 30",
 * "tabs x60"), not by a time ("tablets x 30 days"): the count, else 0. */
static int times_count(const Words *w, size_t i)
{
	const char *p;
	size_t k;
	int v = 0;
	if (i + 1 >= w->n || w->key[w->off[i + 1]] != 'x' || !in_list(w, i, &count_words))
		return 0;   /* (the cheap test first: this is asked of every word) */
	p = w->key + w->off[i + 1];
	if (words_is(w, i + 1, "x")) {
		if ((v = words_number(w, i + 2)) < 1 || (i + 3 < w->n && is_time_word(w, i + 3)))
			return 0;
		return v;
	}
	if (p[0] != 'x' || w->len[i + 1] < 2)
		return 0;
	for (k = 1; k < w->len[i + 1]; k++) {
		if (!is_digit(p[k]) || k > 4)
			return 0;
		v = v * 10 + (p[k] - '0');
	}
	return i + 2 < w->n && is_time_word(w, i + 2) ? 0 : v;
}

int dose_qty(const char *s, size_t n, char out[16])
{
	static Words w;
	words_split(&w, s, n);
	return dose_qty_words(s, n, 0, &w, out);
}

int dose_qty_words(const char *s, size_t n, size_t from, const Words *w, char out[16])
{
	static const char *const after_dose_list[] = {
		"daily", "twice", "once", "three", "per", "a", "every", "at", "by",
		"po", "bid", "tid", "qid", "qd", "qhs", "q", "as", "prn", "orally", NULL,
	};
	static WordList after_dose = { .words = after_dose_list };
	size_t i;
	for (i = from; i < n; i++) {
		if (s[i] == '#' && !product_number(s, n, i) && qty_after(s, n, i + 1, out))
			return 1;
		if (lower(s[i]) == 'q' && (i == from || !is_alpha(s[i - 1])) &&
		    (ci_prefix(s + i, n - i, "qty") || ci_prefix(s + i, n - i, "quantity")) &&
		    qty_after(s, n, i + (lower(s[i + 1]) == 't' ? 3 : 8), out))
			return 1;
	}
	/* "90 tablets", but not "2 tablets twice a day" (a dose) */
	for (i = 0; i + 1 < w->n; i++) {
		int v;
		if (w->src[i] >= from && (v = times_count(w, i)) > 0) {   /* "capsules x 30" */
			dose_format(v, out, 16);
			return 1;
		}
		if (w->src[i] < from || (v = words_number(w, i)) < 2)
			continue;
		if (in_list(w, i + 1, &count_words) && w->len[i + 1] > 3 &&
		    w->key[w->off[i + 1] + w->len[i + 1] - 1] == 's' && !in_list(w, i + 2, &after_dose)) {
			dose_format(v, out, 16);     /* a whole number: as %d would */
			return 1;
		}
	}
	return 0;
}

/* ---- refills ---- */

/* Word I as a count: "3", "three", "x3", "no" (0); -1 otherwise. */
static int count_at(const Words *w, size_t i)
{
	const char *p;
	if (i >= w->n)
		return -1;
	if (words_is(w, i, "no") || words_is(w, i, "zero"))
		return 0;
	p = w->key + w->off[i];
	if (p[0] == 'x' && w->len[i] > 1 && is_digit(p[1])) {
		int v = 0;
		size_t k;
		for (k = 1; k < w->len[i] && is_digit(p[k]) && k < 4; k++)
			v = v * 10 + (p[k] - '0');
		return k == w->len[i] ? v : -1;
	}
	return words_number(w, i);
}

int dose_refills(const Words *w, size_t from)
{
	size_t i;
	for (i = from; i < w->n; i++) {
		int v;
		if (!words_is(w, i, "refill") && !words_is(w, i, "refills"))
			continue;
		if (i > from && (v = count_at(w, i - 1)) >= 0)
			return v;
		if (words_is(w, i + 1, "x") && (v = words_number(w, i + 2)) >= 0)
			return v;
		if ((v = count_at(w, i + 1)) >= 0)
			return v;
	}
	return -1;
}

/* ---- frequency ---- */

static int is_day(const Words *w, size_t i)
{
	return words_is(w, i, "day") || words_is(w, i, "daily") || words_is(w, i, "days");
}

static int is_hours(const Words *w, size_t i)
{
	return words_is(w, i, "hours") || words_is(w, i, "hour") || words_is(w, i, "hrs") ||
	       words_is(w, i, "hr") || words_is(w, i, "h");
}

/* "a day", "per day", "daily", "each day" at word I: words used, or 0. */
static size_t per_day_words(const Words *w, size_t i)
{
	if (words_is(w, i, "daily"))
		return 1;
	if ((words_is(w, i, "a") || words_is(w, i, "per") || words_is(w, i, "each") ||
	     words_is(w, i, "every")) && words_is(w, i + 1, "day"))
		return 2;
	return 0;
}

/* "q8h", "q12hr": the hours, or 0. */
static int q_hours_word(const Words *w, size_t i)
{
	const char *p = w->key + w->off[i];
	size_t k, len = w->len[i];
	int v = 0;
	if (len < 3 || p[0] != 'q' || !is_digit(p[1]))
		return 0;
	for (k = 1; k < len && is_digit(p[k]) && k < 4; k++)
		v = v * 10 + (p[k] - '0');
	if (strncmp(p + k, "h", len - k) == 0 || strncmp(p + k, "hr", len - k) == 0 ||
	    strncmp(p + k, "hrs", len - k) == 0)
		return v;
	return 0;
}

static double every_hours(int h)
{
	return h > 0 && h <= 24 && 24 % h == 0 ? 24.0 / h : 0;
}

/* The times a day said by a frequency starting at word I, or 0. */
static double frequency_at(const Words *w, size_t i)
{
	static const struct { const char *word; double per_day; } single[] = {
		{ "qd", 1 }, { "od", 1 }, { "daily", 1 }, { "qday", 1 }, { "nightly", 1 },
		{ "qhs", 1 }, { "hs", 1 }, { "qam", 1 }, { "qpm", 1 }, { "bedtime", 1 },
		{ "bid", 2 }, { "tid", 3 }, { "qid", 4 },
	};
	static Phrases dict;    /* single[].word -> its index */
	size_t k;
	int v;
	if (dict.n == 0)
		for (k = 0; k < sizeof single / sizeof single[0]; k++)
			phrases_add(&dict, single[k].word, (int)k);
	if ((v = phrases_word(&dict, w, i)) >= 0)
		return single[v].per_day;
	if ((v = q_hours_word(w, i)) > 0)
		return every_hours(v);
	if (words_is(w, i, "once") || words_is(w, i, "twice") || words_is(w, i, "thrice"))
		return per_day_words(w, i + 1) == 0 ? 0 :
		       words_is(w, i, "once") ? 1 : words_is(w, i, "twice") ? 2 : 3;
	if (words_is(w, i, "every") || words_is(w, i, "q")) {
		if (words_is(w, i + 1, "other") && words_is(w, i + 2, "day"))
			return 0.5;
		if (words_is(w, i + 1, "day") || words_is(w, i + 1, "morning") ||
		    words_is(w, i + 1, "night") || words_is(w, i + 1, "evening"))
			return 1;
		if ((v = words_number(w, i + 1)) > 0 && is_hours(w, i + 2))
			return every_hours(v);
		return 0;
	}
	if ((v = words_number(w, i)) > 0 && v <= 12) {
		if ((words_is(w, i + 1, "times") || words_is(w, i + 1, "time") || words_is(w, i + 1, "x")) &&
		    per_day_words(w, i + 2))
			return v;
		if (per_day_words(w, i + 1) == 2 && !words_is(w, i + 1, "every"))
			return v;     /* "3 a day", "2 per day" */
	}
	/* "3x a day", "2x daily" */
	if (w->len[i] >= 2 && is_digit(w->key[w->off[i]]) && w->key[w->off[i] + w->len[i] - 1] == 'x' &&
	    w->len[i] <= 3 && per_day_words(w, i + 1))
		return w->key[w->off[i]] - '0';
	return 0;
}

/* Units per dose said just before a frequency at word I ("1 tablet", "two
 * capsules", "one by mouth"): the count, 1 when none is said, -1 when it is
 * a range ("1-2 tablets"). */
static int units_per_dose(const Words *w, size_t i, size_t from)
{
	static const char *const mouth_list[] = { "po", "orally", "mouth", NULL };
	static WordList mouth = { .words = mouth_list };
	size_t j;
	for (j = i; j > from && i - j < 4; j--) {
		size_t u = j - 1;   /* the word naming the unit */
		int v;
		if (in_list(w, u, &count_words) || in_list(w, u, &mouth)) {
			if (words_is(w, u, "mouth") && u > from && words_is(w, u - 1, "by"))
				u--;
			if (u == from || (v = words_number(w, u - 1)) < 0)
				return 1;
			if (u - 1 > from && ((w->before[u - 1] == '-' && words_number(w, u - 2) >= 0) ||
			                     words_is(w, u - 2, "to") || words_is(w, u - 2, "or")))
				return -1;
			return v;
		}
	}
	return 1;
}

double dose_per_day(const Words *w, size_t from)
{
	size_t i;
	for (i = from; i < w->n; i++) {
		double f = frequency_at(w, i);
		int units;
		if (f == 0)
			continue;
		/* "every 4 to 6 hours", "2-3 times a day": ranges say no one number */
		if (i > from && (words_is(w, i - 1, "to") || words_is(w, i - 1, "or") ||
		                 (w->before[i] == '-' && words_number(w, i - 1) >= 0)))
			return 0;
		if ((words_is(w, i, "every") || words_is(w, i, "q")) &&
		    (words_is(w, i + 2, "to") || words_is(w, i + 2, "or")))
			return 0;
		units = units_per_dose(w, i, from);
		return units < 0 ? 0 : f * units;
	}
	return 0;
}

int dose_days_supply(const Words *w, size_t from)
{
	size_t i;
	int v;
	for (i = from; i < w->n; i++) {
		if (words_is(w, i, "supply") && i >= 1 && is_day(w, i - 1)) {
			/* "day supply: 30", "30 day supply", not "#60 day supply" */
			if ((v = words_number(w, i + 1)) > 0 && w->before[i + 1] != '#')
				return v;
			if (i >= 2 && (v = words_number(w, i - 2)) > 0 && w->before[i - 2] != '#')
				return v;
		}
		if (words_is(w, i, "for") && (v = words_number(w, i + 1)) > 0 && words_is(w, i + 2, "days"))
			return v;
	}
	return 0;
}

const char *dose_form(const Words *w, size_t from)
{
	static const struct { const char *word, *form; } forms[] = {
		{ "tablet", "tablet" }, { "tablets", "tablet" }, { "tab", "tablet" },
		{ "tabs", "tablet" }, { "caplet", "tablet" }, { "caplets", "tablet" },
		{ "capsule", "capsule" }, { "capsules", "capsule" }, { "cap", "capsule" },
		{ "caps", "capsule" }, { "patch", "patch" }, { "patches", "patch" },
		{ "pad", "patch" }, { "pads", "patch" }, { "cream", "cream" }, { "gel", "gel" },
		{ "lotion", "lotion" }, { "ointment", "ointment" }, { "solution", "solution" },
		{ "suspension", "suspension" }, { "syrup", "solution" }, { "liquid", "solution" },
		{ "injection", "injection" }, { "injectable", "injection" }, { "spray", "spray" },
		{ "nasal", "nasal spray" }, { "intranasal", "nasal spray" },   /* (before "spray": not topical) */
		{ "powder", "powder" }, { "film", "film" }, { "suppository", "suppository" },
		{ "suppositories", "suppository" }, { "drops", "drops" }, { "lozenge", "lozenge" },
	};
	static Phrases dict;    /* forms[].word -> its index */
	size_t i, k;
	int v;
	if (dict.n == 0)
		for (k = 0; k < sizeof forms / sizeof forms[0]; k++)
			phrases_add(&dict, forms[k].word, (int)k);
	for (i = from; i < w->n; i++)
		if ((v = phrases_word(&dict, w, i)) >= 0)
			return forms[v].form;
	return NULL;
}

/* ---- amount ---- */

int dose_amount(const char *s, size_t n, const char *strength_unit, char qty[16], char unit[8])
{
	size_t i = 0, used, ulen;
	int first = 1;
	while (i < n) {
		const char *u;
		size_t j;
		if (!starts_number(s, n, i) || (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1]) ||
		                                          s[i - 1] == '.' || s[i - 1] == '/'))) {
			i++;
			continue;
		}
		if (!dose_number(s + i, n - i, &used, qty, 16))
			return 0;
		j = skip_blanks(s, n, i + used);
		u = unit_at(s + j, n - j, &ulen);
		if (u && (strcmp(u, "ml") == 0 || strcmp(u, "g") == 0)) {
			size_t e = skip_blanks(s, n, j + ulen);
			int concentration = e < n && s[e] == '/';
			/* the strength itself when it is in g or ml ("Keflex 1g") */
			int is_strength = first && strength_unit && strcmp(strength_unit, u) == 0;
			if (!concentration && !is_strength) {
				strcpy(unit, u);
				return 1;
			}
		}
		first = 0;
		i += used;
	}
	qty[0] = unit[0] = '\0';
	return 0;
}

/* ---- courses of visits ---- */

/* "once" 1, "twice" 2, "thrice" 3, else the number of word I, or -1. */
static int times_word(const Words *w, size_t i)
{
	if (words_is(w, i, "once"))
		return 1;
	if (words_is(w, i, "twice"))
		return 2;
	if (words_is(w, i, "thrice"))
		return 3;
	return words_number(w, i);
}

static int is_week(const Words *w, size_t i)
{
	return words_is(w, i, "week") || words_is(w, i, "weeks") || words_is(w, i, "weekly") ||
	       words_is(w, i, "wk") || words_is(w, i, "wks");
}

static int is_times(const Words *w, size_t i)
{
	return words_is(w, i, "times") || words_is(w, i, "time") || words_is(w, i, "x");
}

static int is_session(const Words *w, size_t i)
{
	static const char *const t[] = {
		"session", "sessions", "visit", "visits", "treatment", "treatments", "appointment",
		"appointments", "units", NULL,
	};
	const char *const *p;
	for (p = t; *p; p++)
		if (words_is(w, i, *p))
			return 1;
	return 0;
}

/* Is the number at word I the upper end of a range ("2-3", "1 to 2")? */
static int range_end(const Words *w, size_t i)
{
	return (i >= 1 && w->before[i] == '-' && words_number(w, i - 1) >= 0) ||
	       (i >= 2 && words_number(w, i - 2) >= 0 && (words_is(w, i - 1, "to") || words_is(w, i - 1, "or")));
}

/* "2x4", "3x6": a word of digits, x, digits; its two numbers. */
static int nxm_word(const Words *w, size_t i, int *a, int *b)
{
	const char *p = w->key + w->off[i], *end = p + w->len[i];
	int x = 0, y = 0;
	if (!is_digit(*p) || w->len[i] > 5)
		return 0;
	while (p < end && is_digit(*p))
		x = x * 10 + (*p++ - '0');
	if (p == end || *p++ != 'x' || p == end || end - p > 2 || x > 10)
		return 0;
	while (p < end && is_digit(*p))
		y = y * 10 + (*p++ - '0');
	if (p != end)
		return 0;
	*a = x;
	*b = y;
	return 1;
}

/* "x6": the number after the x, or -1. */
static int x_count(const Words *w, size_t i)
{
	const char *p = w->key + w->off[i];
	int v = 0;
	size_t k;
	if (w->len[i] < 2 || w->len[i] > 3 || p[0] != 'x')
		return -1;
	for (k = 1; k < w->len[i]; k++) {
		if (!is_digit(p[k]))
			return -1;
		v = v * 10 + (p[k] - '0');
	}
	return v;
}

void dose_course(const Words *w, int therapy, Course *c)
{
	size_t i, j;
	int product = 0, total = 0, count = 0;
	c->visits = c->per_week = c->weeks = 0;
	for (i = 0; i < w->n; i++) {
		int a, b;
		/* N times a week / N x per week / N per week / twice weekly ... */
		int nx = 0;
		a = times_word(w, i);
		j = i + 1;
		if (a < 0 && w->len[i] == 2 && is_digit(w->key[w->off[i]]) && w->key[w->off[i] + 1] == 'x')
			a = w->key[w->off[i]] - '0', nx = 1;    /* "2x a week" */
		else if (is_times(w, j))
			j++;
		if (a > 0 && a <= 7) {
			if (words_is(w, j, "a") || words_is(w, j, "per") || words_is(w, j, "each") ||
			    words_is(w, j, "every") || (is_week(w, j) && w->before[j] == '/'))
				j += !is_week(w, j);
			if (is_week(w, j) && (j > i + 1 || nx || words_is(w, i, "twice") ||
			                      words_is(w, i, "once") || words_is(w, i, "thrice") ||
			                      (j < w->n && w->before[j] == '/'))) {
				if (!range_end(w, i) && !c->per_week)
					c->per_week = a;
				/* then "for 6 weeks", "x 6 weeks", "times 6" */
				for (j++; j < w->n && j < i + 8; j++) {
					int m = words_number(w, j);
					if (m > 0 && m <= 104 && (is_week(w, j + 1) || (j > 0 && is_times(w, j - 1)))) {
						c->weeks = m;
						break;
					}
					if (x_count(w, j) > 0) {
						c->weeks = x_count(w, j);
						break;
					}
				}
				continue;
			}
		}
		/* 2x4 */
		if (nxm_word(w, i, &a, &b) && a > 0 && b > 0 && !is_week(w, i + 1)) {
			if (!product)
				product = a * b;
			continue;
		}
		/* 1 times 8, 2 x 4; 2 x 4 weeks (twice a week for four weeks) */
		if ((a = words_number(w, i)) > 0 && a <= 10 && is_times(w, i + 1) &&
		    (b = words_number(w, i + 2)) > 0 && b <= 99 &&
		    !words_is(w, i + 3, "a") && !words_is(w, i + 3, "per")) {
			if (is_week(w, i + 3) && a <= 7 && !c->per_week) {
				c->per_week = a;
				c->weeks = b;
			} else if (!is_week(w, i + 3) && !product) {
				product = a * b;
			}
			i += 2;
			continue;
		}
		if (!therapy)
			continue;
		/* twelve (12) physical therapy sessions; sessions, 12; 6 visits */
		if (is_session(w, i)) {
			size_t k;
			for (k = i; k-- > 0 && i - k <= 5; ) {
				int m = words_number(w, k);
				if (m > 0 && !is_times(w, k + 1) && !words_is(w, k + 1, "per") &&
				    !is_week(w, k + 1) && !words_is(w, k + 1, "a")) {
					if (!total)
						total = m;
					break;
				}
				if (words_is(w, k, "for") && k + 1 < i && words_number(w, k + 1) < 0)
					break;
			}
			if (!total && (a = words_number(w, i + 1)) > 0 && !is_times(w, i + 2) &&
			    !is_week(w, i + 2) && !words_is(w, i + 2, "a") && !words_is(w, i + 2, "per"))
				total = a;
		}
		/* "x 6", "#8"; not "x 6 months", "x 160 hours": a time, not visits */
		if (!count && (((a = x_count(w, i)) > 0 && !is_time_word(w, i + 1)) ||
		               ((words_is(w, i, "x") || words_is(w, i, "times")) && i > 0 &&
		                (a = words_number(w, i + 1)) > 0 && !is_time_word(w, i + 2) &&
		                words_number(w, i - 1) < 0) ||
		               (w->before[i] == '#' && (a = words_number(w, i)) > 0) ||
		               0))
			count = a;
	}
	if (total)
		c->visits = total;
	else if (c->per_week && c->weeks)
		c->visits = c->per_week * c->weeks;
	else if (product)
		c->visits = product;
	else if (count && !c->weeks)
		c->visits = count;
}
