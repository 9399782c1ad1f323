/*
 * parse_util.c - the parser's bookkeeping: error messages, limits, and
 * growable arrays that live in the arena.
 *
 * Errors are sticky: the first message is kept and every later call is a
 * no-op, so the grammar functions just return NULL and let it propagate.
 * Messages follow bash's wording, prefixed with the line number.
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

/* Work done again (scanning ahead, reading a token twice) is bounded by a
 * multiple of the input size, so hostile nesting ends in an error. */
bool px_budget(struct parser *p, size_t n)
{
	p->work += n;
	if (p->work <= p->work_max)
		return true;
	px_error(p, lx_pos(p), "input too complex (scanning limit)");
	return false;
}

bool px_count_word(struct parser *p, size_t pos)
{
	if (++p->nwords > PARSE_MAX_WORDS) {
		px_error(p, pos, "too many words (limit %d)", PARSE_MAX_WORDS);
		return false;
	}
	return true;
}

/* A one-byte string for the text of an escaped character: escapes are
 * common and need no copy of their own.  The table is constant, so the
 * parser stays free of writable global state. */
#define C2(b) (char)(b), 0
#define C8(b) C2(b), C2(b + 1), C2(b + 2), C2(b + 3), C2(b + 4), C2(b + 5), \
	      C2(b + 6), C2(b + 7)
#define C64(b) C8(b), C8(b + 8), C8(b + 16), C8(b + 24), C8(b + 32), \
	       C8(b + 40), C8(b + 48), C8(b + 56)

static const char one_char[512] = { C64(0), C64(64), C64(128), C64(192) };

const char *px_char(char c)
{
	return &one_char[2 * (unsigned char)c];
}

/* ---- growable arrays --------------------------------------------------- */

/* Doubling keeps the copies linear; old blocks stay in the arena.  Most
 * words have one part, so big elements start with room for one. */
static void *grow(struct parser *p, void *old, size_t *cap, size_t need,
		  size_t elem)
{
	size_t ncap = *cap ? *cap : elem > 16 ? 1 : 8;
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

