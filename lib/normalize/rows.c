/* rows.c: imr-normalize's row engine.  See rows.h.
 *
 * Columns are found by header name; any column may be missing, and columns
 * the tool does not know pass through untouched.  In place it canonicalises
 * the decision, the dates, the sex, the states and the specialties; then it
 * appends the derived columns its input lets it compute (or fills them where
 * the input has them). */
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/num.h"
#include "common/out.h"
#include "common/tsv.h"
#include "common/util.h"
#include "body.h"
#include "cache.h"
#include "canon.h"
#include "category.h"
#include "dates.h"
#include "dx.h"
#include "guideline.h"
#include "item.h"
#include "rows.h"
#include "schema.h"

/* What the tool does with a column. */
enum Kind { PASS, DECISION, DATE, SEX, STATES, SPECIALTY, DERIVED };

enum Derived {
	D_CATEGORY, D_SUBCATEGORY, D_DRUG, D_DRUG_CLASS, D_STRENGTH, D_UNIT, D_FORM,
	D_QTY, D_REFILLS, D_PER_DAY, D_MME_DAY, D_HCPCS,
	D_QTY_UNIT, D_VISITS, D_PER_WEEK, D_WEEKS, D_CATEGORY_BASIS,
	D_CA_SOURCE, D_IMR_SOURCE,
	D_IMR_TOPIC, D_IMR_PAGES, D_IMR_EDITION, D_AGE_RANGE, D_YEAR,
	/* from the dates (set_dates()) */
	D_QUARTER, D_DAYS_UR, D_DAYS_RECEIVED, D_DAYS_ASSIGNED, D_CLAIM_AGE,
	D_BODY_REGION, D_LATERALITY, D_DX_GROUP,
	NDERIVED
};

static const char *const derived_names[NDERIVED] = {
	"category", "subcategory", "drug", "drug_class", "strength", "unit", "form",
	"qty", "refills", "per_day", "mme_day", "hcpcs",
	"qty_unit", "visits", "per_week", "weeks", "category_basis",
	"ca_source", "imr_source",
	"imr_topic", "imr_pages", "imr_edition", "age_range", "year",
	"quarter", "days_ur_to_decision", "days_received_to_decision",
	"days_assigned_to_decision", "claim_age_days",
	"body_region", "laterality", "dx_group",
};

static const char *const date_names[] = {
	"date_assigned", "decision_date", "injury_date", "ur_date", "received_date",
};

/* The columns of the current input, and where the values come from. */
static struct {
	size_t ncols;
	enum Kind *kind;
	int *derived;                 /* for DERIVED: which one */
	size_t *run_end;              /* the last column of the run this one starts:
	                               * columns passed through, or canonicalised */
	int present[NDERIVED];        /* input column index, or -1 */
	int append[NDERIVED];         /* not in the input, and computable */
	int item, item_code, ca, imr, age, decision_date, ur_date, diagnoses;
	int received_date, date_assigned, injury_date;
	int item_block, imr_block;    /* their derived columns all appended? */
	char *header;                 /* the first input's header, to compare */
} cols;

static Buf b_val;   /* an unescaped input value */

/* A field's value in the previous row, and what it gave: the rows of one
 * letter repeat its values, which then cost one comparison. */
typedef struct {
	Buf in, out;
	int valid;
} Last;

static Last *last;                 /* one per input column */
static Last last_date[5];           /* for set_dates(): the dates of the row */
static int dates_set;               /* for these dates, since the file began */

/* Is F the value of last time?  If not, remember it. */
static int same_as_last(Last *l, Field f)
{
	if (l->valid && l->in.len == f.len && memcmp(l->in.s, f.s, f.len) == 0)
		return 1;
	l->in.len = 0;
	buf_add(&l->in, f.s, f.len);
	l->valid = 1;
	return 0;
}

/* What an item, a citation or a canonicalised value gives is kept as it is
 * written out: its derived fields escaped and tab-joined, "Pharmaceuticals\t
 * Opioids\t...", so a row whose item was seen before costs one lookup. */
static Cache item_cache, ca_cache, imr_cache;
static Cache dx_cache;   /* dx.h */
static Cache canon_cache[DERIVED];   /* by Kind */
static Cache date_cache;             /* a date as written -> YYYY-MM-DD, or "" */
static Cache topic_cache;            /* a citation -> the category of its topic */

