/* bounds.h: the size bounds the stages share.
 *
 * A record of imr-split's holds a letter's text escaped (at most two bytes
 * a byte) and its source name (at most three bytes a byte: U+FFFD); imr-extract
 * and the others read a TSV line of up to IMR_MAX_RECORD bytes.  So split's
 * --max-letter may not go over IMR_MAX_LETTER_LIMIT: each letter it writes
 * can be read back whole by extract. */
#ifndef IMR_BOUNDS_H
#define IMR_BOUNDS_H

#include <stddef.h>

#define IMR_MAX_RECORD ((size_t)256 << 20)     /* longest TSV line read */
#define IMR_MAX_NAME ((size_t)1 << 20)         /* longest member name (pax path=) */
/* the doc_id, offset and length, the TABs and a source name, escaped */
#define IMR_RECORD_SLACK (4 * IMR_MAX_NAME + ((size_t)1 << 20))
#define IMR_MAX_LETTER_LIMIT ((IMR_MAX_RECORD - IMR_RECORD_SLACK) / 2)
#define IMR_MAX_LETTER_DEFAULT ((size_t)64 << 20)

#endif
