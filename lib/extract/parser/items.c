/* items.c: the disputed items and their decisions: "Item: Upheld" in the
 * 2014 and 2016 layouts, sentences in the 2013 notice.  Part of the parser
 * (parser.c). */
#include "parser.h"

/* ---- items ---- */

static Item *new_item(Letter *L)
{
	Item *it;
	if (L->n_items == L->items_cap) {
		L->items_cap = L->items_cap ? L->items_cap * 2 : 16;
		L->items = xrealloc(L->items, L->items_cap * sizeof *L->items);
	}
	it = &L->items[L->n_items++];
	memset(it, 0, sizeof *it);
	it->status = "ok";
	return it;
}

typedef struct {
	size_t start;     /* where the item's name begins */
	size_t colon;     /* the colon before the decision */
	size_t end;       /* after the decision word */
	size_t rationale; /* its "decision rationale:" label, or NONE */
	const char *decision;
} Found;

/* Does one of an item's labels begin at I? */
static int at_item_label(const Letter *L, size_t i, size_t limit)
{
	static const char *const labels[] = {
		"claims administrator guideline:", "maximus guideline:", "decision rationale:",
	};
	size_t k;
	for (k = 0; k < 3; k++) {
		size_t n = strlen(labels[k]);
		if (low_at(L, i, limit, labels[k], n))
			return 1;
	}
	return 0;
}

/* A decision after the colon at C: "...: Upheld", "...:\nOverturned". */
static const char *decision_at(const Letter *L, size_t c, size_t limit, size_t *end)
{
	size_t i = c + 1, k;
	static const char *const words[] = { "upheld", "overturned" };
	static const char *const names[] = { "Upheld", "Overturned" };
	while (i < limit && L->low[i] == ' ')
		i++;
	for (k = 0; k < 2; k++) {
		size_t n = strlen(words[k]);
		if (low_at(L, i, limit, words[k], n) &&
		    (i + n == limit || !text_is_alpha(L->low[i + n]))) {
			size_t j = i + n;
			while (j < limit && (L->norm[j] == ' ' || L->norm[j] == '\t'))
				j++;
			if (j < limit && L->norm[j] >= 'a' && L->norm[j] <= 'z' && !at_item_label(L, j, limit))
				return NULL;   /* "upheld the denial": prose */
			*end = i + n;
			return names[k];
		}
	}
	return NULL;
}

