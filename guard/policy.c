/*
 * policy.c - index the loaded rules and judge commands (see policy.h).
 *
 * Index: every deny/allow pattern whose program is known (a literal first
 * word, or the rule's `program`) sits in an array sorted by program name;
 * the others (a glob as first word, a regex without `program`) are tried
 * for every command.  Judging a command walks the two lists merged in rule
 * order, so the first matching deny rule in reading order is the one
 * reported, and stops at it.
 *
 * Pattern kinds: each has a compiler, called by the loader, and a matcher,
 * side by side in the table `kinds` below.
 *
 * Uncertainty always resolves towards deny.  A word only known at run time
 * (WORD_DYNAMIC: a variable, a command substitution...; WORD_GLOB: a
 * pathname expansion) could be many things, so:
 *   - for a deny pattern, and for the unless of an allow rule, it matches
 *     any pattern word it could become ("loose": any word at all for
 *     WORD_DYNAMIC; one that overlaps the glob for WORD_GLOB);
 *   - for an allow pattern, and for the unless of a deny rule, it matches
 *     only the pattern words "*" and "**" ("strict").
 * A regex that hits its match or depth limit is loose in the same way.
 *
 * Not thread-safe: a judge uses the policy's scratch arena and match data.
 */
#include "policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "canon.h"
#include "glob.h"
#include "rules_load.h"

#define SCRATCH_LIMIT   (64u * 1024 * 1024)
#define SCRATCH_KEEP    (1024u * 1024)  /* recycle the arena above this */
#define MATCH_LIMIT     100000
#define DEPTH_LIMIT     1000
#define HEAP_LIMIT_KIB  4096
#define MAX_NOTES       64
#define NOTE_SOURCE_MAX 200

#define UNCERTAIN (WORD_DYNAMIC | WORD_GLOB)

static const char default_deny_reason[] =
	"no rule of the policy allows this command, and what is not allowed is denied";
static const char too_large_reason[] =
	"guard ran out of room checking this command; split it into smaller commands";
static const char unresolved_generic[] =
	"guard cannot check this command; run the program directly, with its name "
	"and arguments written literally";

struct ientry {
	const char *prog;
	uint32_t pat;
};

struct policy {
	struct ruleset rs;
	struct ientry *index;   /* sorted by prog, then pattern number */
	size_t nindex;
	uint32_t *any;          /* patterns tried for every command, in order */
	size_t nany;
	arena *scratch;         /* one judge's canonical argv and regex subject */
	pcre2_match_context *mctx;
	pcre2_match_data *md;
	char *notes[MAX_NOTES]; /* composed reasons for unresolved commands */
	size_t nnotes;
};

/* What the patterns see: the canonical argv and its flags. */
struct subject {
	const char **w;
	unsigned *fl;
	size_t n;
	const char *joined;     /* w joined by ' ', built on first regex */
	size_t joinlen;
};

/* ---- index -------------------------------------------------------------- */

static int cmp_entry(const void *a, const void *b)
{
	const struct ientry *x = a, *y = b;
	int c = strcmp(x->prog, y->prog);
	return c ? c : (x->pat > y->pat) - (x->pat < y->pat);
}

static int build_index(policy *p)
{
	size_t n = p->rs.npats;
	p->index = malloc((n ? n : 1) * sizeof(*p->index));
	p->any = malloc((n ? n : 1) * sizeof(*p->any));
	if (!p->index || !p->any)
		return -1;
	for (size_t i = 0; i < n; i++) {
		const struct pat *pt = &p->rs.pats[i];
		if (pt->role != ROLE_MATCH)
			continue;
		if (pt->prog)
			p->index[p->nindex++] = (struct ientry){pt->prog, (uint32_t)i};
		else
			p->any[p->nany++] = (uint32_t)i;
	}
	qsort(p->index, p->nindex, sizeof(*p->index), cmp_entry);
	return 0;
}

/* The index entries for program prog: [*lo, *hi). */
static void lookup(const policy *p, const char *prog, size_t *lo, size_t *hi)
{
	size_t a = 0, b = p->nindex;
	while (a < b) {
		size_t mid = a + (b - a) / 2;
		if (strcmp(p->index[mid].prog, prog) < 0)
			a = mid + 1;
		else
			b = mid;
	}
	*lo = a;
	while (b < p->nindex && !strcmp(p->index[b].prog, prog))
		b++;
	*hi = b < a ? a : b;
}

/* ---- load, free ------------------------------------------------------------ */

policy *policy_load(const char *path, char *errbuf, size_t errlen)
{
	policy *p = calloc(1, sizeof(*p));
	if (!p) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "%s:1:1: out of memory", path);
		return NULL;
	}
	if (ruleset_load(&p->rs, path, errbuf, errlen)) {
		policy_free(p);
		return NULL;
	}
	if (build_index(p)) {
		if (errbuf && errlen)
			snprintf(errbuf, errlen, "%s:1:1: out of memory", path);
		policy_free(p);
		return NULL;
	}
	return p;
}

