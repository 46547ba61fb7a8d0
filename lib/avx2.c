/* avx2.c: extract's letter parser (letter.c, and the text loops of text.c it
 * calls) built a second time, with -mavx2 -mbmi -mbmi2 (see the Makefile),
 * so that the loops of scan.h take 32 bytes a step.  letter_parse() uses
 * this build on CPUs that have AVX2, BMI1 and BMI2.  Its public names get an _avx2 suffix here, so the
 * two builds link side by side; a name missed is a link error, not a
 * silent mix. */
#if defined(__AVX2__)

#undef IMR_AVX2   /* (this build is the one letter_parse() turns to) */

#define letter_init letter_init_avx2
#define letter_free letter_free_avx2
#define letter_parse letter_parse_avx2
#define letter_parse_escaped letter_parse_escaped_avx2
#define text_normalize text_normalize_avx2
#define text_normalize_escaped text_normalize_escaped_avx2
#define text_clean text_clean_avx2
#define text_clean_normalized text_clean_normalized_avx2
#define text_lower_blanks text_lower_blanks_avx2
#define text_is_page_footer text_is_page_footer_avx2

#include "text.c"
#include "letter.c"

#else
typedef int avx2_not_built;   /* (ISO C wants something in a file) */
#endif
