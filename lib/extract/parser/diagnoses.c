/* diagnoses.c: the diagnoses the case summary states, one list entry each.
 * Part of the parser (parser.c), after summary.c, whose Text it reads.
 *
 * Where the list starts: the first of
 *   "diagnoses include ...", "diagnosis is ...", "diagnoses were documented
 *   as ...", "has been diagnosed with ...", "diagnosed as having ...",
 *   "Diagnoses: ...", "a diagnosis of ..." (a diagnos- word, then a verb);
 *   "is being treated for ...", "has been treated for ...", "is undergoing
 *   treatment for ..." (a treat- word, after a word saying the worker is
 *   under that care);
 * not "has filed a claim for ...": the complaints the claim is for.
 * Where it ends: the end of its sentence (never a following one), or a word
 * that begins a clause ("who", "which", "was", "per the", "dated" ...).
 * How it is cut: at semicolons, the markers of a numbered list ("1." "2)"
 * "(3)"), commas and "and" between diagnoses; not inside parentheses, not
 * before a qualifier of the diagnosis before ("..., subsequent encounter",
 * "..., mid cervical region", "..., right wrist"), and not after words that
 * only name a place ("left and right sided sciatica", "lumbar, hip and neck
 * strain", "strain of muscle, fascia and tendon of low back"), which stay
 * with the diagnosis they belong to.
 *
 * The work is over the summary's few sentences only: the starts are found
 * with scan_find (text_find), the list itself is read byte by byte. */
#include "parser.h"

#define DX_MAX_LIST 1200   /* bytes: a longer "list" is not one */
#define DX_MAX_ENTRY 200   /* bytes: a longer entry is a sentence, not a diagnosis */
#define DX_MAX_PIECES 64

/* A word or phrase of a list, its length known when compiling: the lists
 * are read at every space of the list, so no strlen(). */
typedef struct {
	const char *w;
	size_t len;
} DxWord;
#define W(s) { s, sizeof s - 1 }

/* Are the K bytes at A those at B?  (Short words: no call to memcmp.) */
static inline int dx_same(const char *a, const char *b, size_t k)
{
	size_t j;
	for (j = 0; j < k; j++)
		if (a[j] != b[j])
			return 0;
	return 1;
}

/* The entry of LIST (ended by a NULL one) that is the K bytes at P, or NULL. */
static const DxWord *dx_is(const DxWord *list, const char *p, size_t k)
{
	for (; list->w; list++)
		if (list->len == k && list->w[0] == p[0] && dx_same(list->w, p, k))
			return list;
	return NULL;
}

/* The first entry of LIST that starts LOW[i] (as a whole word when WHOLE),
 * or NULL. */
static const DxWord *dx_at(const Text *t, size_t i, const DxWord *list, int whole)
{
	char c0, c1;
	if (i >= t->n)
		return NULL;
	c0 = t->low[i];
	c1 = i + 1 < t->n ? t->low[i + 1] : '\0';
	for (; list->w; list++)
		if (list->w[0] == c0 && (list->len < 2 || list->w[1] == c1) && i + list->len <= t->n &&
		    dx_same(t->low + i, list->w, list->len) &&
		    (!whole || i + list->len == t->n || !text_is_alpha(t->low[i + list->len])))
			return list;
	return NULL;
}

/* Is the lowercase word W (K bytes) at LOW[i], and a word there (not the
 * start of a longer one; what follows is not a letter)? */
static int dx_word(const Text *t, size_t i, const char *w, size_t k)
{
	return i + k <= t->n && t->low[i] == w[0] && dx_same(t->low + i, w, k) &&
	       (i + k == t->n || !text_is_alpha(t->low[i + k]));
}
#define DX_WORD(t, i, w) dx_word(t, i, w, sizeof w - 1)

/* The word that ends at LOW[end) (just before a space): its start. */
static size_t dx_word_before(const Text *t, size_t end)
{
	size_t i = end;
	while (i > 0 && text_is_alpha(t->low[i - 1]))
		i--;
	return i;
}

/* One of the lowercase words WORDS (NULL-ended) just before AT (a space
 * between)? */
