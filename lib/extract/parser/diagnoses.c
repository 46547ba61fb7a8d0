/* diagnoses.c: the diagnoses the case summary states, one list entry each.
 * Part of the parser (parser.c), after summary.c, whose Text it reads.
 *
 * Where a list starts: dx-start.c.  Every list is read (dx_read_list),
 * the first of either kind, every further one and the comorbidities after
 * them, or, in a summary with neither, the rarer ones (dx_read_other) and
 * the first that "conditions" or "comorbidities" heads.
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
 * lumbar;hip;neck strain, as the real letters' labels have it).  In a list
 * cut at semicolons, a few words after a comma are inside the entry
 * ("biceps tendon rupture, long head, right;").
 *
 * The work is over the summary's few sentences only: the starts are found
 * with scan_find (text_find, dx-start.c); a list's words are read once
 * (dx_cut), each looked up once in one table of words and their kinds
 * (dx-words.c). */
#include "parser.h"

#define DX_MAX_LIST 1200   /* bytes: a longer "list" is not one */
#define DX_PAREN_HEAD 60   /* bytes: the longest "several conditions (" */
#define DX_PAREN_WORDS 4   /* words: the most in "her upper extremity conditions (" */
#define DX_OPENER 40       /* bytes: the farthest a list's opening mark is looked for */
#define DX_MAX_PIECES (DX_MAX_LIST / 2 + 1)   /* (a piece and its cut take two bytes or more: none is dropped) */

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

#define DX_SETTING_WORDS 3   /* "at the occupational medicine clinic" */

/* Does "in the" at LOW[i] name a place of care or an event ("in the ER",
 * "at the occupational medicine clinic", "in a fall at work"): a word of
 * it in the DX_SETTING_WORDS after "the", "a" or "an", before any other
 * mark? */
static int dx_setting_after_the(const Text *t, size_t i)
{
	size_t j = dx_letters_end(t, i) + 1, n;   /* (after "in", "during") */
	int digit;
	if (!dx_word(t, j, "the", 3) && !dx_word(t, j, "a", 1) && !dx_word(t, j, "an", 2))
		return 0;
	for (n = 0; n < DX_SETTING_WORDS; n++) {
		unsigned next = dx_next_word(t, j, &digit);
		if (next & DX_SETTING)
			return 1;
		if (!next && digit)
			return 0;
		j = dx_letters_end(t, j) + 1;   /* (dx_next_word read a blank there) */
		if (j >= t->n || !text_is_lower(t->low[j]))
			return 0;
	}
	return 0;
}

/* Is one of the N words at LOW[i] a "diagnosis" ("the working
 * diagnoses", "a secondary diagnosis")? */
static int dx_names_diagnosis_within(const Text *t, size_t i, unsigned n)
{
	for (; n > 0 && i < t->n && text_is_lower(t->low[i]); n--) {
		if (i + 7 < t->n && memcmp(t->low + i, "diagnos", 7) == 0 && dx_diagnos_word(t, i))
			return 1;
		if ((i = dx_letters_end(t, i)) >= t->n || t->low[i] != ' ')
			break;
		i++;
	}
	return 0;
}

/* Words at LOW[i] (after a space; its kinds F) that begin a clause: the
 * list ends before them (1): "who", "which", "after", "with medications";
 * or that only end the entry ("dated ...", "on 03/16/2011", "in March
 * 2014"), whose words up to the next cut are left out (2). */
