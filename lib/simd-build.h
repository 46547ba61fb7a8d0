/* simd-build.h: extract's letter parser (letter.c, and the text loops of
 * text.c it calls) built once more, by lib/avx2.c and lib/avx512.c, with
 * the wider vectors their -m flags allow (see the Makefile).  Each defines
 * SIMD_NAME(name) to give its public names a suffix, so the builds link side
 * by side; a name missed is a link error, not a silent mix.  letter_parse()
 * of the plain build chooses among them (use_simd() in letter.c). */
#undef IMR_AVX2     /* (these builds are the ones letter_parse() turns to) */
#undef IMR_AVX512

#define letter_init SIMD_NAME(letter_init)
#define letter_free SIMD_NAME(letter_free)
#define letter_parse SIMD_NAME(letter_parse)
#define letter_parse_escaped SIMD_NAME(letter_parse_escaped)
#define text_normalize SIMD_NAME(text_normalize)
#define text_normalize_escaped SIMD_NAME(text_normalize_escaped)
#define text_clean SIMD_NAME(text_clean)
#define text_clean_normalized SIMD_NAME(text_clean_normalized)
#define text_lower_blanks SIMD_NAME(text_lower_blanks)
#define text_is_page_footer SIMD_NAME(text_is_page_footer)

#include "text.c"
#include "letter.c"