static int dx_after_word(const Text *t, size_t at, const DxWord *words)
{
	size_t end, start;
	if (at < 2 || t->low[at - 1] != ' ')
		return 0;
	end = at - 1;
	start = dx_word_before(t, end);
	return start < end && dx_is(words, t->low + start, end - start) != NULL;
}

/* Words that may stand between the start and the list, skipped: "The
 * diagnoses were documented as ...", "treated for the diagnosis of ...". */
static size_t dx_skip_lead(const Text *t, size_t p)
{
	static const DxWord lead[] = {
		W("documented as "), W("listed as "), W("noted as "), W("reported as "), W("recorded as "), W("given as "),
		W("as follows"), W("as having "), W("having "), W("that include "), W("that includes "), W("which include "),
		W("including "), W("included "), W("includes "), W("include "), W("the following"), W("following"),
		W("the diagnoses of "), W("the diagnosis of "), W("a diagnosis of "), W("diagnoses of "), W("diagnosis of "),
		W("diagnoses "), W("diagnosis "), W("of "), W("with "), W("as "), W("were "), W("are "), W("was "), W("is "), W(":"), W("-"),
		{ NULL, 0 },
	};
	const DxWord *w;
	do {
		while (p < t->n && (t->low[p] == ' ' || t->low[p] == ','))
			p++;
		w = dx_at(t, p, lead, 0);
		if (w)
			p += w->len;
	} while (w);
	return p;
}

/* After "diagnoses"/"diagnosis"/"diagnosed" at I: where its list starts, or
 * NONE when no verb introduces one ("diagnostic studies", "a diagnosis was
 * not given"). */
static size_t dx_after_diagnos(const Text *t, size_t i)
{
	static const DxWord verbs[] = {
		W(" are documented as "), W(" is documented as "), W(" were documented as "), W(" was documented as "),
		W(" documented as "), W(" that include "), W(" that includes "), W(" included "), W(" include "), W(" includes "),
		W(" including "), W(" as having "), W(" with "), W(" were listed as "), W(" are listed as "), W(" listed as "),
		W(" were "), W(" are "), W(" was "), W(" is "), W(" of "), W(" as "), W(": "), W(":"), W(" - "), { NULL, 0 },
	};
	size_t p, from = NONE;
	const DxWord *v;
	if (!(DX_WORD(t, i, "diagnoses") || DX_WORD(t, i, "diagnosis") || DX_WORD(t, i, "diagnosed")))
		return NONE;
	if (i > 0 && text_is_alpha(t->low[i - 1]))   /* "undiagnosed" */
		return NONE;
	/* the first verb in the next 40 bytes, the longest there */
	for (p = i + 9; p < t->n && p < i + 49 && from == NONE; p++) {
		if (t->low[p] != ' ' && t->low[p] != ':')
			continue;
		if ((v = dx_at(t, p, verbs, 0)) != NULL)   /* (the longest first) */
			from = p + v->len;
		if (t->low[p] == '.')
			break;
	}
	if (from == NONE)
		return NONE;
	from = dx_skip_lead(t, from);
	if (DX_WORD(t, from, "not") || DX_WORD(t, from, "unknown") || DX_WORD(t, from, "none") ||
	    DX_WORD(t, from, "pending") || DX_WORD(t, from, "deferred"))
		return NONE;
	return from;
}

/* After "treat" at I: where the list of "being treated for", "undergoing
 * treatment for" starts, or NONE. */
