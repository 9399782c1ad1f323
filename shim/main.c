/*
 * main.c - guard's entry point.
 *
 *   guard --check ...     show what a command runs and the decision
 *   guard --version
 *
 * Invoked under a shell's name (as /bin/bash or /bin/sh), guard will front
 * the real shell; that mode comes with the shell entry point.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"

static int usage(void)
{
	fputs("usage: guard --check [--rules FILE] [--json] [--cwd DIR] [--] COMMAND...\n"
	      "       guard --check [--rules FILE] [--cwd DIR] --batch\n"
	      "       guard --version\n",
	      stderr);
	return 2;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--check") == 0)
		return check_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("guard %s\n", GUARD_VERSION);
		return 0;
	}
	return usage();
}
