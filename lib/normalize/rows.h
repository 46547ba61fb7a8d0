/* rows.h: imr-normalize's row engine.
 *
 * Reads imr-extract rows (TSV, columns found by header name) and writes them
 * with canonical values in place and the derived columns appended, through
 * common/out.h.  The vocabularies (lexicon_load/init, body_load/init,
 * dx_load/init) are the caller's to load before the first file. */
#ifndef IMR_ROWS_H
#define IMR_ROWS_H

/* Before any file: the caches, and whether to count --stats. */
void normalize_init(int want_stats);

/* Write the rows of PATH ("-": stdin), the header before the first file's;
 * a later file's columns must be the first's (else it dies).  Returns
 * nonzero when the input had a read or format error. */
int normalize_file(const char *path);

/* --stats: coverage counts of the item columns so far, on stderr. */
void normalize_print_stats(void);

/* --schema: CREATE TABLE in DIALECT (schema.h) for the output columns of
 * PATH's header, and how to load them, instead of rows. */
void normalize_print_schema(int dialect, const char *path);

#endif
