/* fuzz_dx: the diagnoses reader (lib/extract/parser/dx-words.c,
 * dx-start.c, diagnoses.c) on arbitrary bytes as a case summary, in a
 * buffer of exactly its size: in imr-extract the summary sits inside a
 * larger one, where a read past its end shows nowhere (fuzz_letter cannot
 * see it).  The bytes are made the cleaned text a summary is (no control
 * bytes).  Every entry must be in the pool, a C string, non-empty (a ';'
 * inside one would split it) and no longer than an entry may be. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BUILD_NAME "fuzz_dx"
#define BUILD_TABLE extract_build_fuzz_dx
#include "extract/parser/parser.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static Letter L;
	Text t;
	size_t i, start;
	t.n = size;
	t.s = malloc(size ? size : 1);
	t.low = malloc(size ? size : 1);
	if (!t.s || !t.low)
		abort();
	for (i = 0; i < size; i++)   /* (the summary is cleaned text: no control bytes) */
		t.s[i] = data[i] < 0x20 || data[i] == 0x7f ? ' ' : (char)data[i];
	text_lower_blanks(t.s, size, t.low);
	L.pool_len = 0;   /* (as the parser begins a letter: offset 0 holds "") */
	add_bytes(&L, "", 0);
	L.diagnoses.off = L.diagnoses.len = 0;
	parse_diagnoses(&L, &t);
	if (L.diagnoses.len) {
		const char *v = L.pool + L.diagnoses.off;
		if (L.diagnoses.off > L.pool_len || L.diagnoses.len > L.pool_len - L.diagnoses.off ||
		    memchr(v, '\0', L.diagnoses.len))
			abort();
		for (i = start = 0; i <= L.diagnoses.len; i++)   /* each ';'-joined entry */
			if (i == L.diagnoses.len || v[i] == ';') {
				if (i == start || i - start > DX_MAX_ENTRY)
					abort();
				start = i + 1;
			}
	}
	free(t.s);
	free(t.low);
	return 0;
}