void policy_free(policy *p)
{
	if (!p)
		return;
	ruleset_free(&p->rs);
	free(p->index);
	free(p->any);
	arena_free(p->scratch);
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mctx);
	for (size_t i = 0; i < p->nnotes; i++)
		free(p->notes[i]);
	free(p);
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

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Split text into words at unescaped blanks. */
static const char **split_words(arena *mem, const char *text, uint32_t *n)
{
	uint32_t cap = 1;
	for (const char *s = text; *s; s++)
		cap += is_blank(*s);
	const char **w = arena_alloc(mem, cap * sizeof(*w));
	*n = 0;
	for (const char *s = text; w && *s;) {
		if (is_blank(*s)) {
			s++;
			continue;
		}
		const char *start = s;
		while (*s && !is_blank(*s))
			s += s[0] == '\\' && s[1] ? 2 : 1;
		if (!(w[(*n)++] = arena_strndup(mem, start, (size_t)(s - start))))
			return NULL;
	}
	return w;
}

/* A problem with word k of n of a words pattern, or NULL. */
static const char *bad_word(const char *w, uint32_t k, uint32_t n)
{
	size_t off;
	const char *msg;
	for (const char *s = w; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		else if (*s == '"' || *s == '\'')
			return "quotes are not special in a pattern: write \\ before a blank or "
			       "a quote to match it";
	}
	if ((msg = glob_check(w, &off)) != NULL)
		return msg;
	if (w[1] && !w[strspn(w, "*")] && (w[2] || k == 0))
		return k ? "'***' is not a pattern word: write * or **"
			 : "the program word cannot be '**'";
	if (!strcmp(w, "$") && (k + 1 != n || k == 0))
		return "'$' (end of the command) must be the last word, after the program";
	if (k == 0 && strchr(w, '/'))
		return "the program is matched by name without its directory: write rm, not /bin/rm";
	return NULL;
}

/* "aws sqs purge-*", "rm *", "git branch $": see PATTERNS in guard.yaml.5. */
static const char *compile_words(arena *mem, struct pat *p, const char *text)
{
	uint32_t n;
	const char **w = split_words(mem, text, &n), *msg;
	if (!w)
		return "policy too large";
	if (n == 0)
		return "empty pattern";
	for (uint32_t k = 0; k < n; k++)
		if ((msg = bad_word(w[k], k, n)) != NULL)
			return arena_printf(mem, "pattern '%s', word '%s': %s", text, w[k], msg);
	if (!strcmp(w[n - 1], "$")) {
		p->exact = true;
		n--;
	} else if (n > 1 && !strcmp(w[n - 1], "*")) {
		n--;    /* a final "*" is any rest, which a prefix allows anyway */
	}
	unsigned char *wk = arena_alloc(mem, n + 1);
	char *prog = arena_alloc(mem, strlen(w[0]) + 1);
	if (!wk || !prog)
		return "policy too large";
	for (uint32_t k = 0; k < n; k++) {
		wk[k] = !strcmp(w[k], "*") ? W_ONE : !strcmp(w[k], "**") ? W_MANY : W_GLOB;
		p->many |= wk[k] == W_MANY;
	}
	p->u.words.w = w;
	p->u.words.wk = wk;
	p->u.words.n = n;
	p->prog = glob_literal(w[0], prog) ? prog : NULL;
	return NULL;
}

/* {regex: ...}: compiled at load, so that a bad one fails the load.  That
 * costs about 0.5 us each, but the first in a process some 15 us (cold
 * code), which is why the shipped policy has none.  Never JIT-compiled:
 * see match_setup(). */
