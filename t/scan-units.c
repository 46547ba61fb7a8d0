/* Unit tests of lib/common/scan.h against plain byte-by-byte definitions,
 * on pseudo-random text made of few different bytes (so near misses are
 * common).  Built three times by the Makefile: with SSE2 (t/scan-units),
 * with the portable word path (t/scan-units-words), and with AVX2 where the
 * compiler has it (t/scan-units-avx2).  Prints TAP. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/scan.h"
#include "xorshift.h"

/* Bytes that matter to the scans, and plain ones. */
static const unsigned char alphabet[] = { 'a', 'b', ' ', ' ', '\n', '\t', '\\', 0x0c, 0xc2, 0xa0, 0x7f, 0x1f, 0x0d, 'x' };

static void fill(unsigned char *s, size_t n, size_t letters)
{
	size_t i;
	for (i = 0; i < n; i++)
		s[i] = alphabet[next() % letters];
}

/* Mostly plain bytes and single spaces, a byte that matters now and then:
 * long runs, and space pairs at every place, the 16th and 17th too. */
static void fill_sparse(unsigned char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned r = next() % 64;
		s[i] = r == 0 ? alphabet[next() % sizeof alphabet] : r < 16 ? ' ' : 'a';
	}
}

static int needs_look(const unsigned char *s, size_t i, int what)
{
	unsigned char c = s[i];
	if ((what & SCAN_CONTROL) && c < 0x20)
		return 1;
	if ((what & SCAN_HIGH) && c >= 0x80)
		return 1;
	if ((what & SCAN_BACKSLASH) && c == '\\')
		return 1;
	if ((what & SCAN_SPACE2) && c == ' ' && i > 0 && s[i - 1] == ' ')
		return 1;
	return 0;
}

/* scan_plain may stop early (never late), and only at a byte that could
 * need a look for WHAT; it must stop at the first that does. */
static int check_plain(int what, const char *name, size_t width)
{
	unsigned char s[32];
	int round;
	for (round = 0; round < 200000; round++) {
		size_t k, first = width, i;
		if (round % 2)
			fill(s, width, sizeof alphabet);
		else
			fill_sparse(s, width);
		for (i = 0; i < width; i++)
			if (needs_look(s, i, what)) {
				first = i;
				break;
			}
		k = width == 32 ? scan_plain32(s, what) : scan_plain(s, what);
		if (k > first) {
			printf("not ok - scan_plain%s(%s) ran past byte %zu to %zu\n", width == 32 ? "32" : "", name, first, k);
			return 1;
		}
		/* a stop before FIRST is allowed only at a byte in the class's
		 * superset (word path: rare false alarms) */
		if (k < first && !(s[k] < 0x20 || s[k] >= 0x80 || s[k] == '\\' || s[k] == ' ')) {
			printf("not ok - scan_plain%s(%s) stopped at plain byte 0x%02x\n", width == 32 ? "32" : "", name, s[k]);
			return 1;
		}
	}
	printf("ok - scan_plain%s(%s) stops at the first byte that needs a look\n", width == 32 ? "32" : "", name);
	return 0;
}

static const char *naive_find(const char *h, size_t hn, const char *nd, size_t n)
{
	size_t i;
	for (i = 0; i + n <= hn; i++)
		if (memcmp(h + i, nd, n) == 0)
			return h + i;
	return NULL;
}

static int check_find(void)
{
	char hay[400], needle[40];   /* (two 128-byte steps and the tails) */
	int round;
	for (round = 0; round < 300000; round++) {
		size_t hn = next() % sizeof hay, n = 1 + next() % 24, letters = 2 + next() % 3;
		const char *want, *got;
		fill((unsigned char *)hay, hn, letters);
		if (hn >= n && next() % 2) {   /* plant a copy of a piece of the haystack */
			size_t at = next() % (hn - n + 1);
			memcpy(needle, hay + at, n);
		} else {
			fill((unsigned char *)needle, n, letters);
		}
		want = naive_find(hay, hn, needle, n);
		got = scan_find(hay, hn, needle, n);
		if (want != got) {
			printf("not ok - scan_find: haystack %zu bytes, needle %zu: want %ld, got %ld\n", hn, n,
			       want ? (long)(want - hay) : -1L, got ? (long)(got - hay) : -1L);
			return 1;
		}
	}
	printf("ok - scan_find agrees with a naive search\n");
	return 0;
}

/* scan_run against counting byte by byte, at every length and offset. */
static int check_run(void)
{
	unsigned char s[80];
	int round;
	for (round = 0; round < 200000; round++) {
		size_t n = next() % sizeof s, want = 0, got, i;
		unsigned char c = next() % 2 ? ' ' : 'a';
		size_t run = next() % (n + 1);
		fill(s, n, 2 + next() % 3);
		for (i = 0; i < run; i++)
			s[i] = c;
		while (want < n && s[want] == c)
			want++;
		got = scan_run(s, n, c);
		if (got != want) {
			printf("not ok - scan_run: %zu bytes, want %zu, got %zu\n", n, want, got);
			return 1;
		}
	}
	printf("ok - scan_run counts a run of one byte\n");
	return 0;
}

