/*
 * parse_compound.c - compound commands: { } ( ) if while until for select
 * case (( )) and function definitions and coproc.  [[ ]] is in
 * parse_cond.c.
 *
 * Reserved words are recognised by the caller's choice of position: a
 * token read with LX_CMD whose word is plain unquoted text.
 */
#include "lex.h"

#include <string.h>

static bool expect_kw(struct parser *p, const char *kw)
{
	struct token t = lx_take(p, LX_CMD);
	if (p->err)
		return false;
	if (!pp_is_kw(&t, kw))
		return px_unexpected(p, &t);
	return true;
}

/* A list that must not be empty. */
static struct node *need_list(struct parser *p)
{
	struct node *n = pp_list_until(p);
	if (!n && !p->err)
		return px_unexpected(p, lx_peek_tok(p, LX_SAME));
	return n;
}

static struct node *finish(struct parser *p, struct node *n)
{
	if (!n)
		return NULL;
	n->end = p->last_end;
	return pp_redirs(p, n) ? n : NULL;
}

/* ---- { } ( ) -------------------------------------------------------------- */

static struct node *group(struct parser *p, size_t start)
{
	struct node *n = pp_new(p, N_GROUP, start);
	p->braces++;
	if (!n || !(n->body = need_list(p)) || !expect_kw(p, "}"))
		return NULL;
	p->braces--;
	return n;
}

/* After '(' */
static struct node *subshell(struct parser *p, size_t start)
{
	struct node *n = pp_new(p, N_SUBSHELL, start);
	if (!n || !(n->body = need_list(p)))
		return NULL;
	struct token t = lx_take(p, LX_SAME);
	if (t.kind != T_RPAREN)
		return px_unexpected(p, &t);
	return n;
}

/* ---- if while until ------------------------------------------------------ */

/* After "if" or "elif". */
static struct node *if_rest(struct parser *p, size_t start)
{
	struct node *n = pp_new(p, N_IF, start);
	if (!n || !(n->cond = need_list(p)) || !expect_kw(p, "then") ||
	    !(n->body = need_list(p)))
		return NULL;
	struct token t = lx_take(p, LX_CMD);
	if (pp_is_kw(&t, "elif")) {
		n->els = if_rest(p, t.start);
		return n->els ? n : NULL;
	}
	if (pp_is_kw(&t, "else")) {
		if (!(n->els = need_list(p)))
			return NULL;
		t = lx_take(p, LX_CMD);
	}
	if (!pp_is_kw(&t, "fi"))
		return px_unexpected(p, &t);
	if (n->els && n->els->kind == N_IF)
		n->els->end = p->last_end;
	return n;
}

static struct node *loop(struct parser *p, enum node_kind k, size_t start)
{
	struct node *n = pp_new(p, k, start);
	if (!n || !(n->cond = need_list(p)) || !expect_kw(p, "do") ||
	    !(n->body = need_list(p)) || !expect_kw(p, "done"))
		return NULL;
	return n;
}

/* do list done, or { list } where allowed. */
static bool loop_body(struct parser *p, struct node *n, bool brace_ok)
{
	struct token t = lx_take(p, LX_CMD);
	if (pp_is_kw(&t, "do"))
		return (n->body = need_list(p)) && expect_kw(p, "done");
	if (brace_ok && pp_is_kw(&t, "{"))
		return (n->body = need_list(p)) && expect_kw(p, "}");
	return px_unexpected(p, &t);
}

static bool skip_nl_as(struct parser *p, unsigned flags)
{
	bool any = false;
	while (lx_peek_tok(p, flags)->kind == T_NEWLINE) {
		lx_take(p, LX_SAME);
		any = true;
	}
	return any;
}

static bool skip_nl(struct parser *p)
{
	return skip_nl_as(p, LX_CMD);
}

/* ---- for select ------------------------------------------------------------ */

/* for (( init; test; step )) [;] do ... done */
static struct node *arith_for(struct parser *p, size_t start)
{
	struct node *n = pp_new(p, N_ARITH_FOR, start);
	struct word *e[3];
	struct token t = lx_take(p, LX_SAME);
	if (!n || !ps_arith_for(p, &t, e))
		return NULL;
	n->init = e[0];
	n->test = e[1];
	n->step = e[2];
	enum tok k = lx_peek_tok(p, LX_CMD)->kind;
	if (k == T_SEMI || k == T_NEWLINE) {
		lx_take(p, LX_SAME);
		skip_nl(p);
	}
	return loop_body(p, n, true) ? n : NULL;
}