static int dx_clause_at(const Text *t, size_t i, unsigned f)
{
	static const DxWord phrases[] = {
		W("associated with an industrial"), W("associated with a work"), W("secondary to an industrial"),
		W("from an industrial"), W("from a work"),
		W("secondary to a work"), W("status is"), W("for which"), W("in which"), W("of which"),
		/* the heading of a further list ("...; secondary diagnoses include") */
		W("secondary diagnoses"), W("secondary diagnosis"), W("other diagnoses"), W("additional diagnoses"),
		W("primary diagnosis"),
		W("without evidence"), W("without signs"),   /* (", without evidence of radiculopathy") */
		{ NULL, 0 },
	};
	static const DxWord event[] = {   /* "..., related to an inmate assault": the entry ends */
		W("related to an"), W("related to a"),   /* (not "depression related to her pain") */
		W("as a child"), W("as a teenager"), W("as a youth"),   /* ("a broken arm as a child") */
		W("years before"), W("years ago"), W("years earlier"), W("years prior"), W("months before"),
		W("months ago"), W("months earlier"), W("months prior"), { NULL, 0 },   /* ("hypothyroidism years before") */
	};
	static const DxWord aside[] = {   /* "C to be work related", "C as the working diagnosis": the entry ends */
		W("to be"), W("as the"), W("as a"), W("as an"), W("as his"), W("as her"), { NULL, 0 },
	};
	const DxWord *w;
	int digit;
	unsigned next;
	if (f & DX_CLAUSE)
		return 1;
	if ((f & DX_CLAUSE_PHRASE) && dx_at(t, i, phrases, 1))
		return 1;
	if ((f & DX_CLAUSE_PHRASE) && dx_at(t, i, event, 1))
		return 2;
	if ((f & DX_CLAUSE_PHRASE) && dx_word(t, i, "for", 3) && dx_duration_at(t, i + 4))
		return 2;   /* "diabetes for ten years" */
	if ((f & DX_CLAUSE_PHRASE) && (w = dx_at(t, i, aside, 1)) != NULL &&
	    (w->w[0] == 't' || dx_names_diagnosis_within(t, i + w->len + 1, 3)))
		return 2;   /* (not "as a result of disc herniation") */
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

/* Is the word ending at END an ordinal ("6th", "2nd") and the one at
 * NEXT another ("the left 6th and 7th ribs")? */
static int dx_between_ordinals(const Text *t, size_t end, size_t next)
{
	return end >= 3 && text_is_digit(t->low[end - 3]) && text_is_alpha(t->low[end - 1]) && next + 2 < t->n &&
	       text_is_digit(t->low[next]) && (text_is_alpha(t->low[next + 1]) || text_is_digit(t->low[next + 1]));
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
	int cut;                  /* it ends before its last words ("X as the primary diagnosis") */
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

/* The end of the piece's last word or number (its cut and blanks
 * aside). */
static size_t dx_piece_end(const Text *t, const DxPiece *p)
{
	size_t e = p->to;
	while (e > p->from && !DX_ALNUM(t, e - 1))
		e--;
	return e;
}

/* Is the piece spinal levels alone ("C6", "L4-5", "C5-C6 and C6-C7")? */
static int dx_levels_only(const Text *t, const DxPiece *p)
{
	size_t e = dx_piece_end(t, p), i = p->first_at, n;
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

/* Does the piece P hold "status post" or "s/p" ("fracture, status post
 * open reduction")? */
static int dx_holds_status_post(const Text *t, const DxPiece *p)
{
	size_t i = text_find(t, p->first_at, p->to, "status");
	if (i != NONE && dx_status_post_at(t, i))
		return 1;
	return (i = text_find(t, p->first_at, p->to, "s/p")) != NONE && dx_status_post_at(t, i);
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
	size_t k;
	for (k = 0; k < sizeof endings / sizeof endings[0]; k++)
		if (dx_word_ends_in(t, i, endings[k]))
			return 1;
	return dx_at(t, i, words, 1) != NULL;
}

/* Is the piece's second word "region", "level", "site" or "side" ("lumbar
 * region with ...", not "first degree burn")? */
static int dx_region_second(const Text *t, const DxPiece *p)
{
	static const DxWord parts[] = { W("region"), W("level"), W("site"), W("side"), { NULL, 0 } };
	size_t second = dx_letters_end(t, p->first_at) + 1;
	return second < p->to && dx_at(t, second, parts, 1) != NULL;
}

static int dx_has_letter(const Text *t, size_t from, size_t to)
{
	for (; from < to; from++)
		if (text_is_alpha(t->low[from]))
			return 1;
	return 0;
}

/* Is LOW[from, to) a measure: a number, then units only ("4 cm", "2 cm
 * in length", "3% total body surface area"; not "4th metacarpal
 * fracture", "3 months", "2016")? */
static int dx_measure(const Text *t, size_t from, size_t to)
{
	static const DxWord unit[] = {
		W("cm"), W("mm"), W("inch"), W("inches"), W("percent"), W("total"), W("body"), W("surface"), W("area"),
		W("tbsa"), W("in"), W("length"), W("long"), W("wide"), W("deep"), { NULL, 0 },
	};
	size_t i = from;
	int units = 0;
	while (i < to && (text_is_digit(t->low[i]) || t->low[i] == '.'))
		i++;
	if (i == from)
		return 0;
	if (i < to && t->low[i] == '%')
		i++, units = 1;
	while (i < to && t->low[i] == ' ') {
		const DxWord *w = dx_at(t, i + 1, unit, 1);
		if (w == NULL)
			return 0;
		i += 1 + w->len;
		units = 1;
	}
	return i >= to && units;
}

/* Does the piece qualify the diagnosis before it ("subsequent encounter",
 * "mid cervical region", "unspecified", "right wrist")? */
static int dx_qualifier(const Text *t, const DxPiece *p)
{
	if (p->nwords == 0 || (p->first & DX_QUAL_FIRST))
		return 1;
	if ((p->last & DX_QUAL_LAST) && p->nwords <= 3)   /* ", left side", not ", sciatica of the left side" */
		return 1;
	if ((p->first & DX_QUAL_ALONE) &&
	    ((p->second & DX_QUAL_FIRST) || dx_word(t, dx_letters_end(t, p->first_at) + 1, "by", 2)))
		return 1;   /* ", severe without psychotic features", ", complicated by foot drop" */
	if ((p->first & DX_PLACE) && p->nwords > 2 && dx_region_second(t, p))
		return 1;   /* ", lumbar region with neurogenic claudication" */
	if (p->nwords <= DX_FEW && p->all_qual)   /* ", chronic", ", right greater than left" */
		return 1;
	if (dx_levels_only(t, p))   /* ", C6", ", C5-C6 and C6-C7" */
		return 1;
	if ((p->first & DX_SIDE) && p->nwords == 2 && dx_level_at(t, dx_letters_end(t, p->first_at) + 1))
		return 1;   /* ", right C6" */
	if (dx_measure(t, p->first_at, dx_piece_end(t, p)))
		return 1;   /* ", 4 cm", ", 3% total body surface area" */
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
	size_t e = dx_piece_end(t, p);
	return e - p->from >= 6 && memcmp(t->low + e - 6, " level", 6) == 0 &&
	       text_find(t, before->from, before->to, " at ") != NONE;
}

/* Does S[from, to) hold a square bracket without its pair? */
static int dx_stray_bracket(const Text *t, size_t from, size_t to)
{
	const char *open = memchr(t->s + from, '[', to - from), *close = memchr(t->s + from, ']', to - from);
	return (open != NULL) != (close != NULL) || (open && close < open);
}

/* Does S[from, to) end in an article or a preposition ("a subsequent MRI
 * led to a" before "diagnosis of ...")?  No diagnosis does: it is the
 * clause before another list. */
static int dx_ends_in_link(const Text *t, size_t from, size_t to)
{
	size_t w;
	for (w = to - 1; w > from && to - w <= 4; w--)   /* (its last word, of at most 4 letters) */
		if (t->low[w - 1] == ' ')   /* (not a capital letter: "hepatitis A") */
			return dx_flags(t->low + w, to - w, DX_LINK) != 0 && !(to - w == 1 && is_upper(t->s[w]));
	return 0;
}

/* Is LOW[from, to) who reports, before the verb that cut it: the subject
 * left before a reporter's verb ("...; the examining physician also"
 * before "found Y"; not "abnormal nerve conduction study" before "noted
 * on ...")? */
static int dx_ends_in_reporter(const Text *t, size_t from, size_t to)
{
	size_t w, k;
	if (to + 1 >= t->n || t->low[to] != ' ' || !dx_word_flags(t, to + 1, DX_DATED, &k) ||
	    !(dx_at(t, from, dx_whose, 1) || dx_word(t, from, "dr", 2)))
		return 0;   /* (most entries: no verb after them) */
	w = dx_before_adverb(t, dx_word_before(t, to));
	return w != NONE && w >= from && w < to && dx_reporter_at(t, w);
}

/* Is the piece from FROM, cut by the word at V, who reports ("...; the
 * neurologist also found Y", "and the QME determined that she had Y"):
 * where the verb's object starts, the next entry; else NONE. */
static size_t dx_reporter_cut(const Text *t, size_t from, size_t v)
{
	size_t object = dx_reported_object(t, v);   /* (most cuts: "dated", "on 03/16/2011") */
	if (object == NONE)
		return NONE;
	while (from + 1 < v && t->low[from] == ' ')
		from++;
	return v > from + 1 && dx_ends_in_reporter(t, from, v - 1) ? object : NONE;
}

/* Is LOW[from, to), trimmed, no diagnosis: no letter in it ("04/02/2016");
 * a word left before a clause ("...; a diagnosis of X was ruled out", ",
 * as confirmed by"), a verb alone (", managed by her rheumatologist"), a
 * "both" before no place (", both performed in 2015", not "both knees"),
 * what is treated ("...; her symptoms are ..."), who reports before the
 * verb (dx_ends_in_reporter), or an entry that ends in an article or a
 * preposition? */
static int dx_no_entry(const Text *t, size_t from, size_t to)
{
	static const DxWord test[] = {   /* (", and an MRI dated ... showed") */
		W("mri"), W("ct"), W("emg"), W("x-ray"), W("xray"), W("radiographs"), W("imaging"), W("ultrasound"),
		{ NULL, 0 },
	};
	const DxWord *w;
	size_t k;
	int digit;
	if (!dx_has_letter(t, from, to) || (to - from <= 11 && (w = dx_at(t, from, test, 1)) != NULL && from + w->len == to))
		return 1;   /* (11: the longest test's length) */
	if (dx_letters_end(t, from) == to)   /* one word */
		return dx_word_flags(t, from, DX_ADD_LEAD | DX_LEAD | DX_LINK | DX_PAIR, &k) ||
		       (to - from > 3 && memcmp(t->low + to - 2, "ed", 2) == 0);
	if (dx_word_flags(t, from, DX_PAIR, &k) && !(dx_next_word(t, from, &digit) & DX_PLACE))
		return 1;
	if (t->low[to - 1] == 's' && (t->low[from] == 'h' || t->low[from] == 't') && dx_vague_end(t, from) == to)
		return 1;   /* "...; her symptoms" before "are ..." */
	return dx_ends_in_link(t, from, to) || dx_ends_in_reporter(t, from, to);
}

/* Add S[from, to) to the list, trimmed of blanks, quotes, a leading "and"
 * or article and the punctuation at its ends; FALSE when it is too long
 * to be a diagnosis. */
static int dx_add(Letter *L, const Text *t, size_t from, size_t to, int brackets)
{
	static const DxWord lead[] = {
		W("and "), W("or "), W("a "), W("an "), W("also "), W("then "), W("later "), W("subsequently "),
		W("with "), W("now "), W("currently "), W("still "), W("for "), W("secondarily "), W("additionally "),
		W("primarily "), W("principally "), W("separately "), W("namely "), { NULL, 0 },
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
	if (dx_no_entry(t, from, to))
		return 1;
	if (to - from >= 5 && memcmp(t->low + to - 5, " also", 5) == 0)
		to -= 5;   /* ("with Y also recorded"; after dx_no_entry: "the neurologist also" before "found") */
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
	if ((kinds & DX_BINDING) && may_cut)   /* (not in the words an entry's end left out: "X treated with Y and Z") */
		*bound |= 1;
	if (kinds & DX_PAIR) {   /* "both A and B", not "both hands" */
		int digit;
		if (!(dx_next_word(t, i, &digit) & DX_PLACE))
			*bound |= 2;
	}
	if (t->low[i] == 'i' && !*bound && dx_word(t, i, "in addition to", 14)) {
		*skip = 15;   /* "a right inguinal hernia in addition to an abdominal wall strain" */
		return 'a';
	}
	if (!*bound && (dx_word(t, i, "in the setting of", 17) || dx_word(t, i, "superimposed on", 15))) {
		/* "hip bursitis in the setting of hip osteoarthritis", "strain
		 * superimposed on spondylosis": two entries; but "in the setting
		 * of heavy lifting" only ends the entry */
		*skip = t->low[i] == 'i' ? 18 : 16;
		return dx_condition_at(t, dx_skip_article(t, i + *skip)) ? 'a' : 2;
	}
	if (t->low[i] != 'a')
		return 0;
	if (dx_word(t, i, "and", 3) && !(i + 3 < t->n && t->low[i + 3] == '/')) {
		if (dx_between_levels(t, i - 1, i + 4) || dx_between_ordinals(t, i - 1, i + 4) || (*bound & 2))
			return 0;   /* "at L3-4 and L4-5", "the 6th and 7th ribs", "both A and B" */
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

/* Is the word after the one at LOW[i] ("was", "were") a participle of
 * what is done to the worker ("were performed", "was prescribed"): its
 * subject a treatment, no diagnosis? */
static int dx_done_after(const Text *t, size_t i)
{
	static const DxWord done[] = {
		W("performed"), W("done"), W("given"), W("administered"), W("provided"), W("prescribed"),
		W("requested"), W("authorized"), W("completed"), W("started"), W("tried"), W("scheduled"),
		W("approved"), W("certified"), W("ordered"), W("recommended"), W("planned"), W("added"), { NULL, 0 },
	};
	size_t next = dx_letters_end(t, i) + 1;
	return next < t->n && dx_at(t, next, done, 1) != NULL;
}

/* Does a further list's heading start at LOW[i], inside a parenthesis:
 * "(with a secondary diagnosis of Y)", "(secondary diagnoses: ...)"? */
static int dx_further_heading(const Text *t, size_t i)
{
	static const DxWord lead[] = { W("with a "), W("with an "), W("and a "), W("and an "), { NULL, 0 } };
	static const DxWord further[] = {
		W("secondary diagnos"), W("additional diagnos"), W("other diagnos"), { NULL, 0 },
	};
	const DxWord *w = dx_at(t, i, lead, 0);
	return dx_at(t, w ? i + w->len : i, further, 0) != NULL;
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
static void dx_piece_add(DxPiece *piece, size_t *np, const DxPiece *cur, size_t cut, size_t to, char sep)
{
	if (*np >= DX_MAX_PIECES)
		return;
	piece[*np] = *cur;
	piece[*np].cut = cut != NONE;
	piece[*np].to = cut != NONE ? cut : to;
	piece[*np].sep = *np ? sep : 's';
	(*np)++;
}

/* The mark that opened the list at FROM: the first byte before it,
 * blanks and words aside ("conditions (including A and B)"), within
 * DX_OPENER bytes: '(', or '-' for a dash (an en or em dash too); else 0. */
static char dx_opener(const Text *t, size_t from)
{
	size_t p = from, stop = from > DX_OPENER ? from - DX_OPENER : 0;
	while (p > stop && (t->low[p - 1] == ' ' || t->low[p - 1] == ':' || text_is_lower(t->low[p - 1])))
		p--;   /* (a colon: "(diagnoses: A; B)") */
	if (p == stop)
		return 0;
	if (t->low[p - 1] == '(')
		return '(';
	return t->low[p - 1] == '-' || (p >= 3 && dx_dash_at(t, p - 3) == 3) ? '-' : 0;
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
	char opener = dx_opener(t, from);
	int closing = opener == '(';   /* a list in parentheses: ')' ends it */
	int dashed = opener == '-';    /* a list after a dash: a spaced dash ends it */
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
					if (((kinds & DX_BE) || dx_has_at(t, i)) && np > 0 && cur.nwords > 0 && dx_done_after(t, i))
						cur.nwords = 0;   /* "X, and nerve blocks were performed", "X; internal
						                   * medicine has added Y": no entry */
					i--;
					break;
				}
				if (how == 2 && (m = dx_reporter_cut(t, cur.from, i)) != NONE && m < limit)
					sep = ',', i--, skip = m - i;   /* the verb's object: the next entry */
				else if (how == 2)
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
					dx_piece_word(&cur, i, end == i + k ? kinds & DX_PIECE_KINDS
					                       : text_is_digit(c) && cur.nwords > 0 ? DX_QUAL_ALONE : 0);
					/* (a number after a word qualifies: ", type 2"; not ", 2016") */
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
			} else if (depth == 0 && dx_further_heading(t, i + 1)) {
				break;   /* "X (with a secondary diagnosis of Y)": the next list */
			} else {   /* (a parenthesis never closed is no parenthesis) */
				depth += memchr(t->low + i, ')', limit - i) != NULL;
			}
		} else if (c == ')') {
			if (depth == 0 && closing)
				break;
			depth -= depth > 0;
		} else if (c == '.') {
			if (!(numbered && i + 1 < t->n && t->low[i + 1] == ' ' && dx_marker(t, i + 2, next_no)) &&
			    dx_sentence_end(t, i))
				break;   /* (the end of an item of a numbered list: its marker cuts) */
		} else if (c == ':' && i > from + 2 && depth == 0) {   /* (not "depression (diagnosis: F32.9)") */
			break;
		} else if (c == '\xe2' && dashed && t->low[i - 1] == ' ' && dx_dash_at(t, i) == 3 && i + 3 < t->n &&
		           t->low[i + 3] == ' ') {
			break;   /* "conditions \u2014 A, B and C \u2014 were" */
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
			dx_piece_add(piece, &np, &cur, cut, i, pending);
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
		dx_piece_add(piece, &np, &cur, cut, i, pending);
	return (int)np;
}

/* Is PIECE, after "and", a surgery more of an entry that holds "status
 * post" ("status post L5-S1 laminectomy and discectomy", "fracture,
 * status post open reduction and internal fixation of ...")?  By its
 * first word, or by its head when it names no place (not "and a right
 * knee arthroscopy": another surgery). */
static int dx_more_surgery(const Text *t, const DxPiece *before, const DxPiece *piece)
{
	size_t end;
	if (piece->sep != 'a' || !dx_holds_status_post(t, before))
		return 0;
	end = dx_phrase_end(t, piece->first_at, 1);
	return dx_procedure_at(t, piece->first_at) ||
	       (dx_procedure_at(t, dx_word_before(t, end)) && !dx_names_place(t, piece->first_at, end));
}

/* Is PIECE, after "and", the tissue more of an ICD-10 strain that the
 * piece before ends with ("strain of muscle and tendon of back wall of
 * thorax")? */
static int dx_more_tissue(const Text *t, const DxPiece *before, const DxPiece *piece)
{
	static const DxWord tissue[] = { W("tendon"), W("tendons"), W("fascia"), { NULL, 0 } };
	size_t w = dx_word_before(t, dx_piece_end(t, before));
	return (dx_word(t, w, "muscle", 6) || dx_word(t, w, "muscles", 7)) && dx_at(t, piece->first_at, tissue, 1) != NULL;
}

/* Does PIECE[k] begin a pair of generic words ("sprain and strain of the
 * lumbar spine"): one such word, then "and" and a piece with "of"? */
static int dx_generic_pair(const Text *t, const DxPiece *piece, size_t np, size_t k)
{
	return piece[k].nwords == 1 && (piece[k].first & DX_GENERIC) && k + 1 < np && piece[k + 1].sep == 'a' &&
	       dx_has_of(t, piece[k + 1].from, piece[k + 1].to);
}

/* Does the piece P begin after "and" (", and X": the last entry of a
 * series, no qualifier)? */
static int dx_after_and(const Text *t, const DxPiece *p)
{
	size_t w = dx_previous_word(t, p->first_at);
	return w != NONE && dx_word(t, w, "and", 3);
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
	int semicolons = 0;   /* cut at semicolons: a comma is inside an entry */
	for (k = 0; k < np; k++) {   /* "with A and B": B joins when it is a word or two */
		semicolons |= piece[k].sep == ';';
		if (k + 1 < np && piece[k + 1].sep == ',' && dx_word(t, piece[k + 1].first_at, "namely", 6) &&
		    !dx_condition_at(t, piece[k].first_at)) {
			piece[k + 1].sep = piece[k].sep;   /* "orthopedic, namely X; psychiatric, namely Y",
			                                    * "two conditions, namely X and Y": labels */
			continue;
		}
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
		int sides = p->all_place && p->all_qual && k + 1 < np && piece[k + 1].sep == 'a' &&
		            (piece[k + 1].first & DX_SIDE);   /* "right and left ...", not "bilateral and tinnitus" */
		if (out > 0 && p->sep == ',' &&
		    ((semicolons && p->nwords <= 3 && ((p->first | p->last) & (DX_PLACE | DX_QUALIFYING)) &&
		      !(k + 1 < np && piece[k + 1].sep == 'a')) ||
		     /* ("; biceps rupture, long head, right;", not "of muscle, fascia and tendon": below) */
		     (dx_qualifies(t, &piece[out - 1], p) && !piece[out - 1].cut &&
		      !(p->all_place && piece[out - 1].all_place) && !sides &&
		      !dx_after_and(t, p)))) {   /* (", and unspecified injury of ...": an entry) */
			/* (not in a series of places: "right elbow, right wrist, and right hand strain"; not
			 * sides before "and": "neck strain, and right and left shoulder strain") */
			piece[out - 1].to = p->to;
			continue;
		}
		if (out > 0 && p->sep == 'a' && (dx_at_level(t, &piece[out - 1], p) || dx_more_surgery(t, &piece[out - 1], p) ||
		                                 dx_more_tissue(t, &piece[out - 1], p))) {
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

/* At FROM, a few words that only say a list follows, then the list in
 * parentheses ("several work-related conditions (A, B and C)"): where the
 * list starts, inside them; else FROM.  Not "anxiety and depressive
 * disorders (DSM-5)": the head is the list's own entry. */
static size_t dx_into_parentheses(const Text *t, size_t from)
{
	static const DxWord head[] = {
		W("conditions"), W("diagnoses"), W("injuries"), W("problems"), W("disorders"), { NULL, 0 },
	};
	const char *open = memchr(t->low + from, '(', min2(t->n - from, DX_PAREN_HEAD)), *close;
	size_t j, w, words = 0;
	if (open == NULL)   /* (most lists) */
		return from;
	for (j = from; t->low + j < open; j++) {
		if (t->low[j] == ',' || t->low[j] == ';' || t->low[j] == '.' || t->low[j] == ':' ||
		    (t->low[j] == ' ' && (dx_word(t, j + 1, "and", 3) || dx_word(t, j + 1, "or", 2))))
			return from;
		words += t->low[j] == ' ';
	}
	w = dx_word_before(t, j - (j > from && t->low[j - 1] == ' '));
	if (w <= from || words > DX_PAREN_WORDS || !dx_at(t, w, head, 1) ||
	    (close = memchr(open, ')', (size_t)(t->low + t->n - open))) == NULL)
		return from;
	j = (size_t)(open - t->low) + 1;
	return dx_holds_list(t, j, (size_t)(close - t->low)) ? j : from;   /* (not "(insomnia)") */
}

/* Read the list at FROM: cut it into pieces, join the pieces that belong
 * together, add them.  Where the list ended. */
static size_t dx_read_list(Letter *L, const Text *t, size_t from)
{
	DxPiece piece[DX_MAX_PIECES];
	size_t i, n, stop;
	int np, brackets;
	if (from >= t->n)
		return t->n;   /* (a start at the summary's end: no list) */
	from = dx_into_parentheses(t, from);
	np = dx_cut(t, from, piece, &stop);
	if (np <= 0)
		return stop;
	n = dx_join(t, piece, (size_t)np);
	brackets = memchr(t->low + from, '[', stop - from) || memchr(t->low + from, ']', stop - from);
	for (i = 0; i < n; i++)
		if (!dx_add(L, t, piece[i].from, piece[i].to, brackets))
			break;
	return stop;
}

/* A kind of list: the phrase text_find looks for, and what tells where
 * its list starts (dx-start.c). */
typedef struct {
	const char *needle;
	size_t (*after)(const Text *, size_t);
} DxKind;

#define DX_MAX_KINDS 56   /* (dx_read_other has 55) */

/* Read the first list of each of KINDS[0..n) from POS on, and the one
 * at MORE (found otherwise, or NONE), in the order the summary states
 * them; none that starts inside a list read before it.  After "is status
 * post ...", the "and has ..." that goes on.  Where the last list read
 * ended, or 0. */
static size_t dx_read_kinds(Letter *L, const Text *t, const DxKind *kinds, size_t n, size_t pos, size_t more)
{
	size_t start[DX_MAX_KINDS + 1], order[DX_MAX_KINDS + 1], found = 0, k, j, from, stop = 0;
	for (k = 0; k <= n && k <= DX_MAX_KINDS; k++) {
		start[k] = k == n ? more : dx_first(t, kinds[k].needle, pos, t->n, kinds[k].after);
		if (start[k] == NONE)
			continue;
		for (j = found++; j > 0 && start[order[j - 1]] > start[k]; j--)
			order[j] = order[j - 1];
		order[j] = k;
	}
	for (j = 0; j < found; j++) {
		if (start[k = order[j]] < stop)
			continue;   /* ("Comorbid conditions include", "conditions: a history of X") */
		stop = dx_read_list(L, t, start[k]);
		if (k < n && kinds[k].after == dx_at_status_post && (from = dx_and_has(t, stop)) != NONE)
			stop = dx_read_list(L, t, from);
	}
	return stop;
}

/* The lists of the rarer headings, in a summary without the usual ones
 * (or whose usual ones held none): the first of each kind; and, with
 * NAMED, the first that "conditions" or "comorbidities" heads.  Where the
 * last list read ended, or 0. */
static size_t dx_read_other(Letter *L, const Text *t, int named)
{
	static const DxKind kinds[] = {
		{ "impression", dx_after_other_heading }, { "assessment", dx_after_other_heading },
		{ "conclusion", dx_after_other_heading },
		{ "dx", dx_after_other_heading }, { " with", dx_after_prep }, { " from", dx_after_prep },
		{ " as", dx_after_as }, { "status post", dx_at_status_post }, { " to have", dx_after_found },
		{ "directed at", dx_after_directed }, { " focused on", dx_after_focused },
		{ "differential", dx_after_other_heading },
		{ " developed", dx_after_developed }, { " sustained", dx_after_sustained },
		{ "history", dx_after_history }, { " told", dx_after_told },
		/* a reporter's verb, or a tie, and a condition after it ("The
		 * podiatrist found X", "consistent with X"): the few summaries
		 * that come this far (one in forty of the real letters) take
		 * five times a usual summary's diagnoses' time here */
		{ " found", dx_after_reported }, { " finds", dx_after_reported }, { " identif", dx_after_reported },
		{ " document", dx_after_reported }, { " record", dx_after_reported }, { " confirm", dx_after_reported },
		{ " establish", dx_after_reported }, { " assess", dx_after_reported }, { " note", dx_after_reported },
		{ " demonstrate", dx_after_reported }, { " conclude", dx_after_reported },
		{ " determine", dx_after_reported }, { " list", dx_after_reported }, { " enumerate", dx_after_reported },
		{ " consistent with", dx_after_tie }, { " due to", dx_after_tie }, { " because of", dx_after_tie },
		{ " resulted in", dx_after_tie }, { " symptomatic from", dx_after_tie },
		{ " recovering from", dx_after_tie }, { " attribut", dx_after_ascribed }, { " ascribe", dx_after_ascribed },
		{ " is that of", dx_after_tie }, { " is one of", dx_after_tie }, { " management of", dx_after_tie },
		{ " of known", dx_after_tie }, { " explained by", dx_after_tie }, { " represent", dx_after_tie },
		{ " complicated by", dx_after_tie },
		{ " reflect", dx_after_reported }, { " address", dx_after_reported },
		{ " has", dx_after_has }, { " manag", dx_after_care }, { " follow", dx_after_care },
		{ " monitor", dx_after_care }, { " treat", dx_after_care }, { " code", dx_after_coded },
		{ " namely", dx_after_namely }, { "formulation", dx_after_other_heading },
	};
	/* how the injury came about, in the sentence that introduces the
	 * worker ("... who sustained a needlestick injury"): only when
	 * nothing else names a diagnosis */
	static const DxKind intro[] = {
		{ " developed", dx_after_developed_who }, { " sustained", dx_after_sustained_who },
	};
	size_t before = L->diagnoses.len, end;
	_Static_assert(sizeof kinds / sizeof kinds[0] <= DX_MAX_KINDS, "dx_read_kinds reads DX_MAX_KINDS kinds");
	end = dx_read_kinds(L, t, kinds, sizeof kinds / sizeof kinds[0], 0, named ? dx_first_named(t, t->n) : NONE);
	if (L->diagnoses.len == before)
		end = dx_read_kinds(L, t, intro, sizeof intro / sizeof intro[0], 0, NONE);
	return end;
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
	static const DxKind after_lists[] = {
		{ "comorbid", dx_after_named }, { "condition", dx_after_named }, { "history", dx_after_history },
		{ " known to have", dx_after_known }, { " has", dx_after_has }, { " developed", dx_after_developed },
		{ " her for", dx_after_whom_for }, { " him for", dx_after_whom_for }, { " suffer", dx_after_suffers },
	};
	size_t from, end = 0, hit;
	int usual;
	dx_build_slots();   /* (once) */
	if (!(usual = (from = dx_next_list(t, 0, 1, &hit)) != NONE)) {
		/* neither: the rarer headings ("The impression was"), then the
		 * first list another word heads ("conditions", most often the
		 * comorbidities); looked for in every summary, they would cost a
		 * tenth of the diagnoses' time */
		if ((end = dx_read_other(L, t, 1)) == 0)
			return;
	}
	while (from != NONE) {
		end = dx_read_list(L, t, from);
		from = dx_next_list(t, end > hit ? end : hit + 1, 0, &hit);
	}
	/* the comorbidities after the diagnoses ("Comorbidities include ...",
	 * "Her non-industrial conditions include ...", "She has a history of
	 * X", "He is also known to have X", "He also has X", "She later
	 * developed X", "Her internist follows her for X", "he also suffers
	 * from X"; each phrase looked for costs about 1% of -d's time on the
	 * real letters, " has" and " her for" 2%: the care verbs ("A
	 * cardiologist manages his X") are left to dx_read_other) */
	dx_read_kinds(L, t, after_lists, sizeof after_lists / sizeof after_lists[0], end, NONE);
	if (usual && L->diagnoses.len == 0)   /* (the lists found held none: "a diagnosis of X was ruled out") */
		dx_read_other(L, t, 0);
}
