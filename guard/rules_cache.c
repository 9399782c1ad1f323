/*
 * rules_cache.c - write and read compiled policies (see rules_cache.h).
 *
 * A binfile.h file whose sources are the rules file and its includes,
 * then:
 *   default, unresolved, digest (64 hex digits)
 *   rules: count, then id reason program file line col action first npats
 *   patterns: count, then kind role exact many rule prog text line col,
 *             the length of BODY (u32) and BODY
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

#include "binfile.h"
#include "policy.h"

/* RULES_CACHE_FORMAT: rules_cache.h */
#define FORMAT          RULES_CACHE_FORMAT
#define MAX_PATS        (16 * POLICY_MAX_RULES)
#define MAX_COUNT       (1u << 20)      /* words or items in one pattern */
#define ARENA_LIMIT     (256u * 1024 * 1024)

/* The sizes a file must have been written with. */
static const uint32_t layout[] = {
	sizeof(void *), sizeof(long), sizeof(struct pat), sizeof(struct rule),
	sizeof(struct ruleset), PAT_NKINDS,
};
static const struct bf_kind file_kind = {"guardpc", FORMAT, layout,
				    sizeof(layout) / sizeof(layout[0])};

static int cache_path(const char *rules_path, char *buf, size_t len)
{
	int n = snprintf(buf, len, "%s%s", rules_path, RULES_CACHE_SUFFIX);
	return n < 0 || (size_t)n >= len ? -1 : 0;
}

/* The kinds stored as their items, compiled when first matched (their
 * compiler reads HOME). */
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

static void put_decisions(struct bf_writer *w, const struct ruleset *rs)
{
	bf_put8(w, rs->def);
	bf_put8(w, rs->unresolved);
	bf_put(w, rs->digest, 64);
}

static void put_rule(struct bf_writer *w, const struct rule *r)
{
	bf_put_str(w, r->id);
	bf_put_str(w, r->reason);
	bf_put_str(w, r->program);
	bf_put_str(w, r->file);
	bf_put32(w, r->line);
	bf_put32(w, r->col);
	bf_put8(w, r->action);
	bf_put32(w, r->first);
	bf_put32(w, r->npats);
}

static void put_list(struct bf_writer *w, const struct pat *p)
{
	bf_put32(w, p->u.list.n);
	for (uint32_t i = 0; i < p->u.list.n; i++)
		bf_put_str(w, p->u.list.v[i]);
	bf_put8(w, p->u.list.neg != NULL);
	if (p->u.list.neg)
		bf_put(w, p->u.list.neg, p->u.list.n);
	bf_put8(w, p->u.list.nohome);
}

static void put_body(struct bf_writer *w, const struct pat *p, const struct pat_source *src);

/* One pattern; src holds its items when its kind is compiled again. */
static void put_pat(struct bf_writer *w, const struct pat *p, const struct pat_source *src)
{
	bf_put8(w, p->kind);
	bf_put8(w, p->role);
	bf_put8(w, p->exact);
	bf_put8(w, p->many);
	bf_put32(w, p->rule);
	bf_put_str(w, p->prog);
	bf_put_str(w, p->text);
	bf_put32(w, p->line);
	bf_put32(w, p->col);
	size_t at = w->len;
	bf_put32(w, 0);         /* BODY's length, set below */
	put_body(w, p, src);
	if (!w->oom) {
		uint32_t len = (uint32_t)(w->len - at - 4);
		memcpy(w->b + at, &len, 4);
	}
}

static void put_body(struct bf_writer *w, const struct pat *p, const struct pat_source *src)
{
	switch (p->kind) {
	case PAT_WORDS:
	case PAT_RAW:
		bf_put32(w, p->u.words.n);
		for (uint32_t i = 0; i < p->u.words.n; i++)
			bf_put_str(w, p->u.words.w[i]);
		bf_put(w, p->u.words.wk, p->u.words.n);
		break;
	case PAT_AWS:
	case PAT_GIT:
		bf_put32(w, p->u.set.mask);
		break;
	case PAT_OPTION:
	case PAT_ASSIGN:
		put_list(w, p);
		break;
	case PAT_PROGPATH:
	case PAT_WRITES:
	case PAT_OUTSIDE:
		bf_put8(w, src->list);
		bf_put32(w, src->n);
		for (uint32_t i = 0; i < src->n; i++)
			bf_put_str(w, src->items[i]);
		break;
	default:        /* regex: compiled again from its text; unsafe-path: nothing */
		break;
	}
}

int ruleset_cache_check(const struct ruleset *rs, char *err, size_t errlen)
{
	if (strlen(rs->digest) != 64 || !rs->nsources || (rs->npats && !rs->psrc))
		return bf_say(err, errlen, "not loaded from YAML with its digest");
	for (size_t i = 0; i < rs->npats; i++)
		if (source_kind(rs->pats[i].kind) && !rs->psrc[i].items)
			return bf_say(err, errlen, "pattern %zu has no items", i);
	return 0;
}

