/*
 * parse_word.c - one shell word: literal text, escapes, and the part list.
 *
 * pw_word() reads a word the way bash's read_token_word() delimits it:
 * metacharacters end it unless quoted or inside a construct ($(...),
 * ${...}, an extglob group, a [[ =~ ]] group).  Literal text is gathered
 * in the word builder and turned into a PART_LIT only when another part
 * follows, so a plain word is exactly one PART_LIT.  Assignment words
 * (name=value, name[sub]+=value, name=( ... )) are recognised here
 * because bash decides it while reading the token.
 */
#include "lex.h"

#include <string.h>

/* ---- the word builder --------------------------------------------------- */

bool wc_flush(struct parser *p, struct wctx *w)
{
	if (!w->has_lit)
		return true;
	struct part *pt = pb_add(p, &w->parts, PART_LIT);
	if (!pt)
		return false;
	pt->text = sb_str(p, &w->lit);
	if (!pt->text)
		return false;
	pt->len = w->lit.n;
	pt->start = w->lit_start;
	pt->end = lx_pos(p);
	memset(&w->lit, 0, sizeof(w->lit));
	w->has_lit = false;
	return true;
}

bool wc_str(struct parser *p, struct wctx *w, const char *s, size_t n)
{
	if (!w->has_lit) {
		w->has_lit = true;
		w->lit_start = lx_pos(p);
	}
	return sb_add(p, &w->lit, s, n);
}

bool wc_char(struct parser *p, struct wctx *w, char c)
{
	return wc_str(p, w, &c, 1);
}

/* The character c at the input, quoted by the backslash that began at
 * start: one PART_ESCAPED part; the character is consumed. */
bool wc_escaped(struct parser *p, struct wctx *w, size_t start, int c)
{
	struct part *pt = wc_part(p, w, PART_ESCAPED, start);
	if (!pt)
		return false;
	lx_adv(p);
	pt->text = px_char((char)c);
	pt->len = 1;
	pt->end = lx_pos(p);
	return true;
}

/* A new non-literal part; the pending literal goes first. */
struct part *wc_part(struct parser *p, struct wctx *w, enum part_kind k,
		     size_t start)
{
	if (!wc_flush(p, w))
		return NULL;
	struct part *pt = pb_add(p, &w->parts, k);
	if (pt)
		pt->start = start;
	return pt;
}

/* Adds the parts of x, merging its literal text with ours. */
bool wc_append(struct parser *p, struct wctx *w, const struct word *x)
{
	for (size_t i = 0; i < x->nparts; i++) {
		const struct part *src = &x->parts[i];
		if (src->kind == PART_LIT) {
			if (!wc_str(p, w, src->text, src->len))
				return false;
			continue;
		}
		struct part *pt = wc_part(p, w, src->kind, src->start);
		if (!pt)
			return false;
		*pt = *src;
	}
	return true;
}

struct word *pw_finish(struct parser *p, struct wctx *w, size_t start,
		       struct mark from)
{
	if (!wc_flush(p, w))
		return NULL;
	struct word *wd = arena_alloc(p->a, sizeof(*wd));
	if (!wd)
		return px_oom(p);
	wd->parts = w->parts.v;
	wd->nparts = w->parts.n;
	wd->start = start;
	wd->end = lx_pos(p);
	size_t n;
	const char *s = lx_slice(p, from, lx_mark(p), &n);
	wd->src = s ? arena_strndup(p->a, s, n) : NULL;
	if (!wd->src)
		return px_oom(p);
	return wd;
}

/* An unquoted backslash: the next byte is quoted; backslash-newline
 * vanishes; a backslash at the very end stands for itself (bash appends
 * one, see shell_getc). */
static bool wc_escape(struct parser *p, struct wctx *w)
{
	size_t start = lx_pos(p);
	lx_adv(p);
	int c = lx_raw(p);
	if (c == '\n') {
		lx_adv(p);
		return true;
	}
	struct part *pt = wc_part(p, w, PART_ESCAPED, start);
	if (!pt)
		return false;
	char ch = c < 0 ? '\\' : (char)c;
	if (c >= 0)
		lx_adv(p);
	pt->text = px_char(ch);
	pt->len = 1;
	pt->end = lx_pos(p);
	return true;
}

/* ---- pw_until: text up to a stop character ----------------------------- */

struct until {
	const char *stops;
	unsigned how;
	int depth;
};

static bool is_stop(const struct until *u, int c)
{
	if (c < 0)
		return false;
	if (u->depth == 0 && c != 0 && strchr(u->stops, c))
		return true;
	if (u->depth == 0 && (u->how & PU_PARENS) && c == ')')
		return true;
	if (u->depth == 0 && (u->how & PU_BRACKETS) && c == ']')
		return true;
	return false;
}

