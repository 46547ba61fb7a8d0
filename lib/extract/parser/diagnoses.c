/* diagnoses.c: the diagnoses the case summary states, one list entry each.
 * Part of the parser (parser.c), after summary.c, whose Text it reads.
 *
 * Where a list starts: the first of
 *   "diagnoses include ...", "diagnosis is ...", "diagnoses were documented
 *   as ...", "has been diagnosed with ...", "diagnosed as having ...",
 *   "Diagnoses: ...", "a diagnosis of ...", "were updated to include" (a
 *   diagnos- word, then a verb; not after a negation: "could not confirm a
 *   diagnosis of"), "the physician diagnosed ..." (its object), "Her
 *   diagnosis remains ...", "The diagnoses, per the report, are ...", "X
 *   was diagnosed by the neurologist" (its subject);
 *   "is being treated for ...", "is followed for ...", "is undergoing
 *   treatment for ...", "under care for ...", "is being seen for" (a word
 *   before "for", after a word saying the worker is under that care, or
 *   a place of care or who gives it: "treated in the emergency room for",
 *   "treated by her surgeon for"; "Treatment has been for"; not "for two
 *   weeks");
 * then every further list of the first kind ("Secondary diagnoses ...")
 * and of "treated for";
 * in a summary with neither, the first list of "The accepted conditions
 * include", "Comorbidities:", "Her problem list includes" (dx_after_named);
 * with none of these, "Assessment: ...", "The impression was ...",
 * "Dx: ...", "assessed with", "assessed as having", "suffers from", "is
 * status post ... (and has ...)", "was found to have" (dx_read_other).
 * Not "has filed a claim for ...": the complaints the claim is for; not a
 * list a negation follows ("a diagnosis of X was not supported").
 * Where it ends: the end of its sentence (never a following one), or a word
 * that begins a clause ("who", "which", "was", "per the", "after",
 * "underwent", "with medications", "by her physician", "; secondary
 * diagnoses" ...); "dated ...", "noted on", "on 03/16/2011", "in 2014",
 * "in the emergency room" end an entry.
 * How it is cut: at semicolons, the markers of a numbered list ("1." "2)"
 * "(3)"), commas, "and", "as well as", "along with" between diagnoses; not
 * inside parentheses, not between spinal levels ("L3-4 and L4-5"), not at
 * "and" after "with" and before a word or two, not before a qualifier of
 * the diagnosis before ("..., subsequent encounter", "..., mid cervical
 * region", "..., chronic", "..., right greater than left", "..., C6",
 * "..., right wrist", "..., right upper limb"), and not after words that
 * only name a place ("left and right sided sciatica", "strain of muscle,
 * fascia and tendon of low back"), which stay with the diagnosis they
 * belong to; but a series of places is cut ("lumbar, hip and neck strain":
 * lumbar;hip;neck strain, as the real letters' labels have it).
 *
 * The work is over the summary's few sentences only: the starts are found
 * with scan_find (text_find); a list's words are read once (dx_cut), each
 * looked up once in one table of words and their kinds (dx-words.c). */
#include "parser.h"

#define DX_MAX_LIST 1200   /* bytes: a longer "list" is not one */
#define DX_MAX_ENTRY 200   /* bytes: a longer entry is a sentence, not a diagnosis */
#define DX_MAX_PIECES 64

#define DX_VERB_WITHIN 64   /* bytes after "diagnoses" where its verb may be */
#define DX_ABBREV_MAX 6   /* bytes: the longest DX_ABBREV word ("approx") */

/* Is LOW[i] (a '.') the end of the sentence? */
static int dx_sentence_end(const Text *t, size_t i)
{
	size_t j = i + 1, w;
	while (j < t->n && (t->s[j] == '"' || t->s[j] == '\'' || t->s[j] == ')'))
		j++;
	if (j >= t->n)
		return 1;
	if (text_is_digit(t->s[j]) || text_is_lower(t->s[j]))   /* "2.5", "e.g." */
		return 0;
	for (w = i; w > 0 && i - w <= DX_ABBREV_MAX && text_is_alpha(t->low[w - 1]); w--)
		;   /* (a longer word is no abbreviation) */
	if (i - w == 1 && (w == 0 || t->low[w - 1] != '-'))
		return 0;   /* an initial, "e.g." */
	if (i > w && i - w <= DX_ABBREV_MAX && dx_flags(t->low + w, i - w, DX_ABBREV))
		return 0;
	if (t->s[j] == ' ')
		return j + 1 >= t->n || !text_is_lower(t->s[j + 1]);
	return is_upper(t->s[j]) && i > 0 && (text_is_lower(t->s[i - 1]) || text_is_digit(t->s[i - 1]));  /* "2016.In" */
}

/* Words that may stand between the start and the list, skipped: "The
 * diagnoses were documented as ...", "treated for the diagnosis of ...". */
static size_t dx_skip_lead(const Text *t, size_t p)
{
	static const DxWord lead[] = {   /* (whole words: "listed as:" too) */
		W("noted to be"), W("found to be"), W("found to have"), W("felt to be"), W("thought to be"),
		W("considered to be"), W("determined to be"), W("believed to be"), W("to be"), W("to have"), W("been"),
		W("documented as"), W("listed as"), W("noted as"), W("reported as"), W("recorded as"), W("given as"),
		W("as follows"), W("as having"), W("having"), W("that include"), W("that includes"), W("which include"),
		W("including"), W("included"), W("includes"), W("include"), W("the following"), W("following"),
		W("the diagnoses of"), W("the diagnosis of"), W("a diagnosis of"), W("diagnoses of"), W("diagnosis of"),
		W("diagnoses"), W("diagnosis"), W("of"), W("with"), W("as"), W("were"), W("are"), W("was"), W("is"),
		W("updated to include"), W("revised to include"), W("amended to include"), W("expanded to include"),
		W("updated to"), W("revised to"), W("amended to"), W("changed to"), W("modified to"),
		W("subsequently"), W("later"), W("then"),   /* ("was subsequently revised to") */
		W("rendered as"), W("rendered:"), W("made:"),   /* ("The following diagnoses were made:") */
		W("him with"), W("her with"), W("them with"),
		{ NULL, 0 },
	};
	const DxWord *w;
	size_t k;
	for (;;) {
		while (p < t->n && (t->low[p] == ' ' || t->low[p] == ','))
			p++;
		if (p < t->n && (t->low[p] == ':' || t->low[p] == '-')) {
			p++;
			continue;
		}
		/* (most text starts no phrase: its first word tells) */
		if (p >= t->n || !dx_word_flags(t, p, DX_LEAD, &k) || (w = dx_at(t, p, lead, 1)) == NULL)
			return p;
		p += w->len;
	}
}

/* Is the word at LOW[i], which starts with "diagnos" (text_find found it),
 * "diagnoses", "diagnosis" or "diagnosed"? */
static int dx_diagnos_word(const Text *t, size_t i)
{
	const char *e = t->low + i + 7;
	if (i + 9 > t->n || (i + 9 < t->n && text_is_alpha(e[2])))
		return 0;
	return (e[0] == 'e' && (e[1] == 's' || e[1] == 'd')) || (e[0] == 'i' && e[1] == 's');
}

/* Is there a negation among the five words before LOW[i], in its clause
 * (not past "and", "but", "or"): "could not confirm a diagnosis of", "did
 * not meet criteria for a diagnosis of", "no diagnosis was given"? */
