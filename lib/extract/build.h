/* build.h: the builds of extract's parser and the one this process uses.
 *
 * The parser (parser/parser.c) is compiled once per instruction set:
 * build-base.c for any CPU, build-avx2.c with AVX2, BMI1 and BMI2 where the
 * compiler targets x86-64.  extract_build() chooses once, at the first
 * call: the widest this CPU runs, or the one IMRKIT_SIMD names (to test or
 * compare them).  Both write the same bytes (t/extract-simd.t). */
#ifndef IMR_EXTRACT_BUILD_H
#define IMR_EXTRACT_BUILD_H

#include <stddef.h>

#include "letter.h"
#include "parser/text.h"

typedef struct {
	const char *name;   /* "base", "avx2" */
	void (*parse)(Letter *L, const char *text, size_t len, int escaped);
	/* text.h's functions of this build, for the unit tests and fuzzers */
	size_t (*text_normalize)(const char *s, size_t n, char *dst, char *low, TextBreaks *breaks);
	size_t (*text_normalize_escaped)(const char *s, size_t n, char *dst, char *low, TextBreaks *breaks);
	size_t (*text_clean)(const char *s, size_t n, char *dst);
	size_t (*text_clean_normalized)(const char *s, size_t n, char *dst);
	int (*text_is_page_footer)(const char *s, size_t n);
} ExtractBuild;

/* The build this process uses (see above). */
const ExtractBuild *extract_build(void);
/* The build NAME if this CPU runs it, else NULL. */
const ExtractBuild *extract_build_named(const char *name);
/* The names of the builds this CPU runs, widest last: "base avx2". */
const char *extract_builds(void);

#endif