/* --stats: coverage of the derived item columns. */
static int want_stats;
static struct {
	unsigned long items, no_category, pharma, pharma_no_drug, pharma_no_class, from_guideline,
	              weak, with_visits;
} stats;
/* The unescaped field I of the row into B, NUL-terminated. */
static const char *value(const Tsv *t, int i, Buf *b, size_t *len)
{
	Field f;
	if (i < 0) {
		*len = 0;
		return "";
	}
	f = tsv_field(t, (size_t)i);
	b->len = 0;
	buf_room(b, f.len);
	*len = tsv_unescape(f.s, f.len, b->s);
	b->s[*len] = '\0';
	return b->s;
}

static int is_date_col(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof date_names / sizeof date_names[0]; i++)
		if (strcmp(name, date_names[i]) == 0)
			return 1;
	return 0;
}

/* Can derived column D be computed from the columns at hand? */
static int computable(int d)
{
	switch (d) {
	case D_CA_SOURCE: return cols.ca >= 0;
	case D_IMR_SOURCE: case D_IMR_TOPIC: case D_IMR_PAGES: case D_IMR_EDITION:
		return cols.imr >= 0;
	case D_AGE_RANGE: return cols.age >= 0;
	case D_YEAR: case D_QUARTER: return cols.decision_date >= 0 || cols.ur_date >= 0;
	case D_DAYS_UR: return cols.decision_date >= 0 && cols.ur_date >= 0;
	case D_DAYS_RECEIVED: return cols.decision_date >= 0 && cols.received_date >= 0;
	case D_DAYS_ASSIGNED: return cols.decision_date >= 0 && cols.date_assigned >= 0;
	case D_CLAIM_AGE: return cols.decision_date >= 0 && cols.injury_date >= 0;
	case D_DX_GROUP: return cols.diagnoses >= 0;
	default: return cols.item >= 0;
	}
}

static int canonicalised(enum Kind k)
{
	return k != PASS && k != DERIVED;
}

/* Are columns of kinds A and B, side by side, output as one run? */
static int same_run(enum Kind a, enum Kind b)
{
	return (a == PASS && b == PASS) || (canonicalised(a) && canonicalised(b));
}

static void plan_columns(const Tsv *t)
{
	size_t i;
	int d;
	for (i = 0; i < cols.ncols && last; i++) {   /* the previous file's */
		buf_free(&last[i].in);
		buf_free(&last[i].out);
	}
	cols.ncols = tsv_ncols(t);
	cols.kind = xrealloc(cols.kind, cols.ncols * sizeof *cols.kind);
	last = xrealloc(last, cols.ncols * sizeof *last);
	memset(last, 0, cols.ncols * sizeof *last);
	for (i = 0; i < 5; i++)
		last_date[i].valid = 0;
	dates_set = 0;
	cols.derived = xrealloc(cols.derived, cols.ncols * sizeof *cols.derived);
	cols.run_end = xrealloc(cols.run_end, cols.ncols * sizeof *cols.run_end);
	cols.item = tsv_col(t, "item");
	cols.item_code = tsv_col(t, "item_code");
	cols.ca = tsv_col(t, "ca_guideline");
	cols.imr = tsv_col(t, "imr_guideline");
	cols.age = tsv_col(t, "patient_age");
	cols.decision_date = tsv_col(t, "decision_date");
	cols.ur_date = tsv_col(t, "ur_date");
	cols.received_date = tsv_col(t, "received_date");
	cols.date_assigned = tsv_col(t, "date_assigned");
	cols.injury_date = tsv_col(t, "injury_date");
	cols.diagnoses = tsv_col(t, "diagnoses");
	for (d = 0; d < NDERIVED; d++)
		cols.present[d] = -1;
	for (i = 0; i < cols.ncols; i++) {
		const char *name = tsv_colname(t, i);
		cols.kind[i] = PASS;
		if (strcmp(name, "decision") == 0)
			cols.kind[i] = DECISION;
		else if (is_date_col(name))
			cols.kind[i] = DATE;
		else if (strcmp(name, "patient_sex") == 0)
			cols.kind[i] = SEX;
		else if (strcmp(name, "reviewer_states") == 0)
			cols.kind[i] = STATES;
		else if (strcmp(name, "reviewer_specialty") == 0)
			cols.kind[i] = SPECIALTY;
		for (d = 0; d < NDERIVED; d++)
			if (strcmp(name, derived_names[d]) == 0 && cols.present[d] < 0) {
				cols.present[d] = (int)i;
				if (computable(d)) {
					cols.kind[i] = DERIVED;
					cols.derived[i] = d;
				}
			}
	}
	for (i = cols.ncols; i-- > 0; )
		cols.run_end[i] = i + 1 < cols.ncols && same_run(cols.kind[i], cols.kind[i + 1]) ?
		                  cols.run_end[i + 1] : i;
	for (d = 0; d < NDERIVED; d++)
		cols.append[d] = cols.present[d] < 0 && computable(d);
	cols.item_block = cols.imr_block = 1;
	for (d = D_CATEGORY; d <= D_CATEGORY_BASIS; d++)
		cols.item_block &= cols.append[d];
	for (d = D_IMR_SOURCE; d <= D_IMR_EDITION; d++)
		cols.imr_block &= cols.append[d];
}

