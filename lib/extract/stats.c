/* stats.c: imr-extract --stats, letters counted by layout and status. */
#include "stats.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

/* --stats: letters counted by layout and status (a few of each: the
 * parser's own strings, so a pointer tells them apart). */
enum { STATS_MAX = 64 };
typedef struct {
	const char *layout, *status;
	unsigned long long n;
} Count;
static Count stats[STATS_MAX];
static size_t nstats;

void layout_stats_count(const char *layout, const char *status)
{
	size_t i;
	for (i = 0; i < nstats; i++)
		if (stats[i].layout == layout && stats[i].status == status)
			break;
	if (i == nstats) {
		for (i = 0; i < nstats; i++)   /* (the same words from another build's table) */
			if (strcmp(stats[i].layout, layout) == 0 && strcmp(stats[i].status, status) == 0)
				break;
		if (i == nstats) {
			if (nstats == STATS_MAX)
				die(EXIT_DATA, "too many layouts and statuses for --stats");
			stats[nstats].layout = layout;
			stats[nstats].status = status;
			nstats++;
		}
	}
	stats[i].n++;
}

static int stats_cmp(const void *a, const void *b)
{
	const Count *x = a, *y = b;
	int c = strcmp(x->layout, y->layout);
	return c ? c : strcmp(x->status, y->status);
}

void layout_stats_print(FILE *f)
{
	unsigned long long total = 0;
	size_t i;
	qsort(stats, nstats, sizeof stats[0], stats_cmp);
	fprintf(f, "layout\tstatus\tletters\n");
	for (i = 0; i < nstats; i++) {
		fprintf(f, "%s\t%s\t%llu\n", stats[i].layout, stats[i].status, stats[i].n);
		total += stats[i].n;
	}
	fprintf(f, "all\tall\t%llu\n", total);
}
