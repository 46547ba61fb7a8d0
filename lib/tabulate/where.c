#include "where.h"

#include <stdlib.h>
#include <string.h>

#include "common/util.h"

int where_parse(Where *w, const char *arg, const char **err, char *errbuf, size_t errlen)
{
	size_t at = strcspn(arg, "=!~");
	int rc;
	memset(w, 0, sizeof *w);
	*err = "--where takes COL=VALUE, COL!=VALUE or COL~REGEX";
	if (at == 0 || !arg[at] || (arg[at] == '!' && arg[at + 1] != '='))
		return -1;
	w->op = arg[at];
	w->col = xstrdup(arg);
	w->col[at] = '\0';
	arg += at + 1 + (w->op == '!');
	if (w->op != '~') {
		buf_str(&w->value, "");
		buf_esc(&w->value, arg);
		return 0;
	}
	if ((rc = regcomp(&w->re, arg, REG_EXTENDED | REG_NOSUB)) != 0) {
		regerror(rc, &w->re, errbuf, errlen);
		*err = errbuf;
		free(w->col);
		w->col = NULL;
		return -1;
	}
	return 0;
}

int where_match(const Where *w, Field f)
{
	static Buf plain;
	int eq;
	if (w->op == '~') {
		plain.len = 0;
		buf_room(&plain, f.len);
		plain.s[tsv_unescape(f.s, f.len, plain.s)] = '\0';
		return regexec(&w->re, plain.s, 0, NULL, 0) == 0;
	}
	eq = f.len == w->value.len && memcmp(f.s, w->value.s, f.len) == 0;
	return w->op == '=' ? eq : !eq;
}

void where_free(Where *w)
{
	if (w->op == '~')
		regfree(&w->re);
	buf_free(&w->value);
	free(w->col);
}
