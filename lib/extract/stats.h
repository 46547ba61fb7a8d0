/* stats.h: imr-extract --stats: how many letters were read in each layout
 * and status, so a run over years of letters shows at once which share
 * fell to the fallback. */
#ifndef IMR_EXTRACT_STATS_H
#define IMR_EXTRACT_STATS_H

#include <stdio.h>

/* Count a letter (LAYOUT and STATUS are the parser's own strings). */
void layout_stats_count(const char *layout, const char *status);
/* A small TSV on F: layout, status, letters, sorted; then "all all N". */
void layout_stats_print(FILE *f);

#endif
