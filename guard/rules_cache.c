/*
 * rules_cache.c - write and read compiled policies (see rules_cache.h).
 *
 * Layout, in this machine's byte order and sizes (the header records them:
 * a file from elsewhere is simply not used).  Integers are u8, u32 or u64;
 * a string is a u32 length, its bytes and a NUL (the length NO_STR for
 * NULL, without bytes), so that the strings of the ruleset can point
 * into the file read into the arena rather than be copied.
 *
 *   magic, format, GUARD_VERSION, sizes
 *   sources: count, then path dev ino size mtime ctime (ns)
 *   default, unresolved, digest (64 hex digits)
 *   rules: count, then id reason program file line col action first npats
 *   patterns: count, then kind role exact many rule prog text line col BODY
 *   checksum of all the bytes before it (u64)
 *
 * The file is data: every count and length is checked against what is
 * left before anything is allocated for it, and any doubt makes the
 * reader return NULL, so that the YAML is read instead.
 */
#include "rules_cache.h"

#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "policy.h"

#define MAGIC           "guardpc"       /* 8 bytes with its NUL */
#define FORMAT          1
#define NO_STR          UINT32_MAX
#define MAX_CACHE_BYTES (64u * 1024 * 1024)
#define MAX_SOURCES     64
#define MAX_PATS        (16 * POLICY_MAX_RULES)
#define MAX_COUNT       (1u << 20)      /* words or items in one pattern */
#define ARENA_LIMIT     (256u * 1024 * 1024)

/* The sizes a file must have been written with. */
static const uint32_t layout[] = {
	sizeof(void *), sizeof(long), sizeof(struct pat), sizeof(struct rule),
	sizeof(struct ruleset), PAT_NKINDS,
};

__attribute__((format(printf, 3, 4)))
static int say(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (err && errlen)
		vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

static int cache_path(const char *rules_path, char *buf, size_t len)
{
	int n = snprintf(buf, len, "%s%s", rules_path, RULES_CACHE_SUFFIX);
	return n < 0 || (size_t)n >= len ? -1 : 0;
}

/* Not a defence (only root can write the file) but a check against a
 * damaged one: each 8-byte word goes through a bijection of the sum, so
 * changing any single word always changes the result. */
static uint64_t checksum(const unsigned char *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15u, w;
	size_t i = 0;
	for (; n - i >= 8; i += 8) {    /* a constant size: no call to memcpy */
		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdu;
		h ^= h >> 32;
	}
	if (i < n) {
		w = 0;
		memcpy(&w, p + i, n - i);
		h = (h ^ w) * 0xff51afd7ed558ccdu;
		h ^= h >> 32;
	}
	return h ^ n;
}

static int64_t ns(struct timespec t)
{
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* The kinds compiled again from their items (their compiler reads HOME). */
static const char *source_kind(unsigned kind)
{
	switch (kind) {
	case PAT_PROGPATH: return "program-path";
	case PAT_WRITES: return "writes";
	case PAT_OUTSIDE: return "writes-outside";
	default: return NULL;
	}
}

/* ---- writing --------------------------------------------------------------- */

struct wbuf {
	unsigned char *b;
	size_t len, cap;
	bool oom;
};

static void put(struct wbuf *w, const void *p, size_t n)
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

static void put8(struct wbuf *w, unsigned v)
{
	unsigned char c = (unsigned char)v;
	put(w, &c, 1);
}

static void put32(struct wbuf *w, uint32_t v)
{
	put(w, &v, sizeof(v));
}

static void put64(struct wbuf *w, uint64_t v)
{
	put(w, &v, sizeof(v));
}

static void put_str(struct wbuf *w, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	put32(w, s ? (uint32_t)n : NO_STR);
	if (s)
		put(w, s, n + 1);
}

static void put_head(struct wbuf *w, const struct ruleset *rs)
{
	put(w, MAGIC, sizeof(MAGIC));
	put32(w, FORMAT);
	put_str(w, GUARD_VERSION);
	for (size_t i = 0; i < sizeof(layout) / sizeof(layout[0]); i++)
		put32(w, layout[i]);
	put32(w, (uint32_t)rs->nsources);
	for (size_t i = 0; i < rs->nsources; i++) {
		const struct rule_source *s = &rs->sources[i];
		put_str(w, s->path);
		put64(w, s->dev);
		put64(w, s->ino);
		put64(w, s->size);
		put64(w, (uint64_t)s->mtime_ns);
		put64(w, (uint64_t)s->ctime_ns);
	}
	put8(w, rs->def);
	put8(w, rs->unresolved);
	put(w, rs->digest, 64);
}

static void put_rule(struct wbuf *w, const struct rule *r)
{
	put_str(w, r->id);
	put_str(w, r->reason);
	put_str(w, r->program);
	put_str(w, r->file);
	put32(w, r->line);
	put32(w, r->col);
	put8(w, r->action);
	put32(w, r->first);
	put32(w, r->npats);
}

static void put_list(struct wbuf *w, const struct pat *p)
{
	put32(w, p->u.list.n);
	for (uint32_t i = 0; i < p->u.list.n; i++)
		put_str(w, p->u.list.v[i]);
	put8(w, p->u.list.neg != NULL);
	if (p->u.list.neg)
		put(w, p->u.list.neg, p->u.list.n);
	put8(w, p->u.list.nohome);
}

/* One pattern; src holds its items when its kind is compiled again. */
static void put_pat(struct wbuf *w, const struct pat *p, const struct pat_source *src)
{
	put8(w, p->kind);
	put8(w, p->role);
	put8(w, p->exact);
	put8(w, p->many);
	put32(w, p->rule);
	put_str(w, p->prog);
	put_str(w, p->text);
	put32(w, p->line);
	put32(w, p->col);
	switch (p->kind) {
	case PAT_WORDS:
	case PAT_RAW:
		put32(w, p->u.words.n);
		for (uint32_t i = 0; i < p->u.words.n; i++)
			put_str(w, p->u.words.w[i]);
		put(w, p->u.words.wk, p->u.words.n);
		break;
	case PAT_AWS:
	case PAT_GIT:
		put32(w, p->u.set.mask);
		break;
	case PAT_OPTION:
	case PAT_ASSIGN:
		put_list(w, p);
		break;
	case PAT_PROGPATH:
	case PAT_WRITES:
	case PAT_OUTSIDE:
		put8(w, src->list);
		put32(w, src->n);
		for (uint32_t i = 0; i < src->n; i++)
			put_str(w, src->items[i]);
		break;
	default:        /* regex: compiled again from its text; unsafe-path: nothing */
		break;
	}
}

/* Write data to path through a temporary file in the same directory, so
 * that a reader sees the old file or the new one, never a part. */
static int write_file(const char *path, const unsigned char *data, size_t len, char *err,
		      size_t errlen)
{
	char tmp[PATH_MAX];
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int)sizeof(tmp))
		return say(err, errlen, "%s: path too long", path);
	int fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0)
		return say(err, errlen, "%s: cannot create: %m", tmp);
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
	say(err, errlen, "%s: cannot write: %m", path);
	unlink(tmp);
	return -1;
}

