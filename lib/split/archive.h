/* archive.h: the members of a file: tar (ustar, pax, GNU long names) or one
 * plain file, either of them gzipped.  A file that is not a tar archive is
 * read as a single member whose name is NULL.  A tar is read to the end of
 * its stream: tars one after the other are read as one (tar -i), and any
 * other data after the end is an error. */
#ifndef IMR_ARCHIVE_H
#define IMR_ARCHIVE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Archive Archive;

Archive *archive_open(const char *path, const char **err);
/* Next member: 1 (*name is the member path, or NULL for a plain file),
 * 0 at the end, -1 on error (archive_error). */
int archive_next(Archive *a, const char **name);
/* Why the current member is not read (a sparse member, a device that
 * carries bytes: "unsupported", as imr-split's error column says; said
 * already), with its size in *size; NULL when it is read. */
const char *archive_unread(const Archive *a, uint64_t *size);
/* Bytes of the current member: >0, 0 at its end, -1 on error. */
ssize_t archive_read(Archive *a, void *buf, size_t n);
const char *archive_error(const Archive *a);
/* How many warnings were said ("prog: PATH: ...") about members not read
 * or read as files though their type is not (as GNU tar does). */
unsigned archive_warnings(const Archive *a);
/* Call it LABEL in its messages, not by its path (a temporary copy of an
 * archive inside another: "outer.tar:inner.tar"). */
void archive_label(Archive *a, const char *label);
int archive_is_tar(const Archive *a);
uint64_t archive_raw_bytes(const Archive *a);
void archive_close(Archive *a);

#endif
