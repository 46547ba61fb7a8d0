#include "item.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "category.h"
#include "dose.h"
#include "lexicon.h"
#include "typo.h"
#include "words.h"

#define MAXDRUGS 32

/* The drug names found in an item, in order. */
typedef struct {
	const Drug *d[MAXDRUGS];
	size_t n;
	size_t first_word, end_word;   /* the first name's words */
	unsigned span[MAXDRUGS][2];    /* each name's bytes in the text */
} Found;

static int is_digit(int c) { return c >= '0' && c <= '9'; }

/* Codes like S5000, J1885 (a letter A-V and four digits, a word of its
 * own), and a CPT code opening the item ("97110, Physical therapy"). */
static void find_hcpcs(const Words *w, const char *s, size_t n, char *out, size_t cap)
{
	size_t i, len = 0;
	out[0] = '\0';
	for (i = 0; i < w->n; i++) {
		const char *p = s + w->src[i];
		int level2 = p[0] >= 'A' && p[0] <= 'V';
		int cpt = i == 0 && is_digit(p[0]) && w->srcend[i] < n &&
		          (s[w->srcend[i]] == ',' || s[w->srcend[i]] == ':');
		if (w->len[i] != 5 || !(level2 || cpt) || !is_digit(p[1]) ||
		    !is_digit(p[2]) || !is_digit(p[3]) || !is_digit(p[4]) || len + 7 > cap)
			continue;
		if (len)
			out[len++] = ';';
		memcpy(out + len, p, 5);
		len += 5;
		out[len] = '\0';
	}
}

