/*
 * follow.c - builtins that run code given as data (eval, source, trap) and
 * builtins that change what later commands mean (alias, shopt, set, read,
 * declare, unset).  Nested shells are in follow_shell.c and programs that
 * run programs in follow_wrap.c.
 */
#include "follow.h"

#include <stdlib.h>
#include <string.h>

#include "walk_int.h"
#include "writes.h"

void follow_unresolved(struct follow *f, const char *why)
{
	struct cmd *c = &f->w->out->v[f->idx];
	if (!c->unresolved)
		c->unresolved = why;
}

int follow_add_assign(struct follow *f, const char *text, unsigned flags)
{
	struct cmd *c = &f->w->out->v[f->idx];
	const char **v = arena_alloc(f->w->a, (c->nassigns + 2) * sizeof(*v));
	unsigned *fl = arena_alloc(f->w->a, (c->nassigns + 2) * sizeof(*fl));
	if (!v || !fl)
		return walk_fail(f->w, "input too large: out of memory for this command line");
	if (c->nassigns) {
		memcpy(v, c->assigns, c->nassigns * sizeof(*v));
		memcpy(fl, c->assign_flags, c->nassigns * sizeof(*fl));
	}
	v[c->nassigns] = text;
	fl[c->nassigns] = flags;
	c->assigns = v;
	c->assign_flags = fl;
	c->nassigns++;
	return 0;
}

int follow_code(struct follow *f, const char *text, size_t len, const char *via,
		bool new_shell)
{
	int rc = walk_code(f->w, text, len, via, new_shell);
	if (rc == 1)
		follow_unresolved(f, arena_printf(f->w->a,
			"the code run by %s does not parse (%s)", via, f->w->nested_error));
	return rc < 0 ? -1 : 0;
}

int follow_file(struct follow *f, const char *path, const char *via, bool new_shell)
{
	const char *why = NULL;
	int rc = walk_file(f->w, path, via, new_shell, &why);
	if (rc == 1)
		follow_unresolved(f, arena_printf(f->w->a,
			"%s: cannot read %s to check it (%s)", via, path, why));
	else if (rc == 2)
		follow_unresolved(f, arena_printf(f->w->a,
			"%s: %s does not parse (%s)", via, path, f->w->nested_error));
	else if (rc == 3)
		follow_unresolved(f, arena_printf(f->w->a,
			"%s: %s is written earlier in this command line with content guard cannot know",
			via, path));
	return rc < 0 ? -1 : 0;
}

static bool dyn(const struct follow *f, size_t i)
{
	return f->flags[i] & WORD_DYNAMIC;
}

static bool any_dyn(const struct follow *f, size_t from)
{
	for (size_t i = from; i < f->argc; i++)
		if (dyn(f, i))
			return true;
	return false;
}

/* eval joins its arguments with spaces and runs the result. */
static int follow_eval(struct follow *f)
{
	struct walker *w = f->w;
	size_t from = 1;
	if (from < f->argc && strcmp(f->argv[from], "--") == 0)
		from++;
	if (any_dyn(f, from)) {
		follow_unresolved(f, "eval of a string known only at run time");
		return 0;
	}
	size_t len = 0;
	for (size_t i = from; i < f->argc; i++)
		len += strlen(f->argv[i]) + 1;
	char *code = arena_alloc(w->a, len + 1);
	if (!code)
		return walk_fail(w, "input too large: out of memory for this command line");
	char *p = code;
	for (size_t i = from; i < f->argc; i++) {
		size_t l = strlen(f->argv[i]);
		memcpy(p, f->argv[i], l);
		p += l;
		if (i + 1 < f->argc)
			*p++ = ' ';
	}
	*p = '\0';
	return follow_code(f, code, (size_t)(p - code), "eval", false);
}

static int follow_source(struct follow *f)
{
	size_t i = 1;
	if (i < f->argc && strcmp(f->argv[i], "--") == 0)
		i++;
	if (i >= f->argc)
		return 0;
	if (dyn(f, i)) {
		follow_unresolved(f, "source of a file named only at run time");
		return 0;
	}
	return follow_file(f, f->argv[i], arena_printf(f->w->a, "source %s", f->argv[i]), false);
}