int ruleset_cache_write(const struct ruleset *rs, const char *rules_path, char *err,
			size_t errlen)
{
	char path[PATH_MAX];
	struct wbuf w = {0};
	if (cache_path(rules_path, path, sizeof(path)))
		return say(err, errlen, "%s: path too long", rules_path);
	if (strlen(rs->digest) != 64 || !rs->nsources || (rs->npats && !rs->psrc))
		return say(err, errlen, "%s: not loaded from YAML with its digest", rules_path);
	for (size_t i = 0; i < rs->npats; i++)
		if (source_kind(rs->pats[i].kind) && !rs->psrc[i].items)
			return say(err, errlen, "%s: pattern %zu has no items", rules_path, i);
	put_head(&w, rs);
	put32(&w, (uint32_t)rs->nrules);
	for (size_t i = 0; i < rs->nrules; i++)
		put_rule(&w, &rs->rules[i]);
	put32(&w, (uint32_t)rs->npats);
	for (size_t i = 0; i < rs->npats; i++)
		put_pat(&w, &rs->pats[i], rs->psrc ? &rs->psrc[i] : NULL);
	if (!w.oom)
		put64(&w, checksum(w.b, w.len));
	int rc = w.oom ? say(err, errlen, "%s: out of memory", path)
		       : write_file(path, w.b, w.len, err, errlen);
	free(w.b);
	return rc;
}

/* File times have a granularity (a clock tick, a second on some file
 * systems): a file changed shortly before it was read could change again
 * after, with the same times and size, and the cache would hide that.
 * Only files unchanged for a second before the load are recorded. */
static bool settled(const struct ruleset *rs, struct timespec start)
{
	int64_t limit = ns(start) - 1000000000;
	for (size_t i = 0; i < rs->nsources; i++)
		if (rs->sources[i].mtime_ns >= limit || rs->sources[i].ctime_ns >= limit)
			return false;
	return true;
}

