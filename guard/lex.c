/*
 * lex.c - characters and tokens for the parser.
 *
 * Characters come from a stack of inputs (see lex.h).  Backslash-newline
 * is removed while peeking, the way bash's shell_getc(1) removes it, except
 * where the caller asks for raw bytes (single quotes, comments, the byte
 * after a backslash).  An alias value is an input of its own; its end
 * delimits a word the way bash's END_ALIAS space does, and popping it
 * re-enables alias expansion of the next word when the value ended in a
 * blank.
 */
#include "lex.h"

#include <string.h>

/* ---- character classes ------------------------------------------------- */

static bool lx_is_blank(int c)
{
	return c == ' ' || c == '\t';
}

bool lx_is_meta(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' ||
	       c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
}

bool lx_is_name_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool lx_is_name_char(int c)
{
	return lx_is_name_start(c) || (c >= '0' && c <= '9');
}

static bool lx_is_name(const char *s, size_t n)
{
	if (n == 0 || !lx_is_name_start((unsigned char)s[0]))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!lx_is_name_char((unsigned char)s[i]))
			return false;
	return true;
}

/* ---- characters -------------------------------------------------------- */

/* A here-document read in the middle of a line (see hd_gather) leaves a
 * hole: the lines it took are skipped when the lexer reaches them. */
static void jump_hole(struct parser *p)
{
	if (p->hole_in == p->in && p->i == p->hole_from) {
		p->i = p->hole_to;
		p->hole_in = NULL;
	}
}

static bool lx_pop_alias(struct parser *p)
{
	struct input *in = p->in;
	if (!in->alias || p->i < in->hi)
		return false;
	p->alias_next = in->expand_next;
	p->in = in->parent;
	p->i = in->resume;
	return true;
}

static int peek_common(struct parser *p, bool pop, bool cont)
{
	for (;;) {
		jump_hole(p);
		struct input *in = p->in;
		if (p->i >= in->hi) {
			if (!in->alias)
				return LX_EOF;
			if (!pop)
				return LX_AEND;
			lx_pop_alias(p);
			continue;
		}
		int c = (unsigned char)in->buf[p->i];
		if (cont && c == '\\' && p->i + 1 < in->hi &&
		    in->buf[p->i + 1] == '\n') {
			p->i += 2;
			continue;
		}
		return c;
	}
}

int lx_peek(struct parser *p)
{
	return peek_common(p, false, true);
}

int lx_peekq(struct parser *p)
{
	return peek_common(p, true, true);
}

int lx_raw(struct parser *p)
{
	return peek_common(p, true, false);
}

int lx_next_raw(struct parser *p)
{
	struct input *in = p->in;
	if (p->i + 1 >= in->hi)
		return in->alias ? LX_AEND : LX_EOF;
	return (unsigned char)in->buf[p->i + 1];
}

/* The byte after the current one, past any backslash-newline, as bash's
 * shell_getc(1) look-ahead sees it (alias ends are not crossed). */
int lx_next(struct parser *p)
{
	struct input *in = p->in;
	size_t j = p->i + 1;
	while (j + 1 < in->hi && in->buf[j] == '\\' && in->buf[j + 1] == '\n')
		j += 2;
	if (j >= in->hi)
		return in->alias ? LX_AEND : LX_EOF;
	return (unsigned char)in->buf[j];
}

void lx_adv(struct parser *p)
{
	if (p->i < p->in->hi)
		p->i++;
}

size_t lx_pos(const struct parser *p)
{
	const struct input *in = p->in;
	if (in->exact)
		return p->i;
	size_t r = in->map_lo + (p->i - in->lo);
	return r > in->map_hi ? in->map_hi : r;
}

struct mark lx_mark(const struct parser *p)
{
	return (struct mark){ p->in, p->i, p->alias_next };
}

void lx_reset(struct parser *p, struct mark m)
{
	p->in = m.in;
	p->i = m.i;
	p->alias_next = m.alias_next;
}

/* The text between two marks.  A word may run out of an alias value into
 * the input below it (inside quotes), never the other way. */
const char *lx_slice(struct parser *p, struct mark from, struct mark to,
		     size_t *len)
{
	if (from.in == to.in && from.i <= to.i) {
		*len = to.i - from.i;
		return from.in->buf + from.i;
	}
	struct sbuf b = { 0 };
	struct input *in = from.in;
	size_t i = from.i;
	while (in && in != to.in) {
		if (i < in->hi && !sb_add(p, &b, in->buf + i, in->hi - i))
			return NULL;
		i = in->resume;
		in = in->parent;
	}
	if (in && i < to.i && !sb_add(p, &b, in->buf + i, to.i - i))
		return NULL;
	*len = b.n;
	return sb_str(p, &b);
}