static size_t dx_after_treat(const Text *t, size_t i)
{
	static const DxWord before_treated[] = {
		W("being"), W("been"), W("is"), W("was"), W("were"), W("are"), W("currently"), W("presently"), W("now"), W("actively"),
		W("still"), W("initially"), W("originally"), { NULL, 0 },
	};
	static const DxWord before_treatment[] = {
		W("undergoing"), W("under"), W("ongoing"), W("continuing"), W("current"), W("active"), { NULL, 0 },
	};
	size_t from;
	const DxWord *before;
	if (i > 0 && text_is_alpha(t->low[i - 1]))
		return NONE;
	if (i + 11 <= t->n && memcmp(t->low + i, "treated for", 11) == 0)
		from = i + 11, before = before_treated;
	else if (i + 13 <= t->n && memcmp(t->low + i, "treatment for", 13) == 0)
		from = i + 13, before = before_treatment;
	else if (i + 14 <= t->n && memcmp(t->low + i, "treatments for", 14) == 0)
		from = i + 14, before = before_treatment;
	else
		return NONE;
	if (from >= t->n || (t->low[from] != ' ' && t->low[from] != ':') || !dx_after_word(t, i, before))
		return NONE;
	return dx_skip_lead(t, from);
}

/* The first start of each kind, before LIMIT. */
static size_t dx_first(const Text *t, const char *needle, size_t limit, size_t (*after)(const Text *, size_t))
{
	size_t i, pos = 0, from;
	while ((i = text_find(t, pos, limit, needle)) != NONE) {
		pos = i + 1;
		if ((from = after(t, i)) != NONE)
			return from;
	}
	return NONE;
}

/* Is LOW[i] (a '.') the end of the sentence? */
static int dx_sentence_end(const Text *t, size_t i)
{
	static const DxWord abbrev[] = { W("dr"), W("mr"), W("mrs"), W("ms"), W("st"), W("vs"), W("no"), W("approx"), W("jr"), W("sr"), { NULL, 0 } };
	size_t j = i + 1, w;
	while (j < t->n && (t->s[j] == '"' || t->s[j] == '\'' || t->s[j] == ')'))
		j++;
	if (j >= t->n)
		return 1;
	if (text_is_digit(t->s[j]) || text_is_lower(t->s[j]))   /* "2.5", "e.g." */
		return 0;
	w = dx_word_before(t, i);
	if (i - w == 1 && (w == 0 || !text_is_alpha(t->low[w - 1])) && (w == 0 || t->low[w - 1] != '-'))
		return 0;   /* an initial, "e.g." */
	if (i > w && dx_is(abbrev, t->low + w, i - w))
		return 0;
	if (t->s[j] == ' ')
		return j + 1 >= t->n || !text_is_lower(t->s[j + 1]);
	return is_upper(t->s[j]) && i > 0 && (text_is_lower(t->s[i - 1]) || text_is_digit(t->s[i - 1]));  /* "2016.In" */
}

/* The marker of item NO of a numbered list at LOW[i] ("1." "1)" "(1)"):
 * its length, or 0. */
static size_t dx_marker(const Text *t, size_t i, unsigned no)
{
	size_t j = i, open = 0;
	unsigned v = 0;
	if (i > 0 && t->low[i - 1] != ' ' && t->low[i - 1] != ',' && t->low[i - 1] != ';' && t->low[i - 1] != ':')
		return 0;
	if (j < t->n && t->low[j] == '(')
		j++, open = 1;
	while (j < t->n && text_is_digit(t->low[j]) && j - i < 3)
		v = v * 10 + (unsigned)(t->low[j++] - '0');
	if (v != no || j >= t->n || j == i + open)
		return 0;
	if (t->low[j] == ')' || (!open && t->low[j] == '.'))
		j++;
	else
		return 0;
	if (j < t->n && t->low[j] != ' ' && !(t->low[j - 1] == '.' && text_is_alpha(t->low[j])))
		return 0;   /* ("5.Hypertension": a marker) */
	return j - i;
}

/* Words at LOW[i] (after a space) that begin a clause: the list ends
 * before them (1); or that only end the entry ("dated ...", "on
 * 03/16/2011"), whose words up to the next cut are left out (2). */
