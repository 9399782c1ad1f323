/*
 * shell.h - guard in front of the real shell.
 *
 * Invoked as bash or sh (or any name the config maps to a real shell),
 * guard reads the invocation as that shell would, decides on everything
 * the shell is about to run (the -c string, a script file, a script on
 * stdin, exported functions and startup files), writes the decision to the
 * audit log, and then either execs the real shell with the very same argv
 * and environment, or refuses: one line on stderr and exit 126.
 *
 * Nothing runs that was not decided: a broken config or policy, a log that
 * cannot be written (unless on_log_failure: allow), an oversize input or a
 * missing real shell all refuse, with one line saying what to do.
 */
#ifndef GUARD_SHELL_H
#define GUARD_SHELL_H

#include <stdbool.h>

/* Never returns on success (execs the real shell); returns the exit
 * status (126) when refused. */
int shell_main(int argc, char **argv, const char *name);

#endif
