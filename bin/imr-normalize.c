/* imr-normalize: canonical values and drug facts for imr-extract rows.
 *
 * Columns are found by header name; any column may be missing, and columns
 * the tool does not know pass through untouched.  In place it canonicalises
 * the decision, the dates, the sex, the states and the specialties; then it
 * appends the derived columns its input lets it compute (or fills them where
 * the input has them). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cache.h"
#include "canon.h"
#include "dates.h"
#include "guideline.h"
#include "item.h"
#include "lexicon.h"
#include "out.h"
#include "tsv.h"
#include "util.h"

/* What the tool does with a column. */
enum Kind { PASS, DECISION, DATE, SEX, STATES, SPECIALTY, DERIVED };

enum Derived {
	D_CATEGORY, D_SUBCATEGORY, D_DRUG, D_DRUG_CLASS, D_STRENGTH, D_UNIT, D_FORM,
	D_QTY, D_REFILLS, D_PER_DAY, D_MME_DAY, D_HCPCS, D_CA_SOURCE, D_IMR_SOURCE,
	D_IMR_TOPIC, D_IMR_PAGES, D_IMR_EDITION, D_AGE_RANGE, D_YEAR, NDERIVED
};

static const char *const derived_names[NDERIVED] = {
	"category", "subcategory", "drug", "drug_class", "strength", "unit", "form",
	"qty", "refills", "per_day", "mme_day", "hcpcs", "ca_source", "imr_source",
	"imr_topic", "imr_pages", "imr_edition", "age_range", "year",
};

static const char *const date_names[] = {
	"date_assigned", "decision_date", "injury_date", "ur_date", "received_date",
};

/* The columns of the current input, and where the values come from. */
static struct {
	size_t ncols;
	enum Kind *kind;
	int *derived;                 /* for DERIVED: which one */
	int present[NDERIVED];        /* input column index, or -1 */
	int append[NDERIVED];         /* not in the input, and computable */
	int item, item_code, ca, imr, age, decision_date, ur_date;
	int item_block, imr_block;    /* their derived columns all appended? */
	char *header;                 /* the first input's header, to compare */
} cols;

/* Scratch space for one row's values. */
typedef struct {
	char *buf;
	size_t cap;
} Buf;

static Buf b_item, b_guideline, b_val;

/* A canonical value as written out (escaped), cached per kind of column. */
typedef struct {
	size_t len;
	char s[240];
} Canon;

static Cache canon_cache[DERIVED];   /* by Kind */

/* A field's value in the previous row, and what it gave: the rows of one
 * letter repeat its values, which then cost one comparison. */
typedef struct {
	Buf in, out;
	size_t inlen, outlen;
	int valid;
} Last;

static Last *last;                 /* one per input column */
static Last last_decided, last_ur;  /* for year */

/* Is F the value of last time?  If not, remember it. */
static int same_as_last(Last *l, Field f)
{
	if (f.len + 1 > l->in.cap) {
		if (l->valid && l->inlen == f.len)
			l->valid = 0;        /* cannot be the same: it did not fit */
		l->in.cap = f.len + 64;
		l->in.buf = xrealloc(l->in.buf, l->in.cap);
	}
	if (l->valid && l->inlen == f.len && memcmp(l->in.buf, f.s, f.len) == 0)
		return 1;
	memcpy(l->in.buf, f.s, f.len);
	l->inlen = f.len;
	l->valid = 1;
	return 0;
}

/* An item or a citation with its derived columns written out once, escaped
 * and tab-joined ("Pharmaceuticals\tOpioids\t..."), as the caches keep them. */
typedef struct {
	Item it;
	size_t len;            /* of out; 0 when it did not fit */
	char out[512];
} ItemOut;

typedef struct {
	Guideline g;
	size_t len;
	char out[512];
} GuidelineOut;

/* Items and citations already parsed. */
static Cache item_cache, ca_cache, imr_cache;