/* trap [-lp] [[ACTION] SIGNAL...]: ACTION runs later, when a signal comes. */
static int follow_trap(struct follow *f)
{
	size_t i = 1;
	while (i < f->argc && f->argv[i][0] == '-' && !dyn(f, i)) {
		if (strcmp(f->argv[i++], "--") == 0)
			break;
	}
	if (i + 1 >= f->argc)
		return 0; /* listing, or resetting one signal */
	if (dyn(f, i)) {
		follow_unresolved(f, "trap with an action known only at run time");
		return 0;
	}
	const char *action = f->argv[i];
	if (strcmp(action, "-") == 0 || action[0] == '\0')
		return 0;
	return follow_code(f, action, strlen(action), "trap", false);
}

/* ---- state-changing builtins -------------------------------------------- */

static bool is_name(const char *s, size_t n)
{
	if (n == 0 || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

static void set_alias(struct walker *w, const char *name, size_t nlen, const char *value)
{
	struct alias *al = arena_alloc(w->a, sizeof(*al));
	if (!al)
		return;
	al->name = arena_strndup(w->a, name, nlen);
	al->value = value;
	al->next = w->aliases;
	w->aliases = al;
}

static int follow_alias(struct follow *f, bool unalias)
{
	struct walker *w = f->w;
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (unalias && strcmp(a, "-a") == 0) {
			w->aliases = NULL;
			continue;
		}
		if (a[0] == '-' && !dyn(f, i))
			continue;
		const char *eq = strchr(a, '=');
		if (dyn(f, i)) {
			if (!unalias)
				follow_unresolved(f, "alias defined from a value known only at run time");
			continue;
		}
		if (unalias)
			set_alias(w, a, strlen(a), NULL);
		else if (eq)
			set_alias(w, a, (size_t)(eq - a), eq + 1);
	}
	return 0;
}

static int follow_shopt(struct follow *f)
{
	int on = -1;
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (dyn(f, i)) {
			follow_unresolved(f, "shopt of an option known only at run time");
			continue;
		}
		if (strcmp(a, "-s") == 0)
			on = 1;
		else if (strcmp(a, "-u") == 0)
			on = 0;
		else if (on >= 0 && strcmp(a, "expand_aliases") == 0)
			f->w->expand_aliases = on;
		else if (on >= 0 && strcmp(a, "extglob") == 0)
			f->w->extglob = on;
	}
	return 0;
}

/* set -- a b c: new positional parameters. */
static int follow_set(struct follow *f)
{
	struct walker *w = f->w;
	size_t i = 1;
	for (; i < f->argc; i++) {
		if (dyn(f, i)) {
			w->pos_known = false;
			return 0;
		}
		if (strcmp(f->argv[i], "--") == 0) {
			i++;
			break;
		}
		if (f->argv[i][0] != '-' && f->argv[i][0] != '+')
			break;
		if (strcmp(f->argv[i], "-o") == 0 || strcmp(f->argv[i], "+o") == 0)
			i++;
	}
	if (i >= f->argc && strcmp(f->argv[f->argc - 1], "--") != 0)
		return 0; /* only options */
	w->pos = f->argv + i;
	w->npos = f->argc - i;
	w->pos_known = !any_dyn(f, i);
	return 0;
}

static int follow_shift(struct follow *f)
{
	struct walker *w = f->w;
	size_t n = 1;
	if (f->argc > 1) {
		if (dyn(f, 1) || f->argv[1][strspn(f->argv[1], "0123456789")] != '\0') {
			w->pos_known = false;
			return 0;
		}
		n = (size_t)strtoul(f->argv[1], NULL, 10);
	}
	if (w->pos_known && n <= w->npos) {
		w->pos += n;
		w->npos -= n;
	}
	return 0;
}

/* Every NAME argument of read, mapfile, getopts, printf -v, ... becomes
 * unknown, and is listed as an assignment of a run-time value so that the
 * policy's environment rules see `read PATH` as they see PATH=....
 * Over-approximates: option values are treated as names too. */
static int forget_name_args(struct follow *f)
{
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		size_t n = strcspn(a, "=[");
		if (dyn(f, i) || !is_name(a, n))
			continue;
		const char *name = arena_strndup(f->w->a, a, n);
		vars_set(&f->w->vars, name, VAR_UNKNOWN, NULL);
		if (!name || follow_add_assign(f, arena_printf(f->w->a, "%s=<read at run time>", name),
					       WORD_DYNAMIC) < 0)
			return walk_fail(f->w, "input too large: out of memory for this command line");
	}
	vars_set(&f->w->vars, "REPLY", VAR_UNKNOWN, NULL);
	return 0;
}