/* A backslash under the rules of double quotes (and here-documents). */
static bool until_dq_escape(struct parser *p, struct wctx *w,
			    const struct until *u)
{
	size_t start = lx_pos(p);
	int c = lx_next_raw(p);
	bool esc = c == '$' || c == '`' || c == '\\' || c == '\n' ||
		   (c == '"' && !(u->how & PU_HEREDOC)) ||
		   ((u->how & PU_ESC_STOP) && c >= 0 && c != 0 &&
		    strchr(u->stops, c));
	if (!esc) {
		lx_adv(p);
		return wc_char(p, w, '\\');
	}
	lx_adv(p);
	if (c == '\n') {
		lx_adv(p);
		return true;
	}
	return wc_escaped(p, w, start, c);
}

/* Inside "${x:-'...'}" bash keeps the quotes as text but still expands
 * what is between them; the quotes only hide the closing brace. */
static bool until_sq_lit(struct parser *p, struct wctx *w)
{
	size_t open = lx_pos(p);
	lx_adv(p);
	if (!wc_char(p, w, '\''))
		return false;
	if (!pq_dq_content(p, w, '\'', open, false))
		return false;
	return wc_char(p, w, '\'');
}

static bool until_nest(struct until *u, int c)
{
	if ((u->how & PU_PARENS) && c == '(') {
		u->depth++;
		return true;
	}
	if ((u->how & PU_PARENS) && c == ')' && u->depth > 0) {
		u->depth--;
		return true;
	}
	if ((u->how & PU_BRACKETS) && c == '[') {
		u->depth++;
		return true;
	}
	if ((u->how & PU_BRACKETS) && c == ']' && u->depth > 0) {
		u->depth--;
		return true;
	}
	return false;
}

static bool until_step(struct parser *p, struct wctx *w, struct until *u,
		       int c)
{
	bool dq = u->how & PU_DQ;
	switch (c) {
	case '\\':
		return dq ? until_dq_escape(p, w, u) : wc_escape(p, w);
	case '\'':
		if (!dq)
			return pq_squote(p, w);
		if (u->how & PU_SQ_LIT)
			return until_sq_lit(p, w);
		break;
	case '"':
		if (!(u->how & PU_HEREDOC))
			return pq_dquote(p, w, false);
		break;
	case '`':
		return ps_backquote(p, w, dq);
	case '$':
		if ((u->how & PU_DOLQ) && lx_next(p) == '\'')
			return pq_ansic(p, w);
		if ((u->how & PU_DOLQ) && lx_next(p) == '"') {
			lx_adv(p);
			lx_peek(p);
			return pq_dquote(p, w, true);
		}
		if (ps_dollar_starts(lx_next(p), dq))
			return ps_dollar(p, w, dq);
		break;
	case '<':
	case '>':
		if (!dq && lx_next_raw(p) == '(')
			return ps_procsub(p, w);
		break;
	default:
		until_nest(u, c);
		break;
	}
	lx_adv(p);
	return wc_char(p, w, (char)c);
}

/* Reads a word up to (not including) one of stops at nesting depth 0, or
 * to the end of the input; *stopped tells which (LX_EOF at the end).
 * Blanks and operators are plain text here. */
struct word *pw_until(struct parser *p, const char *stops, unsigned how,
		      int *stopped)
{
	struct mark from = lx_mark(p);
	size_t start = lx_pos(p);
	if (!px_count_word(p, start) || !px_enter(p, start))
		return NULL;
	struct wctx w = { 0 };
	struct until u = { stops, how, 0 };
	for (;;) {
		int c = lx_peekq(p);
		if (c == LX_EOF || is_stop(&u, c)) {
			*stopped = c;
			break;
		}
		if (!until_step(p, &w, &u, c))
			return NULL;
	}
	px_leave(p);
	return pw_finish(p, &w, start, from);
}

/* ---- groups: @( ) and [[ =~ ( ) ]] --------------------------------------- */

static bool word_loop(struct parser *p, struct wctx *w, unsigned mode,
		      bool group);

/* The text from the current '(' to its match, as parse_matched_pair reads
 * it: blanks and operators inside are text. */
static bool group(struct parser *p, struct wctx *w, unsigned mode)
{
	size_t open = lx_pos(p);
	if (!px_enter(p, open))
		return false;
	lx_adv(p);
	if (!wc_char(p, w, '('))
		return false;
	if (!word_loop(p, w, mode, true))
		return false;
	px_leave(p);
	return true;
}

static bool is_extglob(struct parser *p, unsigned mode, int c)
{
	return (mode & WM_EXTGLOB) && (c == '@' || c == '?' || c == '*' ||
				       c == '+' || c == '!') &&
	       lx_next_raw(p) == '(';
}