static int is_abbreviation(const Letter *L, size_t dot)
{
	static const char *const abbr[] = { "dr", "mr", "mrs", "ms", "no", "vs", "st", "qty", "approx" };
	size_t k, b = dot;
	while (b > 0 && text_is_alpha(L->low[b - 1]))
		b--;
	for (k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
		if (dot - b == strlen(abbr[k]) && memcmp(L->low + b, abbr[k], dot - b) == 0)
			return 1;
	return 0;
}

/* The length of the word of letters ending at END (exclusive). */
static size_t word_before(const Letter *L, size_t end)
{
	size_t b = end;
	while (b > 0 && text_is_alpha(L->low[b - 1]))
		b--;
	return end - b;
}

/* Does the item whose colon is at C start at I, after the line end or
 * full stop at I - 1 (in [LB, C))? */
static int item_starts_at(const Letter *L, size_t lb, size_t c, size_t i)
{
	char ch = L->norm[i - 1];
	if (ch == '\n' && i - 1 > lb && L->norm[i - 2] == '\n')
		return 1;
	/* a rationale's last line without its full stop */
	if (ch == '\n' && i - 1 >= lb + 9 && memcmp(L->low + i - 10, "necessary", 9) == 0)
		return 1;
	if (ch == '.' && i < c && (L->norm[i] == '\n' ||
	                           (L->low[i] == ' ' && i + 1 < c && (is_upper(L->norm[i + 1]) ||
	                            (text_is_digit(L->norm[i + 1]) && word_before(L, i - 1) >= 4)))))
		return L->norm[i] == '\n' || !is_abbreviation(L, i - 1);
	return 0;
}

/* Where the item ending at C begins: after the last paragraph break, sentence
 * end or label in [LB, C).  Only line ends and full stops can end what is
 * before it: they are found 16 bytes at a time, from C back. */
static size_t item_start(const Letter *L, size_t lb, size_t c)
{
	const unsigned char *s = (const unsigned char *)L->norm;
	size_t b = c;   /* the bytes before B are still to look at */
	while (b > lb) {
		size_t base = b >= 16 ? b - 16 : 0;   /* (the buffer has 16 bytes at 0) */
		unsigned m = (scan_places16(s + base, '\n') | scan_places16(s + base, '.')) & ((1u << (b - base)) - 1);
		if (base < lb)
			m &= ~0u << (lb - base);
		while (m) {   /* from the last one back */
			unsigned last = scan_highest(m);
			m &= ~(1u << last);
			if (item_starts_at(L, lb, c, base + last + 1))
				return base + last + 1;
		}
		b = base;
	}
	return lb;
}

/* Skip blanks forward. */
static size_t skip_blanks(const Letter *L, size_t i, size_t to)
{
	while (i < to && L->low[i] == ' ')
		i++;
	return i;
}

/* A HCPCS code and a comma at S ("S5000,"; any case). */
static int billing_code_at(const char *s)
{
	int k;
	for (k = 1; k < 5; k++)
		if (!text_is_digit(s[k]))
			return 0;
	return text_is_alpha(s[0]) && s[5] == ',';
}

/* The item's name in [start, colon): split off the original request when
 * utilization review authorised part of it. */
static void name_item(Letter *L, Item *it, size_t start, size_t colon)
{
	/* (most items have neither: one search tells) */
	int partial = find(L, start, colon, "original request") != NONE;
	size_t orig = partial ? find(L, start, colon, " was the original request") : NONE;
	size_t last = partial ? find_last(L, start, colon, "original request,") : NONE;
	size_t from = start, to = colon;
	if (orig != NONE)
		it->original_request = add_clean(L, start, orig);
	if (last != NONE && last > (orig == NONE ? start : orig)) {
		from = skip_blanks(L, after(last, "original request,"), colon);
		while (to > from && L->low[to - 1] == ' ')
			to--;
		if (to - from > 3 && memcmp(L->low + to - 3, " is", 3) == 0)
			to -= 3;
	} else if (orig != NONE) {
		from = start;
		to = orig;
	}
	/* a billing code before the name: "S5000, Klonopin ..." */
	if (to - from > 7 && billing_code_at(L->norm + from)) {
		it->item_code = add_clean(L, from, from + 5);
		from = skip_blanks(L, from + 6, to);
	}
	it->item = add_clean(L, from, to);
}

/* The guidelines and rationale of an item, in [FROM, TO), where DR is its
 * rationale's label (the first in it) or NONE.  (A guideline's label after
 * DR would give an empty guideline: it is not looked for there.) */
static void item_fields(Letter *L, Item *it, size_t from, size_t to, size_t dr)
{
	size_t ca = find(L, from, min2(dr, to), "claims administrator guideline:");
	size_t mx = find(L, from, min2(dr, to), "maximus guideline:");
	size_t ca_end = min2(min2(mx, dr), to), mx_end = min2(dr, to);
	if (ca != NONE)
		it->ca_guideline = add_clean(L, after(ca, "claims administrator guideline:"), ca_end);
	if (mx != NONE)
		it->imr_guideline = add_clean(L, after(mx, "maximus guideline:"), mx_end);
	if (dr != NONE)
		it->rationale = add_clean(L, after(dr, "decision rationale:"), to);
}

static int has_alnum(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (text_is_alpha(s[i]) || text_is_digit(s[i]))
			return 1;
	return 0;
}

static void parse_items(Letter *L, size_t from, size_t to)
{
	Found *f = NULL;
	size_t nf = 0, cap = 0, pos = from, k;
	const char *colon;
	while (pos < to && (colon = memchr(L->low + pos, ':', to - pos)) != NULL) {
		size_t c = (size_t)(colon - L->low), end;
		const char *d = decision_at(L, c, to, &end);
		pos = c + 1;
		if (!d)
			continue;
		if (nf == cap)
			f = xrealloc(f, (cap = cap ? cap * 2 : 16) * sizeof *f);
		f[nf].colon = c;
		f[nf].end = end;
		f[nf].decision = d;
		nf++;
		pos = end;
	}
	for (k = 0; k < nf; k++) {
		size_t lb = k ? f[k - 1].end : from, dr, c = f[k].colon, start, orig;
		/* the item does not begin before the previous one's rationale */
		dr = find(L, lb, c, "decision rationale:");
		if (k > 0)
			f[k - 1].rationale = dr;
		if (dr != NONE)
			lb = after(dr, "decision rationale:");
		start = item_start(L, lb, c);
		/* a partial authorisation: the block starts with the original request */
		if (find(L, start, c, "original request") != NONE &&
		    find(L, start, c, "was the original request") == NONE &&
		    (orig = find_last(L, lb, start, "was the original request")) != NONE)
			start = item_start(L, lb, orig);
		f[k].start = skip_blanks(L, start, c);
	}
	if (nf > 0)
		f[nf - 1].rationale = find(L, f[nf - 1].end, to, "decision rationale:");
	for (k = 0; k < nf; k++) {
		Item *it = new_item(L);
		size_t next = k + 1 < nf ? f[k + 1].start : to;
		name_item(L, it, f[k].start, f[k].colon);
		if (!has_alnum(letter_str(L, it->item), it->item.len)) {   /* ": Upheld" with no name */
			L->n_items--;
			continue;
		}
		it->decision = f[k].decision;
		item_fields(L, it, f[k].end, next, f[k].rationale);
		if (k + 1 == nf && it->rationale.len == 0)
			it->status = "truncated";
	}
	free(f);
}

/* "the request for a 28 day program": where the name in [S, STOP) begins
 * without its article. */
static size_t skip_article(const Letter *L, size_t s, size_t stop)
{
	if (stop - s > 2 && memcmp(L->low + s, "a ", 2) == 0)
		return s + 2;
	if (stop - s > 3 && memcmp(L->low + s, "an ", 3) == 0)
		return s + 3;
	if (stop - s > 4 && memcmp(L->low + s, "the ", 4) == 0)
		return s + 4;
	return s;
}

/* The item from FIRST on named NAME (any case), or L->n_items. */
static size_t item_named(const Letter *L, size_t first, Str name)
{
	size_t k;
	for (k = first; k < L->n_items; k++)
		if (L->items[k].item.len == name.len &&
		    strncasecmp(letter_str(L, L->items[k].item), letter_str(L, name), name.len) == 0)
			break;
	return k;
}

/* 2013 notices: "... has determined the request for X is [not] medically
 * necessary and appropriate", each listed twice; the rationale follows under
 * "Regarding the request for X". */
static void parse_items_2013(Letter *L)
{
	static const char lead[] = "has determined the request for ";
	size_t pos = 0, at, nfirst = L->n_items, k;
	while ((at = find(L, pos, L->len, lead)) != NONE) {
		size_t s = after(at, lead), e = find(L, s, min2(L->len, s + 2000), "medically necessary");
		size_t stop;
		int upheld = 0;
		Str name;
		pos = s;
		if (e == NONE)
			continue;
		stop = e;
		while (stop > s && L->low[stop - 1] == ' ')
			stop--;
		if (stop - s >= 3 && memcmp(L->low + stop - 3, "not", 3) == 0) {
			upheld = 1;
			stop -= 3;
			while (stop > s && L->low[stop - 1] == ' ')
				stop--;
		}
		if (stop - s >= 3 && memcmp(L->low + stop - 3, " is", 3) == 0)
			stop -= 3;
		name = add_clean(L, skip_article(L, s, stop), stop);
		k = item_named(L, nfirst, name);
		if (k < L->n_items)
			continue;   /* listed again */
		{
			Item *it = new_item(L);
			it->item = name;
			it->decision = upheld ? "Upheld" : "Overturned";
		}
		pos = e;
	}
	/* the rationales, in the order of the items: each section ends on
	 * the line where the next one's heading is */
	at = find(L, 0, L->len, "regarding the request for");
	for (k = nfirst; k < L->n_items && at != NONE; k++) {
		size_t sec = at, next, ca, imr, why, ca_end, imr_end;
		at = find(L, sec + 1, L->len, "regarding the request for");
		next = at == NONE ? L->len : line_start(L, sec + 1, at);
		ca = find(L, sec, next, "used by the claims administrator");
		/* the notices word the rationale's label two ways */
		why = min2(find(L, sec, next, "rationale used by the expert reviewer"),
		           find(L, sec, next, "rationale for the decision"));
		imr = find(L, sec, why == NONE ? next : why, "used by the expert reviewer");
		ca_end = min2(min2(imr == NONE ? NONE : line_start(L, sec, imr),
		                   why == NONE ? NONE : line_start(L, sec, why)), next);
		imr_end = min2(why == NONE ? NONE : line_start(L, sec, why), next);
		if (ca != NONE && (ca = find(L, ca, ca_end, ":")) != NONE)
			L->items[k].ca_guideline = add_clean(L, ca + 1, ca_end);
		if (imr != NONE && (imr = find(L, imr, imr_end, ":")) != NONE)
			L->items[k].imr_guideline = add_clean(L, imr + 1, imr_end);
		if (why != NONE && (why = find(L, why, next, ":")) != NONE)
			L->items[k].rationale = add_clean(L, why + 1, next);
	}
}

