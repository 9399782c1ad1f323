/*
 * policy.c - index the loaded rules and judge commands (see policy.h).
 *
 * Index: every deny/allow pattern whose program is known (a literal first
 * word, aws:, git:, or the rule's `program`) sits in a hash table by
 * program name, chained in pattern order; the others (a glob as first
 * word, a regex without `program`, assign:, writes-outside:...) are tried
 * for every command.
 * Judging a command walks the two lists merged in rule order, so the first
 * matching deny rule in reading order is the one reported, and stops at
 * it.
 *
 * Pattern kinds: each has a compiler, called by the loader, and a matcher,
 * side by side in the table `kinds` below (policy_int.h says where each
 * lives).  Uncertainty always resolves towards deny: a matcher that cannot
 * tell counts as a match for deny patterns and the unless of allow rules,
 * as no match for allow patterns and the unless of deny rules.
 *
 * Not thread-safe: a judge uses the policy's scratch arena and match data.
 */
#include "policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "canon.h"
#include "policy_int.h"
#include "rules_cache.h"

#define SCRATCH_LIMIT   (64u * 1024 * 1024)
#define SCRATCH_KEEP    (1024u * 1024)  /* recycle the arena above this */
#define MATCH_LIMIT     100000
#define DEPTH_LIMIT     1000
#define HEAP_LIMIT_KIB  4096
#define MAX_NOTES       128
#define NOTE_SOURCE_MAX 200
#define MATCH_TAG       "{match}"
#define MATCH_DEFAULT   "this command"

static const char default_deny_reason[] =
	"no rule of the policy allows this command, and what is not allowed is denied";
static const char too_large_reason[] =
	"guard ran out of room checking this command; split it into smaller commands";
static const char unresolved_generic[] =
	"guard cannot check this command; run the program directly, with its name "
	"and arguments written literally";

/* One deny/allow pattern with a known program, chained to the next one in
 * its hash bucket (index + 1; 0 ends the chain) in pattern order. */
struct ientry {
	const char *prog;
	uint32_t pat;
	uint32_t next;
};

struct policy {
	struct ruleset rs;
	struct ientry *index;   /* in pattern order */
	size_t nindex;
	uint32_t *bucket;       /* hash of prog -> first entry (+ 1), 0: none */
	size_t nbucket;         /* a power of two */
	uint32_t *any;          /* patterns tried for every command, in order */
	size_t nany;
	arena *scratch;         /* one judge's canonical argv and regex subject */
	pcre2_match_context *mctx;
	pcre2_match_data *md;
	char *notes[MAX_NOTES]; /* composed reasons: unresolved, {match} */
	size_t nnotes;
	const char **plain;     /* per rule: its reason with {match} generic, made when first needed */
	const char *lazy_error; /* a pending pattern could not be compiled: see ready() */
	bool digest;            /* loaded with POLICY_DIGEST */
};

/* ---- index -------------------------------------------------------------- */

/* FNV-1a: the index is built on every start (no sorting, so that a load
 * costs nothing per pattern beyond one hash). */
