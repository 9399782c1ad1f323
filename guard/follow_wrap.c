/*
 * follow_wrap.c - programs that run another program given in their argv:
 * `timeout 30 aws ...`, `env -u X rm ...`, `sudo -u root rm ...`,
 * `xargs -I{} sh -c '...'`, `busybox rm`, `/lib64/ld-linux-x86-64.so.2 rm`.
 *
 * Each wrapper is a row in a table that gives its option grammar: which
 * short and long options take a value, how many operands come before the
 * command, whether NAME=VALUE words may precede it, which options make it
 * run nothing, and which option carries a shell command string instead of
 * an argv.  The command found is walked as if it stood alone, one level
 * deeper.  A program known to run its arguments (gtfobins-exec.tsv) whose
 * option grammar is not in the table is followed only when no option
 * precedes the command, and is otherwise unresolved.
 */
#include <string.h>

#include "follow.h"
#include "walk_int.h"

enum {
	W_ASSIGNS = 1u << 0,  /* NAME=VALUE words may come before the command (env) */
	W_STDIN_ARGS = 1u << 1, /* appends arguments read from stdin (xargs) */
	W_ARGV0 = 1u << 2,    /* -a NAME / --argv0 NAME: the program sees NAME as argv[0] */
};

struct wrapper {
	const char *name;
	const char *short_arg;        /* short options that take a value */
	const char *const *long_arg;  /* long options that take a value */
	unsigned operands;            /* operands before the command */
	unsigned flags;
	const char *stop;             /* short options with which nothing is run */
	const char *string_opt;       /* short option whose value is a shell command */
	const char *const *string_long; /* long options whose value is a shell command */
	const char *split_opt;        /* option whose value is split into the argv (env -S) */
};

#define L(...) ((const char *const[]){__VA_ARGS__, NULL})
static const char *const none[] = {NULL};

static const struct wrapper wrappers[] = {
	{"command", "", none, 0, 0, "vV", NULL, none, NULL},
	{"builtin", "", none, 0, 0, NULL, NULL, none, NULL},
	{"exec", "a", none, 0, W_ARGV0, NULL, NULL, none, NULL},
	{"time", "fo", L("--format", "--output"), 0, 0, NULL, NULL, none, NULL},
	{"nohup", "", none, 0, 0, NULL, NULL, none, NULL},
	{"env", "uCS", L("--unset", "--chdir", "--split-string", "--block-signal",
		"--default-signal", "--ignore-signal"), 0, W_ASSIGNS, NULL, NULL, none, "S"},
	{"timeout", "ks", L("--kill-after", "--signal"), 1, 0, NULL, NULL, none, NULL},
	{"nice", "n", L("--adjustment"), 0, 0, NULL, NULL, none, NULL},
	{"stdbuf", "ioe", L("--input", "--output", "--error"), 0, 0, NULL, NULL, none, NULL},
	{"sudo", "ugphrtCDRTU", L("--user", "--group", "--host", "--prompt", "--role",
		"--type", "--other-user", "--chdir", "--chroot", "--close-from",
		"--command-timeout"), 0, W_ASSIGNS, "lvkKVe", NULL, none, NULL},
	{"doas", "uC", none, 0, 0, NULL, NULL, none, NULL},
	{"setsid", "", none, 0, 0, NULL, NULL, none, NULL},
	{"ionice", "cnpPu", L("--class", "--classdata", "--pid", "--pgid", "--uid"), 0, 0, NULL, NULL, none, NULL},
	{"chrt", "T P D", L("--sched-runtime", "--sched-period", "--sched-deadline"), 1, 0, "p", NULL, none, NULL},
	{"taskset", "", L("--cpu-list"), 1, 0, "p", NULL, none, NULL},
	{"flock", "wEc", L("--timeout", "--wait", "--conflict-exit-code", "--command"), 1, 0, NULL, "c", L("--command"), NULL},
	{"unbuffer", "", none, 0, 0, NULL, NULL, none, NULL},
	{"strace", "abeEIoOpPsSuUX", L("--output", "--trace", "--signal", "--attach",
		"--string-limit", "--user", "--env", "--columns"), 0, 0, NULL, NULL, none, NULL},
	{"ltrace", "aAeEnoOpsuxXLS", L("--output", "--library", "--indent", "--align"), 0, 0, NULL, NULL, none, NULL},
	{"chroot", "", L("--userspec", "--groups"), 1, 0, NULL, NULL, none, NULL},
	{"runuser", "ugGc", L("--user", "--group", "--supp-group", "--command", "--shell", "--session-command"),
		0, 0, NULL, "c", L("--command", "--session-command"), NULL},
	{"su", "cgGs", L("--command", "--group", "--supp-group", "--shell", "--session-command"),
		1, 0, NULL, "c", L("--command", "--session-command"), NULL},
	{"sg", "c", none, 1, 0, NULL, "c", none, NULL},
	{"script", "cEIOBTt", L("--command", "--echo", "--log-in", "--log-out", "--log-io",
		"--log-timing", "--logging-format", "--output-limit"), 0, 0, NULL, "c", L("--command"), NULL},
	{"nsenter", "tSGnmuipUCTrwZF", L("--target", "--setuid", "--setgid", "--root", "--wd",
		"--env"), 0, 0, NULL, NULL, none, NULL},
	{"unshare", "RwSGl", L("--root", "--wd", "--setuid", "--setgid", "--propagation",
		"--map-user", "--map-group", "--map-users", "--map-groups"), 0, 0, NULL, NULL, none, NULL},
	{"watch", "dnqg", L("--interval", "--differences", "--equexit"), 0, 0, NULL, NULL, none, NULL},
	{"xargs", "IdEeLlnPsa", L("--delimiter", "--eof", "--max-lines", "--max-args",
		"--max-procs", "--max-chars", "--arg-file", "--replace", "--process-slot-var"),
		0, W_STDIN_ARGS, NULL, NULL, none, NULL},
	{"parallel", "jIdSa", L("--jobs", "--delimiter", "--sshlogin", "--arg-file", "--joblog",
		"--results", "--tmpdir"), 0, W_STDIN_ARGS, NULL, NULL, none, NULL},
	{"cpulimit", "lp", L("--limit", "--pid", "--cpu"), 0, 0, NULL, NULL, none, NULL},
	{"firejail", "", none, 0, 0, NULL, NULL, none, NULL},
	{"systemd-run", "upEr", L("--unit", "--property", "--setenv", "--working-directory",
		"--uid", "--gid", "--nice", "--slice", "--description"), 0, 0, "S", NULL, none, NULL},
	{"setarch", "", none, 1, 0, NULL, NULL, none, NULL},
	{"logsave", "", none, 1, 0, NULL, NULL, none, NULL},
	{"setlock", "", none, 1, 0, NULL, NULL, none, NULL},
	{"capsh", "", none, 0, 0, NULL, NULL, none, NULL},
	{"catchsegv", "", none, 0, 0, NULL, NULL, none, NULL},
	{"faketime", "", none, 1, 0, NULL, NULL, none, NULL},
	{"aa-exec", "pn", L("--profile", "--namespace"), 0, 0, NULL, NULL, none, NULL},
};

