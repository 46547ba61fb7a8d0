/* build-base.c: extract's parser (parser/parser.c) built for the
 * compiler's default target: SSE2 on x86-64, eight bytes in a word
 * elsewhere (common/scan.h).  Every CPU runs it. */
#define BUILD_NAME "base"
#define BUILD_TABLE extract_build_base
#include "parser/parser.c"