_Noreturn static void usage(int code)
{
	if (code != EXIT_OK) {
		fprintf(stderr, "usage: %s [--lexicon FILE] [FILE...]\n", progname);
		exit(code);
	}
	printf("usage: %s [OPTIONS] [FILE...]\n"
	       "Canonicalise imr-extract rows and append drug and guideline facts.\n"
	       "No FILE or '-' reads stdin; gzip is recognised.\n"
	       "In place: decision, date_assigned decision_date injury_date ur_date\n"
	       "received_date, patient_sex, reviewer_states, reviewer_specialty.\n"
	       "Appended: category subcategory drug drug_class strength unit form qty\n"
	       "refills per_day mme_day hcpcs ca_source imr_source imr_topic imr_pages\n"
	       "imr_edition age_range year\n\n"
	       "  --lexicon FILE   add the drug names of a TSV (name generic class form\n"
	       "                   mme_factor mme_part) to the built-in lexicon\n"
	       "  -h, --help       show this help\n"
	       "      --version    show the version\n",
	       progname);
	exit(EXIT_OK);
}

/* The unescaped field I of the row into B, NUL-terminated. */
static const char *value(const Tsv *t, int i, Buf *b, size_t *len)
{
	Field f;
	if (i < 0) {
		*len = 0;
		return "";
	}
	f = tsv_field(t, (size_t)i);
	if (f.len + 1 > b->cap) {
		b->cap = f.len + 1 + 256;
		b->buf = xrealloc(b->buf, b->cap);
	}
	*len = tsv_unescape(f.s, f.len, b->buf);
	b->buf[*len] = '\0';
	return b->buf;
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
	case D_YEAR: return cols.decision_date >= 0 || cols.ur_date >= 0;
	default: return cols.item >= 0;
	}
}

