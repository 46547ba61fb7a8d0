/* layout-imr.c: the "Independent Medical Review" letters with a documents
 * section: the MAXIMUS letterhead (as on the 2013 notice), a header with
 * "UR Denial Date:", then the headings HOW THE IMR FINAL DETERMINATION WAS
 * MADE, DOCUMENTS REVIEWED, CLINICAL CASE SUMMARY and IMR DECISION(S) AND
 * RATIONALE(S).  The decisions are read as in the 2016 layout ("Item:
 * Upheld" and its labels), else from determination sentences (fallback.c).
 * Part of the parser (parser.c). */
#include "parser.h"

#define IMR_DECISIONS "imr decision(s) and rationale(s)"

/* HOW is the "how the imr final determination was made" heading and
 * DECISIONS the IMR_DECISIONS one. */
static void parse_imr_documents(Letter *L, size_t how, size_t decisions)
{
	size_t docs = find(L, how, decisions, "documents reviewed");
	size_t summary = find(L, how, decisions, "clinical case summary");
	size_t start = after(decisions, IMR_DECISIONS), at;
	L->layout = "imr-docs";
	parse_header(L, 0, how);
	parse_reviewer(L, how, min2(min2(docs, summary), decisions));
	if (summary != NONE)
		parse_summary(L, after(summary, "clinical case summary"), decisions);
	at = find(L, start, L->len, "set forth below:");
	if (at != NONE)
		start = after(at, "set forth below:");
	parse_items(L, start, L->len);
	if (L->n_items == 0)
		sentence_items(L, start, L->len, "ok");
}
