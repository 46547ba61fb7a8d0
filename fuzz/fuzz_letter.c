/* fuzz_letter: extract's letter parser (lib/extract/) on
 * arbitrary bytes.  One Letter is reused across calls, as imr-extract
 * does; every value must lie inside the pool.  The first byte picks the
 * text cleaners to run as well. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/letter.h"
#include "extract/build.h"

static void check(const Letter *L, Str s)
{
	if (s.off > L->pool_len || s.len > L->pool_len - s.off)
		abort();
	if (s.len && memchr(L->pool + s.off, '\0', s.len))
		abort();                 /* values are C strings in the pool */
}

/* Is S[0..n) UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above
 * U+10FFFF)?  Told by the code points, apart from text.c's way. */
static int is_utf8(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, len, k;
	while (i < n) {
		unsigned long cp;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		len = (s[i] & 0xe0) == 0xc0 ? 2 : (s[i] & 0xf0) == 0xe0 ? 3 : (s[i] & 0xf8) == 0xf0 ? 4 : 0;
		if (len == 0 || i + len > n)
			return 0;
		cp = s[i] & (0x7f >> len);
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if (cp < (len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += len;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static Letter L;
	static int ready;
	size_t i;
	if (!ready) {
		letter_init(&L);
		ready = 1;
	}
	if (size > 0 && data[0] == 0xff) {
		/* text.h: DST needs room for N + 1 bytes, text_clean_normalized()
		 * TEXT_SLACK more */
		size_t slack = 1 + TEXT_SLACK;
		char *dst = malloc(size + slack), *low = malloc(size + slack);
		char *a = malloc(size + slack), *b = malloc(size + slack);
		TextBreaks breaks;
		const ExtractBuild *B = extract_build();
		size_t n = B->text_normalize((const char *)data, size, dst, low, &breaks), k;
		if (n > size + 1 || !text_breaks_match(dst, n, &breaks) || !is_utf8(dst, n))
			abort();
		memset(dst + n, 'x', TEXT_SLACK);   /* text past the span does not count */
		for (k = 0; k < n; k++) {   /* LOW is DST's lowercase */
			unsigned char c = (unsigned char)dst[k];
			if ((unsigned char)low[k] != (c < ' ' ? ' ' : c >= 'A' && c <= 'Z' ? c + 32 : c))
				abort();
		}
		/* the cleaner of normalized text is text_clean() on it, faster: on
		 * all of it, and on spans that start and end anywhere, as values do */
		for (i = 0; i < 4; i++) {
			size_t from = n * i / 5, to = n - (i ? data[i % size] % (n - from + 1) : 0);
			k = B->text_clean(dst + from, to - from, a);
			if (B->text_clean_normalized(dst + from, to - from, b) != k || memcmp(a, b, k) != 0)
				abort();
		}
		free(a);
		free(b);
		free(low);
		n = B->text_clean((const char *)data, size, dst);
		if (n > size || !is_utf8(dst, n))
			abort();
		(void)B->text_is_page_footer((const char *)data, size);
		free(dst);
	}
	letter_parse(&L, (const char *)data, size);
	if (!L.layout || !L.status)
		abort();
	check(&L, L.case_number);
	check(&L, L.date_assigned);
	check(&L, L.decision_date);
	check(&L, L.injury_date);
	check(&L, L.ur_date);
	check(&L, L.received_date);
	check(&L, L.priority);
	check(&L, L.reviewer_specialty);
	check(&L, L.reviewer_states);
	check(&L, L.patient_age);
	check(&L, L.patient_sex);
	check(&L, L.diagnoses);
	check(&L, L.summary);
	if (L.n_items && !L.items)
		abort();
	for (i = 0; i < L.n_items; i++) {
		const Item *it = &L.items[i];
		check(&L, it->item);
		check(&L, it->original_request);
		check(&L, it->ca_guideline);
		check(&L, it->imr_guideline);
		check(&L, it->rationale);
		if (!it->decision || !it->status)
			abort();
	}
	return 0;
}