static void plan_columns(const Tsv *t)
{
	size_t i;
	int d;
	for (i = 0; i < cols.ncols && last; i++) {   /* the previous file's */
		free(last[i].in.buf);
		free(last[i].out.buf);
	}
	cols.ncols = tsv_ncols(t);
	cols.kind = xrealloc(cols.kind, cols.ncols * sizeof *cols.kind);
	last = xrealloc(last, cols.ncols * sizeof *last);
	memset(last, 0, cols.ncols * sizeof *last);
	last_decided.valid = last_ur.valid = 0;
	last_decided.outlen = 0;
	cols.derived = xrealloc(cols.derived, cols.ncols * sizeof *cols.derived);
	cols.item = tsv_col(t, "item");
	cols.item_code = tsv_col(t, "item_code");
	cols.ca = tsv_col(t, "ca_guideline");
	cols.imr = tsv_col(t, "imr_guideline");
	cols.age = tsv_col(t, "patient_age");
	cols.decision_date = tsv_col(t, "decision_date");
	cols.ur_date = tsv_col(t, "ur_date");
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
	for (d = 0; d < NDERIVED; d++)
		cols.append[d] = cols.present[d] < 0 && computable(d);
	cols.item_block = cols.imr_block = 1;
	for (d = D_CATEGORY; d <= D_HCPCS; d++)
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

/* The derived values of the current row. */
typedef struct {
	const ItemOut *item;
	const GuidelineOut *ca, *imr;
	const char *age_range;
	char year[5];
} Row;

static const char *derived_value(const Row *r, int d)
{
	switch (d) {
	case D_CATEGORY: return r->item->it.category;
	case D_SUBCATEGORY: return r->item->it.subcategory;
	case D_DRUG: return r->item->it.drug;
	case D_DRUG_CLASS: return r->item->it.drug_class;
	case D_STRENGTH: return r->item->it.strength;
	case D_UNIT: return r->item->it.unit;
	case D_FORM: return r->item->it.form;
	case D_QTY: return r->item->it.qty;
	case D_REFILLS: return r->item->it.refills;
	case D_PER_DAY: return r->item->it.per_day;
	case D_MME_DAY: return r->item->it.mme_day;
	case D_HCPCS: return r->item->it.hcpcs;
	case D_CA_SOURCE: return r->ca->g.source;
	case D_IMR_SOURCE: return r->imr->g.source;
	case D_IMR_TOPIC: return r->imr->g.topic;
	case D_IMR_PAGES: return r->imr->g.pages;
	case D_IMR_EDITION: return r->imr->g.edition;
	case D_AGE_RANGE: return r->age_range;
	case D_YEAR: return r->year;
	}
	return "";
}

/* year: of the decision date, else of the UR date. */
static void set_year(const Tsv *t, Row *r)
{
	int from[2] = { cols.decision_date, cols.ur_date };
	char iso[11];
	size_t k, len;
	int same = 1;
	if (cols.decision_date >= 0)
		same &= same_as_last(&last_decided, tsv_field(t, (size_t)cols.decision_date));
	if (cols.ur_date >= 0)
		same &= same_as_last(&last_ur, tsv_field(t, (size_t)cols.ur_date));
	if (same && last_decided.outlen)    /* outlen: a year was set before */
		return;
	last_decided.outlen = 1;
	r->year[0] = '\0';
	for (k = 0; k < 2; k++) {
		const char *v = value(t, from[k], &b_val, &len);
		if (from[k] >= 0 && date_iso(v, len, iso)) {
			memcpy(r->year, iso, 4);
			r->year[4] = '\0';
			return;
		}
	}
}

/* S (N bytes) escaped as a TSV field into OUT (room for 2N); returns the length. */
static size_t escape(const char *s, size_t n, char *out)
{
	char *start = out;
	size_t i;
	if (strcspn(s, "\t\n\r\\") >= n) {    /* nothing to escape: the usual case */
		memcpy(out, s, n);
		return n;
	}
	for (i = 0; i < n; i++) {
		char e = s[i] == '\t' ? 't' : s[i] == '\n' ? 'n' : s[i] == '\r' ? 'r' :
		         s[i] == '\\' ? '\\' : 0;
		if (e) {
			*out++ = '\\';
			*out++ = e;
		} else {
			*out++ = s[i];
		}
	}
	return (size_t)(out - start);
}

static const char *derived_value(const Row *r, int d);

/* Write the derived columns FROM..TO of R into OUT (tab-joined, escaped);
 * returns the length, or 0 when they do not fit. */
static size_t render(const Row *r, int from, int to, char *out, size_t cap)
{
	size_t len = 0;
	int d;
	for (d = from; d <= to; d++) {
		const char *v = derived_value(r, d);
		size_t n = strlen(v);
		if (len + 2 * n + 2 > cap)
			return 0;
		if (d > from)
			out[len++] = '\t';
		len += escape(v, n, out + len);
	}
	return len;
}

static const ItemOut *analyse_item(const Tsv *t)
{
	static ItemOut scratch;
	Field f = tsv_field(t, (size_t)cols.item);
	ItemOut *io;
	Row r;
	void *slot;
	size_t len;
	const char *v;
	if ((io = cache_get(&item_cache, f.s, f.len, &slot)) != NULL)
		return io;
	io = slot ? slot : &scratch;
	v = value(t, cols.item, &b_item, &len);
	item_analyse(v, len, &io->it);
	r.item = io;
	io->len = render(&r, D_CATEGORY, D_HCPCS, io->out, sizeof io->out);
	if (slot)
		cache_put(&item_cache, f.s, f.len);
	return io;
}

static const GuidelineOut *parse_guideline(const Tsv *t, int col, Cache *cache, GuidelineOut *scratch)
{
	Field f = tsv_field(t, (size_t)col);
	GuidelineOut *go;
	Row r;
	void *slot;
	size_t len;
	const char *v;
	if ((go = cache_get(cache, f.s, f.len, &slot)) != NULL)
		return go;
	go = slot ? slot : scratch;
	v = value(t, col, &b_guideline, &len);
	guideline_parse(v, len, &go->g);
	r.imr = go;
	go->len = render(&r, D_IMR_SOURCE, D_IMR_EDITION, go->out, sizeof go->out);
	if (slot)
		cache_put(cache, f.s, f.len);
	return go;
}

static void derive(const Tsv *t, Row *r)
{
	static ItemOut no_item;
	static GuidelineOut no_guideline, ca_scratch, imr_scratch;
	size_t len;
	const char *v;
	if (!no_item.it.category)
		item_analyse("", 0, &no_item.it);
	r->item = cols.item >= 0 ? analyse_item(t) : &no_item;
	r->ca = cols.ca >= 0 ? parse_guideline(t, cols.ca, &ca_cache, &ca_scratch) : &no_guideline;
	r->imr = cols.imr >= 0 ? parse_guideline(t, cols.imr, &imr_cache, &imr_scratch) : &no_guideline;
	v = value(t, cols.age, &b_val, &len);
	r->age_range = age_range(v, len);
	if (!r->age_range)
		r->age_range = "";
	set_year(t, r);
}

/* Column I canonicalised into B (escaped), or as it was when its value is not
 * recognised; returns the length. */
static size_t canonical(const Tsv *t, size_t i, Buf *b)
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
	f = tsv_field(t, i);
	if (!c) {
		c = f.s;
		n = f.len;
	} else {
		n = strlen(c);
	}
	if (2 * n + 1 > b->cap) {
		b->cap = 2 * n + 1 + 256;
		b->buf = xrealloc(b->buf, b->cap);
	}
	if (c == f.s) {
		memcpy(b->buf, c, n);
		return n;
	}
	return escape(c, n, b->buf);
}

