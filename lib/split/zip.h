/* zip.h: the members of a zip archive, read through its central directory
 * (zip64 too; stored and deflated members, with or without data
 * descriptors), one member at a time in the directory's order, streamed:
 * memory is bounded whatever a member's size.  Each member's CRC-32 and
 * size are checked at its end.  Needs a file it can seek in: a zip met on a
 * pipe or inside another archive is copied to a temporary file first
 * (lib/split/member.c). */
#ifndef IMR_ZIP_H
#define IMR_ZIP_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Zip Zip;

/* Read the central directory's end of the zip in FD (kept open; closed by
 * zip_close if OWN).  NULL with the reason in err[errn] if it is no zip. */
Zip *zip_open_fd(int fd, int own, char *err, size_t errn);
/* Next member holding data (directories are passed over): 1 with *name,
 * 0 at the end, -1 on a broken directory (zip_error).  A member that cannot
 * be read (encrypted, an unknown compression method) is still handed out:
 * zip_unread() says so, and its first zip_read() fails with the reason. */
int zip_next(Zip *z, const char **name);
/* Why the current member cannot be read, as imr-split's error column says
 * ("encrypted", "unsupported", "unreadable"; member.h), with its size in
 * *size; NULL when it can be (a later read may still fail). */
const char *zip_unread(const Zip *z, uint64_t *size);
/* Bytes of the current member: >0, 0 at its end (CRC and size checked),
 * -1 on error. */
ssize_t zip_read(Zip *z, void *buf, size_t n);
const char *zip_error(const Zip *z);
void zip_close(Zip *z);

#endif
