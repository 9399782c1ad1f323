/*
 * binfile.h - the compiled files guard writes once and reads on every
 * command: the policy (rules_cache.c) and the configuration
 * (shim/config_cache.c).
 *
 * A file is, in this machine's byte order and sizes:
 *
 *   magic (8 bytes), format (u32), GUARD_VERSION, layout (u32 count, u32s)
 *   sources: count, then path dev ino size mtime ctime (ns) sum of each
 *   ... what the caller puts ...
 *   checksum of all the bytes before it (u64)
 *
 * Integers are u8, u32 or u64.  A string is a u32 length, its bytes and a
 * NUL (the length BF_NO_STR for NULL, with no bytes), so that a reader's
 * strings can point into the file's bytes rather than be copied.
 *
 * Trust: a file is read only when it is a regular file owned by root and
 * not writable by group or others, of this guard's version, format and
 * layout, intact (the checksum is a check against damage, not a defence:
 * only root can have written it), and every source it lists is still
 * owned by root, not writable by group or others, and either has the
 * device, inode, size and times recorded or, when those changed but not
 * the size, still has the same bytes (bf_sum(); read and summed again).
 * The second way is for images: a file's device, inode and change time
 * differ in every container started from the image that compiled it.  Anything else and the
 * reader gets false, and reads the source files instead: a compiled file
 * can make guard faster, never change a decision.
 *
 * Writing goes through a temporary file renamed over the old one (mode
 * 0644), so that a reader sees the old file or the new one, never a part.
 * Only sources unchanged for a second before they were read are recorded
 * (bf_settled()): file times have a granularity, and a file changed twice
 * within it would look unchanged.
 */
#ifndef GUARD_BINFILE_H
#define GUARD_BINFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "arena.h"

#define BF_NO_STR      UINT32_MAX
#define BF_MAX_BYTES   (64u * 1024 * 1024)
#define BF_MAX_SOURCES 64

/* A file a compiled file was made from, as it was when read: its identity
 * and bf_sum() of the bytes that were parsed. */
struct bf_source {
	const char *path;
	uint64_t dev, ino, size;
	int64_t mtime_ns, ctime_ns;
	uint64_t sum;
};

/* The kind of a compiled file: its magic, format number and the sizes of
 * the structures its reader rebuilds (a file written by another build is
 * not used). */
struct bf_kind {
	char magic[8];
	uint32_t format;
	const uint32_t *layout;
	size_t nlayout;
};

/* A message into err (when errlen > 0), for a caller to return: -1. */
__attribute__((format(printf, 3, 4)))
int bf_say(char *err, size_t errlen, const char *fmt, ...);

/* st's identity and the sum of the bytes read, for a bf_source. */
struct bf_source bf_source_of(const char *path, const struct stat *st, uint64_t sum);
/* A 64-bit sum of p[0..n) that changes whenever any one 8-byte word does
 * (the checksum of compiled files, and of their sources' bytes). */
uint64_t bf_sum(const void *p, size_t n);
/* Were all n sources unchanged for a second before start? */
bool bf_settled(const struct bf_source *s, size_t n, struct timespec start);

/* ---- writing: put everything, then bf_finish() ---------------------------- */

struct bf_writer {
	unsigned char *b;
	size_t len, cap;
	bool oom;
};

void bf_put(struct bf_writer *w, const void *p, size_t n);
void bf_put8(struct bf_writer *w, unsigned v);
void bf_put32(struct bf_writer *w, uint32_t v);
void bf_put64(struct bf_writer *w, uint64_t v);
void bf_put_str(struct bf_writer *w, const char *s);
/* The header and the sources. */
void bf_put_head(struct bf_writer *w, const struct bf_kind *k, const struct bf_source *s,
		 size_t n);
/* Appends the checksum, writes path atomically and frees w's buffer.
 * Returns 0, or -1 with a message in err. */
int bf_finish(struct bf_writer *w, const char *path, char *err, size_t errlen);

/* ---- reading --------------------------------------------------------------- */

struct bf_reader {
	const unsigned char *p, *end;
	bool bad;               /* out of data or a bad value: the file is refused */
	arena *mem;
};

/* Reads or maps path into mem (which unmaps it when freed) and checks
 * owner, mode, size, checksum, header and sources; on true, r is at what
 * the writer put after the sources, and *sources (in mem, paths into the
 * file) and *nsources describe them.
 * first_source, when not NULL, must be the first source's path as
 * written (includes are found from it: another name for the same file
 * could lead to other files). */
bool bf_open(struct bf_reader *r, const char *path, arena *mem, const struct bf_kind *k,
	     const char *first_source, struct bf_source **sources, size_t *nsources);
/* At the end of the data: the whole file was used. */
bool bf_done(const struct bf_reader *r);

/* The readers below are inline: a policy load calls them thousands of
 * times, on every command. */

static inline const void *bf_take(struct bf_reader *r, size_t n)
{
	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = true;
		return NULL;
	}
	const void *q = r->p;
	r->p += n;
	return q;
}

static inline unsigned bf_get8(struct bf_reader *r)
{
	const unsigned char *q = bf_take(r, 1);
	return q ? *q : 0;
}

static inline uint32_t bf_get32(struct bf_reader *r)
{
	uint32_t v = 0;
	const void *q = bf_take(r, sizeof(v));
	if (q)
		memcpy(&v, q, sizeof(v));
	return v;
}

static inline uint64_t bf_get64(struct bf_reader *r)
{
	uint64_t v = 0;
	const void *q = bf_take(r, sizeof(v));
	if (q)
		memcpy(&v, q, sizeof(v));
	return v;
}

/* A flag byte: 0 or 1, anything else is bad. */
static inline bool bf_get_bool(struct bf_reader *r)
{
	unsigned v = bf_get8(r);
	r->bad |= v > 1;
	return v == 1;
}

/* A string (into the file's bytes), or NULL for BF_NO_STR or when bad;
 * a NUL inside would only shorten it. */
static inline const char *bf_get_str(struct bf_reader *r)
{
	uint32_t n = bf_get32(r);
	if (r->bad || n == BF_NO_STR)
		return NULL;
	const char *s = bf_take(r, (size_t)n + 1);
	r->bad |= !s || s[n];
	return r->bad ? NULL : s;
}

/* A string that must not be NULL. */
static inline const char *bf_get_req(struct bf_reader *r)
{
	const char *s = bf_get_str(r);
	r->bad |= !s;
	return s;
}

/* A count of things of at least `each` bytes, at most max: bounded by
 * what is left, so nothing is allocated for data the file does not have. */
static inline uint32_t bf_get_count(struct bf_reader *r, uint32_t max, size_t each)
{
	uint32_t n = bf_get32(r);
	r->bad |= n > max || (size_t)(r->end - r->p) / each < n;
	return r->bad ? 0 : n;
}

#endif