/* The canonical value of column I into B (escaped); returns the length. */
static size_t lookup_canonical(const Tsv *t, size_t i, Buf *b)
{
	Field f = tsv_field(t, i);
	Cache *c = &canon_cache[cols.kind[i]];
	Canon *v;
	void *slot;
	size_t n;
	if ((v = cache_get(c, f.s, f.len, &slot)) != NULL) {
		if (v->len + 1 > b->cap) {
			b->cap = v->len + 64;
			b->buf = xrealloc(b->buf, b->cap);
		}
		memcpy(b->buf, v->s, v->len);
		return v->len;
	}
	n = canonical(t, i, b);
	if (slot && n <= sizeof v->s) {
		v = slot;
		memcpy(v->s, b->buf, n);
		v->len = n;
		cache_put(c, f.s, f.len);
	}
	return n;
}

static void put_canonical(const Tsv *t, size_t i)
{
	Last *l = &last[i];
	if (!same_as_last(l, tsv_field(t, i)))
		l->outlen = lookup_canonical(t, i, &l->out);
	out_raw(l->out.buf, l->outlen);
}

/* hcpcs: the code in the item text, else the one imr-extract took off the
 * front of the item ("S5000, Klonopin ..." -> item_code S5000). */
static void put_hcpcs(const Tsv *t, const char *from_item)
{
	if (!from_item[0] && cols.item_code >= 0) {
		Field f = tsv_field(t, (size_t)cols.item_code);
		out_raw(f.s, f.len);
	} else {
		out_fieldz(from_item);
	}
}

/* The cached item block (category .. hcpcs), hcpcs last. */
static void put_item_block(const Tsv *t, const ItemOut *io)
{
	size_t cut = io->len;
	while (cut > 0 && io->out[cut - 1] != '\t')
		cut--;
	out_raw(io->out, cut);
	if (cut == io->len)          /* hcpcs empty in the block */
		put_hcpcs(t, "");
	else
		out_raw(io->out + cut, io->len - cut);
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
		if (cols.kind[i] == PASS) {
			Field f = tsv_field(t, i);
			out_raw(f.s, f.len);
		} else if (cols.kind[i] == DERIVED && cols.derived[i] == D_HCPCS) {
			put_hcpcs(t, derived_value(&r, D_HCPCS));
		} else if (cols.kind[i] == DERIVED) {
			out_fieldz(derived_value(&r, cols.derived[i]));
		} else {
			put_canonical(t, i);
		}
	}
	for (d = 0; d < NDERIVED; d++) {
		if (!cols.append[d])
			continue;
		out_tab();
		if (d == D_CATEGORY && cols.item_block && r.item->len) {
			put_item_block(t, r.item);
			d = D_HCPCS;
		} else if (d == D_HCPCS) {
			put_hcpcs(t, derived_value(&r, d));
		} else if (d == D_IMR_SOURCE && cols.imr_block && r.imr->len) {
			out_raw(r.imr->out, r.imr->len);
			d = D_IMR_EDITION;
		} else {
			out_fieldz(derived_value(&r, d));
		}
	}
	out_nl();
}

static int normalize_file(const char *path)
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

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c, i, status = EXIT_OK;
	setprogname(argv[0]);
	quiet_sigpipe();
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'l': lexicon_load(optarg); break;
		case 'h': usage(EXIT_OK);
		case 'V': print_version();
		default: usage(EXIT_USAGE);
		}
	}
	lexicon_init();
	cache_init(&item_cache, 8192, sizeof(ItemOut), 256);
	for (c = DECISION; c < DERIVED; c++)
		cache_init(&canon_cache[c], 1024, sizeof(Canon), 240);
	cache_init(&ca_cache, 4096, sizeof(GuidelineOut), 1024);
	cache_init(&imr_cache, 4096, sizeof(GuidelineOut), 1024);
	if (optind == argc)
		status |= normalize_file("-");
	for (i = optind; i < argc; i++)
		status |= normalize_file(argv[i]);
	out_close();
	return status ? EXIT_DATA : EXIT_OK;
}
