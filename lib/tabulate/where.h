/* where.h: imr-tabulate's row filters, --where COL=VALUE, COL!=VALUE and
 * COL~REGEX (POSIX extended, in the C locale, on the unescaped cell). */
#ifndef IMR_WHERE_H
#define IMR_WHERE_H

#include <regex.h>
#include <stddef.h>

#include "common/buf.h"
#include "common/tsv.h"

typedef struct {
	char *col;
	int op;              /* '=', '!' (!=) or '~' */
	Buf value;           /* '=' and '!': the value escaped as in the TSV */
	regex_t re;          /* '~' */
	size_t idx;          /* the column in the file being read */
} Where;

/* ARG into W: 0, or -1 with *ERR set (a static message; a bad regex's
 * text goes in ERRBUF). */
int where_parse(Where *w, const char *arg, const char **err, char *errbuf, size_t errlen);
/* Does the cell F (escaped) pass? */
int where_match(const Where *w, Field f);
void where_free(Where *w);

#endif
