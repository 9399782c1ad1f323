/*
 * git_class.h - what a git command does, by subcommand and the options
 * that change it (aws-taxonomy.md section 5.2).
 *
 * Classes, from harmless to worst:
 *   read-only       repository, index and worktree unchanged (status, log)
 *   local-mutating  changes refs, index, worktree or config; recoverable
 *                   (commit, fetch, branch NEW, reset --soft)
 *   destructive     loses uncommitted work, untracked files or history
 *                   (reset --hard, clean -f, branch -D, checkout -- PATH)
 *   push            changes a remote repository (push, send-pack)
 *   exec            runs a program the command names or a hook
 *                   (submodule foreach, rebase -x, difftool, --upload-pack)
 *   unknown         not a git subcommand: an alias or an external git-X
 * A table, not code, says which options and second words ("stash drop",
 * "config --get") move a subcommand to another class.
 *
 * Input is the argv after "git" and its global options, as canon_argv()
 * gives it: args[0] is the subcommand.  Constant data; no allocation, no
 * state, safe from any thread.
 */
#ifndef GUARD_GIT_CLASS_H
#define GUARD_GIT_CLASS_H

#include <stddef.h>

enum git_class {
	GIT_UNKNOWN,
	GIT_READ,
	GIT_LOCAL,
	GIT_DESTRUCTIVE,
	GIT_PUSH,
	GIT_EXEC,
	GIT_NCLASS
};

#define GIT_ALL ((1u << GIT_NCLASS) - 1)

/* The classes `git ARGS...` may have: a mask of 1u << enum git_class.
 * flags[i] holds the WORD_* flags (cmd.h) of args[i]; NULL when all are
 * literal.  All literal: exactly one bit.  A word known only at run time
 * could be any option, so it adds every class the subcommand can reach
 * (all of them for the subcommand itself).  n == 0, a bare `git`, prints
 * its usage: read-only. */
unsigned git_classes(const char *const *args, const unsigned *flags, size_t n);

/* "read-only", "local-mutating", "destructive", "push", "exec",
 * "unknown" (also for values outside the enum). */
const char *git_class_name(enum git_class c);

/* The inverse of git_class_name; -1 for any other name or NULL. */
int git_class_from_name(const char *name);

#endif
