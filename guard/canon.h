/*
 * canon.h - the canonical argv that rule patterns are matched against.
 *
 * Programs hide their meaning behind options that may come anywhere:
 * `aws --region x sqs purge-queue`, `git -C . push`.  canon_argv() returns
 * the argv as a rule author thinks of it:
 *   - argv[0] becomes its basename: /usr/bin/rm, ../bin/rm -> rm;
 *   - aws: global options (with their values, abbreviated or with '=')
 *     are removed, giving `aws SERVICE OPERATION args...`;
 *   - git: global options before the subcommand (-C DIR, -c k=v,
 *     --git-dir=..., ...) are removed, giving `git SUBCOMMAND args...`.
 * Tables, not special cases, drive this, so more programs can be added.
 *
 * Ownership: the result lives in the arena.  Returns 0, or -1 when the
 * arena is exhausted.
 */
#ifndef GUARD_CANON_H
#define GUARD_CANON_H

#include <stddef.h>

#include "arena.h"

int canon_argv(arena *a, const char *const *argv, size_t argc,
	       const char ***out, size_t *outc);

#endif
