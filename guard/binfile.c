/* binfile.c - see binfile.h. */
#include "binfile.h"

#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef GUARD_VERSION
#define GUARD_VERSION "dev"
#endif

static int64_t ns(struct timespec t)
{
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

int bf_say(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (err && errlen)
		vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

static uint64_t mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xff51afd7ed558ccdu;
	return h ^ (h >> 32);
}

/* Each 8-byte word goes through a bijection of its lane's sum, and the
 * lanes through bijections of the result, so changing any single word
 * always changes it.  Four lanes, because the multiplications of one
 * would wait for each other (the file is checked on every command). */
uint64_t bf_sum(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h[4] = {0x9e3779b97f4a7c15u, 0xbf58476d1ce4e5b9u, 0x94d049bb133111ebu,
			 0x2545f4914f6cdd1du}, w;
	size_t i = 0;
	for (; n - i >= 32; i += 32)
		for (int k = 0; k < 4; k++) {
			memcpy(&w, p + i + 8 * k, 8);
			h[k] = mix(h[k], w);
		}
	for (; n - i >= 8; i += 8) {
		memcpy(&w, p + i, 8);
		h[0] = mix(h[0], w);
	}
	if (i < n) {
		w = 0;
		memcpy(&w, p + i, n - i);
		h[1] = mix(h[1], w);
	}
	return mix(mix(mix(h[0], h[1]), h[2]), h[3]) ^ n;
}

struct bf_source bf_source_of(const char *path, const struct stat *st, uint64_t sum)
{
	return (struct bf_source){path, (uint64_t)st->st_dev, (uint64_t)st->st_ino,
				  (uint64_t)st->st_size, ns(st->st_mtim), ns(st->st_ctim), sum};
}

bool bf_settled(const struct bf_source *s, size_t n, struct timespec start)
{
	int64_t limit = ns(start) - 1000000000;
	for (size_t i = 0; i < n; i++)
		if (s[i].mtime_ns >= limit || s[i].ctime_ns >= limit)
			return false;
	return true;
}

/* ---- writing --------------------------------------------------------------- */

void bf_put(struct bf_writer *w, const void *p, size_t n)
{
	if (w->oom || !n)
		return;
	if (w->len + n > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (cap < w->len + n)
			cap *= 2;
		unsigned char *b = realloc(w->b, cap);
		if (!b) {
			w->oom = true;
			return;
		}
		w->b = b;
		w->cap = cap;
	}
	memcpy(w->b + w->len, p, n);
	w->len += n;
}

void bf_put8(struct bf_writer *w, unsigned v)
{
	unsigned char c = (unsigned char)v;
	bf_put(w, &c, 1);
}

void bf_put32(struct bf_writer *w, uint32_t v)
{
	bf_put(w, &v, sizeof(v));
}

void bf_put64(struct bf_writer *w, uint64_t v)
{
	bf_put(w, &v, sizeof(v));
}

void bf_put_str(struct bf_writer *w, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	w->oom |= n >= BF_NO_STR;
	bf_put32(w, s ? (uint32_t)n : BF_NO_STR);
	if (s)
		bf_put(w, s, n + 1);
}

void bf_put_head(struct bf_writer *w, const struct bf_kind *k, const struct bf_source *s,
		 size_t n)
{
	bf_put(w, k->magic, sizeof(k->magic));
	bf_put32(w, k->format);
	bf_put_str(w, GUARD_VERSION);
	bf_put32(w, (uint32_t)k->nlayout);
	for (size_t i = 0; i < k->nlayout; i++)
		bf_put32(w, k->layout[i]);
	bf_put32(w, (uint32_t)n);
	for (size_t i = 0; i < n; i++) {
		bf_put_str(w, s[i].path);
		bf_put64(w, s[i].dev);
		bf_put64(w, s[i].ino);
		bf_put64(w, s[i].size);
		bf_put64(w, (uint64_t)s[i].mtime_ns);
		bf_put64(w, (uint64_t)s[i].ctime_ns);
		bf_put64(w, s[i].sum);
	}
}

static int write_atomically(const char *path, const unsigned char *data, size_t len,
			    char *err, size_t errlen)
{
	char tmp[PATH_MAX];
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int)sizeof(tmp))
		return bf_say(err, errlen, "%s: path too long", path);
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0)
		return bf_say(err, errlen, "%s: cannot create: %m", tmp);
	size_t off = 0;
	bool ok = fchmod(fd, 0644) == 0;
	while (ok && off < len) {
		ssize_t n = write(fd, data + off, len - off);
		ok = n > 0;
		off += ok ? (size_t)n : 0;
	}
	ok = ok && fsync(fd) == 0;
	ok = close(fd) == 0 && ok;
	if (ok && rename(tmp, path) == 0)
		return 0;
	bf_say(err, errlen, "%s: cannot write: %m", path);
	unlink(tmp);
	return -1;
}

int bf_finish(struct bf_writer *w, const char *path, char *err, size_t errlen)
{
	if (!w->oom)
		bf_put64(w, bf_sum(w->b, w->len));
	int rc = w->oom || w->len > BF_MAX_BYTES
		 ? bf_say(err, errlen, "%s: out of memory or too large", path)
		 : write_atomically(path, w->b, w->len, err, errlen);
	free(w->b);
	*w = (struct bf_writer){0};
	return rc;
}

/* ---- reading ---------------------------------------------------------------- */

bool bf_done(const struct bf_reader *r)
{
	return !r->bad && r->p == r->end;
}

