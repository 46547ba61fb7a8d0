/* layout.c: which layout a letter is in, by its headings, and the parts
 * read in order: 2016 (a header block of labels and values, then
 * headings), 2014 (the headings without a header block), 2013 (the
 * notice whose decisions are sentences), the letters with a documents
 * section (layout-imr.c) and the Medical Professional Reviews
 * (layout-mpr.c); a letter of none of them is left to the fallback
 * (fallback.c).  Part of the parser (parser.c). */
#include "parser.h"

static void clear(Letter *L)
{
	Str empty = { 0, 0 };
	L->layout = "";
	L->status = "ok";
	L->case_number = L->date_assigned = L->decision_date = L->injury_date = empty;
	L->ur_date = L->received_date = L->priority = empty;
	L->reviewer_specialty = L->reviewer_states = empty;
	L->patient_age = L->patient_sex = L->diagnoses = L->summary = empty;
	L->n_items = 0;
	L->pool_len = 0;
	add_bytes(L, "", 0);   /* offset 0 holds "" for empty values */
}

/* 2013 notices: the decisions are sentences, listed twice. */
static void parse_2013(Letter *L)
{
	size_t cs = find(L, 0, L->len, "case summary:");
	size_t decided = find(L, 0, L->len, "has determined");
	size_t head_end = min2(find(L, 0, decided == NONE ? min2(L->len, 3000) : decided, "dear "), decided);
	size_t sum_end;
	L->layout = "2013";
	parse_header(L, 0, head_end == NONE ? min2(L->len, 1500) : head_end);
	parse_reviewer(L, 0, cs == NONE ? L->len : cs);
	/* the first of the two, the second searched only before the first */
	sum_end = find(L, cs == NONE ? 0 : cs, L->len, "regarding the request for");
	sum_end = min2(find(L, cs == NONE ? 0 : cs, sum_end == NONE ? L->len : sum_end, "documents reviewed"),
	               sum_end);
	if (cs != NONE)
		parse_summary(L, after(cs, "case summary:"), min2(sum_end, L->len));
	parse_items_2013(L);
}

static void parse(Letter *L)
{
	size_t how, summary, issues, body, start, at;
	if (L->len == 0) {
		L->status = "empty";
		return;
	}
	/* a 2013 notice opens with the letterhead, and so does the letter with
	 * a documents section: its headings tell it */
	if (find(L, 0, min2(L->len, 400), "maximus federal services, inc.") != NONE) {
		how = find(L, 0, min2(L->len, 4000), "how the imr final determination was made");
		at = how == NONE ? NONE : find(L, how, L->len, IMR_DECISIONS);
		if (at != NONE)
			parse_imr_documents(L, how, at);
		else if (find(L, 0, L->len, "has determined the request for") != NONE)
			parse_2013(L);
		else
			parse_fallback(L);
		goto done;
	}
	how = find(L, 0, L->len, "how the imr final determination was made");
	summary = find(L, how == NONE ? 0 : how, L->len, "clinical case summary");
	issues = find(L, summary == NONE ? 0 : summary, L->len, "imr issues, decisions and rationale");
	if (how == NONE && issues == NONE) {
		if (find(L, 0, min2(L->len, 300), "medical professional review") != NONE)
			parse_mpr(L);
		else if (find(L, 0, L->len, "has determined the request for") != NONE)
			parse_2013(L);
		else
			parse_fallback(L);
		goto done;
	}
	if (issues == NONE && (at = find(L, how, L->len, IMR_DECISIONS)) != NONE) {
		parse_imr_documents(L, how, at);   /* (its letterhead lost) */
		goto done;
	}
	if (how != NONE && find(L, 0, how, "case number:") != NONE) {
		L->layout = "2016";
		parse_header(L, 0, how);
	} else {
		L->layout = "2014";
	}
	body = how == NONE ? 0 : how;
	parse_reviewer(L, body, summary != NONE ? summary : issues != NONE ? issues : L->len);
	if (summary != NONE)
		parse_summary(L, after(summary, "clinical case summary"),
		              issues != NONE && issues > summary ? issues : L->len);
	start = issues == NONE ? body : issues;
	at = find(L, start, L->len, "set forth below:");
	if (at != NONE)
		start = after(at, "set forth below:");
	else if (issues != NONE)
		start = line_end(L, issues);
	parse_items(L, start, L->len);
done:
	if (L->n_items == 0)
		L->status = L->layout[0] ? "no-items" : "unknown-layout";
}