static uint32_t prog_hash(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* "... {match} ..." with {match} replaced by rep; NULL when out of room. */
static char *fill_match(const char *reason, const char *rep, char *buf, size_t len)
{
	size_t o = 0, rl = strlen(rep);
	for (const char *r = reason; *r && o + 1 < len;) {
		if (!strncmp(r, MATCH_TAG, sizeof(MATCH_TAG) - 1)) {
			if (o + rl + 1 >= len)
				return NULL;
			memcpy(buf + o, rep, rl);
			o += rl;
			r += sizeof(MATCH_TAG) - 1;
		} else {
			buf[o++] = *r++;
		}
	}
	buf[o] = '\0';
	return buf;
}

static int build_index(policy *p)
{
	size_t n = p->rs.npats, nb = 16;
	while (nb < 2 * n)
		nb *= 2;
	p->index = malloc((n ? n : 1) * sizeof(*p->index));
	p->any = malloc((n ? n : 1) * sizeof(*p->any));
	p->bucket = calloc(nb, sizeof(*p->bucket));
	uint32_t *tail = malloc(nb * sizeof(*tail));
	p->plain = arena_alloc(p->rs.mem, (p->rs.nrules + 1) * sizeof(*p->plain));
	if (!p->index || !p->any || !p->bucket || !tail || !p->plain) {
		free(tail);
		return -1;
	}
	p->nbucket = nb;
	for (size_t i = 0; i < n; i++) {
		const struct pat *pt = &p->rs.pats[i];
		if (pt->role != ROLE_MATCH)
			continue;
		if (!pt->prog) {
			p->any[p->nany++] = (uint32_t)i;
			continue;
		}
		uint32_t e = (uint32_t)p->nindex++, h = prog_hash(pt->prog) & (uint32_t)(nb - 1);
		p->index[e] = (struct ientry){pt->prog, (uint32_t)i, 0};
		if (p->bucket[h])
			p->index[tail[h]].next = e + 1;
		else
			p->bucket[h] = e + 1;
		tail[h] = e;
	}
	free(tail);
	return 0;
}

/* The entry after e (an index + 1, 0: none) in e's chain that is for
 * program prog: the patterns of prog come in pattern order. */
static uint32_t next_for(const policy *p, uint32_t e, const char *prog)
{
	while (e && strcmp(p->index[e - 1].prog, prog))
		e = p->index[e - 1].next;
	return e;
}

/* The first index entry (+ 1) for program prog, 0 when none. */
static uint32_t lookup(const policy *p, const char *prog)
{
	return next_for(p, p->bucket[prog_hash(prog) & (uint32_t)(p->nbucket - 1)], prog);
}

/* ---- load, free ------------------------------------------------------------ */

policy *policy_load(const char *path, char *errbuf, size_t errlen)
{
	return policy_load_opts(path, 0, errbuf, errlen);
}

/* p around the loaded rs: the index built; NULL (rs freed) when out of
 * memory. */
static policy *around(policy *p, const char *path, char *errbuf, size_t errlen)
{
	if (build_index(p)) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "%s:1:1: out of memory", path);
		policy_free(p);
		return NULL;
	}
	return p;
}

policy *policy_load_opts(const char *path, unsigned flags, char *errbuf, size_t errlen)
{
	policy *p = calloc(1, sizeof(*p));
	if (!p) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "%s:1:1: out of memory", path);
		return NULL;
	}
	p->digest = flags & POLICY_DIGEST;
	if (ruleset_load(&p->rs, path, flags, errbuf, errlen)) {
		policy_free(p);
		return NULL;
	}
	return around(p, path, errbuf, errlen);
}

policy *policy_from_ruleset(struct ruleset *rs, unsigned flags, char *errbuf, size_t errlen)
{
	policy *p = calloc(1, sizeof(*p));
	if (!p) {
		ruleset_free(rs);
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "out of memory");
		return NULL;
	}
	p->digest = flags & POLICY_DIGEST;
	p->rs = *rs;
	memset(rs, 0, sizeof(*rs));
	return around(p, p->rs.nsources ? p->rs.sources[0].path : "rules", errbuf, errlen);
}

void policy_free(policy *p)
{
	if (!p)
		return;
	ruleset_free(&p->rs);
	free(p->index);
	free(p->any);
	free(p->bucket);
	arena_free(p->scratch);
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mctx);
	for (size_t i = 0; i < p->nnotes; i++)
		free(p->notes[i]);
	free(p);
}

arena *policy_arena(policy *p)
{
	return p->rs.mem;
}

const char *policy_digest(const policy *p)
{
	return p->digest ? p->rs.digest : NULL;
}

enum decision policy_default(const policy *p)
{
	return p->rs.def;
}

enum decision policy_unresolved(const policy *p)
{
	return p->rs.unresolved;
}

/* ---- pattern kinds: compile at load, match when judging -------------------- */

/* {regex: ...}: compiled at load, so that a bad one fails the load.  That
 * costs about 0.5 us each, but the first in a process some 15 us (cold
 * code), which is why the shipped policy has none.  Never JIT-compiled:
 * see match_setup(). */
