/*
 * record.h - write one shell-mode decision to the audit log.
 *
 * Builds the log line (audit.h) from the verdict and the invocation and
 * appends it (log.h).  Returns NULL on success, or a message saying why
 * the log could not be written: the caller then refuses unless the config
 * says on_log_failure: allow.
 */
#ifndef GUARD_RECORD_H
#define GUARD_RECORD_H

#include <stddef.h>

#include "arena.h"
#include "config.h"
#include "decide.h"

struct record_ctx {
	const struct config *config;
	const char *shell;     /* the name guard was invoked as */
	int argc;
	char **argv;
	int operand;           /* argv index of the first operand (shellargs.h) */
	const char *source;    /* "-c", "script", "stdin", "interactive", NULL */
	const char *command;   /* what was decided: -c string, script text */
	size_t command_len;
	const char *rules_digest; /* policy_digest(), or NULL before the rules loaded */
};

const char *record_decision(arena *a, const struct record_ctx *rc, const struct verdict *v);

#endif
