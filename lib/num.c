#include "num.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

int num_u64(const char *s, size_t len, uint64_t *v)
{
	size_t i;
	*v = 0;
	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned d = (unsigned)(s[i] - '0');
		if (d > 9 || *v > (UINT64_MAX - d) / 10)
			return -1;
		*v = *v * 10 + d;
	}
	return 0;
}

static int isdig(char c) { return c >= '0' && c <= '9'; }

/* Length of the decimal number at the start of S, or 0. */
static size_t decimal(const char *s, size_t len)
{
	size_t i = 0, digits = 0;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < len && isdig(s[i]); i++)
		digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && isdig(s[i]); i++)
			digits++;
	if (digits == 0)
		return 0;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i == len || !isdig(s[i]))
			return 0;
		while (i < len && isdig(s[i]))
			i++;
	}
	return i;
}

int num_double(const char *s, size_t len, double *v)
{
	char small[64], *tmp;
	if (len == 0 || decimal(s, len) != len)
		return -1;
	tmp = len < sizeof small ? small : xmalloc(len + 1);
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	*v = strtod(tmp, NULL);
	if (tmp != small)
		free(tmp);
	if (!isfinite(*v))
		return -1;
	if (*v == 0)
		*v = 0;
	return 0;
}

void num_exact(char dst[NUM_MAX], double v)
{
	int p;
	if (fabs(v) < 1e15 && v == (double)(long long)v) {   /* an integer: the common case */
		snprintf(dst, NUM_MAX, "%lld", (long long)v);
		return;
	}
	for (p = 15; p < 17; p++) {    /* %g drops trailing zeros: 15 digits is as short */
		snprintf(dst, NUM_MAX, "%.*g", p, v);
		if (strtod(dst, NULL) == v)
			return;
	}
	snprintf(dst, NUM_MAX, "%.17g", v);
}