static const char *compile_regex(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	const char *text = items[0];
	int code;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[160];
	if (!*text)
		return "empty regex";
	p->u.re.code = pcre2_compile((PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED, PCRE2_DOTALL,
				     &code, &off, NULL);
	if (p->u.re.code)
		return NULL;
	if (pcre2_get_error_message(code, msg, sizeof(msg)) < 0)
		strcpy((char *)msg, "unknown error");
	return arena_printf(mem, "bad regex '%s': %s at offset %zu", text, (const char *)msg,
			    (size_t)off);
}

static int join_subject(policy *p, struct subject *s)
{
	size_t len = 0;
	for (size_t i = 0; i < s->n; i++)
		len += strlen(s->w[i]) + 1;
	char *j = arena_alloc(p->scratch, len + 1), *o = j;
	if (!j)
		return -1;
	for (size_t i = 0; i < s->n; i++) {
		size_t k = strlen(s->w[i]);
		if (i)
			*o++ = ' ';
		memcpy(o, s->w[i], k);
		o += k;
	}
	*o = '\0';
	s->joined = j;
	s->joinlen = (size_t)(o - j);
	return 0;
}

/* Limits bound the cost of any regex on any subject; JIT is never used,
 * so that the limits hold and no executable memory is mapped. */
static int match_setup(policy *p)
{
	if (p->md)
		return 0;
	p->mctx = pcre2_match_context_create(NULL);
	p->md = pcre2_match_data_create(1, NULL);
	if (!p->mctx || !p->md)
		return -1;
	pcre2_set_match_limit(p->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(p->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(p->mctx, HEAP_LIMIT_KIB);
	return 0;
}

static int match_regex(policy *p, const struct pat *pt, struct subject *s, bool loose)
{
	if ((!s->joined && join_subject(p, s)) || match_setup(p))
		return -1;
	int rc = pcre2_match(pt->u.re.code, (PCRE2_SPTR)s->joined, s->joinlen, 0, 0,
			     p->md, p->mctx);
	if (rc >= 0)
		return 1;
	return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}

struct kind {
	const char *name;       /* key of {NAME: VALUE}; NULL for a plain string */
	bool list;              /* VALUE may be a list */
	compiler compile;
	matcher match;
};

static const struct kind kinds[PAT_NKINDS] = {
	[PAT_WORDS] = {NULL, false, compile_words, match_words},
	[PAT_REGEX] = {"regex", false, compile_regex, match_regex},
	[PAT_RAW] = {"raw", false, compile_raw, match_raw},
	[PAT_AWS] = {"aws", true, compile_aws, match_aws},
	[PAT_GIT] = {"git", true, compile_git, match_git},
	[PAT_OPTION] = {"option", false, compile_option, match_option},
	[PAT_PROGPATH] = {"program-path", true, compile_progpath, match_progpath},
	[PAT_ASSIGN] = {"assign", true, compile_assign, match_assign},
	[PAT_UNSAFE_PATH] = {"unsafe-path", false, compile_unsafe_path, match_unsafe_path},
	[PAT_OUTSIDE] = {"writes-outside", true, compile_outside, match_outside},
	[PAT_WRITES] = {"writes", true, compile_writes, match_writes},
};

const char *const pattern_kinds[] = {
	"regex", "raw", "aws", "git", "option", "program-path", "assign", "unsafe-path",
	"writes-outside", "writes", NULL
};

const char *pattern_compile(arena *mem, struct pat *p, const char *kind,
			    const char *const *items, size_t n, bool list)
{
	for (size_t k = 0; k < PAT_NKINDS; k++) {
		if (kind ? kinds[k].name && !strcmp(kinds[k].name, kind) : !kinds[k].name) {
			if (list && !kinds[k].list)
				return arena_printf(mem, "%s takes one string, not a list", kind);
			p->kind = (unsigned char)k;
			/* "a b c" is [a, b, c]: one YAML scalar costs less to
			 * load than many */
			if (!list && kinds[k].list) {
				uint32_t m;
				if (!(items = split_words(mem, items[0], &m)))
					return "policy too large";
				if (!(n = m))
					return arena_printf(mem, "empty %s", kind);
			}
			return kinds[k].compile(mem, p, items, n);
		}
	}
	return "unknown pattern kind";
}

/* The first pattern that cannot be used denies every command from then
 * on (policy_judge()), with why: one line, whatever it quotes. */
static void note_unusable(policy *p, const struct pat *pt, const char *msg)
{
	char buf[600];
	if (p->lazy_error)
		return;
	snprintf(buf, sizeof(buf), "the rules cannot be used: %s:%u:%u: %s (HOME is part of the "
		 "pattern); nothing was run, run it with a plain HOME",
		 p->rs.rules[pt->rule].file, pt->line, pt->col, msg ? msg : "pattern changed kind");
	for (char *c = buf; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
	p->lazy_error = arena_strdup(p->rs.mem, buf);
}

/* Compiles a pattern a compiled policy left pending: its items, with the
 * HOME of this process, as the loader would have. */
static void compile_pending(policy *p, struct pat *pt)
{
	const char *const *items = pt->u.list.v;
	size_t n = pt->u.list.n;
	bool list = pt->u.list.items_list, exact = pt->exact;
	unsigned char want = pt->kind;
	const char *prog = pt->prog;
	memset(&pt->u, 0, sizeof(pt->u));
	const char *msg = pattern_compile(p->rs.mem, pt, kinds[want].name, items, n, list);
	bool ok = !msg && pt->kind == want;
	pt->kind = want;
	pt->prog = prog;
	pt->exact = exact;
	pt->lazy = ok ? LAZY_NONE : LAZY_BROKEN;
	if (!ok)
		note_unusable(p, pt, msg);
}

/* Makes a pattern a compiled policy left undecoded or pending
 * (rules_load.h) ready to match.  One that cannot be compiled (a HOME with
 * glob characters, say) or decoded would have failed the YAML's load: it
 * counts as "cannot tell", and every command is denied from then on. */
static bool ready(policy *p, struct pat *pt)
{
	if (pt->lazy == LAZY_NONE)
		return true;
	if (pt->lazy == LAZY_UNDECODED && ruleset_cache_body(p->rs.mem, pt) < 0 && !p->lazy_error)
		p->lazy_error = "the compiled policy is damaged; nothing was run, ask the "
				"administrator to run guard compile";
	if (pt->lazy == LAZY_PENDING)
		compile_pending(p, pt);
	return pt->lazy == LAZY_NONE;
}

/* Kinds that never match a command without writes, assignments or a
 * program path (their matchers say 0 at once): such a command leaves them
 * undecoded and uncompiled, which is most of what a compiled policy
 * would otherwise do per command. */
static bool cannot_match(const struct pat *pt, const struct cmd *c)
{
	switch (pt->kind) {
	case PAT_WRITES:
	case PAT_OUTSIDE:
		return c->nwrites == 0;
	case PAT_ASSIGN:
	case PAT_UNSAFE_PATH:
		return c->nassigns == 0;
	case PAT_PROGPATH:
		return c->argc == 0 || !strchr(c->argv[0], '/');
	default:
		return false;
	}
}

static bool matches(policy *p, struct pat *pt, struct subject *s, bool loose)
{
	if (cannot_match(pt, s->c))
		return false;
	if (!ready(p, pt))
		return loose;
	int r = kinds[pt->kind].match(p, pt, s, loose);
	return r > 0 || (r < 0 && loose);
}

/* Does an unless pattern of rule r match? */
static bool excepted(policy *p, const struct rule *r, struct subject *s, bool loose)
{
	for (uint32_t i = r->first; i < r->first + r->npats; i++) {
		struct pat *pt = &p->rs.pats[i];
		if (pt->role == ROLE_UNLESS && matches(p, pt, s, loose))
			return true;
	}
	return false;
}

/* ---- judging ---------------------------------------------------------------- */

/* The first matching deny rule in reading order, else the first matching
 * allow rule, else NULL; s->found is what its pattern found. */
static const struct rule *decide(policy *p, struct subject *s)
{
	const char *found = NULL;
	size_t j = 0;
	uint32_t e = s->n > 0 ? lookup(p, s->w[0]) : 0;
	const struct rule *allow = NULL;
	uint32_t skip = UINT32_MAX;     /* a rule its unless already excepted */
	while (e || j < p->nany) {
		uint32_t pi;
		if (j >= p->nany || (e && p->index[e - 1].pat < p->any[j])) {
			pi = p->index[e - 1].pat;
			e = next_for(p, p->index[e - 1].next, s->w[0]);
		} else {
			pi = p->any[j++];
		}
		struct pat *pt = &p->rs.pats[pi];
		const struct rule *r = &p->rs.rules[pt->rule];
		bool deny = r->action == DECISION_DENY;
		if (pt->rule == skip || (!deny && allow))
			continue;
		s->found = NULL;
		if (!matches(p, pt, s, deny))
			continue;
		const char *hit = s->found;
		if (excepted(p, r, s, !deny)) {
			skip = pt->rule;
			continue;
		}
		s->found = hit;
		if (deny)
			return r;
		allow = r;
		found = hit;
	}
	s->found = found;
	return allow;
}

/* Map the flags of c onto the canonical words, which canon_argv() takes
 * from c->argv by address (or from its tables: flags 0). */
static int canonical(policy *p, const struct cmd *c, struct subject *s)
{
	if (!p->scratch && !(p->scratch = arena_new(SCRATCH_LIMIT)))
		return -1;
	s->c = c;
	s->mem = p->scratch;
	if (canon_argv(p->scratch, c->argv, c->argc, &s->w, &s->n))
		return -1;
	if (!(s->fl = arena_alloc(p->scratch, (s->n + 1) * sizeof(*s->fl))))
		return -1;
	size_t hint = 1;
	for (size_t k = 0; k < s->n && c->flags; k++) {
		if (k == 0) {
			s->fl[0] = c->flags[0];
			continue;
		}
		/* Words mostly keep their order: search on from the last one. */
		for (size_t t = 0; t + 1 < c->argc; t++) {
			size_t at = 1 + (hint - 1 + t) % (c->argc - 1);
			if (c->argv[at] == s->w[k]) {
				s->fl[k] = c->flags[at];
				hint = at + 1 < c->argc ? at + 1 : 1;
				break;
			}
		}
	}
	return 0;
}

/* A copy of text kept by the policy, so that it lives as long as the rule
 * ids; fallback when the notes are full. */
static const char *keep_note(policy *p, const char *text, const char *fallback)
{
	for (size_t i = 0; i < p->nnotes; i++)
		if (!strcmp(p->notes[i], text))
			return p->notes[i];
	if (p->nnotes == MAX_NOTES || !(p->notes[p->nnotes] = strdup(text)))
		return fallback;
	return p->notes[p->nnotes++];
}

/* "guard cannot check ... (what the walker said) ...". */
static const char *unresolved_reason(policy *p, const char *what)
{
	char src[NOTE_SOURCE_MAX + 4], buf[NOTE_SOURCE_MAX + 200];
	size_t n = 0;
	for (; *what && n < NOTE_SOURCE_MAX; what++)
		src[n++] = (unsigned char)*what < 0x20 || *what == 0x7f ? ' ' : *what;
	if (*what)
		memcpy(src + n - 3, "...", 3);
	src[n] = '\0';
	snprintf(buf, sizeof(buf), "guard cannot check this command (%s); run the program "
		 "directly, with its name and arguments written literally", src);
	return keep_note(p, buf, unresolved_generic);
}

/* A rule's reason with {match} in it given a generic text in its place,
 * for when nothing more precise can be kept (see match_reason()); NULL
 * when the reason has no {match}, or no room is left. */
static const char *plain_reason(policy *p, const struct rule *r)
{
	char buf[1024];
	const char **plain = &p->plain[r - p->rs.rules];
	if (!*plain && r->reason && strstr(r->reason, MATCH_TAG)) {
		const char *text = fill_match(r->reason, MATCH_DEFAULT, buf, sizeof(buf));
		if (text)
			*plain = arena_strdup(p->rs.mem, text);
	}
	return *plain;
}

/* A rule's reason with {match} replaced by what its pattern found, kept
 * by the policy; the generic text when nothing was found or there is no
 * room left. */
static const char *match_reason(policy *p, const struct rule *r, const char *found)
{
	char what[NOTE_SOURCE_MAX + 4], buf[2048];
	const char *plain = plain_reason(p, r);
	if (!plain || !found)
		return plain ? plain : r->reason;
	size_t n = 0;
	for (; *found && n < NOTE_SOURCE_MAX; found++)
		what[n++] = (unsigned char)*found < 0x20 || *found == 0x7f ? '?' : *found;
	if (*found)
		memcpy(what + n - 3, "...", 3);
	what[n] = '\0';
	if (!fill_match(r->reason, what, buf, sizeof(buf)))
		return plain;
	return keep_note(p, buf, plain);
}

static void judge_unresolved(policy *p, struct cmd *c)
{
	c->decision = p->rs.unresolved;
	c->rule = "unresolved";
	c->reason = c->unresolved ? unresolved_reason(p, c->unresolved) : unresolved_generic;
}

void policy_judge(policy *p, struct cmd *c)
{
	struct subject s = {0};
	c->rule = NULL;
	c->reason = NULL;
	/* A command name that is not known statically is the walker's to
	 * flag; should it not, it is unresolved all the same. */
	if (c->unresolved || (c->argc > 0 && c->flags && (c->flags[0] & UNCERTAIN))) {
		judge_unresolved(p, c);
	} else if (canonical(p, c, &s)) {
		c->decision = DECISION_DENY;
		c->reason = too_large_reason;
	} else {
		const struct rule *r = decide(p, &s);
		if (r) {
			c->decision = r->action;
			c->rule = r->id;
			c->reason = r->reason ? match_reason(p, r, s.found) : NULL;
		} else {
			c->decision = p->rs.def;
			c->reason = p->rs.def == DECISION_DENY ? default_deny_reason : NULL;
		}
	}
	if (p->lazy_error) {
		c->decision = DECISION_DENY;
		c->rule = "rules";
		c->reason = p->lazy_error;
	}
	if (p->scratch && (arena_used(p->scratch) > SCRATCH_KEEP || arena_exhausted(p->scratch))) {
		arena_free(p->scratch);
		p->scratch = NULL;
	}
}
