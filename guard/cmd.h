/*
 * cmd.h - one simple command as guard will judge it.
 *
 * The walker (walk.h) produces these from a command line; the policy
 * (policy.h) judges them; the reporters print them.  All strings live in the
 * arena of the command line.
 */
#ifndef GUARD_CMD_H
#define GUARD_CMD_H

#include <stdbool.h>
#include <stddef.h>

enum {
	WORD_DYNAMIC = 1u << 0, /* value known only at run time; text is source */
	WORD_GLOB = 1u << 1,    /* unquoted glob: pathname expansion at run time */
};

/* A redirection that opens a file, for write-scope checks. */
struct cmd_redir {
	const char *op;      /* ">", ">|", ">>", "&>", "&>>", "<>", "<", ... */
	const char *target;  /* resolved target, or its source text if dynamic */
	unsigned flags;      /* WORD_DYNAMIC, WORD_GLOB */
};

/* A file the command deletes, truncates or overwrites (write scopes). */
struct cmd_write {
	const char *path;    /* absolute and normalized when known; else as written */
	unsigned flags;      /* WORD_DYNAMIC: not known statically; WORD_GLOB;
	                      * WRITE_RELATIVE: relative to an unknown directory */
	const char *how;     /* "rm", "> redirection", "sed -i", "dd of=", ... */
};

enum { WRITE_RELATIVE = 1u << 4 };

enum decision {
	DECISION_ALLOW = 0,
	DECISION_DENY = 1,
};

struct cmd {
	/* argv after static expansion; argv[argc] == NULL.  argc may be 0 for
	 * a command made only of assignments or redirections. */
	const char **argv;
	unsigned *flags;        /* flags[i] for argv[i]: WORD_* */
	size_t argc;
	/* Assignments in front of the command (or alone): "NAME=value". */
	const char **assigns;
	unsigned *assign_flags;
	size_t nassigns;
	/* File redirections on this command and on enclosing compounds. */
	struct cmd_redir *redirs;
	size_t nredirs;
	/* Files it deletes, truncates or overwrites (writes.h). */
	struct cmd_write *writes;
	size_t nwrites;
	/* How the walker reached it, outermost first: "$(...)", "eval",
	 * "bash -c", "function f", "alias ll", "<(...)", "heredoc", ...
	 * Empty for a command at the top level. */
	const char **via;
	size_t nvia;
	const char *src;        /* source text of the simple command */
	/* Set when the walker could not see what this command runs: a dynamic
	 * command name, a glob in the command word, eval of a dynamic string,
	 * ...  The text says what could not be seen; the policy applies its
	 * `unresolved` decision. */
	const char *unresolved;
	/* Filled in by the policy: */
	enum decision decision;
	const char *rule;       /* rule id, or NULL (default) */
	const char *reason;
};

/* A problem that makes the whole line undecidable, with where it was found. */
struct cmdlist {
	struct cmd *v;
	size_t n, cap;
	const char *error;      /* syntax error or limit, NULL if none */
};

#endif
