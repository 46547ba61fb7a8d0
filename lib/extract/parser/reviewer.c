/* reviewer.c: the expert reviewer's specialty and the states of licence.
 * Part of the parser (parser.c). */
#include "parser.h"

/* ---- reviewer ---- */

static void add_list_span(Letter *L, Str *list, size_t from, size_t to, int split_and)
{
	Str v = add_clean(L, from, to);
	const char *p = L->pool + v.off, *end = p + v.len;
	char buf[512];
	size_t n = v.len < sizeof buf ? v.len : sizeof buf - 1;
	/* the list is built after V: copy V out of the way first */
	memcpy(buf, p, n);
	L->pool_len = v.off;
	p = buf;
	end = buf + n;
	while (p < end) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		const char *stop = comma ? comma : end;
		const char *q = p;
		if (split_and) {   /* "California and Texas" */
			const char *a;
			while ((a = scan_find(q, (size_t)(stop - q), " and ", 5)) != NULL) {
				list_add(L, list, q, (size_t)(a - q));
				q = a + 5;
			}
		}
		if (text_caseless_at(q, (size_t)(stop - q), 0, " and ", 5))
			q += 5;
		else if (text_caseless_at(q, (size_t)(stop - q), 0, "and ", 4))
			q += 4;
		list_add(L, list, q, (size_t)(stop - q));
		p = comma ? comma + 1 : end;
	}
}

/* Where the first of X, ", X", " and X" and ", and X" in [FROM, TO) starts
 * (X begins with a space), or NONE; X alone only when BARE. */
static size_t joined_clause(const Letter *L, size_t from, size_t to, const char *x, int bare)
{
	size_t at, pos;
	for (pos = from; (at = find(L, pos, to, x)) != NONE; pos = at + 1) {
		if (at >= from + 5 && memcmp(L->low + at - 5, ", and", 5) == 0)
			return at - 5;
		if (at >= from + 4 && memcmp(L->low + at - 4, " and", 4) == 0)
			return at - 4;
		if (at >= from + 1 && L->low[at - 1] == ',')
			return at - 1;
		if (bare)
			return at;
	}
	return NONE;
}

/* "Board Certified in X[,] [and] has a subspecialty in Y and is licensed to
 * practice in Z." */
static void board_sentence(Letter *L, size_t at, size_t limit)
{
	size_t from = after(at, "board certified in "), stop = find(L, from, limit, ". "), cut;
	stop = min2(stop, limit);
	cut = min2(min2(joined_clause(L, from, stop, " has a subspecialty", 1),
	                joined_clause(L, from, stop, " is licensed", 1)), stop);
	/* the letters write "in X and Y" for two boards, but "and" is also in
	 * "Physical Medicine and Rehabilitation": keep it whole */
	add_list_span(L, &L->reviewer_specialty, from, cut, 0);
	at = find(L, cut, stop, "subspecialty in ");
	if (at != NONE) {
		size_t s = after(at, "subspecialty in ");
		add_list_span(L, &L->reviewer_specialty, s, min2(joined_clause(L, s, stop, " is licensed", 0), stop), 0);
	}
}

/* Is there a lowercase letter in [from, to)? */
static int has_lower(const Letter *L, size_t from, size_t to)
{
	for (; from < to; from++)
		if (text_is_lower(L->norm[from]))
			return 1;
	return 0;
}

/* A labelled list that can wrap onto following lines: it ends at NEXT (the
 * other list's label) on its first line or on a line it wrapped onto.  A
 * line with another label ends it, and so does a heading: a line in
 * capitals after a list that is not (in a letter all in capitals, only
 * LIMIT can tell). */
static size_t labelled_list_end(const Letter *L, size_t from, size_t limit, const char *next)
{
	size_t e = line_end(L, from), at = find(L, from, e, next);
	int mixed_case = has_lower(L, from, e);
	if (at != NONE)
		return min2(at, limit);
	while (e < limit && e + 1 < L->len && L->norm[e + 1] != '\n') {
		size_t line = e + 1, le = line_end(L, line);
		if (memchr(L->norm + line, ':', le - line)) {
			if ((at = find(L, line, le, next)) != NONE)
				return min2(at, limit);   /* (the list wrapped onto its line) */
			break;
		}
		if (mixed_case && is_upper(L->norm[line]) && is_upper(L->norm[line + 1]) && !has_lower(L, line, le))
			break;
		e = le;
	}
	return min2(e, limit);
}

#define CERT_LABEL "certification(s)/specialty:"
#define STATE_LABEL "state(s) of licensure:"

/* The first of each of the reviewer's two labels in [FROM, TO), or NONE:
 * found in one pass, by the "(s)" they share. */
static void reviewer_labels(const Letter *L, size_t from, size_t to, size_t *cert, size_t *state)
{
	enum { C_AT = sizeof "certification" - 1, S_AT = sizeof "state" - 1 };   /* where "(s)" is */
	size_t pos, at;
	*cert = *state = NONE;
	for (pos = from; (*cert == NONE || *state == NONE) && (at = find(L, pos, to, "(s)")) != NONE; pos = at + 1) {
		if (*cert == NONE && at >= from + C_AT && low_at(L, at - C_AT, to, CERT_LABEL, sizeof CERT_LABEL - 1))
			*cert = at - C_AT;
		else if (*state == NONE && at >= from + S_AT &&
		         low_at(L, at - S_AT, to, STATE_LABEL, sizeof STATE_LABEL - 1))
			*state = at - S_AT;
	}
}

static void parse_reviewer(Letter *L, size_t from, size_t to)
{
	size_t at, pos, cert, state;
	int states_done = 0;
	/* a letter has the sentence or the lines */
	reviewer_labels(L, from, to, &cert, &state);
	if (cert == NONE) {
		for (pos = from; (at = find(L, pos, to, "board certified in ")) != NONE; pos = at + 1)
			board_sentence(L, at, to);
	} else {
		size_t s = after(cert, CERT_LABEL);
		size_t e = labelled_list_end(L, s, to, STATE_LABEL);
		add_list_span(L, &L->reviewer_specialty, s, e, 0);
	}
	if (state != NONE) {
		size_t s = after(state, STATE_LABEL);
		size_t e = labelled_list_end(L, s, to, CERT_LABEL);
		add_list_span(L, &L->reviewer_states, s, e, 1);
		states_done = 1;
	}
	for (pos = from; !states_done && (at = find(L, pos, to, "licensed to practice in ")) != NONE; pos = at + 1) {
		size_t s = after(at, "licensed to practice in ");
		size_t e = min2(find(L, s, to, "."), to);
		add_list_span(L, &L->reviewer_states, s, e, 1);
	}
}

