/* dx-start.c: where a list of diagnoses starts in the case summary
 * (diagnoses.c reads it).  Part of the parser (parser.c), after
 * dx-words.c.
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
 *   "treated by her surgeon for", "under the care of a psychologist for";
 *   "is in treatment for"; the object of an active verb between: "Dr. Lee
 *   treated her for", "is treating the injured worker for"; "Treatment
 *   has been for"; "The claim has been accepted for"; not "for two
 *   weeks");
 * then every further list of the first kind ("Secondary diagnoses ...")
 * and of "treated for", and the comorbidities after them ("Comorbidities
 * include", "Her other conditions include", "has a history of", "Her
 * medical history is significant for", "is also known to have");
 * in a summary with neither, the first list of "The accepted conditions
 * include", "Comorbidities:", "Her problem list includes" (dx_after_named);
 * with none of these, "Assessment: ...", "The impression was ...",
 * "The differential includes", "Dx: ...", "assessed with", "assessed as
 * having", "suffers from", "is status post ... (and has ...)", "was found
 * to have", "developed ...", "sustained a ...", "Care has focused on",
 * and a condition after a reporter's verb or a tie ("The podiatrist has
 * found", "consistent with", "attributes her symptoms to") (dx_read_other).
 * Not "has filed a claim for ...": the complaints the claim is for; not a
 * list a negation follows ("a diagnosis of X was not supported").
 *
 * Each kind is a phrase found with text_find, then told by the words
 * around it (dx_after_...: where its list starts, or NONE). */
#include "parser.h"

#define DX_PAREN_MAX 300   /* bytes: the longest list in parentheses after "diagnoses (" */
#define DX_VERB_WITHIN 80   /* bytes after "diagnoses" where its verb may be ("Diagnoses per
                            * the 05-15-2019 primary treating physician's progress report:") */

/* After "as" at P, a few words and a colon ("as previously documented:",
 * "as of the last visit:"): the colon's place, or NONE. */
static size_t dx_as_aside_colon(const Text *t, size_t p)
{
	size_t n;
	if (!dx_word(t, p, "as", 2))
		return NONE;
	for (n = 0, p += 2; n < 5 && p + 1 < t->n && t->low[p] == ' ' && text_is_lower(t->low[p + 1]); n++) {
		p = dx_letters_end(t, p + 1);
		if (p < t->n && t->low[p] == ':')
			return p;
	}
	return NONE;
}

