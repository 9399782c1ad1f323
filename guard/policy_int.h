/*
 * policy_int.h - internal: what pattern kinds share with the judge.
 *
 * policy.c judges a command by trying patterns in rule order; each kind
 * of pattern has a compiler, called by the loader, and a matcher, listed
 * together in the table `kinds` of policy.c.  The kinds live in
 *   policy.c        regex
 *   policy_words.c  words, raw
 *   policy_kinds.c  aws, git, option, program-path, assign
 *   policy_fs.c     unsafe-path, writes-outside, writes (they stat files)
 *
 * A matcher returns 1 (match), 0 (no match) or -1 (cannot tell: a word
 * known only at run time, a path that cannot be placed).  The judge turns
 * -1 into a match when `loose` (a deny pattern, the unless of an allow
 * rule) and into no match otherwise, so doubt always leans to deny.  A
 * matcher that returns 1 or -1 may set s->found to a short text saying
 * what it found (a path, an operation), for reasons written with
 * "{match}".
 */
#ifndef GUARD_POLICY_INT_H
#define GUARD_POLICY_INT_H

#include "policy.h"
#include "rules_load.h"

#define UNCERTAIN (WORD_DYNAMIC | WORD_GLOB)

/* What the patterns see of one command. */
struct subject {
	const char **w;         /* the canonical argv (canon.h) */
	unsigned *fl;           /* WORD_* of each */
	size_t n;
	const char *joined;     /* w joined by ' ', built on first regex */
	size_t joinlen;
	const struct cmd *c;    /* the command as the walker gave it */
	arena *mem;             /* the judge's scratch memory */
	struct subject *raw;    /* argv as run (argv[0] its basename), on first use */
	const char **real;      /* c->writes resolved (policy_fs.c), on first use */
	const char *found;      /* set by a matcher: what it found, for {match} */
};

typedef const char *(*compiler)(arena *, struct pat *, const char *const *items, size_t n);
typedef int (*matcher)(policy *, const struct pat *, struct subject *, bool loose);

/* policy_words.c */
/* text split at blanks not escaped by '\\' (escapes kept), in mem; NULL
 * when mem is exhausted. */
const char **split_words(arena *mem, const char *text, uint32_t *n);
const char *compile_words(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_words(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_raw(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_raw(policy *pol, const struct pat *p, struct subject *s, bool loose);

/* policy_kinds.c */
const char *compile_aws(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_aws(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_git(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_git(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_option(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_option(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_progpath(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_progpath(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_assign(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_assign(policy *pol, const struct pat *p, struct subject *s, bool loose);

/* policy_fs.c */
const char *compile_unsafe_path(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_unsafe_path(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_outside(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_outside(policy *pol, const struct pat *p, struct subject *s, bool loose);
const char *compile_writes(arena *mem, struct pat *p, const char *const *items, size_t n);
int match_writes(policy *pol, const struct pat *p, struct subject *s, bool loose);

/* Shared helpers (policy_kinds.c): items split into globs and "!"
 * exceptions, each checked with glob_check(); ~ and ~/... expanded from
 * HOME when home is set. */
const char *compile_globs(arena *mem, struct pat *p, const char *const *items, size_t n,
			  bool home);
/* Does path have a ".." component? */
bool has_dotdot(const char *path);

/* policy.c: the memory the rules live in, for what a pattern caches once
 * per policy (writes-outside's resolved scopes). */
arena *policy_arena(policy *p);

#endif