/* The words after "in", up to ';' or a newline. */
static bool in_list(struct parser *p, struct node *n)
{
	struct vbuf words = { 0 };
	for (;;) {
		struct token t = lx_take(p, 0);
		if (p->err)
			return false;
		if (t.kind == T_SEMI || t.kind == T_NEWLINE)
			break;
		if (t.kind != T_WORD)
			return px_unexpected(p, &t);
		if (!vb_add(p, &words, t.word))
			return false;
	}
	n->has_in = true;
	n->list = (struct word **)words.v;
	n->nlist = words.n;
	skip_nl(p);
	return true;
}

static struct node *for_select(struct parser *p, enum node_kind k, size_t start)
{
	const struct token *t = lx_peek_tok(p, LX_DPAREN | LX_NOALIAS);
	if (k == N_FOR && t->kind == T_ARITH)
		return arith_for(p, start);
	struct token v = lx_take(p, LX_SAME);
	if (p->err)
		return NULL;
	if (v.kind != T_WORD)
		return px_unexpected(p, &v);
	struct node *n = pp_new(p, k, start);
	if (!n)
		return NULL;
	n->var = v.word->src;
	bool sep = false;
	if (lx_peek_tok(p, LX_CMD)->kind == T_SEMI) {
		lx_take(p, LX_SAME);
		sep = true;
		skip_nl(p);
	} else {
		sep = skip_nl(p);
		if (pp_is_kw(lx_peek_tok(p, LX_CMD), "in")) {
			lx_take(p, LX_SAME);
			if (!in_list(p, n))
				return NULL;
			sep = true;
		}
	}
	return loop_body(p, n, sep) ? n : NULL;
}

/* ---- case -------------------------------------------------------------- */

/* bash takes "}" for the end of an open { } group wherever a reserved
 * word may come, even as a pattern: only right after "in" it may not. */
static bool patterns(struct parser *p, struct case_item *ci, bool after_in)
{
	struct vbuf pats = { 0 };
	if (lx_peek_tok(p, LX_NOALIAS)->kind == T_LPAREN) {
		lx_take(p, LX_SAME);
		after_in = false;
	}
	for (;; after_in = false) {
		struct token t = lx_take(p, LX_NOALIAS);
		if (p->err)
			return false;
		if (t.kind != T_WORD || (p->braces && !after_in && pp_is_kw(&t, "}")))
			return px_unexpected(p, &t);
		if (!vb_add(p, &pats, t.word))
			return false;
		t = lx_take(p, 0);
		if (t.kind == T_RPAREN)
			break;
		if (t.kind != T_PIPE)
			return px_unexpected(p, &t);
	}
	ci->patterns = (struct word **)pats.v;
	ci->npatterns = pats.n;
	return true;
}

/* One "pattern) list ;;" item; *done at "esac" (consumed). */
static bool case_item(struct parser *p, struct case_item ***tail, bool *done,
		      bool first)
{
	bool nl = skip_nl_as(p, LX_NOALIAS);
	bool after_in = first && !nl;
	if (pp_is_kw(lx_peek_tok(p, LX_NOALIAS), "esac")) {
		lx_take(p, LX_SAME);
		*done = true;
		return true;
	}
	struct case_item *ci = arena_alloc(p->a, sizeof(*ci));
	if (!ci)
		return px_oom(p);
	if (!patterns(p, ci, after_in))
		return false;
	ci->body = pp_list_until(p);
	if (p->err)
		return false;
	**tail = ci;
	*tail = &ci->next;
	struct token t = lx_take(p, LX_SAME);
	if (t.kind == T_DSEMI || t.kind == T_SEMIAMP || t.kind == T_DSEMIAMP) {
		ci->term = t.kind == T_DSEMI ? CASE_BREAK :
			   t.kind == T_SEMIAMP ? CASE_FALL : CASE_CONT;
		return true;
	}
	if (pp_is_kw(&t, "esac")) {
		*done = true;
		return true;
	}
	return px_unexpected(p, &t);
}

static struct node *case_cmd(struct parser *p, size_t start)
{
	struct node *n = pp_new(p, N_CASE, start);
	if (!n)
		return NULL;
	struct token t = lx_take(p, LX_NOALIAS);
	if (p->err)
		return NULL;
	if (t.kind != T_WORD)
		return px_unexpected(p, &t);
	n->subject = t.word;
	skip_nl_as(p, LX_NOALIAS);
	t = lx_take(p, LX_NOALIAS);
	if (!pp_is_kw(&t, "in"))
		return p->err ? NULL : px_unexpected(p, &t);
	/* "in" then a newline: the pattern comes after a newline token */
	struct case_item **tail = &n->items;
	bool done = false;
	for (bool first = true; !done; first = false)
		if (!case_item(p, &tail, &done, first))
			return NULL;
	return n;
}

/* ---- functions and coprocesses --------------------------------------------- */