/* Programs that run their arguments whose option grammar guard does not
 * know (from gtfobins-exec.tsv, class argv-exec). */
static const char *const argv_exec[] = {
	"aoss", "choom", "distcc", "grc", "mosh-server", "multitime", "openvt",
	"perf", "pexec", "pkexec", "rlwrap", "softlimit", "sshpass", "ssh-agent",
	"msgfilter", "proxychains", "proxychains4", "torsocks", "torify", "tsocks",
	"dbus-launch", "xvfb-run", "fakeroot", "eatmydata", "ccache", "valgrind",
	"numactl", "prlimit", "cgexec", "chpst", "envdir", "envuidgid", "setuidgid",
	"daemonize", "start-stop-daemon", "run-one", "with-lock-ex", "trickle",
};

static const struct wrapper *find_wrapper(const char *name)
{
	for (size_t i = 0; i < sizeof(wrappers) / sizeof(wrappers[0]); i++)
		if (strcmp(wrappers[i].name, name) == 0)
			return &wrappers[i];
	return NULL;
}

static bool in_list(const char *const *l, const char *s, size_t n)
{
	for (; *l; l++)
		if (strlen(*l) == n && strncmp(*l, s, n) == 0)
			return true;
	return false;
}

struct scan {
	size_t cmd;            /* index of the command, argc if none */
	const char *argv0;     /* -a NAME */
	const char *string;    /* a shell command string given by an option */
	bool string_dynamic;
	const char *split;     /* env -S STRING */
	const char *replace;   /* xargs -I R */
	bool stop;             /* the wrapper runs nothing */
	bool dynamic;          /* an option word is dynamic */
	size_t assigns_from;   /* NAME=VALUE words from here to cmd (env) */
};

