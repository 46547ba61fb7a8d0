/* xorshift.h: the pseudo-random numbers of the unit tests (Marsaglia's
 * xorshift64): the same sequence on every machine, so a failure can be
 * run again. */
#ifndef T_XORSHIFT_H
#define T_XORSHIFT_H

static unsigned long long rng = 88172645463325252ULL;

static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 32);
}

#endif