static int dx_clause_at(const Text *t, size_t i)
{
	static const DxWord w[] = { W("who"), W("which"), W("was"), W("were"), { NULL, 0 } };
	static const DxWord a[] = {
		W("are"), W("according"), W("associated with an industrial"), W("associated with a work"), { NULL, 0 },
	};
	static const DxWord h[] = { W("has"), W("have"), W("had"), W("he"), { NULL, 0 } };
	static const DxWord s[] = {
		W("she"), W("since"), W("sustained"), W("secondary to an industrial"), W("secondary to a work"),
		W("status is"), { NULL, 0 },
	};
	static const DxWord other[] = {
		W("is"), W("they"), W("reportedly"), W("per"), { NULL, 0 },
	};
	switch (t->low[i]) {
	case 'w': return dx_at(t, i, w, 1) != NULL;
	case 'a': return dx_at(t, i, a, 1) != NULL;
	case 'h': return dx_at(t, i, h, 1) != NULL;
	case 's': return dx_at(t, i, s, 1) != NULL;
	case 'd':
		return DX_WORD(t, i, "dated") ? 2 : 0;
	case 'i': case 't': case 'r': case 'p': return dx_at(t, i, other, 1) != NULL;
	case 'o':   /* "on 12/01/2016" */
		return i + 4 < t->n && t->low[i + 1] == 'n' && t->low[i + 2] == ' ' && text_is_digit(t->low[i + 3]) ? 2 : 0;
	default:
		return 0;
	}
}

/* Is there a letter or a digit in LOW[from, to)? */
static int dx_has_word(const Text *t, size_t from, size_t to)
{
	for (; from < to; from++)
		if (text_is_alpha(t->low[from]) || text_is_digit(t->low[from]))
			return 1;
	return 0;
}

/* Words after which an "and" joins two parts of one diagnosis ("disturbances
 * affecting sleep and mood", "protrusion with lateral recess and foraminal
 * stenosis"). */
static int dx_binding_at(const Text *t, size_t i)
{
	static const DxWord words[] = {
		W("with"), W("affecting"), W("involving"), W("including"), W("between"), { NULL, 0 },
	};
	switch (t->low[i]) {
	case 'w': case 'a': case 'i': case 'b': return dx_at(t, i, words, 1) != NULL;
	default: return 0;
	}
}

typedef struct {
	size_t from, to;
	char sep;       /* what came before: 's'tart, ';', 'n'umber, ',', 'a'nd */
	int all_place;  /* (dx_words) */
	size_t nwords, first, last;
} DxPiece;

/* Words that only name a place or a side: a piece of them alone is part
 * of the diagnosis next to it. */
static int dx_place_word(const char *w, size_t k)
{
	static const DxWord a[] = { W("and"), W("ankle"), W("ankles"), W("arm"), W("arms"), W("abdominal"), W("abdomen"), { NULL, 0 } };
	static const DxWord b[] = { W("back"), W("bilateral"), W("both"), W("buttock"), W("buttocks"), { NULL, 0 } };
	static const DxWord c[] = { W("cervical"), W("chest"), W("calf"), W("calves"), { NULL, 0 } };
	static const DxWord e[] = { W("elbow"), W("elbows"), W("extremity"), W("extremities"), { NULL, 0 } };
	static const DxWord f[] = {
		W("foot"), W("feet"), W("face"), W("fascia"), W("finger"), W("fingers"), W("forearm"), W("forearms"), { NULL, 0 },
	};
	static const DxWord g[] = { W("groin"), { NULL, 0 } };
	static const DxWord h[] = {
		W("hip"), W("hips"), W("hand"), W("hands"), W("head"), W("heel"), W("heels"), { NULL, 0 },
	};
	static const DxWord j[] = { W("joint"), W("joints"), W("jaw"), { NULL, 0 } };
	static const DxWord kn[] = { W("knee"), W("knees"), { NULL, 0 } };
	static const DxWord l[] = {
		W("left"), W("lumbar"), W("lumbosacral"), W("low"), W("lower"), W("leg"), W("legs"), W("ligament"),
		W("ligaments"), { NULL, 0 },
	};
	static const DxWord m[] = { W("mid"), W("muscle"), W("muscles"), { NULL, 0 } };
	static const DxWord n[] = { W("neck"), { NULL, 0 } };
	static const DxWord o[] = { W("of"), { NULL, 0 } };
	static const DxWord p[] = { W("pelvis"), { NULL, 0 } };
	static const DxWord r[] = { W("right"), W("rib"), W("ribs"), { NULL, 0 } };
	static const DxWord s[] = {
		W("sacral"), W("shoulder"), W("shoulders"), W("sided"), W("side"), W("spine"), W("scalp"), { NULL, 0 },
	};
	static const DxWord t[] = {
		W("thoracic"), W("the"), W("thigh"), W("thighs"), W("thumb"), W("thumbs"), W("toe"), W("toes"), W("tendon"),
		W("tendons"), { NULL, 0 },
	};
	static const DxWord u[] = { W("upper"), { NULL, 0 } };
	static const DxWord wr[] = { W("wrist"), W("wrists"), { NULL, 0 } };
	static const DxWord *const by_letter[26] = {
		a, b, c, NULL, e, f, g, h, NULL, j, kn, l, m, n, o, p, NULL, r, s, t, u, NULL, wr, NULL, NULL, NULL,
	};
	const DxWord *list;
	if (k == 0 || (unsigned)(w[0] - 'a') >= 26u || (list = by_letter[w[0] - 'a']) == NULL)
		return 0;
	return dx_is(list, w, k) != NULL;
}

