/* fuzz_normalize: normalize's value parsers on arbitrary bytes: dates,
 * doses (number, strength, quantity, refills, per day, days supply, form),
 * canonical decision/sex/states/specialty/age, guideline citations and
 * pages, and the whole item analysis.  Outputs must be NUL-terminated
 * inside the buffers they were given (each guarded by a canary). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalize/canon.h"
#include "normalize/dates.h"
#include "normalize/dose.h"
#include "normalize/guideline.h"
#include "normalize/item.h"
#include "normalize/lexicon.h"
#include "normalize/words.h"

#define CANARY 0x5a

static void string_in(const char *buf, size_t cap)
{
	if (!memchr(buf, '\0', cap))
		abort();
}

static void canary(const unsigned char *p, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (p[i] != CANARY)
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	static Words w;
	static ItemFacts it;
	static Guideline g;
	struct {
		char out[64];
		unsigned char guard[16];
	} b;
	char unit[16 + 16];
	const char *s = (const char *)data;
	size_t n = size, used, len, i;
	if (!ready) {
		lexicon_init();
		ready = 1;
	}
	memset(&b, CANARY, sizeof b);
	memset(unit, CANARY, sizeof unit);

	if (date_iso(s, n, b.out)) {
		if (b.out[10] != '\0' || strlen(b.out) != 10)
			abort();
	}
	canary(b.guard, sizeof b.guard);

	memset(&b, CANARY, sizeof b);
	len = dose_number(s, n, &used, b.out, 16);
	if (len && (len >= 16 || used > n || b.out[len] != '\0'))
		abort();
	canary((unsigned char *)b.out + 16, sizeof b.out - 16);

	memset(&b, CANARY, sizeof b);
	if (dose_strength(s, n, b.out, 32, unit)) {
		string_in(b.out, 32);
		string_in(unit, 16);
	}
	canary((unsigned char *)b.out + 32, sizeof b.out - 32);
	canary((unsigned char *)unit + 16, 16);

	memset(&b, CANARY, sizeof b);
	if (dose_qty(s, n, b.out))
		string_in(b.out, 16);
	canary((unsigned char *)b.out + 16, sizeof b.out - 16);

	words_split(&w, s, n);
	if (w.n > WORDS_MAX)
		abort();
	for (i = 0; i <= w.n && i < 4; i++) {
		(void)dose_refills(&w, i);
		(void)dose_per_day(&w, i);
		(void)dose_days_supply(&w, i);
		(void)dose_form(&w, i);
		(void)words_number(&w, i < w.n ? i : 0);
	}

	(void)canon_decision(s, n);
	(void)canon_sex(s, n);
	(void)age_range(s, n);
	memset(&b, CANARY, sizeof b);
	len = canon_states(s, n, b.out, 32);
	if (len >= 32 || b.out[len] != '\0')
		abort();
	canary((unsigned char *)b.out + 32, sizeof b.out - 32);
	memset(&b, CANARY, sizeof b);
	len = canon_specialty(s, n, b.out, 32);
	if (len >= 32 || b.out[len] != '\0')
		abort();
	canary((unsigned char *)b.out + 32, sizeof b.out - 32);

	guideline_parse(s, n, &g);
	memset(&b, CANARY, sizeof b);
	len = guideline_pages(s, n, b.out, 32);
	if (len >= 32 || b.out[len] != '\0')
		abort();
	canary((unsigned char *)b.out + 32, sizeof b.out - 32);

	item_analyse(s, n, &it);
	string_in(it.drug, sizeof it.drug);
	string_in(it.strength, sizeof it.strength);
	string_in(it.unit, sizeof it.unit);
	string_in(it.qty, sizeof it.qty);
	string_in(it.refills, sizeof it.refills);
	string_in(it.per_day, sizeof it.per_day);
	string_in(it.mme_day, sizeof it.mme_day);
	string_in(it.hcpcs, sizeof it.hcpcs);
	if (!it.category || !it.subcategory)
		abort();
	return 0;
}
