/* hash.h: a 64-bit hash of bytes, the same on every machine (XXH64, seed 0). */
#ifndef IMR_HASH_H
#define IMR_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t hash64(const void *data, size_t len);
/* Write the hash as 16 lowercase hex digits and a NUL into out[17]. */
void hash64_hex(uint64_t h, char out[17]);

#endif