/* A regular file that only root can have written: a compiled file and
 * every source it lists must be one. */
static bool root_only(const struct stat *st)
{
	return S_ISREG(st->st_mode) && st->st_uid == 0 && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

/* Only a file that only root can have written is data to trust. */
static bool trusted(const struct stat *st)
{
	return root_only(st) && st->st_size >= 8 + 8 && st->st_size <= BF_MAX_BYTES;
}

/* The file in mem, when it is one to trust.  A large one is mapped, not
 * read: its pages come from the page cache in one fault, with no copy (a
 * policy is read before every command).  A small one (a configuration) is
 * read: a mapping costs more than copying a few hundred bytes.  Only root
 * can have written it, and writers replace it by renaming, so mapped
 * bytes do not change under the reader. */
static unsigned char *get_trusted(const char *path, arena *mem, size_t *len)
{
	enum { READ_MAX = 4096 };
	struct stat st;
	unsigned char *buf = NULL;
	int fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
	if (fd < 0)
		return NULL;
	size_t size = fstat(fd, &st) == 0 && trusted(&st) ? (size_t)st.st_size : 0;
	if (size && size <= READ_MAX && (buf = arena_alloc(mem, size)) &&
	    read(fd, buf, size) != (ssize_t)size)
		buf = NULL;
	if (size > READ_MAX) {
		void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (m != MAP_FAILED && arena_adopt_map(mem, m, size))
			buf = m;
		else if (m != MAP_FAILED)
			munmap(m, size);
	}
	close(fd);
	*len = size;
	return buf;
}

static bool header_ok(struct bf_reader *r, const struct bf_kind *k)
{
	const char *m = bf_take(r, sizeof(k->magic));
	if (!m || memcmp(m, k->magic, sizeof(k->magic)) || bf_get32(r) != k->format)
		return false;
	const char *v = bf_get_str(r);
	if (!v || strcmp(v, GUARD_VERSION) || bf_get32(r) != k->nlayout)
		return false;
	for (size_t i = 0; i < k->nlayout; i++)
		if (bf_get32(r) != k->layout[i])
			return false;
	return !r->bad;
}

/* Does the file at path hold the bytes s was made from?  Read through the
 * descriptor checked (root's alone, the recorded size), and summed. */
static bool same_bytes(const struct bf_source *s)
{
	struct stat st;
	bool ok = false;
	int fd = openat(AT_FDCWD, s->path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return false;
	unsigned char *buf = NULL;
	if (fstat(fd, &st) == 0 && root_only(&st) && (uint64_t)st.st_size == s->size &&
	    s->size <= BF_MAX_BYTES && (buf = malloc(s->size ? s->size : 1))) {
		size_t got = 0;
		ssize_t n = 1;
		while (got < s->size && (n = read(fd, buf + got, s->size - got)) > 0)
			got += (size_t)n;
		ok = got == s->size && bf_sum(buf, got) == s->sum;
	}
	free(buf);
	close(fd);
	return ok;
}

/* Is the file s still as recorded (or, moved into another file system,
 * the same bytes), root's alone, and readable by the YAML loader?  One
 * stat(), not open/fstat/close, when nothing moved: this runs for every
 * source before every command.  Readable is judged from the mode (root
 * reads anything; others need the read bit for all): a file an ACL lets
 * them read only costs the compiled file its use, and one an LSM denies
 * is still judged by the policy it holds. */
static bool source_current(const struct bf_source *s, bool root)
{
	struct stat st;
	if (stat(s->path, &st) != 0 || !root_only(&st) || !(root || (st.st_mode & S_IROTH)) ||
	    (uint64_t)st.st_size != s->size)
		return false;
	if ((uint64_t)st.st_dev == s->dev && (uint64_t)st.st_ino == s->ino &&
	    ns(st.st_mtim) == s->mtime_ns && ns(st.st_ctim) == s->ctime_ns)
		return true;
	return same_bytes(s);
}

static bool get_sources(struct bf_reader *r, const char *first, struct bf_source **out,
			size_t *nout)
{
	uint32_t n = bf_get_count(r, BF_MAX_SOURCES, 4 + 6 * 8);
	bool root = geteuid() == 0;
	struct bf_source *v = n ? arena_alloc(r->mem, n * sizeof(*v)) : NULL;
	if (!v)
		return false;
	for (uint32_t i = 0; i < n; i++) {
		struct bf_source *s = &v[i];
		s->path = bf_get_req(r);
		s->dev = bf_get64(r);
		s->ino = bf_get64(r);
		s->size = bf_get64(r);
		s->mtime_ns = (int64_t)bf_get64(r);
		s->ctime_ns = (int64_t)bf_get64(r);
		s->sum = bf_get64(r);
		if (r->bad || (i == 0 && first && strcmp(s->path, first)) || !source_current(s, root))
			return false;
	}
	*out = v;
	*nout = n;
	return true;
}

bool bf_open(struct bf_reader *r, const char *path, arena *mem, const struct bf_kind *k,
	     const char *first_source, struct bf_source **sources, size_t *nsources)
{
	size_t len = 0;
	uint64_t sum;
	unsigned char *buf = get_trusted(path, mem, &len);
	*r = (struct bf_reader){buf, buf ? buf + len - 8 : NULL, !buf, mem};
	if (!buf)
		return false;
	memcpy(&sum, buf + len - 8, 8);
	return sum == bf_sum(buf, len - 8) && header_ok(r, k) &&
	       get_sources(r, first_source, sources, nsources);
}
