/* sha256.c - see sha256.h.  Written from FIPS 180-4; names follow it. */
#include "sha256.h"

#include <stdbool.h>
#include <string.h>

/* Section 4.2.2: the first 32 bits of the fractional parts of the cube
 * roots of the first 64 primes.  A wrong digit fails the test vectors. */
static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* Section 5.3.3: square roots of the first 8 primes, likewise. */
static const uint32_t H0[8] = {
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

static uint32_t rotr(uint32_t x, unsigned n)
{
	return (x >> n) | (x << (32 - n));
}

/* Section 4.1.2, with Ch and Maj in forms of fewer operations:
 * Ch(x,y,z) = z ^ (x & (y ^ z)), Maj(x,y,z) = (x & y) | (z & (x | y)). */
#define CH(x, y, z)  ((z) ^ ((x) & ((y) ^ (z))))
#define MAJ(x, y, z) (((x) & (y)) | ((z) & ((x) | (y))))
#define BSIG0(x) (rotr(x, 2) ^ rotr(x, 13) ^ rotr(x, 22))
#define BSIG1(x) (rotr(x, 6) ^ rotr(x, 11) ^ rotr(x, 25))
#define SSIG0(x) (rotr(x, 7) ^ rotr(x, 18) ^ ((x) >> 3))
#define SSIG1(x) (rotr(x, 17) ^ rotr(x, 19) ^ ((x) >> 10))

static uint32_t load_be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void store_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* W[t] of the message schedule (section 6.2.2, step 1), kept in a ring of
 * 16 words: W[t-16] is overwritten by W[t]. */
#define SCHEDULE(W, t) \
	(W[(t) & 15] += SSIG1(W[((t) - 2) & 15]) + W[((t) - 7) & 15] + SSIG0(W[((t) - 15) & 15]))

/* One round (step 3).  Instead of moving the eight working variables down
 * after each round, the next round names them one place further on: the
 * only changes are to d and h. */
#define ROUND(a, b, c, d, e, f, g, h, t, w) \
	do { \
		uint32_t T1 = h + BSIG1(e) + CH(e, f, g) + K[t] + (w); \
		d += T1; \
		h = T1 + BSIG0(a) + MAJ(a, b, c); \
	} while (0)

#define EIGHT(t, w) \
	do { \
		ROUND(a, b, c, d, e, f, g, h, (t) + 0, w((t) + 0)); \
		ROUND(h, a, b, c, d, e, f, g, (t) + 1, w((t) + 1)); \
		ROUND(g, h, a, b, c, d, e, f, (t) + 2, w((t) + 2)); \
		ROUND(f, g, h, a, b, c, d, e, (t) + 3, w((t) + 3)); \
		ROUND(e, f, g, h, a, b, c, d, (t) + 4, w((t) + 4)); \
		ROUND(d, e, f, g, h, a, b, c, (t) + 5, w((t) + 5)); \
		ROUND(c, d, e, f, g, h, a, b, (t) + 6, w((t) + 6)); \
		ROUND(b, c, d, e, f, g, h, a, (t) + 7, w((t) + 7)); \
	} while (0)

/* Section 6.2.2: one 512-bit block into the hash value. */
static void compress_c(uint32_t H[8], const unsigned char *m)
{
	uint32_t W[16];
	for (int t = 0; t < 16; t++)
		W[t] = load_be32(m + 4 * t);
	uint32_t a = H[0], b = H[1], c = H[2], d = H[3];
	uint32_t e = H[4], f = H[5], g = H[6], h = H[7];
#define FIRST(t) W[t]
#define NEXT(t) SCHEDULE(W, t)
	EIGHT(0, FIRST);
	EIGHT(8, FIRST);
	for (int t = 16; t < 64; t += 8)
		EIGHT(t, NEXT);
#undef FIRST
#undef NEXT
	H[0] += a; H[1] += b; H[2] += c; H[3] += d;
	H[4] += e; H[5] += f; H[6] += g; H[7] += h;
}

/*
 * The same with the x86 SHA extensions (SHA-NI: Intel since Goldmont and
 * Ice Lake, AMD since Zen), some ten times faster: the log hashes the
 * previous line and the rules on every command.  SHA256RNDS2 does two
 * rounds on the state held as (A,B,E,F) and (C,D,G,H); SHA256MSG1/2 compute
 * four words of the schedule from the sixteen before them.
 */
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("sha,ssse3,sse4.1")))
static void compress_ni(uint32_t H[8], const unsigned char *m, size_t nblocks)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
	__m128i abcd = _mm_loadu_si128((const __m128i *)&H[0]);
	__m128i efgh = _mm_loadu_si128((const __m128i *)&H[4]);
	__m128i badc = _mm_shuffle_epi32(abcd, 0xb1), hgfe = _mm_shuffle_epi32(efgh, 0x1b);
	__m128i s0 = _mm_alignr_epi8(badc, hgfe, 8);   /* A,B,E,F from the top lane */
	__m128i s1 = _mm_blend_epi16(hgfe, badc, 0xf0); /* C,D,G,H */
	for (; nblocks--; m += 64) {
		__m128i save0 = s0, save1 = s1, w[4];
		for (int g = 0; g < 16; g++) { /* rounds 4g .. 4g+3 */
			__m128i *x = &w[g & 3];
			if (g < 4)
				*x = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(m + 16 * g)), bswap);
			else
				*x = _mm_sha256msg2_epu32(
				    _mm_add_epi32(_mm_sha256msg1_epu32(*x, w[(g + 1) & 3]),
						  _mm_alignr_epi8(w[(g + 3) & 3], w[(g + 2) & 3], 4)),
				    w[(g + 3) & 3]);
			__m128i wk = _mm_add_epi32(*x, _mm_loadu_si128((const __m128i *)&K[4 * g]));
			s1 = _mm_sha256rnds2_epu32(s1, s0, wk);
			s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(wk, 0x0e));
		}
		s0 = _mm_add_epi32(s0, save0);
		s1 = _mm_add_epi32(s1, save1);
	}
	__m128i abef = _mm_shuffle_epi32(s0, 0x1b), ghcd = _mm_shuffle_epi32(s1, 0xb1);
	_mm_storeu_si128((__m128i *)&H[0], _mm_blend_epi16(abef, ghcd, 0xf0));
	_mm_storeu_si128((__m128i *)&H[4], _mm_alignr_epi8(ghcd, abef, 8));
}