static const char *compile_regex(arena *mem, struct pat *p, const char *text)
{
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

/* 1 match, 0 no match, -1 cannot tell (the caller decides by mode). */
typedef int (*matcher)(policy *, const struct pat *, struct subject *, bool loose);

/* Could the glob word g, which pathname expansion replaces at run time,
 * become a word that the pattern word w matches?  It becomes the file
 * names it matches (in either case under nocaseglob), or stays itself
 * when none does.  Extended globs, @(...) and the like, are beyond
 * glob.c: assume they could. */
static bool glob_may_match(const char *w, const char *g)
{
	return strchr(g, '(') || glob_match(w, g) || glob_overlap(w, g, true);
}

/* Does pattern word k match command word i?  A word known only at run
 * time matches "*" always, and when loose any word it could become. */
static bool word_matches(const struct pat *pt, uint32_t k, const struct subject *s, size_t i,
			 bool loose)
{
	const char *w = pt->u.words.w[k];
	if (pt->u.words.wk[k] == W_ONE)
		return true;
	if (s->fl[i] & WORD_DYNAMIC)
		return loose;
	if (s->fl[i] & WORD_GLOB)
		return loose && glob_may_match(w, s->w[i]);
	return glob_match(w, s->w[i]);
}

/* With "**": glob_match() one level up, words for bytes and "**" for '*',
 * with one backtrack point, so O(words * pattern words) word matches.  A
 * pattern that is not exact has an implied "**" at its end. */
static int match_many(const struct pat *pt, const struct subject *s, bool loose)
{
	const unsigned char *wk = pt->u.words.wk;
	uint32_t n = pt->u.words.n, k = 0, star = UINT32_MAX;
	size_t i = 0, resume = 0;
	while (i < s->n) {
		if (k < n && wk[k] == W_MANY) {
			while (k < n && wk[k] == W_MANY)
				k++;
			if (k == n)
				return 1;
			star = k;
			resume = i;
			continue;
		}
		if (k < n && word_matches(pt, k, s, i, loose)) {
			k++;
			i++;
			continue;
		}
		if (k == n && !pt->exact)
			return 1;
		if (star == UINT32_MAX)
			return 0;
		k = star;
		i = ++resume;
	}
	while (k < n && wk[k] == W_MANY)
		k++;
	return k == n;
}

static int match_words(policy *p, const struct pat *pt, struct subject *s, bool loose)
{
	uint32_t n = pt->u.words.n;
	if (pt->many)
		return match_many(pt, s, loose);
	if (s->n < n || (pt->exact && s->n != n))
		return 0;
	for (uint32_t k = 0; k < n; k++)
		if (!word_matches(pt, k, s, k, loose))
			return 0;
	return 1;
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
	const char *name;       /* key of {NAME: TEXT}; NULL for a plain string */
	const char *(*compile)(arena *, struct pat *, const char *);
	matcher match;
};

static const struct kind kinds[PAT_NKINDS] = {
	[PAT_WORDS] = {NULL, compile_words, match_words},
	[PAT_REGEX] = {"regex", compile_regex, match_regex},
};

const char *const pattern_kinds[] = {"regex", NULL};

const char *pattern_compile(arena *mem, struct pat *p, const char *kind, const char *text)
{
	for (size_t k = 0; k < PAT_NKINDS; k++) {
		if (kind ? kinds[k].name && !strcmp(kinds[k].name, kind) : !kinds[k].name) {
			p->kind = (unsigned char)k;
			return kinds[k].compile(mem, p, text);
		}
	}
	return "unknown pattern kind";
}

static bool matches(policy *p, const struct pat *pt, struct subject *s, bool loose)
{
	int r = kinds[pt->kind].match(p, pt, s, loose);
	return r > 0 || (r < 0 && loose);
}

/* Does an unless pattern of rule r match? */
static bool excepted(policy *p, const struct rule *r, struct subject *s, bool loose)
{
	for (uint32_t i = r->first; i < r->first + r->npats; i++) {
		const struct pat *pt = &p->rs.pats[i];
		if (pt->role == ROLE_UNLESS && matches(p, pt, s, loose))
			return true;
	}
	return false;
}

/* ---- judging ---------------------------------------------------------------- */

/* The first matching deny rule in reading order, else the first matching
 * allow rule, else NULL. */
static const struct rule *decide(policy *p, struct subject *s)
{
	size_t i = 0, hi = 0, j = 0;
	const struct rule *allow = NULL;
	uint32_t skip = UINT32_MAX;     /* a rule its unless already excepted */
	if (s->n > 0)
		lookup(p, s->w[0], &i, &hi);
	while (i < hi || j < p->nany) {
		uint32_t pi = j >= p->nany || (i < hi && p->index[i].pat < p->any[j])
			      ? p->index[i++].pat : p->any[j++];
		const struct pat *pt = &p->rs.pats[pi];
		const struct rule *r = &p->rs.rules[pt->rule];
		bool deny = r->action == DECISION_DENY;
		if (pt->rule == skip || (!deny && allow))
			continue;
		if (!matches(p, pt, s, deny))
			continue;
		if (excepted(p, r, s, !deny)) {
			skip = pt->rule;
			continue;
		}
		if (deny)
			return r;
		allow = r;
	}
	return allow;
}

/* Map the flags of c onto the canonical words, which canon_argv() takes
 * from c->argv by address (or from its tables: flags 0). */
static int canonical(policy *p, const struct cmd *c, struct subject *s)
{
	if (!p->scratch && !(p->scratch = arena_new(SCRATCH_LIMIT)))
		return -1;
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

/* "guard cannot check ... (what the walker said) ...", kept by the policy
 * so that it lives as long as the rule ids. */
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
	for (size_t i = 0; i < p->nnotes; i++)
		if (!strcmp(p->notes[i], buf))
			return p->notes[i];
	if (p->nnotes == MAX_NOTES || !(p->notes[p->nnotes] = strdup(buf)))
		return unresolved_generic;
	return p->notes[p->nnotes++];
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
			c->reason = r->reason;
		} else {
			c->decision = p->rs.def;
			c->reason = p->rs.def == DECISION_DENY ? default_deny_reason : NULL;
		}
	}
	if (p->scratch && (arena_used(p->scratch) > SCRATCH_KEEP || arena_exhausted(p->scratch))) {
		arena_free(p->scratch);
		p->scratch = NULL;
	}
}