/* The header line: the input's columns, then the derived ones it lacks. */
static char *header_line(const Tsv *t)
{
	size_t i, len = 0, cap = 64;
	char *h = xmalloc(cap);
	int d;
	h[0] = '\0';
	for (i = 0; i < cols.ncols + NDERIVED; i++) {
		const char *name;
		if (i < cols.ncols)
			name = tsv_colname(t, i);
		else if (cols.append[d = (int)(i - cols.ncols)])
			name = derived_names[d];
		else
			continue;
		if (len + strlen(name) + 2 > cap)
			h = xrealloc(h, cap = 2 * cap + strlen(name));
		len += (size_t)sprintf(h + len, "%s%s", len ? "\t" : "", name);
	}
	return h;
}

/* The derived values of the current row, escaped. */
typedef struct {
	Field item;          /* category .. category_basis, tab-joined */
	Field ca, imr;       /* source, topic, pages, edition, tab-joined */
	Field age_range;
	char year[5], quarter[7];
	char days[4][24];    /* D_DAYS_UR .. D_CLAIM_AGE */
	Field region, laterality, dx_group;
} Row;

/* Field K (0..) of V, a tab-joined list of escaped fields. */
static Field nth(Field v, int k)
{
	const char *p = v.s, *end = v.s + v.len, *tab;
	Field f;
	for (; k > 0 && (tab = memchr(p, '\t', (size_t)(end - p))) != NULL; k--)
		p = tab + 1;
	tab = memchr(p, '\t', (size_t)(end - p));
	f.s = p;
	f.len = (size_t)((tab ? tab : end) - p);
	return f;
}

/* Field K counted from the end (0: the last) of V: the item block's last
 * fields are found without walking the ones before them. */
static Field nth_last(Field v, int k)
{
	const char *end = v.s + v.len, *p = end;
	Field f;
	for (;;) {
		const char *q = p;
		while (q > v.s && q[-1] != '\t')
			q--;
		if (k-- == 0 || q == v.s) {
			f.s = q;
			f.len = (size_t)(p - q);
			return f;
		}
		p = q - 1;
	}
}

/* The first field of V, taken off V's front. */
static Field take_first(Field *v)
{
	const char *tab = memchr(v->s, '\t', v->len);
	Field f = { v->s, tab ? (size_t)(tab - v->s) : v->len };
	size_t used = tab ? f.len + 1 : v->len;
	v->s += used;
	v->len -= used;
	return f;
}

static Field text(const char *s)
{
	return (Field){ s, strlen(s) };
}

static Field derived_value(const Row *r, int d)
{
	switch (d) {
	case D_CA_SOURCE: return nth(r->ca, 0);
	case D_AGE_RANGE: return r->age_range;
	case D_YEAR: return text(r->year);
	case D_QUARTER: return text(r->quarter);
	case D_DAYS_UR: case D_DAYS_RECEIVED: case D_DAYS_ASSIGNED: case D_CLAIM_AGE:
		return text(r->days[d - D_DAYS_UR]);
	case D_BODY_REGION: return r->region;
	case D_LATERALITY: return r->laterality;
	case D_DX_GROUP: return r->dx_group;
	default:   /* the item block, the imr block */
		return d <= D_CATEGORY_BASIS ? nth(r->item, d - D_CATEGORY) : nth(r->imr, d - D_IMR_SOURCE);
	}
}

