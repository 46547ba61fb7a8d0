/* num.h: numbers in TSV cells, read strictly and written without locale
 * (the C locale is never changed, so '.' is the decimal point). */
#ifndef IMR_NUM_H
#define IMR_NUM_H

#include <stddef.h>
#include <stdint.h>

/* Digits only, no overflow: 0, or -1. */
int num_u64(const char *s, size_t len, uint64_t *v);
/* [+-]digits[.digits][(e|E)[+-]digits], finite: 0, or -1.  No inf, nan or
 * hex floats; -0 reads as 0. */
int num_double(const char *s, size_t len, double *v);

/* V in decimal at DST (room for 20 bytes, no NUL); returns the length. */
size_t num_put_u64(char *dst, uint64_t v);

#define NUM_MAX 32
/* V with the fewest significant digits (up to 17) that read back as V. */
void num_exact(char dst[NUM_MAX], double v);

#endif
