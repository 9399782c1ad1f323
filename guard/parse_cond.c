/*
 * parse_cond.c - [[ expression ]].
 *
 * The grammar of bash's cond_expr (parse.y):
 *   or   : and [ '||' or ]
 *   and  : term [ '&&' and ]
 *   term : '(' or ')' | '!' term | UNARY-OP word | word BINARY-OP word | word
 * with newlines allowed where a term starts and after one.  Inside [[ ]]
 * '<' and '>' are operators, not redirections; the right side of == = !=
 * is a pattern (extglob always on) and of =~ a regular expression, where
 * ( ) and | belong to the word.  The node keeps every token, operators
 * included, as a word, in order.
 */
#include "lex.h"

#include <string.h>

struct cond {
	struct parser *p;
	struct vbuf words;
	size_t open;
};

static bool add_tok(struct cond *c, const struct token *t, const char *text)
{
	struct parser *p = c->p;
	if (t->word)
		return vb_add(p, &c->words, t->word);
	struct part *pt = arena_alloc(p->a, sizeof(*pt));
	struct word *w = arena_alloc(p->a, sizeof(*w));
	if (!pt || !w)
		return px_oom(p);
	pt->kind = PART_LIT;
	pt->text = w->src = text;
	pt->len = strlen(text);
	pt->start = w->start = t->start;
	pt->end = w->end = t->end;
	w->parts = pt;
	w->nparts = 1;
	return vb_add(p, &c->words, w);
}

static void *cond_error(struct cond *c, const char *what, const struct token *t)
{
	if (t->kind == T_EOF)
		return px_error(c->p, c->open, "unexpected EOF while looking for `]]'");
	if (!what)
		return px_error(c->p, t->start,
				"syntax error in conditional expression");
	return px_error(c->p, t->start, what, tok_text(t));
}

static const struct token *skip_nl(struct cond *c)
{
	const struct token *t;
	while ((t = lx_peek_tok(c->p, LX_COND))->kind == T_NEWLINE)
		lx_take(c->p, LX_SAME);
	return t;
}

static bool is_unop(const char *s)
{
	return s && s[0] == '-' && s[1] && !s[2] &&
	       strchr("abcdefghknoprstuvwxzGLNORS", s[1]);
}

static bool is_binop(const char *s)
{
	static const char *const ops[] = { "=", "==", "!=", "=~", "-eq", "-ne",
					   "-lt", "-le", "-gt", "-ge", "-nt",
					   "-ot", "-ef", NULL };
	for (int i = 0; s && ops[i]; i++)
		if (strcmp(s, ops[i]) == 0)
			return true;
	return false;
}

static bool cond_or(struct cond *c);

static bool is_end(const struct token *t)
{
	return pp_is_kw(t, "]]") || t->kind == T_AND || t->kind == T_OR ||
	       t->kind == T_RPAREN;
}

/* word BINOP word, or a lone word (an implicit -n). */
static bool binary(struct cond *c)
{
	struct parser *p = c->p;
	const struct token *t = lx_peek_tok(p, LX_COND);
	if (is_end(t))
		return true;
	bool op = t->kind == T_COND_OP || (t->kind == T_WORD && is_binop(t->lit));
	if (!op)
		return cond_error(c, t->kind == T_WORD ?
				     "unexpected token `%s', conditional binary "
				     "operator expected" :
				     NULL, t);
	struct token o = lx_take(p, LX_SAME);
	unsigned flags = LX_COND;
	if (o.lit && strcmp(o.lit, "=~") == 0)
		flags |= LX_REGEX;
	else if (o.lit && (!strcmp(o.lit, "=") || !strcmp(o.lit, "==") ||
			   !strcmp(o.lit, "!=")))
		flags |= LX_EXTPAT;
	struct token r = lx_take(p, flags);
	if (p->err)
		return false;
	if (r.kind != T_WORD || pp_is_kw(&r, "]]"))
		return cond_error(c, "unexpected argument `%s' to conditional "
				  "binary operator", &r);
	return add_tok(c, &o, NULL) && add_tok(c, &r, NULL);
}

static bool term_body(struct cond *c, struct token t);

/* Every nesting, "(" or "!", passes here: the depth is bounded. */
static bool term(struct cond *c)
{
	struct parser *p = c->p;
	skip_nl(c);
	if (p->err)
		return false;
	struct token t = lx_take(p, LX_SAME);
	if (!px_enter(p, t.start))
		return false;
	bool ok = term_body(c, t);
	px_leave(p);
	return ok;
}

static bool term_body(struct cond *c, struct token t)
{
	struct parser *p = c->p;
	if (t.kind == T_LPAREN) {
		if (!add_tok(c, &t, "(") || !cond_or(c))
			return false;
		struct token r = lx_take(p, LX_COND);
		if (r.kind != T_RPAREN)
			return cond_error(c, "unexpected token `%s', expected `)'", &r);
		if (!add_tok(c, &r, ")"))
			return false;
	} else if (pp_is_kw(&t, "!")) {
		if (!add_tok(c, &t, NULL) || !term(c))
			return false;
	} else if (t.kind == T_WORD && !pp_is_kw(&t, "]]")) {
		if (!add_tok(c, &t, NULL))
			return false;
		if (is_unop(t.lit)) {
			struct token a = lx_take(p, LX_COND);
			if (a.kind != T_WORD || pp_is_kw(&a, "]]"))
				return cond_error(c, "unexpected argument `%s' to "
						  "conditional unary operator", &a);
			if (!add_tok(c, &a, NULL))
				return false;
		} else if (!binary(c)) {
			return false;
		}
	} else {
		return cond_error(c, NULL, &t);
	}
	skip_nl(c);
	return !p->err;
}

static bool cond_and(struct cond *c)
{
	for (;;) {
		if (!term(c))
			return false;
		const struct token *t = lx_peek_tok(c->p, LX_COND);
		if (t->kind != T_AND)
			return true;
		struct token a = lx_take(c->p, LX_SAME);
		if (!add_tok(c, &a, "&&"))
			return false;
	}
}

static bool cond_or(struct cond *c)
{
	for (;;) {
		if (!cond_and(c))
			return false;
		const struct token *t = lx_peek_tok(c->p, LX_COND);
		if (t->kind != T_OR)
			return true;
		struct token o = lx_take(c->p, LX_SAME);
		if (!add_tok(c, &o, "||"))
			return false;
	}
}

/* After "[[". */
struct node *pp_cond(struct parser *p, size_t start)
{
	struct cond c = { p, { 0 }, start };
	struct node *n = pp_new(p, N_DBRACKET, start);
	if (!n || !cond_or(&c))
		return NULL;
	struct token t = lx_take(p, LX_COND);
	if (!pp_is_kw(&t, "]]"))
		return cond_error(&c, "syntax error in conditional expression: "
				  "unexpected token `%s'", &t);
	n->words = (struct word **)c.words.v;
	n->nwords = c.words.n;
	return n;
}
