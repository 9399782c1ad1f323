/*
 * lex.c - characters, errors, growable arrays and tokens for the parser.
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

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- errors ------------------------------------------------------------ */

static unsigned line_of(const struct parser *p, size_t pos)
{
	unsigned line = 1;
	if (pos > p->len)
		pos = p->len;
	for (const char *s = p->text, *e = p->text + pos; s < e; s++) {
		s = memchr(s, '\n', (size_t)(e - s));
		if (!s)
			break;
		line++;
	}
	return line;
}

void *px_error(struct parser *p, size_t pos, const char *fmt, ...)
{
	if (p->err)
		return NULL;
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	p->err = arena_printf(p->a, "line %u: %s", line_of(p, pos), msg);
	if (!p->err)
		p->err = "input too large (arena exhausted)";
	return NULL;
}

void *px_oom(struct parser *p)
{
	if (!p->err)
		p->err = "input too large (arena exhausted)";
	return NULL;
}

/* bash names a token by its text, a newline as `newline'. */
const char *tok_text(const struct token *t)
{
	static const char *const names[] = {
		[T_EOF] = "EOF", [T_NEWLINE] = "newline", [T_SEMI] = ";",
		[T_AMP] = "&", [T_AND] = "&&", [T_OR] = "||", [T_PIPE] = "|",
		[T_PIPEAMP] = "|&", [T_LPAREN] = "(", [T_RPAREN] = ")",
		[T_DSEMI] = ";;", [T_SEMIAMP] = ";&", [T_DSEMIAMP] = ";;&",
		[T_COND_AND] = "&&", [T_COND_OR] = "||",
	};
	static const char *const redirs[] = {
		[R_IN] = "<", [R_OUT] = ">", [R_CLOBBER] = ">|",
		[R_APPEND] = ">>", [R_INOUT] = "<>", [R_DUPIN] = "<&",
		[R_DUPOUT] = ">&", [R_ALLOUT] = "&>", [R_ALLAPPEND] = "&>>",
		[R_HEREDOC] = "<<", [R_HERESTR] = "<<<",
	};
	switch (t->kind) {
	case T_WORD:
	case T_COND_OP:
		return t->word && t->word->src ? t->word->src : "word";
	case T_ARITH:
		return "((";
	case T_REDIR:
		if (t->rop == R_HEREDOC && t->strip_tabs)
			return "<<-";
		return redirs[t->rop];
	default:
		return names[t->kind] ? names[t->kind] : "?";
	}
}

void *px_unexpected(struct parser *p, const struct token *t)
{
	if (t->kind == T_EOF)
		return px_error(p, p->len, "syntax error: unexpected end of file");
	return px_error(p, t->start, "syntax error near unexpected token `%s'",
			tok_text(t));
}

void *px_eof_matching(struct parser *p, size_t pos, char c)
{
	return px_error(p, pos, "unexpected EOF while looking for matching `%c'", c);
}

bool px_enter(struct parser *p, size_t pos)
{
	if (p->err)
		return false;
	if (p->depth >= PARSE_MAX_DEPTH) {
		px_error(p, pos, "nesting too deep (limit %d)", PARSE_MAX_DEPTH);
		return false;
	}
	p->depth++;
	return true;
}

void px_leave(struct parser *p)
{
	p->depth--;
}

bool px_count_word(struct parser *p, size_t pos)
{
	if (++p->nwords > PARSE_MAX_WORDS) {
		px_error(p, pos, "too many words (limit %d)", PARSE_MAX_WORDS);
		return false;
	}
	return true;
}

/* ---- growable arrays --------------------------------------------------- */

/* Doubling keeps the copies linear; old blocks stay in the arena. */
static void *grow(struct parser *p, void *old, size_t *cap, size_t need,
		  size_t elem)
{
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > ((size_t)-1) / 2 / elem)
			return px_oom(p);
		ncap *= 2;
	}
	void *n = arena_alloc(p->a, ncap * elem);
	if (!n)
		return px_oom(p);
	if (old)
		memcpy(n, old, *cap * elem);
	*cap = ncap;
	return n;
}

bool sb_add(struct parser *p, struct sbuf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		char *ns = grow(p, b->s, &b->cap, b->n + n + 1, 1);
		if (!ns)
			return false;
		b->s = ns;
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
	return true;
}

bool sb_addc(struct parser *p, struct sbuf *b, char c)
{
	return sb_add(p, b, &c, 1);
}

const char *sb_str(struct parser *p, struct sbuf *b)
{
	if (!b->s && !sb_add(p, b, "", 0))
		return NULL;
	return b->s;
}

struct part *pb_add(struct parser *p, struct pbuf *b, enum part_kind k)
{
	if (b->n == b->cap) {
		struct part *nv = grow(p, b->v, &b->cap, b->n + 1, sizeof(*nv));
		if (!nv)
			return NULL;
		b->v = nv;
	}
	struct part *pt = &b->v[b->n++];
	memset(pt, 0, sizeof(*pt));
	pt->kind = k;
	return pt;
}

bool vb_add(struct parser *p, struct vbuf *b, void *x)
{
	if (b->n == b->cap) {
		void **nv = grow(p, b->v, &b->cap, b->n + 1, sizeof(*nv));
		if (!nv)
			return false;
		b->v = nv;
	}
	b->v[b->n++] = x;
	return true;
}

/* ---- character classes ------------------------------------------------- */

bool lx_is_blank(int c)
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

bool lx_is_name(const char *s, size_t n)
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

bool lx_pop_alias(struct parser *p)
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

size_t lx_endpos(const struct parser *p)
{
	return lx_pos(p);
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
