/* fallback.c: decisions written as sentences ("... is not medically
 * necessary", "the denial ... is upheld"), which the layouts of other
 * years (layout-imr.c, layout-mpr.c) read too, and the fallback for a
 * letter of no layout known: what it still holds (a case number, labelled
 * dates, the reviewer, decisions), each row marked "fallback".  Nothing is
 * made up: what is not found stays empty.  Part of the parser (parser.c). */
#include "parser.h"

/* ---- decision sentences ---- */

/* Does the lowercase verb of a determination ("is ", "are ", "was ",
 * "were ") end right at AT (after FLOOR)?  Its start, or NONE. */
static size_t verb_before(const Letter *L, size_t floor, size_t at)
{
	static const char *const verbs[] = { " is ", " are ", " was ", " were " };
	size_t k;
	for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
		size_t n = strlen(verbs[k]);
		if (at >= floor + n && memcmp(L->low + at - n, verbs[k], n) == 0)
			return at - n;
	}
	return NONE;
}

/* Does a sentence end at P (after blanks): a full stop, a semicolon, the
 * end of the text or of a paragraph? */
static int sentence_ends(const Letter *L, size_t p, size_t to)
{
	size_t lf = 0;
	while (p < to && (L->norm[p] == ' ' || L->norm[p] == '\t' || L->norm[p] == '\n'))
		lf += L->norm[p++] == '\n';
	return p >= to || lf >= 2 || L->norm[p] == '.' || L->norm[p] == ';';
}

/* The decision a determination sentence states at AT, a phrase found
 * there (PHRASE, lowercase): "Upheld" (the denial stands: "is not
 * medically necessary", "is upheld"), "Overturned", or NULL when AT is no
 * determination (a condition, a quotation: the phrase must end its
 * sentence).  *VERB: where its verb begins (the subject ends). */
static const char *decision_phrase(const Letter *L, size_t floor, size_t at, size_t to, const char *phrase,
                                   size_t *verb)
{
	size_t end = at + strlen(phrase), v;
	int neg = 0;
	if (low_at(L, end, to, " and appropriate", 16))
		end += 16;
	if (low_at(L, end, to, " at this time", 13))
		end += 13;
	if (!sentence_ends(L, end, to))
		return NULL;
	if (phrase[0] == 'm' && at >= floor + 4 && memcmp(L->low + at - 4, "not ", 4) == 0) {
		neg = 1;
		at -= 4;
	} else if (phrase[0] == 'm' && at >= floor + 4 && memcmp(L->low + at - 4, " not", 4) == 0) {
		neg = 1;   /* "notmedically": a blank lost in the PDF's text */
		at -= 3;
	}
	v = verb_before(L, floor, at);
	if (v == NONE)
		return NULL;
	*verb = v;
	if (phrase[0] == 'm')
		return neg ? "Upheld" : "Overturned";
	return phrase[0] == 'u' ? "Upheld" : "Overturned";
}

/* Where the sentence holding AT begins: after a full stop and a blank or
 * a paragraph break, at most 600 bytes back (not before FLOOR). */
static size_t sentence_start(const Letter *L, size_t floor, size_t at)
{
	size_t i = at, stop = at > floor + 600 ? at - 600 : floor;
	while (i > stop) {
		char c = L->norm[i - 1];
		if (c == '\n' && i - 1 > stop && L->norm[i - 2] == '\n')
			return i;
		if ((c == ' ' || c == '\n') && i - 1 > stop && L->norm[i - 2] == '.' && !is_abbreviation(L, i - 2))
			return i;
		i--;
	}
	return stop;
}

/* Is the subject in [S, VERB) a condition or a question ("whether X is
 * medically necessary", "if it is ...")?  Then it decides nothing. */
static int conditional(const Letter *L, size_t s, size_t verb)
{
	static const char *const words[] = { "whether ", "if ", "unless ", "when ", "determine " };
	size_t k, at;
	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		for (at = find(L, s, verb, words[k]); at != NONE; at = find(L, at + 1, verb, words[k]))
			if (at == s || !text_is_alpha(L->low[at - 1]))
				return 1;
	return 0;
}

typedef struct {
	const char *decision;
	size_t at;     /* the phrase */
	size_t verb;   /* its verb: the subject ends there */
} Sentence;

/* The next determination sentence in [FROM, TO) (FLOOR: where the text
 * the sentence may start in begins), or 0. */
static int next_decision(const Letter *L, size_t floor, size_t from, size_t to, Sentence *s)
{
	static const char *const phrases[] = { "medically necessary", "upheld", "overturned" };
	size_t at[3], k;
	for (k = 0; k < 3; k++)
		at[k] = find(L, from, to, phrases[k]);
	for (;;) {
		size_t best = 0;
		for (k = 1; k < 3; k++)
			if (at[k] < at[best])
				best = k;
		if (at[best] == NONE)
			return 0;
		s->decision = decision_phrase(L, floor, at[best], to, phrases[best], &s->verb);
		if (s->decision && conditional(L, sentence_start(L, floor, s->verb), s->verb))
			s->decision = NULL;
		if (s->decision) {
			s->at = at[best];
			return 1;
		}
		at[best] = find(L, at[best] + 1, to, phrases[best]);
	}
}

