/*
 * follow_shell.c - a shell started by a command: bash -c STRING, a script
 * file operand, or a script read on stdin from a heredoc or here-string.
 *
 * The shell's own options are parsed as bash parses them: options may be
 * clustered (-lc, -ec), -c may come before other options (-c -l), -o and
 * -O take a value, and the command string is the first operand after the
 * options.  A script that comes from anywhere guard cannot read (a pipe,
 * the terminal) marks the command unresolved.
 */
#include <string.h>

#include "follow.h"
#include "walk_int.h"

/* Shells whose language is close enough to bash's to check with it. */
static const char *const shells[] = {
	"bash", "sh", "dash", "ash", "rbash", "zsh", "ksh", "mksh", "lksh",
	"ksh93", "pdksh", "posh", "yash", "oksh",
};

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* bash, and renamed copies of it: bash5, bash-5.2, bash.real, sh.distrib.
 * A real shell moved aside is still a shell. */
static bool follow_is_shell(const char *name)
{
	const char *b = base_name(name);
	for (size_t i = 0; i < sizeof(shells) / sizeof(shells[0]); i++) {
		size_t n = strlen(shells[i]);
		if (strncmp(b, shells[i], n) != 0)
			continue;
		const char *rest = b + n;
		if (*rest == '\0' || *rest == '.' || *rest == '-' || *rest == '_' ||
		    (*rest >= '0' && *rest <= '9'))
			return true;
	}
	return false;
}

struct shell_args {
	bool cmd_mode;   /* -c */
	bool stdin_mode; /* -s */
	size_t operand;  /* first operand after the options */
};

/* Long options of bash that take a value. */
static bool long_takes_value(const char *opt)
{
	return strcmp(opt, "--rcfile") == 0 || strcmp(opt, "--init-file") == 0;
}

static int parse_shell_args(struct follow *f, size_t from, struct shell_args *sa)
{
	size_t i = from;
	memset(sa, 0, sizeof(*sa));
	for (; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (f->flags[i] & WORD_DYNAMIC)
			return -1;
		if (strcmp(a, "--") == 0 || strcmp(a, "-") == 0) {
			i++;
			break;
		}
		if (a[0] == '-' && a[1] == '-') {
			if (long_takes_value(a))
				i++;
			continue;
		}
		if ((a[0] != '-' && a[0] != '+') || a[1] == '\0')
			break;
		for (const char *p = a + 1; *p; p++) {
			if (*p == 'c')
				sa->cmd_mode = true;
			else if (*p == 's')
				sa->stdin_mode = true;
			else if (*p == 'o' || *p == 'O')
				i++;
		}
	}
	sa->operand = i;
	return 0;
}

/* The script a shell reads on stdin, when a heredoc or here-string on
 * this command gives it.  NULL if none. */
static const struct redir *stdin_redir(const struct node *n)
{
	const struct redir *last = NULL;
	if (!n)
		return NULL;
	for (const struct redir *r = n->redirs; r; r = r->next)
		if ((r->fd == -1 || r->fd == 0) &&
		    (r->op == R_HEREDOC || r->op == R_HERESTR || r->op == R_IN ||
		     r->op == R_INOUT || r->op == R_DUPIN))
			last = r;
	return last;
}

static int walk_stdin_script(struct follow *f, const char *name)
{
	struct walker *w = f->w;
	const struct redir *r = stdin_redir(f->node);
	struct expand_env env = walk_env(w);
	const char *text = NULL, *err = NULL;
	bool is_dyn = true;
	const char *via = arena_printf(w->a, "%s <stdin>", name);
	if (r && r->op == R_HEREDOC) {
		if (r->quoted_delim) {
			is_dyn = false;
			text = r->body && r->body->nparts ? r->body->parts[0].text : "";
		} else if (expand_heredoc(w->a, r->body, &env, &text, &is_dyn, &err) < 0) {
			return walk_fail(w, err ? err : "expansion failed");
		}
	} else if (r && r->op == R_HERESTR) {
		if (expand_word_single(w->a, r->target, &env, &text, &is_dyn, &err) < 0)
			return walk_fail(w, err ? err : "expansion failed");
	} else if (r && r->op == R_IN) {
		if (expand_word_single(w->a, r->target, &env, &text, &is_dyn, &err) < 0)
			return walk_fail(w, err ? err : "expansion failed");
		if (is_dyn) {
			follow_unresolved(f, arena_printf(w->a,
				"%s reads a script from a file named only at run time", name));
			return 0;
		}
		return follow_file(f, text, via, true);
	}
	if (!r || r->op == R_INOUT || r->op == R_DUPIN || is_dyn) {
		follow_unresolved(f, arena_printf(w->a,
			"%s reads commands from standard input, which guard cannot see; pass them with -c instead",
			name));
		return 0;
	}
	return follow_code(f, text, strlen(text), via, true);
}

static int walk_c_string(struct follow *f, const char *name, size_t at)
{
	struct walker *w = f->w;
	if (at >= f->argc)
		return 0; /* bash: -c: option requires an argument; nothing runs */
	if (f->flags[at] & WORD_DYNAMIC) {
		follow_unresolved(f, arena_printf(w->a,
			"%s -c of a command string known only at run time", name));
		return 0;
	}
	const char *saved_arg0 = w->arg0;
	const char **saved_pos = w->pos;
	size_t saved_npos = w->npos;
	bool saved_known = w->pos_known;
	w->arg0 = at + 1 < f->argc ? f->argv[at + 1] : name;
	w->pos = at + 2 <= f->argc ? f->argv + at + 2 : f->argv + f->argc;
	w->npos = at + 2 <= f->argc ? f->argc - at - 2 : 0;
	w->pos_known = true;
	for (size_t i = at + 1; i < f->argc; i++)
		if (f->flags[i] & WORD_DYNAMIC)
			w->pos_known = false;
	int rc = follow_code(f, f->argv[at], strlen(f->argv[at]),
			   arena_printf(w->a, "%s -c", name), true);
	w->arg0 = saved_arg0;
	w->pos = saved_pos;
	w->npos = saved_npos;
	w->pos_known = saved_known;
	return rc;
}

static int walk_shell_from(struct follow *f, const char *name, size_t from)
{
	struct walker *w = f->w;
	struct shell_args sa;
	if (parse_shell_args(f, from, &sa) < 0) {
		follow_unresolved(f, arena_printf(w->a,
			"%s with options known only at run time", name));
		return 0;
	}
	if (sa.cmd_mode)
		return walk_c_string(f, name, sa.operand);
	if (sa.operand < f->argc && !sa.stdin_mode) {
		if (f->flags[sa.operand] & WORD_DYNAMIC) {
			follow_unresolved(f, arena_printf(w->a,
				"%s runs a script named only at run time", name));
			return 0;
		}
		const char *path = f->argv[sa.operand];
		return follow_file(f, path, arena_printf(w->a, "%s %s", name, path), true);
	}
	return walk_stdin_script(f, name);
}

int follow_shell(struct follow *f, const char *name)
{
	const char *b = base_name(name);
	if (strcmp(b, "busybox") == 0 && f->argc > 1 && !(f->flags[1] & WORD_DYNAMIC) &&
	    follow_is_shell(f->argv[1]))
		return walk_shell_from(f, base_name(f->argv[1]), 2);
	if (!follow_is_shell(b))
		return 0;
	return walk_shell_from(f, b, 1);
}
