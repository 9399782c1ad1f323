/*
 * follow_wrap.c - programs that run another program given in their argv:
 * `timeout 30 aws ...`, `env -u X rm ...`, `sudo -u root rm ...`.
 *
 * Each wrapper is a row in a table that gives its option grammar: which
 * short and long options take a value, how many operands come before the
 * command, and whether NAME=VALUE words may precede it.  The command found
 * is walked as if it stood alone, one level deeper, via the wrapper.  A
 * wrapper whose command cannot be found statically marks the line
 * unresolved.
 */
#include <string.h>

#include "follow.h"
#include "walk_int.h"

enum {
	W_ASSIGNS = 1u << 0,   /* NAME=VALUE words may come before the command (env) */
	W_NOCMD_OK = 1u << 1,  /* no command given is fine (nohup alone errors anyway) */
};

struct wrapper {
	const char *name;
	const char *short_arg;            /* short options that take a value */
	const char *const *long_arg;      /* long options that take a value (no "=") */
	unsigned operands;                /* operands before the command */
	unsigned flags;
	const char *stop;                 /* short options after which nothing runs ("-v" of command) */
};

static const char *const no_long[] = {NULL};
static const char *const env_long[] = {"--unset", "--chdir", "--split-string", "--block-signal",
	"--default-signal", "--ignore-signal", NULL};
static const char *const timeout_long[] = {"--kill-after", "--signal", NULL};
static const char *const nice_long[] = {"--adjustment", NULL};
static const char *const sudo_long[] = {"--user", "--group", "--host", "--prompt", "--role",
	"--type", "--other-user", "--chdir", "--chroot", "--close-from", "--command-timeout", NULL};
static const char *const stdbuf_long[] = {"--input", "--output", "--error", NULL};
static const char *const ionice_long[] = {"--class", "--classdata", "--pid", "--pgid", "--uid", NULL};
static const char *const flock_long[] = {"--timeout", "--wait", "--conflict-exit-code", NULL};
static const char *const setsid_long[] = {NULL};

static const struct wrapper wrappers[] = {
	{"command", "", no_long, 0, 0, "vV"},
	{"builtin", "", no_long, 0, 0, NULL},
	{"exec", "a", no_long, 0, W_NOCMD_OK, NULL},
	{"time", "f o", no_long, 0, W_NOCMD_OK, NULL},
	{"nohup", "", no_long, 0, 0, NULL},
	{"env", "uCS", env_long, 0, W_ASSIGNS | W_NOCMD_OK, NULL},
	{"timeout", "ks", timeout_long, 1, 0, NULL},
	{"nice", "n", nice_long, 0, W_NOCMD_OK, NULL},
	{"stdbuf", "ioe", stdbuf_long, 0, 0, NULL},
	{"sudo", "ugphrtCDRTU", sudo_long, 0, W_ASSIGNS | W_NOCMD_OK, "lvkKV"},
	{"doas", "uC", no_long, 0, 0, NULL},
	{"setsid", "", setsid_long, 0, 0, NULL},
	{"ionice", "cnpPu", ionice_long, 0, W_NOCMD_OK, NULL},
	{"chrt", "", no_long, 1, W_NOCMD_OK, "p"},
	{"taskset", "", no_long, 1, W_NOCMD_OK, "p"},
	{"flock", "wEn", flock_long, 1, 0, NULL},
	{"unbuffer", "", no_long, 0, 0, NULL},
};

static const struct wrapper *find_wrapper(const char *name)
{
	for (size_t i = 0; i < sizeof(wrappers) / sizeof(wrappers[0]); i++)
		if (strcmp(wrappers[i].name, name) == 0)
			return &wrappers[i];
	return NULL;
}

static bool long_takes_arg(const struct wrapper *wr, const char *opt)
{
	for (const char *const *l = wr->long_arg; *l; l++)
		if (strcmp(*l, opt) == 0)
			return true;
	return false;
}

/* Index of the wrapped command in argv, argc if none, or -1 when an
 * option makes the wrapper run nothing. */
static long find_command(const struct follow *f, const struct wrapper *wr)
{
	size_t i = 1;
	for (; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (f->flags[i] & WORD_DYNAMIC)
			return (long)i; /* the caller reports it */
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[0] != '-' || a[1] == '\0')
			break;
		if (a[1] == '-') {
			if (!strchr(a, '=') && long_takes_arg(wr, a))
				i++;
			continue;
		}
		for (const char *p = a + 1; *p; p++) {
			if (wr->stop && strchr(wr->stop, *p))
				return -1;
			if (strchr(wr->short_arg, *p)) {
				if (p[1] == '\0')
					i++;
				break;
			}
		}
	}
	i += wr->operands;
	if (wr->flags & W_ASSIGNS)
		while (i < f->argc && !(f->flags[i] & WORD_DYNAMIC) &&
		       strchr(f->argv[i], '=') && f->argv[i][0] != '=')
			i++;
	return (long)(i < f->argc ? i : f->argc);
}

int follow_inner(struct follow *f, size_t from, const char *via)
{
	struct walker *w = f->w;
	if (walk_enter(w) < 0)
		return -1;
	walk_push_via(w, via);
	int rc = walk_argv(w, f->node, f->argv + from, f->flags + from, f->argc - from, f->src);
	walk_pop_via(w);
	walk_leave(w);
	return rc;
}

int follow_wrapper(struct follow *f, const char *name)
{
	const char *b = strrchr(name, '/');
	b = b ? b + 1 : name;
	const struct wrapper *wr = find_wrapper(b);
	if (!wr)
		return 0;
	long at = find_command(f, wr);
	if (at < 0 || (size_t)at >= f->argc)
		return 1;
	if (follow_inner(f, (size_t)at, wr->name) < 0)
		return -1;
	return 1;
}