/* One step inside a group: parens nest, everything else is text. */
static int group_char(struct parser *p, struct wctx *w, int c, int *depth)
{
	if (c == '(')
		(*depth)++;
	else if (c == ')' && (*depth)-- == 0) {
		lx_adv(p);
		return wc_char(p, w, ')') ? 1 : -1;
	}
	lx_adv(p);
	return wc_char(p, w, (char)c) ? 0 : -1;
}

static bool word_special(struct parser *p, struct wctx *w, unsigned mode,
			 int c)
{
	switch (c) {
	case '\\':
		return wc_escape(p, w);
	case '\'':
		return pq_squote(p, w);
	case '"':
		return pq_dquote(p, w, false);
	case '`':
		return ps_backquote(p, w, false);
	case '$':
		if (lx_next_raw(p) == '\'')
			return pq_ansic(p, w);
		if (lx_next_raw(p) == '"') {
			lx_adv(p);
			return pq_dquote(p, w, true);
		}
		return ps_dollar(p, w, false);
	}
	if (is_extglob(p, mode, c)) {
		lx_adv(p);
		return wc_char(p, w, (char)c) && group(p, w, mode);
	}
	lx_adv(p);
	return wc_char(p, w, (char)c);
}

/* Reads word characters until a metacharacter (or, in a group, the
 * unbalanced ')' which it consumes). */
static bool word_loop(struct parser *p, struct wctx *w, unsigned mode,
		      bool in_group)
{
	int depth = 0;
	size_t open = lx_pos(p);
	for (;;) {
		int c = in_group ? lx_peekq(p) : lx_peek(p);
		if (c == LX_EOF || c == LX_AEND) {
			if (in_group)
				return px_eof_matching(p, open, ')');
			return true;
		}
		if ((c == '<' || c == '>') && lx_next_raw(p) == '(') {
			if (!ps_procsub(p, w))
				return false;
			continue;
		}
		if (in_group && lx_is_meta(c)) {
			int r = group_char(p, w, c, &depth);
			if (r)
				return r > 0;
			continue;
		}
		if ((mode & WM_REGEX) && c == '(') {
			if (!group(p, w, mode))
				return false;
			continue;
		}
		if ((mode & WM_REGEX) && c == '|') {
			lx_adv(p);
			if (!wc_char(p, w, '|'))
				return false;
			continue;
		}
		if (lx_is_meta(c))
			return true;
		if (!word_special(p, w, mode, c))
			return false;
	}
}

/* ---- assignments ------------------------------------------------------- */

/* Reads a name at the current position; false (nothing read) if none. */
static bool read_name(struct parser *p, struct sbuf *name)
{
	int c = lx_peek(p);
	if (c < 0 || !lx_is_name_start(c))
		return false;
	while (c >= 0 && lx_is_name_char(c)) {
		if (!sb_addc(p, name, (char)c))
			return false;
		lx_adv(p);
		c = lx_peek(p);
	}
	return true;
}

/* The elements of ( ... ) after name= (also for declare a=( ... )). */
static bool compound_elems(struct parser *p, struct wctx *w,
			   struct assign *as)
{
	size_t open = lx_pos(p);
	if (!px_enter(p, open))
		return false;
	lx_adv(p);
	struct vbuf elems = { 0 };
	if (!wc_char(p, w, '('))
		return false;
	for (;;) {
		struct token t = lx_take(p, LX_ARRAY);
		if (p->err)
			return false;
		if (t.kind == T_NEWLINE)
			continue;
		if (t.kind == T_RPAREN)
			break;
		if (t.kind == T_EOF)
			return px_eof_matching(p, open, ')');
		if (t.kind != T_WORD)
			return px_unexpected(p, &t);
		if ((elems.n && !wc_char(p, w, ' ')) || !wc_append(p, w, t.word) ||
		    !vb_add(p, &elems, t.word))
			return false;
	}
	px_leave(p);
	if (as) {
		as->is_array = true;
		as->elems = (struct word **)elems.v;
		as->nelems = elems.n;
	}
	return wc_char(p, w, ')');
}

/* name[subscript]: the subscript as a word, quotes and $ allowed inside.
 * Where an assignment may start bash reads it as a matched pair, blanks
 * included; elsewhere (plain) a blank ends the word and *ended is set. */
static struct word *subscript(struct parser *p, const char **text, bool plain,
			      bool *ended)
{
	size_t open = lx_pos(p);
	lx_adv(p);
	struct mark from = lx_mark(p);
	int stopped;
	struct word *sub = pw_until(p, plain ? " \t\n;&|<>()" : "",
				    PU_QUOTES | PU_BRACKETS, &stopped);
	if (!sub)
		return NULL;
	*ended = false;
	if (plain && stopped != ']') {
		*ended = true;
		*text = NULL;
		return sub;
	}
	if (stopped != ']')
		return px_eof_matching(p, open, ']');
	size_t n;
	const char *s = lx_slice(p, from, lx_mark(p), &n);
	*text = s ? arena_strndup(p->a, s, n) : NULL;
	lx_adv(p);
	if (!*text)
		return px_oom(p);
	return sub;
}