/* The words of LOW[from, to): are they all place words, where do the
 * first and the last start, and how many are there (counted only while
 * all are place words: it matters for those alone)? */
static size_t dx_words(const Text *t, size_t from, size_t to, int *all_place, size_t *first, size_t *last)
{
	size_t i = from, n = 0, w;
	*all_place = 1;
	*first = *last = NONE;
	while (i < to && *all_place) {
		while (i < to && !text_is_alpha(t->low[i]) && !text_is_digit(t->low[i]))
			i++;
		if (i >= to)
			break;
		w = i;
		while (i < to && (text_is_alpha(t->low[i]) || text_is_digit(t->low[i])))
			i++;
		if (!dx_place_word(t->low + w, i - w))
			*all_place = 0;
		if (*first == NONE)
			*first = w;
		*last = w;
		n++;
	}
	if (i < to) {   /* the last word, from the end */
		w = to;
		while (w > i && !text_is_alpha(t->low[w - 1]) && !text_is_digit(t->low[w - 1]))
			w--;
		if (w > i) {
			while (w > i && (text_is_alpha(t->low[w - 1]) || text_is_digit(t->low[w - 1])))
				w--;
			*last = w;
			n++;
		}
	}
	return n;
}

/* Does the piece qualify the diagnosis before it ("subsequent encounter",
 * "mid cervical region", "unspecified", "right wrist")? */
static int dx_qualifier(const Text *t, const DxPiece *p)
{
	static const DxWord first_words[] = {
		W("subsequent"), W("initial"), W("sequela"), W("unspecified"), W("mid"), W("site"), W("not"), W("nos"), W("without"),
		W("with"), W("due"), W("secondary"), W("sequelae"), W("region"), W("level"), W("levels"), W("episode"), { NULL, 0 },
	};
	static const DxWord last_words[] = {
		W("encounter"), W("sequela"), W("sequelae"), W("region"), W("side"), W("unspecified"), W("level"), W("levels"),
		W("healing"), W("classified"), W("site"), W("sites"), W("type"), W("nos"), { NULL, 0 },
	};
	if (p->nwords == 0)
		return 1;
	if (dx_at(t, p->first, first_words, 1) || dx_at(t, p->last, last_words, 1))
		return 1;
	return p->all_place && p->nwords <= 3 &&
	       (DX_WORD(t, p->first, "left") || DX_WORD(t, p->first, "right") || DX_WORD(t, p->first, "bilateral"));
}

/* Is the word at LOW[i] one that names no diagnosis alone ("injury")? */
static int dx_generic(const Text *t, size_t i)
{
	static const DxWord words[] = {
		W("injury"), W("injuries"), W("pain"), W("strain"), W("strains"), W("sprain"), W("sprains"), { NULL, 0 },
	};
	return dx_at(t, i, words, 1) != NULL;
}

/* Does LOW[from, to) hold " of " (a diagnosis "of" a place)? */
static int dx_has_of(const Text *t, size_t from, size_t to)
{
	return text_find(t, from, to, " of ") != NONE;
}

