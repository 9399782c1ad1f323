/*
 * follow.h - what a recorded command runs in turn.
 *
 * Given one command the walker has recorded, follow_command() looks at its
 * name and arguments and walks whatever it will run: the string of eval,
 * the -c string or script of a nested shell, a sourced file, a trap
 * string, the command behind a wrapper.  Builtins that change how later
 * commands are read (alias, shopt, set --, read, declare, unset, ...)
 * update the walker's state.  What cannot be seen marks the command
 * unresolved with the reason.
 *
 * Internal to the walker; see walk.h for the public interface.
 */
#ifndef GUARD_FOLLOW_H
#define GUARD_FOLLOW_H

#include <stddef.h>

#include "ast.h"

struct walker;

struct follow {
	struct walker *w;
	const struct node *node; /* the simple command (heredocs), may be NULL */
	size_t idx;              /* index of the recorded command in the list */
	const char **argv;
	unsigned *flags;
	size_t argc;
	const char *src;
};

int follow_command(struct follow *f);

/* Shared by the followers (follow.c, follow_shell.c, follow_wrap.c). */
void follow_unresolved(struct follow *f, const char *why);
/* Record "NAME=VALUE" as an assignment the command makes (export X=1,
 * env X=1 cmd), so that the policy's environment rules see every form. */
int follow_add_assign(struct follow *f, const char *text, unsigned flags);
/* walk_code() for code a command runs; a syntax error in it marks the
 * command unresolved.  Returns 0 or -1. */
int follow_code(struct follow *f, const char *text, size_t len, const char *via,
		bool new_shell);
/* walk_file() for a file a command runs or sources; a file that cannot
 * be read or parsed marks the command unresolved.  Returns 0 or -1. */
int follow_file(struct follow *f, const char *path, const char *via, bool new_shell);
/* Walk argv[from..] as the command a program runs, one level deeper. */
int follow_inner(struct follow *f, size_t from, const char *via);
int follow_shell(struct follow *f, const char *name);
/* Each returns 1 if argv[0] is one it handles (and it walked or marked
 * the command), 0 if not one of its programs, -1 on a walk error. */
int follow_wrapper(struct follow *f, const char *name);
int follow_program(struct follow *f, const char *name);
int follow_tool(struct follow *f, const char *name);

#endif
