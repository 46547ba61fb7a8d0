/* unread.h: why a letter has no text, in imr-split's error column and as
 * imr-extract's status: the one list of these reasons. */
#ifndef IMR_UNREAD_H
#define IMR_UNREAD_H

#define UNREAD_TOO_LONG "too-long"         /* over --max-letter */
#define UNREAD_ENCRYPTED "encrypted"       /* a zip member or PDF that needs a password */
#define UNREAD_UNSUPPORTED "unsupported"   /* a format or compression not read */
#define UNREAD_NESTED "nested"             /* an archive too deep inside others */
#define UNREAD_UNREADABLE "unreadable"     /* corrupt or failing data */
#define UNREAD_NO_TEXT "no-text"           /* a PDF of images only */

/* The reasons, NULL-terminated. */
#define UNREAD_REASONS \
	{ UNREAD_TOO_LONG, UNREAD_ENCRYPTED, UNREAD_UNSUPPORTED, UNREAD_NESTED, UNREAD_UNREADABLE, UNREAD_NO_TEXT, NULL }

#endif
