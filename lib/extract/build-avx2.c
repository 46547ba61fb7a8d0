/* build-avx2.c: extract's parser (parser/parser.c) built once more with
 * -mavx2 -mbmi -mbmi2 (the Makefile's AVX2 flags), so the loops of
 * common/scan.h take 32 bytes a step: about a quarter less CPU than the
 * base build.  letter.c chooses it where the CPU has all three. */
#if defined(__AVX2__) && defined(__BMI__) && defined(__BMI2__)
#define BUILD_NAME "avx2"
#define BUILD_TABLE extract_build_avx2
#include "parser/parser.c"
#else
typedef int avx2_not_built;   /* (ISO C wants something in a file) */
#endif
