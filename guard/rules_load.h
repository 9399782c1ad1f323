/*
 * rules_load.h - internal: a policy file as loaded, before indexing.
 *
 * ruleset_load() reads a YAML policy (guard.yaml.5) and its includes into
 * flat arrays: rules in the order they are read, and every rule's patterns
 * next to each other.  policy.c indexes the patterns and judges commands.
 *
 * A pattern has a kind; each kind has a compiler and a matcher in
 * policy.c.  A new kind of rule (a table of AWS operation classes, write
 * scopes for paths...) adds an enum value and one entry there, and the
 * loader reads it as {KIND: TEXT}.
 *
 * Ownership: everything lives in rs->mem, except the pattern and rule
 * arrays and the compiled regexes, which ruleset_free() releases.
 */
#ifndef GUARD_RULES_LOAD_H
#define GUARD_RULES_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include "arena.h"
#include "cmd.h"

enum pat_kind {
	PAT_WORDS,      /* "aws sqs purge-*": globs on the first words */
	PAT_REGEX,      /* {regex: '...'}: PCRE2 on the words joined by ' ' */
	PAT_NKINDS
};

enum pat_role {
	ROLE_MATCH,     /* deny: or allow: */
	ROLE_UNLESS,    /* unless: */
};

/* What a word of a words pattern is. */
enum {
	W_GLOB,         /* a glob for exactly one word */
	W_ONE,          /* "*": any one word, even one known only at run time */
	W_MANY,         /* "**": any number of words, none included */
};

struct pat {
	unsigned char kind;     /* enum pat_kind */
	unsigned char role;     /* enum pat_role */
	bool exact;             /* words: ended with "$", no words may follow */
	bool many;              /* words: has a "**" */
	uint32_t rule;          /* index in ruleset.rules */
	const char *prog;       /* program it is indexed under, or NULL */
	const char *text;       /* as written, for messages */
	unsigned line, col;     /* 1-based, in the rule's file */
	union {
		struct {
			const char **w;         /* globs, escapes kept */
			const unsigned char *wk; /* W_GLOB, W_ONE, W_MANY */
			uint32_t n;
		} words;
		struct {
			pcre2_code *code;
		} re;
	} u;
};

struct rule {
	const char *id;
	const char *reason;     /* one line; NULL only on allow rules */
	const char *program;    /* the `program` key, or NULL */
	const char *file;
	unsigned line, col;
	enum decision action;
	uint32_t first, npats;  /* pats[first .. first + npats) */
};

struct ruleset {
	arena *mem;
	struct rule *rules;
	size_t nrules, caprules;
	struct pat *pats;
	size_t npats, cappats;
	enum decision def;          /* `default` */
	enum decision unresolved;   /* `unresolved` */
};

/* Pattern kinds are compiled and matched in policy.c, side by side, so
 * that a new kind is one table entry there.  pattern_kinds[] names the
 * kinds written as a one-key mapping ({regex: ...}), NULL-terminated.
 * pattern_compile() fills p->kind, p->u, p->exact and p->prog from text;
 * kind is NULL for words (a plain string).  Returns NULL, or a message
 * (in mem) for the loader to place in the file. */
extern const char *const pattern_kinds[];
const char *pattern_compile(arena *mem, struct pat *p, const char *kind, const char *text);

/* Load path and its includes into *rs (zeroed by the caller).  Returns 0,
 * or -1 with "FILE:LINE:COLUMN: message" in errbuf; after -1 the caller
 * still calls ruleset_free(). */
int ruleset_load(struct ruleset *rs, const char *path, char *errbuf, size_t errlen);
void ruleset_free(struct ruleset *rs);

#endif