struct input *lx_push_copy(struct parser *p, const char *buf, size_t len,
			   size_t map_lo, size_t map_hi)
{
	struct input *in = arena_alloc(p->a, sizeof(*in));
	if (!in)
		return px_oom(p);
	in->buf = buf;
	in->lo = 0;
	in->hi = len;
	in->map_lo = map_lo;
	in->map_hi = map_hi < map_lo ? map_lo : map_hi;
	p->in = in;
	p->i = 0;
	return in;
}

/* A part of the current input read on its own (it ends where the slice
 * ends); positions stay exact when the current input is the script. */
struct input *lx_push_slice(struct parser *p, size_t lo, size_t hi)
{
	struct input *cur = p->in;
	struct input *in = arena_alloc(p->a, sizeof(*in));
	if (!in)
		return px_oom(p);
	in->buf = cur->buf;
	in->lo = lo;
	in->hi = hi;
	in->exact = cur->exact;
	if (!cur->exact) {
		size_t base = cur->map_lo + (lo - cur->lo);
		in->map_lo = base > cur->map_hi ? cur->map_hi : base;
		in->map_hi = cur->map_hi;
	}
	p->in = in;
	p->i = lo;
	return in;
}

/* ---- tokens ---------------------------------------------------------- */

static bool alias_in_use(const struct parser *p, const char *name)
{
	for (const struct input *in = p->in; in; in = in->parent)
		if (in->alias && strcmp(in->alias, name) == 0)
			return true;
	return false;
}

/* The alias value becomes the input until it is read (see lx_pop_alias). */
static bool alias_push(struct parser *p, const struct token *t,
		       const char *value)
{
	if (++p->naliases > PARSE_MAX_ALIAS_EXPANSIONS) {
		px_error(p, t->start, "too many alias expansions (limit %d)",
			 PARSE_MAX_ALIAS_EXPANSIONS);
		return false;
	}
	size_t n = strlen(value);
	struct input *in = arena_alloc(p->a, sizeof(*in));
	char *copy = arena_strndup(p->a, value, n);
	const char *name = arena_strdup(p->a, t->lit);
	if (!in || !copy || !name)
		return px_oom(p);
	in->buf = copy;
	in->hi = n;
	in->map_lo = t->start;
	in->map_hi = t->end;
	in->parent = p->in;
	in->resume = p->i;
	in->alias = name;
	in->expand_next = n && lx_is_blank((unsigned char)copy[n - 1]);
	p->in = in;
	p->i = 0;
	return true;
}

static bool word_quoted(const struct word *w)
{
	for (size_t i = 0; i < w->nparts; i++) {
		enum part_kind k = w->parts[i].kind;
		if (k == PART_SQUOTE || k == PART_DQUOTE || k == PART_ESCAPED ||
		    k == PART_ANSIC)
			return true;
	}
	return false;
}

/* Returns true when the word was replaced by an alias value. */
static bool try_alias(struct parser *p, const struct token *t, unsigned flags)
{
	if (!p->opts.alias || word_quoted(t->word))
		return false;
	bool eligible = !(flags & LX_NOALIAS) &&
			((flags & (LX_CMD | LX_ASSIGN)) || p->alias_next);
	if (eligible && t->lit && !t->assign) {
		const char *v = p->opts.alias(p->opts.alias_ctx, t->lit);
		if (v && !alias_in_use(p, t->lit))
			return alias_push(p, t, v);
	}
	p->alias_next = false;
	return false;
}

static void skip_comment(struct parser *p)
{
	for (;;) {
		int c = lx_raw(p);
		if (c == LX_EOF || c == '\n')
			return;
		lx_adv(p);
	}
}

static enum redir_op less_op(struct parser *p, struct token *t)
{
	int c = lx_peek(p);
	if (c == '<') {
		lx_adv(p);
		c = lx_peek(p);
		if (c == '-') {
			lx_adv(p);
			t->strip_tabs = true;
			return R_HEREDOC;
		}
		if (c == '<') {
			lx_adv(p);
			return R_HERESTR;
		}
		return R_HEREDOC;
	}
	if (c == '&' || c == '>')
		lx_adv(p);
	return c == '&' ? R_DUPIN : c == '>' ? R_INOUT : R_IN;
}

static enum redir_op great_op(struct parser *p)
{
	int c = lx_peek(p);
	if (c == '>' || c == '&' || c == '|')
		lx_adv(p);
	return c == '>' ? R_APPEND : c == '&' ? R_DUPOUT : c == '|' ? R_CLOBBER : R_OUT;
}