/* scan_line_end against looking byte by byte, at every length and offset. */
static int check_line_end(void)
{
	unsigned char s[80];
	int round;
	for (round = 0; round < 200000; round++) {
		size_t n = next() % sizeof s, want = 0, got, k;
		fill(s, n, 2 + next() % 3);
		for (k = next() % 3; k > 0 && n > 0; k--)   /* 0-2 line ends anywhere */
			s[next() % n] = next() % 2 ? '\n' : '\r';
		while (want < n && s[want] != '\n' && s[want] != '\r')
			want++;
		got = scan_line_end(s, n);
		if (got != want) {
			printf("not ok - scan_line_end: %zu bytes, want %zu, got %zu\n", n, want, got);
			return 1;
		}
	}
	printf("ok - scan_line_end finds the first LF or CR\n");
	return 0;
}

/* scan_letters16 against its definition, on every byte. */
static int check_letters(void)
{
	unsigned char s[16];
	int round, k;
	for (round = 0; round < 100000; round++) {
		unsigned want = 0, got;
		for (k = 0; k < 16; k++) {
			s[k] = round < 16 ? (unsigned char)(round * 16 + k) : (unsigned char)next();
			want |= (unsigned)(s[k] >= 'a' && s[k] <= 'z') << k;
		}
		got = scan_letters16(s);
		if (got != want) {
			printf("not ok - scan_letters16: want %04x, got %04x\n", want, got);
			return 1;
		}
	}
	printf("ok - scan_letters16 marks the lowercase letters\n");
	return 0;
}

/* scan_copy32 against the three steps it does at once. */
static int check_copy(void)
{
	unsigned char s[32], dst[32], low[32], want_low[32];
	int round;
	for (round = 0; round < 200000; round++) {
		int what = round % 2 ? SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2 | SCAN_BACKSLASH
		                     : SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2;
		size_t k;
		fill(s, 32, next() % 2 ? 4 : sizeof alphabet);
		s[next() % 32] = (unsigned char)next();
		k = scan_copy32(s, dst, low, what);
		scan_lower32(s, want_low);
		if (k != scan_plain32(s, what) || memcmp(dst, s, 32) != 0 || memcmp(low, want_low, 32) != 0) {
			printf("not ok - scan_copy32: not scan_plain32, memcpy and scan_lower32\n");
			return 1;
		}
	}
	printf("ok - scan_copy32 is scan_plain32, memcpy and scan_lower32 at once\n");
	return 0;
}


/* scan_line_ends64 against its definition. */
static int check_line_ends64(void)
{
	unsigned char s[64];
	int round, k;
	for (round = 0; round < 200000; round++) {
		uint64_t want = 0, got;
		fill(s, 64, 2 + next() % 3);
		for (k = next() % 6; k > 0; k--)   /* line ends and any bytes, anywhere */
			s[next() % 64] = next() % 3 == 0 ? (unsigned char)next() : next() % 2 ? '\n' : '\r';
		for (k = 0; k < 64; k++)
			if (s[k] == '\n' || s[k] == '\r')
				want |= (uint64_t)1 << k;
		got = scan_line_ends64(s);
		if (got != want) {
			printf("not ok - scan_line_ends64: want %016llx, got %016llx\n",
			       (unsigned long long)want, (unsigned long long)got);
			return 1;
		}
	}
	printf("ok - scan_line_ends64 marks the LFs and CRs of a block\n");
	return 0;
}