static int dx_negated(const Text *t, size_t i)
{
	size_t end = i, start, n;
	for (n = 0; n < 5; n++) {
		if (end < 2 || t->low[end - 1] != ' ')
			return 0;
		start = dx_word_before(t, end - 1);
		if (start == end - 1)
			return 0;
		if (dx_flags(t->low + start, end - 1 - start, DX_NEGATION))
			return 1;
		if (dx_word(t, start, "and", 3) || dx_word(t, start, "but", 3) || dx_word(t, start, "or", 2))
			return 0;   /* (another clause: "no prior injury and the diagnosis is ...") */
		end = start;
	}
	return 0;
}

/* The verbs that introduce a list after "diagnoses", by the byte after
 * their blank (their first letter), the longest first: "The diagnoses
 * include", "diagnoses were documented as", "Diagnoses: ...". */
static const DxWord dx_verbs_a[] = {
	W(" are documented as "), W(" are listed as "), W(" as having "), W(" are "), W(" as "), { NULL, 0 },
};
static const DxWord dx_verbs_c[] = {
	W(" consist of "), W(" consists of "), W(" consisted of "), W(" comprise "), W(" comprises "), { NULL, 0 },
};
static const DxWord dx_verbs_d[] = { W(" documented as "), { NULL, 0 } };
static const DxWord dx_verbs_i[] = {
	W(" is documented as "), W(" included "), W(" include "), W(" includes "), W(" including "), W(" is "),
	{ NULL, 0 },
};
static const DxWord dx_verbs_l[] = { W(" listed as "), W(" lists "), { NULL, 0 } };
static const DxWord dx_verbs_r[] = {
	W(" remains "), W(" remain "), W(" remained "), W(" reads "), W(" read "), { NULL, 0 },
};
static const DxWord dx_verbs_h[] = { W(" has been "), W(" had been "), W(" have been "), { NULL, 0 } };
static const DxWord dx_verbs_t[] = { W(" that include "), W(" that includes "), { NULL, 0 } };
static const DxWord dx_verbs_w[] = {
	W(" were documented as "), W(" was documented as "), W(" with "), W(" were listed as "), W(" were "),
	W(" was "), { NULL, 0 },
};
static const DxWord dx_verbs_dash[] = { W(" - "), { NULL, 0 } };
static const DxWord dx_verbs_colon[] = { W(": "), W(":"), { NULL, 0 } };

/* The verb at LOW[p] (a blank or a colon), or NULL. */
static const DxWord *dx_verb_at(const Text *t, size_t p)
{
	const DxWord *list;
	if (t->low[p] == ':')
		return dx_at(t, p, dx_verbs_colon, 0);
	if (t->low[p] != ' ' || p + 1 >= t->n)
		return NULL;
	switch (t->low[p + 1]) {
	case 'a': list = dx_verbs_a; break;
	case 'c': list = dx_verbs_c; break;
	case 'd': list = dx_verbs_d; break;
	case 'i': list = dx_verbs_i; break;
	case 'l': list = dx_verbs_l; break;
	case 'r': list = dx_verbs_r; break;
	case 'h': list = dx_verbs_h; break;
	case 't': list = dx_verbs_t; break;
	case 'w': list = dx_verbs_w; break;
	case '-': list = dx_verbs_dash; break;
	default: return NULL;
	}
	return dx_at(t, p, list, 0);
}

/* The comma that ends an aside begun by a comma at LOW[i], in its
 * sentence and in DX_ASIDE_MAX bytes, or NONE. */
#define DX_ASIDE_MAX 60
static size_t dx_aside_end(const Text *t, size_t i)
{
	size_t j;
	if (i >= t->n || t->low[i] != ',')
		return NONE;
	for (j = i + 1; j < t->n && j < i + DX_ASIDE_MAX; j++) {
		if (t->low[j] == ',')
			return j;
		if (t->low[j] == '.' && dx_sentence_end(t, j))
			break;
	}
	return NONE;
}

/* After a word of LEN bytes at I that heads a list ("diagnoses"): where its
 * list starts, or NONE when no verb introduces one ("diagnostic studies",
 * "a diagnosis was not given"). */
static size_t dx_after_heading(const Text *t, size_t i, size_t len)
{
	size_t p, from = NONE, k, aside;
	const DxWord *v;
	if ((i > 0 && text_is_alpha(t->low[i - 1])) || dx_negated(t, i))   /* "undiagnosed", "no diagnosis" */
		return NONE;
	if (dx_word(t, i + len + 1, "of", 2) && dx_word(t, i + len + 4, "record", 6))
		len += 10;   /* "The diagnoses of record are" */
	/* the verb after an aside ("The diagnoses, per the report of 11/30/2016,
	 * are"), else the first verb in the next DX_VERB_WITHIN bytes of its
	 * sentence ("The diagnoses listed on the RFA dated 02/11/2019 are"), the
	 * longest there */
	if ((aside = dx_aside_end(t, i + len)) != NONE && (v = dx_verb_at(t, aside + 1)) != NULL)
		from = aside + 1 + v->len;
	for (p = i + len; p < t->n && p < i + len + DX_VERB_WITHIN && from == NONE;) {
		if (text_is_lower(t->low[p])) {
			p = dx_letters_end(t, p);
			continue;
		}
		if (t->low[p] == '.' && dx_sentence_end(t, p))
			break;
		if (p == i + len && dx_word(t, p + 1, "of", 2) && p + 4 < t->n && text_is_lower(t->low[p + 4]))
			from = p + 4;   /* "diagnosis of", not "the report of", "assessment of 04-17-2019 lists" */
		else if ((v = dx_verb_at(t, p)) != NULL)
			from = p + v->len;
		p++;
	}
	if (from == NONE)
		return NONE;
	from = dx_skip_lead(t, from);
	if (from < t->n && dx_word_flags(t, from, DX_NO_LIST, &k))
		return NONE;
	return from;
}

/* After "diagnosed" at I used actively ("The physician diagnosed lumbar
 * strain"): where its object starts, or NONE.  Not after a form of "be"
 * or "have" ("was diagnosed two years ago with": passive), nor before a
 * preposition, a time, an adverb, a pronoun or a conjunction ("diagnosed
 * with", "in 2015", "previously", "her with", "this as", "and treated"):
 * those are dx_after_heading's. */
static size_t dx_after_diagnosed(const Text *t, size_t i)
{
	static const DxWord not_object[] = {
		W("at"), W("this"), W("that"), W("these"), W("it"), W("and"), W("or"),
		W("conditions"), W("problems"), W("injuries"),   /* ("Diagnosed conditions are listed as:") */
		{ NULL, 0 },
	};
	size_t p = i + 10, k, e;   /* after "diagnosed " */
	if (dx_word(t, p, "a", 1) || dx_word(t, p, "an", 2))   /* "Urgent care diagnosed a wrist sprain" */
		p = dx_letters_end(t, p) + 1;
	if (p >= t->n || t->low[p - 1] != ' ' || !text_is_lower(t->low[p]) || (i > 0 && text_is_alpha(t->low[i - 1])) ||
	    dx_negated(t, i) || dx_after_word(t, i, DX_BE | DX_BEFORE_TREATED) ||
	    dx_word_flags(t, p, DX_CLAUSE | DX_CLAUSE_PHRASE | DX_BEFORE_DATE | DX_BY | DX_LEAD | DX_BINDING | DX_NO_LIST |
	                        DX_COUNT | DX_TIME, &k))
		return NONE;
	e = dx_letters_end(t, p);
	if (e - p > 2 && t->low[e - 2] == 'l' && t->low[e - 1] == 'y')
		return NONE;   /* "previously", "recently" */
	return dx_at(t, p, not_object, 1) ? NONE : p;
}