/* Is t the first token of a compound command (not a function)? */
bool pp_compound_start(const struct token *t)
{
	static const char *const kws[] = { "{", "if", "while", "until", "for",
					   "select", "case", "[[", NULL };
	if (t->kind == T_LPAREN || t->kind == T_ARITH)
		return true;
	for (int i = 0; kws[i]; i++)
		if (pp_is_kw(t, kws[i]))
			return true;
	return false;
}

/* The body of a function: a compound command and its redirections. */
struct node *pp_func_body(struct parser *p)
{
	const struct token *t = lx_peek_tok(p, LX_CMD);
	if (!pp_compound_start(t))
		return p->err ? NULL : px_unexpected(p, t);
	if (!px_enter(p, t->start))
		return NULL;
	struct node *n = pp_compound(p);
	px_leave(p);
	return n;
}

/* function name [()] [newlines] compound-command */
struct node *pp_function(struct parser *p)
{
	size_t start = lx_take(p, LX_SAME).start;
	struct token name = lx_take(p, LX_NOALIAS);
	if (p->err)
		return NULL;
	if (name.kind != T_WORD)
		return px_unexpected(p, &name);
	struct node *n = pp_new(p, N_FUNCDEF, start);
	if (!n)
		return NULL;
	n->name = name.word->src;
	if (lx_peek_tok(p, LX_CMD)->kind == T_LPAREN) {
		size_t lp = lx_take(p, LX_SAME).start;
		if (lx_peek_tok(p, LX_CMD)->kind != T_RPAREN) {
			/* "function f ( list )": the paren opened the body */
			if (!px_enter(p, lp) || !(n->body = finish(p, subshell(p, lp))))
				return NULL;
			px_leave(p);
			n->end = p->last_end;
			return n;
		}
		lx_take(p, LX_SAME);
	}
	skip_nl(p);
	if (!(n->body = pp_func_body(p)))
		return NULL;
	n->end = p->last_end;
	return n;
}

/* A reserved word that cannot follow "coproc" or "coproc NAME". */
static bool bad_after_coproc(const struct token *t)
{
	static const char *const kws[] = { "then", "else", "elif", "fi", "esac",
					   "do", "done", "in", "function", "}",
					   "!", "]]", "coproc", NULL };
	for (int i = 0; kws[i]; i++)
		if (pp_is_kw(t, kws[i]))
			return true;
	return false;
}

/* coproc [NAME] command */
struct node *pp_coproc(struct parser *p)
{
	size_t start = lx_take(p, LX_SAME).start;
	struct node *n = pp_new(p, N_COPROC, start);
	if (!n)
		return NULL;
	const struct token *t = lx_peek_tok(p, LX_CMD);
	if (bad_after_coproc(t))
		return px_unexpected(p, t);
	if (pp_compound_start(t)) {
		n->body = pp_compound(p);
	} else if (t->kind == T_WORD) {
		struct token w = lx_take(p, LX_SAME);
		t = lx_peek_tok(p, LX_CMD);
		if (bad_after_coproc(t))
			return px_unexpected(p, t);
		if (pp_compound_start(t)) {
			n->name = w.word->src;
			n->body = pp_compound(p);
		} else {
			n->body = pp_simple(p, &w);
		}
	} else {
		n->body = pp_command(p);
	}
	if (!n->body)
		return NULL;
	n->end = p->last_end;
	return n;
}

/* ---- dispatch ----------------------------------------------------------- */

/* At the first token of a compound command (see pp_compound_start). */
struct node *pp_compound(struct parser *p)
{
	struct token t = lx_take(p, LX_CMD);
	struct node *n = NULL;
	if (t.kind == T_LPAREN)
		n = subshell(p, t.start);
	else if (t.kind == T_ARITH) {
		if ((n = pp_new(p, N_ARITH, t.start)))
			n->expr = t.word;
	} else if (pp_is_kw(&t, "{"))
		n = group(p, t.start);
	else if (pp_is_kw(&t, "if"))
		n = if_rest(p, t.start);
	else if (pp_is_kw(&t, "while"))
		n = loop(p, N_WHILE, t.start);
	else if (pp_is_kw(&t, "until"))
		n = loop(p, N_UNTIL, t.start);
	else if (pp_is_kw(&t, "for"))
		n = for_select(p, N_FOR, t.start);
	else if (pp_is_kw(&t, "select"))
		n = for_select(p, N_SELECT, t.start);
	else if (pp_is_kw(&t, "case"))
		n = case_cmd(p, t.start);
	else if (pp_is_kw(&t, "[["))
		n = pp_cond(p, t.start);
	else
		return p->err ? NULL : px_unexpected(p, &t);
	return finish(p, n);
}
