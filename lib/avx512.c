/* avx512.c: extract's letter parser built with AVX-512 (F and BW) as well
 * as AVX2, BMI1 and BMI2 (see simd-build.h and the Makefile): text.c's
 * loops take 64 bytes a step (scan_copy64(), scan_join64()).  letter_parse()
 * uses this build on CPUs that have all of them.  Its public names get an
 * _avx512 suffix. */
#if defined(__AVX512BW__)

#define SIMD_NAME(name) name##_avx512
#include "simd-build.h"

#else
typedef int avx512_not_built;   /* (ISO C wants something in a file) */
#endif
