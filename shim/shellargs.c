/* shellargs.c - see shellargs.h. */
#include "shellargs.h"

#include <string.h>

static int long_option(int argc, char **argv, int *i, struct shell_inv *inv,
		       const char **err)
{
	const char *a = argv[*i];
	if (strcmp(a, "--login") == 0)
		inv->login = true;
	else if (strcmp(a, "--norc") == 0)
		inv->norc = true;
	else if (strcmp(a, "--noprofile") == 0)
		inv->noprofile = true;
	else if (strcmp(a, "--version") == 0 || strcmp(a, "--help") == 0)
		inv->info_only = true;
	else if (strcmp(a, "--rcfile") == 0 || strcmp(a, "--init-file") == 0) {
		if (*i + 1 >= argc) {
			*err = "--rcfile needs a file";
			return -1;
		}
		inv->rcfile = argv[++*i];
	}
	/* --posix, --restricted, --verbose, --noediting, --debugger, ... change
	 * nothing guard decides on. */
	return 0;
}

static int short_options(int argc, char **argv, int *i, struct shell_inv *inv,
			 const char **err)
{
	const char *a = argv[*i];
	bool minus = a[0] == '-';
	for (const char *p = a + 1; *p; p++) {
		switch (*p) {
		case 'c': inv->command_mode = minus; break;
		case 's': inv->stdin_mode = minus; break;
		case 'i': inv->interactive = minus; break;
		case 'l': inv->login = minus; break;
		case 'n': inv->noexec = minus; break;
		case 'p': inv->privileged = inv->privileged || minus; break;
		case 'o':
		case 'O':
			if (*i + 1 >= argc)
				break; /* bash lists the options and exits */
			if (*p == 'o' && minus && strcmp(argv[*i + 1], "privileged") == 0)
				inv->privileged = true;
			++*i;
			break;
		default:
			break;
		}
	}
	(void)err;
	return 0;
}

int shell_args_parse(int argc, char **argv, bool dash, struct shell_inv *inv,
		     const char **err)
{
	memset(inv, 0, sizeof(*inv));
	int i = 1;
	/* bash reads long options only before the first short one. */
	for (; !dash && i < argc && argv[i][0] == '-' && argv[i][1] == '-' && argv[i][2]; i++)
		if (long_option(argc, argv, &i, inv, err) < 0)
			return -1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0 || strcmp(a, "-") == 0) {
			i++;
			break;
		}
		if ((a[0] != '-' && a[0] != '+') || a[1] == '\0')
			break;
		if (short_options(argc, argv, &i, inv, err) < 0)
			return -1;
	}
	inv->operand = i;
	if (inv->command_mode) {
		if (i >= argc && !inv->info_only) {
			*err = "-c needs a command string";
			return -1;
		}
		inv->command = i < argc ? argv[i] : NULL;
	}
	return 0;
}
