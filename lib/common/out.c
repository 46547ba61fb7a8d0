#include "out.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "num.h"
#include "scan.h"
#include "utf8.h"
#include "util.h"

char out_buf[OUT_SIZE];
size_t out_used;
unsigned long out_flushes;

const char out_escape_as[256] = {
	['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r', ['\\'] = '\\',
};

/* Write N bytes at S to stdout, all of them, or die. */
static void write_all(const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(STDOUT_FILENO, s, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			out_used = 0;
			die(EXIT_DATA, "write error: %s", strerror(errno));
		}
		s += w;
		n -= (size_t)w;
	}
}

/* CSV (out_csv()): the TSV the tool writes, converted as it goes out.  The
 * escaped bytes of the field under way gather in csv_field; at its TAB or LF
 * it goes out unescaped, quoted when it holds a comma, a quote, CR or LF
 * (quotes doubled), then a comma or CR LF (RFC 4180). */
static int csv_mode;
static char *csv_field, *csv_out;
static size_t csv_len, csv_cap, csv_outcap;

void out_csv(void) { csv_mode = 1; }

int out_format(const char *name)
{
	if (strcmp(name, "csv") != 0 && strcmp(name, "tsv") != 0)
		return -1;
	csv_mode = name[0] == 'c';   /* the last --format given */
	return 0;
}

static void csv_end_field(int end)
{
	size_t i, o = 0, need = 2 * csv_len + 4;
	int quote = 0;
	if (csv_outcap < need)
		csv_out = xrealloc(csv_out, csv_outcap = need);
	csv_out[o++] = '"';
	for (i = 0; i < csv_len; i++) {
		char c = csv_field[i];
		if (c == '\\' && i + 1 < csv_len) {
			switch (csv_field[i + 1]) {
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case 'r': c = '\r'; i++; break;
			case '\\': i++; break;
			default: break;   /* unknown: as written, as tsv_unescape() */
			}
		}
		if (c == '"')
			csv_out[o++] = '"';
		quote |= c == '"' || c == ',' || c == '\n' || c == '\r';
		csv_out[o++] = c;
	}
	if (quote)
		csv_out[o++] = '"';
	if (end == '\t')
		csv_out[o++] = ',';
	else if (end == '\n') {
		csv_out[o++] = '\r';
		csv_out[o++] = '\n';
	}
	write_all(csv_out + !quote, o - !quote);
	csv_len = 0;
}

static void csv_put(const char *s, size_t n)
{
	const char *end = s + n;
	while (s < end) {
		const char *tab = memchr(s, '\t', (size_t)(end - s));
		const char *nl = memchr(s, '\n', (size_t)((tab ? tab : end) - s));
		const char *stop = nl ? nl : tab ? tab : end;
		size_t run = (size_t)(stop - s);
		if (csv_cap - csv_len < run)
			csv_field = xrealloc(csv_field, csv_cap = 2 * (csv_len + run));
		memcpy(csv_field + csv_len, s, run);
		csv_len += run;
		s = stop;
		if (s < end)
			csv_end_field(*s++);
	}
}

static void sink(const char *s, size_t n)
{
	if (csv_mode)
		csv_put(s, n);
	else
		write_all(s, n);
}

void out_flush(void)
{
	static int widened;
	if (!widened) {
		widen_pipe(STDOUT_FILENO);
		widened = 1;
	}
	sink(out_buf, out_used);
	out_used = 0;
	out_flushes++;
}

void out_raw_flushing(const char *s, size_t n)
{
	out_flush();
	if (n >= OUT_SIZE) {   /* large block: skip the copy */
		sink(s, n);
		return;
	}
	memcpy(out_buf, s, n);
	out_used = n;
}

void out_str(const char *s)
{
	out_raw(s, strlen(s));
}

/* The 32 bytes at P, escaped, at D: their length there.  A block with at
 * most one byte to escape (a letter's line is longer than 32 bytes) goes in
 * a fixed number of steps with no branch: a mispredicted exit at each line
 * end cost more than the copying.  It reads up to 64 bytes at P, and writes
 * up to 96 at D (those past its length are written over later). */
static size_t escape32(char *d, const unsigned char *p)
{
	uint32_t m = scan_escapes32(p);
	size_t k, from, n;
	if ((m & (m - 1)) == 0) {   /* none or one, at K (32: none) */
		k = scan_lowest64((uint64_t)m | 1ULL << 32);
		memcpy(d, p, 32);
		d[k] = '\\';
		memcpy(d + k + 1, p + k, 32);   /* the rest one byte on */
		d[k + 1] = out_escape_as[p[k]];
		return 32 + (m != 0);
	}
	for (n = from = 0; m; m &= m - 1) {   /* two or more */
		k = scan_lowest(m);
		memcpy(d + n, p + from, 32);   /* the bytes past K are written over */
		n += k - from;
		d[n++] = '\\';
		d[n++] = out_escape_as[p[k]];
		from = k + 1;
	}
	memcpy(d + n, p + from, 32);
	return n + 32 - from;
}

/* Escape straight into the buffer, 32 bytes at a time. */
void out_field(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	while (p < end) {
		size_t room = (OUT_SIZE - out_used) / 2;   /* each byte may become two */
		const unsigned char *stop;
		char *d = out_buf + out_used;
		if (room < 64) {
			out_flush();
			continue;
		}
		stop = (size_t)(end - p) < room ? end : p + room;
		for (; stop - p >= 64; p += 32)   /* (room for escape32(): 128 bytes at D) */
			d += escape32(d, p);
		for (; p < stop; p++) {
			char e = out_escape_as[*p];
			if (!e) {
				*d++ = (char)*p;
			} else {
				*d++ = '\\';
				*d++ = e;
			}
		}
		out_used = (size_t)(d - out_buf);
	}
}

void out_fieldz(const char *s)
{
	out_field(s, strlen(s));
}

void out_field_utf8(const char *s, size_t n)
{
	for (;;) {
		size_t k = utf8_valid(s, n);
		out_field(s, k);
		if (k == n)
			return;
		out_raw("\xef\xbf\xbd", 3);   /* U+FFFD */
		s += k + 1;
		n -= k + 1;
	}
}

void out_u64(unsigned long long v)
{
	char tmp[20];
	out_raw(tmp, num_put_u64(tmp, v));
}

void out_close(void)
{
	out_flush();
	if (csv_mode && csv_len)   /* a last line without its LF */
		csv_end_field(0);
	if (close(STDOUT_FILENO) < 0 && errno != EBADF)
		die(EXIT_DATA, "write error: %s", strerror(errno));
}
