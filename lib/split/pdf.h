/* pdf.h: the text of a PDF, as `pdftotext -layout` gives it (each page's
 * text in its physical layout, then a form feed), through poppler-cpp
 * (lib/split/pdf.cc) when imrkit is built with it, else lib/split/pdf-none.c
 * says so.  Safe to call from several threads at once, each on its own
 * document. */
#ifndef IMR_PDF_H
#define IMR_PDF_H

#include <stddef.h>

#include "common/unread.h"

#ifdef __cplusplus
extern "C" {
#endif

/* "poppler-cpp 22.12.0" when built with poppler, else NULL. */
const char *pdf_library(void);

enum {
	PDF_OK = 0,
	PDF_WARN = 1,          /* text given, but with a warning in err (a truncated file) */
	/* no text, why in err: */
	PDF_UNREADABLE = -1,   /* corrupt, too large, out of memory */
	PDF_ENCRYPTED = -2,    /* needs a password */
	PDF_NO_TEXT = -3,      /* only images (a scan) */
	PDF_UNSUPPORTED = -4,  /* imrkit built without poppler */
};

/* A failure's name, as imr-split's error column gives it (member.h). */
static inline const char *pdf_failure_name(int rc)
{
	switch (rc) {
	case PDF_ENCRYPTED: return UNREAD_ENCRYPTED;
	case PDF_NO_TEXT: return UNREAD_NO_TEXT;
	case PDF_UNSUPPORTED: return UNREAD_UNSUPPORTED;
	default: return UNREAD_UNREADABLE;
	}
}

/* Convert the N bytes of DATA: *text (malloc'd, *len bytes; NULL and 0 on
 * a failure, rc < 0), and a message in err[errn] unless PDF_OK. */
int pdf_text(const char *data, size_t n, char **text, size_t *len, char *err, size_t errn);

#ifdef __cplusplus
}
#endif

#endif
