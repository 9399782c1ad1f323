/*
 * parse.c - the grammar of lists, pipelines and simple commands, and the
 * interface of parse.h.
 *
 * Recursive descent, one function per rule of bash's grammar (parse.y):
 *
 *   line      : and_or { (';' | '&') and_or } [';' | '&'] (newline | EOF)
 *   list      : newlines and_or { (';' | '&' | newline) newlines and_or }
 *   and_or    : pipeline { ('&&' | '||') newlines pipeline }
 *   pipeline  : { '!' | time [-p] [--] } command { ('|' | '|&') newlines command }
 *   command   : simple | compound redirections | name '(' ')' compound
 *
 * Compound commands are in parse_compound.c.  Lists are kept right-nested
 * (a; b; c is SEQ(a, SEQ(b, c))) so that BG(left, right) reads "left &
 * right".  Errors stop everything: the first one is kept in p->err.
 */
#include "lex.h"

#include <string.h>

struct node *pp_new(struct parser *p, enum node_kind k, size_t start)
{
	struct node *n = arena_alloc(p->a, sizeof(*n));
	if (!n)
		return px_oom(p);
	n->kind = k;
	n->start = start;
	n->end = start;
	return n;
}

bool pp_is_kw(const struct token *t, const char *kw)
{
	return t->kind == T_WORD && t->lit && strcmp(t->lit, kw) == 0;
}

static bool is_one_of(const struct token *t, const char *const *kws)
{
	for (; *kws; kws++)
		if (pp_is_kw(t, *kws))
			return true;
	return false;
}

/* A token that ends a list: the caller decides whether it is the one it
 * wanted. */
static bool list_end(const struct token *t)
{
	static const char *const enders[] = { "then", "else", "elif", "fi", "do",
					      "done", "esac", "}", NULL };
	switch (t->kind) {
	case T_EOF:
	case T_RPAREN:
	case T_DSEMI:
	case T_SEMIAMP:
	case T_DSEMIAMP:
		return true;
	default:
		return is_one_of(t, enders);
	}
}

static void skip_newlines(struct parser *p)
{
	while (lx_peek_tok(p, LX_CMD)->kind == T_NEWLINE)
		lx_take(p, LX_SAME);
}

/* ---- lists ------------------------------------------------------------- */

struct items {
	struct vbuf nodes;
	struct vbuf bg;   /* non-NULL entry: that item ends with '&' */
};

/* Folds a; b & c into SEQ(a, BG(b, c)). */
static struct node *fold(struct parser *p, struct items *it)
{
	struct node *acc = NULL;
	for (size_t i = it->nodes.n; i-- > 0;) {
		struct node *n = it->nodes.v[i];
		if (!it->bg.v[i] && !acc) {
			acc = n;
			continue;
		}
		struct node *x = pp_new(p, it->bg.v[i] ? N_BG : N_SEQ, n->start);
		if (!x)
			return NULL;
		x->left = n;
		x->right = acc;
		x->end = acc ? acc->end : n->end;
		acc = x;
	}
	return acc;
}

static struct node *and_or(struct parser *p);

/* Adds one and_or; *sep gets the token that followed it. */
static bool list_item(struct parser *p, struct items *it, enum tok *sep)
{
	struct node *n = and_or(p);
	if (!n)
		return false;
	const struct token *t = lx_peek_tok(p, LX_SAME);
	*sep = t->kind;
	bool amp = t->kind == T_AMP;
	if (!vb_add(p, &it->nodes, n) || !vb_add(p, &it->bg, amp ? (void *)n : NULL))
		return false;
	if (amp || t->kind == T_SEMI || t->kind == T_NEWLINE)
		lx_take(p, LX_SAME);
	return true;
}

/* A compound_list: NULL for an empty one (p->err tells an error). */
struct node *pp_list_until(struct parser *p)
{
	struct items it = { 0 };
	skip_newlines(p);
	while (!p->err && !list_end(lx_peek_tok(p, LX_CMD))) {
		enum tok sep;
		if (!list_item(p, &it, &sep))
			return NULL;
		if (sep != T_SEMI && sep != T_AMP && sep != T_NEWLINE)
			break;
		skip_newlines(p);
	}
	return p->err ? NULL : fold(p, &it);
}

