/* letter.c: letter.h's entry points, and the choice of the parser's build
 * (build.h): made once, here, from the CPU's flags and IMRKIT_SIMD. */
#include "letter.h"

#include <stdlib.h>
#include <string.h>

#include "build.h"

extern const ExtractBuild extract_build_base;
#if defined(IMR_AVX2)
extern const ExtractBuild extract_build_avx2;
#endif

/* Does this CPU run BUILD?  The one place the rule is written. */
static int cpu_runs(const ExtractBuild *build)
{
#if defined(IMR_AVX2)
	if (build == &extract_build_avx2)
		return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
		       __builtin_cpu_supports("bmi2");
#endif
	return build == &extract_build_base;
}

/* Every build, narrowest first. */
static const ExtractBuild *const builds[] = {
	&extract_build_base,
#if defined(IMR_AVX2)
	&extract_build_avx2,
#endif
};

const ExtractBuild *extract_build_named(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof builds / sizeof builds[0]; i++)
		if (strcmp(builds[i]->name, name) == 0)
			return cpu_runs(builds[i]) ? builds[i] : NULL;
	return NULL;
}

const char *extract_builds(void)
{
	static char names[64];
	size_t i;
	if (names[0] == '\0')
		for (i = 0; i < sizeof builds / sizeof builds[0]; i++)
			if (cpu_runs(builds[i])) {
				if (names[0] != '\0')
					strcat(names, " ");
				strcat(names, builds[i]->name);
			}
	return names;
}

const ExtractBuild *extract_build(void)
{
	static const ExtractBuild *use;
	if (use == NULL) {
		const char *want = getenv("IMRKIT_SIMD");
		size_t i = sizeof builds / sizeof builds[0];
		if (want && *want)
			use = extract_build_named(want);   /* (NULL if this CPU does not run it) */
		while (use == NULL && i-- > 0)
			if (cpu_runs(builds[i]))
				use = builds[i];   /* the widest */
	}
	return use;
}

void letter_init(Letter *L)
{
	memset(L, 0, sizeof *L);
}

void letter_free(Letter *L)
{
	free(L->items);
	free(L->pool);
	free(L->norm);
	free(L->low);
	free(L->scratch);
	letter_init(L);
}

void letter_parse(Letter *L, const char *text, size_t len)
{
	extract_build()->parse(L, text, len, 0);
}

void letter_parse_escaped(Letter *L, const char *field, size_t len)
{
	extract_build()->parse(L, field, len, 1);
}