/* Two-character operators starting with c (already consumed). */
static enum tok pair_op(struct parser *p, int c)
{
	int d = lx_peek(p);
	switch (c) {
	case '|':
		if (d == '|' || d == '&')
			lx_adv(p);
		return d == '|' ? T_OR : d == '&' ? T_PIPEAMP : T_PIPE;
	case ';':
		if (d == '&') {
			lx_adv(p);
			return T_SEMIAMP;
		}
		if (d != ';')
			return T_SEMI;
		lx_adv(p);
		if (lx_peek(p) == '&') {
			lx_adv(p);
			return T_DSEMIAMP;
		}
		return T_DSEMI;
	default:
		return T_RPAREN;
	}
}

static void cond_op(struct parser *p, struct token *t, const char *s)
{
	struct part *pt = arena_alloc(p->a, sizeof(*pt));
	struct word *w = arena_alloc(p->a, sizeof(*w));
	if (!pt || !w) {
		px_oom(p);
		return;
	}
	pt->kind = PART_LIT;
	pt->text = s;
	pt->len = strlen(s);
	pt->start = w->start = t->start;
	pt->end = w->end = lx_pos(p);
	w->parts = pt;
	w->nparts = 1;
	w->src = s;
	t->kind = T_COND_OP;
	t->word = w;
	t->lit = s;
}