void ruleset_cache_put(struct bf_writer *w, const struct ruleset *rs)
{
	put_decisions(w, rs);
	bf_put32(w, (uint32_t)rs->nrules);
	for (size_t i = 0; i < rs->nrules; i++)
		put_rule(w, &rs->rules[i]);
	bf_put32(w, (uint32_t)rs->npats);
	for (size_t i = 0; i < rs->npats; i++)
		put_pat(w, &rs->pats[i], rs->psrc ? &rs->psrc[i] : NULL);
}

int ruleset_cache_write(const struct ruleset *rs, const char *rules_path, char *err,
			size_t errlen)
{
	char path[PATH_MAX], why[200];
	struct bf_writer w = {0};
	if (cache_path(rules_path, path, sizeof(path)))
		return bf_say(err, errlen, "%s: path too long", rules_path);
	if (ruleset_cache_check(rs, why, sizeof(why)))
		return bf_say(err, errlen, "%s: %s", rules_path, why);
	bf_put_head(&w, &file_kind, rs->sources, rs->nsources);
	ruleset_cache_put(&w, rs);
	return bf_finish(&w, path, err, errlen);
}

/* given made absolute against the current directory (no symbolic link
 * resolved), in mem: what a compiled file records, and what its reader
 * looks for.  In mem, not on the stack: the reader runs before every
 * command, and stack pages cost faults. */
static const char *absolute(arena *mem, const char *given)
{
	if (given[0] == '/')
		return given;
	char *cwd = getcwd(NULL, 0);
	const char *abs = cwd ? arena_printf(mem, "%s/%s", cwd, given) : NULL;
	free(cwd);
	return abs;
}

static int compile_at(const char *rules_path, char *err, size_t errlen)
{
	for (int tries = 0;; tries++) {
		struct ruleset rs = {0};
		struct timespec start;
		clock_gettime(CLOCK_REALTIME, &start);
		int rc = ruleset_load(&rs, rules_path, POLICY_DIGEST | POLICY_NO_CACHE, err, errlen);
		bool ok = rc == 0 && bf_settled(rs.sources, rs.nsources, start);
		if (ok)
			rc = ruleset_cache_write(&rs, rules_path, err, errlen);
		ruleset_free(&rs);
		if (rc || ok)
			return rc;
		if (tries == 3)
			return bf_say(err, errlen, "%s: the policy files keep changing", rules_path);
		nanosleep(&(struct timespec){1, 100000000}, NULL);
	}
}

int ruleset_compile(const char *given, char *err, size_t errlen)
{
	arena *mem = arena_new(1u << 20);
	const char *rules_path = mem ? absolute(mem, given) : NULL;
	int rc = rules_path ? compile_at(rules_path, err, errlen)
			    : bf_say(err, errlen, "%s: cannot make the path absolute: %m", given);
	arena_free(mem);
	return rc;
}

/* ---- reading ---------------------------------------------------------------- */

