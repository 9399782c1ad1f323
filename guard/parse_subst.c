/*
 * parse_subst.c - $(...), `...`, <(...), >(...), $((...)), $[...], ((...)).
 *
 * $(...) and process substitutions are parsed in place, recursively, as
 * bash 5.2 does.  A backquote body is first unescaped (\$ \` \\, and \"
 * inside double quotes) and then parsed as a script of its own: bash does
 * the same when it runs it.
 *
 * "$((" and "((" are ambiguous.  Like bash, we first find the matching
 * parenthesis by scanning (quotes respected, see ps_scan_group), then
 * decide: "$((" is arithmetic when the text between "$(" and ")" is
 * "( balanced )", else a command substitution of a subshell; "((" is an
 * arithmetic command when the scan ends at "))", else a subshell.  The
 * range found is then parsed once, as an input of its own, so the choice
 * and the boundaries cannot drift apart.  "<((" and ">((" are scanned the
 * same way and then parsed as a list.  Scanning is charged to a work
 * budget: hostile nesting like "$(($((..." rescans, and must stay linear.
 *
 * bash parses the text of a backquote, of "$((" taken as a command
 * substitution and of an arithmetic expression only when it runs them;
 * we parse them now, so a syntax error in there rejects the whole line
 * where "bash -n" would not complain (it fails later, at run time).
 */
#include "lex.h"

#include <string.h>

/* ---- scanning (bash's parse_matched_pair) ------------------------------ */

static bool scan_to(struct parser *p, int close, bool esc, size_t pos)
{
	for (;;) {
		if (!px_budget(p, 1))
			return false;
		int c = lx_raw(p);
		if (c == LX_EOF)
			return px_eof_matching(p, pos, (char)close);
		lx_adv(p);
		if (c == close)
			return true;
		if (esc && c == '\\' && lx_raw(p) >= 0)
			lx_adv(p);
	}
}

static bool scan_brace(struct parser *p, size_t pos);
static bool ps_scan_group(struct parser *p, int open, int close, size_t pos);

/* After '$': ( { [ open a nested construct. */
static bool scan_dollar(struct parser *p, int c, size_t pos)
{
	lx_adv(p);
	if (c == '(')
		return ps_scan_group(p, '(', ')', pos) && (lx_adv(p), true);
	if (c == '[')
		return ps_scan_group(p, '[', ']', pos) && (lx_adv(p), true);
	return scan_brace(p, pos);
}

static bool scan_dq(struct parser *p, size_t pos)
{
	if (!px_enter(p, pos))
		return false;
	for (;;) {
		if (!px_budget(p, 1))
			return false;
		int c = lx_peekq(p);
		if (c == LX_EOF)
			return px_eof_matching(p, pos, '"');
		lx_adv(p);
		if (c == '"')
			break;
		if (c == '\\' && lx_raw(p) >= 0)
			lx_adv(p);
		else if (c == '`' && !scan_to(p, '`', true, pos))
			return false;
		else if (c == '$') {
			int d = lx_peekq(p);
			bool nest = d == '(' || d == '[' || d == '{';
			if (nest && !scan_dollar(p, d, pos))
				return false;
		}
	}
	px_leave(p);
	return true;
}

/* One quoted thing inside a group; false on error. */
static bool scan_quoted(struct parser *p, int c, int prev, size_t pos)
{
	lx_adv(p);
	if (c == '\'')
		return scan_to(p, '\'', prev == '$', pos);
	if (c == '"')
		return scan_dq(p, pos);
	return scan_to(p, '`', true, pos);
}

/* ${ ... }: only "${" nests; quotes and $( ) inside are skipped whole. */
static bool scan_brace(struct parser *p, size_t pos)
{
	if (!px_enter(p, pos))
		return false;
	int prev = 0;
	for (;;) {
		if (!px_budget(p, 1))
			return false;
		int c = lx_peekq(p);
		if (c == LX_EOF)
			return px_eof_matching(p, pos, '}');
		if (c == '\\') {
			lx_adv(p);
			if (lx_raw(p) >= 0)
				lx_adv(p);
		} else if (c == '\'' || c == '"' || c == '`') {
			if (!scan_quoted(p, c, prev, pos))
				return false;
		} else if (prev == '$' && (c == '(' || c == '[' || c == '{')) {
			if (!scan_dollar(p, c, pos))
				return false;
		} else {
			lx_adv(p);
			if (c == '}')
				break;
			prev = c;
			continue;
		}
		prev = 0;
	}
	px_leave(p);
	return true;
}

/* From just after an opening paren (or bracket) to its match, where it
 * stops without consuming it.  Inside, only the quotes are special. */