/* The last determination sentence in [FROM, TO): its decision, or NULL. */
static const char *last_decision(const Letter *L, size_t from, size_t to)
{
	Sentence s;
	const char *d = NULL;
	size_t pos = from;
	while (next_decision(L, from, pos, to, &s)) {
		d = s.decision;
		pos = s.at + 1;
	}
	return d;
}

/* The item a determination sentence names in [S, VERB): after "request
 * for", "requested" or "denial of" (the last of them), without its
 * article.  Empty when it names none ("The request is ..."). */
static Str sentence_item(Letter *L, size_t s, size_t verb)
{
	static const char *const leads[] = { "request for ", "requested ", "denial of " };
	Str none = { 0, 0 };
	size_t best = NONE, k, from = s;
	for (k = 0; k < sizeof leads / sizeof leads[0]; k++) {
		size_t at = find_last(L, s, verb, leads[k]);
		if (at != NONE && (best == NONE || at > best)) {
			best = at;
			from = after(at, leads[k]);
		}
	}
	if (best == NONE)
		return none;
	from = skip_article(L, from, verb);
	while (verb > from && (L->low[verb - 1] == ' ' || L->low[verb - 1] == ','))
		verb--;
	return verb > from ? add_clean(L, from, verb) : none;
}

/* One item per determination sentence in [FROM, TO) that names its item;
 * an item named again is not repeated, and when two sentences give it
 * different decisions it has none (the letter is not read well enough to
 * tell which).  The items' status is STATUS. */
static void sentence_items(Letter *L, size_t from, size_t to, const char *status)
{
	size_t pos = from, first = L->n_items, k;
	Sentence s;
	while (next_decision(L, from, pos, to, &s)) {
		Str name = sentence_item(L, sentence_start(L, from, s.verb), s.verb);
		pos = s.at + 1;
		if (name.len == 0)
			continue;
		k = item_named(L, first, name);
		if (k < L->n_items) {
			if (strcmp(L->items[k].decision, s.decision) != 0)
				L->items[k].decision = "";
			continue;
		}
		{
			Item *it = new_item(L);
			it->item = name;
			it->decision = s.decision;
			it->status = status;
		}
	}
}

/* ---- the fallback ---- */

/* A case number at I: "CM" (any case), two digits, '-', four or more
 * digits, a word of its own: its length, or 0. */
static size_t case_number_at(const Letter *L, size_t i)
{
	size_t j = i + 5;
	if (i + 9 > L->len || (i > 0 && (text_is_alpha(L->low[i - 1]) || text_is_digit(L->low[i - 1]))))
		return 0;
	if (!text_is_digit(L->low[i + 2]) || !text_is_digit(L->low[i + 3]) || L->low[i + 4] != '-')
		return 0;
	while (j < L->len && text_is_digit(L->low[j]))
		j++;
	if (j - i < 9 || (j < L->len && text_is_alpha(L->low[j])))
		return 0;
	return j - i;
}

/* The header labels (header.c) a letter of no known layout may still
 * have: the header ends after the last of them in its first bytes, and
 * the lines of values alone (one word each) that follow. */
static size_t fallback_header_end(const Letter *L, size_t limit)
{
	static const char *const labels[] = {
		"case number:", "date assigned:", "decision date:", "dated:", "date of injury:",
		"ur denial date:", "date of ur decision:", "received:", "priority:",
	};
	size_t k, last = NONE, e;
	for (k = 0; k < sizeof labels / sizeof labels[0]; k++) {
		size_t at = find_last(L, 0, limit, labels[k]);
		if (at != NONE && (last == NONE || at > last))
			last = at;
	}
	if (last == NONE)
		return 0;
	/* (a letter on one line: its values follow the labels closely) */
	e = min2(line_end(L, last), last + 100);
	while (e + 1 < L->len && L->norm[e + 1] != '\n') {
		size_t next = line_end(L, e + 1), i;
		for (i = e + 1; i < next; i++)
			if (L->norm[i] == ' ' || L->norm[i] == '\t')
				break;
		if (i < next || next - (e + 1) > 24)
			break;
		e = next;
	}
	return e;
}

static void parse_fallback(Letter *L)
{
	size_t head = fallback_header_end(L, min2(L->len, 4000)), k, at;
	parse_header(L, 0, head);
	if (L->case_number.len == 0) {   /* no label: a case number standing alone */
		size_t pos = 0, at, n;
		while ((at = find(L, pos, min2(L->len, 4000), "cm")) != NONE) {
			if ((n = case_number_at(L, at)) != 0) {
				L->case_number = add_clean(L, at, at + n);
				break;
			}
			pos = at + 1;
		}
	}
	parse_reviewer(L, 0, L->len);
	/* decisions after a colon ("Item: Upheld"), else in sentences */
	at = find(L, head, L->len, "set forth below:");
	parse_items(L, at == NONE ? head : after(at, "set forth below:"), L->len);
	if (L->n_items == 0)
		sentence_items(L, head, L->len, "fallback");
	for (k = 0; k < L->n_items; k++)
		L->items[k].status = "fallback";
	if (L->n_items > 0)
		L->status = "fallback";
}
