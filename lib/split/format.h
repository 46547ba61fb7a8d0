/* format.h: what a stream holds, told by its first bytes (never by a
 * file's name): letter text, an archive imr-split opens (gzip, tar, zip), a
 * PDF, or a format it does not read (xz, bzip2, zstd, 7z, rar, images,
 * programs...), named with a way out for the user. */
#ifndef IMR_FORMAT_H
#define IMR_FORMAT_H

#include <stddef.h>

/* Bytes format_sniff() wants to see (fewer if the stream is shorter). */
#define FORMAT_PEEK 512

typedef enum {
	FMT_TEXT,         /* anything else: read as letter text */
	FMT_GZIP,
	FMT_TAR,
	FMT_ZIP,
	FMT_PDF,
	FMT_UNSUPPORTED,  /* see format_name(), format_hint() */
} FormatKind;

typedef struct {
	FormatKind kind;
	const char *name;   /* "xz compressed data", "PDF document", ... */
	const char *hint;   /* for FMT_UNSUPPORTED: "try 'xz -dc FILE | imr-split'" with FILE to fill in, or NULL */
} Format;

Format format_sniff(const unsigned char *p, size_t n);
/* Do the first bytes of what format_sniff() took for text look like binary
 * data: more than a tenth of them NUL or not UTF-8?  (A damaged gzip or
 * tar does; a letter with a stray byte does not.) */
int format_looks_binary(const unsigned char *p, size_t n);
/* The message for an unsupported format: "xz compressed data: not read;
 * try 'xz -dc FILE | imr-split'" with FILE the file's name, or (FILE NULL:
 * a member, a gunzipped stream) "...; extract it, then try 'xz -dc FILE |
 * imr-split'", in a buffer of size n. */
void format_refusal(const Format *f, const char *file, char *buf, size_t n);

#endif
