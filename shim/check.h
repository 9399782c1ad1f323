/*
 * check.h - `guard --check`: show what a command line runs and the
 * decision, without running it.
 *
 *   guard --check [--rules FILE] [--json] [--cwd DIR] [--environ] [--] COMMAND...
 *   guard --check [--rules FILE] [--cwd DIR] [--environ] --batch   (NUL-separated on stdin)
 *
 * The agent's environment is not this one, so variables the line does not
 * set are unknown (dynamic) unless --environ says to take them from this
 * process's environment, as shell mode does with the real one.
 *
 * Exit status: 0 allow, 1 deny (a syntax error is a deny), 2 usage,
 * config or rules error.  In batch mode the status is 0 unless the rules
 * or the input cannot be read.
 */
#ifndef GUARD_CHECK_H
#define GUARD_CHECK_H

int check_main(int argc, char **argv);

#endif
