/*
 * walk.c - walk a command tree in the order bash would run it.
 *
 * Simple commands are handled in walk_cmd.c; code inside code (eval,
 * bash -c, source, trap) in walk_run.c.  This file holds the compound
 * commands and the rules for variables on paths that may not run:
 * a branch (&&, ||, if, case) or a loop body is walked once, and whatever
 * it assigned becomes unknown afterwards; a loop body that assigns is
 * walked a second time with those variables unknown, since a later
 * iteration sees the earlier one's values.
 */
#include "walk_int.h"

#include <string.h>

#include "parse.h"

#define WALK_MAX_TREE_DEPTH 400

int walk_fail(struct walker *w, const char *msg)
{
	if (!w->error)
		w->error = msg;
	return -1;
}

void walk_push_via(struct walker *w, const char *via)
{
	if (w->nvia < WALK_MAX_VIA)
		w->via[w->nvia] = via;
	w->nvia++;
}

void walk_pop_via(struct walker *w)
{
	w->nvia--;
}

const char *walk_cwd(struct walker *w)
{
	const char *v = NULL;
	switch (vars_get(&w->vars, WALK_CWD_VAR, &v)) {
	case VAR_KNOWN:
		return v;
	case VAR_UNSET:
		return w->opts->cwd;
	default:
		return NULL;
	}
}

static enum var_state env_lookup(void *ctx, const char *name, const char **value)
{
	struct walker *w = ctx;
	return vars_get(&w->vars, name, value);
}

static void env_assign(void *ctx, const char *name, const char *value)
{
	struct walker *w = ctx;
	vars_set(&w->vars, name, value ? VAR_KNOWN : VAR_UNKNOWN, value);
}

struct expand_env walk_env(struct walker *w)
{
	struct expand_env env = {
		.lookup = env_lookup,
		.assign = env_assign,
		.ctx = w,
		.positional_known = w->pos_known,
		.positional = w->pos,
		.npositional = w->npos,
	};
	return env;
}

/* ---- substitutions inside words ------------------------------------------ */

static int walk_sub(struct walker *w, const struct node *sub, const char *via)
{
	if (!sub)
		return 0;
	/* A substitution runs in a subshell: its assignments do not leak. */
	struct var *mark = vars_mark(&w->vars);
	walk_push_via(w, via);
	int rc = walk_node(w, sub);
	walk_pop_via(w);
	vars_restore(&w->vars, mark);
	return rc;
}

static int walk_parts(struct walker *w, const struct part *parts, size_t n);

static int walk_param_subs(struct walker *w, const struct param *p)
{
	if (!p)
		return 0;
	if (walk_word_subs(w, p->subscript_word) < 0 || walk_word_subs(w, p->arg) < 0)
		return -1;
	return walk_word_subs(w, p->arg2);
}

static int walk_part(struct walker *w, const struct part *p)
{
	switch (p->kind) {
	case PART_DQUOTE:
		return walk_parts(w, p->parts, p->nparts);
	case PART_PARAM:
		return walk_param_subs(w, p->param);
	case PART_CMDSUB:
		return walk_sub(w, p->sub, p->backquote ? "`...`" : "$(...)");
	case PART_PROCSUB:
		return walk_sub(w, p->sub, p->op == '<' ? "<(...)" : ">(...)");
	case PART_ARITH:
		return walk_word_subs(w, p->expr);
	default:
		return 0;
	}
}

static int walk_parts(struct walker *w, const struct part *parts, size_t n)
{
	if (++w->depth > WALK_MAX_TREE_DEPTH)
		return walk_fail(w, "nesting too deep");
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = walk_part(w, &parts[i]);
	w->depth--;
	return rc;
}

int walk_word_subs(struct walker *w, const struct word *wd)
{
	if (!wd)
		return 0;
	return walk_parts(w, wd->parts, wd->nparts);
}

static int walk_words_subs(struct walker *w, struct word *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (walk_word_subs(w, v[i]) < 0)
			return -1;
	return 0;
}

/* ---- redirections on compound commands ----------------------------------- */

static const char *redir_op_text(enum redir_op op)
{
	static const char *const names[] = {
		[R_IN] = "<", [R_OUT] = ">", [R_CLOBBER] = ">|", [R_APPEND] = ">>",
		[R_INOUT] = "<>", [R_DUPIN] = "<&", [R_DUPOUT] = ">&",
		[R_ALLOUT] = "&>", [R_ALLAPPEND] = "&>>", [R_HEREDOC] = "<<",
		[R_HERESTR] = "<<<",
	};
	return names[op];
}

/* Enclosing redirections stay on w->redirs so that the commands inside
 * inherit them (a write scope applies to `{ ...; } > file` too). */
