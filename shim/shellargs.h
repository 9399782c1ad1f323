/*
 * shellargs.h - the real shell's own invocation options, parsed as bash
 * (and dash, as sh) parse them, to find out what the shell will run.
 *
 *   bash [--long-options] [-abcefhiklmnprstuvxBCDEHPT] [-o opt] [-O shopt]
 *        [--] [command_string [$0 [args]] | script [args]]
 *
 * Options may be clustered (-lc), -c may come before other options
 * (-c -l), -o and -O take the next argument, and the first operand after
 * the options is the command string with -c, else a script file.
 *
 * The result points into argv.  Returns 0, or -1 with *err set for an
 * invocation guard will not pass on (an unknown long option is left to the
 * real shell to reject, since it then runs nothing).
 */
#ifndef GUARD_SHELLARGS_H
#define GUARD_SHELLARGS_H

#include <stdbool.h>

struct shell_inv {
	bool command_mode;     /* -c */
	const char *command;   /* the -c string, or NULL */
	int operand;           /* argv index of the first operand, or argc */
	bool stdin_mode;       /* -s */
	bool interactive;      /* -i */
	bool login;            /* -l, --login */
	bool privileged;       /* -p, -o privileged */
	bool noexec;           /* -n */
	bool norc, noprofile;
	bool info_only;        /* --version, --help: nothing runs */
	const char *rcfile;    /* --rcfile / --init-file */
};

int shell_args_parse(int argc, char **argv, bool dash, struct shell_inv *inv,
		     const char **err);

#endif
