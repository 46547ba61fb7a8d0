/* pdf.h: the text of a PDF, as `pdftotext -layout` gives it (each page's
 * text in its physical layout, then a form feed), through poppler-cpp
 * (lib/split/pdf.cc) when imrkit is built with it, else lib/split/pdf-none.c
 * says so.  Safe to call from several threads at once, each on its own
 * document. */
#ifndef IMR_PDF_H
#define IMR_PDF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* "poppler-cpp 22.12.0" when built with poppler, else NULL. */
const char *pdf_library(void);

enum {
	PDF_OK = 0,
	PDF_WARN = 1,   /* text given, but with a warning in err (a truncated file) */
	PDF_FAIL = -1,  /* no text: why in err (no poppler, needs a password, corrupt, only images) */
};

/* Convert the N bytes of DATA: *text (malloc'd, *len bytes; NULL and 0 on
 * PDF_FAIL), and a message in err[errn] unless PDF_OK. */
int pdf_text(const char *data, size_t n, char **text, size_t *len, char *err, size_t errn);

#ifdef __cplusplus
}
#endif

#endif
