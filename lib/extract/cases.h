/* cases.h: the case numbers met so far, each with where it was first met,
 * for imr-extract's duplicate warning and --unique-case.  Grows with the
 * letters (about 50 bytes a case and its source). */
#ifndef IMR_CASES_H
#define IMR_CASES_H

#include <stddef.h>
#include <stdint.h>

/* A slot of the table: a case's hash and where it is in text side by
 * side, so that a lookup touches one cache line (the table outgrows the
 * cache on a large archive). */
typedef struct {
	uint64_t hash;     /* 0: an empty slot */
	size_t at;         /* where the case and its source are in text */
} CaseSlot;

typedef struct {
	CaseSlot *slot;
	size_t cap, n;
	char *text;        /* "CASE\0SOURCE\0" after one another */
	size_t len, room;
} Cases;

void cases_init(Cases *c);
/* CASE (n bytes) met at SOURCE (m bytes): NULL if new (it is kept), else
 * the source where it was met first (NUL-terminated, valid until the next
 * call). */
const char *cases_add(Cases *c, const char *cs, size_t n, const char *source, size_t m);
void cases_free(Cases *c);

#endif
