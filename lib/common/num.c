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

size_t num_put_u64(char *dst, uint64_t v)
{
	char digits[20];
	size_t n = 0, k;
	do {   /* last digit first */
		digits[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (k = 0; k < n; k++)
		dst[k] = digits[n - 1 - k];
	return n;
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

/* A decimal of at most 2^53 in its digits and a power of ten up to 22 is
 * one correctly rounded operation on two exact doubles (Clinger's fast
 * path): the same double strtod gives, without its cost.  0, or -1 when
 * the number is not of that kind. */
static int fast_decimal(const char *s, size_t len, double *v)
{
	static const double p10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
	};
	const uint64_t max = (uint64_t)1 << 53;
	uint64_t m = 0;
	long e = 0, x = 0;
	size_t i = 0;
	int neg = 0, xneg = 0, frac = 0;
	if (s[i] == '+' || s[i] == '-')
		neg = s[i++] == '-';
	for (; i < len && (isdig(s[i]) || (s[i] == '.' && !frac)); i++) {
		if (s[i] == '.') {
			frac = 1;
			continue;
		}
		if (m > max / 10)
			return -1;
		m = m * 10 + (uint64_t)(s[i] - '0');
		e -= frac;
	}
	if (i < len) {          /* the exponent */
		i++;
		if (s[i] == '+' || s[i] == '-')
			xneg = s[i++] == '-';
		for (; i < len; i++)
			if ((x = x * 10 + (s[i] - '0')) > 1000)
				return -1;
		e += xneg ? -x : x;
	}
	if (m > max || e < -22 || e > 22)
		return -1;
	*v = e < 0 ? (double)m / p10[-e] : (double)m * p10[e];
	if (neg)
		*v = -*v;
	return 0;
}

int num_double(const char *s, size_t len, double *v)
{
	char small[64], *tmp;
	if (len == 0 || decimal(s, len) != len)
		return -1;
	if (fast_decimal(s, len, v) < 0) {
		tmp = len < sizeof small ? small : xmalloc(len + 1);
		memcpy(tmp, s, len);
		tmp[len] = '\0';
		*v = strtod(tmp, NULL);
		if (tmp != small)
			free(tmp);
	}
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
