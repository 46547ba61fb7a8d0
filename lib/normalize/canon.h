/* canon.h: canonical forms of the letter-level values imr-normalize fixes
 * in place.  A value not recognised is kept as written. */
#ifndef IMR_CANON_H
#define IMR_CANON_H

#include <stddef.h>

/* "Upheld", "UPHELD " -> "upheld"; "Overturned" -> "overturned"; or NULL. */
const char *canon_decision(const char *s, size_t n);
/* "female", "F", "woman" -> "F"; "male", "M", "man" -> "M"; or NULL. */
const char *canon_sex(const char *s, size_t n);
/* "California; NY, Texas" -> "CA;NY;TX" (';', ',' and " and " separate;
 * a name not known is kept as written).  Returns the length. */
size_t canon_states(const char *s, size_t n, char *out, size_t cap);
/* ';'-separated board specialties -> the DWC's names ("Pain Medicine" ->
 * "Pain Management", "Physical Medicine and Rehabilitation" -> "Physical
 * Medicine & Rehabilitation"), duplicates dropped, unknown ones kept. */
size_t canon_specialty(const char *s, size_t n, char *out, size_t cap);
/* An age ("47") -> the DMHC bucket ("41 to 50"), or NULL. */
const char *age_range(const char *s, size_t n);

#endif