/* Add S[from, to) to the list, trimmed of blanks, quotes, a leading "and"
 * or article and the punctuation at its ends; FALSE when it is too long
 * to be a diagnosis. */
static int dx_add(Letter *L, const Text *t, size_t from, size_t to)
{
	static const DxWord lead[] = { W("and "), W("or "), W("a "), W("an "), W("also "), W("then "), { NULL, 0 } };
	const DxWord *w;
	do {
		while (from < to && (t->s[from] == ' ' || t->s[from] == '"' || t->s[from] == ',' ||
		                     t->s[from] == ';' || t->s[from] == ':' || t->s[from] == '-'))
			from++;
		w = dx_at(t, from, lead, 0);
		if (w && to - from > w->len)
			from += w->len;
		else
			w = NULL;
	} while (w);
	while (to > from && (t->s[to - 1] == ' ' || t->s[to - 1] == '"' || t->s[to - 1] == ',' ||
	                     t->s[to - 1] == ';' || t->s[to - 1] == ':' || t->s[to - 1] == '.'))
		to--;
	if (to - from >= 4 && memcmp(t->low + to - 4, " and", 4) == 0)
		to -= 4;
	else if (to - from >= 3 && memcmp(t->low + to - 3, " or", 3) == 0)
		to -= 3;
	while (to > from && (t->s[to - 1] == ' ' || t->s[to - 1] == ','))
		to--;
	if (to - from > DX_MAX_ENTRY)
		return 0;
	if (to > from)
		list_add(L, &L->diagnoses, t->s + from, to - from);
	return 1;
}

/* Read the list at FROM: cut it into pieces, join the pieces that belong
 * together, add them. */