/* scan_escapes32 against its definition, on blocks of every byte. */
static int check_escapes(void)
{
	unsigned char s[32];
	int round, k;
	for (round = 0; round < 200000; round++) {
		uint32_t want = 0, got;
		fill(s, 32, round % 2 ? 4 : sizeof alphabet);
		for (k = next() % 4; k > 0; k--)   /* some bytes of any value */
			s[next() % 32] = (unsigned char)next();
		for (k = 0; k < 32; k++)
			if (s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\\')
				want |= 1u << k;
		got = scan_escapes32(s);
		if (got != want) {
			printf("not ok - scan_escapes32: want %08x, got %08x\n", (unsigned)want, (unsigned)got);
			return 1;
		}
	}
	printf("ok - scan_escapes32 marks TAB, LF, CR and backslash\n");
	return 0;
}

/* scan_lower_blanks against its byte-by-byte definition, on every byte. */
static int check_lower(void)
{
	unsigned char s[300], got[300];
	size_t n, i;
	for (i = 0; i < 256; i++)
		s[i] = (unsigned char)i;
	for (n = 0; n <= 256; n++) {
		scan_lower_blanks(s, n, got);
		for (i = 0; i < n; i++) {
			unsigned char want = s[i] < ' ' ? ' ' : (s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i];
			if (got[i] != want) {
				printf("not ok - scan_lower_blanks: byte 0x%02x became 0x%02x\n", s[i], got[i]);
				return 1;
			}
		}
	}
	for (n = 0; n + 32 <= 256; n++) {   /* scan_lower32: the same, 32 bytes */
		scan_lower32(s + n, got);
		for (i = 0; i < 32; i++)
			if (got[i] != scan_lower_blank(s[n + i])) {
				printf("not ok - scan_lower32: byte 0x%02x became 0x%02x\n", s[n + i], got[i]);
				return 1;
			}
	}
	printf("ok - scan_lower_blanks lowercases ASCII letters and blanks control bytes\n");
	return 0;
}

/* scan_places16 and scan_lowest against a byte-by-byte look. */
static int check_places(void)
{
	unsigned char s[16];
	int round;
	for (round = 0; round < 200000; round++) {
		unsigned want = 0, got, k;
		unsigned char c = alphabet[next() % sizeof alphabet];
		fill(s, 16, sizeof alphabet);
		for (k = 0; k < 16; k++)
			want |= (unsigned)(s[k] == c) << k;
		got = scan_places16(s, c);
		if (got != want || (want && scan_lowest(want) != (unsigned)((unsigned char *)memchr(s, c, 16) - s))) {
			printf("not ok - scan_places16: want 0x%04x, got 0x%04x\n", want, got);
			return 1;
		}
	}
	printf("ok - scan_places16 marks each place of a byte, scan_lowest finds the first\n");
	return 0;
}

/* scan_places64 against a byte-by-byte look. */
static int check_places64(void)
{
	unsigned char s[64];
	int round;
	for (round = 0; round < 200000; round++) {
		uint64_t want = 0;
		size_t k;
		unsigned char c = alphabet[next() % sizeof alphabet];
		fill(s, 64, sizeof alphabet);
		for (k = 0; k < 64; k++)
			want |= (uint64_t)(s[k] == c) << k;
		if (scan_places64(s, c) != want) {
			printf("not ok - scan_places64: want %016llx\n", (unsigned long long)want);
			return 1;
		}
	}
	printf("ok - scan_places64 marks each place of a byte in 64\n");
	return 0;
}


/* scan_join32 (and scan_join64) against its definition: it takes the
 * bytes up to the first that text_clean() must look at with what comes
 * before, and writes them with TABs and LFs as spaces. */
static int check_join_width(size_t width)
{
	static const unsigned char bytes[] = { 'a', 'b', ' ', '\n', '\t', '-', 0xc3, 0x0c, 'a', 'b', 'a' };
	unsigned char s[64], dst[64];
	int round;
	for (round = 0; round < 400000; round++) {
		size_t want = 0, got, k;
		for (k = 0; k < width; k++)
			s[k] = round % 4 == 0 ? bytes[next() % sizeof bytes]
			     : next() % 24 ? 'a' : bytes[2 + next() % (sizeof bytes - 2)];
		for (; want < width; want++) {
			int c = s[want], next_c = want + 1 < width ? s[want + 1] : 'a';
			int joined = c == '\n' || c == '\t', next_joined = next_c == '\n' || next_c == '\t';
			if ((c < 0x20 && !joined) || c >= 0x80 || (joined && want == 0) ||
			    ((joined || c == ' ') && (next_joined || next_c == ' ') && (joined || next_joined)) ||
			    (c == '\n' && want > 0 && s[want - 1] == '-'))
				break;
		}
		got = scan_join32(s, dst);
		for (k = 0; k < got && k < width; k++)
			if (dst[k] != (s[k] == '\n' || s[k] == '\t' ? ' ' : s[k]))
				break;
		if (got != want || k != got) {
			printf("not ok - scan_join%zu: want %zu bytes, got %zu (copied %zu right)\n", width, want, got, k);
			return 1;
		}
	}
	printf("ok - scan_join%zu joins lines up to the first byte that needs a look\n", width);
	return 0;
}

int main(void)
{
	int bad = 0, checks = 0;
/* each check prints one line; the plan comes after them */
#define CHECK(result) (checks++, bad += (result))
#if defined(__AVX2__) && defined(__GNUC__)
	if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("bmi") || !__builtin_cpu_supports("bmi2")) {
		printf("1..1\nok - # SKIP this CPU has no AVX2, BMI1 and BMI2\n");
		return 0;
	}
#endif
	CHECK(check_plain(SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2, "text", 16));
	CHECK(check_plain(SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2 | SCAN_BACKSLASH, "escaped text", 16));
	CHECK(check_plain(SCAN_CONTROL, "control", 16));
	CHECK(check_plain(SCAN_HIGH, "high", 16));
	CHECK(check_plain(SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2, "text", 32));
	CHECK(check_plain(SCAN_CONTROL | SCAN_HIGH | SCAN_SPACE2 | SCAN_BACKSLASH, "escaped text", 32));
	CHECK(check_plain(SCAN_CONTROL | SCAN_HIGH, "normalized text", 32));
	CHECK(check_plain(SCAN_CONTROL, "control", 32));
	CHECK(check_find());
	CHECK(check_run());
	CHECK(check_line_end());
	CHECK(check_line_ends64());
	CHECK(check_copy());
	CHECK(check_letters());
	CHECK(check_escapes());
	CHECK(check_lower());
	CHECK(check_places());
	CHECK(check_places64());
	CHECK(check_join_width(32));
	printf("1..%d\n", checks);
	return bad ? 1 : 0;
}