static bool get_decisions(struct bf_reader *r, struct ruleset *rs)
{
	unsigned def = bf_get8(r), unres = bf_get8(r);
	const char *d = bf_take(r, 64);
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

static bool get_rules(struct bf_reader *r, struct ruleset *rs)
{
	uint32_t n = bf_get_count(r, POLICY_MAX_RULES, 4 * 4 + 4 * 4 + 1);
	if (r->bad || !(rs->rules = calloc(n ? n : 1, sizeof(*rs->rules))))
		return false;
	rs->caprules = n;
	for (uint32_t i = 0; i < n; i++) {
		struct rule *u = &rs->rules[i];
		u->id = bf_get_req(r);
		u->reason = bf_get_str(r);
		u->program = bf_get_str(r);
		u->file = bf_get_req(r);
		u->line = bf_get32(r);
		u->col = bf_get32(r);
		unsigned action = bf_get8(r);
		u->action = action == DECISION_DENY ? DECISION_DENY : DECISION_ALLOW;
		u->first = bf_get32(r);
		u->npats = bf_get32(r);
		if (r->bad || action > DECISION_DENY || (action == DECISION_DENY && !u->reason) ||
		    (u->reason && strpbrk(u->reason, "\n\r")))       /* one line, as loaded */
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

static bool get_words(struct bf_reader *r, struct pat *p)
{
	uint32_t n = bf_get_count(r, MAX_COUNT, 4 + 1);
	const char **w = n ? arena_alloc(r->mem, (n + 1) * sizeof(*w)) : NULL;
	unsigned char *wk = n ? arena_alloc(r->mem, n + 1) : NULL;
	if (!w || !wk)
		return false;
	for (uint32_t i = 0; i < n; i++)
		w[i] = bf_get_req(r);
	const unsigned char *k = bf_take(r, n);
	for (uint32_t i = 0; k && i < n; i++)
		r->bad |= (wk[i] = k[i]) > W_MANY;
	p->u.words.w = w;
	p->u.words.wk = wk;
	p->u.words.n = n;
	return !r->bad;
}

static bool get_list(struct bf_reader *r, struct pat *p)
{
	uint32_t n = bf_get_count(r, MAX_COUNT, 4);
	const char **v = arena_alloc(r->mem, (n + 1) * sizeof(*v));
	if (!v)
		return false;
	for (uint32_t i = 0; i < n; i++)
		v[i] = bf_get_req(r);
	if (bf_get_bool(r)) {
		const unsigned char *neg = bf_take(r, n);
		unsigned char *copy = arena_alloc(r->mem, n + 1);
		for (uint32_t i = 0; neg && copy && i < n; i++)
			r->bad |= (copy[i] = neg[i]) > 1;
		r->bad |= !copy;
		p->u.list.neg = copy;
	} else if (p->kind == PAT_ASSIGN) {
		/* its matcher reads neg[i]: no exceptions, then, never NULL */
		r->bad |= !(p->u.list.neg = arena_alloc(r->mem, n + 1));
	}
	p->u.list.nohome = bf_get_bool(r);
	p->u.list.v = v;
	p->u.list.n = n;
	return !r->bad;
}

/* Items of a kind compiled when first matched (it reads HOME, which may
 * differ from the compiler's, and most commands never need it). */
static bool get_items(struct bf_reader *r, struct pat *p)
{
	bool list = bf_get_bool(r);
	uint32_t n = bf_get_count(r, MAX_COUNT, 4);
	const char **v = n ? arena_alloc(r->mem, n * sizeof(*v)) : NULL;
	if (!v)
		return false;
	for (uint32_t i = 0; i < n; i++)
		v[i] = bf_get_req(r);
	p->lazy = LAZY_PENDING;
	p->u.list.v = v;
	p->u.list.n = n;
	p->u.list.items_list = list;
	return !r->bad;
}

static bool get_body(struct bf_reader *r, struct pat *p)
{
	switch (p->kind) {
	case PAT_WORDS:
	case PAT_RAW:
		return get_words(r, p);
	case PAT_AWS:
	case PAT_GIT:
		p->u.set.mask = bf_get32(r);
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

/* One pattern into *out, its body left to ruleset_cache_body(); *out
 * stays zeroed on failure. */
static bool get_pat(struct bf_reader *r, const struct ruleset *rs, struct pat *out)
{
	struct pat p = {0};
	unsigned kind = bf_get8(r), role = bf_get8(r);
	bool exact = bf_get_bool(r), many = bf_get_bool(r);
	uint32_t rule = bf_get32(r);
	const char *prog = bf_get_str(r), *text = bf_get_req(r);
	unsigned line = bf_get32(r), col = bf_get32(r);
	uint32_t len = bf_get32(r);
	const unsigned char *body = bf_take(r, len);
	if (r->bad || kind >= PAT_NKINDS || role > ROLE_UNLESS || rule >= rs->nrules)
		return false;
	p.kind = (unsigned char)kind;
	p.text = text;
	p.lazy = LAZY_UNDECODED;
	p.u.body.p = body;
	p.u.body.len = len;
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

int ruleset_cache_body(arena *mem, struct pat *p)
{
	if (p->lazy != LAZY_UNDECODED)
		return -1;
	struct bf_reader r = {p->u.body.p, p->u.body.p + p->u.body.len, false, mem};
	memset(&p->u, 0, sizeof(p->u));
	p->lazy = LAZY_NONE;
	if (get_body(&r, p) && bf_done(&r))
		return 0;
	if (p->kind == PAT_REGEX)       /* compiled, then trailing bytes */
		pcre2_code_free(p->u.re.code);
	memset(&p->u, 0, sizeof(p->u));
	p->lazy = LAZY_BROKEN;
	return -1;
}

static bool get_pats(struct bf_reader *r, struct ruleset *rs)
{
	uint32_t n = bf_get_count(r, MAX_PATS, 4 * 4 + 4 * 4);
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

bool ruleset_cache_get(struct bf_reader *r, struct ruleset *rs)
{
	return get_decisions(r, rs) && get_rules(r, rs) && get_pats(r, rs) && links_ok(rs);
}

struct ruleset *ruleset_cache_read(const char *given)
{
	const char *path, *rules_path;
	struct bf_reader r;
	struct ruleset *rs = calloc(1, sizeof(*rs));
	bool ok = rs && (rs->mem = arena_new(ARENA_LIMIT)) &&
		  (rules_path = absolute(rs->mem, given)) &&
		  (path = arena_concat(rs->mem, rules_path, RULES_CACHE_SUFFIX)) &&
		  bf_open(&r, path, rs->mem, &file_kind, rules_path, &rs->sources, &rs->nsources) &&
		  ruleset_cache_get(&r, rs) && bf_done(&r);
	if (ok)
		return rs;
	if (rs) {
		ruleset_free(rs);
		free(rs);
	}
	return NULL;
}
