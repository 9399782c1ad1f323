/*
 * walk_cmd.c - one simple command: expand it, record it, and follow what
 * it runs in turn (builtins that run code, nested shells, functions).
 *
 * The builtins handled here are the ones that change what later commands
 * mean (alias, shopt, set, read, declare, unset, ...) or that run code
 * given as data (eval, source, trap).  Programs that run other programs
 * (wrappers, find -exec, interpreters) are looked up in follow.h.
 */
#include "walk_int.h"

#include <ctype.h>
#include <string.h>

#include "follow.h"
#include "writes.h"

/* ---- recording ----------------------------------------------------------- */

static struct cmd *add_cmd(struct walker *w, size_t *idx)
{
	struct cmdlist *out = w->out;
	if (out->n >= WALK_MAX_COMMANDS) {
		walk_fail(w, arena_printf(w->a,
			"too many commands in one line (limit %d)", WALK_MAX_COMMANDS));
		return NULL;
	}
	if (out->n == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 16;
		struct cmd *v = arena_alloc(w->a, cap * sizeof(*v));
		if (!v) {
			walk_fail(w, "input too large: out of memory for this command line");
			return NULL;
		}
		if (out->n)
			memcpy(v, out->v, out->n * sizeof(*v));
		out->v = v;
		out->cap = cap;
	}
	*idx = out->n;
	struct cmd *c = &out->v[out->n++];
	memset(c, 0, sizeof(*c));
	size_t nvia = w->nvia < WALK_MAX_VIA ? w->nvia : WALK_MAX_VIA;
	c->via = arena_alloc(w->a, (nvia + 1) * sizeof(*c->via));
	c->redirs = arena_alloc(w->a, (w->nredirs + 1) * sizeof(*c->redirs));
	if (!c->via || !c->redirs) {
		walk_fail(w, "input too large: out of memory for this command line");
		return NULL;
	}
	memcpy(c->via, w->via, nvia * sizeof(*c->via));
	c->nvia = nvia;
	memcpy(c->redirs, w->redirs, w->nredirs * sizeof(*c->redirs));
	c->nredirs = w->nredirs;
	return c;
}

static void mark_unresolved(struct walker *w, size_t idx, const char *why)
{
	if (!w->out->v[idx].unresolved)
		w->out->v[idx].unresolved = why;
}

/* ---- expansion of the words --------------------------------------------- */

struct argv_buf {
	const char **argv;
	unsigned *flags;
	size_t argc, cap;
};

static int argv_push(struct walker *w, struct argv_buf *b, const char *s, unsigned fl)
{
	if (b->argc + 1 >= b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 8;
		const char **av = arena_alloc(w->a, cap * sizeof(*av));
		unsigned *fv = arena_alloc(w->a, cap * sizeof(*fv));
		if (!av || !fv)
			return walk_fail(w, "input too large: out of memory for this command line");
		if (b->argc) {
			memcpy(av, b->argv, b->argc * sizeof(*av));
			memcpy(fv, b->flags, b->argc * sizeof(*fv));
		}
		b->argv = av;
		b->flags = fv;
		b->cap = cap;
	}
	b->argv[b->argc] = s;
	b->flags[b->argc] = fl;
	b->argc++;
	b->argv[b->argc] = NULL;
	return 0;
}

static unsigned word_flags(unsigned field_flags)
{
	return ((field_flags & FIELD_DYNAMIC) ? WORD_DYNAMIC : 0) |
	       ((field_flags & FIELD_GLOB) ? WORD_GLOB : 0);
}

static bool is_declaration(const char *s)
{
	return strcmp(s, "declare") == 0 || strcmp(s, "typeset") == 0 ||
	       strcmp(s, "local") == 0 || strcmp(s, "export") == 0 ||
	       strcmp(s, "readonly") == 0;
}

/* Length of NAME in a word "NAME=(...)" or "NAME+=(...)", else 0. */
static size_t compound_name(const char *src)
{
	size_t n = 0;
	if (!src || !(src[0] == '_' || isalpha((unsigned char)src[0])))
		return 0;
	while (src[n] == '_' || isalnum((unsigned char)src[n]))
		n++;
	size_t e = src[n] == '+' ? n + 1 : n;
	return src[e] == '=' && src[e + 1] == '(' ? n : 0;
}

