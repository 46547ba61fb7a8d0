#include "item.h"

#include <stdlib.h>
#include <string.h>

#include "category.h"
#include "dose.h"
#include "lexicon.h"
#include "words.h"

#define MAXDRUGS 8

/* The drug names found in an item, in order. */
typedef struct {
	const Drug *d[MAXDRUGS];
	size_t n;
	size_t first_word, end_word;   /* the first name's words */
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

static int topical(const char *form)
{
	static const char *const t[] = { "cream", "gel", "lotion", "ointment", "spray", NULL };
	const char *const *p;
	for (p = t; form && *p; p++)
		if (strcmp(form, *p) == 0)
			return 1;
	return 0;
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

/* drug: the distinct generics, '+'-joined; drug_class: theirs when they
 * agree, Topical Compounds for a compounded or several-drug topical. */
static void set_drug(ItemFacts *it, const Found *f, const Words *w)
{
	const char *cls = NULL, *class_only = NULL;
	size_t i, len = 0, ngen = 0;
	int mixed = 0;
	it->drug[0] = '\0';
	for (i = 0; i < f->n; i++) {
		const Drug *d = f->d[i];
		size_t gl = strlen(d->generic);
		if (gl == 0) {
			class_only = d->drug_class;
			continue;
		}
		if (cls && strcmp(cls, d->drug_class) != 0)
			mixed = 1;
		cls = d->drug_class;
		if (strstr(it->drug, d->generic) || len + gl + 2 > sizeof it->drug)
			continue;
		if (len)
			it->drug[len++] = '+';
		memcpy(it->drug + len, d->generic, gl + 1);
		len += gl;
		ngen++;
	}
	if (!cls)
		cls = class_only;
	if ((class_only && strcmp(class_only, "Topical Compounds") == 0) ||
	    ((ngen > 1 || compounded(w)) && topical(it->form)))
		cls = "Topical Compounds";
	else if (mixed)
		cls = NULL;
	else if (cls && topical(it->form) && strcmp(cls, "Topical Analgesics") != 0 &&
	         strcmp(cls, "Topical Compounds") != 0)
		cls = "Topical Analgesics";
	it->drug_class = cls ? cls : "";
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

static void set_dose(ItemFacts *it, const Found *f, const Words *w, const char *s, size_t n)
{
	const Drug *main = NULL;
	size_t from = w->srcend[f->end_word - 1], i;
	double per_day;
	int refills, days;
	const char *form = dose_form(w, f->first_word);
	for (i = 0; i < f->n && !main; i++)
		if (f->d[i]->generic[0])
			main = f->d[i];
	it->form = form ? form : main && main->form[0] ? main->form : "";
	if (!dose_strength(s + from, n - from, it->strength, sizeof it->strength, it->unit))
		it->strength[0] = it->unit[0] = '\0';
	if (strcmp(it->unit, "mcg") == 0 && strcmp(it->form, "patch") == 0)
		strcpy(it->unit, "mcg/h");   /* transdermal patches are dosed per hour */
	if ((refills = dose_refills(w, 0)) >= 0)
		dose_format(refills, it->refills, sizeof it->refills);   /* a whole number */
	per_day = dose_per_day(w, f->end_word);
	if (per_day == 0 && it->qty[0] && (days = dose_days_supply(w, f->end_word)) > 0) {
		double q = atof(it->qty);
		if ((long)(q * 2) % days == 0)
			per_day = q / days;
	}
	if (per_day > 0)
		dose_format(per_day, it->per_day, sizeof it->per_day);
	set_drug(it, f, w);
	if (main && strcmp(it->drug, main->generic) != 0)
		it->strength[0] = it->unit[0] = '\0';   /* several drugs: whose strength? */
	if (strcmp(it->drug_class, "Opioids") == 0 && main && strcmp(it->drug, main->generic) == 0)
		set_mme(it, main, per_day);
}

void item_analyse(const char *s, size_t n, ItemFacts *it)
{
	static Words w;
	Found f = { .n = 0 };
	const Category *cat = NULL;
	size_t i, cat_word = 0, nw;
	memset(it, 0, sizeof *it);
	it->category = it->subcategory = it->drug_class = it->form = "";
	words_split(&w, s, n);
	for (i = 0; i < w.n; ) {
		const Drug *d = lexicon_match(&w, i, &nw);
		if (d) {
			if (f.n == 0) {
				f.first_word = i;
				f.end_word = i + nw;
			}
			if (f.n < MAXDRUGS)
				f.d[f.n++] = d;
			i += nw;
			continue;
		}
		if (!cat && (cat = category_match(&w, i, &nw)) != NULL)
			cat_word = i;
		i++;
	}
	find_hcpcs(&w, s, n, it->hcpcs, sizeof it->hcpcs);
	if (!dose_qty_words(s, n, f.n ? w.srcend[f.end_word - 1] : 0, &w, it->qty))
		it->qty[0] = '\0';
	if (f.n > 0 && (!cat || f.first_word <= cat_word)) {
		set_dose(it, &f, &w, s, n);
		it->category = "Pharmaceuticals";
		it->subcategory = it->drug_class;
	} else if (cat) {
		it->category = cat->category;
		it->subcategory = cat->subcategory;
	}
	body_find_words(&w, &it->body);
}