/* The date in column COL as YYYY-MM-DD, or "" when it is not a date (or
 * there is no such column): cached, as dates recur letter after letter. */
static Field iso_of(const Tsv *t, int col)
{
	static char iso[11];
	Field key, y;
	size_t len;
	const char *v;
	if (col < 0)
		return (Field){ "", 0 };
	key = tsv_field(t, (size_t)col);
	if ((y.s = cache_get(&date_cache, key.s, key.len, &y.len)) != NULL)
		return y;
	v = value(t, col, &b_val, &len);
	y.s = iso;
	y.len = date_iso(v, len, iso) ? 10 : 0;
	cache_put(&date_cache, key.s, key.len, y.s, y.len);
	return y;
}

/* V in decimal into OUT, NUL-terminated, as "%ld" writes it (without
 * printf's cost, paid four times a letter). */
static void put_long(char out[24], long v)
{
	size_t n = 0;
	if (v < 0)
		out[n++] = '-';
	n += num_put_u64(out + n, v < 0 ? -(uint64_t)v : (uint64_t)v);
	out[n] = '\0';
}

/* year and quarter: of the decision date, else of the UR date; the days
 * from each earlier date to the decision.  Worked out again only when one
 * of the dates changes (the rows of a letter repeat them). */
static void set_dates(const Tsv *t, Row *r)
{
	int col[5] = { cols.decision_date, cols.ur_date, cols.received_date, cols.date_assigned,
	               cols.injury_date };
	char decided[10];
	Field f;
	size_t k;
	int same = 1;
	for (k = 0; k < 5; k++)
		if (col[k] >= 0)
			same &= same_as_last(&last_date[k], tsv_field(t, (size_t)col[k]));
	if (same && dates_set)
		return;
	dates_set = 1;
	r->year[0] = r->quarter[0] = '\0';
	for (k = 0; k < 4; k++)
		r->days[k][0] = '\0';
	f = iso_of(t, cols.decision_date);
	if (f.len == 0)
		f = iso_of(t, cols.ur_date);
	if (f.len) {
		memcpy(r->year, f.s, 4);
		r->year[4] = '\0';
		date_quarter(f.s, r->quarter);
	}
	f = iso_of(t, cols.decision_date);
	if (f.len == 0)
		return;
	memcpy(decided, f.s, 10);
	for (k = 1; k < 5; k++)
		if ((f = iso_of(t, col[k])).len)
			put_long(r->days[k - 1], date_days(decided) - date_days(f.s));
}

/* The fields V[0..N-1] escaped and tab-joined into B. */
static Field render(const char *const *v, size_t n, Buf *b)
{
	Field f;
	size_t k;
	b->len = 0;
	for (k = 0; k < n; k++) {
		if (k) {   /* (a byte: not worth buf_add()'s call and copy) */
			buf_room(b, 1);
			b->s[b->len++] = '\t';
		}
		buf_esc(b, v[k]);
	}
	f.s = b->s;
	f.len = b->len;
	return f;
}

/* The value cached for the field at column COL, or computed by FN from its
 * unescaped text into B, then cached. */
static Field cached(const Tsv *t, int col, Cache *c, Buf *b,
                    Field (*fn)(const char *s, size_t n, Buf *b))
{
	Field key = tsv_field(t, (size_t)col), v;
	size_t len;
	const char *s;
	if ((v.s = cache_get(c, key.s, key.len, &v.len)) != NULL)
		return v;
	s = value(t, col, &b_val, &len);
	v = fn(s, len, b);
	cache_put(c, key.s, key.len, v.s, v.len);
	return v;
}

/* body_region and laterality, then category .. hcpcs (the item block) */
static Field analyse_item(const char *s, size_t n, Buf *b)
{
	ItemFacts it;
	item_analyse(s, n, &it);
	{
		const char *v[] = {
			it.body.region, it.body.laterality, it.category, it.subcategory, it.drug, it.drug_class, it.strength, it.unit,
			it.form, it.qty, it.refills, it.per_day, it.mme_day, it.hcpcs,
			it.qty_unit, it.visits, it.per_week, it.weeks, it.basis,
		};
		return render(v, sizeof v / sizeof v[0], b);
	}
}

static Field parse_guideline(const char *s, size_t n, Buf *b)
{
	Guideline g;
	guideline_parse(s, n, &g);
	{
		const char *v[] = { g.source, g.topic, g.pages, g.edition };
		return render(v, sizeof v / sizeof v[0], b);
	}
}