static bool ps_scan_group(struct parser *p, int open, int close, size_t pos)
{
	if (!px_enter(p, pos))
		return false;
	int count = 1, prev = 0;
	for (;;) {
		if (!px_budget(p, 1))
			return false;
		int c = lx_peekq(p);
		if (c == LX_EOF)
			return px_eof_matching(p, pos, (char)close);
		if (c == close && --count == 0)
			break;
		if (c == open)
			count++;
		if (c == '\\') {
			lx_adv(p);
			if (lx_raw(p) >= 0)
				lx_adv(p);
			prev = 0;
			continue;
		}
		if (c == '\'' || c == '"' || c == '`') {
			if (!scan_quoted(p, c, prev, pos))
				return false;
			prev = 0;
			continue;
		}
		prev = c;
		lx_adv(p);
	}
	px_leave(p);
	return true;
}

/* bash's chk_arithsub: parentheses balance, quotes skipped. */
static bool arith_balanced(const char *s, size_t n)
{
	long count = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '(')
			count++;
		else if (c == ')' && --count < 0)
			return false;
		else if (c == '\\')
			i++;
		else if (c == '\'' || c == '"') {
			for (i++; i < n && s[i] != c; i++)
				if (c == '"' && s[i] == '\\')
					i++;
		}
	}
	return count == 0;
}

/* ---- ranges parsed as inputs of their own ------------------------------- */

/* Makes [from, to) the current input (a slice, or a copy when it crosses
 * an alias end); the caller resets to where it wants to go on. */
static bool push_range(struct parser *p, struct mark from, struct mark to)
{
	if (from.in == to.in && from.i <= to.i) {
		lx_reset(p, from);
		return lx_push_slice(p, from.i, to.i) != NULL;
	}
	lx_reset(p, from);
	size_t pos = lx_pos(p), n;
	const char *s = lx_slice(p, from, to, &n);
	if (!s)
		return false;
	lx_reset(p, to);
	return lx_push_copy(p, s, n, pos, lx_pos(p)) != NULL;
}

static struct word *ps_parse_range(struct parser *p, struct mark from,
			    struct mark to, unsigned how)
{
	if (!push_range(p, from, to))
		return NULL;
	int stopped;
	return pw_until(p, "", how, &stopped);
}

/* Parses the current input to its end as a list, with its own queue of
 * here-documents (bash parses a command substitution with need_here_doc
 * reset) and no alias carried in. */
static struct node *list_to_eof(struct parser *p, bool *ok)
{
	struct heredoc *head = p->hd_head, **tail = p->hd_tail;
	bool an = p->alias_next;
	unsigned braces = p->braces;
	p->hd_head = NULL;
	p->hd_tail = &p->hd_head;
	p->alias_next = false;
	p->braces = 0;
	struct node *body = pp_list_until(p);
	*ok = false;
	if (!p->err) {
		struct token t = lx_take(p, LX_SAME);
		if (t.kind != T_EOF)
			px_unexpected(p, &t);
		else
			*ok = true;
	}
	p->hd_head = head;
	p->hd_tail = tail;
	p->alias_next = an;
	p->braces = braces;
	return body;
}

static struct node *ps_list_range(struct parser *p, struct mark from, struct mark to)
{
	bool ok;
	if (!push_range(p, from, to))
		return NULL;
	return list_to_eof(p, &ok);
}

/* ---- $( ) and <( ) >( ) ------------------------------------------------ */

/* After the '(': a list up to ')'. */
static bool paren_list(struct parser *p, struct node **body, size_t open)
{
	struct heredoc *head = p->hd_head, **tail = p->hd_tail;
	bool an = p->alias_next;
	p->hd_head = NULL;
	p->hd_tail = &p->hd_head;
	p->alias_next = false;
	/* bash reads the first word after "$(" with DOLPAREN as the last
	 * token, after which "time" is not a keyword */
	p->sub_start = true;
	p->in_paren_sub++;
	*body = pp_list_until(p);
	if (!p->err) {
		struct token t = lx_take(p, LX_SAME);
		if (t.kind == T_EOF)
			px_eof_matching(p, open, ')');
		else if (t.kind != T_RPAREN)
			px_unexpected(p, &t);
	}
	/* A here-document opened inside and not read by a newline inside:
	 * bash warns and reads it from the lines after this one. */
	if (!p->err && p->hd_head)
		hd_gather_mid(p);
	p->in_paren_sub--;
	p->hd_head = head;
	p->hd_tail = tail;
	p->alias_next = an;
	return !p->err;
}

static bool comsub(struct parser *p, struct wctx *w, size_t start)
{
	if (!px_enter(p, start) || !wc_flush(p, w))
		return false;
	struct node *body;
	if (!paren_list(p, &body, start))
		return false;
	struct part *pt = wc_part(p, w, PART_CMDSUB, start);
	if (!pt)
		return false;
	pt->sub = body;
	pt->end = lx_pos(p);
	px_leave(p);
	return true;
}