/* At an operator character. */
static void read_op(struct parser *p, struct token *t, unsigned flags)
{
	int c = lx_peek(p);
	lx_adv(p);
	t->kind = T_REDIR;
	if (c == '<') {
		t->rop = less_op(p, t);
	} else if (c == '>') {
		t->rop = great_op(p);
	} else if (c == '&') {
		int d = lx_peek(p);
		if (d == '&') {
			lx_adv(p);
			t->kind = T_AND;
		} else if (d == '>') {
			lx_adv(p);
			bool app = lx_peek(p) == '>';
			if (app)
				lx_adv(p);
			t->rop = app ? R_ALLAPPEND : R_ALLOUT;
		} else {
			t->kind = T_AMP;
		}
	} else if (c == '(') {
		t->kind = T_LPAREN;
		if ((flags & (LX_CMD | LX_DPAREN)) && lx_peek(p) == '(') {
			bool arith;
			t->word = ps_arith_cmd(p, &arith, &t->range_from, &t->range_to);
			if (arith)
				t->kind = T_ARITH;
		}
	} else {
		t->kind = pair_op(p, c);
	}
	if ((flags & LX_COND) && t->kind == T_REDIR &&
	    (t->rop == R_IN || t->rop == R_OUT))
		cond_op(p, t, t->rop == R_IN ? "<" : ">");
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* {name}> or {name[sub]}>: the variable that will receive the fd. */
static const char *fd_var(struct parser *p, const char *lit)
{
	size_t n = strlen(lit);
	if (n < 3 || lit[0] != '{' || lit[n - 1] != '}')
		return NULL;
	const char *s = lit + 1;
	size_t k = n - 2, name = 0;
	while (name < k && lx_is_name_char((unsigned char)s[name]))
		name++;
	if (!lx_is_name(s, name))
		return NULL;
	if (name != k && (s[name] != '[' || s[k - 1] != ']' || k - name < 3))
		return NULL;
	return arena_strndup(p->a, s, k);
}

/* A word just read may be the fd of a redirection: 2>, {fd}<. */
static void redir_prefix(struct parser *p, struct token *t, unsigned flags)
{
	int c = lx_peek(p);
	if ((c != '<' && c != '>') || !t->lit || t->assign || (flags & LX_COND))
		return;
	int fd = -1;
	const char *var = NULL;
	if (all_digits(t->lit)) {
		if (flags & LX_TARGET)
			return;
		long v = 0;
		for (const char *s = t->lit; *s && v <= 0x7fffffff; s++)
			v = v * 10 + (*s - '0');
		if (v > 0x7fffffff)
			return;
		fd = (int)v;
	} else if (!(var = fd_var(p, t->lit))) {
		return;
	}
	read_op(p, t, flags);
	t->fd = fd;
	t->fdvar = var;
	t->word = NULL;
	t->lit = NULL;
}

static unsigned word_mode(const struct parser *p, unsigned flags)
{
	unsigned mode = 0;
	if (flags & (LX_CMD | LX_ASSIGN))
		mode |= WM_ASSIGN | WM_COMPOUND;
	if (flags & LX_PREFIX)
		mode |= WM_ASSIGN;
	if (flags & LX_DECL)
		mode |= WM_DECL;
	if (flags & LX_REGEX)
		mode |= WM_REGEX;
	if ((flags & LX_EXTPAT) || p->opts.extglob)
		mode |= WM_EXTGLOB;
	if (flags & LX_ARRAY)
		mode |= WM_ARRAY | WM_COMPOUND;
	return mode;
}

/* Returns false when an alias was expanded (read again). */
static bool read_word(struct parser *p, struct token *t, unsigned flags)
{
	t->kind = T_WORD;
	t->word = pw_word(p, word_mode(p, flags), &t->assign, &t->decl_compound);
	if (!t->word)
		return true;
	const struct word *w = t->word;
	if (w->nparts == 1 && w->parts[0].kind == PART_LIT)
		t->lit = w->parts[0].text;
	t->end = lx_pos(p);
	if (try_alias(p, t, flags))
		return false;
	redir_prefix(p, t, flags);
	return true;
}

/* bash reads its input by lines and ends the last one with a newline if
 * it has none: "echo >" is then an error near `newline', and "a &&" one
 * at the end of file. */
static bool needs_eof_newline(struct parser *p)
{
	struct input *in = p->in;
	if (in->eof_newline || in->hi == in->lo || in->buf[in->hi - 1] == '\n')
		return false;
	in->eof_newline = true;
	return true;
}

/* Skips blanks, comments and the ends of alias values. */
static int skip_blanks(struct parser *p)
{
	for (;;) {
		int c = lx_peek(p);
		if (c == LX_AEND)
			lx_pop_alias(p);
		else if (lx_is_blank(c))
			lx_adv(p);
		else if (c == '#')
			skip_comment(p);
		else
			return c;
	}
}

/* A newline, or the end: here-documents waiting for it are read now. */
static void line_end(struct parser *p, struct token *t, int c)
{
	if (c == LX_EOF && !needs_eof_newline(p)) {
		t->kind = T_EOF;
	} else {
		lx_adv(p);
		t->kind = T_NEWLINE;
		p->alias_next = false;
	}
	t->end = lx_pos(p);
	if (p->hd_head)
		hd_gather(p);
}

/* t->at is where the token began before any alias was expanded, so that
 * reading it again with other flags starts over from the alias name. */
static void lex_token(struct parser *p, unsigned flags, struct token *t)
{
	bool first = true;
	struct mark orig = { 0 };
	for (;;) {
		memset(t, 0, sizeof(*t));
		t->flags = flags;
		t->fd = -1;
		int c = skip_blanks(p);
		if (first)
			orig = lx_mark(p);
		first = false;
		t->at = orig;
		t->start = lx_pos(p);
		if (c == '\n' || c == LX_EOF) {
			line_end(p, t, c);
			return;
		}
		bool procsub = (c == '<' || c == '>') && lx_next(p) == '(';
		bool regex = (flags & LX_REGEX) && (c == '(' || c == '|');
		bool word = !lx_is_meta(c) || procsub || regex;
		if (!word) {
			if (c == '<' || c == '>' || (c == ';' && lx_next(p) == ';'))
				p->alias_next = false;
			read_op(p, t, flags);
			t->end = lx_pos(p);
			return;
		}
		if (read_word(p, t, flags)) {
			t->end = lx_pos(p);
			return;
		}
	}
}

static bool needs_relex(const struct token *t, unsigned flags)
{
	unsigned diff = t->flags ^ flags;
	if (!diff || t->kind == T_NEWLINE || t->kind == T_EOF)
		return false;
	if (t->kind == T_WORD)
		return true;
	if (t->kind == T_LPAREN || t->kind == T_ARITH)
		return (diff & (LX_CMD | LX_DPAREN)) != 0;
	return (diff & (LX_COND | LX_REGEX)) != 0;
}

/* The next token, read as flags says (LX_SAME: as it was already read). */
const struct token *lx_peek_tok(struct parser *p, unsigned flags)
{
	if (p->have_peek) {
		if (flags == LX_SAME || !needs_relex(&p->peek, flags))
			return &p->peek;
		/* Read again: charged to the work budget, so that no nesting
		 * of re-reads can grow past linear. */
		if (!px_budget(p, p->peek.end - p->peek.start + 1))
			return &p->peek;
		lx_reset(p, p->peek.at);
		p->have_peek = false;
	}
	struct token t;
	if (p->err) {
		memset(&t, 0, sizeof(t));
		t.kind = T_EOF;
	} else {
		lex_token(p, flags == LX_SAME ? 0 : flags, &t);
		if (p->err)
			t.kind = T_EOF;
	}
	p->peek = t;
	p->have_peek = true;
	return &p->peek;
}

struct token lx_take(struct parser *p, unsigned flags)
{
	struct token t = *lx_peek_tok(p, flags);
	p->have_peek = false;
	p->last_end = t.end;
	p->sub_start = false;
	return t;
}