/* Handles one short option cluster at argv[*i]. */
static void short_opt(const struct follow *f, const struct wrapper *wr, size_t *i,
		      struct scan *sc)
{
	const char *a = f->argv[*i];
	for (const char *p = a + 1; *p; p++) {
		if (wr->stop && strchr(wr->stop, *p)) {
			sc->stop = true;
			return;
		}
		if (!strchr(wr->short_arg, *p) || *p == ' ')
			continue;
		const char *val = p[1] ? p + 1 : (*i + 1 < f->argc ? f->argv[++*i] : NULL);
		bool dyn = !p[1] && (f->flags[*i] & WORD_DYNAMIC);
		if (wr->string_opt && strchr(wr->string_opt, *p)) {
			sc->string = val;
			sc->string_dynamic = dyn;
		} else if (wr->split_opt && strchr(wr->split_opt, *p)) {
			sc->split = val;
			sc->dynamic = sc->dynamic || dyn;
		} else if ((wr->flags & W_ARGV0) && *p == 'a') {
			sc->argv0 = val;
			sc->dynamic = sc->dynamic || dyn;
		} else if ((wr->flags & W_STDIN_ARGS) && *p == 'I') {
			sc->replace = val;
		}
		return;
	}
	/* xargs -i means -I{} */
	if ((wr->flags & W_STDIN_ARGS) && strcmp(a, "-i") == 0)
		sc->replace = "{}";
}

static void long_opt(const struct follow *f, const struct wrapper *wr, size_t *i,
		     struct scan *sc)
{
	const char *a = f->argv[*i];
	const char *eq = strchr(a, '=');
	size_t n = eq ? (size_t)(eq - a) : strlen(a);
	bool is_string = in_list(wr->string_long, a, n);
	bool takes = is_string || in_list(wr->long_arg, a, n);
	if (!takes)
		return;
	const char *val = eq ? eq + 1 : (*i + 1 < f->argc ? f->argv[++*i] : NULL);
	if (is_string) {
		sc->string = val;
		sc->string_dynamic = !eq && (f->flags[*i] & WORD_DYNAMIC);
	} else if (wr->split_opt && strncmp(a, "--split-string", n) == 0) {
		sc->split = val;
	} else if ((wr->flags & W_STDIN_ARGS) && strncmp(a, "--replace", n) == 0) {
		sc->replace = val ? val : "{}";
	}
}

static void scan_wrapper(const struct follow *f, const struct wrapper *wr, struct scan *sc)
{
	size_t i = 1;
	memset(sc, 0, sizeof(*sc));
	for (; i < f->argc && !sc->stop; i++) {
		const char *a = f->argv[i];
		if (f->flags[i] & WORD_DYNAMIC) {
			if (a[0] == '-' || a[0] == '$' || a[0] == '"')
				sc->dynamic = true;
			break;
		}
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[0] != '-' || a[1] == '\0')
			break;
		if (a[1] == '-')
			long_opt(f, wr, &i, sc);
		else
			short_opt(f, wr, &i, sc);
	}
	i += wr->operands;
	sc->assigns_from = i;
	if (wr->flags & W_ASSIGNS)
		while (i < f->argc && !(f->flags[i] & WORD_DYNAMIC) &&
		       strchr(f->argv[i], '=') && f->argv[i][0] != '=')
			i++;
	sc->cmd = i < f->argc ? i : f->argc;
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

/* Walks a copy of argv[from..] with changes: argv[0] renamed, the xargs
 * replace string marked dynamic, a dynamic word for arguments from stdin. */
static int follow_changed(struct follow *f, size_t from, const struct scan *sc,
			  bool stdin_args, const char *via)
{
	struct walker *w = f->w;
	size_t n = f->argc - from;
	const char **av = arena_alloc(w->a, (n + 2) * sizeof(*av));
	unsigned *fl = arena_alloc(w->a, (n + 2) * sizeof(*fl));
	if (!av || !fl)
		return walk_fail(w, "input too large: out of memory for this command line");
	for (size_t i = 0; i < n; i++) {
		av[i] = f->argv[from + i];
		fl[i] = f->flags[from + i];
		if (sc->replace && *sc->replace && strstr(av[i], sc->replace))
			fl[i] |= WORD_DYNAMIC;
	}
	if (sc->argv0)
		av[0] = sc->argv0;
	if (stdin_args && !sc->replace) {
		av[n] = "<arguments from stdin>";
		fl[n++] = WORD_DYNAMIC;
	}
	av[n] = NULL;
	struct follow g = *f;
	g.argv = av;
	g.flags = fl;
	g.argc = n;
	return follow_inner(&g, 0, via);
}