static Field topic_category(const char *s, size_t n, Buf *b)
{
	Guideline g;
	const char *cat, *sub;
	guideline_parse(s, n, &g);
	b->len = 0;
	if (category_of_topic(g.topic, strlen(g.topic), &cat, &sub) >= CATEGORY_FIRM) {
		buf_add(b, cat, strlen(cat));
		buf_add(b, "\t", 1);
		buf_add(b, sub, strlen(sub));
	}
	return (Field){ b->len ? b->s : "", b->len };   /* b->s is NULL until used */
}

/* An item whose words name no category, or only weakly, takes the one of
 * the guideline topic its reviewer cited (category_basis "guideline"). */
static Field fall_back(const Tsv *t, Field item)
{
	static Buf topic_out, out;
	Field basis = nth_last(item, 0), topic = { "", 0 }, rest;
	int k;
	if (basis.len == 4 && memcmp(basis.s, "item", 4) == 0)
		return item;
	for (k = 0; k < 2 && topic.len == 0; k++) {
		int col = k == 0 ? cols.imr : cols.ca;
		if (col >= 0)
			topic = cached(t, col, &topic_cache, &topic_out, topic_category);
	}
	if (topic.len == 0 && basis.len == 0)
		return item;
	rest = nth(item, D_DRUG - D_CATEGORY);
	out.len = 0;
	if (topic.len) {
		buf_add(&out, topic.s, topic.len);
		buf_add(&out, "\t", 1);
	} else {
		buf_add(&out, item.s, (size_t)(rest.s - item.s));
	}
	buf_add(&out, rest.s, (size_t)(basis.s - rest.s));
	buf_add(&out, topic.len ? "guideline" : "item", topic.len ? 9 : 4);
	return (Field){ out.s, out.len };
}

static void count_stats(Field item)
{
	Field cat = nth(item, 0), drug = nth(item, D_DRUG - D_CATEGORY);
	Field cls = nth(item, D_DRUG_CLASS - D_CATEGORY), basis = nth_last(item, 0);
	stats.items++;
	if (cat.len == 0)
		stats.no_category++;
	if (cat.len == 15 && memcmp(cat.s, "Pharmaceuticals", 15) == 0) {
		stats.pharma++;
		stats.pharma_no_drug += drug.len == 0;
		stats.pharma_no_class += cls.len == 0;
	}
	stats.from_guideline += basis.len == 9;
	stats.with_visits += nth(item, D_VISITS - D_CATEGORY).len > 0;
}

void normalize_print_stats(void)
{
	fprintf(stderr, "items\t%lu\nwithout_category\t%lu\ncategory_from_guideline\t%lu\n"
	        "pharmaceuticals\t%lu\npharmaceuticals_without_drug\t%lu\n"
	        "pharmaceuticals_without_class\t%lu\nwith_visits\t%lu\n",
	        stats.items, stats.no_category, stats.from_guideline, stats.pharma,
	        stats.pharma_no_drug, stats.pharma_no_class, stats.with_visits);
}

/* imr_guideline: the region of the chapter it names ("Low Back
 * Complaints", ODG "Neck & Upper Back"; the first region named), then the
 * fields of parse_guideline (the imr block) */
static Field parse_imr_guideline(const char *s, size_t n, Buf *b)
{
	Guideline g;
	const char *region = body_first_region(s, n);
	guideline_parse(s, n, &g);
	{
		const char *v[] = { region ? region : "", g.source, g.topic, g.pages, g.edition };
		return render(v, sizeof v / sizeof v[0], b);
	}
}

static Field find_dx_groups(const char *s, size_t n, Buf *b)
{
	static char out[8192];
	const char *v[1] = { out };
	dx_groups(s, n, out, sizeof out);
	return render(v, 1, b);
}

