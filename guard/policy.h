/*
 * policy.h - load a YAML policy and judge simple commands against it.
 *
 * The format is specified in guard.yaml.5.  Loading parses the YAML (and
 * its includes) and indexes rules by program name; regular expressions are
 * compiled only when a command of that program is first judged, so a call
 * pays only for the rules it can match.
 *
 * Decision for one command (policy_judge):
 *   1. cmd->unresolved set      -> the policy's `unresolved` decision;
 *   2. any matching deny rule   -> deny (a deny always beats an allow);
 *   3. any matching allow rule  -> allow;
 *   4. otherwise                -> the policy's `default`.
 * A rule matches when its pattern matches and none of its `unless`
 * patterns does.  Patterns see the canonical argv (canon.h).
 *
 * Ownership: policy_load() returns a policy the caller frees with
 * policy_free().  policy_judge() stores pointers into the policy (rule id,
 * reason) in the cmd; they live as long as the policy.
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

policy *policy_load(const char *path, char *errbuf, size_t errlen);
void policy_free(policy *p);

/* Judge one command: sets c->decision, c->rule and c->reason.  A regex
 * that hits its match or depth limit counts as a match for deny rules and
 * as no match for allow rules (fail closed). */
void policy_judge(policy *p, struct cmd *c);

/* The policy's default and unresolved decisions. */
enum decision policy_default(const policy *p);
enum decision policy_unresolved(const policy *p);

#endif
