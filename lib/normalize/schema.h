/* schema.h: CREATE TABLE for imr-normalize's output columns (--schema),
 * with SQL types by column name and how to load the rows with empty cells
 * as NULL. */
#ifndef IMR_SCHEMA_H
#define IMR_SCHEMA_H

#include <stddef.h>

enum { SCHEMA_SQLITE, SCHEMA_POSTGRES };

/* The dialect named S ("sqlite", "postgres"), or -1. */
int schema_dialect(const char *s);
/* The SQL type of column NAME in DIALECT ("TEXT" for the unknown). */
const char *schema_type(int dialect, const char *name);
/* The statements for table TABLE with the N columns NAMES, to stdout
 * (common/out.h). */
void schema_write(int dialect, const char *table, char *const *names, size_t n);

#endif