/* declare/local/export/readonly/typeset NAME=VALUE ... */
static int follow_declare(struct follow *f)
{
	struct walker *w = f->w;
	bool odd = false; /* -n, -i, -a, -A, -u, -l change what a value means */
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (!dyn(f, i) && (a[0] == '-' || a[0] == '+')) {
			odd = odd || strpbrk(a + 1, "niaAulc") != NULL;
			continue;
		}
		size_t n = strcspn(a, "=+[");
		if (!is_name(a, n))
			continue;
		const char *name = arena_strndup(w->a, a, n);
		const char *eq = strchr(a, '=');
		if (!eq)
			continue;
		bool plain = !odd && !dyn(f, i) && a[n] == '=';
		vars_set(&w->vars, name, plain ? VAR_KNOWN : VAR_UNKNOWN, eq + 1);
		if (follow_add_assign(f, a, f->flags[i]) < 0)
			return -1;
	}
	return 0;
}

static int follow_unset(struct follow *f)
{
	struct walker *w = f->w;
	bool funcs = false;
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (dyn(f, i))
			continue;
		if (strcmp(a, "-f") == 0) {
			funcs = true;
			continue;
		}
		if (a[0] == '-')
			continue;
		if (funcs) {
			struct func *fn = arena_alloc(w->a, sizeof(*fn));
			if (!fn)
				return walk_fail(w, "input too large: out of memory for this command line");
			fn->name = a;
			fn->next = w->funcs;
			w->funcs = fn;
		} else {
			vars_set(&w->vars, a, VAR_UNSET, NULL);
		}
	}
	return 0;
}

/* cd DIR: relative paths after it resolve against DIR. */
static int follow_cd(struct follow *f)
{
	struct walker *w = f->w;
	size_t i = 1;
	while (i < f->argc && !dyn(f, i) && f->argv[i][0] == '-' && f->argv[i][1] &&
	       strcmp(f->argv[i], "-") != 0)
		if (strcmp(f->argv[i++], "--") == 0)
			break;
	const char *dir = NULL;
	if (i >= f->argc) {
		const char *home = NULL;
		if (vars_get(&w->vars, "HOME", &home) == VAR_KNOWN)
			dir = home;
	} else if (!dyn(f, i) && strcmp(f->argv[i], "-") != 0) {
		dir = f->argv[i];
	}
	const char *cwd = walk_cwd(w);
	if (dir && dir[0] != '/' && !cwd)
		dir = NULL;
	if (dir)
		dir = writes_resolve(w->a, cwd, dir);
	vars_set(&w->vars, WALK_CWD_VAR, dir ? VAR_KNOWN : VAR_UNKNOWN, dir);
	return 0;
}

static int follow_dir_stack(struct follow *f)
{
	vars_set(&f->w->vars, WALK_CWD_VAR, VAR_UNKNOWN, NULL);
	return 0;
}

/* ---- dispatch ------------------------------------------------------------ */

struct builtin {
	const char *name;
	int (*fn)(struct follow *f);
};

static int do_unalias(struct follow *f) { return follow_alias(f, true); }
static int do_alias(struct follow *f) { return follow_alias(f, false); }

static const struct builtin builtins[] = {
	{"eval", follow_eval},
	{"source", follow_source},
	{".", follow_source},
	{"trap", follow_trap},
	{"alias", do_alias},
	{"unalias", do_unalias},
	{"shopt", follow_shopt},
	{"set", follow_set},
	{"shift", follow_shift},
	{"read", forget_name_args},
	{"mapfile", forget_name_args},
	{"readarray", forget_name_args},
	{"getopts", forget_name_args},
	{"printf", forget_name_args},
	{"declare", follow_declare},
	{"typeset", follow_declare},
	{"local", follow_declare},
	{"export", follow_declare},
	{"readonly", follow_declare},
	{"unset", follow_unset},
	{"cd", follow_cd},
	{"pushd", follow_dir_stack},
	{"popd", follow_dir_stack},
};

int follow_command(struct follow *f)
{
	const char *name = f->argv[0];
	for (size_t i = 0; i < sizeof(builtins) / sizeof(builtins[0]); i++)
		if (strcmp(name, builtins[i].name) == 0)
			return builtins[i].fn(f);
	int (*const followers[])(struct follow *, const char *) = {
		follow_wrapper, follow_tool, follow_program,
	};
	for (size_t i = 0; i < sizeof(followers) / sizeof(followers[0]); i++) {
		int rc = followers[i](f, name);
		if (rc != 0)
			return rc < 0 ? -1 : 0;
	}
	return follow_shell(f, name);
}
