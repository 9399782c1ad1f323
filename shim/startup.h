/*
 * startup.h - code the real shell runs before the command: functions
 * imported from the environment (BASH_FUNC_name%%) and startup files
 * (BASH_ENV, ENV, the login and rc files).
 *
 * startup_prelude() renders them as a script for the walker to check
 * first.  A startup file that only root can change (owned by root, not
 * writable by group or others, in such a directory) is the
 * administrator's and is not checked; any other one is checked as if
 * sourced.  A missing file is skipped, as the shell skips it.
 *
 * The prelude lives in the arena; *out is NULL when there is nothing.
 */
#ifndef GUARD_STARTUP_H
#define GUARD_STARTUP_H

#include <stddef.h>

#include "arena.h"
#include "shellargs.h"

void startup_prelude(arena *a, const char *shell, const struct shell_inv *inv,
		     const char **out, size_t *len);

#endif