int walk_redirs(struct walker *w, const struct redir *r)
{
	int pushed = 0;
	struct expand_env env = walk_env(w);
	for (; r; r = r->next) {
		if (walk_word_subs(w, r->target) < 0)
			return -1;
		if (r->op == R_HEREDOC) {
			if (!r->quoted_delim && walk_word_subs(w, r->body) < 0)
				return -1;
			continue;
		}
		if (r->op == R_HERESTR || !r->target)
			continue;
		const char *val = NULL, *err = NULL;
		bool dyn = false;
		if (expand_word_single(w->a, r->target, &env, &val, &dyn, &err) < 0)
			return walk_fail(w, err ? err : "expansion failed");
		/* fd duplications (2>&1, >&-) open no file */
		if ((r->op == R_DUPOUT || r->op == R_DUPIN) && !dyn &&
		    val[strspn(val, "0123456789")] == '\0')
			continue;
		if ((r->op == R_DUPOUT || r->op == R_DUPIN) && !dyn &&
		    (strcmp(val, "-") == 0 ||
		     (val[0] && val[strspn(val, "0123456789")] == '-' &&
		      val[strspn(val, "0123456789") + 1] == '\0')))
			continue;
		if (w->nredirs >= WALK_MAX_REDIRS)
			return walk_fail(w, "too many redirections");
		struct cmd_redir *cr = &w->redirs[w->nredirs++];
		cr->op = redir_op_text(r->op);
		cr->target = val;
		cr->flags = dyn ? WORD_DYNAMIC : 0;
		pushed++;
	}
	return pushed;
}

/* ---- compound commands ------------------------------------------------- */

/* Walk n on a path that may not run: its assignments become unknown. */
static int walk_maybe(struct walker *w, const struct node *n)
{
	struct var *mark = vars_mark(&w->vars);
	int rc = walk_node(w, n);
	vars_forget_since(&w->vars, mark);
	return rc;
}

/* A loop: cond and body run zero or more times, in turn. */
static int walk_loop(struct walker *w, const struct node *cond, const struct node *body,
		     struct word *const *list, size_t nlist)
{
	size_t first = w->out->n;
	struct var *mark = vars_mark(&w->vars);
	if (walk_node(w, cond) < 0 || walk_node(w, body) < 0)
		return -1;
	if (vars_changed_since(&w->vars, mark)) {
		/* Walk again with what the first pass assigned unknown. */
		vars_forget_since(&w->vars, mark);
		w->out->n = first;
		struct var *mark2 = vars_mark(&w->vars);
		if (walk_node(w, cond) < 0 || walk_node(w, body) < 0)
			return -1;
		vars_forget_since(&w->vars, mark2);
	}
	(void)list;
	(void)nlist;
	return 0;
}

static int walk_for(struct walker *w, const struct node *n)
{
	if (n->kind == N_ARITH_FOR) {
		if (walk_word_subs(w, n->init) < 0 || walk_word_subs(w, n->test) < 0 ||
		    walk_word_subs(w, n->step) < 0)
			return -1;
		return walk_loop(w, NULL, n->body, NULL, 0);
	}
	if (walk_words_subs(w, n->list, n->nlist) < 0)
		return -1;
	/* The loop variable takes each value in turn: known only if one. */
	struct expand_env env = walk_env(w);
	const char *only = NULL;
	if (n->has_in && n->nlist == 1) {
		struct fields f;
		const char *err = NULL;
		if (expand_word(w->a, n->list[0], &env, &f, &err) < 0)
			return walk_fail(w, err ? err : "expansion failed");
		if (f.n == 1 && !(f.v[0].flags & (FIELD_DYNAMIC | FIELD_GLOB)))
			only = f.v[0].text;
	}
	struct var *mark = vars_mark(&w->vars);
	vars_set(&w->vars, n->var, only ? VAR_KNOWN : VAR_UNKNOWN, only);
	int rc = walk_loop(w, NULL, n->body, n->list, n->nlist);
	vars_forget_since(&w->vars, mark);
	return rc;
}

static int walk_case(struct walker *w, const struct node *n)
{
	if (walk_word_subs(w, n->subject) < 0)
		return -1;
	for (const struct case_item *it = n->items; it; it = it->next) {
		if (walk_words_subs(w, it->patterns, it->npatterns) < 0)
			return -1;
		if (walk_maybe(w, it->body) < 0)
			return -1;
	}
	return 0;
}

static int walk_if(struct walker *w, const struct node *n)
{
	if (walk_node(w, n->cond) < 0)
		return -1;
	if (walk_maybe(w, n->body) < 0)
		return -1;
	return walk_maybe(w, n->els);
}

static int walk_pipeline(struct walker *w, const struct node *n)
{
	bool piped = w->stdin_piped;
	for (size_t i = 0; i < n->ncmds; i++) {
		/* Each member of a real pipeline runs in a subshell. */
		struct var *mark = vars_mark(&w->vars);
		w->stdin_piped = piped || i > 0;
		int rc = walk_node(w, n->cmds[i]);
		w->stdin_piped = piped;
		if (rc < 0)
			return -1;
		if (n->ncmds > 1)
			vars_restore(&w->vars, mark);
	}
	return 0;
}

