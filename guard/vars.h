/*
 * vars.h - the shell variables a script has set, as far as they are known.
 *
 * A scoped table: entries are pushed on a list, newest first, so that a
 * subshell is a mark and a restore, and a branch that may not run is a mark
 * followed by vars_forget_since(), which makes every variable the branch
 * set unknown afterwards (unless it ends with the value it had before).
 *
 * Names the script never set fall back to the process environment when
 * use_environ is set (shell mode: bash starts with that environment), and
 * are unknown otherwise.  IFS is never imported, as in bash.
 *
 * Ownership: entries live in the arena given to vars_init().
 */
#ifndef GUARD_VARS_H
#define GUARD_VARS_H

#include <stdbool.h>

#include "arena.h"
#include "expand.h"

struct var;

struct vars {
	arena *a;
	struct var *head;
	bool use_environ;
};

void vars_init(struct vars *v, arena *a, bool use_environ);
enum var_state vars_get(const struct vars *v, const char *name, const char **value);
/* state VAR_KNOWN with value, VAR_UNSET, or VAR_UNKNOWN. */
void vars_set(struct vars *v, const char *name, enum var_state state, const char *value);

/* A mark to come back to. */
struct var *vars_mark(const struct vars *v);
/* Drop everything set since mark (end of a subshell). */
void vars_restore(struct vars *v, struct var *mark);
/* Everything set since mark becomes unknown, unless its value is the one
 * it had at mark (end of a branch or loop that may not run). */
void vars_forget_since(struct vars *v, struct var *mark);
/* True if any variable was set since mark. */
bool vars_changed_since(const struct vars *v, const struct var *mark);

#endif