static int expand_words(struct walker *w, const struct node *n, struct argv_buf *b)
{
	struct expand_env env = walk_env(w);
	for (size_t i = 0; i < n->nwords; i++) {
		/* declare a=(1 2): bash assigns the array and passes `a` on. */
		size_t cn = b->argc > 0 && is_declaration(b->argv[0]) ?
			    compound_name(n->words[i]->src) : 0;
		if (cn) {
			const char *name = arena_strndup(w->a, n->words[i]->src, cn);
			if (!name || argv_push(w, b, name, 0) < 0)
				return walk_fail(w, "input too large: out of memory for this command line");
			vars_set(&w->vars, name, VAR_UNKNOWN, NULL);
			continue;
		}
		struct fields f;
		const char *err = NULL;
		if (expand_word(w->a, n->words[i], &env, &f, &err) < 0)
			return walk_fail(w, err ? err : "expansion failed");
		for (size_t j = 0; j < f.n; j++)
			if (argv_push(w, b, f.v[j].text, word_flags(f.v[j].flags)) < 0)
				return -1;
	}
	if (!b->argv && argv_push(w, b, NULL, 0) == 0)
		b->argc = 0; /* keep argv non-NULL and NULL-terminated */
	return 0;
}

/* ---- assignments ------------------------------------------------------- */

static int assign_value(struct walker *w, const struct assign *as,
			const char **val, bool *dyn)
{
	struct expand_env env = walk_env(w);
	const char *err = NULL;
	*dyn = false;
	*val = "";
	if (as->is_array || as->subscript) {
		*dyn = true;
		*val = "(...)";
		return 0;
	}
	if (!as->value)
		return 0;
	if (expand_word_single(w->a, as->value, &env, val, dyn, &err) < 0)
		return walk_fail(w, err ? err : "expansion failed");
	return 0;
}

/* Walks the assignments' substitutions and renders them "NAME=value";
 * when apply, sets the shell variables too. */
static int do_assigns(struct walker *w, const struct node *n, struct cmd *c, bool apply)
{
	size_t count = 0;
	for (const struct assign *as = n->assigns; as; as = as->next)
		count++;
	/* Append: a wrapper (env A=b) may have recorded its own already. */
	const char **av = arena_alloc(w->a, (c->nassigns + count + 1) * sizeof(*av));
	unsigned *fv = arena_alloc(w->a, (c->nassigns + count + 1) * sizeof(*fv));
	if (!av || !fv)
		return walk_fail(w, "input too large: out of memory for this command line");
	if (c->nassigns) {
		memcpy(av, c->assigns, c->nassigns * sizeof(*av));
		memcpy(fv, c->assign_flags, c->nassigns * sizeof(*fv));
	}
	c->assigns = av;
	c->assign_flags = fv;
	for (const struct assign *as = n->assigns; as; as = as->next) {
		const char *val;
		bool dyn;
		if (assign_value(w, as, &val, &dyn) < 0)
			return -1;
		const char *old = NULL;
		if (as->append && !dyn &&
		    vars_get(&w->vars, as->name, &old) == VAR_KNOWN)
			val = arena_printf(w->a, "%s%s", old, val);
		else if (as->append && !dyn)
			dyn = vars_get(&w->vars, as->name, &old) != VAR_UNSET;
		c->assigns[c->nassigns] = arena_printf(w->a, "%s%s=%s", as->name,
			as->append ? "+" : "", val);
		c->assign_flags[c->nassigns++] = dyn ? WORD_DYNAMIC : 0;
		if (apply)
			vars_set(&w->vars, as->name, dyn ? VAR_UNKNOWN : VAR_KNOWN, val);
	}
	return 0;
}

static int walk_assign_subs(struct walker *w, const struct node *n)
{
	for (const struct assign *as = n->assigns; as; as = as->next) {
		if (walk_word_subs(w, as->value) < 0)
			return -1;
		for (size_t i = 0; i < as->nelems; i++)
			if (walk_word_subs(w, as->elems[i]) < 0)
				return -1;
	}
	return 0;
}

/* ---- the simple command -------------------------------------------------- */

/* `ARGV0=NAME prog ...` (zsh) runs prog under the name NAME, and programs
 * such as busybox or Claude Code's binary act on that name: judge NAME. */
static void judge_as_argv0(struct walker *w, const struct node *n, struct argv_buf *b)
{
	for (const struct assign *as = n->assigns; as; as = as->next) {
		if (strcmp(as->name, "ARGV0") != 0 || as->is_array || !as->value)
			continue;
		struct expand_env env = walk_env(w);
		const char *val = NULL, *err = NULL;
		bool dyn = false;
		if (expand_word_single(w->a, as->value, &env, &val, &dyn, &err) == 0) {
			b->argv[0] = val;
			b->flags[0] = dyn ? WORD_DYNAMIC : 0;
		}
	}
}

