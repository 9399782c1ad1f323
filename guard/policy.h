/*
 * policy.h - load a YAML policy and judge simple commands against it.
 *
 * The format is specified in guard.yaml.5.  Loading parses the YAML (and
 * its includes), compiles every pattern (a bad one fails the load) and
 * indexes rules by program name, so that judging a command tries only the
 * patterns of its program and those for every program.  Checks that look
 * at the file system (write scopes, PATH directories) run only when a
 * command reaches them.
 *
 * Decision for one command (policy_judge):
 *   1. cmd->unresolved set      -> the policy's `unresolved` decision;
 *   2. any matching deny rule   -> deny (a deny always beats an allow);
 *   3. any matching allow rule  -> allow;
 *   4. otherwise                -> the policy's `default`.
 * A rule matches when its pattern matches and none of its `unless`
 * patterns does.  Words and regular expressions see the canonical argv
 * (canon.h); the other kinds see the argv as run, the assignments and the
 * writes of the cmd.
 *
 * Ownership: policy_load() returns a policy the caller frees with
 * policy_free().  policy_judge() stores pointers into the policy (rule id,
 * reason, and a reason completed with what the rule found, "{match}") in
 * the cmd; they live as long as the policy.
 *
 * Errors: policy_load() returns NULL and writes "FILE:LINE:COLUMN: message"
 * into errbuf for any problem: unreadable file, YAML syntax, unknown key,
 * bad pattern, include loop.  Nothing is ever allowed from a policy that
 * did not load.
 */
#ifndef GUARD_POLICY_H
#define GUARD_POLICY_H

#include <stddef.h>

#include "cmd.h"

#define POLICY_MAX_FILE_BYTES (4 * 1024 * 1024)
#define POLICY_MAX_RULES      10000
#define POLICY_MAX_INCLUDE_DEPTH 8

typedef struct policy policy;

/* policy_load_opts() flags. */
enum {
	POLICY_DIGEST = 1u << 0,        /* keep the SHA-256 of the files read */
	POLICY_NO_CACHE = 1u << 1,      /* read the YAML even when PATH.compiled is valid */
	POLICY_ROOT_OWNED = 1u << 2,    /* refuse a top file not owned by root, or writable
					 * by group or others (checked on the file read; a
					 * compiled policy's sources always are, binfile.h) */
};

policy *policy_load(const char *path, char *errbuf, size_t errlen);
policy *policy_load_opts(const char *path, unsigned flags, char *errbuf, size_t errlen);
void policy_free(policy *p);

/* A policy around a ruleset already loaded (one a compiled configuration
 * carries, config_cache.h): takes *rs over (it is left empty, and freed on
 * failure).  flags: POLICY_DIGEST only. */
struct ruleset;
policy *policy_from_ruleset(struct ruleset *rs, unsigned flags, char *errbuf, size_t errlen);

/* With POLICY_DIGEST: the lowercase hex SHA-256 of the bytes of every
 * file the policy was read from, the top file first and then its
 * includes in the order they were read; the bytes are hashed as they are
 * read for parsing, so the digest is of what decided.  NULL when the
 * policy was loaded without POLICY_DIGEST. */
const char *policy_digest(const policy *p);

/* Judge one command: sets c->decision, c->rule and c->reason.  A regex
 * that hits its match or depth limit counts as a match for deny rules and
 * as no match for allow rules (fail closed). */
void policy_judge(policy *p, struct cmd *c);

/* The policy's default and unresolved decisions. */
enum decision policy_default(const policy *p);
enum decision policy_unresolved(const policy *p);

#endif