static void dx_read_list(Letter *L, const Text *t, size_t from)
{
	DxPiece piece[DX_MAX_PIECES];
	size_t np = 0, i, limit = min2(t->n, from + DX_MAX_LIST), start = from, m;
	unsigned next_no = 1;
	int depth = 0, numbered = 0, bound = 0, clause;   /* bound: "and" joins, not cuts */
	size_t end, cut = NONE;   /* where the entry's words stopped ("on 03/16/2011") */
	if ((m = dx_marker(t, from, 1)) != 0) {
		numbered = 1;
		next_no = 2;
		start = from = from + m;
	}
	/* the bytes the loop looks at; the others are skipped at once */
	static const unsigned char special[256] = {
		['('] = 1, [')'] = 1, ['.'] = 1, [':'] = 1, [';'] = 1, [','] = 1, [' '] = 1,
		['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2, ['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
	};
	const unsigned char need = numbered ? 3 : 1;
	for (i = from; i < limit; i++) {
		char c, sep = 0;
		size_t skip = 0;
		while (i < limit && !(special[(unsigned char)t->low[i]] & need))
			i++;
		if (i >= limit)
			break;
		c = t->low[i];
		if (c == '(') {
			if (numbered && (m = dx_marker(t, i, next_no)) != 0) {
				sep = 'n', skip = m;
				next_no++;
			} else {   /* (a parenthesis never closed is no parenthesis) */
				depth += memchr(t->low + i, ')', limit - i) != NULL;
				continue;
			}
		} else if (c == ')' && depth > 0) {
			depth--;
			continue;
		} else if (c == '.') {
			if (numbered && i + 1 < t->n && t->low[i + 1] == ' ' && dx_marker(t, i + 2, next_no))
				continue;   /* the end of an item; the marker cuts */
			if (dx_sentence_end(t, i))
				break;
			continue;
		} else if (c == ':' && i > from + 2) {
			break;
		} else if (numbered && text_is_digit(c) && (m = dx_marker(t, i, next_no)) != 0) {
			sep = 'n', skip = m;
			next_no++;
		} else if (depth > 0) {
			continue;
		} else if (c == ';') {
			sep = ';', skip = 1;
		} else if (c == ',') {
			sep = ',', skip = 1;
		} else if (c == ' ' && i + 1 < t->n) {
			if (cut == NONE && (clause = dx_clause_at(t, i + 1)) != 0) {
				if (clause == 1)
					break;
				cut = i;
				continue;
			}
			if (!bound && dx_binding_at(t, i + 1))
				bound = 1;
			if (t->low[i + 1] != 'a' || bound)
				continue;
			if (dx_word(t, i + 1, "and", 3) && !(i + 4 < t->n && t->low[i + 4] == '/'))
				sep = 'a', skip = 4;
			else if (dx_word(t, i + 1, "as well as", 10))
				sep = 'a', skip = 11;
		}
		if (!sep)
			continue;
		end = cut != NONE ? cut : i;
		cut = NONE;
		if (!dx_has_word(t, start, end)) {   /* ", and": one cut */
			if (np < DX_MAX_PIECES && (sep == ';' || sep == 'n'))
				piece[np].sep = sep;
		} else if (np < DX_MAX_PIECES) {
			piece[np].from = start;
			piece[np].to = end;
			piece[np].sep = np ? piece[np].sep : 's';
			np++;
			if (np < DX_MAX_PIECES)
				piece[np].sep = sep;
		}
		start = i + skip;
		i += skip - 1;
		bound = 0;
	}
	if (i >= limit && i < t->n)
		return;   /* no end in sight: not a list */
	if (np < DX_MAX_PIECES && dx_has_word(t, start, cut != NONE ? cut : i)) {
		piece[np].from = start;
		piece[np].to = cut != NONE ? cut : i;
		piece[np].sep = np ? piece[np].sep : 's';
		np++;
	}
	/* join: a qualifier to the piece before; a bare "injury" or "pain"
	 * after "and" to the piece before ("contusion and injury"), and place
	 * words after the last "and" ("injuries to the neck and back"); place
	 * words after "X of muscle" to it and the piece after ("strain of
	 * muscle, fascia and tendon"); place words before "and" to the piece
	 * after ("left and right sided sciatica", "left foot and heel pain"),
	 * unless they end a series ("neck, back and shoulder pain": three) */
	for (i = 0; i < np; i++)
		piece[i].nwords = dx_words(t, piece[i].from, piece[i].to, &piece[i].all_place, &piece[i].first,
		                           &piece[i].last);
	{
		size_t out = 0, k;
		for (k = 0; k < np; k++) {
			DxPiece *p = &piece[k];
			if (out > 0 && p->sep == ',' && dx_qualifier(t, p)) {
				piece[out - 1].to = p->to;
				continue;
			}
			if (out > 0 && p->sep == 'a' &&
			    ((p->nwords == 1 && dx_generic(t, p->first)) || (p->all_place && k + 1 == np))) {
				piece[out - 1].to = p->to;
				continue;
			}
			if (p->nwords > 0 && p->all_place && out > 0 && p->sep == ',' &&
			    dx_has_of(t, piece[out - 1].from, piece[out - 1].to)) {
				size_t j = k;   /* the run of place pieces, and the piece ending it */
				while (j + 1 < np && piece[j + 1].sep == ',' && piece[j + 1].nwords > 0 && piece[j + 1].all_place)
					j++;
				if (j + 1 < np && (piece[j + 1].sep == ',' || piece[j + 1].sep == 'a'))
					j++;
				piece[out - 1].to = piece[j].to;
				k = j;
				continue;
			}
			if (p->nwords > 0 && p->all_place && p->sep != ',' && k + 1 < np && piece[k + 1].sep == 'a') {
				piece[out] = *p;
				piece[out++].to = piece[++k].to;
				continue;
			}
			piece[out++] = *p;
		}
		np = out;
	}
	for (i = 0; i < np; i++)
		if (!dx_add(L, t, piece[i].from, piece[i].to))
			break;
}

/* The diagnoses of the summary T, into L->diagnoses. */
static void parse_diagnoses(Letter *L, const Text *t)
{
	size_t from = dx_first(t, "diagnos", t->n, dx_after_diagnos), other;
	other = dx_first(t, "treat", from == NONE ? t->n : from, dx_after_treat);
	if (other != NONE && (from == NONE || other < from))
		from = other;
	if (from == NONE)
		return;
	dx_read_list(L, t, from);
}
