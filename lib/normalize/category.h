/* category.h: the DWC request category and subcategory named by an item's
 * words ("MRI", "physical therapy", "TENS unit") or by the guideline topic
 * its reviewer cited ("Manual therapy & manipulation"), from the rules of
 * data/categories.tsv.
 *
 * Words are matched by their stems (plurals, -ing, -ed and a final e
 * dropped: "pillows" is "pillow", "braces" is "brace") after the synonyms
 * of data/synonyms.tsv ("pre-op" is "preoperative", "x-ray" is "xray").
 * Every rule that matches votes with its weight for its category (doubled
 * after a ':', where an item says what it is made of); the category with
 * the most votes wins, and within it the subcategory with the most firm
 * votes (a weak word does not decide between two named services). */
#ifndef IMR_CATEGORY_H
#define IMR_CATEGORY_H

#include <stddef.h>

#include "words.h"

/* A vote total below this is weak: the cited guideline may decide. */
#define CATEGORY_FIRM 5

typedef struct {
	struct {
		const char *category, *subcategory;
		int score, firm;     /* firm: of the votes of CATEGORY_FIRM or more */
		unsigned at;         /* where first seen, for ties */
		unsigned firm_at;    /* where first voted for firmly */
	} v[24];
	size_t n;
} Votes;

/* W's words with synonyms replaced and stemmed, into OUT. */
void category_words(const Words *w, Words *out);
/* Add to V the votes of the rules found in S (stemmed words, from
 * category_words()).  TOPIC: S is a guideline topic (the topic-only rules
 * count too).  Words whose text starts in one of the NSKIP ranges SKIP
 * (byte offsets, [start, end)) are not looked at (a drug's name). */
void category_vote(Votes *v, const Words *s, int topic, const unsigned (*skip)[2], size_t nskip);
/* Add SCORE to (CATEGORY, SUBCATEGORY), first seen at AT. */
void votes_add(Votes *v, const char *category, const char *subcategory, int score, unsigned at);
/* The winning category and subcategory; returns its vote total (0: none). */
int votes_best(const Votes *v, const char **category, const char **subcategory);
/* The category of a guideline topic (S, N bytes): its vote total, 0 if none. */
int category_of_topic(const char *s, size_t n, const char **category, const char **subcategory);
/* Load the rules (done on first use otherwise). */
void category_init(void);

#endif