int ruleset_compile(const char *rules_path, char *err, size_t errlen)
{
	for (int tries = 0;; tries++) {
		struct ruleset rs = {0};
		struct timespec start;
		clock_gettime(CLOCK_REALTIME, &start);
		int rc = ruleset_load(&rs, rules_path, POLICY_DIGEST | POLICY_NO_CACHE, err, errlen);
		bool ok = rc == 0 && settled(&rs, start);
		if (ok)
			rc = ruleset_cache_write(&rs, rules_path, err, errlen);
		ruleset_free(&rs);
		if (rc || ok)
			return rc;
		if (tries == 3)
			return say(err, errlen, "%s: the policy files keep changing", rules_path);
		nanosleep(&(struct timespec){1, 100000000}, NULL);
	}
}

/* ---- reading ---------------------------------------------------------------- */

struct rbuf {
	const unsigned char *p, *end;
	bool bad;               /* out of data or a bad value: the whole file is refused */
	arena *mem;
};

static const void *take(struct rbuf *r, size_t n)
{
	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = true;
		return NULL;
	}
	const void *q = r->p;
	r->p += n;
	return q;
}

static unsigned get8(struct rbuf *r)
{
	const unsigned char *q = take(r, 1);
	return q ? *q : 0;
}

static uint32_t get32(struct rbuf *r)
{
	uint32_t v = 0;
	const void *q = take(r, sizeof(v));
	if (q)
		memcpy(&v, q, sizeof(v));
	return v;
}

static uint64_t get64(struct rbuf *r)
{
	uint64_t v = 0;
	const void *q = take(r, sizeof(v));
	if (q)
		memcpy(&v, q, sizeof(v));
	return v;
}

/* A flag byte: 0 or 1. */
static bool get_bool(struct rbuf *r)
{
	unsigned v = get8(r);
	r->bad |= v > 1;
	return v == 1;
}

/* A string in the file (which is in the arena), or NULL (NO_STR, or
 * r->bad set).  A NUL inside would only shorten it. */
static const char *get_str(struct rbuf *r)
{
	uint32_t n = get32(r);
	if (r->bad || n == NO_STR)
		return NULL;
	const char *s = take(r, (size_t)n + 1);
	r->bad |= !s || s[n];
	return r->bad ? NULL : s;
}

static const char *get_req(struct rbuf *r)
{
	const char *s = get_str(r);
	r->bad |= !s;
	return s;
}

/* A count of things of at least `each` bytes: bounded by what is left,
 * so that nothing is allocated for data the file does not have. */
static uint32_t get_count(struct rbuf *r, uint32_t max, size_t each)
{
	uint32_t n = get32(r);
	r->bad |= n > max || (size_t)(r->end - r->p) / each < n;
	return r->bad ? 0 : n;
}

static bool header_ok(struct rbuf *r)
{
	const char *m = take(r, sizeof(MAGIC));
	if (!m || memcmp(m, MAGIC, sizeof(MAGIC)) || get32(r) != FORMAT)
		return false;
	const char *v = get_str(r);
	if (!v || strcmp(v, GUARD_VERSION))
		return false;
	for (size_t i = 0; i < sizeof(layout) / sizeof(layout[0]); i++)
		if (get32(r) != layout[i])
			return false;
	return !r->bad;
}

