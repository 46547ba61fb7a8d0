/* fuzz_tsv: lib/common/tsv.c and lib/common/lines.c on arbitrary bytes: header, columns
 * by name, ragged rows, CR before LF, escapes.
 *
 * The TSV reader ends the process with die() on a data error it documents
 * (empty input, a corrupt gzip stream, an overlong line).  Here die() jumps
 * back to the target instead, so that an exit is a finding only when the
 * message is not one of those.  lib/common/util.c is compiled in with its die()
 * renamed; what the abandoned reader held is leaked (see dietrap.h). */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dietrap.h"
#include "memfile.h"
#include "common/tsv.h"

static int expected_death(const char *msg)
{
	static const char *const ok[] = {
		": empty input, expected a header line", ": truncated gzip stream",
		": corrupt gzip stream", ": trailing garbage after gzip stream", " longer than ",
	};
	size_t i;
	for (i = 0; i < sizeof ok / sizeof *ok; i++)
		if (strstr(msg, ok[i]))
			return 1;
	return 0;
}

static void read_all(void *path)
{
	Tsv *t = tsv_open(path);
	size_t i, nc = tsv_ncols(t);
	char *tmp;
	if (nc == 0)
		abort();                       /* a header has at least one column */
	for (i = 0; i < nc; i++)
		if (tsv_col(t, tsv_colname(t, i)) > (int)i)
			abort();               /* the first column of that name */
	(void)tsv_col(t, "doc_id");
	while (tsv_next(t)) {
		size_t len;
		const char *line = tsv_line(t, &len);
		for (i = 0; i < nc; i++) {
			Field f = tsv_field(t, i);
			size_t n;
			if (f.s < line || f.s + f.len > line + len)
				abort();
			if (memchr(f.s, '\t', f.len))
				abort();
			tmp = malloc(f.len ? f.len : 1);
			n = tsv_unescape(f.s, f.len, tmp);
			if (n > f.len)
				abort();
			(void)field_eq(f, "x");
			free(tmp);
		}
	}
	(void)tsv_status(t);
	tsv_close(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[32];
	int fd, next_fd;
	if (size == 0)
		return 0;
	fd = memfile(data, size, path);
	next_fd = dup(fd);          /* the descriptor tsv_open will get */
	close(next_fd);
	trap_expected = expected_death;
	if (trap_run(read_all, path))
		close(next_fd);     /* the reader died holding it */
	close(fd);
	return 0;
}
