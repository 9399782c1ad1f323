/*
 * main.c - guard's entry point.  The name it is invoked under decides:
 *
 *   guard --check ...   show what a command line runs and the decision
 *   guard log ...       review the audit log
 *   guard install [--lockdown] [--rules FILE]   put guard in front of /bin/bash and /bin/sh
 *   guard uninstall
 *   guard compile-rules FILE   write FILE.compiled, loaded in place of FILE
 *   guard compile [CONFIG]     the same for the configuration in force (or
 *                              CONFIG) and for the rules it names
 *   guard --version
 *   bash, sh, ...       front the real shell (shell.h); any name other
 *                       than guard is taken as a shell name, so that a
 *                       copy under an unexpected name fails closed
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "config.h"
#include "config_cache.h"
#include "install.h"
#include "logcmd.h"
#include "rules_cache.h"
#include "shell.h"

static int usage(void)
{
	fputs("usage: guard --check [--rules FILE] [--json] [--cwd DIR] [--] COMMAND...\n"
	      "       guard --check [--rules FILE] [--cwd DIR] --batch\n"
	      "       guard log [FILE] [--denied] [--since T] [--until T] [--session ID]\n"
	      "                 [--grep RE] [--json] [--stats] [--verify]\n"
	      "       guard install [--lockdown] [--rules FILE]\n"
	      "       guard uninstall\n"
	      "       guard compile-rules FILE\n"
	      "       guard compile [CONFIG]\n"
	      "       guard --version\n",
	      stderr);
	return 2;
}

/* guard compile-rules FILE (rules_cache.h). */
static int compile_rules_main(int argc, char **argv)
{
	char err[1024];
	if (argc != 2)
		return usage();
	if (ruleset_compile(argv[1], err, sizeof(err))) {
		fprintf(stderr, "guard compile-rules: %s\n", err);
		return 1;
	}
	return 0;
}

/* guard compile [CONFIG] (config_cache.h, rules_cache.h). */
static int compile_main(int argc, char **argv)
{
	char err[1024];
	struct config c;
	if (argc > 2)
		return usage();
	const char *path = argc == 2 ? argv[1] : config_path();
	if (config_compile(path, err, sizeof(err)) ||
	    config_load(&c, path, err, sizeof(err))) {
		fprintf(stderr, "guard compile: %s\n", err);
		return 1;
	}
	int rc = ruleset_compile(c.rules, err, sizeof(err));
	if (rc)
		fprintf(stderr, "guard compile: %s\n", err);
	config_free(&c);
	return rc ? 1 : 0;
}

static const char *invoked_name(const char *argv0)
{
	const char *slash = strrchr(argv0, '/');
	const char *name = slash ? slash + 1 : argv0;
	return name[0] == '-' ? name + 1 : name; /* login shells get "-bash" */
}

int main(int argc, char **argv)
{
	const char *name = argc > 0 ? invoked_name(argv[0]) : "guard";
	if (strncmp(name, "guard", 5) != 0)
		return shell_main(argc, argv, name);
	if (argc > 1 && strcmp(argv[1], "--check") == 0)
		return check_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "log") == 0)
		return log_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "install") == 0)
		return install_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "uninstall") == 0)
		return uninstall_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "compile-rules") == 0)
		return compile_rules_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "compile") == 0)
		return compile_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "--version") == 0) {
		printf("guard %s\n", GUARD_VERSION);
		return 0;
	}
	return usage();
}