/* Tries "name", "name[sub]" then "=" or "+=".  Whatever was read goes into
 * the word; returns the assignment or NULL (not one, or an error). */
static struct assign *assign_prefix(struct parser *p, struct wctx *w,
				    unsigned mode)
{
	size_t start = lx_pos(p);
	struct sbuf name = { 0 };
	if (!read_name(p, &name) || !wc_str(p, w, name.s, name.n))
		return NULL;
	const char *subtext = NULL;
	if (lx_peek(p) == '[') {
		bool ended;
		if (!wc_char(p, w, '['))
			return NULL;
		bool plain = !(mode & WM_COMPOUND);
		struct word *sub = subscript(p, &subtext, plain, &ended);
		if (!sub || !wc_append(p, w, sub) || ended || !wc_char(p, w, ']'))
			return NULL;
	}
	bool append = false;
	if (lx_peek(p) == '+' && lx_next_raw(p) == '=') {
		append = true;
		lx_adv(p);
		if (!wc_char(p, w, '+'))
			return NULL;
	}
	if (lx_peek(p) != '=')
		return NULL;
	lx_adv(p);
	if (!wc_char(p, w, '='))
		return NULL;
	struct assign *as = arena_alloc(p->a, sizeof(*as));
	if (!as)
		return px_oom(p);
	as->name = name.s;
	as->subscript = subtext;
	as->append = append;
	as->start = start;
	return as;
}

/* The value after "name=": a word, or ( ... ) where allowed. */
static bool assign_value(struct parser *p, struct wctx *w, struct assign *as,
			 unsigned mode)
{
	if ((mode & WM_COMPOUND) && lx_peek(p) == '(')
		return compound_elems(p, w, as);
	struct mark from = lx_mark(p);
	size_t start = lx_pos(p);
	struct wctx v = { 0 };
	if (!word_loop(p, &v, mode, false))
		return false;
	as->value = pw_finish(p, &v, start, from);
	return as->value && wc_append(p, w, as->value);
}

/* declare a=( ... ): only name, a plain [sub], += or =, then '('. */
static bool decl_compound(struct parser *p, struct wctx *w)
{
	struct mark m = lx_mark(p);
	struct sbuf pre = { 0 };
	if (!read_name(p, &pre))
		goto no;
	int c = lx_peek(p);
	if (c == '[') {
		while (c >= 0 && c != ']' && !lx_is_meta(c)) {
			if (!sb_addc(p, &pre, (char)c))
				return false;
			lx_adv(p);
			c = lx_peek(p);
		}
		if (c != ']')
			goto no;
		lx_adv(p);
		if (!sb_addc(p, &pre, ']'))
			return false;
	}
	if (lx_peek(p) == '+') {
		lx_adv(p);
		if (!sb_addc(p, &pre, '+'))
			return false;
	}
	if (lx_peek(p) != '=' || lx_next_raw(p) != '(')
		goto no;
	lx_adv(p);
	return sb_addc(p, &pre, '=') && wc_str(p, w, pre.s, pre.n) &&
	       compound_elems(p, w, NULL);
no:
	lx_reset(p, m);
	return false;
}

/* Reads one word.  mode: WM_*.  *asg is set for an assignment word,
 * *decl for a declare-style name=( ... ) argument. */
struct word *pw_word(struct parser *p, unsigned mode, struct assign **asg,
		     bool *decl)
{
	struct mark from = lx_mark(p);
	size_t start = lx_pos(p);
	if (!px_count_word(p, start))
		return NULL;
	struct wctx w = { 0 };
	struct assign *as = NULL;
	*asg = NULL;
	*decl = false;
	if (mode & WM_ASSIGN) {
		as = assign_prefix(p, &w, mode);
		if (p->err)
			return NULL;
		if (as && !assign_value(p, &w, as, mode))
			return NULL;
	} else if (mode & WM_DECL) {
		*decl = decl_compound(p, &w);
		if (p->err)
			return NULL;
	} else if ((mode & WM_ARRAY) && lx_peek(p) == '[') {
		const char *text;
		bool ended;
		if (!wc_char(p, &w, '['))
			return NULL;
		struct word *sub = subscript(p, &text, false, &ended);
		if (!sub || !wc_append(p, &w, sub) || !wc_char(p, &w, ']'))
			return NULL;
	}
	if (!word_loop(p, &w, mode, false))
		return NULL;
	struct word *wd = pw_finish(p, &w, start, from);
	if (wd && as) {
		as->end = wd->end;
		*asg = as;
	}
	return wd;
}
