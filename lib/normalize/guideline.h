/* guideline.h: what a "Claims Administrator guideline:" or "MAXIMUS
 * guideline:" citation says: its sources, and the topic, pages and edition
 * of the first guideline it names. */
#ifndef IMR_GUIDELINE_H
#define IMR_GUIDELINE_H

#include <stddef.h>

typedef struct {
	char source[48];   /* MTUS, ACOEM, ODG, other, ';'-joined in order; none */
	const char *topic; /* "Benzodiazepines", "Physical medicine treatment": never
	                    * cut; valid until the next guideline_parse() */
	char pages[1024];  /* "23,24,66,124", "78-80" */
	char edition[8];   /* "2016" */
} Guideline;

/* Parse the citation S (N bytes, unescaped); fields not given are "". */
void guideline_parse(const char *s, size_t n, Guideline *g);
/* A page list as written after "Page(s):" ("92, 78-80, 124." or "78, 86,
 * and 87") in canonical form: ascending, no duplicates, ','-joined.
 * Returns the length (0: no page). */
size_t guideline_pages(const char *s, size_t n, char *out, size_t cap);

#endif
