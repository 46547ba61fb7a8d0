/* pdf-none.c: pdf.h in a build without poppler-cpp (see the Makefile). */
#include "pdf.h"

#include <stdio.h>

const char *pdf_library(void) { return NULL; }

int pdf_text(const char *data, size_t n, char **text, size_t *len, char *err, size_t errn)
{
	(void)data;
	(void)n;
	*text = NULL;
	*len = 0;
	snprintf(err, errn, "PDF input needs imrkit built with poppler (apt-get install libpoppler-cpp-dev)");
	return PDF_UNSUPPORTED;
}
