/*
 * audit.h - one audit log line: who ran what, where, and what guard
 * decided.
 *
 * audit_ctx_init() collects what the process knows about itself (time,
 * host, ids, cwd, the agent session from the environment); the caller adds
 * how the shell was invoked, the command text, the mode and the digest of
 * the rules; audit_line() renders that and a verdict as one JSON object,
 * without the "prev" member that log_append() (log.h) adds.  The fields
 * are documented in docs/audit-log.md.
 *
 * The line never exceeds LOG_OBJ_MAX: long strings are cut on a character
 * boundary, long lists stop early, and the line then says "truncated":
 * true; a cut command text keeps its full length and SHA-256.  Nothing
 * here calls NSS (the binary is static): the host name is uname's.
 *
 * Ownership: the context holds its own copies of host and cwd and points
 * into the environment and the caller's strings, which must outlive it.
 */
#ifndef GUARD_AUDIT_H
#define GUARD_AUDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "decide.h"

#define AUDIT_MAX_ENV 12

struct audit_env {
	const char *name, *value;
};

struct audit_ctx {
	/* Set by audit_ctx_init(); a caller or a test may override them. */
	struct timespec now;      /* CLOCK_REALTIME when guard started */
	char host[65];            /* uname nodename; "" if unknown */
	long pid, ppid;
	uid_t uid, euid;
	char cwd[4096];           /* "" if unknown (getcwd failed) */
	const char *agent;        /* "claude-code", "codex", "gemini" or NULL */
	const char *session;      /* the agent's session id, or NULL */
	struct audit_env env[AUDIT_MAX_ENV]; /* the agent variables that are set */
	size_t nenv;
	const char *carried;      /* __CLAUDE_CC_COMMAND_TEXT, or NULL */

	/* Set by the caller (zeroed by audit_ctx_init()). */
	const char *shell;        /* the name guard was invoked as: "bash", "sh" */
	const char *const *options; /* the shell's options, e.g. {"-c", "-l"} */
	size_t noptions;
	const char *const *args;  /* $0 and the positional parameters */
	size_t nargs;
	const char *source;       /* where the text came from: "-c", "script",
				     "stdin", ...; or NULL */
	const char *command;      /* the text decided, or NULL */
	bool audit_mode;          /* mode: audit (a deny was only logged) */
	const char *rules_sha256; /* hex digest of the rules in force, or NULL */
};

/* Zeroes c and fills the first group from this process and from envp
 * (NULL: environ).  Cannot fail: what cannot be known is left empty. */
void audit_ctx_init(struct audit_ctx *c, char *const *envp);

/*
 * The agent's own command, recovered from its wrapper, as a malloc'd
 * string; NULL when there is none.
 *   Claude Code: the string its wrapper evals, i.e. the words of the last
 *   top-level `eval` in v, joined by spaces, when the agent is claude-code
 *   or the line ends with the wrapper's `pwd -P >| FILE`; in its carried
 *   mode (the eval reads $__CLAUDE_CC_COMMAND_TEXT), that variable.
 *   Gemini CLI: the lines between its prologue's trap and its epilogue.
 */
char *audit_agent_command(const struct audit_ctx *c, const struct verdict *v);

/*
 * The log line for verdict v (a caller refusing before any decision passes
 * a verdict with only decision, reason and error set), as a malloc'd
 * NUL-terminated JSON object with no newline; *len gets its length.
 * NULL if out of memory.
 */
char *audit_line(const struct audit_ctx *c, const struct verdict *v, size_t *len);

#endif