static void derive(const Tsv *t, Row *r)
{
	static Buf item_out, ca_out, imr_out;
	size_t len;
	const char *v, *range;
	Field chapter = { "", 0 };
	if (cols.ca >= 0)
		r->ca = cached(t, cols.ca, &ca_cache, &ca_out, parse_guideline);
	if (cols.imr >= 0) {
		r->imr = cached(t, cols.imr, &imr_cache, &imr_out, parse_imr_guideline);
		chapter = take_first(&r->imr);
	}
	/* body_region and laterality from the item (analyse_item), the region
	 * else from the chapter of the guideline the reviewer cited (not the
	 * claims administrator's, which is often another chapter than the one
	 * the decision turned on) */
	if (cols.item >= 0) {
		Field it = cached(t, cols.item, &item_cache, &item_out, analyse_item);
		r->region = take_first(&it);
		r->laterality = take_first(&it);
		r->item = fall_back(t, it);
		if (want_stats && tsv_field(t, (size_t)cols.item).len > 0)
			count_stats(r->item);
		if (r->region.len == 0)
			r->region = chapter;
	}
	/* dx_group: the same on each row of a letter, so looked up when the
	 * diagnoses change; what cached() gives stays where it is until the
	 * next call (dx_cache and dx_out serve no other column) */
	if (cols.diagnoses >= 0) {
		static Buf dx_out;
		static Last last_dx;
		if (!same_as_last(&last_dx, tsv_field(t, (size_t)cols.diagnoses)) || !r->dx_group.s)
			r->dx_group = cached(t, cols.diagnoses, &dx_cache, &dx_out, find_dx_groups);
	}
	v = value(t, cols.age, &b_val, &len);
	range = age_range(v, len);
	r->age_range.s = range ? range : "";     /* nothing in it to escape */
	r->age_range.len = strlen(r->age_range.s);
	set_dates(t, r);
}

/* Column I canonicalised into B (escaped), or as it was when its value is not
 * recognised. */
static Field canonical(const Tsv *t, size_t i, Buf *b)
{
	char out[1024], iso[11];
	const char *c = NULL, *v;
	size_t len, n = 0;
	Field f;
	v = value(t, (int)i, &b_val, &len);
	switch (cols.kind[i]) {
	case DECISION: c = canon_decision(v, len); break;
	case SEX: c = canon_sex(v, len); break;
	case DATE: if (date_iso(v, len, iso)) c = iso; break;
	case STATES: if (len < 512 && (n = canon_states(v, len, out, sizeof out)) > 0) c = out; break;
	case SPECIALTY: if (len < 512 && (n = canon_specialty(v, len, out, sizeof out)) > 0) c = out; break;
	default: break;
	}
	if (!c)
		return tsv_field(t, i);
	b->len = 0;
	buf_esc(b, c);
	f.s = b->s;
	f.len = b->len;
	return f;
}

/* Columns I..J of the row, tab-joined as they are (escaped): where they lie
 * in the row's line, side by side as tsv_next() leaves them, else joined in B. */
static Field columns(const Tsv *t, size_t i, size_t j, Buf *b)
{
	Field a = tsv_field(t, i), z = tsv_field(t, j);
	size_t len, k;
	const char *line = tsv_line(t, &len);
	if (a.s >= line && z.s >= a.s && z.s + z.len <= line + len) {
		a.len = (size_t)(z.s + z.len - a.s);
		return a;
	}
	b->len = 0;
	for (k = i; k <= j; k++) {
		Field f = tsv_field(t, k);
		if (k > i)
			buf_add(b, "\t", 1);
		buf_add(b, f.s, f.len);
	}
	a.s = b->s;
	a.len = b->len;
	return a;
}

/* Append column I canonicalised, as it is written out, to B. */
static void add_canonical(const Tsv *t, size_t i, Buf *b)
{
	static Buf scratch;
	Field key = tsv_field(t, i), v;
	Cache *c = &canon_cache[cols.kind[i]];
	if ((v.s = cache_get(c, key.s, key.len, &v.len)) == NULL) {
		v = canonical(t, i, &scratch);
		cache_put(c, key.s, key.len, v.s, v.len);
	}
	buf_add(b, v.s, v.len);
}

/* Columns I..J canonicalised.  The rows of a letter repeat its dates and
 * its reviewer: the run is worked out again only when its bytes change. */
static void put_canonical(const Tsv *t, size_t i, size_t j)
{
	static Buf joined;
	Last *l = &last[i];
	size_t k;
	if (!same_as_last(l, columns(t, i, j, &joined))) {
		l->out.len = 0;
		for (k = i; k <= j; k++) {
			if (k > i)
				buf_add(&l->out, "\t", 1);
			add_canonical(t, k, &l->out);
		}
	}
	out_raw(l->out.s, l->out.len);
}