/* One line of the script: commands up to a newline or the end. */
static struct node *line(struct parser *p)
{
	struct items it = { 0 };
	for (;;) {
		enum tok sep;
		if (!list_item(p, &it, &sep))
			return NULL;
		if (sep == T_NEWLINE || sep == T_EOF)
			break;
		if (sep != T_SEMI && sep != T_AMP)
			return px_unexpected(p, lx_peek_tok(p, LX_SAME));
		enum tok k = lx_peek_tok(p, LX_CMD)->kind;
		if (k == T_NEWLINE) {
			lx_take(p, LX_SAME);
			break;
		}
		if (k == T_EOF)
			break;
	}
	return fold(p, &it);
}

/* ---- and_or and pipelines ---------------------------------------------- */

static struct node *pipeline(struct parser *p);

static struct node *and_or(struct parser *p)
{
	struct node *left = pipeline(p);
	while (left) {
		enum tok k = lx_peek_tok(p, LX_SAME)->kind;
		if (k != T_AND && k != T_OR)
			break;
		lx_take(p, LX_SAME);
		skip_newlines(p);
		struct node *right = pipeline(p);
		if (!right)
			return NULL;
		struct node *n = pp_new(p, k == T_AND ? N_AND : N_OR, left->start);
		if (!n)
			return NULL;
		n->left = left;
		n->right = right;
		n->end = right->end;
		left = n;
	}
	return left;
}

/* "!", "time", "time -p", "time --" before a pipeline, in any order;
 * true if there was any. */
static bool pipe_prefix(struct parser *p, bool *negate, bool *timed)
{
	for (bool any = false;; any = true) {
		const struct token *t = lx_peek_tok(p, LX_CMD);
		if (pp_is_kw(t, "!")) {
			lx_take(p, LX_SAME);
			*negate = !*negate;
		} else if (pp_is_kw(t, "time") && !p->sub_start) {
			lx_take(p, LX_SAME);
			*timed = true;
			if (pp_is_kw(lx_peek_tok(p, LX_CMD), "-p"))
				lx_take(p, LX_SAME);
			if (pp_is_kw(lx_peek_tok(p, LX_CMD), "--"))
				lx_take(p, LX_SAME);
		} else {
			return any;
		}
	}
}

static bool add_cmd(struct parser *p, struct vbuf *cmds, struct vbuf *err)
{
	struct node *c = pp_command(p);
	return c && vb_add(p, cmds, c) && vb_add(p, err, NULL);
}

static struct node *pipeline(struct parser *p)
{
	size_t start = lx_peek_tok(p, LX_CMD)->start;
	bool negate = false, timed = false;
	bool prefixed = pipe_prefix(p, &negate, &timed);
	struct vbuf cmds = { 0 }, err = { 0 };
	enum tok k = lx_peek_tok(p, LX_CMD)->kind;
	bool empty = prefixed && (k == T_NEWLINE || k == T_SEMI || k == T_EOF);
	if (!empty && !add_cmd(p, &cmds, &err))
		return NULL;
	while (!empty) {
		k = lx_peek_tok(p, LX_SAME)->kind;
		if (k != T_PIPE && k != T_PIPEAMP)
			break;
		lx_take(p, LX_SAME);
		err.v[err.n - 1] = k == T_PIPEAMP ? (void *)p : NULL;
		skip_newlines(p);
		if (!add_cmd(p, &cmds, &err))
			return NULL;
	}
	if (p->err)
		return NULL;
	if (cmds.n == 1 && !negate && !timed)
		return cmds.v[0];
	/* "! !" alone: an empty pipeline, negated twice */
	struct node *n = pp_new(p, N_PIPELINE, start);
	bool *pe = arena_alloc(p->a, (cmds.n + 1) * sizeof(bool));
	if (!n || !pe)
		return px_oom(p);
	for (size_t i = 0; i < cmds.n; i++)
		pe[i] = err.v[i] != NULL;
	n->cmds = (struct node **)cmds.v;
	n->ncmds = cmds.n;
	n->pipe_stderr = pe;
	n->negate = negate;
	n->timed = timed;
	n->end = p->last_end;
	return n;
}

/* ---- redirections -------------------------------------------------------- */