/* At '<' or '>' followed by '('.  Like "$((", "<((" is only scanned for
 * its end by bash; the text is parsed when it runs. */
bool ps_procsub(struct parser *p, struct wctx *w)
{
	size_t start = lx_pos(p);
	int op = lx_peekq(p);
	if (!px_enter(p, start) || !wc_flush(p, w))
		return false;
	lx_adv(p);
	lx_peek(p);
	lx_adv(p);
	struct node *body;
	if (lx_peek(p) == '(') {
		struct mark m = lx_mark(p);
		if (!ps_scan_group(p, '(', ')', start))
			return false;
		struct mark e = lx_mark(p);
		body = ps_list_range(p, m, e);
		if (p->err)
			return false;
		lx_reset(p, e);
		lx_adv(p);
	} else if (!paren_list(p, &body, start)) {
		return false;
	}
	struct part *pt = wc_part(p, w, PART_PROCSUB, start);
	if (!pt)
		return false;
	pt->sub = body;
	pt->op = (char)op;
	pt->end = lx_pos(p);
	px_leave(p);
	return true;
}

/* ---- arithmetic ----------------------------------------------------------- */

/* At the second '(' of "$((". */
static bool arith_dollar(struct parser *p, struct wctx *w, size_t start)
{
	if (!px_enter(p, start) || !wc_flush(p, w))
		return false;
	struct mark m = lx_mark(p);
	if (!ps_scan_group(p, '(', ')', start))
		return false;
	struct mark e = lx_mark(p);
	size_t n;
	const char *s = lx_slice(p, m, e, &n);
	if (!s)
		return false;
	bool arith = n >= 2 && s[0] == '(' && s[n - 1] == ')' &&
		     arith_balanced(s + 1, n - 2);
	struct part *pt;
	if (arith && m.in == e.in) {
		struct mark a = m, b = e;
		a.i++;
		b.i--;
		struct word *expr = ps_parse_range(p, a, b, PU_DQ);
		if (!expr || !(pt = wc_part(p, w, PART_ARITH, start)))
			return false;
		pt->expr = expr;
	} else {
		struct node *body = ps_list_range(p, m, e);
		if (p->err || !(pt = wc_part(p, w, PART_CMDSUB, start)))
			return false;
		pt->sub = body;
	}
	lx_reset(p, e);
	lx_adv(p);
	pt->end = lx_pos(p);
	px_leave(p);
	return true;
}

/* After "$[". */
static bool arith_bracket(struct parser *p, struct wctx *w, size_t start)
{
	if (!wc_flush(p, w))
		return false;
	int stopped;
	struct word *expr = pw_until(p, "", PU_DQ | PU_SQ_LIT | PU_BRACKETS,
				     &stopped);
	if (!expr)
		return false;
	if (stopped != ']')
		return px_eof_matching(p, start, ']');
	lx_adv(p);
	struct part *pt = wc_part(p, w, PART_ARITH, start);
	if (!pt)
		return false;
	pt->expr = expr;
	pt->end = lx_pos(p);
	return true;
}

/* At the second '(' of "((" where a command may start.  Returns the
 * expression, or NULL with *is_arith false when it is a subshell (the
 * position is then back at the second '(').  *from and *to delimit the
 * expression's text (for "for ((;;))"). */
struct word *ps_arith_cmd(struct parser *p, bool *is_arith, struct mark *from,
			  struct mark *to)
{
	*is_arith = false;
	struct mark m = lx_mark(p);
	size_t pos = lx_pos(p);
	lx_adv(p);
	struct mark c0 = lx_mark(p);
	if (!ps_scan_group(p, '(', ')', pos))
		return NULL;
	struct mark e = lx_mark(p);
	lx_adv(p);
	if (lx_raw(p) == '\n') {
		/* bash pushes "(...)\n" back as input and fails on it */
		return px_error(p, pos, "syntax error near `((...)'");
	}
	if (lx_raw(p) != ')') {
		lx_reset(p, m);
		return NULL;
	}
	struct word *expr = ps_parse_range(p, c0, e, PU_DQ);
	if (!expr)
		return NULL;
	lx_reset(p, e);
	lx_adv(p);
	lx_adv(p);
	*is_arith = true;
	*from = c0;
	*to = e;
	return expr;
}

/* Offsets of the top-level ';' in s (quotes and parentheses skipped). */
static size_t semis(const char *s, size_t n, size_t at[3])
{
	size_t k = 0;
	long depth = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\\')
			i++;
		else if (c == '\'' || c == '"') {
			for (i++; i < n && s[i] != c; i++)
				if (c == '"' && s[i] == '\\')
					i++;
		} else if (c == '(' || c == '{')
			depth++;
		else if ((c == ')' || c == '}') && depth > 0)
			depth--;
		else if (c == ';' && depth == 0 && k++ < 3)
			at[k - 1] = i;
	}
	return k;
}

