/* member.h: one input stream (a file, stdin, an archive member) told by its
 * first bytes (format.h) and sent where it goes: letter text to the
 * splitter, a PDF to be converted, a zip or a nested tar/gzip opened and
 * its members sent on in turn (named OUTER:INNER:MEMBER), anything else
 * refused with a message.  Nothing binary is read as a letter. */
#ifndef IMR_MEMBER_H
#define IMR_MEMBER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "splitter.h"

#define UNREAD_SIZE UINT64_MAX   /* (MemberSink.unread: the size is not known) */

/* A stream: its bytes and, after a failed read, why. */
typedef struct {
	ReadFn read;
	const char *(*error)(void *src);
	void *src;
} Stream;

typedef struct {
	/* letter text: split it (Stream's error says why a read failed) */
	void (*text)(void *ctx, const Stream *s, const char *source);
	/* a whole PDF, N bytes, malloc'd: the callee frees it */
	void (*pdf)(void *ctx, char *data, size_t n, const char *source);
	/* something that went wrong: say so (exit status 1) */
	void (*fail)(void *ctx, const char *source, const char *msg);
	/* a member not read (or the rest of a stream), of N bytes (UNREAD_SIZE:
	 * not known): say MSG, and write its record, its error WHY one of
	 * "too-long" (a PDF over max_pdf), "encrypted", "unsupported" (a
	 * format or compression not read), "nested" (too deep), "unreadable"
	 * (corrupt or failing data) */
	void (*unread)(void *ctx, const char *source, uint64_t n, const char *why, const char *msg);
	/* a member met: counted in --stats */
	void (*member)(void *ctx);
	size_t max_pdf;      /* a larger PDF is refused (memory is held for it) */
	int max_depth;       /* archives inside archives, at most */
	void *ctx;
} MemberSink;

/* Send one stream on.  PATH: the file (or "-") whose whole content, maybe
 * gunzipped, the stream is, or NULL for a member of an archive (a zip file
 * is read in place; else a zip is copied to a temporary file first);
 * DEPTH: the archives it is inside. */
void member_dispatch(const MemberSink *k, const Stream *s, const char *source, const char *path,
                     int depth);

#endif
