/* dates.h: dates as letters write them -> ISO 8601 (YYYY-MM-DD). */
#ifndef IMR_DATES_H
#define IMR_DATES_H

#include <stddef.h>

/* Parse the date S (N bytes, blanks around allowed) into OUT as YYYY-MM-DD
 * and a NUL.  Understood: 10/08/1998, 1/27/2005, 07/31/14 (years 00-49 are
 * 20xx, 50-99 19xx), 10-23-2016, 2016-10-23, October 20, 2016, Dec. 9, 2016,
 * Dec 9 2016, 9 December 2016.  Returns 1, or 0 (OUT untouched) when S is
 * not one date or names a day that does not exist. */
int date_iso(const char *s, size_t n, char out[11]);

/* Of a date as date_iso() writes it: the days since 1970-01-01 (so the
 * difference of two is the days between them), and its quarter, "2017Q1". */
long date_days(const char iso[10]);
void date_quarter(const char iso[10], char out[7]);

#endif
