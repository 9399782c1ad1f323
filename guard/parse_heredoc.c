/*
 * parse_heredoc.c - here-document bodies.
 *
 * "<<word" queues the redirection; the body is read when the lexer passes
 * the next newline (bash's gather_here_documents), line by line: with an
 * unquoted delimiter a backslash-newline joins lines first, with "<<-"
 * leading tabs go, and a line equal to the delimiter ends the body.  At
 * the end of the input the body ends too (bash only warns).  An unquoted
 * body is then parsed like the inside of double quotes, except that \"
 * stays as it is; a quoted one is kept as one literal part.
 */
#include "lex.h"

#include <string.h>

/* bash's quote removal on the delimiter's source text; *quoted is set if
 * any quoting was there. */
static const char *delim_text(struct parser *p, const char *s, bool *quoted)
{
	struct sbuf b = { 0 };
	size_t n = strlen(s);
	*quoted = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i], q = 0;
		if (c == '\\' && i + 1 < n) {
			*quoted = true;
			c = s[++i];
		} else if (c == '$' && i + 1 < n &&
			   (s[i + 1] == '\'' || s[i + 1] == '"')) {
			q = s[++i];
		} else if (c == '\'' || c == '"') {
			q = c;
		}
		if (!q) {
			if (!sb_addc(p, &b, c))
				return NULL;
			continue;
		}
		*quoted = true;
		size_t j = i + 1;
		while (j < n && s[j] != q)
			j += (s[j] == '\\' && q == '"' && j + 1 < n) ? 2 : 1;
		if (i > 0 && s[i - 1] == '$' && q == '\'') {
			char *out = arena_alloc(p->a, j - i);
			size_t on = out ? pq_decode(s + i + 1, j - i - 1, out) : 0;
			if (!out || !sb_add(p, &b, out, on))
				return NULL;
		} else {
			for (size_t k = i + 1; k < j; k++) {
				if (q == '"' && s[k] == '\\' && k + 1 < j &&
				    strchr("$`\"\\", s[k + 1]))
					k++;
				if (!sb_addc(p, &b, s[k]))
					return NULL;
			}
		}
		i = j;
	}
	return sb_str(p, &b);
}

bool hd_add(struct parser *p, struct redir *r)
{
	struct heredoc *h = arena_alloc(p->a, sizeof(*h));
	if (!h)
		return px_oom(p);
	h->r = r;
	h->delim = delim_text(p, r->target->src, &r->quoted_delim);
	if (!h->delim)
		return false;
	*p->hd_tail = h;
	p->hd_tail = &h->next;
	return true;
}

/* One line into b (with its newline, if any); false at the end of input
 * with nothing read.  *exact turns false when the line is not the raw
 * text (a joined backslash-newline). */
static bool read_line(struct parser *p, struct sbuf *b, bool quoted,
		      bool *exact)
{
	bool any = false;
	for (;;) {
		int c = lx_raw(p);
		if (c == LX_EOF)
			return any;
		any = true;
		lx_adv(p);
		if (c == '\\' && !quoted) {
			int d = lx_raw(p);
			if (d == '\n') {
				lx_adv(p);
				*exact = false;
				continue;
			}
			if (!sb_addc(p, b, '\\'))
				return false;
			if (d < 0)
				continue;
			lx_adv(p);
			c = d;
		}
		if (!sb_addc(p, b, (char)c))
			return false;
		if (c == '\n')
			return true;
	}
}

static bool is_delim(const struct sbuf *line, const char *delim)
{
	size_t n = line->n, d = strlen(delim);
	if (n && line->s[n - 1] == '\n')
		n--;
	return n == d && memcmp(line->s ? line->s : "", delim, d) == 0;
}

/* Inside $( ), bash also ends the body at the delimiter followed by ')',
 * and reads on from the ')' (after warning). */
static bool is_delim_paren(struct parser *p, const struct sbuf *line,
			   const char *delim)
{
	size_t d = strlen(delim);
	return p->in_paren_sub && line->n > d && line->s[d] == ')' &&
	       memcmp(line->s, delim, d) == 0;
}

static struct word *literal_body(struct parser *p, struct sbuf *body,
				 size_t start, size_t end)
{
	struct word *w = arena_alloc(p->a, sizeof(*w));
	struct part *pt = arena_alloc(p->a, sizeof(*pt));
	const char *s = sb_str(p, body);
	if (!w || !pt || !s)
		return px_oom(p);
	pt->kind = PART_SQUOTE;
	pt->text = w->src = s;
	pt->len = body->n;
	pt->start = w->start = start;
	pt->end = w->end = end;
	w->parts = pt;
	w->nparts = 1;
	return w;
}

/* Parses an unquoted body: from the input itself when it is the raw text,
 * else from the copy. */
static struct word *parse_body(struct parser *p, struct sbuf *body,
			       struct mark from, struct mark to, bool exact,
			       size_t start, size_t end)
{
	struct mark after = lx_mark(p);
	if (exact && from.in == to.in) {
		lx_reset(p, from);
		if (!lx_push_slice(p, from.i, to.i))
			return NULL;
	} else if (!lx_push_copy(p, sb_str(p, body), body->n, start, end)) {
		return NULL;
	}
	int stopped;
	struct word *w = pw_until(p, "", PU_DQ | PU_HEREDOC, &stopped);
	lx_reset(p, after);
	return w;
}

static bool read_body(struct parser *p, struct heredoc *h)
{
	struct redir *r = h->r;
	struct mark from = lx_mark(p), to = from;
	size_t start = lx_pos(p);
	struct sbuf body = { 0 };
	bool exact = true;
	if (!px_enter(p, start))
		return false;
	for (;;) {
		struct sbuf line = { 0 };
		if (r->strip_tabs)
			while (lx_raw(p) == '\t') {
				lx_adv(p);
				exact = false;
			}
		struct mark line_start = lx_mark(p);
		bool got = read_line(p, &line, r->quoted_delim, &exact);
		if (p->err)
			return false;
		if (!got || is_delim(&line, h->delim))
			break;
		if (is_delim_paren(p, &line, h->delim)) {
			lx_reset(p, line_start);
			for (size_t k = strlen(h->delim); k > 0; k--)
				lx_adv(p);
			break;
		}
		if (!sb_add(p, &body, line.s, line.n))
			return false;
		to = lx_mark(p);
	}
	if (r->quoted_delim)
		r->body = literal_body(p, &body, start, lx_pos(p));
	else
		r->body = parse_body(p, &body, from, to, exact, start, lx_pos(p));
	px_leave(p);
	return r->body != NULL;
}

bool hd_gather(struct parser *p)
{
	struct heredoc *h = p->hd_head;
	p->hd_head = NULL;
	p->hd_tail = &p->hd_head;
	for (; h; h = h->next)
		if (!read_body(p, h))
			return false;
	return true;
}

/* Here-documents still pending when a $( ) closes: bash reads them from
 * the lines after the current one, and the rest of this line is read
 * afterwards.  The lines taken become a hole the lexer jumps over. */
bool hd_gather_mid(struct parser *p)
{
	struct mark here = lx_mark(p);
	struct input *in = p->in;
	const char *nl = memchr(in->buf + p->i, '\n', in->hi - p->i);
	if (!nl) {
		p->i = in->hi;
		bool ok = hd_gather(p);
		lx_reset(p, here);
		return ok;
	}
	size_t from = (size_t)(nl - in->buf) + 1;
	p->i = from;
	if (!hd_gather(p))
		return false;
	if (p->in == in) {
		p->hole_in = in;
		p->hole_from = from;
		p->hole_to = p->i;
	}
	lx_reset(p, here);
	return true;
}