int walk_simple(struct walker *w, const struct node *n)
{
	if (walk_assign_subs(w, n) < 0)
		return -1;
	for (size_t i = 0; i < n->nwords; i++)
		if (walk_word_subs(w, n->words[i]) < 0)
			return -1;
	size_t saved = w->nredirs;
	int rc = walk_redirs(w, n->redirs);
	struct argv_buf b = {0};
	if (rc >= 0)
		rc = expand_words(w, n, &b);
	const char *src = NULL;
	if (rc >= 0 && w->text)
		src = arena_strndup(w->a, w->text + n->start, n->end - n->start);
	if (rc >= 0 && b.argc == 0) {
		/* Only assignments and redirections: they change the shell. */
		size_t idx;
		struct cmd *c = add_cmd(w, &idx);
		rc = c ? do_assigns(w, n, c, true) : -1;
		if (c) {
			c->argv = b.argv;
			c->flags = b.flags;
			c->src = src;
			if (rc >= 0 && writes_of(w->a, c, walk_cwd(w)) < 0)
				rc = walk_fail(w, "input too large: out of memory for this command line");
			if (rc >= 0)
				vfile_note_writes(w, c, n);
		}
	} else if (rc >= 0) {
		judge_as_argv0(w, n, &b);
		size_t first = w->out->n;
		rc = walk_argv(w, n, b.argv, b.flags, b.argc, src);
		/* Prefix assignments belong to the command's environment only. */
		if (rc >= 0 && n->assigns && w->out->n > first)
			rc = do_assigns(w, n, &w->out->v[first], false);
	}
	w->nredirs = saved;
	return rc < 0 ? -1 : 0;
}

/* ---- what the command runs in turn -------------------------------------- */

static bool any_dynamic(const unsigned *flags, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (flags[i] & WORD_DYNAMIC)
			return true;
	return false;
}

static int call_function(struct walker *w, const struct func *f,
			 const char **argv, const unsigned *flags, size_t argc)
{
	if (walk_enter(w) < 0)
		return -1;
	const char **saved_pos = w->pos;
	size_t saved_npos = w->npos;
	bool saved_known = w->pos_known;
	const char *saved_text = w->text;
	w->pos = argv + 1;
	w->npos = argc - 1;
	w->pos_known = !any_dynamic(flags, 1, argc);
	w->text = f->text;
	walk_push_via(w, arena_printf(w->a, "function %s", f->name));
	int rc = walk_node(w, f->body);
	walk_pop_via(w);
	w->text = saved_text;
	w->pos = saved_pos;
	w->npos = saved_npos;
	w->pos_known = saved_known;
	walk_leave(w);
	return rc;
}

static const struct func *find_function(const struct walker *w, const char *name)
{
	for (const struct func *f = w->funcs; f; f = f->next)
		if (strcmp(f->name, name) == 0)
			return f->body ? f : NULL;
	return NULL;
}

int walk_argv(struct walker *w, const struct node *n, const char **argv,
	      unsigned *flags, size_t argc, const char *src)
{
	size_t idx;
	struct cmd *c = add_cmd(w, &idx);
	if (!c)
		return -1;
	c->argv = argv;
	c->flags = flags;
	c->argc = argc;
	c->src = src;
	if (writes_of(w->a, c, walk_cwd(w)) < 0)
		return walk_fail(w, "input too large: out of memory for this command line");
	vfile_note_writes(w, c, n);
	c = &w->out->v[idx];
	if (argc == 0)
		return 0;
	if (argc > WALK_MAX_ARGS) {
		/* Matching rules against a brace expansion of 100,000 globs
		 * would cost more than any command is worth: refuse instead. */
		mark_unresolved(w, idx, arena_printf(w->a,
			"the command has %zu words, more than guard checks (%d)", argc, WALK_MAX_ARGS));
		return 0;
	}
	if (flags[0] & WORD_DYNAMIC) {
		mark_unresolved(w, idx, arena_printf(w->a,
			"the command name `%s` is known only at run time", argv[0]));
		return 0;
	}
	if (flags[0] & WORD_GLOB) {
		mark_unresolved(w, idx, arena_printf(w->a,
			"the command name `%s` is a glob, so the program is chosen at run time", argv[0]));
		return 0;
	}
	const struct func *f = find_function(w, argv[0]);
	if (f)
		return call_function(w, f, argv, flags, argc);
	struct follow fo = {
		.w = w, .node = n, .idx = idx, .argv = argv, .flags = flags,
		.argc = argc, .src = src,
	};
	return follow_command(&fo);
}
