/* dx.h: the group of a diagnosis (dx_group), from its words.
 *
 * The vocabulary is data/dx_groups.tsv (compiled in): phrase -> dx_group,
 * of kind "condition" (a phrase of the diagnosis: "radiculopathy",
 * "carpal tunnel syndrome") or "region" (the group of a body region of
 * body.h, for a diagnosis that names no condition: "lumbar sprain").
 * dx_load() adds the rows of another TSV with those columns (phrase,
 * dx_group, kind), replacing built-in rows of the same phrase. */
#ifndef IMR_DX_H
#define IMR_DX_H

#include <stddef.h>

/* Load the built-in vocabulary (done by the first lookup if not before). */
void dx_init(void);
/* Add the rows of the TSV at PATH.  Exits 1 with a message on error. */
void dx_load(const char *path);
/* The group of the one diagnosis S (N bytes): never NULL ("other"). */
const char *dx_group(const char *s, size_t n);
/* The groups of the ';'-list of diagnoses S (N bytes), ';'-joined in the
 * same order, into OUT (CAP bytes, NUL-terminated); its length.  A list
 * too long for OUT ends early. */
size_t dx_groups(const char *s, size_t n, char *out, size_t cap);

#endif