/* Columns I..J, which pass through, as they are. */
static void put_passed(const Tsv *t, size_t i, size_t j)
{
	static Buf joined;
	Field f = columns(t, i, j, &joined);
	out_raw(f.s, f.len);
}

/* hcpcs: the code in the item text, else the one imr-extract took off the
 * front of the item ("S5000, Klonopin ..." -> item_code S5000). */
static void put_hcpcs(const Tsv *t, Field from_item)
{
	if (from_item.len == 0 && cols.item_code >= 0)
		from_item = tsv_field(t, (size_t)cols.item_code);
	out_raw(from_item.s, from_item.len);
}

/* The item block (category .. category_basis), hcpcs as put_hcpcs() says. */
static void put_item_block(const Tsv *t, Field item)
{
	Field h = nth_last(item, D_CATEGORY_BASIS - D_HCPCS);
	out_raw(item.s, (size_t)(h.s - item.s));
	put_hcpcs(t, h);
	out_raw(h.s + h.len, (size_t)(item.s + item.len - h.s - h.len));
}

static void put_derived(const Tsv *t, const Row *r, int d)
{
	if (d == D_HCPCS)
		put_hcpcs(t, derived_value(r, d));
	else {
		Field f = derived_value(r, d);
		if (f.len)   /* (most laterality and many others are empty) */
			out_raw(f.s, f.len);
	}
}

static void normalize_row(const Tsv *t)
{
	static Row r;
	size_t i;
	int d;
	derive(t, &r);
	for (i = 0; i < cols.ncols; i++) {
		if (i)
			out_tab();
		if (cols.kind[i] == DERIVED) {
			put_derived(t, &r, cols.derived[i]);
			continue;
		}
		if (cols.kind[i] == PASS)
			put_passed(t, i, cols.run_end[i]);
		else
			put_canonical(t, i, cols.run_end[i]);
		i = cols.run_end[i];
	}
	for (d = 0; d < NDERIVED; d++) {
		if (!cols.append[d])
			continue;
		out_tab();
		if (d == D_CATEGORY && cols.item_block) {
			put_item_block(t, r.item);
			d = D_CATEGORY_BASIS;
		} else if (d == D_IMR_SOURCE && cols.imr_block) {
			out_raw(r.imr.s, r.imr.len);
			d = D_IMR_EDITION;
		} else {
			put_derived(t, &r, d);
		}
	}
	out_nl();
}

int normalize_file(const char *path)
{
	Tsv *t = tsv_open(path);
	char *h;
	int status;
	plan_columns(t);
	h = header_line(t);
	if (!cols.header) {
		cols.header = h;
		out_str(h);
		out_nl();
	} else {
		if (strcmp(h, cols.header) != 0)
			die(EXIT_DATA, "%s:1: the columns differ from the first input's", path);
		free(h);
	}
	while (tsv_next(t))
		normalize_row(t);
	status = tsv_status(t);
	tsv_close(t);
	return status;
}

/* The table is "letters" for imr-extract --letters rows, else "items". */
void normalize_print_schema(int dialect, const char *path)
{
	Tsv *t = tsv_open(path);
	char *h, *p, **names = NULL;
	size_t n = 0;
	plan_columns(t);
	h = header_line(t);
	for (p = h;; ) {
		char *tab = strchr(p, '\t');
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = p;
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	schema_write(dialect, tsv_col(t, "n_items") >= 0 && cols.item < 0 ? "letters" : "items", names, n);
	free(names);
	free(h);
	tsv_close(t);
}

void normalize_init(int with_stats)
{
	int k;
	want_stats = with_stats;
	/* Bounds small enough that the caches fill (and start over) within the
	 * first tens of MB of letters, so RSS is the same at 100 MB and at 1 GB;
	 * 8 MB ones hit no more often on the bench corpus or the real letters. */
	cache_init(&item_cache, 1 << 14, 2 << 20);
	for (k = DECISION; k < DERIVED; k++)
		cache_init(&canon_cache[k], 1 << 12, 256 << 10);
	cache_init(&date_cache, 1 << 12, 256 << 10);
	cache_init(&ca_cache, 1 << 14, 2 << 20);
	cache_init(&imr_cache, 1 << 14, 2 << 20);
	cache_init(&topic_cache, 1 << 14, 2 << 20);
	cache_init(&dx_cache, 1 << 12, 1 << 20);
}
