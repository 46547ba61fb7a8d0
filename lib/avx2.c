/* avx2.c: extract's letter parser built with -mavx2 -mbmi -mbmi2 (see
 * simd-build.h and the Makefile), so that the loops of scan.h take 32 bytes
 * a step.  letter_parse() uses this build on CPUs that have AVX2, BMI1 and
 * BMI2 but not AVX-512.  Its public names get an _avx2 suffix. */
#if defined(__AVX2__)

#define SIMD_NAME(name) name##_avx2
#include "simd-build.h"

#else
typedef int avx2_not_built;   /* (ISO C wants something in a file) */
#endif