/* Two CPUID queries: each one leaves a virtual machine (microseconds).
 * Every CPU with the SHA extensions has SSSE3 and SSE4.1 too. */
static bool cpu_has_ni(void)
{
	static int has = -1; /* -1: not asked yet */
	unsigned a, b, c, d;
	if (has < 0) {
		has = __get_cpuid_max(0, NULL) >= 7;
		if (has) {
			__cpuid_count(7, 0, a, b, c, d);
			has = (b & bit_SHA) != 0;
		}
	}
	return has;
}
#else
static void compress_ni(uint32_t H[8], const unsigned char *m, size_t nblocks)
{
	(void)H, (void)m, (void)nblocks;
}

static bool cpu_has_ni(void)
{
	return false;
}
#endif

/* Off until asked for: asking the CPU (CPUID) traps to the hypervisor in a
 * VM, some 6 us each, more than hashing one log line costs without them. */
static bool use_ni;

bool sha256_accel(bool on)
{
	use_ni = on && cpu_has_ni();
	return use_ni;
}

static void compress(uint32_t H[8], const unsigned char *m, size_t nblocks)
{
	if (use_ni) {
		compress_ni(H, m, nblocks);
		return;
	}
	for (; nblocks--; m += 64)
		compress_c(H, m);
}

void sha256_init(struct sha256 *c)
{
	memcpy(c->h, H0, sizeof(H0));
	c->bytes = 0;
	c->fill = 0;
}

void sha256_update(struct sha256 *c, const void *data, size_t len)
{
	const unsigned char *p = data;
	c->bytes += len;
	if (c->fill) {
		size_t n = 64 - c->fill < len ? 64 - c->fill : len;
		memcpy(c->block + c->fill, p, n);
		c->fill += n;
		p += n;
		len -= n;
		if (c->fill < 64)
			return;
		compress(c->h, c->block, 1);
		c->fill = 0;
	}
	compress(c->h, p, len / 64);
	p += len / 64 * 64;
	len %= 64;
	memcpy(c->block, p, len);
	c->fill = len;
}

/* Section 5.1.1: a 1 bit, zeros, and the length in bits as 64 bits, so
 * that the padded message is a multiple of 512 bits. */
void sha256_final(struct sha256 *c, unsigned char out[SHA256_LEN])
{
	uint64_t bits = c->bytes * 8;
	c->block[c->fill++] = 0x80;
	if (c->fill > 56) {
		memset(c->block + c->fill, 0, 64 - c->fill);
		compress(c->h, c->block, 1);
		c->fill = 0;
	}
	memset(c->block + c->fill, 0, 56 - c->fill);
	store_be32(c->block + 56, (uint32_t)(bits >> 32));
	store_be32(c->block + 60, (uint32_t)bits);
	compress(c->h, c->block, 1);
	for (int i = 0; i < 8; i++)
		store_be32(out + 4 * i, c->h[i]);
	memset(c, 0, sizeof(*c));
}

void sha256(const void *data, size_t len, unsigned char out[SHA256_LEN])
{
	struct sha256 c;
	sha256_init(&c);
	sha256_update(&c, data, len);
	sha256_final(&c, out);
}

void sha256_hex(const unsigned char d[SHA256_LEN], char out[SHA256_HEX_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";
	for (int i = 0; i < SHA256_LEN; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[SHA256_HEX_LEN] = '\0';
}