static int follow_string(struct follow *f, const char *s, bool dyn, const char *via)
{
	if (dyn) {
		follow_unresolved(f, arena_printf(f->w->a,
			"%s runs a command string known only at run time", via));
		return 0;
	}
	return follow_code(f, s, strlen(s), via, true);
}

/* watch and parallel join their words into one shell command string. */
static int follow_joined(struct follow *f, size_t from, const char *via)
{
	size_t len = 1;
	for (size_t i = from; i < f->argc; i++) {
		if (f->flags[i] & WORD_DYNAMIC)
			return follow_string(f, "", true, via);
		len += strlen(f->argv[i]) + 1;
	}
	char *s = arena_alloc(f->w->a, len);
	if (!s)
		return walk_fail(f->w, "input too large: out of memory for this command line");
	for (size_t i = from; i < f->argc; i++) {
		strcat(s, f->argv[i]);
		if (i + 1 < f->argc)
			strcat(s, " ");
	}
	return follow_string(f, s, false, via);
}

static int follow_table(struct follow *f, const struct wrapper *wr)
{
	struct scan sc;
	scan_wrapper(f, wr, &sc);
	if (sc.stop)
		return 1;
	for (size_t i = sc.assigns_from; (wr->flags & W_ASSIGNS) && i < sc.cmd; i++)
		if (follow_add_assign(f, f->argv[i], f->flags[i]) < 0)
			return -1;
	if (sc.dynamic) {
		follow_unresolved(f, arena_printf(f->w->a,
			"%s with options known only at run time", wr->name));
		return 1;
	}
	if (sc.string)
		return follow_string(f, sc.string, sc.string_dynamic, wr->name) < 0 ? -1 : 1;
	if (sc.split)
		return follow_string(f, sc.split, false, "env -S") < 0 ? -1 : 1;
	if (sc.cmd >= f->argc) {
		/* sudo -s, su: a shell reading stdin; xargs alone runs echo */
		if (strcmp(wr->name, "su") == 0 || strcmp(wr->name, "sudo") == 0 ||
		    strcmp(wr->name, "runuser") == 0 || strcmp(wr->name, "sg") == 0)
			follow_unresolved(f, arena_printf(f->w->a,
				"%s starts a shell that reads commands guard cannot see", wr->name));
		return 1;
	}
	if (strcmp(wr->name, "watch") == 0)
		return follow_joined(f, sc.cmd, "watch") < 0 ? -1 : 1;
	bool stdin_args = wr->flags & W_STDIN_ARGS;
	if (sc.argv0 || stdin_args)
		return follow_changed(f, sc.cmd, &sc, stdin_args, wr->name) < 0 ? -1 : 1;
	return follow_inner(f, sc.cmd, wr->name) < 0 ? -1 : 1;
}

/* ld-linux-x86-64.so.2, ld.so, ld-musl-x86_64.so.1: the loader runs PROG. */
static bool is_loader(const char *b)
{
	return strncmp(b, "ld-linux", 8) == 0 || strncmp(b, "ld-musl", 7) == 0 ||
	       strcmp(b, "ld.so") == 0 || strncmp(b, "ld64.so", 7) == 0;
}

static const struct wrapper loader = {"ld.so", "", L("--library-path", "--preload",
	"--argv0", "--audit", "--glibc-hwcaps-prepend", "--glibc-hwcaps-mask"),
	0, 0, NULL, NULL, none, NULL};

static int follow_unknown_grammar(struct follow *f, const char *b)
{
	if (f->argc < 2)
		return 1;
	if (f->argv[1][0] == '-' || (f->flags[1] & WORD_DYNAMIC)) {
		follow_unresolved(f, arena_printf(f->w->a,
			"%s runs a command given in its arguments, with options guard does not read; run the command directly",
			b));
		return 1;
	}
	return follow_inner(f, 1, b) < 0 ? -1 : 1;
}

int follow_wrapper(struct follow *f, const char *name)
{
	const char *b = strrchr(name, '/');
	b = b ? b + 1 : name;
	const struct wrapper *wr = find_wrapper(b);
	if (wr)
		return follow_table(f, wr);
	if (is_loader(b))
		return follow_table(f, &loader);
	if (strcmp(b, "busybox") == 0 && f->argc > 1 && !(f->flags[1] & WORD_DYNAMIC))
		return follow_inner(f, 1, "busybox") < 0 ? -1 : 1;
	for (size_t i = 0; i < sizeof(argv_exec) / sizeof(argv_exec[0]); i++)
		if (strcmp(b, argv_exec[i]) == 0)
			return follow_unknown_grammar(f, b);
	return 0;
}
