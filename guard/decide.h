/*
 * decide.h - the decision on one whole command line.
 *
 * Walks the line (walk.h), judges every simple command found
 * (policy.h) and combines them: the line is allowed only if every command
 * in it is allowed and the line could be read completely.  A syntax error,
 * a limit, or anything else that stops the walk denies the line, with the
 * error as the reason: nothing runs that was not decided.
 *
 * Ownership: the verdict's strings live in the arena or in the policy.
 */
#ifndef GUARD_DECIDE_H
#define GUARD_DECIDE_H

#include <stddef.h>

#include "arena.h"
#include "cmd.h"
#include "policy.h"
#include "walk.h"

struct verdict {
	struct cmdlist cmds;
	enum decision decision;
	const char *rule;    /* the deciding rule, or NULL */
	const char *reason;  /* one line for the agent, or NULL when allowed */
	const char *error;   /* syntax error or limit, or NULL */
	const struct cmd *culprit; /* the first denied command, or NULL */
};

void decide_line(arena *a, policy *p, const char *text, size_t len,
		 const struct walk_opts *opts, struct verdict *out);

#endif
