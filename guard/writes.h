/*
 * writes.h - which files a command deletes, truncates or overwrites.
 *
 * From a table of programs (rm, rmdir, unlink, shred, truncate, dd of=,
 * mv, cp, install, ln, tee, sed -i, find -delete, rsync, chmod -R, chown
 * -R, mkfs*, wipefs, tar -x, unzip, curl -o, wget -O, ...) and from the
 * command's output redirections, writes_of() fills cmd->writes, so that
 * the policy can allow such writes only inside its writable scopes.
 *
 * Relative paths are resolved against cwd; when cwd is NULL (unknown, for
 * example after `cd "$x"`) they are flagged WRITE_RELATIVE.  Paths are
 * normalized lexically ("a/../b" -> "b").  A path the command takes from
 * a dynamic word keeps its source text and WORD_DYNAMIC.
 *
 * Ownership: the list lives in the arena.  Returns 0, or -1 when the arena
 * is exhausted.
 */
#ifndef GUARD_WRITES_H
#define GUARD_WRITES_H

#include "arena.h"
#include "cmd.h"

int writes_of(arena *a, struct cmd *c, const char *cwd);

/* path joined to cwd (when relative) and normalized; NULL if the arena is
 * exhausted.  cwd may be NULL. */
const char *writes_resolve(arena *a, const char *cwd, const char *path);

#endif
