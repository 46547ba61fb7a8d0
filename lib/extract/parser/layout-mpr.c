/* layout-mpr.c: the "Medical Professional Review" letters: a title, a
 * header of labels, then for each disputed issue the sections ISSUE AT
 * DISPUTE:, CASE SUMMARY:, DOCUMENTS REVIEWED FOR DETERMINATION:, MEDICAL
 * TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:,
 * RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY
 * NECESSARY: and MEDICAL REVIEWER QUALIFICATIONS: (the long headings wrap
 * over two lines).  The rationale's heading says "not medically necessary"
 * whatever was decided: the decision is read from the determination
 * sentence (fallback.c) and left empty, with the item's status
 * "no-decision", where there is none.  Part of the parser (parser.c). */
#include "parser.h"

enum { MPR_ISSUE, MPR_SUMMARY, MPR_DOCUMENTS, MPR_GUIDELINE, MPR_RATIONALE, MPR_QUALIFICATIONS, MPR_SECTIONS };

/* Each heading by words that begin it (lowercase; the text's line ends
 * are blanks there, so a wrapped heading is found whole); the heading
 * ends at its colon. */
static const char *const mpr_headings[MPR_SECTIONS] = {
	"issue at dispute:",
	"case summary:",
	"documents reviewed for determination",
	"medical treatment guideline(s) relied upon",
	"rationale for why the requested",
	"medical reviewer qualifications:",
};

/* The sections of the issue in [FROM, TO): where each heading is (NONE
 * when it is not) and where its text begins and ends. */
static void mpr_sections(const Letter *L, size_t from, size_t to, size_t at[], size_t text[], size_t end[])
{
	size_t k, j;
	for (k = 0; k < MPR_SECTIONS; k++) {
		at[k] = find(L, k == MPR_ISSUE ? from : from + 1, to, mpr_headings[k]);
		text[k] = NONE;
		if (at[k] != NONE) {   /* (a long heading: to its colon) */
			size_t colon = find(L, at[k] + strlen(mpr_headings[k]) - 1, min2(to, at[k] + 160), ":");
			text[k] = colon == NONE ? after(at[k], mpr_headings[k]) : colon + 1;
		}
	}
	for (k = 0; k < MPR_SECTIONS; k++) {
		end[k] = to;
		for (j = 0; j < MPR_SECTIONS; j++)
			if (at[j] != NONE && at[j] > at[k] && at[j] < end[k])
				end[k] = at[j];
	}
}

static void parse_mpr(Letter *L)
{
	size_t issue = find(L, 0, L->len, mpr_headings[MPR_ISSUE]), next;
	int summary_done = 0;
	L->layout = "mpr";
	parse_header(L, 0, issue == NONE ? min2(L->len, 1500) : issue);
	for (; issue != NONE; issue = next) {
		size_t at[MPR_SECTIONS], text[MPR_SECTIONS], end[MPR_SECTIONS];
		const char *d;
		Item *it;
		next = find(L, issue + 1, L->len, mpr_headings[MPR_ISSUE]);
		mpr_sections(L, issue, next == NONE ? L->len : next, at, text, end);
		if (at[MPR_SUMMARY] != NONE && !summary_done) {
			parse_summary(L, text[MPR_SUMMARY], end[MPR_SUMMARY]);
			summary_done = 1;
		}
		if (at[MPR_QUALIFICATIONS] != NONE)
			parse_reviewer(L, text[MPR_QUALIFICATIONS], end[MPR_QUALIFICATIONS]);
		it = new_item(L);
		it->item = add_clean(L, text[MPR_ISSUE], end[MPR_ISSUE]);
		if (it->item.len == 0) {
			L->n_items--;
			continue;
		}
		if (at[MPR_GUIDELINE] != NONE)
			it->imr_guideline = add_clean(L, text[MPR_GUIDELINE], end[MPR_GUIDELINE]);
		d = NULL;
		if (at[MPR_RATIONALE] != NONE) {
			it->rationale = add_clean(L, text[MPR_RATIONALE], end[MPR_RATIONALE]);
			d = last_decision(L, text[MPR_RATIONALE], end[MPR_RATIONALE]);
		}
		if (!d)
			d = last_decision(L, text[MPR_ISSUE], end[MPR_ISSUE]);
		it->decision = d ? d : "";
		if (!d)
			it->status = "no-decision";
	}
}