/* At a T_REDIR token: the operator and its word. */
static struct redir *redirection(struct parser *p)
{
	/* After >& and <& bash reads "2" in ">&2>x" as the target, not as
	 * the fd of the next redirection; after the others it is an error. */
	struct token op = lx_take(p, LX_SAME);
	bool dup = op.rop == R_DUPIN || op.rop == R_DUPOUT;
	struct token w = lx_take(p, dup ? LX_TARGET : 0);
	if (p->err)
		return NULL;
	if (w.kind != T_WORD)
		return px_unexpected(p, &w);
	struct redir *r = arena_alloc(p->a, sizeof(*r));
	if (!r)
		return px_oom(p);
	r->op = op.rop;
	r->fd = op.fd;
	r->fdvar = op.fdvar;
	r->target = w.word;
	r->strip_tabs = op.strip_tabs;
	if (r->op == R_HEREDOC && !hd_add(p, r))
		return NULL;
	return r;
}

static bool add_redir(struct parser *p, struct redir ***tail)
{
	struct redir *r = redirection(p);
	if (!r)
		return false;
	**tail = r;
	*tail = &r->next;
	return true;
}

/* Redirections after a compound command. */
bool pp_redirs(struct parser *p, struct node *n)
{
	struct redir **tail = &n->redirs;
	while (*tail)
		tail = &(*tail)->next;
	while (!p->err && lx_peek_tok(p, 0)->kind == T_REDIR) {
		if (!add_redir(p, &tail))
			return false;
		n->end = p->last_end;
	}
	return !p->err;
}

/* ---- simple commands ----------------------------------------------------- */

/* Builtins after which name=( ... ) is allowed (bash's ASSIGNMENT_BUILTIN,
 * plus eval and let). */
static bool is_decl(const char *s)
{
	static const char *const names[] = {
		"alias", "declare", "export", "local", "readonly", "typeset",
		"eval", "let", NULL,
	};
	for (int i = 0; s && names[i]; i++)
		if (strcmp(s, names[i]) == 0)
			return true;
	return false;
}

struct simple {
	struct node *n;
	struct vbuf words;
	struct assign **atail;
	struct redir **rtail;
	bool cmdpos;   /* still where a command word may start (aliases, x=( )) */
	bool decl;
};

static struct node *funcdef(struct parser *p, struct simple *s);

/* The flags for the next token of a simple command. */
static unsigned simple_flags(const struct simple *s)
{
	if (s->words.n)
		return s->decl ? LX_DECL : 0;
	return s->cmdpos ? LX_ASSIGN : LX_PREFIX;
}

static bool simple_word(struct parser *p, struct simple *s, struct token *t)
{
	if (t->assign && !s->words.n) {
		*s->atail = t->assign;
		s->atail = &t->assign->next;
		return true;
	}
	if (!s->words.n && s->cmdpos)
		s->decl = is_decl(t->lit);
	s->cmdpos = false;
	return vb_add(p, &s->words, t->word);
}

/* first: a word already taken (after "coproc"), or NULL. */
struct node *pp_simple(struct parser *p, struct token *first)
{
	const struct token *t = first ? first : lx_peek_tok(p, LX_CMD);
	struct simple s = { .cmdpos = true };
	s.n = pp_new(p, N_SIMPLE, t->start);
	if (!s.n)
		return NULL;
	s.atail = &s.n->assigns;
	s.rtail = &s.n->redirs;
	unsigned flags = LX_CMD;
	if (first) {
		/* coproc NAME ...: what follows NAME is still read as in
		 * command position */
		if (!simple_word(p, &s, first))
			return NULL;
		flags = first->assign ? LX_ASSIGN : LX_CMD;
	}
	for (;;) {
		t = lx_peek_tok(p, flags);
		if (p->err)
			return NULL;
		if (t->kind == T_REDIR) {
			if (s.words.n || s.n->assigns)
				s.cmdpos = false;
			if (!add_redir(p, &s.rtail))
				return NULL;
		} else if (t->kind == T_WORD) {
			struct token w = lx_take(p, LX_SAME);
			bool lone = !s.words.n && !s.n->assigns && !s.n->redirs &&
				    !w.assign;
			if (!simple_word(p, &s, &w))
				return NULL;
			/* peek with the flags the next word will be read with:
			 * reading a word twice is what nesting multiplies */
			unsigned next = simple_flags(&s);
			if (lone && !first && lx_peek_tok(p, next)->kind == T_LPAREN)
				return funcdef(p, &s);
		} else {
			break;
		}
		s.n->end = p->last_end;
		flags = simple_flags(&s);
	}
	if (!s.words.n && !s.n->assigns && !s.n->redirs)
		return px_unexpected(p, t);
	s.n->words = (struct word **)s.words.v;
	s.n->nwords = s.words.n;
	return s.n;
}

