#include "dates.h"

#include <string.h>

typedef struct {
	const char *s, *end;
} Cur;

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int is_alpha(int c) { c = lower(c); return c >= 'a' && c <= 'z'; }

static void skip_blanks(Cur *c)
{
	while (c->s < c->end && (*c->s == ' ' || *c->s == '\t'))
		c->s++;
}

/* A run of 1..MAXD digits; -1 when there is none or it is longer. */
static int number(Cur *c, int maxd, int *ndigits)
{
	int v = 0, d = 0;
	while (c->s < c->end && is_digit(*c->s) && d <= maxd) {
		v = v * 10 + (*c->s++ - '0');
		d++;
	}
	*ndigits = d;
	return d == 0 || d > maxd ? -1 : v;
}

static int accept(Cur *c, char ch)
{
	if (c->s < c->end && *c->s == ch) {
		c->s++;
		return 1;
	}
	return 0;
}

/* A month name or its abbreviation ("Sept", "Dec."), 1..12, or 0. */
static int month_name(Cur *c)
{
	static const char *const names[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
	};
	char word[16];
	size_t n = 0, i;
	while (c->s < c->end && is_alpha(*c->s)) {
		if (n == sizeof word - 1)
			return 0;
		word[n++] = (char)lower(*c->s++);
	}
	if (n < 3)
		return 0;
	word[n] = '\0';
	accept(c, '.');
	for (i = 0; i < 12; i++)
		if (strncmp(names[i], word, n) == 0 &&
		    (n == 3 || n == strlen(names[i]) || strcmp(word, "sept") == 0))
			return (int)i + 1;
	return 0;
}

static int valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] && !(m == 2 && d == 29 && !leap);
}

static int year_of(int v, int ndigits)
{
	if (ndigits == 4)
		return v;
	if (ndigits == 2)
		return v < 50 ? 2000 + v : 1900 + v;
	return -1;
}

/* 10/08/1998, 07/31/14, 10-23-2016 */
static int numeric_mdy(Cur *c, int *y, int *m, int *d)
{
	int nd;
	char sep;
	if ((*m = number(c, 2, &nd)) < 0 || c->s == c->end)
		return 0;
	sep = *c->s;
	if ((sep != '/' && sep != '-') || !accept(c, sep))
		return 0;
	if ((*d = number(c, 2, &nd)) < 0 || !accept(c, sep))
		return 0;
	*y = number(c, 4, &nd);
	*y = *y < 0 ? -1 : year_of(*y, nd);
	return *y > 0;
}

/* 2016-10-23 */
static int iso(Cur *c, int *y, int *m, int *d)
{
	int nd;
	if ((*y = number(c, 4, &nd)) < 0 || nd != 4 || !accept(c, '-'))
		return 0;
	if ((*m = number(c, 2, &nd)) < 0 || nd != 2 || !accept(c, '-'))
		return 0;
	return (*d = number(c, 2, &nd)) >= 0 && nd == 2;
}

/* October 20, 2016; Dec. 9, 2016; Dec 9 2016 */
static int month_day_year(Cur *c, int *y, int *m, int *d)
{
	int nd;
	if ((*m = month_name(c)) == 0)
		return 0;
	skip_blanks(c);
	if ((*d = number(c, 2, &nd)) < 0)
		return 0;
	if (c->end - c->s >= 2 && is_alpha(c->s[0]) && is_alpha(c->s[1]))
		c->s += 2;   /* 20th, 1st, 2nd */
	accept(c, ',');
	skip_blanks(c);
	*y = number(c, 4, &nd);
	return *y >= 0 && nd == 4;
}

/* 9 December 2016 */
static int day_month_year(Cur *c, int *y, int *m, int *d)
{
	int nd;
	if ((*d = number(c, 2, &nd)) < 0)
		return 0;
	skip_blanks(c);
	if ((*m = month_name(c)) == 0)
		return 0;
	accept(c, ',');
	skip_blanks(c);
	*y = number(c, 4, &nd);
	return *y >= 0 && nd == 4;
}

/* V as exactly N decimal digits (V fits: valid() checked it). */
static void put_digits(char *out, int v, int n)
{
	while (n-- > 0) {
		out[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

int date_iso(const char *s, size_t n, char out[11])
{
	static int (*const forms[])(Cur *, int *, int *, int *) = {
		iso, numeric_mdy, month_day_year, day_month_year,
	};
	size_t i;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		Cur c = { s, s + n };
		int y = 0, m = 0, d = 0;
		skip_blanks(&c);
		if (!forms[i](&c, &y, &m, &d))
			continue;
		skip_blanks(&c);
		if (c.s != c.end || !valid(y, m, d))
			continue;
		put_digits(out, y, 4);
		out[4] = '-';
		put_digits(out + 5, m, 2);
		out[7] = '-';
		put_digits(out + 8, d, 2);
		out[10] = '\0';
		return 1;
	}
	return 0;
}

/* Days from 1970-01-01 (the civil calendar, as in H. Hinnant's algorithm). */
long date_days(const char iso[10])
{
	long y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
	long m = (iso[5] - '0') * 10 + (iso[6] - '0');
	long d = (iso[8] - '0') * 10 + (iso[9] - '0');
	long era, yoe, doy, doe;
	y -= m <= 2;
	era = y / 400;                              /* y >= 1899: no negative era */
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void date_quarter(const char iso[10], char out[7])
{
	int m = (iso[5] - '0') * 10 + (iso[6] - '0');
	memcpy(out, iso, 4);
	out[4] = 'Q';
	out[5] = (char)('1' + (m - 1) / 3);
	out[6] = '\0';
}
