/*
 * walk.h - find every simple command a script will run.
 *
 * walk_script() parses a script command by command (parse.h), as bash
 * does, and walks each command's tree.  It follows what bash would run:
 * command and process substitutions, eval strings, nested shells' -c
 * strings, trap strings, sourced files, function bodies at each call (with
 * the call's arguments as positional parameters), aliases once the script
 * enables them.  It tracks literal assignments so that `X=rm; $X -rf d` is
 * seen as rm; a value assigned on a path that may not run becomes unknown.
 *
 * Every command found is appended to a cmdlist (cmd.h) with its expanded
 * argv and the chain (`via`) that led to it.  A command whose program is
 * not known before run time is still listed, with cmd.unresolved saying
 * why, so that the policy can refuse it.
 *
 * Ownership: everything lives in the arena.  Errors: returns 0 on success;
 * -1 on a syntax error, a limit (nesting, number of commands, arena) or an
 * unreadable sourced file, with out->error set.  Commands found before the
 * error stay in the list, but the line as a whole must be refused.
 */
#ifndef GUARD_WALK_H
#define GUARD_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "cmd.h"

#define WALK_MAX_COMMANDS 20000  /* simple commands listed for one line */
#define WALK_MAX_NESTING  24     /* eval / bash -c / source / function call depth */
#define WALK_MAX_ARGS     4096   /* words of one command judged; more is unresolved */
#define WALK_MAX_FILE     (1024 * 1024) /* bytes of a sourced or script file */

struct walk_opts {
	/* Resolve variables the script did not assign from this process's
	 * environment (shell mode: the environment bash will start with). */
	bool use_environ;
	/* Directory relative paths are resolved against; NULL: unknown. */
	const char *cwd;
	/* $0 and the positional parameters, when known (bash -c STR a0 a1..). */
	const char *arg0;
	const char *const *positional;
	size_t npositional;
	bool positional_known;
	/* Code that runs before the script: exported functions, startup
	 * files (shell mode).  Walked first, with via "startup"; NULL: none. */
	const char *prelude;
	size_t prelude_len;
};

int walk_script(arena *a, const char *text, size_t len,
		const struct walk_opts *opts, struct cmdlist *out);

#endif