/* name ( ) [newlines] compound-command */
static struct node *funcdef(struct parser *p, struct simple *s)
{
	struct word *name = s->words.v[0];
	lx_take(p, LX_SAME);
	struct token t = lx_take(p, 0);
	if (t.kind != T_RPAREN)
		return px_unexpected(p, &t);
	skip_newlines(p);
	struct node *n = pp_new(p, N_FUNCDEF, s->n->start);
	if (!n)
		return NULL;
	n->name = name->src;
	n->body = pp_func_body(p);
	if (!n->body)
		return NULL;
	n->end = p->last_end;
	return n;
}

/* ---- commands ------------------------------------------------------------ */

struct node *pp_command(struct parser *p)
{
	static const char *const bad[] = { "}", "then", "else", "elif", "fi", "do",
					   "done", "esac", "in", "]]", "!", NULL };
	const struct token *t = lx_peek_tok(p, LX_CMD);
	if (p->err || !px_enter(p, t->start))
		return NULL;
	struct node *n;
	if (pp_compound_start(t))
		n = pp_compound(p);
	else if (is_one_of(t, bad))
		n = px_unexpected(p, t);
	else if (pp_is_kw(t, "function"))
		n = pp_function(p);
	else if (pp_is_kw(t, "coproc"))
		n = pp_coproc(p);
	else if (t->kind == T_WORD || t->kind == T_REDIR)
		n = pp_simple(p, NULL);
	else
		n = px_unexpected(p, t);
	px_leave(p);
	return n;
}

/* ---- the interface ------------------------------------------------------- */

parser *parser_new(arena *a, const char *text, size_t len,
		   const struct parse_opts *opts)
{
	if (len > PARSE_MAX_INPUT)
		return NULL;
	struct parser *p = arena_alloc(a, sizeof(*p));
	if (!p)
		return NULL;
	p->a = a;
	p->text = text;
	p->len = len;
	if (opts)
		p->opts = *opts;
	p->root.buf = text;
	p->root.hi = len;
	p->root.exact = true;
	p->in = &p->root;
	p->hd_tail = &p->hd_head;
	p->work_max = 64 * len + (1u << 20);
	return p;
}

void parser_set_opts(parser *p, const struct parse_opts *opts)
{
	struct parse_opts none = { 0 };
	p->opts = opts ? *opts : none;
}

const char *parser_error(const parser *p)
{
	return p->err;
}

struct node *parse_next(parser *p)
{
	if (p->err)
		return NULL;
	if (!p->checked_nul) {
		p->checked_nul = true;
		if (memchr(p->text, '\0', p->len))
			return px_error(p, 0, "input contains a NUL byte");
	}
	skip_newlines(p);
	if (p->err || lx_peek_tok(p, LX_CMD)->kind == T_EOF)
		return NULL;
	struct node *n = line(p);
	if (!p->err && arena_exhausted(p->a))
		px_oom(p);
	return p->err ? NULL : n;
}

struct node *parse_all(arena *a, const char *text, size_t len,
		       const struct parse_opts *opts, const char **err)
{
	*err = NULL;
	parser *p = parser_new(a, text, len, opts);
	if (!p) {
		*err = len > PARSE_MAX_INPUT ? "input too large" :
					       "input too large (arena exhausted)";
		return NULL;
	}
	struct items it = { 0 };
	struct node *n;
	while ((n = parse_next(p)))
		if (!vb_add(p, &it.nodes, n) || !vb_add(p, &it.bg, NULL))
			break;
	if (p->err) {
		*err = p->err;
		return NULL;
	}
	return fold(p, &it);
}