/* The subject of the verb at BE ("was", "are"): the start of its
 * sentence (after an opening phrase: "At the first visit, X and Y were
 * diagnosed"), or NONE when the worker is ("The patient was diagnosed on
 * 10/01/2016", "She was diagnosed in 2015"). */
static size_t dx_subject_of(const Text *t, size_t be)
{
	static const DxWord person[] = {
		W("injured"), W("worker"), W("patient"), W("applicant"), W("claimant"), W("employee"), W("iw"),
		W("individual"), W("male"), W("female"), W("man"), W("woman"), { NULL, 0 },
	};
	static const DxWord opening[] = {
		W("at"), W("on"), W("in"), W("during"), W("upon"), W("per"), W("according"), W("by"), { NULL, 0 },
	};
	size_t s, k;
	for (s = be; s > 0 && be - s < DX_MAX_ENTRY; s--)
		if (t->low[s - 1] == '.' && dx_sentence_end(t, s - 1))
			break;
	if (be - s >= DX_MAX_ENTRY)
		return NONE;
	while (s < be && t->low[s] == ' ')
		s++;
	if (dx_at(t, s, opening, 1)) {
		const char *comma = memchr(t->low + s, ',', be - s);
		if (comma == NULL)
			return NONE;
		for (s = (size_t)(comma - t->low) + 1; s < be && t->low[s] == ' '; s++)
			;
	}
	if (s == be || dx_word_flags(t, s, DX_CLAUSE, &k))   /* ("She was diagnosed ...") */
		return NONE;
	if (dx_word(t, s, "the", 3) || dx_word(t, s, "this", 4) || dx_word(t, s, "a", 1) || dx_word(t, s, "an", 2))
		s = dx_letters_end(t, s) + 1;
	return s < be && !dx_at(t, s, person, 1) ? s : NONE;
}

/* Before "was diagnosed" at I, with no object after it ("Thoracic outlet
 * syndrome was diagnosed by the neurologist"), or "are the diagnoses"
 * ("X and Y are the diagnoses of record"): where the list is (the
 * subject), or NONE. */
static size_t dx_named_before(const Text *t, size_t i, int diagnosed)
{
	size_t be = dx_previous_word(t, i);
	if (be == NONE || dx_negated(t, i))
		return NONE;
	if (!diagnosed) {   /* "are the diagnoses", "is the working diagnosis" */
		if (!dx_word(t, be, "the", 3))   /* (a word between) */
			be = dx_previous_word(t, be);
		if (be == NONE || !dx_word(t, be, "the", 3) || (be = dx_previous_word(t, be)) == NONE)
			return NONE;
	}
	if (diagnosed && dx_word(t, be, "been", 4)) {   /* "X and Y have been diagnosed by" */
		be = dx_previous_word(t, be);
		if (be == NONE || !(dx_word(t, be, "have", 4) || dx_word(t, be, "has", 3) || dx_word(t, be, "had", 3)))
			return NONE;
	} else if (!(dx_word(t, be, "was", 3) || dx_word(t, be, "were", 4) ||
	             (!diagnosed && (dx_word(t, be, "are", 3) || dx_word(t, be, "is", 2))))) {
		return NONE;
	}
	return dx_subject_of(t, be);
}

static size_t dx_after_diagnos(const Text *t, size_t i)
{
	size_t from;
	int diagnosed;
	if (!dx_diagnos_word(t, i))
		return NONE;
	diagnosed = t->low[i + 7] == 'e' && t->low[i + 8] == 'd';
	if (diagnosed && (from = dx_after_diagnosed(t, i)) != NONE)
		return from;
	from = dx_after_heading(t, i, 9);
	return from == NONE ? dx_named_before(t, i, diagnosed) : from;
}

/* The first start of a kind in [POS, LIMIT): NEEDLE found, AFTER tells. */
static size_t dx_first_at(const Text *t, const char *needle, size_t pos, size_t limit,
                          size_t (*after)(const Text *, size_t), size_t *hit)
{
	size_t i, from;
	while ((i = text_find(t, pos, limit, needle)) != NONE) {
		pos = i + 1;
		if ((from = after(t, i)) != NONE) {
			*hit = i;
			return from;
		}
	}
	return NONE;
}

static size_t dx_first(const Text *t, const char *needle, size_t pos, size_t limit,
                       size_t (*after)(const Text *, size_t))
{
	size_t hit;
	return dx_first_at(t, needle, pos, limit, after, &hit);
}

/* The verbs that introduce a list after the other words that head one
 * (dx_after_named), right after them: "include", "comprise"; not "are"
 * ("Her conditions are permanent and stationary"). */
static const DxWord dx_named_verbs[] = {
	W(" include "), W(" includes "), W(" included "), W(" including "), W(" consist of "), W(" consists of "),
	W(" comprise "), W(" comprises "), W(": "), W(":"), { NULL, 0 },
};

/* After a word at I that heads a list as "diagnoses" does, in fewer
 * ways: "Her accepted conditions include ...", "Comorbidities: ...",
 * "His problem list includes ..." (a verb of dx_named_verbs right after
 * it, or after an aside).  Where the list starts, or NONE.  Not "history
 * included ...": the real letters' past histories list old complaints
 * and procedures ("coronary artery stenting") more than diagnoses. */
static size_t dx_after_named(const Text *t, size_t i)
{
	static const DxWord heads[] = {
		W("conditions"), W("comorbid conditions"), W("comorbidities"), W("problem list"), { NULL, 0 },
	};
	const DxWord *h, *v = NULL;
	size_t e, from, k;
	if ((i > 0 && text_is_alpha(t->low[i - 1])) || (h = dx_at(t, i, heads, 1)) == NULL)
		return NONE;
	/* its verb, in its sentence ("The problem list in the 02-14-2017
	 * report includes") */
	for (e = i + h->len; e < t->n && e < i + h->len + DX_VERB_WITHIN && v == NULL; e++) {
		if (t->low[e] == '.' && dx_sentence_end(t, e))
			return NONE;
		if (t->low[e] == ' ' || t->low[e] == ':')
			v = dx_at(t, e, dx_named_verbs, 0);
	}
	if (v == NULL)
		return NONE;
	from = dx_skip_lead(t, e - 1 + v->len);
	return from < t->n && dx_word_flags(t, from, DX_NO_LIST, &k) ? NONE : from;
}

/* The first list that another word heads (dx_after_named) in [0,
 * LIMIT), or NONE. */
static size_t dx_first_named(const Text *t, size_t limit)
{
	static const char *const named[] = { "conditions", "comorbid", "problem list" };
	size_t from = NONE, k, f;
	for (k = 0; k < sizeof named / sizeof named[0]; k++)
		if ((f = dx_first(t, named[k], 0, from == NONE ? limit : from, dx_after_named)) != NONE)
			from = f;
	return from;
}

/* The words that head a list less often, tried when the summary has none
 * of "diagnoses" or "treated for" (dx_after_heading): "Assessment: ...",
 * "The impression was ...", "Diagnostic impressions include ...", "Dx:
 * ...". */
static size_t dx_after_other_heading(const Text *t, size_t i)
{
	static const DxWord heads[] = {
		W("impressions"), W("impression"), W("assessments"), W("assessment"), W("conclusions"), W("conclusion"),
		W("dx"), { NULL, 0 },
	};
	const DxWord *h = dx_at(t, i, heads, 1);
	return h ? dx_after_heading(t, i, h->len) : NONE;
}

/* "two weeks", "the past 3 months", "several years" at LOW[i]: a time,
 * not a list ("treated for two weeks with a brace"). */
