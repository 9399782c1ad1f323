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

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

int canon_argv(arena *a, const char *const *argv, size_t argc,
	       const char ***out, size_t *outc);

/* The name canon_argv() gives a program whose argv[0] basename is name:
 * "git" for "git" and "git-push"; name itself for programs without a
 * table. */
const char *canon_prog(const char *name);

/* Whether opt, spelled in full ("--endpoint-url", "-c"), is a global
 * option of prog ("aws", "git") in the tables above. */
bool canon_has_option(const char *prog, const char *opt);

/* Does argv use one of the global options opts[0..nopts) (full
 * spellings), found as the program's own parser finds them: abbreviated,
 * with "=value", anywhere for aws, before the subcommand for git?  flags
 * (WORD_* of cmd.h, may be NULL) mark words known only at run time, which
 * could be any option, except (aws) in the place of an option's value:
 * after a global option that takes one, and after an operation's long
 * option written without '=' (operation options take values, flags
 * aside).  1 yes, 0 no, -1 a word known only at run time could be one. */
int canon_uses_option(const char *const *argv, const unsigned *flags, size_t argc,
		      const char *const *opts, size_t nopts);

#endif
