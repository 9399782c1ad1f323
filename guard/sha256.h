/*
 * sha256.h - SHA-256 (FIPS 180-4, section 6.2).
 *
 * Used for the audit log's hash chain and for the digest of the rules in
 * force.  Portable C by default; sha256_accel(true) switches to the CPU's
 * SHA instructions where there are some (x86 SHA-NI), for callers that
 * hash much more than one log line.  Incremental: init, update any number of times, final.  No
 * allocation; a context is plain memory the caller owns, and after
 * sha256_final() it must be initialised again before reuse.
 */
#ifndef GUARD_SHA256_H
#define GUARD_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN 32          /* bytes of a digest */
#define SHA256_HEX_LEN 64      /* hex digits of a digest, without the NUL */

struct sha256 {
	uint32_t h[8];         /* the hash value H(i) */
	uint64_t bytes;        /* message length so far */
	unsigned char block[64];
	size_t fill;           /* bytes waiting in block */
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t len);
void sha256_final(struct sha256 *c, unsigned char out[SHA256_LEN]);

/* The digest of data[0..len) in one call. */
void sha256(const void *data, size_t len, unsigned char out[SHA256_LEN]);

/* on = true: use the x86 SHA extensions when the CPU has them (asking it
 * costs a few microseconds, once); on = false: the portable code, the
 * default.  Returns whether the extensions are in use. */
bool sha256_accel(bool on);

/* Lowercase hex of a digest: 64 digits and a NUL into out. */
void sha256_hex(const unsigned char d[SHA256_LEN], char out[SHA256_HEX_LEN + 1]);

#endif
