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
 * Ownership: everything lives in rs->mem, except the pattern, rule and
 * pattern source arrays and the compiled regexes, which ruleset_free()
 * releases.
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
#include "binfile.h"
#include "cmd.h"

enum pat_kind {
	PAT_WORDS,      /* "aws sqs purge-*": globs on the first words */
	PAT_REGEX,      /* {regex: '...'}: PCRE2 on the words joined by ' ' */
	PAT_RAW,        /* {raw: "aws ** --endpoint-url*"}: words on the argv as run */
	PAT_AWS,        /* {aws: [mutate]}: the class of the AWS operation */
	PAT_GIT,        /* {git: [push]}: the class of the git subcommand */
	PAT_OPTION,     /* {option: "aws --profile"}: a global option is used */
	PAT_PROGPATH,   /* {program-path: [/usr/lib/guard/...]}: where the program is */
	PAT_ASSIGN,     /* {assign: [LD_*]}: an assignment's name (and value) */
	PAT_UNSAFE_PATH,/* {unsafe-path: true}: PATH gets a directory others can write */
	PAT_OUTSIDE,    /* {writes-outside: [/tmp]}: a write outside the scopes */
	PAT_WRITES,     /* {writes: [~/.aws]}: a write to a path that matches */
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
	unsigned char lazy;     /* LAZY_*: see policy.c's ready() */
	union {
		struct {
			const char **w;         /* globs, escapes kept */
			const unsigned char *wk; /* W_GLOB, W_ONE, W_MANY */
			uint32_t n;
		} words;
		struct {
			pcre2_code *code;
		} re;
		struct {
			unsigned mask;          /* 1u << class, of aws_ops.h or git_class.h */
		} set;
		struct {
			const unsigned char *p; /* LAZY_UNDECODED */
			uint32_t len;
		} body;
		struct {
			const char **v;         /* globs, option names, directories */
			const unsigned char *neg; /* v[i] was written "!v[i]": an exception */
			uint32_t n;
			bool nohome;            /* an item named ~ while HOME was unset */
			bool items_list;        /* LAZY_PENDING: the items were a list */
			struct real_dirs *real; /* writes-outside: v resolved on first use */
		} list;
	} u;
};

/* A compiled policy decodes a pattern's body when the pattern is first
 * matched (LAZY_UNDECODED: u.body is its bytes in the file), and then
 * compiles the kinds whose compiler reads HOME (LAZY_PENDING: u.list.v
 * holds the items as written, n their count, and items_list whether they
 * were a YAML list).  See policy.c's ready(). */
enum { LAZY_NONE, LAZY_UNDECODED, LAZY_PENDING, LAZY_BROKEN };

/* The directories of a writes-outside pattern with symbolic links
 * resolved, found when a command first needs them (NULL: does not
 * exist). */
struct real_dirs {
	bool done;
	const char **dir;
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

/* The items a pattern was written with, kept only for the kinds whose
 * compiler reads the environment (~ from HOME): a compiled policy stores
 * them and compiles those patterns again when it is loaded. */
struct pat_source {
	const char *const *items;       /* in mem; NULL for the other kinds */
	uint32_t n;
	bool list;
};

struct ruleset {
	arena *mem;
	struct rule *rules;
	size_t nrules, caprules;
	struct pat *pats;
	size_t npats, cappats;
	enum decision def;          /* `default` */
	enum decision unresolved;   /* `unresolved` */
	char digest[65];            /* hex SHA-256 of the files read, with POLICY_DIGEST */
	struct bf_source *sources; /* in mem: the top file, then includes as read,
				    * as fstat() saw them (see rules_cache.h) */
	size_t nsources;
	struct pat_source *psrc;    /* per pattern; NULL when loaded from a cache */
	size_t cappsrc;
};

/* Pattern kinds are compiled and matched by the table in policy.c, so
 * that a new kind is one table entry there.  pattern_kinds[] names the
 * kinds written as a one-key mapping ({regex: ...}), NULL-terminated.
 * pattern_compile() fills p->kind, p->u, p->exact and p->prog from the
 * value: items[0..n), a list when list is set (`aws: [read, mutate]`),
 * else one string; kind is NULL for words (a plain string).  Returns NULL,
 * or a message (in mem) for the loader to place in the file. */
extern const char *const pattern_kinds[];
const char *pattern_compile(arena *mem, struct pat *p, const char *kind,
			    const char *const *items, size_t n, bool list);

/* Load path and its includes into *rs (zeroed by the caller); flags are
 * policy_load_opts()'s.  Unless POLICY_NO_CACHE, a valid compiled policy
 * path.compiled (rules_cache.h) is loaded instead of the YAML.  Returns 0, or -1 with "FILE:LINE:COLUMN:
 * message" in errbuf; after -1 the caller still calls ruleset_free(). */
int ruleset_load(struct ruleset *rs, const char *path, unsigned flags, char *errbuf,
		 size_t errlen);
void ruleset_free(struct ruleset *rs);

#endif