static int dx_duration_at(const Text *t, size_t i)
{
	size_t n, k;
	for (n = 0; n < 4 && i < t->n; n++) {
		unsigned f = dx_word_flags(t, i, DX_COUNT | DX_TIME, &k);
		if (f & DX_TIME)
			return n > 0;
		if (!(f & DX_COUNT) && !text_is_digit(t->low[i]))
			return 0;
		while (i < t->n && DX_ALNUM(t, i))
			i++;
		if (i >= t->n || t->low[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

/* Is the word at START one of the kinds TRIGGERS, with the word before it
 * that its kind asks for ("is being treated", "undergoing treatment",
 * "being seen")? */
static int dx_under_care(const Text *t, size_t start, unsigned triggers)
{
	size_t k;
	unsigned trigger = dx_word_flags(t, start, triggers, &k);
	if (trigger & DX_TRIGGER_SEEN) {   /* "is being seen for", "has been seen for" */
		size_t before = dx_previous_word(t, start);
		return before != NONE && (dx_word(t, before, "being", 5) || dx_word(t, before, "been", 4));
	}
	return trigger && dx_after_word(t, start, trigger & DX_TRIGGER_TREATED ? DX_BEFORE_TREATED : DX_BEFORE_TREATMENT);
}

/* The word at START (before "for") ends a place of care after "in" or
 * "at" ("treated in the emergency department for", "at urgent care
 * for"), or who gives the care after "by" ("treated by his primary
 * treating physician for"): the start of the word before that
 * preposition, or NONE. */
static size_t dx_before_care_place(const Text *t, size_t start)
{
	size_t n, before = start, w, k;
	for (n = 0; n < 4; n++) {
		if ((before = dx_previous_word(t, before)) == NONE)
			return NONE;
		if (dx_word(t, before, "by", 2))
			return dx_previous_word(t, before);
		if (dx_word(t, before, "in", 2) || dx_word(t, before, "at", 2))
			break;
	}
	if (n == 4)
		return NONE;
	for (w = start; w > before; w = dx_previous_word(t, w))   /* (a place of care: "emergency", "clinic") */
		if (dx_word_flags(t, w, DX_SETTING, &k))
			return dx_previous_word(t, before);
	return NONE;
}

/* Does the word at START, before "for", end "treatment was", "care has
 * been" ("Treatment has been for hearing loss")? */
static int dx_treatment_was(const Text *t, size_t start)
{
	size_t k;
	if (dx_word(t, start, "been", 4)) {
		if ((start = dx_previous_word(t, start)) == NONE || !(dx_word(t, start, "has", 3) || dx_word(t, start, "have", 4)))
			return 0;
	} else if (!dx_word(t, start, "was", 3) && !dx_word(t, start, "is", 2)) {
		return 0;
	}
	return (start = dx_previous_word(t, start)) != NONE && dx_word_flags(t, start, DX_TRIGGER_TREATMENT, &k);
}

/* Does the word at START, before "for" at I, end "meets criteria", "met
 * the criteria" (not "did not meet criteria for")? */
static int dx_meets_criteria(const Text *t, size_t start, size_t i)
{
	static const DxWord meets[] = { W("meets"), W("met"), W("meet"), W("meeting"), W("fulfills"), { NULL, 0 } };
	if (!dx_word(t, start, "criteria", 8) || (start = dx_previous_word(t, start)) == NONE)
		return 0;
	if (dx_word(t, start, "the", 3) && (start = dx_previous_word(t, start)) == NONE)
		return 0;
	return dx_at(t, start, meets, 1) && !dx_negated(t, i + 1);
}

/* After " for" at I: where the list of "is being treated for", "is
 * followed for", "undergoing treatment for", "under care for" starts (the
 * word before "for" says which words may come before it), or NONE. */
static size_t dx_after_for(const Text *t, size_t i)
{
	static const DxWord whom[] = { W("her"), W("him"), W("them"), { NULL, 0 } };
	size_t from = i + 4, start = dx_word_before(t, i), place;
	if (from >= t->n || (t->low[from] != ' ' && t->low[from] != ':') || start == i)
		return NONE;
	if (dx_at(t, start, whom, 1) && (place = dx_previous_word(t, start)) != NONE)
		start = place;   /* "has been following her for" */
	if (!dx_under_care(t, start, DX_TRIGGER_TREATED | DX_TRIGGER_TREATMENT | DX_TRIGGER_SEEN) &&
	    !dx_treatment_was(t, start) && !dx_meets_criteria(t, start, i) &&
	    ((place = dx_before_care_place(t, start)) == NONE ||
	     !dx_under_care(t, place, DX_TRIGGER_TREATED | DX_TRIGGER_SEEN)))
		return NONE;
	from = dx_skip_lead(t, from);
	return dx_duration_at(t, from) ? NONE : from;
}

/* After "treated for" at I: dx_after_for, at its " for". */
static size_t dx_after_treated_for(const Text *t, size_t i)
{
	return dx_after_for(t, i + 7);
}

/* After "directed at" at I: where the list of "Treatment has been
 * directed at ..." starts, or NONE. */
static size_t dx_after_directed(const Text *t, size_t i)
{
	size_t before = dx_previous_word(t, i);
	return before != NONE && dx_treatment_was(t, before) ? dx_skip_lead(t, i + 12) : NONE;
}

/* After a preposition of LEN bytes (its blank first) at I: where the list
 * of "was assessed with", "assessed as having", "suffers from" starts, or
 * NONE. */
static size_t dx_after_prep_n(const Text *t, size_t i, size_t len)
{
	size_t start = dx_word_before(t, i), from = i + len;
	if (start == i || from >= t->n || t->low[from] != ' ' ||
	    !dx_flags(t->low + start, i - start, DX_TRIGGER_PREP))
		return NONE;
	return dx_skip_lead(t, from);
}

static size_t dx_after_prep(const Text *t, size_t i) { return dx_after_prep_n(t, i, 5); }   /* " with", " from" */
static size_t dx_after_as(const Text *t, size_t i) { return dx_after_prep_n(t, i, 3); }

/* "He is status post ..." at I ("status post"): the list starts there,
 * and each entry keeps the words; NONE when no "is", "was" ... is before. */
static size_t dx_at_status_post(const Text *t, size_t i)
{
	return dx_after_word(t, i, DX_BE | DX_BEFORE_TREATED) ? i : NONE;
}

/* Where a list that ended at STOP goes on in "and has ..." ("He is
 * status post a laminectomy and has failed back surgery syndrome"), or
 * NONE (not "and has been", "and has had"). */
static size_t dx_and_has(const Text *t, size_t stop)
{
	static const DxWord now[] = { W("now"), W("also"), W("currently"), W("still"), { NULL, 0 } };
	size_t has = stop + 1, and = dx_previous_word(t, has), from = has + 4, word = from, k;
	if (and != NONE && dx_at(t, and, now, 1))   /* "and now has" */
		and = dx_previous_word(t, and);
	if (and == NONE || !dx_word(t, and, "and", 3) || !dx_word(t, has, "has", 3) || from >= t->n)
		return NONE;
	if (dx_word(t, word, "a", 1) || dx_word(t, word, "an", 2))   /* ("and has a torn meniscus") */
		word = dx_letters_end(t, word) + 1;
	return word < t->n && !dx_word_flags(t, word, DX_CLAUSE | DX_NO_LIST | DX_LEAD, &k) ? from : NONE;
}

/* After " to have" at I: where the list of "was found to have", "is
 * noted to have" starts, or NONE (not "noted to have had therapy"). */
static size_t dx_after_found(const Text *t, size_t i)
{
	static const DxWord found[] = { W("found "), W("noted "), W("shown "), W("determined "), { NULL, 0 } };
	const DxWord *w;
	size_t start = dx_word_before(t, i), from = i + 9, k;
	if (start == i || from >= t->n || t->low[from - 1] != ' ' || (w = dx_at(t, start, found, 0)) == NULL ||
	    start + w->len != i + 1 || dx_word_flags(t, from, DX_CLAUSE | DX_NO_LIST, &k) || dx_word(t, from, "been", 4))
		return NONE;
	return from;
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

/* The kinds of the word after the one at LOW[i] (a blank between), 0 when
 * none follows; *DIGIT: whether it starts with a digit. */
static unsigned dx_next_word(const Text *t, size_t i, int *digit)
{
	size_t j = i, k;
	while (j < t->n && text_is_alpha(t->low[j]))
		j++;
	*digit = 0;
	if (j + 1 >= t->n || t->low[j] != ' ')
		return 0;
	*digit = text_is_digit(t->low[j + 1]);
	return dx_word_flags(t, j + 1, ~0u, &k);
}

/* Is the word after "in the" at LOW[i] a place of care ("in the ER")? */
static int dx_setting_after_the(const Text *t, size_t i)
{
	int digit;
	return dx_word(t, i + 3, "the", 3) && (dx_next_word(t, i + 3, &digit) & DX_SETTING);
}

/* Words at LOW[i] (after a space; its kinds F) that begin a clause: the
 * list ends before them (1): "who", "which", "after", "with medications";
 * or that only end the entry ("dated ...", "on 03/16/2011", "in March
 * 2014"), whose words up to the next cut are left out (2). */
static int dx_clause_at(const Text *t, size_t i, unsigned f)
{
	static const DxWord phrases[] = {
		W("associated with an industrial"), W("associated with a work"), W("secondary to an industrial"),
		W("secondary to a work"), W("status is"), W("for which"), W("in which"), W("of which"),
		/* the heading of a further list ("...; secondary diagnoses include") */
		W("secondary diagnoses"), W("secondary diagnosis"), W("other diagnoses"), W("additional diagnoses"),
		W("primary diagnosis"), { NULL, 0 },
	};
	int digit;
	unsigned next;
	if (f & DX_CLAUSE)
		return 1;
	if ((f & DX_CLAUSE_PHRASE) && dx_at(t, i, phrases, 1))
		return 1;
	if (f & DX_BY)   /* "by internal medicine" ends the entry; not "aggravated by stress" */
		return dx_after_word(t, i, DX_CAUSE) ? 0 : 2;
	if (f & DX_DATED)
		return 2;
	if (f & DX_BEFORE_DATE) {   /* "in 2014", "in March", "in the emergency department" */
		next = dx_next_word(t, i, &digit);
		if ((next & DX_SETTING) || dx_setting_after_the(t, i))
			return 2;
		return (next & DX_MONTH) || digit ? 2 : 0;
	}
	if (f & DX_BINDING)   /* "with": a treatment after it, or a negation ("with no evidence of") */
		return dx_next_word(t, i, &digit) & (DX_TREATMENT | DX_NEGATION) ? 1 : 0;
	return 0;
}

/* The kinds of a word after a space that may cut the list or end it
 * (dx_after_space). */
#define DX_AT_SPACE (DX_CLAUSE | DX_CLAUSE_PHRASE | DX_DATED | DX_BINDING | DX_BEFORE_DATE | DX_BE | DX_PAIR | DX_BY)


/* Is the word at LOW[i] a spinal level ("L4-5", "L5-S1", "C6", "T12-L1")?
 * Its length, or 0. */
static size_t dx_level_at(const Text *t, size_t i)
{
	size_t j = i, part;
	for (part = 0; part < 2; part++) {
		if (j < t->n && (t->low[j] == 'c' || t->low[j] == 't' || t->low[j] == 'l' || t->low[j] == 's'))
			j++;
		else if (part == 0)
			return 0;
		if (j >= t->n || !text_is_digit(t->low[j]))
			return 0;
		while (j < t->n && text_is_digit(t->low[j]))
			j++;
		if (part == 0 && !(j + 1 < t->n && t->low[j] == '-' && (text_is_digit(t->low[j + 1]) ||
		                                                        text_is_alpha(t->low[j + 1]))))
			break;
		if (part == 0)
			j++;
	}
	return j < t->n && text_is_alpha(t->low[j]) ? 0 : j - i;
}

/* A spinal level that ends at LOW[end) and one that starts at LOW[next]:
 * a cut between them ("L3-4 and L4-5", "C5-6, C6-7") is none. */
static int dx_between_levels(const Text *t, size_t end, size_t next)
{
	size_t i = end;
	if (end == 0 || !text_is_digit(t->low[end - 1]) || next >= t->n ||
	    (t->low[next] != 'c' && t->low[next] != 't' && t->low[next] != 'l' && t->low[next] != 's'))
		return 0;   /* (most cuts: a level ends with a digit, starts with one of these) */
	while (i > 0 && (text_is_alpha(t->low[i - 1]) || text_is_digit(t->low[i - 1]) || t->low[i - 1] == '-'))
		i--;
	return i < end && dx_level_at(t, i) == end - i && next < t->n && dx_level_at(t, next) != 0;
}

/* A piece of the list, between two cuts, and what its words are: dx_cut
 * notes each word (a run of letters and digits) as it reads it. */
typedef struct {
	size_t from, to;
	char sep;                 /* what came before: 's'tart, ';', 'n'umber, ',', 'a'nd */
	size_t nwords;
	int all_place;            /* every word only names a place or a side */
	int all_qual;             /* every word only qualifies ("chronic", "right") */
	unsigned first, second, last;   /* the kinds of its first, second and last word */
	size_t first_at;          /* where its first word starts */
} DxPiece;

#define DX_FEW 4   /* words: a piece of no more may be a qualifier */
/* The kinds the joining asks of a piece's words (dx_join, dx_qualifier). */
#define DX_PIECE_KINDS (DX_PLACE | DX_SIDE | DX_QUAL_FIRST | DX_QUAL_LAST | DX_QUAL_ALONE | DX_GENERIC)
#define DX_QUALIFYING (DX_QUAL_FIRST | DX_QUAL_LAST | DX_QUAL_ALONE | DX_SIDE)

/* A piece starting at FROM, no word read yet. */
static void dx_piece_start(DxPiece *p, size_t from)
{
	p->from = p->first_at = from;
	p->nwords = 0;
	p->all_place = p->all_qual = 1;
	p->first = p->second = p->last = 0;
}

/* Note the piece's next word, at AT, of the kinds KINDS. */
static void dx_piece_word(DxPiece *p, size_t at, unsigned kinds)
{
	if (p->nwords == 0)
		p->first = kinds, p->first_at = at;
	else if (p->nwords == 1)
		p->second = kinds;
	p->nwords++;
	p->last = kinds;
	if (!(kinds & DX_PLACE))
		p->all_place = 0;
	if (!(kinds & DX_QUALIFYING))
		p->all_qual = 0;
}

/* The end of the run of letters and digits at LOW[i] (a word of the
 * piece), before LIMIT. */
static size_t dx_run_end(const Text *t, size_t i, size_t limit)
{
	while (i < limit && DX_ALNUM(t, i))
		i = text_is_lower(t->low[i]) ? min2(dx_letters_end(t, i), limit) : i + 1;
	return i;
}

/* Is the piece spinal levels alone ("C6", "L4-5", "C5-C6 and C6-C7")? */
static int dx_levels_only(const Text *t, const DxPiece *p)
{
	size_t e = p->to, i = p->first_at, n;
	while (e > i && !DX_ALNUM(t, e - 1))
		e--;
	for (;;) {
		if ((n = dx_level_at(t, i)) == 0)
			return 0;
		if ((i += n) >= e)
			return 1;
		while (i < e && (t->low[i] == ' ' || t->low[i] == ','))
			i++;
		if (dx_word(t, i, "and", 3))
			i += 4;
	}
}

/* Does "status post" or "s/p" begin at LOW[i]? */
static int dx_status_post_at(const Text *t, size_t i)
{
	return (dx_word(t, i, "status", 6) && dx_word(t, i + 7, "post", 4)) || dx_word(t, i, "s/p", 3);
}

/* Does the word at LOW[i] name a surgery ("discectomy", "arthroplasty",
 * "fusion", "repair")? */
static int dx_procedure_at(const Text *t, size_t i)
{
	static const char *const endings[] = { "ectomy", "otomy", "ostomy", "plasty", "desis", "pexy", "scopy" };
	static const DxWord words[] = {
		W("fusion"), W("repair"), W("release"), W("fixation"), W("reconstruction"), W("decompression"),
		W("replacement"), W("debridement"), W("surgery"), W("stabilization"), W("instrumentation"),
		W("transposition"), W("manipulation"), { NULL, 0 },
	};
	size_t e = dx_letters_end(t, i), k, n;
	for (k = 0; k < sizeof endings / sizeof endings[0]; k++)
		if ((n = strlen(endings[k])) < e - i && memcmp(t->low + e - n, endings[k], n) == 0)
			return 1;
	return dx_at(t, i, words, 1) != NULL;
}

/* Does the piece qualify the diagnosis before it ("subsequent encounter",
 * "mid cervical region", "unspecified", "right wrist")? */
static int dx_qualifier(const Text *t, const DxPiece *p)
{
	if (p->nwords == 0 || (p->first & DX_QUAL_FIRST))
		return 1;
	if ((p->last & DX_QUAL_LAST) && p->nwords <= 3)   /* ", left side", not ", sciatica of the left side" */
		return 1;
	if ((p->first & DX_QUAL_ALONE) && (p->second & DX_QUAL_FIRST))   /* ", severe without psychotic features" */
		return 1;
	if ((p->first & DX_PLACE) && (p->second & DX_QUAL_LAST))   /* ", lumbar region with neurogenic claudication" */
		return 1;
	if (p->nwords <= DX_FEW && p->all_qual)   /* ", chronic", ", right greater than left" */
		return 1;
	if (dx_levels_only(t, p))   /* ", C6", ", C5-C6 and C6-C7" */
		return 1;
	return p->all_place && p->nwords <= 3 && (p->first & DX_SIDE);
}

/* Does LOW[from, to) name a place ("status post right shoulder
 * arthroscopy", "... cubital tunnel release", "... L4-5 laminectomy"),
 * "the", "of" and "and" aside? */
static int dx_names_place(const Text *t, size_t from, size_t to)
{
	size_t i, k;
	for (i = from; i < to; i++) {
		if (i > from && t->low[i - 1] != ' ')
			continue;
		if (dx_level_at(t, i) || (dx_word_flags(t, i, DX_PLACE, &k) && !dx_word(t, i, "the", 3) &&
		                          !dx_word(t, i, "of", 2) && !dx_word(t, i, "and", 3)))
			return 1;
	}
	return 0;
}

/* Does the piece P, after a comma, name the surgery of the diagnosis
 * BEFORE it (", status post surgical repair", not ", status post right
 * knee arthroscopy": a place; nor after another "status post")? */
static int dx_surgery_of(const Text *t, const DxPiece *before, const DxPiece *p)
{
	return p->nwords <= DX_FEW + 3 && dx_status_post_at(t, p->first_at) && !dx_status_post_at(t, before->first_at) &&
	       !dx_names_place(t, p->first_at, p->to);
}

/* Does the piece P, after a comma, belong to the diagnosis BEFORE it? */
static int dx_qualifies(const Text *t, const DxPiece *before, const DxPiece *p)
{
	return dx_qualifier(t, p) || dx_surgery_of(t, before, p);
}

/* Does LOW[from, to) hold " of " (a diagnosis "of" a place)? */
static int dx_has_of(const Text *t, size_t from, size_t to)
{
	return text_find(t, from, to, " of ") != NONE;
}

/* Does the piece after "and" end an ICD-10 place "at X and Y level" that
 * the piece before began ("strain ... at shoulder and upper arm level")? */
static int dx_at_level(const Text *t, const DxPiece *before, const DxPiece *p)
{
	size_t e = p->to;
	while (e > p->from && !DX_ALNUM(t, e - 1))
		e--;
	return e - p->from >= 6 && memcmp(t->low + e - 6, " level", 6) == 0 &&
	       text_find(t, before->from, before->to, " at ") != NONE;
}

static int dx_has_letter(const Text *t, size_t from, size_t to)
{
	for (; from < to; from++)
		if (text_is_alpha(t->low[from]))
			return 1;
	return 0;
}

/* Does S[from, to) hold a square bracket without its pair? */
static int dx_stray_bracket(const Text *t, size_t from, size_t to)
{
	const char *open = memchr(t->s + from, '[', to - from), *close = memchr(t->s + from, ']', to - from);
	return (open != NULL) != (close != NULL) || (open && close < open);
}

/* Add S[from, to) to the list, trimmed of blanks, quotes, a leading "and"
 * or article and the punctuation at its ends; FALSE when it is too long
 * to be a diagnosis. */
static int dx_add(Letter *L, const Text *t, size_t from, size_t to, int brackets)
{
	static const DxWord lead[] = {
		W("and "), W("or "), W("a "), W("an "), W("also "), W("then "), W("later "), W("subsequently "),
		W("with "), { NULL, 0 },
	};
	const DxWord *w;
	size_t k;
	do {
		while (from < to && (t->s[from] == ' ' || t->s[from] == '"' || t->s[from] == ',' ||
		                     t->s[from] == ';' || t->s[from] == ':' || t->s[from] == '-'))
			from++;
		w = from < to && dx_word_flags(t, from, DX_ADD_LEAD, &k) ? dx_at(t, from, lead, 0) : NULL;
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
	if (!dx_has_letter(t, from, to))   /* (not "04/02/2016") */
		return 1;
	if (dx_letters_end(t, from) == to && (dx_word_flags(t, from, DX_ADD_LEAD, &k) || dx_word(t, from, "the", 3)))
		return 1;   /* a word left before a clause ("...; a diagnosis of X was ruled out") */
	if (brackets && dx_stray_bracket(t, from, to)) {   /* "abdominal [pain": a typo, left out */
		char entry[DX_MAX_ENTRY];
		size_t n = 0, j;
		for (j = from; j < to; j++)
			if (t->s[j] != '[' && t->s[j] != ']')
				entry[n++] = t->s[j];
		list_add(L, &L->diagnoses, entry, n);
		return 1;
	}
	list_add(L, &L->diagnoses, t->s + from, to - from);
	return 1;
}

/* After a space, the word at LOW[i] (its kinds KINDS): 1 when it begins a
 * clause (the list ends at the space), 2 when it only ends the entry
 * (cut), 'a' when it is an "and" that cuts (its length in *SKIP), 'b' an
 * "and" after a binding word (*BOUND), which joins when few words follow
 * ("disturbances affecting sleep and mood", dx_join), else 0. */
static int dx_after_space(const Text *t, size_t i, unsigned kinds, int may_cut, int *bound, size_t *skip)
{
	int clause;
	if (may_cut && (clause = dx_clause_at(t, i, kinds)) != 0)
		return clause;
	if (kinds & DX_BINDING)
		*bound |= 1;
	if (kinds & DX_PAIR) {   /* "both A and B", not "both hands" */
		int digit;
		if (!(dx_next_word(t, i, &digit) & DX_PLACE))
			*bound |= 2;
	}
	if (t->low[i] != 'a')
		return 0;
	if (dx_word(t, i, "and", 3) && !(i + 3 < t->n && t->low[i + 3] == '/')) {
		if (dx_between_levels(t, i - 1, i + 4) || (*bound & 2))
			return 0;   /* "at L3-4 and L4-5", "both A and B" */
		*skip = 4;
		return *bound ? 'b' : 'a';
	}
	if (*bound)
		return 0;
	if (dx_word(t, i, "as well as", 10)) {
		*skip = 11;
	} else if (dx_word(t, i, "along with", 10)) {
		*skip = 11;
	} else {
		return 0;
	}
	return 'a';
}

/* Is the word after the one at LOW[i] a negation ("was not", "were
 * never"), or "ruled" or "excluded" ("was ruled out")? */
static int dx_negation_after(const Text *t, size_t i)
{
	int digit;
	size_t j = i;
	while (j < t->n && text_is_alpha(t->low[j]))
		j++;
	return (dx_next_word(t, i, &digit) & DX_NEGATION) || dx_word(t, j + 1, "ruled", 5) ||
	       dx_word(t, j + 1, "excluded", 8);
}

/* Is the "'" at LOW[i] a semicolon mistyped (the key beside it): after a
 * word that it does not make possessive, before a blank ("shoulder pain
 * right' right arm numbness")? */
static int dx_typed_semicolon(const Text *t, size_t i)
{
	return i > 0 && text_is_alpha(t->low[i - 1]) && t->low[i - 1] != 's' && i + 2 < t->n && t->low[i + 1] == ' ' &&
	       text_is_alpha(t->low[i + 2]);
}

/* The piece CUR, ended at TO, as PIECE[*np] (at most DX_MAX_PIECES), cut
 * from the one before by SEP. */
static void dx_piece_add(DxPiece *piece, size_t *np, const DxPiece *cur, size_t to, char sep)
{
	if (*np >= DX_MAX_PIECES)
		return;
	piece[*np] = *cur;
	piece[*np].to = to;
	piece[*np].sep = *np ? sep : 's';
	(*np)++;
}

/* Cut the list at FROM into PIECE[] (at most DX_MAX_PIECES): at
 * semicolons, the markers of a numbered list, commas and "and" (not in
 * parentheses); it ends at its sentence's end or a clause.  Each word is
 * read once: looked up for what it does to the list (after a blank) and
 * for what it is to its piece (DxPiece).  The number of pieces, or -1 when
 * no end is in sight (not a list). */
static int dx_cut(const Text *t, size_t from, DxPiece *piece, size_t *stop)
{
	size_t np = 0, i, limit = min2(t->n, from + DX_MAX_LIST), m, k, cut = NONE;   /* cut: "on 03/16/2011" */
	unsigned next_no = 1;
	int depth = 0, numbered = 0, bound = 0, quoted = 0, denied = 0;
	char pending = 's';   /* the cut before the piece read */
	DxPiece cur;          /* the piece being read */
	if ((m = dx_marker(t, from, 1)) != 0) {
		numbered = 1;
		next_no = 2;
		from += m;
	}
	dx_piece_start(&cur, from);
	for (i = from; i < limit;) {
		char c = t->low[i], sep = 0;
		size_t skip = 1;
		if (c == ' ') {
			i++;
			continue;
		} else if (text_is_lower(c) || (text_is_digit(c) && !(numbered && (m = dx_marker(t, i, next_no)) != 0))) {
			unsigned kinds = 0;   /* (a word with a digit is in no list) */
			k = 0;
			if (text_is_lower(c) && i > from && t->low[i - 1] == ' ' && depth == 0) {
				int how;
				kinds = dx_word_flags(t, i, DX_AT_SPACE | DX_PIECE_KINDS, &k);
				how = (kinds & DX_AT_SPACE) || c == 'a' ?
				      dx_after_space(t, i, kinds & DX_AT_SPACE, cut == NONE, &bound, &skip) : 0;
				if (how == 1) {
					denied = (kinds & DX_BE) && dx_negation_after(t, i);   /* "a diagnosis of X was not supported" */
					i--;
					break;
				}
				if (how == 2)
					cut = i - 1;
				if (how == 'a' || how == 'b')
					sep = (char)how, i--;
			} else if (text_is_lower(c) && cut == NONE) {
				k = dx_letters_end(t, i) - i;
				kinds = dx_flags(t->low + i, k, DX_PIECE_KINDS);
			}
			if (!sep) {
				size_t end = dx_run_end(t, i + k, limit);
				if (cut == NONE)
					dx_piece_word(&cur, i, end == i + k ? kinds & DX_PIECE_KINDS : 0);
				i = end;
				continue;
			}
		} else if (text_is_digit(c)) {   /* a marker of the numbered list (m) */
			sep = 'n', skip = m;
			next_no++;
		} else if (c == '(') {
			if (numbered && (m = dx_marker(t, i, next_no)) != 0) {
				sep = 'n', skip = m;
				next_no++;
			} else {   /* (a parenthesis never closed is no parenthesis) */
				depth += memchr(t->low + i, ')', limit - i) != NULL;
			}
		} else if (c == ')') {
			depth -= depth > 0;
		} else if (c == '.') {
			if (!(numbered && i + 1 < t->n && t->low[i + 1] == ' ' && dx_marker(t, i + 2, next_no)) &&
			    dx_sentence_end(t, i))
				break;   /* (the end of an item of a numbered list: its marker cuts) */
		} else if (c == ':' && i > from + 2) {
			break;
		} else if (c == ';' && depth == 0) {
			sep = c;
		} else if (c == '\'' && depth == 0) {
			if (i > from && t->low[i - 1] == ' ')
				quoted = 1;
			else if (!quoted && dx_typed_semicolon(t, i))
				sep = ';';
		} else if (c == ',' && depth == 0 && !dx_between_levels(t, i, i + 2)) {
			sep = c;
		}
		if (!sep) {
			i++;
			continue;
		}
		if (cur.nwords > 0) {
			dx_piece_add(piece, &np, &cur, cut != NONE ? cut : i, pending);
			pending = sep;
		} else if (np > 0 && (sep == ';' || sep == 'n')) {
			pending = sep;   /* "; 2.": one cut, the stronger (", and" stays a comma) */
		}
		cut = NONE;
		i += skip;
		dx_piece_start(&cur, i);
		bound = 0;
	}
	*stop = i;
	if (i >= limit && i < t->n)
		return -1;
	if (denied) {   /* the negation is of the list, or of its last entry alone
	                 * when a semicolon sets it apart ("X; Y was ruled out") */
		if (np == 0 || (pending != ';' && pending != 'n'))
			return -1;
		return (int)np;
	}
	if (cur.nwords > 0)
		dx_piece_add(piece, &np, &cur, cut != NONE ? cut : i, pending);
	return (int)np;
}

/* Is PIECE, after "and", a surgery more of an entry that begins "status
 * post" ("status post L5-S1 laminectomy and discectomy")? */
static int dx_more_surgery(const Text *t, const DxPiece *before, const DxPiece *piece)
{
	return piece->sep == 'a' && dx_status_post_at(t, before->first_at) && dx_procedure_at(t, piece->first_at);
}

/* Does PIECE[k] begin a pair of generic words ("sprain and strain of the
 * lumbar spine"): one such word, then "and" and a piece with "of"? */
static int dx_generic_pair(const Text *t, const DxPiece *piece, size_t np, size_t k)
{
	return piece[k].nwords == 1 && (piece[k].first & DX_GENERIC) && k + 1 < np && piece[k + 1].sep == 'a' &&
	       dx_has_of(t, piece[k + 1].from, piece[k + 1].to);
}

/* Join the pieces that belong together: a qualifier to the piece before;
 * a bare "injury" or "pain" after "and" to the piece before ("contusion
 * and injury"), and place words after the last "and" of an entry
 * ("injuries to the neck and back", "sprain of hand and wrist; ..."); place words after "X of muscle" to it and the piece
 * after ("strain of muscle, fascia and tendon"); place words before "and"
 * to the piece after ("left and right sided sciatica", "left foot and
 * heel pain"), unless they end a series ("neck, back and shoulder pain":
 * three).  The number of pieces left. */
static size_t dx_join(const Text *t, DxPiece *piece, size_t np)
{
	size_t out = 0, k;
	for (k = 0; k < np; k++) {   /* "with A and B": B joins when it is a word or two */
		if (piece[k].sep == 'b' && out > 0 && piece[k].nwords <= 2) {
			piece[out - 1].to = piece[k].to;
			continue;
		}
		piece[out] = piece[k];
		if (piece[out].sep == 'b')
			piece[out].sep = 'a';
		out++;
	}
	np = out;
	out = 0;
	for (k = 0; k < np; k++) {
		DxPiece *p = &piece[k];
		int last = k + 1 == np || piece[k + 1].sep == ';' || piece[k + 1].sep == 'n' ||   /* of its entry */
		           (piece[k + 1].sep == ',' && dx_qualifies(t, p, &piece[k + 1]));   /* (", initial encounter") */
		int sides = p->all_place && p->all_qual;   /* "right", "left and right" */
		if (out > 0 && p->sep == ',' && dx_qualifies(t, &piece[out - 1], p) &&
		    !(p->all_place && piece[out - 1].all_place) && !(sides && k + 1 < np && piece[k + 1].sep == 'a')) {
			/* (not in a series of places: "right elbow, right wrist, and right hand strain"; not
			 * sides before "and": "neck strain, and right and left shoulder strain") */
			piece[out - 1].to = p->to;
			continue;
		}
		if (out > 0 && p->sep == 'a' && (dx_at_level(t, &piece[out - 1], p) || dx_more_surgery(t, &piece[out - 1], p))) {
			piece[out - 1].to = p->to;
			continue;
		}
		if (out > 0 && p->sep == 'a' && !dx_generic_pair(t, piece, np, k) &&
		    ((p->nwords == 1 && (p->first & DX_GENERIC)) ||
		     (p->all_place && (last || dx_has_of(t, piece[out - 1].from, piece[out - 1].to))))) {
			/* (places after "of": "trigger fingers of the long and ring digits and ...") */
			piece[out - 1].to = p->to;
			continue;
		}
		if (p->all_place && out > 0 && p->sep == ',' && dx_has_of(t, piece[out - 1].from, piece[out - 1].to)) {
			size_t j = k;   /* the run of place pieces, and the piece ending it */
			while (j + 1 < np && piece[j + 1].sep == ',' && piece[j + 1].all_place)
				j++;
			if (j + 1 < np && (piece[j + 1].sep == ',' || piece[j + 1].sep == 'a'))
				j++;
			piece[out - 1].to = piece[j].to;
			k = j;
			continue;
		}
		if (((p->all_place && (p->sep != ',' || sides)) || dx_generic_pair(t, piece, np, k)) &&
		    k + 1 < np && piece[k + 1].sep == 'a') {   /* "left and right ...", "sprain and strain of" */
			piece[out] = *p;
			piece[out++].to = piece[++k].to;
			continue;
		}
		piece[out++] = *p;
	}
	return out;
}

/* Read the list at FROM: cut it into pieces, join the pieces that belong
 * together, add them.  Where the list ended. */
static size_t dx_read_list(Letter *L, const Text *t, size_t from)
{
	DxPiece piece[DX_MAX_PIECES];
	size_t i, n, stop;
	int np = dx_cut(t, from, piece, &stop), brackets;
	if (np <= 0)
		return stop;
	n = dx_join(t, piece, (size_t)np);
	brackets = memchr(t->low + from, '[', stop - from) || memchr(t->low + from, ']', stop - from);
	for (i = 0; i < n; i++)
		if (!dx_add(L, t, piece[i].from, piece[i].to, brackets))
			break;
	return stop;
}

/* The lists of the rarer headings, in a summary without the usual ones:
 * the first of each kind. */
static void dx_read_other(Letter *L, const Text *t)
{
	static const struct {
		const char *needle;
		size_t (*after)(const Text *, size_t);
	} kinds[] = {
		{ "impression", dx_after_other_heading }, { "assessment", dx_after_other_heading },
		{ "conclusion", dx_after_other_heading },
		{ "dx", dx_after_other_heading }, { " with", dx_after_prep }, { " from", dx_after_prep },
		{ " as", dx_after_as }, { "status post", dx_at_status_post }, { " to have", dx_after_found },
		{ "directed at", dx_after_directed },
	};
	size_t k, from, stop;
	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		if ((from = dx_first(t, kinds[k].needle, 0, t->n, kinds[k].after)) == NONE)
			continue;
		stop = dx_read_list(L, t, from);
		if (kinds[k].after == dx_at_status_post && (from = dx_and_has(t, stop)) != NONE)
			dx_read_list(L, t, from);
	}
}

/* The first list of either kind ("diagnoses include", "is being treated
 * for") from POS on; *HIT: where the words that start it are (a list may
 * come before them: "X was diagnosed by ...").  After the first list, the
 * second kind only as "treated for" ("... is now being treated for"):
 * every "for" of a long summary would cost a twentieth of the tool's time
 * on the real letters. */
static size_t dx_next_list(const Text *t, size_t pos, int first, size_t *hit)
{
	size_t from = dx_first_at(t, "diagnos", pos, t->n, dx_after_diagnos, hit), other, at;
	other = first ? dx_first_at(t, " for", pos, from == NONE ? t->n : *hit, dx_after_for, &at)
	              : dx_first_at(t, "treated for", pos, from == NONE ? t->n : *hit, dx_after_treated_for, &at);
	if (other != NONE && (from == NONE || at < *hit)) {
		*hit = at;
		from = other;
	}
	return from;
}

/* The diagnoses of the summary T, into L->diagnoses: every list of either
 * kind ("The primary diagnosis is ... Secondary diagnoses include ...",
 * "was initially diagnosed with ... is now being treated for ..."). */
static void parse_diagnoses(Letter *L, const Text *t)
{
	size_t from, end, hit;
	dx_build_slots();   /* (once) */
	from = dx_next_list(t, 0, 1, &hit);
	/* (the rarer headings only where neither is: looked for in every
	 * summary, they would cost a tenth of the diagnoses' time) */
	if (from == NONE && (from = dx_first_named(t, t->n)) != NONE)
		hit = from;
	while (from != NONE) {
		end = dx_read_list(L, t, from);
		from = dx_next_list(t, end > hit ? end : hit + 1, 0, &hit);
	}
	if (L->diagnoses.len == 0)
		dx_read_other(L, t);
}
