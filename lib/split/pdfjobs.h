/* pdfjobs.h: PDFs converted to text by N threads (pdf.h), handed back in
 * the order they were given.  At most 2N documents are held at once (the
 * window): pdfjobs_add() waits, handing back finished ones, while it is
 * full.  Results are handed back on the caller's thread, from
 * pdfjobs_add() and pdfjobs_drain().  With N = 1 each PDF is converted at
 * once in pdfjobs_add(), with no thread. */
#ifndef IMR_PDFJOBS_H
#define IMR_PDFJOBS_H

#include <stddef.h>

/* One converted PDF of SIZE bytes: rc and err as pdf_text() gives them,
 * text (len bytes, not NUL-terminated; empty when rc < 0). */
typedef void (*PdfDoneFn)(void *ctx, const char *source, size_t size, int rc, const char *text, size_t len,
                          const char *err);

typedef struct PdfJobs PdfJobs;

PdfJobs *pdfjobs_new(int threads, PdfDoneFn done, void *ctx);
/* Convert DATA (N bytes, malloc'd: taken over and freed) named SOURCE. */
void pdfjobs_add(PdfJobs *p, char *data, size_t n, const char *source);
/* Hand back every PDF given (before other letters may be written). */
void pdfjobs_drain(PdfJobs *p);
/* PDFs given and not yet handed back. */
size_t pdfjobs_pending(const PdfJobs *p);
void pdfjobs_free(PdfJobs *p);

#endif