static bool blank_text(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
			return false;
	return true;
}

/* Splits the text of for (( init; test; step )) as bash does. */
bool ps_arith_for(struct parser *p, const struct token *t, struct word *e[3])
{
	size_t n, at[3];
	struct mark from = t->range_from, to = t->range_to;
	const char *s = lx_slice(p, from, to, &n);
	if (!s)
		return false;
	size_t k = semis(s, n, at);
	if (k < 2)
		return px_error(p, t->start,
				"syntax error: arithmetic expression required");
	if (k > 2)
		return px_error(p, t->start, "syntax error: `;' unexpected");
	size_t lo[3] = { 0, at[0] + 1, at[1] + 1 }, hi[3] = { at[0], at[1], n };
	struct mark after = lx_mark(p);
	for (int i = 0; i < 3; i++) {
		e[i] = NULL;
		if (blank_text(s + lo[i], hi[i] - lo[i]))
			continue;
		if (from.in == to.in) {
			struct mark a = from, b = from;
			a.i += lo[i];
			b.i += hi[i];
			e[i] = ps_parse_range(p, a, b, PU_DQ);
		} else {
			lx_push_copy(p, s + lo[i], hi[i] - lo[i], t->start, t->end);
			int stopped;
			e[i] = pw_until(p, "", PU_DQ, &stopped);
		}
		lx_reset(p, after);
		if (!e[i])
			return false;
	}
	return true;
}

/* ---- $ and ` ------------------------------------------------------------- */

/* Does '$' followed by c start an expansion? */
bool ps_dollar_starts(int c, bool in_dq)
{
	if (c < 0)
		return false;
	if (c == '\'' || c == '"')
		return !in_dq;
	return c == '(' || c == '{' || c == '[' || lx_is_name_char(c) ||
	       (c != 0 && strchr("@*#?$!-", c));
}

/* At '$'; a '$' that starts nothing is plain text. */
bool ps_dollar(struct parser *p, struct wctx *w, bool in_dq)
{
	size_t start = lx_pos(p);
	int c = lx_next(p);
	if (!ps_dollar_starts(c, in_dq)) {
		lx_adv(p);
		return wc_char(p, w, '$');
	}
	if (c == '\'')
		return pq_ansic(p, w);
	lx_adv(p);
	lx_peek(p);
	if (c == '"')
		return pq_dquote(p, w, true);
	if (c == '(') {
		lx_adv(p);
		if (lx_peek(p) == '(')
			return arith_dollar(p, w, start);
		return comsub(p, w, start);
	}
	if (c == '[') {
		lx_adv(p);
		return arith_bracket(p, w, start);
	}
	if (c == '{') {
		lx_adv(p);
		return pm_brace(p, w, start, in_dq);
	}
	return pm_plain(p, w, start);
}

/* The body of `...` with bash's backslash rules applied. */
static bool bq_body(struct parser *p, struct sbuf *b, bool in_dq, size_t open)
{
	for (;;) {
		int c = lx_peekq(p);
		if (c == LX_EOF)
			return px_eof_matching(p, open, '`');
		lx_adv(p);
		if (c == '`')
			return sb_str(p, b) != NULL;
		if (c != '\\') {
			if (!sb_addc(p, b, (char)c))
				return false;
			continue;
		}
		int d = lx_raw(p);
		if (d < 0)
			continue;
		lx_adv(p);
		bool drop = d == '$' || d == '`' || d == '\\' || (in_dq && d == '"');
		if ((!drop && !sb_addc(p, b, '\\')) || !sb_addc(p, b, (char)d))
			return false;
	}
}

/* At '`'. */
bool ps_backquote(struct parser *p, struct wctx *w, bool in_dq)
{
	size_t open = lx_pos(p);
	if (!px_enter(p, open) || !wc_flush(p, w))
		return false;
	lx_adv(p);
	struct sbuf b = { 0 };
	if (!bq_body(p, &b, in_dq, open))
		return false;
	struct mark after = lx_mark(p);
	size_t end = lx_pos(p);
	bool ok;
	if (!lx_push_copy(p, b.s, b.n, open + 1, end ? end - 1 : 0))
		return false;
	struct node *body = list_to_eof(p, &ok);
	lx_reset(p, after);
	if (!ok)
		return false;
	struct part *pt = wc_part(p, w, PART_CMDSUB, open);
	if (!pt)
		return false;
	pt->sub = body;
	pt->backquote = true;
	pt->end = end;
	px_leave(p);
	return true;
}