/* Is S one of the strings of the NULL-terminated LIST? */
static int one_of(const char *s, const char *const *list)
{
	for (; s && *list; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

static int topical(const char *form)
{
	static const char *const t[] = { "cream", "gel", "lotion", "ointment", "spray", NULL };
	return one_of(form, t);
}

/* "compound", "compounded", "cream base": said to be compounded. */
static int compounded(const Words *w)
{
	size_t i;
	for (i = 0; i < w->n; i++)
		if (words_is(w, i, "compound") || words_is(w, i, "compounded") ||
		    (words_is(w, i, "cream") && words_is(w, i + 1, "base")))
			return 1;
	return 0;
}

/* How many distinct generics F names (a fixed combination counts once). */
static size_t generics(const Found *f)
{
	size_t i, k, n = 0;
	for (i = 0; i < f->n; i++) {
		if (!f->d[i]->generic[0])
			continue;
		for (k = 0; k < i && strcmp(f->d[k]->generic, f->d[i]->generic) != 0; k++)
			;
		n += k == i;
	}
	return n;
}

/* drug: the distinct generics, joined by SEP; drug_class: theirs when they
 * agree, a topical's Topical Analgesics. */
static void set_drug(ItemFacts *it, const Found *f, char sep)
{
	const char *cls = NULL, *class_only = NULL;
	size_t i, len = 0, ngen = 0;
	int mixed = 0;
	it->drug[0] = '\0';
	for (i = 0; i < f->n; i++) {
		const Drug *d = f->d[i];
		size_t gl = strlen(d->generic), k;
		if (gl == 0) {
			class_only = d->drug_class;
			continue;
		}
		if (cls && strcmp(cls, d->drug_class) != 0)
			mixed = 1;
		cls = d->drug_class;
		for (k = 0; k < i && strcmp(f->d[k]->generic, d->generic) != 0; k++)
			;
		if (k < i || len + gl + 2 > sizeof it->drug)
			continue;
		if (len)
			it->drug[len++] = sep;
		memcpy(it->drug + len, d->generic, gl + 1);
		len += gl;
		ngen++;
	}
	if (!cls)
		cls = class_only;
	if (sep == ';')
		cls = "Topical Compounds";
	else if (mixed)
		cls = NULL;
	else if (cls && (topical(it->form) || (class_only && strcmp(class_only, "Topical Compounds") == 0)) &&
	         strcmp(cls, "Topical Analgesics") != 0 && strcmp(cls, "Topical Compounds") != 0)
		cls = "Topical Analgesics";    /* one drug made a cream: a topical analgesic */
	else if (cls && strcmp(cls, "Topical Compounds") == 0 && ngen == 1)
		cls = "Topical Analgesics";
	it->drug_class = cls ? cls : "";
}

/* A compound: several drugs named one by one, made a topical (a cream, a
 * gel, "compound", "cream base") or each given in %. */
static int is_compound(const ItemFacts *it, const Found *f, const Words *w, const char *s, size_t n)
{
	size_t i, pct = 0;
	if (generics(f) < 2)
		return 0;
	for (i = 0; i < f->n; i++) {
		size_t e = f->span[i][1];
		while (e < n && s[e] == ' ')
			e++;
		while (e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '.'))
			e++;
		pct += e < n && s[e] == '%';
	}
	return topical(it->form) || compounded(w) || pct >= 2;
}

/* A compound's strengths, one per ingredient in order, ';'-joined, and
 * their unit when they share one; both empty unless every one is given:
 * each after its name ("ketoprofen 10%, lidocaine 5%"), else all after
 * the last name ("flurbiprofen/menthol 10%/2%"). */
static void compound_strengths(ItemFacts *it, const Found *f, const char *s, size_t n)
{
	char one[48], unit[16];
	size_t i, len = 0, seen = 0, ngen = 0, last = f->span[f->n - 1][1];
	it->strength[0] = it->unit[0] = '\0';
	for (i = 0; i < f->n; i++)
		ngen += f->d[i]->generic[0] != '\0';
	for (i = 0; i < f->n; i++) {
		size_t from = f->span[i][1], to = i + 1 < f->n ? f->span[i + 1][0] : n, l;
		if (!f->d[i]->generic[0])
			continue;
		if (!dose_strength(s + from, to - from, one, sizeof one, unit) || !unit[0] ||
		    (seen++ > 0 && strcmp(unit, it->unit) != 0) || strchr(one, '/')) {
			it->strength[0] = it->unit[0] = '\0';
			if (ngen > 1 && f->d[f->n - 1]->generic[0] &&
			    !dose_strength_list(s + last, n - last, ngen, it->strength, sizeof it->strength, it->unit))
				it->strength[0] = it->unit[0] = '\0';
			return;
		}
		l = strlen(one);
		if (len + l + 2 > sizeof it->strength) {
			it->strength[0] = it->unit[0] = '\0';
			return;
		}
		if (len)
			it->strength[len++] = ';';
		memcpy(it->strength + len, one, l + 1);
		len += l;
		strcpy(it->unit, unit);
	}
}

/* The strength's part PART (1..), as a number; 0 when there is none. */
static double strength_part(const char *strength, int part)
{
	const char *p = strength;
	while (--part > 0 && p)
		if ((p = strchr(p, '/')) != NULL)
			p++;
	return p && *p ? atof(p) : 0;
}

static int ingredients(const char *generic)
{
	int n = 1;
	for (; *generic; generic++)
		n += *generic == '+';
	return n;
}

/* MME per day: strength x units a day x factor; a patch in mcg/h: x factor. */
static void set_mme(ItemFacts *it, const Drug *d, double per_day)
{
	double s;
	int nparts = 1;
	const char *p;
	it->mme_day[0] = '\0';
	if (!d || d->mme_factor <= 0)
		return;
	for (p = it->strength; (p = strchr(p, '/')) != NULL; p++)
		nparts++;
	if (nparts > 1 && (d->mme_part > nparts || nparts != ingredients(d->generic)))
		return;     /* whose strength is which is not clear */
	s = strength_part(it->strength, nparts > 1 ? d->mme_part : 1);
	if (s <= 0)
		return;
	if (strcmp(it->unit, "mcg/h") == 0)
		dose_format(s * d->mme_factor, it->mme_day, sizeof it->mme_day);
	else if ((strcmp(it->unit, "mg") == 0 || it->unit[0] == '\0') && per_day > 0)
		dose_format(s * per_day * d->mme_factor, it->mme_day, sizeof it->mme_day);
}

/* Is STRENGTH a pair whose second part is a tablet's acetaminophen, in mg
 * ("10/325", "7.5/300", "5/500")? */
static int acetaminophen_pair(const char *strength)
{
	static const int apap_mg[] = { 300, 325, 500, 650, 750 };
	const char *slash = strchr(strength, '/');
	size_t k;
	if (!slash || strchr(slash + 1, '/'))
		return 0;
	for (k = 0; k < sizeof apap_mg / sizeof apap_mg[0]; k++)
		if (atof(slash + 1) == apap_mg[k])
			return 1;
	return 0;
}

/* "Hydrocodone 10/325", "oxycodone 5/325 #120": one drug named, with the
 * strength of its tablets made with acetaminophen: that combination, when
 * the lexicon has it ("hydrocodone/APAP"). */
static void with_acetaminophen(Found *f, const char *s, size_t n)
{
	static Words combo;
	char name[80], strength[48], unit[16];
	size_t nw, from = f->span[0][1];
	const Drug *d;
	if (f->n != 1 || !f->d[0]->generic[0] || strchr(f->d[0]->generic, '+') ||
	    !memchr(s + from, '/', n - from < 16 ? n - from : 16) ||   /* (most items: no pair) */
	    !dose_strength(s + from, n - from, strength, sizeof strength, unit) || !acetaminophen_pair(strength) ||
	    (unit[0] && strcmp(unit, "mg") != 0))
		return;
	snprintf(name, sizeof name, "%s/APAP", f->d[0]->generic);
	words_split(&combo, name, strlen(name));
	if ((d = lexicon_match(&combo, 0, &nw)) != NULL && nw == combo.n && strstr(d->generic, "acetaminophen"))
		f->d[0] = d;
}

static void set_dose(ItemFacts *it, const Found *f, const Words *w, const char *s, size_t n)
{
	const Drug *main = NULL;
	size_t from = w->srcend[f->end_word - 1], last = f->span[f->n - 1][1], i;
	double per_day;
	int refills, days;
	char amount[16];
	const char *form = dose_form(w, f->first_word);
	for (i = 0; i < f->n && !main; i++)
		if (f->d[i]->generic[0])
			main = f->d[i];
	/* the form the item says, else a brand's only one; never an ingredient's */
	it->form = form ? form : main && main->form[0] && generics(f) == 1 ? main->form : "";
	if (is_compound(it, f, w, s, n)) {
		compound_strengths(it, f, s, n);
		set_drug(it, f, ';');
	} else {
		if (!dose_strength(s + from, n - from, it->strength, sizeof it->strength, it->unit) ||
		    strcmp(it->unit, "ml") == 0 || (strcmp(it->unit, "g") == 0 && atof(it->strength) >= 5))
			it->strength[0] = it->unit[0] = '\0';   /* "120ml", "240g": an amount */
		if (strcmp(it->unit, "mcg") == 0 && strcmp(it->form, "patch") == 0)
			strcpy(it->unit, "mcg/h");   /* transdermal patches are dosed per hour */
		if (!it->unit[0] && acetaminophen_pair(it->strength))
			strcpy(it->unit, "mg");      /* "Norco 10/325": both parts are mg */
		set_drug(it, f, '+');
		if (main && strcmp(it->drug, main->generic) != 0)
			it->strength[0] = it->unit[0] = '\0';   /* several drugs: whose strength? */
	}
	if (dose_amount(s + last, n - last, it->unit, amount, it->qty_unit))
		memcpy(it->qty, amount, sizeof it->qty);   /* an amount, not a count */
	if ((refills = dose_refills(w, 0)) >= 0)
		dose_format(refills, it->refills, sizeof it->refills);   /* a whole number */
	per_day = dose_per_day(w, f->end_word);
	if (per_day == 0 && it->qty[0] && !it->qty_unit[0] &&
	    (days = dose_days_supply(w, f->end_word)) > 0) {
		double q = atof(it->qty);
		if ((long)(q * 2) % days == 0)
			per_day = q / days;
	}
	if (per_day > 0)
		dose_format(per_day, it->per_day, sizeof it->per_day);
	if (strcmp(it->drug_class, "Opioids") == 0 && main && strcmp(it->drug, main->generic) == 0)
		set_mme(it, main, per_day);
}

/* Is CATEGORY one given in courses of visits? */
static int therapy(const char *category)
{
	static const char *const t[] = {
		"Rehabilitation", "Psych Services", "Therapies", "Programs", "Home Health", "Evaluation & Management",
		NULL,
	};
	return one_of(category, t);
}

/* Is CATEGORY one whose courses are of sessions or visits, so that a
 * count is theirs (not Home Health's hours, nor a program's days)? */
static int sessions(const char *category)
{
	static const char *const t[] = {
		"Rehabilitation", "Psych Services", "Therapies", "Evaluation & Management", NULL,
	};
	return one_of(category, t);
}

/* A consultation about surgery ("spine surgery evaluation", "referral for
 * knee surgery"), not a procedure done "with evaluation of" something. */
static int surgical_consult(const Words *st)
{
	size_t i;
	for (i = 0; i < st->n; i++)
		if ((words_is(st, i, "consult") || words_is(st, i, "consultation") ||
		     words_is(st, i, "evaluation") || words_is(st, i, "opinion") ||
		     words_is(st, i, "referral") || words_is(st, i, "refer")) &&
		    !(i > 0 && (words_is(st, i - 1, "with") || words_is(st, i - 1, "and"))))
			return 1;
	return 0;
}

static void put_count(int v, char *out, size_t cap)
{
	if (v > 0)
		dose_format(v, out, cap);
}

void item_analyse(const char *s, size_t n, ItemFacts *it)
{
	static Words w, st, fixed;
	static const char pharma[] = "Pharmaceuticals";
	Found f = { .n = 0 };
	Votes v = { .n = 0 };
	const char *cat, *sub;
	size_t i, nw, k;
	unsigned first_rule = ~0u;
	int score;
	Course c;
	memset(it, 0, sizeof *it);
	it->category = it->subcategory = it->drug_class = it->form = it->basis = "";
	words_split(&w, s, n);
	if (typo_fix(&w, &fixed))
		w = fixed;   /* ("Chiropratic", "Ibuprofin") */
	for (i = 0; i < w.n; ) {
		const Drug *d = lexicon_match(&w, i, &nw);
		if (d) {
			if (f.n == 0) {
				f.first_word = i;
				f.end_word = i + nw;
			}
			if (f.n < MAXDRUGS) {
				f.span[f.n][0] = w.src[i];
				f.span[f.n][1] = w.srcend[i + nw - 1];
				f.d[f.n++] = d;
			}
			i += nw;
			continue;
		}
		i++;
	}
	category_init();
	category_words(&w, &st);
	category_vote(&v, &st, 0, (const unsigned (*)[2])f.span, f.n);
	for (k = 0; k < v.n; k++)
		if (v.v[k].at < first_rule)
			first_rule = v.v[k].at;
	if (f.n > 0)    /* a drug named first is what is asked for */
		votes_add(&v, pharma, "", f.span[0][0] < first_rule ? 12 : 8, f.span[0][0]);
	score = votes_best(&v, &cat, &sub);
	find_hcpcs(&w, s, n, it->hcpcs, sizeof it->hcpcs);
	if (!dose_qty_words(s, n, f.n ? w.srcend[f.end_word - 1] : 0, &w, it->qty))
		it->qty[0] = '\0';
	if (f.n > 0) {
		with_acetaminophen(&f, s, n);
		set_dose(it, &f, &w, s, n);
	}
	if (score > 0) {
		it->category = cat;
		it->subcategory = strcmp(cat, pharma) == 0 && f.n > 0 ? it->drug_class : sub;
		if (strcmp(cat, "Surgery") == 0 && strcmp(sub, "Arthroscopic Surgery") != 0 &&
		    surgical_consult(&st))
			it->subcategory = "Surgical Consult";
		if (strcmp(cat, "Pharmaceuticals") == 0 && strcmp(it->drug_class, "Topical Compounds") == 0)
			it->subcategory = "Topical Compounds";
		it->basis = score >= CATEGORY_FIRM ? "item" : "weak";
	}
	if (!it->drug[0] && strcmp(it->category, "Pharmaceuticals") != 0)
		it->drug_class = "";    /* "genetic testing for opioid metabolism" names no drug */
	if (strcmp(it->category, "Pharmaceuticals") != 0) {
		dose_course(&w, therapy(it->category), &c);
		if (sessions(it->category) && it->qty[0] && !it->qty_unit[0] && atof(it->qty) < 1000) {
			if (!c.visits)   /* "QTY: 8" of a course of sessions: its visits */
				c.visits = atoi(it->qty);
			it->qty[0] = '\0';
		}
		put_count(c.visits, it->visits, sizeof it->visits);
		put_count(c.per_week, it->per_week, sizeof it->per_week);
		put_count(c.weeks, it->weeks, sizeof it->weeks);
	}
	body_find_words(&w, &it->body);
}