static int define_function(struct walker *w, const struct node *n)
{
	struct func *f = arena_alloc(w->a, sizeof(*f));
	if (!f)
		return walk_fail(w, "input too large");
	f->name = n->name;
	f->body = n->body;
	f->text = w->text;
	f->next = w->funcs;
	w->funcs = f;
	return 0;
}

/* `a && b || c && ...` nests to the left: walk its spine from the inside
 * out with an explicit stack, so that a long chain is not deep nesting.
 * Every right side may not run. */
static int walk_and_or(struct walker *w, const struct node *n)
{
	size_t depth = 0;
	const struct node *p = n;
	for (; (p->kind == N_AND || p->kind == N_OR) && !p->redirs && p->left; p = p->left)
		depth++;
	const struct node **chain = arena_alloc(w->a, depth * sizeof(*chain));
	if (!chain)
		return walk_fail(w, "input too large: out of memory for this command line");
	size_t i = depth;
	for (p = n; i > 0; p = p->left)
		chain[--i] = p;
	if (walk_node(w, chain[0]->left) < 0)
		return -1;
	for (i = 0; i < depth; i++)
		if (walk_maybe(w, chain[i]->right) < 0)
			return -1;
	return 0;
}

static int walk_compound(struct walker *w, const struct node *n)
{
	switch (n->kind) {
	case N_PIPELINE:
		return walk_pipeline(w, n);
	case N_AND:
	case N_OR:
		return walk_and_or(w, n);
	case N_SEQ:
		if (walk_node(w, n->left) < 0)
			return -1;
		return walk_node(w, n->right);
	case N_BG: {
		struct var *mark = vars_mark(&w->vars);
		if (walk_node(w, n->left) < 0)
			return -1;
		vars_restore(&w->vars, mark);
		return walk_node(w, n->right);
	}
	case N_SUBSHELL: {
		struct var *mark = vars_mark(&w->vars);
		int rc = walk_node(w, n->body);
		vars_restore(&w->vars, mark);
		return rc;
	}
	case N_GROUP:
		return walk_node(w, n->body);
	case N_IF:
		return walk_if(w, n);
	case N_WHILE:
	case N_UNTIL:
		return walk_loop(w, n->cond, n->body, NULL, 0);
	case N_FOR:
	case N_SELECT:
	case N_ARITH_FOR:
		return walk_for(w, n);
	case N_CASE:
		return walk_case(w, n);
	case N_DBRACKET:
		return walk_words_subs(w, n->words, n->nwords);
	case N_ARITH:
		return walk_word_subs(w, n->expr);
	case N_FUNCDEF:
		return define_function(w, n);
	case N_COPROC: {
		struct var *mark = vars_mark(&w->vars);
		walk_push_via(w, "coproc");
		int rc = walk_node(w, n->body);
		walk_pop_via(w);
		vars_restore(&w->vars, mark);
		return rc;
	}
	case N_SIMPLE:
		break;
	}
	return 0;
}

int walk_node(struct walker *w, const struct node *n)
{
	/* `a; b; c; ...` is right-nested: walk its spine in a loop, so that a
	 * long line is not mistaken for deep nesting. */
	while (n && n->kind == N_SEQ && !n->redirs) {
		if (walk_node(w, n->left) < 0)
			return -1;
		n = n->right;
	}
	if (!n)
		return 0;
	if (w->error)
		return -1;
	if (++w->depth > WALK_MAX_TREE_DEPTH)
		return walk_fail(w, "nesting too deep");
	int rc;
	if (n->kind == N_SIMPLE) {
		rc = walk_simple(w, n);
	} else {
		size_t saved = w->nredirs;
		rc = walk_redirs(w, n->redirs);
		if (rc >= 0)
			rc = walk_compound(w, n);
		w->nredirs = saved;
	}
	w->depth--;
	if (rc == 0 && arena_exhausted(w->a))
		return walk_fail(w, "input too large: out of memory for this command line");
	return rc < 0 ? -1 : 0;
}

/* ---- entry point ----------------------------------------------------------- */

int walk_script(arena *a, const char *text, size_t len,
		const struct walk_opts *opts, struct cmdlist *out)
{
	struct walker w = {
		.a = a,
		.out = out,
		.opts = opts,
		.arg0 = opts->arg0,
		.pos = (const char **)opts->positional,
		.npos = opts->npositional,
		.pos_known = opts->positional_known,
	};
	vars_init(&w.vars, a, opts->use_environ);
	out->error = NULL;
	w.nesting = -1; /* walk_code() counts the top level as depth 0 */
	int rc = 0;
	if (opts->prelude)
		rc = walk_code(&w, opts->prelude, opts->prelude_len, "startup", false);
	if (rc == 0)
		rc = walk_code(&w, text, len, NULL, false);
	if (rc < 0 || w.error) {
		out->error = w.error ? w.error : "cannot parse the command line";
		return -1;
	}
	return 0;
}
