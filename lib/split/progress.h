/* progress.h: a one-line meter on stderr, as pv and zstd keep one: letters
 * done, letters a second, the share of the input read and the time left
 * (when the input's size is known), redrawn at most 4 times a second.  For
 * a terminal only: the caller decides (isatty, -q).  In AUTO mode it shows
 * once the run has lasted a second, so short runs stay quiet. */
#ifndef IMR_PROGRESS_H
#define IMR_PROGRESS_H

#include <stdint.h>
#include <time.h>

enum { PROGRESS_OFF, PROGRESS_AUTO, PROGRESS_ON };

typedef struct {
	int mode, drawn;
	uint64_t total;                /* input bytes, 0 if unknown */
	struct timespec t0, shown;
	const char *name;
} Progress;

void progress_init(Progress *p, int mode, uint64_t total, const char *name);
/* LETTERS done, READ bytes of the input read; FINAL ends the line. */
void progress_show(Progress *p, uint64_t letters, uint64_t read, int final);
/* Bytes in the files and directories (recursively) named: what the meter
 * counts up to; 0 if any is unknown (stdin on a pipe). */
uint64_t progress_input_size(char *const *paths, int n);

#endif
