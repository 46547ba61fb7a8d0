#include "category.h"

#include <stdlib.h>
#include <string.h>

#include "phrase.h"
#include "tables.h"
#include "common/util.h"

typedef struct {
	const char *category, *subcategory;
	int weight;
} Rule;

static Phrases item_rules, topic_rules, synonyms;
static Rule *rules;
static const char **synonym_to;
static int ready;

/* The stem of the lowercase WORD (LEN bytes) in OUT: a plural's s, then
 * -ing or -ed, then a final e dropped ("therapies" therapy, "braces"
 * brac, "guided" guid, "testing" test).  Returns its length. */
static size_t stem(const char *word, size_t len, char *out)
{
	size_t n = len;
	memcpy(out, word, len);
	if (n <= 3 || out[0] < 'a')
		return n;     /* short words and numbers as they are */
	if (n > 4 && memcmp(out + n - 3, "ies", 3) == 0) {
		out[n - 3] = 'y';
		n -= 2;
	} else if (out[n - 1] == 's' && out[n - 2] != 's' && out[n - 2] != 'u' &&
	           !(out[n - 2] == 'i' && n > 4)) {
		n--;
		if (n > 4 && out[n - 1] == 'e' && (out[n - 2] == 'x' || out[n - 2] == 'h' ||
		                                   (out[n - 2] == 's' && out[n - 3] == 's')))
			n--;          /* boxes, patches, passes */
	}
	if (n > 6 && memcmp(out + n - 3, "ing", 3) == 0)
		n -= 3;
	else if (n > 5 && memcmp(out + n - 2, "ed", 2) == 0)
		n -= 2;
	if (n > 4 && out[n - 1] == 'e')
		n--;
	return n;
}

void category_words(const Words *w, Words *out)
{
	size_t i, nw;
	char buf[WORDS_TEXT];
	if (!ready) {
		out->n = 0;
		return;
	}
	out->n = 0;
	for (i = 0; i < w->n; ) {
		int v = phrases_longest(&synonyms, w, i, &nw);
		if (v >= 0) {   /* (stemmed too, as the rules' words are: "acupuncture" acupunctur) */
			words_push(out, buf, stem(synonym_to[v], strlen(synonym_to[v]), buf), w->src[i], w->srcend[i + nw - 1]);
			out->before[out->n - 1] = w->before[i];
			i += nw;
			continue;
		}
		words_push(out, buf, stem(w->key + w->off[i], w->len[i], buf), w->src[i], w->srcend[i]);
		if (out->n)
			out->before[out->n - 1] = w->before[i];
		i++;
	}
}

static void init(void)
{
	static Words w, s;
	size_t r;
	ready = 1;
	synonym_to = xmalloc((synonyms_nrows + 1) * sizeof *synonym_to);
	for (r = 1; r <= synonyms_nrows; r++) {
		const char *const *row = synonyms_table + r * synonyms_ncols;
		synonym_to[r - 1] = row[1];
		phrases_add(&synonyms, row[0], (int)(r - 1));
	}
	rules = xmalloc((categories_nrows + 1) * sizeof *rules);
	for (r = 1; r <= categories_nrows; r++) {
		const char *const *row = categories_table + r * categories_ncols;
		Rule *u = &rules[r - 1];
		u->category = row[1];
		u->subcategory = row[2];
		u->weight = row[3][0] ? atoi(row[3]) : 10;
		words_split(&w, row[0], strlen(row[0]));
		category_words(&w, &s);
		if (strcmp(row[4], "topic") != 0)
			phrases_add_words(&item_rules, &s, (int)(r - 1));
		phrases_add_words(&topic_rules, &s, (int)(r - 1));
	}
}

void votes_add(Votes *v, const char *category, const char *subcategory, int score, unsigned at)
{
	size_t k;
	for (k = 0; k < v->n; k++)
		if (v->v[k].category == category && v->v[k].subcategory == subcategory) {
			v->v[k].score += score;
			if (score >= CATEGORY_FIRM && v->v[k].firm == 0)
				v->v[k].firm_at = at;
			v->v[k].firm += score >= CATEGORY_FIRM ? score : 0;
			return;
		}
	if (v->n == sizeof v->v / sizeof v->v[0])
		return;
	v->v[v->n].category = category;
	v->v[v->n].subcategory = subcategory;
	v->v[v->n].score = score;
	v->v[v->n].firm = score >= CATEGORY_FIRM ? score : 0;
	v->v[v->n].at = at;
	v->v[v->n].firm_at = at;
	v->n++;
}

static int skipped(unsigned at, const unsigned (*skip)[2], size_t nskip)
{
	size_t k;
	for (k = 0; k < nskip; k++)
		if (at >= skip[k][0] && at < skip[k][1])
			return 1;
	return 0;
}

void category_vote(Votes *v, const Words *s, int topic, const unsigned (*skip)[2], size_t nskip)
{
	size_t i, nw;
	int colon = 0;
	for (i = 0; i < s->n; ) {
		int r;
		colon |= s->before[i] == ':';
		if (skipped(s->src[i], skip, nskip) ||
		    (r = phrases_longest(topic ? &topic_rules : &item_rules, s, i, &nw)) < 0) {
			i++;
			continue;
		}
		votes_add(v, rules[r].category, rules[r].subcategory,
		          rules[r].weight * (colon ? 2 : 1), s->src[i]);
		i += nw;
	}
}

int votes_best(const Votes *v, const char **category, const char **subcategory)
{
	size_t k, j;
	int best = 0, sub = -1, sub_firm = 0;
	unsigned best_at = 0, sub_at = 0;
	*category = *subcategory = NULL;
	for (k = 0; k < v->n; k++) {
		int total = 0;
		unsigned at = v->v[k].at;
		for (j = 0; j < v->n; j++)
			if (strcmp(v->v[j].category, v->v[k].category) == 0) {
				total += v->v[j].score;
				if (v->v[j].at < at)
					at = v->v[j].at;
			}
		if (total > best || (total == best && total > 0 && at < best_at)) {
			best = total;
			best_at = at;
			*category = v->v[k].category;
		}
	}
	for (k = 0; k < v->n && best > 0; k++)
		if (strcmp(v->v[k].category, *category) == 0 &&
		    (sub < 0 || v->v[k].firm > sub_firm ||
		     (v->v[k].firm == sub_firm && (sub_firm > 0 ? v->v[k].firm_at < sub_at : v->v[k].score > sub)))) {
			sub_firm = v->v[k].firm;
			sub = v->v[k].score;
			sub_at = v->v[k].firm_at;
			*subcategory = v->v[k].subcategory;
		}
	return best;
}

int category_of_topic(const char *s, size_t n, const char **category, const char **subcategory)
{
	static Words w, st;
	Votes v;
	if (!ready)
		init();
	v.n = 0;
	words_split(&w, s, n);
	category_words(&w, &st);
	category_vote(&v, &st, 1, NULL, 0);
	return votes_best(&v, category, subcategory);
}

/* Make sure the rules are loaded before category_words() is used. */
void category_init(void)
{
	if (!ready)
		init();
}
