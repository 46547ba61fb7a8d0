/* crc32.h: the CRC-32 of gzip (and zlib's crc32() arguments). */
#ifndef IMR_CRC32_H
#define IMR_CRC32_H

#include <stddef.h>
#include <stdint.h>

/* CRC continued over N bytes at P; start from 0.  The same value as zlib's
 * crc32(CRC, P, N), computed by carry-less multiplication where the CPU has
 * it (x86-64 PCLMULQDQ), by zlib elsewhere. */
uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n);

#endif