/* Words that may stand between the start and the list, skipped: "The
 * diagnoses were documented as ...", "treated for the diagnosis of ...",
 * "remain as previously documented: ...". */
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
		W("established as"), W("suffering from"), W("coded as"),
		W("him with"), W("her with"), W("them with"),
		{ NULL, 0 },
	};
	const DxWord *w;
	size_t k;
	for (;;) {
		while (p < t->n && (t->low[p] == ' ' || t->low[p] == ','))
			p++;
		if (p < t->n && (t->low[p] == ':' || dx_dash_at(t, p))) {
			p += t->low[p] == ':' ? 1 : dx_dash_at(t, p);
			continue;
		}
		if ((k = dx_as_aside_colon(t, p)) != NONE) {
			p = k + 1;
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
	size_t end = i, start, n, k;
	for (n = 0; n < 5; n++) {
		if ((start = dx_previous_word(t, end)) == NONE)
			return 0;
		if (dx_word_flags(t, start, DX_NEGATION, &k))
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
	W(" consist of "), W(" consists of "), W(" consisted of "), W(" comprise "), W(" comprises "), W(" comprised "),
	{ NULL, 0 },
};
static const DxWord dx_verbs_d[] = { W(" documented as "), { NULL, 0 } };
static const DxWord dx_verbs_e[] = { W(" encompass "), W(" encompasses "), W(" encompassed "), { NULL, 0 } };
static const DxWord dx_verbs_i[] = {
	W(" is documented as "), W(" included "), W(" include "), W(" includes "), W(" including "), W(" is "),
	{ NULL, 0 },
};
static const DxWord dx_verbs_l[] = { W(" listed as "), W(" lists "), W(" listed "), { NULL, 0 } };
static const DxWord dx_verbs_n[] = { W(" noted "), { NULL, 0 } };
static const DxWord dx_verbs_r[] = {
	W(" remains "), W(" remain "), W(" remained "), W(" reads "), W(" read "), { NULL, 0 },
};
static const DxWord dx_verbs_h[] = { W(" has been "), W(" had been "), W(" have been "), { NULL, 0 } };
static const DxWord dx_verbs_t[] = { W(" that include "), W(" that includes "), { NULL, 0 } };
static const DxWord dx_verbs_w[] = {
	W(" were documented as "), W(" was documented as "), W(" with "), W(" were listed as "), W(" were "),
	W(" was "), W(" were:"), W(" was:"), { NULL, 0 },
};
static const DxWord dx_verbs_dash[] = { W(" - "), W(" \xe2\x80\x93 "), W(" \xe2\x80\x94 "), { NULL, 0 } };
static const DxWord dx_verbs_colon[] = { W(": "), W(":"), { NULL, 0 } };

/* Is the verb V at LOW[p] no verb but the start of an aside: one word in
 * "-ed" before a preposition, a participle ("The diagnoses listed on the
 * RFA are", "The diagnoses included in the report are"), or before
 * "that" ("The assessment noted that ..."); or "as of", "as per"
 * ("Diagnoses as of the 01-22-2018 visit were")? */
static int dx_aside_verb(const Text *t, size_t p, const DxWord *v)
{
	static const DxWord preposition[] = {
		W("on"), W("in"), W("at"), W("by"), W("for"), W("from"), W("under"), W("within"), W("during"),
		W("per"), W("below"), W("above"),
		W("that"),   /* ("The assessment noted that ...") */
		{ NULL, 0 },
	};
	if (v->len == 4 && memcmp(v->w, " as ", 4) == 0)
		return dx_word(t, p + 4, "of", 2) || dx_word(t, p + 4, "per", 3);
	return v->len > 4 && memcmp(v->w + v->len - 3, "ed ", 3) == 0 && memchr(v->w + 1, ' ', v->len - 2) == NULL &&
	       dx_at(t, p + v->len, preposition, 1) != NULL;
}

/* The verb at LOW[p] (a blank or a colon), or NULL. */
static const DxWord *dx_verb_at(const Text *t, size_t p)
{
	const DxWord *list, *v;
	if (p >= t->n)
		return NULL;
	if (t->low[p] == ':')
		return dx_at(t, p, dx_verbs_colon, 0);
	if (t->low[p] != ' ' || p + 1 >= t->n)
		return NULL;
	switch (t->low[p + 1]) {
	case 'a': list = dx_verbs_a; break;
	case 'c': list = dx_verbs_c; break;
	case 'd': list = dx_verbs_d; break;
	case 'e': list = dx_verbs_e; break;
	case 'i': list = dx_verbs_i; break;
	case 'l': list = dx_verbs_l; break;
	case 'n': list = dx_verbs_n; break;
	case 'r': list = dx_verbs_r; break;
	case 'h': list = dx_verbs_h; break;
	case 't': list = dx_verbs_t; break;
	case 'w': list = dx_verbs_w; break;
	case '-': case '\xe2': list = dx_verbs_dash; break;   /* (an en or em dash too) */
	default: return NULL;
	}
	v = dx_at(t, p, list, 0);
	return v && dx_aside_verb(t, p, v) ? NULL : v;
}

/* Does the word at LOW[i] (after "the") say there is no list after a
 * verb ("not", "pending", "unclear", "the same")? */
static int dx_no_list_at(const Text *t, size_t i)
{
	size_t k;
	if (dx_word(t, i, "the", 3))
		i += 4;
	return i < t->n && dx_word_flags(t, i, DX_NO_LIST, &k);
}

/* Does the word at LOW[i], first in a parenthesis, open an aside of
 * source or time ("(per the QME report of ...)", "(on 03-10-2020)",
 * "(ICD-10)"), not a list? */
static int dx_opens_aside(const Text *t, size_t i)
{
	size_t k;
	return i < t->n && (dx_word_flags(t, i, DX_CLAUSE | DX_BEFORE_DATE | DX_DATED, &k) || text_is_digit(t->low[i]));
}

/* The comma that ends an aside begun by a comma at LOW[i], in its
 * sentence and in DX_ASIDE_MAX bytes, or the parenthesis that closes
 * one at a blank and a parenthesis ("conditions (per the PR-2) are");
 * or NONE. */
#define DX_ASIDE_MAX 60
static size_t dx_aside_end(const Text *t, size_t i)
{
	size_t j;
	if (i + 2 < t->n && t->low[i] == ' ' && t->low[i + 1] == '(' && dx_opens_aside(t, i + 2)) {
		const char *close = memchr(t->low + i + 2, ')', min2(t->n - i - 2, DX_PAREN_MAX));
		return close ? (size_t)(close - t->low) : NONE;   /* "Identified conditions (per the PR-2) are" */
	}
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

/* At FROM, after the verb: a participle, then a colon before any other
 * mark ("The following diagnoses are noted in the 01/08/2018 progress
 * report: 1) ...", "are numbered as follows: 1. ...")?  Where the list
 * starts: after the colon, or FROM. */
static size_t dx_after_where_written(const Text *t, size_t from)
{
	size_t j;
	if (from >= t->n || !text_is_lower(t->low[from]) || !dx_word_ends_in(t, from, "ed"))
		return from;
	for (j = from; j < t->n && j < from + DX_VERB_WITHIN; j++) {
		if (t->low[j] == ':')
			return dx_skip_lead(t, j + 1);
		if (t->low[j] == ',' || t->low[j] == ';' || (t->low[j] == '.' && dx_sentence_end(t, j)))
			break;   /* (a list: "localized osteoarthritis, ...") */
	}
	return from;
}

/* At FROM, after "are", "were" or "have been": a participle of care or
 * record, then "as" or, further on, a colon; the list after it ("The
 * following conditions are being treated on an industrial basis: A; B",
 * "Her conditions have been identified as A and B"; not "were placed on
 * her return to work: ..."): where it starts, or NONE. */
static size_t dx_passive_list(const Text *t, size_t from)
{
	static const DxWord care[] = {   /* (and of record) */
		W("treated"), W("managed"), W("followed"), W("addressed"), W("seen"), W("evaluated"), W("documented"),
		W("listed"), W("noted"), W("recorded"), W("identified"), W("summarized"), W("coded"), { NULL, 0 },
	};
	size_t p = dx_word(t, from, "being", 5) ? from + 6 : from, list;
	if (!dx_at(t, p, care, 1))
		return NONE;
	if ((list = dx_after_where_written(t, p)) != p)
		return list;
	list = dx_letters_end(t, p) + 1;
	return list + 3 < t->n && dx_word(t, list, "as", 2) ? dx_skip_lead(t, list + 3) : NONE;
}

/* The words that say who reports a list with no word of diagnosis: the
 * subject of "found", "identified", "documented" ... (dx_after_reported). */
static int dx_reporter_at(const Text *t, size_t i)
{
	static const DxWord reporter[] = {
		W("physician"), W("doctor"), W("surgeon"), W("provider"), W("evaluator"), W("examiner"), W("report"),
		W("note"), W("notes"), W("evaluation"), W("examination"), W("consultation"), W("consultant"),
		W("chiropractor"), W("practitioner"), W("ptp"), W("qme"), W("ame"), W("pqme"), W("studies"), W("study"),
		W("testing"), W("tests"), W("service"), W("department"), W("imaging"), W("mri"), W("radiographs"),
		W("ultrasound"), W("workup"), W("chart"), W("record"), W("records"), W("pr-2"), W("rfa"), W("ime"),
		W("scan"), W("x-rays"), W("emg"), W("work-up"), { NULL, 0 },
	};
	static const char *const specialist[] = { "logist", "iatrist", "pedist", "apist", "ernist", "ialist" };
	size_t before, k;
	if (dx_at(t, i, reporter, 1))
		return 1;
	for (k = 0; k < sizeof specialist / sizeof specialist[0]; k++)   /* ("neurologist", "podiatrist") */
		if (dx_word_ends_in(t, i, specialist[k]))
			return 1;
	/* "Dr. Lee found": a name after "dr." */
	return is_upper(t->s[i]) && i >= 4 && t->low[i - 1] == ' ' && t->low[i - 2] == '.' &&
	       (before = dx_word_before(t, i - 2)) + 2 == i - 2 && dx_word(t, before, "dr", 2);
}

/* Is the phrase at LOW[i] who gave a diagnosis ("the treating
 * orthopedist", "Dr. Lee"), in "The diagnosis of ... is"? */
static int dx_whose_reporter(const Text *t, size_t i)
{
	size_t n;
	if (dx_word(t, i, "dr", 2))
		return 1;
	if (!dx_at(t, i, dx_whose, 1))
		return 0;
	for (n = 0; n < 3 && (i = dx_letters_end(t, i) + 1) < t->n && text_is_lower(t->low[i]); n++)
		if (dx_reporter_at(t, i))
			return 1;
	return 0;
}

/* Is the word at LOW[i], after a verb, a participle or "being": the verb
 * of a relative clause, not the list's ("the diagnoses for which he is
 * being treated are", "for which treatment is requested is")? */
static int dx_clause_verb(const Text *t, size_t i)
{
	static const DxWord participle[] = {
		W("being"), W("seen"), W("given"), W("done"), W("made"), W("sought"), W("undergone"), { NULL, 0 },
	};
	return dx_at(t, i, participle, 1) || dx_word_ends_in(t, i, "ed");
}

/* Is "for which" at LOW[i] (a relative clause: dx_clause_verb)? */
static int dx_for_which(const Text *t, size_t i)
{
	return dx_word(t, i, "for", 3) && dx_word(t, i + 4, "which", 5);
}

/* After a word of LEN bytes at I that heads a list ("diagnoses"): where its
 * list starts, or NONE when no verb introduces one ("diagnostic studies",
 * "a diagnosis was not given"). */
static size_t dx_after_heading(const Text *t, size_t i, size_t len)
{
	size_t p, from = NONE, aside;
	const DxWord *v;
	int relative;
	if ((i > 0 && text_is_alpha(t->low[i - 1])) || dx_negated(t, i))   /* "undiagnosed", "no diagnosis" */
		return NONE;
	if (dx_word(t, i + len + 1, "of", 2) && dx_word(t, i + len + 4, "record", 6))
		len += 10;   /* "The diagnoses of record are" */
	if (i + len + 2 < t->n && t->low[i + len] == ' ' && t->low[i + len + 1] == '(') {
		/* "documented three diagnoses (A, B and C) on ...", "Her diagnoses
		 * (A and B) were treated ..."; but an aside before a colon or a
		 * dash, one that opens with "per", "on", a date ..., or one that
		 * holds no list before a verb: "Diagnosis (per the consultation of
		 * 03-10-2020) - X", "Diagnoses (ICD-10): X", "Diagnoses (ICD-10)
		 * include X" */
		const char *close = memchr(t->low + i + len, ')', min2(t->n - i - len, DX_PAREN_MAX));
		size_t in = i + len + 2, after;
		int colon_or_dash, opens_aside, holds_list;
		if (close == NULL)
			return NONE;
		after = (size_t)(close + 1 - t->low);
		colon_or_dash = after < t->n && (t->low[after] == ':' || (after + 1 < t->n && dx_dash_at(t, after + 1)));
		opens_aside = dx_opens_aside(t, in);
		holds_list = dx_holds_list(t, in, after);
		if (!colon_or_dash && !opens_aside && (holds_list || dx_verb_at(t, after) == NULL))
			return dx_skip_lead(t, in);
		len = after - i;
	}
	/* the verb after an aside ("The diagnoses, per the report of 11/30/2016,
	 * are"), else the first verb in the next DX_VERB_WITHIN bytes of its
	 * sentence ("The diagnoses listed on the RFA dated 02/11/2019 are"), the
	 * longest there */
	if ((aside = dx_aside_end(t, i + len)) != NONE && (v = dx_verb_at(t, aside + 1)) != NULL)
		from = aside + 1 + v->len;
	/* (no verb inside an aside of "as": "The diagnoses, as listed in the
	 * report, were:"; but ", which include A, B and C" has one) */
	p = aside != NONE && dx_word(t, i + len + 2, "as", 2) ? aside + 1 : i + len;
	relative = dx_for_which(t, i + len + 1);
	for (; p < t->n && p < i + len + DX_VERB_WITHIN && from == NONE;) {
		if (text_is_lower(t->low[p])) {
			p = dx_letters_end(t, p);
			continue;
		}
		if ((t->low[p] == '.' && dx_sentence_end(t, p)) || t->low[p] == ';' ||
		    (t->low[p] == ',' && dx_word(t, p + 2, "and", 3)))
			break;   /* (another clause's verb: "X is the principal diagnosis, and Y is also being addressed") */
		if (p == i + len && dx_word(t, p + 1, "of", 2) && p + 4 < t->n && text_is_lower(t->low[p + 4]) &&
		    !dx_whose_reporter(t, p + 4))
			from = p + 4;   /* "diagnosis of", not "the report of", "assessment of 04-17-2019 lists",
			                 * "The diagnosis of the treating orthopedist is" */
		else if ((v = dx_verb_at(t, p)) != NULL && !(relative && dx_clause_verb(t, p + v->len)))
			from = p + v->len;
		p++;
	}
	if (from == NONE)
		return NONE;
	from = dx_after_where_written(t, dx_skip_lead(t, from));
	return dx_no_list_at(t, from) ? NONE : from;
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
	size_t p = dx_skip_article(t, i + 10), k;   /* after "diagnosed " ("Urgent care diagnosed a sprain") */
	if (p >= t->n || t->low[p - 1] != ' ' || !text_is_lower(t->low[p]) || (i > 0 && text_is_alpha(t->low[i - 1])) ||
	    dx_negated(t, i) || dx_after_word(t, i, DX_BE | DX_BEFORE_TREATED) ||
	    dx_word_flags(t, p, DX_CLAUSE | DX_CLAUSE_PHRASE | DX_BEFORE_DATE | DX_BY | DX_LEAD | DX_BINDING | DX_NO_LIST |
	                        DX_COUNT | DX_TIME, &k))
		return NONE;
	if (dx_word_ends_in(t, p, "ly"))
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
	static const DxWord pronoun[] = {   /* (and the relative clause: "..., which was diagnosed") */
		W("it"), W("this"), W("that"), W("these"), W("those"), W("which"), W("his"), W("her"), W("their"),
		W("its"), { NULL, 0 },
	};
	static const DxWord relative[] = { W(" where "), W(" when "), W(" whereupon "), { NULL, 0 } };
	const DxWord *w;
	size_t s, k, before = dx_previous_word(t, be);
	if (before != NONE ? dx_at(t, before, pronoun, 1) != NULL
	                   : be < 2 || !(text_is_digit(t->low[be - 2]) || t->low[be - 2] == ','))
		return NONE;   /* (a subject may end in a level or a qualifier: "stenosis at L4-5 was
		                * diagnosed", "sprain, left, are documented") */
	for (s = be; s > 0 && be - s < DX_MAX_ENTRY; s--) {
		if ((t->low[s - 1] == '.' && dx_sentence_end(t, s - 1)) || t->low[s - 1] == ';')
			break;
		if (t->low[s - 1] == ',' && (w = dx_at(t, s, relative, 0)) != NULL) {
			s += w->len - 1;   /* "..., where X and Y were diagnosed" */
			break;
		}
	}
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
	if (s == be || dx_word_flags(t, s, DX_CLAUSE, &k) || dx_at(t, s, pronoun, 1))
		return NONE;   /* ("She was diagnosed", "His condition was diagnosed") */
	if (dx_word(t, s, "the", 3))
		s = dx_letters_end(t, s) + 1;
	s = dx_skip_article(t, s);
	return s < be && !dx_at(t, s, person, 1) ? s : NONE;
}

#define DX_AS_WITHIN 16   /* words: the longest way back from "as the diagnoses" to its verb */

static size_t dx_reported_object(const Text *t, size_t v);   /* (a reporter's verb: below) */

/* Before "as the (primary) diagnosis" at AS: the list named so, the
 * object of a reporter's verb ("His physician identifies X as the
 * primary diagnosis", "The provider lists X and Y as the diagnoses") or
 * the subject of a passive one ("X and Y are documented by the
 * chiropractor as the diagnoses"); its start, or NONE. */
static size_t dx_named_as(const Text *t, size_t as)
{
	size_t w = as, n, k, from;
	for (n = 0; n < DX_AS_WITHIN && (w = dx_previous_word(t, w)) != NONE; n++) {
		if ((from = dx_reported_object(t, w)) != NONE && from < as && !dx_word(t, from, "by", 2))
			return from;   /* (not "are documented by the chiropractor as", "were listed as") */
		if (dx_word_flags(t, w, DX_BE, &k))
			return dx_subject_of(t, w);
	}
	return NONE;
}

/* Before "was diagnosed" at I, with no object after it ("Thoracic outlet
 * syndrome was diagnosed by the neurologist"), or "are the diagnoses"
 * ("X and Y are the diagnoses of record"): where the list is (the
 * subject), or NONE. */
static size_t dx_named_before(const Text *t, size_t i, int diagnosed)
{
	size_t be = dx_previous_word(t, i), has, k;
	if (be == NONE || dx_negated(t, i))
		return NONE;
	if (!diagnosed) {   /* "are the diagnoses", "is the working diagnosis" */
		if (!dx_word(t, be, "the", 3))   /* (a word between) */
			be = dx_previous_word(t, be);
		if (be == NONE || !dx_word(t, be, "the", 3) || (be = dx_previous_word(t, be)) == NONE)
			return NONE;
	}
	if (!diagnosed && dx_word(t, be, "as", 2))   /* "lists X as the primary diagnosis" */
		return dx_named_as(t, be);
	if (diagnosed && (has = dx_perfect_been(t, be)) != NONE)   /* "X and Y have been diagnosed by" */
		be = has;
	else if (!dx_word_flags(t, be, DX_BE, &k) || (diagnosed && !(dx_word(t, be, "was", 3) || dx_word(t, be, "were", 4))))
		return NONE;   /* ("was diagnosed"; "are the diagnoses", "is the diagnosis") */
	return dx_subject_of(t, be);
}

/* Is the word at I after "as the" and at most one word ("as the primary
 * diagnosis")? */
static int dx_after_as_the(const Text *t, size_t i)
{
	size_t w = dx_previous_word(t, i);
	if (w != NONE && !dx_word(t, w, "the", 3))
		w = dx_previous_word(t, w);
	return w != NONE && dx_word(t, w, "the", 3) && (w = dx_previous_word(t, w)) != NONE && dx_word(t, w, "as", 2);
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
	if (!diagnosed && dx_after_as_the(t, i) && (from = dx_named_before(t, i, 0)) != NONE)
		return from;   /* "X as the primary diagnosis, with ...": X first */
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

#define DX_HEAD_WORDS 8   /* words: the longest phrase whose head is looked for */

/* Is the word at LOW[i] the injury itself, no diagnosis ("an industrial
 * injury", "a work-related injury", "multiple injuries")? */
static int dx_injury_at(const Text *t, size_t i)
{
	static const DxWord injury[] = {
		W("industrial"), W("work"), W("workplace"), W("occupational"), W("cumulative"), W("continuous"),
		W("specific"), W("injury"), W("injuries"), W("multiple"), { NULL, 0 },
	};
	static const DxWord earlier[] = { W("prior"), W("previous"), W("earlier"), { NULL, 0 } };
	const DxWord *w = dx_at(t, i, earlier, 1);   /* ("a prior industrial injury to the left knee") */
	return dx_at(t, w ? i + w->len + 1 : i, injury, 1) != NULL;
}

/* The end of the word at LOW[i], with what joins its letters ("post-
 * traumatic", "Quervain's"). */
static size_t dx_joined_word_end(const Text *t, size_t i)
{
	for (i = dx_letters_end(t, i); i + 1 < t->n; i = dx_letters_end(t, i + 1)) {
		if (t->low[i] == '\'' && t->low[i + 1] == 's')
			return i + 2;
		if (t->low[i] != '-' || !text_is_lower(t->low[i + 1]))
			break;
	}
	return i;
}

/* Is a number at LOW[i] inside a phrase, a word after it ("type 2
 * diabetes"; not "1) lumbar strain 2) ...")? */
static int dx_inner_number(const Text *t, size_t i)
{
	while (i < t->n && text_is_digit(t->low[i]))
		i++;
	return i + 1 < t->n && t->low[i] == ' ' && text_is_lower(t->low[i + 1]);
}

/* The end of the phrase at LOW[i]: of its last word before "of",
 * "after", "in" ... ("pain syndrome" in "pain syndrome of"), its head.
 * With CONDITION, the head of a condition: before "and", "or", "with",
 * "secondary", "aggravated by", "noted", "that" ... too ("fracture" in
 * "fracture and a laceration", "disease" in "disease aggravated by ...";
 * without it, "a slip and fall" is one phrase). */
static size_t dx_phrase_end(const Text *t, size_t i, int condition)
{
	static const DxWord joins[] = {
		W("and"), W("or"), W("without"), W("due"), W("secondary"), W("superimposed"), { NULL, 0 },
	};
	unsigned stop = DX_CLAUSE | DX_CLAUSE_PHRASE | DX_BEFORE_DATE | DX_BINDING | DX_LINK;
	size_t n, k, end = i;
	if (condition)
		stop |= DX_BY | DX_CAUSE | DX_DATED;
	for (n = 0; n < DX_HEAD_WORDS && i < t->n && (text_is_lower(t->low[i]) || (n > 0 && dx_inner_number(t, i))); n++) {
		if (n > 0 && (dx_word_flags(t, i, stop, &k) || (condition && dx_at(t, i, joins, 1))))
			break;
		i = dx_joined_word_end(t, i);
		while (i < t->n && (text_is_digit(t->low[i]) || t->low[i] == '-'))
			i = dx_letters_end(t, i + 1);   /* a level ("C5-6", "L5-S1") */
		if ((end = i) >= t->n || t->low[i] != ' ')
			break;
		i++;
	}
	return end;
}

/* Is the phrase at LOW[i] a complaint or an event by its head ("left
 * wrist stiffness", "intermittent left flank pain after ...", "a fall at
 * work", "a slip and fall", "a cough"; not "complex regional pain
 * syndrome"), or by its first word ("difficulty breathing")? */
static int dx_complaint_at(const Text *t, size_t i)
{
	static const DxWord complaint[] = {
		W("pain"), W("stiffness"), W("numbness"), W("swelling"), W("weakness"), W("tingling"), W("soreness"),
		W("discomfort"), W("symptoms"), W("fall"), W("accident"), W("collision"), W("incident"), W("assault"),
		W("slip"), W("trip"), W("cough"), W("stress"), { NULL, 0 },
	};
	static const DxWord trouble[] = { W("difficulty"), W("trouble"), W("problems"), { NULL, 0 } };
	return dx_at(t, i, trouble, 1) || dx_at(t, dx_word_before(t, dx_phrase_end(t, i, 0)), complaint, 1);
}

/* The head of the phrase from I to END, its last word (dx_word_before),
 * or before a designation that ends it: "syndrome" in "complex regional
 * pain syndrome type I", "diabetes mellitus type 2", "chondromalacia
 * grade III". */
static size_t dx_head(const Text *t, size_t i, size_t end)
{
	static const DxWord designation[] = { W("type"), W("grade"), W("stage"), W("class"), { NULL, 0 } };
	size_t head = dx_word_before(t, end), w = head;
	if (head == end)   /* (a number: from the start of its token) */
		while (w > i && t->low[w - 1] != ' ')
			w--;
	if (head == end || dx_letters_end(t, head) - head <= 3)   /* ("2", "I", "IIb") */
		w = dx_previous_word(t, w);
	if (w != NONE && w >= i && dx_at(t, w, designation, 1) && (w = dx_previous_word(t, w)) != NONE && w >= i)
		return w;
	return head;
}

/* Is the word at HEAD a Latin adjective ("patellae", "paresthetica")
 * after a word at BEFORE that names a condition by a SUFFIX or
 * as one of CONDITION ("chondromalacia patellae", "meralgia
 * paresthetica")? */
static int dx_latin_after_condition(const Text *t, size_t before, size_t head, const char *const *suffix,
                                    size_t nsuffix, const DxWord *condition)
{
	static const char *const latin[] = { "ae", "ica" };   /* (not "-is": "basis", "tennis") */
	size_t k;
	for (k = 0; k < sizeof latin / sizeof latin[0] && !dx_word_ends_in(t, head, latin[k]); k++)
		;
	if (k == sizeof latin / sizeof latin[0])
		return 0;
	for (k = 0; k < nsuffix; k++)
		if (dx_word_ends_in(t, before, suffix[k]))
			return 1;
	return dx_at(t, before, condition, 1) != NULL;
}

/* Does the phrase at LOW[i] name a condition by its head (dx_phrase_end):
 * a word of one ("syndrome", "sprain", "tear", "trigger finger") or one
 * in "-itis", "-osis", "-pathy", "-algia", "-plegia" ("bilateral plantar
 * fasciitis"); not a finding ("lumbar tenderness", "a positive straight
 * leg raise", "Beck Depression Inventory scores"), the injury itself
 * ("an industrial injury"), nor a clause ("the injury occurred", "that
 * his injury")?  For the lists that no word of diagnosis or care heads
 * ("The podiatrist found ..."). */
static int dx_condition_at(const Text *t, size_t i)
{
	static const DxWord clause[] = {
		W("the"), W("that"), W("this"), W("his"), W("her"), W("their"), W("it"), W("no"), W("he"), W("she"),
		{ NULL, 0 },
	};
	static const DxWord not_condition[] = { W("prognosis"), W("diagnosis"), { NULL, 0 } };
	static const DxWord condition[] = {
		W("syndrome"), W("strain"), W("sprain"), W("tear"), W("tears"), W("fracture"), W("fractures"),
		W("disease"), W("disorder"), W("disorders"), W("herniation"), W("protrusion"), W("protrusions"),
		W("bulge"), W("displacement"), W("dysfunction"), W("derangement"), W("contusion"), W("laceration"),
		W("extrusion"), W("fissure"),
		W("concussion"), W("injury"), W("depression"), W("anxiety"), W("insomnia"), W("hypertension"),
		W("diabetes"), W("obesity"), W("asthma"), W("impingement"), W("instability"), W("dislocation"),
		W("subluxation"), W("rupture"), W("lesion"), W("cyst"), W("spur"), W("hernia"), W("amputation"),
		W("burn"), W("burns"), W("apnea"), W("reflux"), W("degeneration"), W("deformity"), W("sciatica"),
		W("strains"), W("sprains"), W("contusions"), W("lacerations"), W("abrasion"), W("abrasions"),
		W("effusion"), W("tinnitus"), W("vertigo"), W("migraine"), W("migraines"), W("spondylolisthesis"),
		W("gout"), W("cancer"), W("hypothyroidism"), W("hyperthyroidism"), W("fibrillation"),
		W("infarction"), W("infection"), W("stroke"), W("epilepsy"), W("seizures"), W("ulcer"), W("palsy"),
		W("aneurysm"), W("embolism"), W("arrhythmia"), W("copd"), W("gerd"), W("ptsd"), W("hematoma"),
		W("neuroma"), W("lipoma"), W("carcinoma"), W("melanoma"), W("lymphoma"), W("sarcoma"), W("myeloma"),
		W("glaucoma"), { NULL, 0 },
	};
	static const char *const suffix[] = {
		"itis", "osis", "iasis", "olysis", "pathy", "algia", "plegia", "emia", "malacia",
	};
	static const DxWord damaged[] = {   /* before a structure, what makes it one: "a torn meniscus" */
		W("torn"), W("herniated"), W("ruptured"), W("bulging"), W("fractured"), W("dislocated"), W("pinched"),
		W("frozen"), W("sprained"), W("strained"), W("broken"), W("extruded"), W("sequestered"), { NULL, 0 },
	};
	static const DxWord structure[] = {   /* (not "strained relations", "bulging eyes") */
		W("meniscus"), W("menisci"), W("disc"), W("discs"), W("disk"), W("disks"), W("nerve"), W("cuff"),
		W("ligament"), W("tendon"), W("cartilage"), W("labrum"), W("muscle"), W("vertebra"), W("rib"), W("ribs"),
		W("bone"), W("acl"), W("shoulder"), W("wrist"), W("ankle"), W("arm"), W("leg"), W("finger"), W("toe"),
		W("fragment"), { NULL, 0 },
	};
	static const char *const pair[][2] = {   /* a head that names a condition after one word only */
		{ "trigger", "finger" }, { "trigger", "thumb" }, { "hearing", "loss" }, { "vision", "loss" },
		{ "heart", "failure" }, { "renal", "failure" }, { "kidney", "failure" }, { "diabetes", "mellitus" },
	};
	size_t head, before, k, w;
	if (i >= t->n || dx_at(t, i, clause, 1))
		return 0;
	if (dx_word_ends_in(t, i, "ly") && (w = dx_letters_end(t, i) + 1) < t->n && dx_word_ends_in(t, w, "ed") &&
	    (i = dx_letters_end(t, w) + 1) >= t->n)
		return 0;   /* (past "industrially aggravated", "poorly controlled": the condition) */
	head = dx_head(t, i, dx_phrase_end(t, i, 1));
	if (head < i || dx_at(t, head, not_condition, 1) ||
	    ((dx_word(t, head, "injury", 6) || dx_word(t, head, "injuries", 8)) && dx_injury_at(t, i)))
		return 0;   /* (not "an industrial injury"; "a crush injury" is one) */
	for (k = 0; k < sizeof suffix / sizeof suffix[0]; k++)
		if (dx_word_ends_in(t, head, suffix[k]))
			return 1;
	if (dx_at(t, head, condition, 1))
		return 1;
	if (dx_at(t, head, structure, 1))
		for (w = i; w < head; w = dx_letters_end(t, w) + 1)
			if (dx_at(t, w, damaged, 1))
				return 1;
	before = dx_previous_word(t, head);   /* "trigger finger", not "trigger points" */
	if (before == NONE || before < i)
		return 0;
	if (dx_latin_after_condition(t, before, head, suffix, sizeof suffix / sizeof suffix[0], condition))
		return 1;
	for (k = 0; k < sizeof pair / sizeof pair[0]; k++)
		if (dx_word(t, before, pair[k][0], strlen(pair[k][0])) && dx_word(t, head, pair[k][1], strlen(pair[k][1])))
			return 1;
	return 0;
}

/* The verbs that introduce a list after the other words that head one
 * (dx_after_named), right after them: "include", "comprise"; not "are"
 * ("Her conditions are permanent and stationary"). */
static const DxWord dx_named_verbs[] = {
	W(" include "), W(" includes "), W(" included "), W(" including "), W(" consist of "), W(" consists of "),
	W(" consisted of "),
	W(" comprise "), W(" comprises "), W(" comprised "), W(": "), W(":"), W(" are listed as "), W(" were listed as "),
	W(" are documented as "), W(" were documented as "), W(" contains "), W(" contains:"), W(" reads: "),
	W(" reads "),   /* ("The problem list reads: 1) ...") */
	W(" ("), W(" - "), W(" \xe2\x80\x93 "), W(" \xe2\x80\x94 "),   /* ("Her conditions (A, B and C) have", dashes) */
	{ NULL, 0 },
};

/* Are the words at LOW[i], to the end of their clause, places only ("the
 * cervical spine and left shoulder", "... left knee following an
 * injury")? */
static int dx_places_only(const Text *t, size_t i)
{
	size_t k, start = i;
	unsigned kinds;
	while (i < t->n && (kinds = dx_word_flags(t, i, DX_PLACE | DX_CLAUSE, &k)) != 0 && k > 0) {
		if (!(kinds & DX_PLACE))
			return i > start;   /* (a clause after the places) */
		i += k;
		if (i >= t->n || t->low[i] != ' ')
			return 1;
		i++;
	}
	return 0;
}

/* After "are" or "were" that a word heading a list ("conditions") took
 * for its verb, at FROM: where the list starts, or NONE: not "are
 * permanent and stationary", "were treated conservatively", "were to the
 * neck and back", "were the result of", "are the lumbar spine and right
 * shoulder" (places alone). */
static size_t dx_list_after_be(const Text *t, size_t from)
{
	size_t k, list = dx_passive_list(t, from);
	if (list != NONE)
		return list;   /* "Her accepted conditions are being treated as follows: ..." */
	if (from >= t->n || dx_no_list_at(t, from) || dx_word(t, from, "permanent", 9) || dx_word_ends_in(t, from, "ed") ||
	    dx_word_ends_in(t, from, "ly") || dx_places_only(t, from) ||
	    (dx_word_flags(t, from, DX_LINK, &k) && !dx_word(t, from, "a", 1) && !dx_word(t, from, "an", 2)))
		return NONE;
	return from;
}

/* After a word at I that heads a list as "diagnoses" does, in fewer
 * ways: "Her accepted conditions include ...", "Comorbidities: ...",
 * "His problem list includes ..." (a verb of dx_named_verbs right after
 * it, after an aside, or after words of where it is written: "in the
 * 02-14-2017 report").  Where the list starts, or NONE.  Not "history
 * included ...": the real letters' past histories list old complaints
 * and procedures ("coronary artery stenting") more than diagnoses. */
static size_t dx_named_list(const Text *t, size_t i)
{
	static const DxWord heads[] = {
		W("conditions"), W("condition"), W("comorbid conditions"), W("comorbidities"), W("problem list"),
		W("injuries"), W("problems"), W("sequelae"), { NULL, 0 },
	};
	static const DxWord not_medical[] = {   /* "Her work conditions include heavy lifting" */
		W("work"), W("working"), W("job"), W("living"), W("weather"), W("environmental"), W("unsafe"),
		W("hazardous"), W("employment"), { NULL, 0 },
	};
	static const DxWord place[] = {   /* the words an aside of place or paper begins with */
		W("in"), W("of"), W("on"), W("from"), W("per"), W("at"), W("dated"), W("listed"), W("noted"),
		W("documented"), W("recorded"), W("identified"), W("under"), W("being"), W("treated"), W("addressed"),
		W("managed"), W("for"), W("accepted"), { NULL, 0 },
	};
	static const DxWord of_claim[] = {   /* "Her accepted industrial conditions are ..." */
		W("accepted"), W("industrial"), W("compensable"), { NULL, 0 },
	};
	static const DxWord be[] = {
		W(" are "), W(" were "), W(" have been "), W(" has been "), W(" is "), W(" was "), { NULL, 0 },
	};
	const DxWord *h, *v = NULL;
	size_t e, end, before, from;
	int relative;
	if ((i > 0 && text_is_alpha(t->low[i - 1])) || (h = dx_at(t, i, heads, 1)) == NULL)
		return NONE;
	if ((before = dx_previous_word(t, i)) != NONE && dx_at(t, before, not_medical, 1))
		return NONE;
	if (before != NONE && dx_word(t, before, "the", 3) && (from = dx_named_before(t, i, 0)) != NONE)
		return dx_condition_at(t, from) ? from : NONE;   /* "X and Y are the conditions for which" */
	if (before != NONE && dx_at(t, before, of_claim, 1) && (v = dx_at(t, i + h->len, be, 0)) != NULL)
		return dx_list_after_be(t, dx_skip_lead(t, i + h->len + v->len));
	/* its verb: right after it, after an aside, or after words of where it
	 * is written ("The problem list in the 02-14-2017 report includes") */
	e = i + h->len;
	if ((end = dx_aside_end(t, e)) != NONE)
		e = end;
	else if (e + 1 < t->n && t->low[e] == ' ' && dx_at(t, e + 1, place, 1)) {
		const DxWord *w;
		size_t of = e + 4;   /* (after "of ") */
		if (dx_word(t, e + 1, "of", 2)) {
			if ((w = dx_at(t, of, dx_whose, 1)) != NULL)
				of += w->len + 1;
			if (dx_at(t, of, not_medical, 1))
				return NONE;   /* "The conditions of her employment include lifting" */
		}
	} else if ((v = dx_at(t, e, dx_named_verbs, 0)) == NULL) {
		if ((v = dx_at(t, e, be, 0)) == NULL)
			return NONE;
		if ((from = dx_passive_list(t, e + v->len)) != NONE)
			return from;
		from = dx_skip_article(t, e + v->len);   /* "Notable comorbid conditions are X" (dx_after_named asks a condition) */
		return from < t->n ? from : NONE;
	}
	relative = dx_for_which(t, e + 1);
	for (end = e + DX_VERB_WITHIN; v == NULL && e < t->n && e < end; e++) {   /* (after an aside, "are" too:
		                                                                       * "conditions noted in the file are") */
		if (t->low[e] == '.' && dx_sentence_end(t, e))
			return NONE;
		if (t->low[e] == ' ' || t->low[e] == ':')
			if ((v = dx_at(t, e, dx_named_verbs, 0)) != NULL || (v = dx_at(t, e, be, 0)) != NULL) {
				if (!relative || !dx_clause_verb(t, e + v->len))
					break;
				v = NULL;   /* (the clause's: "The condition for which treatment is requested is") */
			}
	}
	if (v == NULL)
		return NONE;
	from = dx_skip_lead(t, e + v->len);
	if (dx_at(t, e, be, 0) == v)
		from = dx_list_after_be(t, from);
	else if (dx_no_list_at(t, from))
		return NONE;
	if (from != NONE && dx_word(t, i, "problems", 8) && !dx_condition_at(t, dx_past_marker(t, from)))
		return NONE;   /* "The problems addressed were", not "medication refills" */
	return from;
}

/* dx_named_list's list, when it names a condition where it asks one: after
 * a plain "are" ("Notable comorbid conditions are obesity and ..."; not
 * "Her conditions are permanent and stationary") and after "condition"
 * ("The condition being treated is X"; not "Her condition is stable"). */
static size_t dx_after_named(const Text *t, size_t i)
{
	static const DxWord be[] = { W("are"), W("were"), W("is"), W("was"), { NULL, 0 } };
	size_t from = dx_named_list(t, i), before;
	int singular, after_be;
	if (from == NONE)
		return NONE;
	singular = dx_word(t, i, "condition", 9);
	if ((before = dx_previous_word(t, from)) != NONE && dx_skip_article(t, before) == from)
		before = dx_previous_word(t, before);   /* (past "a", "an") */
	after_be = before != NONE && dx_at(t, before, be, 1);   /* (after an aside too: "(per the PR-2) are") */
	return (singular || after_be) && !dx_condition_at(t, dx_past_marker(t, from)) ? NONE : from;
}

/* The first list that another word heads (dx_after_named) in [0,
 * LIMIT), or NONE. */
static size_t dx_first_named(const Text *t, size_t limit)
{
	static const char *const named[] = {
		"condition", "comorbid", "problem list", "injuries", "problems", "sequelae",
	};
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
		W("differential"), W("dx"), W("formulation"), { NULL, 0 },
	};
	const DxWord *h = dx_at(t, i, heads, 1);
	size_t verb = h ? i + h->len + 1 : NONE, from;
	if (h && verb < t->n && text_is_lower(t->low[verb]) &&
	    (dx_word_ends_in(t, verb, "ed") || dx_word_ends_in(t, verb, "s")) &&
	    dx_word(t, dx_letters_end(t, verb) + 1, "that", 4))
		return NONE;   /* a report, not a list: "The assessment noted that she was improving" */
	if (h == NULL || (from = dx_after_heading(t, i, h->len)) == NONE)
		return NONE;
	/* (a drug's "formulation" too: "The formulation is extended-release
	 * tramadol"; the psychologist's names a condition) */
	return !dx_word(t, i, "formulation", 11) || dx_condition_at(t, dx_skip_article(t, from)) ? from : NONE;
}

/* "two weeks", "the past 3 months", "several years" at LOW[i]: a time,
 * not a list ("treated for two weeks with a brace"). */
static int dx_duration_at(const Text *t, size_t i)
{
	size_t n, k;
	for (n = 0; n < 4 && i < t->n; n++) {
		unsigned f = dx_word_flags(t, i, DX_COUNT | DX_TIME, &k);
		if (f & DX_TIME)   /* ("treated for two weeks", "for months") */
			return 1;
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
	size_t k, before;
	unsigned trigger = dx_word_flags(t, start, triggers, &k);
	if (!trigger || (before = dx_previous_word(t, start)) == NONE)
		return 0;
	if ((trigger & DX_TRIGGER_TREATMENT) && dx_word(t, before, "in", 2))
		return dx_after_word(t, before, DX_BEFORE_TREATED);   /* "is in treatment for" */
	if ((trigger & DX_TRIGGER_TREATMENT) && dx_previous_word(t, before) != NONE &&
	    dx_word(t, dx_previous_word(t, before), "under", 5))
		return 1;   /* a word between: "under orthopedic care for" */
	if (dx_word(t, before, "and", 3) && (before = dx_previous_word(t, before)) != NONE)
		start = before;   /* "is being evaluated and treated for" */
	else if (before != NONE && dx_word_ends_in(t, before, "ly") && dx_previous_word(t, before) != NONE)
		start = before;   /* "is primarily treated for" */
	if (trigger & DX_TRIGGER_SEEN) {   /* "is being seen for", "has been seen for" */
		before = dx_previous_word(t, start);
		return before != NONE && (dx_word(t, before, "being", 5) || dx_word(t, before, "been", 4));
	}
	return dx_after_word(t, start, trigger & DX_TRIGGER_TREATED ? DX_BEFORE_TREATED : DX_BEFORE_TREATMENT);
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
	size_t k, has = dx_perfect_been(t, start);
	if (has != NONE)
		start = has;
	else if (!dx_word_flags(t, start, DX_BE, &k))
		return 0;
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

#define DX_VAGUE_WORDS 6   /* words: "her bilateral upper extremity complaints", and one more */

/* The end of what is treated, and no diagnosis, at FROM: "his injuries",
 * "her bilateral upper extremity complaints" (a possessive or "the",
 * then a plural that names no condition); else NONE. */
static size_t dx_vague_end(const Text *t, size_t from)
{
	static const DxWord vague[] = {
		W("complaints"), W("injuries"), W("symptoms"), W("problems"), W("issues"), W("conditions"), { NULL, 0 },
	};
	size_t n, e;
	if (!dx_at(t, from, dx_whose, 1))
		return NONE;
	for (n = 0; n < DX_VAGUE_WORDS && from < t->n && text_is_lower(t->low[from]); n++) {
		e = dx_letters_end(t, from);
		if (dx_at(t, from, vague, 1))
			return e;
		if (e >= t->n || t->low[e] != ' ')
			break;
		from = e + 1;
	}
	return NONE;
}

/* Is the phrase at FROM what is treated (dx_vague_end), the list's
 * end after it: "for his injuries.", "for her neck complaints
 * (diagnoses: ...)"; not "her complaints of ...", "the knee injuries,
 * lumbar strain and ...", nor one injury or condition ("his work
 * injury")? */
static int dx_vague_object(const Text *t, size_t from)
{
	size_t e = dx_vague_end(t, from);
	return e != NONE && (e >= t->n || t->low[e] == '.' || t->low[e] == '(' ||
	                     (t->low[e] == ' ' && e + 1 < t->n && t->low[e + 1] == '('));
}

/* Where the list after "treated for" starts (FROM after "for"): not at
 * a time ("for two weeks"), nor at what is treated ("for his
 * injuries"). */
static size_t dx_list_for(const Text *t, size_t from)
{
	from = dx_skip_lead(t, from);
	return dx_duration_at(t, from) || dx_vague_object(t, from) ? NONE : from;
}

/* The word at START (before "for") ends the object of a verb of care:
 * "her", "him", "them", "the injured worker", "this patient".  The
 * verb's start, or NONE. */
static size_t dx_before_object(const Text *t, size_t start)
{
	static const DxWord pronoun[] = { W("her"), W("him"), W("them"), { NULL, 0 } };
	static const DxWord person[] = {
		W("worker"), W("patient"), W("applicant"), W("claimant"), W("employee"), W("individual"), { NULL, 0 },
	};
	static const DxWord determiner[] = { W("the"), W("this"), { NULL, 0 } };
	size_t before;
	if (dx_at(t, start, pronoun, 1))
		return dx_previous_word(t, start);
	if (!dx_at(t, start, person, 1) || (before = dx_previous_word(t, start)) == NONE)
		return NONE;
	if (dx_word(t, before, "injured", 7) && (before = dx_previous_word(t, before)) == NONE)
		return NONE;
	return dx_at(t, before, determiner, 1) ? dx_previous_word(t, before) : NONE;
}

/* Does the word at START (before "for" at I) end "The claim has been
 * accepted", "claim was accepted": its accepted conditions, not its body
 * parts ("accepted for the cervical spine and left shoulder")? */
static int dx_claim_accepted(const Text *t, size_t start, size_t i)
{
	return dx_word(t, start, "accepted", 8) && !dx_places_only(t, i + 5) && !dx_negated(t, start) &&
	       dx_word_back(t, start, 3, "claim", 5) != NONE;
}

/* Does the word at START (before "for") end "under the care of ...", "in
 * the care of ..." ("has been under the care of a psychologist for")? */
static int dx_care_of(const Text *t, size_t start)
{
	size_t w = dx_word_back(t, start, 4, "of", 2);
	if (w == NONE || (w = dx_previous_word(t, w)) == NONE || !dx_word(t, w, "care", 4) ||
	    (w = dx_previous_word(t, w)) == NONE)
		return 0;
	if (dx_word(t, w, "the", 3) && (w = dx_previous_word(t, w)) == NONE)
		return 0;
	return dx_word(t, w, "under", 5) || dx_word(t, w, "in", 2);
}

/* Before " for" at I: the start of the word before it, or before an
 * aside of time there ("followed since for", "treated her since 2015
 * for", "seen ever since then for"). */
static size_t dx_before_for(const Text *t, size_t i)
{
	size_t w = i, since = NONE;
	while (w > 0 && (text_is_alpha(t->low[w - 1]) || text_is_digit(t->low[w - 1])))
		w--;   /* (the word or number before " for") */
	if (dx_word(t, w, "since", 5))
		since = w;   /* "followed since for" */
	else if (w < i && (text_is_digit(t->low[w]) || dx_word(t, w, "then", 4)))
		since = dx_previous_word(t, w);   /* "since 2014 for", "since then for" */
	if (since == NONE || !dx_word(t, since, "since", 5))
		return dx_word_before(t, i);
	if ((w = dx_previous_word(t, since)) != NONE && dx_word(t, w, "ever", 4))
		w = dx_previous_word(t, w);
	return w == NONE ? i : w;
}

/* After " for" at I: where the list of "is being treated for", "is
 * followed for", "undergoing treatment for", "under care for" starts (the
 * word before "for" says which words may come before it), or NONE. */
static size_t dx_after_for(const Text *t, size_t i)
{
	size_t from = i + 4, start = dx_before_for(t, i), place, k;
	if (from >= t->n || (t->low[from] != ' ' && t->low[from] != ':') || start == i)
		return NONE;
	if ((place = dx_before_object(t, start)) != NONE) {
		start = place;   /* "has been following her for", "treated the applicant for" */
		if (dx_word_flags(t, start, DX_TRIGGER_TREATED, &k))
			return dx_list_for(t, from);   /* (active: "Dr. Lee treated her for") */
	} else if (dx_word_ends_in(t, start, "ly") && (place = dx_previous_word(t, start)) != NONE) {
		start = place;   /* "was treated conservatively for" */
	}
	if (!dx_under_care(t, start, DX_TRIGGER_TREATED | DX_TRIGGER_TREATMENT | DX_TRIGGER_SEEN) &&
	    !dx_treatment_was(t, start) && !dx_meets_criteria(t, start, i) && !dx_care_of(t, start) &&
	    !dx_claim_accepted(t, start, i) &&
	    ((place = dx_before_care_place(t, start)) == NONE ||
	     !dx_under_care(t, place, DX_TRIGGER_TREATED | DX_TRIGGER_SEEN)))
		return NONE;
	return dx_list_for(t, from);
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
	size_t before = dx_previous_word(t, i), from = i + 12, k;   /* after "directed at " */
	if (from >= t->n || t->low[from - 1] != ' ' || dx_word_flags(t, from, DX_CLAUSE, &k))
		return NONE;
	return before != NONE && dx_treatment_was(t, before) ? dx_skip_lead(t, from) : NONE;
}

/* After " focused on" at I: where the list of "Care has focused on X",
 * "Treatment was focused on X" starts, when X is a condition (not
 * "physical therapy"); else NONE. */
static size_t dx_after_focused(const Text *t, size_t i)
{
	size_t before = dx_previous_word(t, i + 1), from = dx_skip_article(t, i + 12), care, k;
	if (before == NONE || from >= t->n || t->low[i + 11] != ' ')
		return NONE;
	if (dx_has_at(t, before)) {
		if ((care = dx_previous_word(t, before)) == NONE || !dx_word_flags(t, care, DX_TRIGGER_TREATMENT, &k))
			return NONE;   /* "Care has focused on" */
	} else if (!dx_treatment_was(t, before)) {
		return NONE;   /* "Treatment was (has been) focused on" */
	}
	return dx_condition_at(t, from) ? from : NONE;
}

/* After a preposition of LEN bytes (its blank first) at I: where the list
 * of "was assessed with", "assessed as having", "suffers from" starts, or
 * NONE. */
static size_t dx_after_prep_n(const Text *t, size_t i, size_t len)
{
	size_t start = dx_word_before(t, i), from = i + len, verb, k;
	int object = 0;
	if (start == i || from >= t->n || t->low[from] != ' ')
		return NONE;
	if ((verb = dx_before_object(t, start)) != NONE)
		start = verb, object = 1;   /* "assessed him with" */
	if (!dx_word_flags(t, start, DX_TRIGGER_PREP, &k))
		return NONE;
	from = dx_skip_lead(t, from);
	return !object || dx_condition_at(t, from) ? from : NONE;   /* (not "assessed him with the Oswestry index") */
}

static size_t dx_after_prep(const Text *t, size_t i) { return dx_after_prep_n(t, i, 5); }   /* " with", " from" */

/* Before a reporter at W, after "by" and at most two words ("by the
 * pain specialist", "by his surgeon"): the word before "by", or NONE. */
static size_t dx_before_by(const Text *t, size_t w)
{
	size_t n;
	for (n = 0; n < 3 && (w = dx_previous_word(t, w)) != NONE; n++)
		if (dx_word(t, w, "by", 2))
			return dx_previous_word(t, w);
	return NONE;
}

/* After " as" at I, where what is named is named a condition: "The
 * injury is classified as X", "Her physicians describe her condition as
 * X", "has been characterized as X": where X starts, when it is a
 * condition (not "The pain is described as sharp"); else NONE. */
static size_t dx_after_called(const Text *t, size_t i)
{
	static const DxWord verb[] = {
		W("classified"), W("characterized"), W("characterised"), W("characterize"), W("characterizes"),
		W("classify"), W("classifies"), W("described"), W("describe"), W("describes"),
		W("coded"), W("categorized"), W("labeled"), W("labelled"), W("documented"), W("identified"),
		W("identifies"), W("regarded"), W("listed"), W("lists"), { NULL, 0 },
	};
	static const DxWord what[] = {
		W("condition"), W("conditions"), W("injury"), W("injuries"), W("problem"), W("problems"),
		W("symptoms"), W("complaints"), W("presentation"), { NULL, 0 },
	};
	static const DxWord person[] = { W("him"), W("her"), W("them"), { NULL, 0 } };
	size_t w = dx_word_before(t, i), from = i + 4;
	if (w == i || from >= t->n || t->low[i + 3] != ' ')
		return NONE;
	if (dx_word(t, from, "having", 6))   /* ("characterized as having") */
		from += 7;
	from = dx_skip_article(t, from);
	if (dx_at(t, w, what, 1)) {
		if ((w = dx_previous_word(t, w)) != NONE && dx_at(t, w, dx_whose, 1))
			w = dx_previous_word(t, w);   /* "describe her condition as" */
	} else if (dx_at(t, w, person, 1)) {
		w = dx_previous_word(t, w);   /* "describe him as having" */
	} else if (dx_reporter_at(t, w)) {
		w = dx_before_by(t, w);   /* "characterized by the pain specialist as" */
	}
	return w != NONE && dx_at(t, w, verb, 1) && from < t->n && dx_condition_at(t, from) ? from : NONE;
}

/* After " as" at I: "assessed as having" (dx_after_prep_n), or what is
 * named a condition (dx_after_called). */
static size_t dx_after_as(const Text *t, size_t i)
{
	size_t from = dx_after_prep_n(t, i, 3);
	return from != NONE ? from : dx_after_called(t, i);
}

/* Is LOW[i] in a sentence that "who" went before: the one that
 * introduces the worker ("The injured worker is a 41 year old nurse who
 * sustained a needlestick injury ... and later developed neck pain"),
 * which tells how the injury came about, not its diagnosis? */
static int dx_in_who_clause(const Text *t, size_t i)
{
	size_t s;
	for (s = i; s > 0 && i - s < 2 * DX_MAX_ENTRY; s--)
		if (t->low[s - 1] == '.' && dx_sentence_end(t, s - 1))
			break;
	return text_find(t, s, i + 1, " who ") != NONE;   /* (i + 1: "who" may end right before I) */
}

/* After " developed" or " sustained" at I (both ten bytes, the blank
 * first; after "sustained", an article: a verb, not "from sustained
 * keyboard work"; in the sentence that introduces the worker only with
 * WHO, dx_in_who_clause): where the list of "She subsequently developed complex
 * regional pain syndrome", "He sustained a distal biceps tendon rupture
 * while lifting" starts, or NONE: not before a clause, a time, an adverb,
 * a treatment ("developed a home exercise program"), the injury itself
 * ("sustained an industrial injury"), a complaint or an event
 * (dx_complaint_at); not after an adverb ("a well developed and well
 * nourished male"). */
static size_t dx_after_onset(const Text *t, size_t i, int article, int who)
{
	static const DxWord adjective[] = {   /* (before "developed": "a well developed male") */
		W("well"), W("normally"), W("poorly"), W("fully"), { NULL, 0 },
	};
	size_t from = i + 11, k, before = dx_word_before(t, i);
	if (from >= t->n || t->low[from - 1] != ' ' || (before < i && dx_at(t, before, adjective, 1)) ||
	    dx_in_who_clause(t, i) != who)
		return NONE;
	if ((from = dx_skip_article(t, i + 11)) == i + 11 && article)
		return NONE;
	if (from >= t->n || !text_is_lower(t->low[from]) || dx_injury_at(t, from) ||
	    dx_word_ends_in(t, from, "ly") || dx_complaint_at(t, from) ||
	    dx_word_flags(t, from, DX_CLAUSE | DX_CLAUSE_PHRASE | DX_BEFORE_DATE | DX_BY | DX_COUNT | DX_TIME |
	                           DX_BINDING | DX_NO_LIST | DX_TREATMENT | DX_ADD_LEAD, &k))
		return NONE;
	return from;
}

static size_t dx_after_developed(const Text *t, size_t i) { return dx_after_onset(t, i, 0, 0); }
static size_t dx_after_sustained(const Text *t, size_t i) { return dx_after_onset(t, i, 1, 0); }
/* (in the sentence that introduces the worker: "... who sustained a X") */
static size_t dx_after_developed_who(const Text *t, size_t i) { return dx_after_onset(t, i, 0, 1); }
static size_t dx_after_sustained_who(const Text *t, size_t i) { return dx_after_onset(t, i, 1, 1); }

/* The word at W, or before it when it is an adverb ("also", "-ly"): the
 * subject in "the physician also found": its start, or NONE. */
static size_t dx_before_adverb(const Text *t, size_t w)
{
	return dx_word(t, w, "also", 4) || dx_word_ends_in(t, w, "ly") ? dx_previous_word(t, w) : w;
}

/* The subject of a reporter's verb whose word before is W: past an
 * adverb and an auxiliary ("the neurologist has also found", "Dr. Lee
 * had identified"); its start, or NONE. */
static size_t dx_reporter_before(const Text *t, size_t w)
{
	if ((w = dx_before_adverb(t, w)) == NONE)
		return NONE;
	if (dx_has_at(t, w))
		if ((w = dx_previous_word(t, w)) == NONE || (w = dx_before_adverb(t, w)) == NONE)
			return NONE;
	return w;
}

/* At V, a reporter's verb, in the past or the present ("found",
 * "identifies", "documents" ...): where its object starts ("that she
 * had" aside), or NONE.  A verb added here goes in two more places: a
 * needle of dx_read_other, and a DX_DATED word of dx_vocab (it ends the
 * entry before it), unless it is also a noun ("notes", "records",
 * "list", "finds"). */
static size_t dx_reported_object(const Text *t, size_t v)
{
	static const DxWord verb[] = {
		W("found"), W("finds"), W("identified"), W("identifies"), W("documented"), W("documents"),
		W("recorded"), W("records"), W("confirmed"), W("confirms"), W("established"), W("establishes"),
		W("assessed"), W("assesses"), W("noted"), W("notes"), W("demonstrated"), W("demonstrates"),
		W("concluded"), W("concludes"), W("determined"), W("determines"), W("lists"), W("listed"),
		W("enumerates"), W("enumerated"), W("reflect"), W("reflects"), W("reflected"), W("document"),
		W("identify"), W("confirm"), W("establish"), W("list"), W("demonstrate"), W("record"), W("addresses"),
		W("addressed"), { NULL, 0 },
	};
	static const DxWord had[] = {   /* "concluded that he had" */
		W("that he had "), W("that she had "), W("that he has "), W("that she has "), { NULL, 0 },
	};
	const DxWord *w = dx_at(t, v, verb, 1);
	size_t from;
	if (w == NULL)
		return NONE;
	from = v + w->len + 1;
	if ((w = dx_at(t, from, had, 0)) != NULL)
		from += w->len;
	return dx_skip_article(t, dx_skip_lead(t, from));
}

/* After " found", " identified", " documented" ... at I: where the list of
 * "A podiatrist found X", "the treating chiropractor identified X", "The
 * report of 08-15-2016 documents X", "the physician concluded that she
 * had X" starts, or NONE: its subject a reporter (dx_reporter_at, an
 * adverb aside: "also found"), its first entry a condition
 * (dx_condition_at: not "documented lumbar tenderness"). */
static size_t dx_after_reported(const Text *t, size_t i)
{
	size_t subject = dx_word_past_date(t, i + 1), from = dx_reported_object(t, i + 1);
	if (from == NONE || subject == NONE || (subject = dx_reporter_before(t, subject)) == NONE ||
	    !dx_reporter_at(t, subject) || dx_negated(t, i + 1) || from >= t->n)
		return NONE;
	return dx_condition_at(t, dx_past_marker(t, from)) ? from : NONE;   /* ("lists the following: 1) ...") */
}

/* After a phrase that ties a condition to what came before, at I (its
 * blank first): "consistent with", "due to", "because of", "resulted
 * in", "symptomatic from", "recovering from" ("The
 * clinical picture is consistent with X", "off work because of X"): where
 * X starts, when it is a condition (dx_condition_at); else NONE. */
static size_t dx_after_tie(const Text *t, size_t i)
{
	static const DxWord tie[] = {
		W(" consistent with "), W(" due to "), W(" because of "), W(" resulted in "), W(" symptomatic from "),
		W(" recovering from "), W(" is that of "), W(" is one of "), W(" management of "), W(" of known "),
		W(" explained by "), W(" represented "), W(" represents "), W(" represent "), W(" complicated by "),
		{ NULL, 0 },
	};
	const DxWord *w = dx_at(t, i, tie, 0);
	size_t from;
	if (w == NULL || dx_negated(t, i + 1))   /* (not "was not consistent with") */
		return NONE;
	from = dx_skip_article(t, i + w->len);
	return from < t->n && dx_condition_at(t, from) ? from : NONE;
}

/* After "history" at I: where the list of "She has a history of X", "His
 * past medical history is significant for X", "Medical history includes
 * X" starts, when X is a condition (dx_condition_at: not "a history of an
 * occupational claim", "of smoking"), and no negation is before ("no
 * history of", "denies any history of"); else NONE. */
static size_t dx_after_history(const Text *t, size_t i)
{
	static const DxWord list[] = {
		W(" of "), W(" includes "), W(" included "), W(": "), { NULL, 0 },
	};
	static const DxWord be[] = { W(" is "), W(" was "), { NULL, 0 } };
	static const DxWord remark[] = {
		W("significant for "), W("notable for "), W("remarkable for "), W("positive for "), { NULL, 0 },
	};
	static const DxWord whose[] = { W("family"), W("social"), W("surgical"), W("work"), { NULL, 0 } };
	const DxWord *w;
	size_t from = i + 7, before = dx_previous_word(t, i);
	if (!dx_word(t, i, "history", 7) || (i > 0 && text_is_alpha(t->low[i - 1])) || dx_negated(t, i) ||
	    (before != NONE && dx_at(t, before, whose, 1)))
		return NONE;   /* (not "Her family history includes") */
	if ((w = dx_at(t, from, list, 0)) != NULL) {
		from += w->len;
	} else {   /* "history (is, was) significant for" */
		if ((w = dx_at(t, from, be, 0)) != NULL)
			from += w->len;
		else if (from < t->n && t->low[from] == ' ')
			from++;
		if ((w = dx_at(t, from, remark, 0)) == NULL)
			return NONE;
		from += w->len;
	}
	from = dx_skip_article(t, from);
	return from < t->n && dx_condition_at(t, from) ? from : NONE;
}

/* Where a phrase of LIST is, at P or after one of the next N words
 * ("that he has" after "by the hand surgeon"), into *W; or NONE. */
static size_t dx_within_words(const Text *t, size_t p, size_t n, const DxWord *list, const DxWord **w)
{
	for (; n > 0 && p < t->n && text_is_lower(t->low[p]); n--) {
		if ((*w = dx_at(t, p, list, 0)) != NULL)
			return p;
		if ((p = dx_letters_end(t, p)) >= t->n || t->low[p] != ' ')
			return NONE;
		p++;
	}
	return NONE;
}

/* After " attribut" or " ascribe" at I: where the list of "symptoms
 * attributed to X", "The neurologist attributes her symptoms to X",
 * "ascribed the pain to X" starts (what is ascribed, of a few words,
 * between), when X is a condition (not "to keyboard use"); else NONE. */
static size_t dx_after_ascribed(const Text *t, size_t i)
{
	static const DxWord verb[] = {
		W("attributes"), W("attributed"), W("attributing"), W("ascribes"), W("ascribed"), W("ascribing"),
		{ NULL, 0 },
	};
	static const DxWord to[] = { W("to "), { NULL, 0 } };
	const DxWord *w = dx_at(t, i + 1, verb, 1);
	size_t p, from;
	if (w == NULL || dx_negated(t, i + 1) ||   /* ("her triggering of the right ring finger to") */
	    (p = dx_within_words(t, i + 1 + w->len + 1, 10, to, &w)) == NONE)
		return NONE;
	from = dx_skip_article(t, p + 3);
	return from < t->n && dx_condition_at(t, from) ? from : NONE;
}

/* After " told" at I: where the list of "He was told by the spine surgeon
 * that he has X", "She was told she had X", "The surgeon told him that he
 * had X" starts, when X is a condition; else NONE. */
static size_t dx_after_told(const Text *t, size_t i)
{
	static const DxWord has[] = {
		W("he has "), W("she has "), W("he had "), W("she had "), W("they have "), { NULL, 0 },
	};
	static const DxWord passive[] = { W("was"), W("were"), W("been"), { NULL, 0 } };
	const DxWord *w = NULL;
	size_t p = i + 6, from, before = dx_previous_word(t, i + 1);
	if (!dx_word(t, i + 1, "told", 4) || before == NONE ||
	    !(dx_at(t, before, passive, 1) || dx_reporter_at(t, dx_before_adverb(t, before))))
		return NONE;   /* (not "She told her doctor that she had ...") */
	if ((p = dx_within_words(t, p, 8, has, &w)) == NONE)   /* ("by the hand surgeon", "him") */
		return NONE;
	from = dx_skip_article(t, p + w->len);
	return from < t->n && dx_condition_at(t, from) ? from : NONE;
}

/* "He is status post ..." at I ("status post"): the list starts there,
 * and each entry keeps the words; NONE when no "is", "was" ... is before. */
static size_t dx_at_status_post(const Text *t, size_t i)
{
	size_t k, before = dx_previous_word(t, i);
	if (!(dx_after_word(t, i, DX_BE | DX_BEFORE_TREATED) || (before != NONE && dx_word(t, before, "remains", 7))) ||
	    i + 12 >= t->n || t->low[i + 11] != ' ' || dx_word_flags(t, i + 12, DX_CLAUSE, &k) ||
	    dx_complaint_at(t, dx_skip_article(t, i + 12)) || dx_injury_at(t, dx_skip_article(t, i + 12)))
		return NONE;   /* (a surgery must follow "status post ", not "a fall", "injury"; "She remains status post") */
	return i;
}

/* Where a list that ended at STOP goes on in "and has ..." ("He is
 * status post a laminectomy and has patellofemoral syndrome"), or NONE
 * (not "and has been", "and has improved", "and has two children"). */
static size_t dx_and_has(const Text *t, size_t stop)
{
	static const DxWord now[] = { W("now"), W("also"), W("currently"), W("still"), { NULL, 0 } };
	static const DxWord not_diagnosis[] = { W("done"), W("gone"), W("history"), W("no"), { NULL, 0 } };
	size_t has = stop + 1, and, from = has + 4, word, k;
	if (from >= t->n || (and = dx_previous_word(t, has)) == NONE)
		return NONE;
	if (dx_at(t, and, now, 1))   /* "and now has" */
		and = dx_previous_word(t, and);
	if (and == NONE || !dx_word(t, and, "and", 3) || !dx_word(t, has, "has", 3))
		return NONE;
	word = dx_skip_article(t, from);   /* ("and has a torn meniscus") */
	if (word >= t->n || !text_is_lower(t->low[word]) ||
	    dx_word_flags(t, word, DX_CLAUSE | DX_NO_LIST | DX_LEAD | DX_COUNT, &k) || dx_at(t, word, not_diagnosis, 1))
		return NONE;   /* not "and has two children", "and has a history of" */
	return dx_word_ends_in(t, word, "ed") ? NONE : from;   /* ("and has improved") */
}

/* After " to have" at I: where the list of "was found to have", "is
 * noted to have" starts, or NONE (not "noted to have had therapy"). */
static size_t dx_after_found(const Text *t, size_t i)
{
	static const DxWord found[] = {
		W("found "), W("noted "), W("shown "), W("determined "), W("felt "), W("thought "), W("believed "),
		W("known "), { NULL, 0 },
	};
	const DxWord *w;
	size_t start = dx_word_before(t, i), from = i + 9, verb, k;
	int object = 0;
	if (start == i || from >= t->n || t->low[from - 1] != ' ')
		return NONE;
	if ((verb = dx_before_object(t, start)) != NONE)
		start = verb, object = 1;   /* "found him to have" (the verb is the word before) */
	if ((w = dx_at(t, start, found, 0)) == NULL || (!object && start + w->len != i + 1) ||
	    dx_word_flags(t, from, DX_CLAUSE | DX_NO_LIST, &k) || dx_word(t, from, "been", 4))
		return NONE;
	return !object || dx_condition_at(t, from) ? from : NONE;
}

/* After " known to have" at I: where the list of "She is also known to
 * have X" starts, when X is a condition; else NONE.  For the lists after
 * the usual ones, where "was found (noted) to have" is most often a
 * finding ("tenderness", "was found to have a colon injury that ..."). */
static size_t dx_after_known(const Text *t, size_t i)
{
	size_t from = dx_after_found(t, i + 6);
	return from != NONE && !dx_negated(t, i + 1) && dx_condition_at(t, from) ? from : NONE;
}

/* After " has" at I: where the list of "He has X", "She also has X",
 * "additionally, she has X" starts, when the subject is the worker and X
 * a condition (not "He has pain", "has a positive Tinel's sign", "has no
 * X", "has since undergone X", "has developed X": a verb's other
 * readers decide); else NONE. */
static size_t dx_after_has(const Text *t, size_t i)
{
	static const DxWord subject[] = {
		W("he"), W("she"), W("worker"), W("patient"), W("applicant"), W("claimant"), W("employee"),
		{ NULL, 0 },
	};
	static const DxWord verb[] = {   /* (a perfect tense: "has since undergone", "has developed") */
		W("since"), W("now"), W("also"), W("undergone"), W("been"), W("done"), W("seen"), W("gone"),
		W("taken"), W("given"), W("begun"), W("shown"), W("become"), W("worn"), W("neither"), { NULL, 0 },
	};
	static const DxWord degree[] = {   /* (adverbs of a condition: "has poorly controlled diabetes") */
		W("poorly"), W("mildly"), W("moderately"), W("severely"), { NULL, 0 },
	};
	static const DxWord state[] = {   /* (words in "-ed" that describe a condition, not a verb's) */
		W("uncontrolled"), W("untreated"), W("advanced"), W("herniated"), W("fractured"), W("ruptured"),
		W("dislocated"), W("displaced"), W("nondisplaced"), W("localized"), W("generalized"), { NULL, 0 },
	};
	static const DxWord unsure[] = {   /* "whether he has X", "He thinks he has X" */
		W("whether"), W("if"), W("unless"), W("think"), W("thinks"), W("believe"), W("believes"), W("feels"),
		W("fears"), W("afraid"), W("unsure"), { NULL, 0 },
	};
	static const DxWord denied[] = {   /* "He denies that he has X" (not "The opinion is that she has X") */
		W("denies"), W("denied"), W("doubts"), W("doubted"), W("unlikely"), W("unclear"), W("uncertain"),
		W("not"), { NULL, 0 },
	};
	size_t before = dx_previous_word(t, i + 1), from = i + 5, w;
	if (from >= t->n || t->low[from - 1] != ' ' || before == NONE ||
	    (before = dx_before_adverb(t, before)) == NONE || !dx_at(t, before, subject, 1) ||
	    ((w = dx_previous_word(t, before)) != NONE &&
	     (dx_at(t, w, unsure, 1) ||
	      (dx_word(t, w, "that", 4) && (w = dx_previous_word(t, w)) != NONE && dx_at(t, w, denied, 1)))) ||
	    dx_at(t, from, verb, 1) || (dx_word_ends_in(t, from, "ed") && !dx_at(t, from, state, 1)) ||
	    (dx_word_ends_in(t, from, "ly") && !dx_at(t, from, degree, 1)))
		return NONE;
	if (dx_word(t, from, "had", 3))   /* "He has had diabetes for years" (not "had three injections") */
		from += 4;
	from = dx_skip_article(t, from);
	return from < t->n && dx_condition_at(t, from) ? from : NONE;
}

/* After " her for" or " him for" at I: dx_after_for at its " for" ("Her
 * rheumatologist also follows her for X", after the lists), when X is a
 * condition. */
static size_t dx_after_whom_for(const Text *t, size_t i)
{
	size_t from = dx_after_for(t, i + 4);
	return from != NONE && dx_condition_at(t, dx_skip_article(t, from)) ? from : NONE;   /* (not "for support") */
}

/* After " suffer" at I: where the list of "he additionally suffers from
 * X" starts (dx_after_prep, at its " from"), when X is a condition; else
 * NONE.  For after the lists. */
static size_t dx_after_suffers(const Text *t, size_t i)
{
	size_t from = dx_letters_end(t, i + 1);
	if (!dx_word(t, from + 1, "from", 4) || (from = dx_after_prep(t, from)) == NONE)
		return NONE;
	return dx_condition_at(t, dx_skip_article(t, from)) ? from : NONE;
}

/* After " namely" at I, after a comma: where the list of "He sustained
 * several injuries, namely X", "documented two conditions, namely X and
 * Y" starts, when X is a condition; else NONE. */
static size_t dx_after_namely(const Text *t, size_t i)
{
	size_t from = dx_skip_article(t, i + 8);
	if (i == 0 || t->low[i - 1] != ',' || !dx_word(t, i + 1, "namely", 6) || from >= t->n)
		return NONE;
	return dx_condition_at(t, from) ? from : NONE;
}

/* After " coded" or " codes" at I: where the list of "The visit was
 * coded for X", "The physician coded the encounter with X", "Her
 * diagnoses were coded as X", "The report coded X", "lists diagnosis
 * codes for X" starts, or NONE. */
static size_t dx_after_coded(const Text *t, size_t i)
{
	static const DxWord prep[] = { W("for "), W("with "), W("as "), { NULL, 0 } };
	static const DxWord of_diagnosis[] = {   /* "lists diagnosis codes for X": a code's title follows */
		W("diagnosis"), W("diagnostic"), W("icd"), W("icd-10"), W("icd-9"), { NULL, 0 },
	};
	const DxWord *w;
	size_t p = i + 7, k, before = dx_word_or_form_before(t, i + 1);
	int codes = dx_word(t, i + 1, "codes", 5);
	if (!(codes || dx_word(t, i + 1, "coded", 5)) || p >= t->n || t->low[p - 1] != ' ' || dx_negated(t, i + 1))
		return NONE;
	if ((k = dx_within_words(t, p, 4, prep, &w)) != NONE)   /* ("the visit", "her encounter") */
		p = k + w->len;
	else if (codes || before == NONE || !dx_reporter_at(t, dx_word_past_date(t, i + 1)))
		return NONE;   /* (else a report's object: "The Doctor's First Report coded X") */
	if ((p = dx_skip_article(t, p)) >= t->n || !text_is_lower(t->low[p]) ||
	    dx_word_flags(t, p, DX_CLAUSE | DX_COUNT | DX_TIME, &k))
		return NONE;
	/* a code's title is a diagnosis when "diagnosis codes" says so; else
	 * a condition is asked (not "coded for billing purposes") */
	return (codes && before != NONE && dx_at(t, before, of_diagnosis, 1)) || dx_condition_at(t, p) ? p : NONE;
}

/* After " manag", " follow", " monitor" or " treat" at I: where the
 * list of "Her orthopedist manages her X", "A cardiologist follows his X"
 * starts, when a possessive and a condition follow; else NONE. */
static size_t dx_after_care(const Text *t, size_t i)
{
	static const DxWord verb[] = {
		W("manages "), W("managed "), W("managing "), W("follows "), W("followed "), W("monitors "),
		W("monitored "), W("treats "), W("treating "), { NULL, 0 },   /* (not "following her advice") */
	};
	static const DxWord whose[] = { W("his "), W("her "), W("their "), { NULL, 0 } };
	const DxWord *w = dx_at(t, i + 1, verb, 0), *p;
	size_t from;
	if (w == NULL || (p = dx_at(t, i + 1 + w->len, whose, 0)) == NULL)
		return NONE;
	from = i + 1 + w->len + p->len;
	return from < t->n && dx_condition_at(t, from) ? from : NONE;
}