/* Does the file still open (as the loader opens it) and match s? */
static bool source_current(const struct rule_source *s)
{
	struct stat st;
	int fd = open(s->path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return false;
	bool ok = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_dev == s->dev &&
		  (uint64_t)st.st_ino == s->ino && (uint64_t)st.st_size == s->size &&
		  ns(st.st_mtim) == s->mtime_ns && ns(st.st_ctim) == s->ctime_ns;
	close(fd);
	return ok;
}

static bool get_sources(struct rbuf *r, struct ruleset *rs, const char *rules_path)
{
	uint32_t n = get_count(r, MAX_SOURCES, 4 + 5 * 8);
	if (!n || !(rs->sources = arena_alloc(rs->mem, n * sizeof(*rs->sources))))
		return false;
	for (uint32_t i = 0; i < n; i++) {
		struct rule_source *s = &rs->sources[i];
		s->path = get_req(r);
		s->dev = get64(r);
		s->ino = get64(r);
		s->size = get64(r);
		s->mtime_ns = (int64_t)get64(r);
		s->ctime_ns = (int64_t)get64(r);
		if (r->bad || (i == 0 && strcmp(s->path, rules_path)) || !source_current(s))
			return false;
	}
	rs->nsources = n;
	return true;
}

static bool get_decisions(struct rbuf *r, struct ruleset *rs)
{
	unsigned def = get8(r), unres = get8(r);
	const char *d = take(r, 64);
	if (!d || def > DECISION_DENY || unres > DECISION_DENY)
		return false;
	for (int i = 0; i < 64; i++)
		if (!((d[i] >= '0' && d[i] <= '9') || (d[i] >= 'a' && d[i] <= 'f')))
			return false;
	rs->def = (enum decision)def;
	rs->unresolved = (enum decision)unres;
	memcpy(rs->digest, d, 64);
	rs->digest[64] = '\0';
	return true;
}

static bool get_rules(struct rbuf *r, struct ruleset *rs)
{
	uint32_t n = get_count(r, POLICY_MAX_RULES, 4 * 4 + 4 * 4 + 1);
	if (r->bad || !(rs->rules = calloc(n ? n : 1, sizeof(*rs->rules))))
		return false;
	rs->caprules = n;
	for (uint32_t i = 0; i < n; i++) {
		struct rule *u = &rs->rules[i];
		u->id = get_req(r);
		u->reason = get_str(r);
		u->program = get_str(r);
		u->file = get_req(r);
		u->line = get32(r);
		u->col = get32(r);
		unsigned action = get8(r);
		u->action = action == DECISION_DENY ? DECISION_DENY : DECISION_ALLOW;
		u->first = get32(r);
		u->npats = get32(r);
		if (r->bad || action > DECISION_DENY || (action == DECISION_DENY && !u->reason))
			return false;
	}
	rs->nrules = n;
	return true;
}

/* Compile p again as the loader did, into a zeroed union. */
static bool recompile(arena *mem, struct pat *p, const char *kind, const char *const *items,
		      size_t n, bool list)
{
	unsigned want = p->kind;
	memset(&p->u, 0, sizeof(p->u));
	return !pattern_compile(mem, p, kind, items, n, list) && p->kind == want;
}

static bool get_words(struct rbuf *r, struct pat *p)
{
	uint32_t n = get_count(r, MAX_COUNT, 4 + 1);
	const char **w = n ? arena_alloc(r->mem, (n + 1) * sizeof(*w)) : NULL;
	unsigned char *wk = n ? arena_alloc(r->mem, n + 1) : NULL;
	if (!w || !wk)
		return false;
	for (uint32_t i = 0; i < n; i++)
		w[i] = get_req(r);
	const unsigned char *k = take(r, n);
	for (uint32_t i = 0; k && i < n; i++)
		r->bad |= (wk[i] = k[i]) > W_MANY;
	p->u.words.w = w;
	p->u.words.wk = wk;
	p->u.words.n = n;
	return !r->bad;
}

static bool get_list(struct rbuf *r, struct pat *p)
{
	uint32_t n = get_count(r, MAX_COUNT, 4);
	const char **v = arena_alloc(r->mem, (n + 1) * sizeof(*v));
	if (!v)
		return false;
	for (uint32_t i = 0; i < n; i++)
		v[i] = get_req(r);
	if (get_bool(r)) {
		const unsigned char *neg = take(r, n);
		unsigned char *copy = arena_alloc(r->mem, n + 1);
		for (uint32_t i = 0; neg && copy && i < n; i++)
			r->bad |= (copy[i] = neg[i]) > 1;
		r->bad |= !copy;
		p->u.list.neg = copy;
	}
	p->u.list.nohome = get_bool(r);
	p->u.list.v = v;
	p->u.list.n = n;
	return !r->bad;
}

/* Items of a kind compiled again (it reads HOME, which may have changed). */
static bool get_items(struct rbuf *r, struct pat *p)
{
	bool list = get_bool(r);
	uint32_t n = get_count(r, MAX_COUNT, 4);
	const char **v = n ? arena_alloc(r->mem, n * sizeof(*v)) : NULL;
	if (!v)
		return false;
	for (uint32_t i = 0; i < n; i++)
		v[i] = get_req(r);
	return !r->bad && recompile(r->mem, p, source_kind(p->kind), v, n, list);
}

static bool get_body(struct rbuf *r, struct pat *p)
{
	switch (p->kind) {
	case PAT_WORDS:
	case PAT_RAW:
		return get_words(r, p);
	case PAT_AWS:
	case PAT_GIT:
		p->u.set.mask = get32(r);
		return !r->bad;
	case PAT_OPTION:
	case PAT_ASSIGN:
		return get_list(r, p);
	case PAT_REGEX:
		return recompile(r->mem, p, "regex", &p->text, 1, false);
	case PAT_UNSAFE_PATH:
		return true;
	default:
		return get_items(r, p);
	}
}

/* One pattern into *out, which stays zeroed (nothing to free) on failure. */
static bool get_pat(struct rbuf *r, const struct ruleset *rs, struct pat *out)
{
	struct pat p = {0};
	unsigned kind = get8(r), role = get8(r);
	bool exact = get_bool(r), many = get_bool(r);
	uint32_t rule = get32(r);
	const char *prog = get_str(r), *text = get_req(r);
	unsigned line = get32(r), col = get32(r);
	if (r->bad || kind >= PAT_NKINDS || role > ROLE_UNLESS || rule >= rs->nrules)
		return false;
	p.kind = (unsigned char)kind;
	p.text = text;
	if (!get_body(r, &p))
		return false;
	p.role = (unsigned char)role;
	p.exact = exact;
	p.many = many;
	p.rule = rule;
	p.prog = prog;
	p.line = line;
	p.col = col;
	*out = p;
	return true;
}

static bool get_pats(struct rbuf *r, struct ruleset *rs)
{
	uint32_t n = get_count(r, MAX_PATS, 4 * 4 + 4 * 4);
	if (r->bad || !(rs->pats = calloc(n ? n : 1, sizeof(*rs->pats))))
		return false;
	rs->cappats = n;
	for (uint32_t i = 0; i < n; i++) {
		rs->npats = i + 1;
		if (!get_pat(r, rs, &rs->pats[i]))
			return false;
	}
	return true;
}

/* Every rule's patterns exist and name it back. */
static bool links_ok(const struct ruleset *rs)
{
	for (size_t i = 0; i < rs->nrules; i++) {
		const struct rule *u = &rs->rules[i];
		if ((uint64_t)u->first + u->npats > rs->npats)
			return false;
		for (uint32_t j = u->first; j < u->first + u->npats; j++)
			if (rs->pats[j].rule != i)
				return false;
	}
	return true;
}

/* Only a file that only root can have written is data to trust. */
static bool trusted(const struct stat *st)
{
	return S_ISREG(st->st_mode) && st->st_uid == 0 && !(st->st_mode & (S_IWGRP | S_IWOTH)) &&
	       st->st_size >= (off_t)(sizeof(MAGIC) + 8) && st->st_size <= MAX_CACHE_BYTES;
}

/* The file, in mem, when it is one to trust. */
static unsigned char *slurp_trusted(const char *rules_path, arena *mem, size_t *len)
{
	char path[PATH_MAX];
	struct stat st;
	unsigned char *buf = NULL;
	if (cache_path(rules_path, path, sizeof(path)))
		return NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) == 0 && trusted(&st) && (buf = arena_alloc(mem, (size_t)st.st_size))) {
		*len = 0;
		while (*len < (size_t)st.st_size) {
			ssize_t n = read(fd, buf + *len, (size_t)st.st_size - *len);
			if (n <= 0)
				break;
			*len += (size_t)n;
		}
		if (*len != (size_t)st.st_size)
			buf = NULL;
	}
	close(fd);
	return buf;
}

static bool decode(struct rbuf *r, struct ruleset *rs, const char *rules_path)
{
	return header_ok(r) && get_sources(r, rs, rules_path) && get_decisions(r, rs) &&
	       get_rules(r, rs) && get_pats(r, rs) && r->p == r->end && links_ok(rs);
}

struct ruleset *ruleset_cache_read(const char *rules_path)
{
	size_t len = 0;
	uint64_t sum = 0;
	unsigned char *buf = NULL;
	struct ruleset *rs = calloc(1, sizeof(*rs));
	if (rs && (rs->mem = arena_new(ARENA_LIMIT)))
		buf = slurp_trusted(rules_path, rs->mem, &len);
	if (buf)
		memcpy(&sum, buf + len - 8, 8);
	struct rbuf r = {buf, buf ? buf + len - 8 : NULL, false, rs ? rs->mem : NULL};
	bool ok = buf && sum == checksum(buf, len - 8) && decode(&r, rs, rules_path);
	if (ok)
		return rs;
	if (rs) {
		ruleset_free(rs);
		free(rs);
	}
	return NULL;
}
