/*
 * parse_param.c - $name and ${...}.
 *
 * bash finds the end of ${...} at parse time (only "${" nests, quotes and
 * $( ) hide a '}') and takes it apart when it expands it.  We do both
 * here: name, prefix (# length, ! indirect), [subscript], operator, and
 * the operand words.  What bash would reject at expansion time ("bad
 * substitution") still parses: the param is marked bad, its name is the
 * raw text and its content is kept as arg, so nothing inside is lost.
 *
 * Inside double quotes the operand of :- := :? :+ (and - = ? +) follows
 * the rules of double quotes, where a single quote is plain text (but
 * still hides a '}' from the end search); the pattern of # % / ^ , is
 * read with real quoting, as bash does.
 */
#include "lex.h"

#include <string.h>

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool is_special(int c)
{
	return c > 0 && strchr("@*#?$!-", c) != NULL;
}

static struct param *new_param(struct parser *p)
{
	struct param *pm = arena_alloc(p->a, sizeof(*pm));
	return pm ? pm : px_oom(p);
}

static bool add_param(struct parser *p, struct wctx *w, struct param *pm,
		      size_t start)
{
	struct part *pt = wc_part(p, w, PART_PARAM, start);
	if (!pt)
		return false;
	pt->param = pm;
	pt->end = lx_pos(p);
	return true;
}

/* After '$' of $name, $1, $@ ... */
bool pm_plain(struct parser *p, struct wctx *w, size_t start)
{
	if (!wc_flush(p, w))
		return false;
	struct param *pm = new_param(p);
	if (!pm)
		return false;
	struct sbuf name = { 0 };
	int c = lx_peek(p);
	do {
		if (!sb_addc(p, &name, (char)c))
			return false;
		lx_adv(p);
		if (!lx_is_name_start((unsigned char)name.s[0]))
			break;
		c = lx_peek(p);
	} while (c >= 0 && lx_is_name_char(c));
	pm->name = name.s;
	return add_param(p, w, pm, start);
}

/* ---- ${...} ------------------------------------------------------------- */

/* The name: identifier, digits, or one special character. */
static bool brace_name(struct parser *p, struct sbuf *name)
{
	int c = lx_peekq(p);
	if (c >= 0 && lx_is_name_start(c)) {
		while (c >= 0 && lx_is_name_char(c)) {
			if (!sb_addc(p, name, (char)c))
				return false;
			lx_adv(p);
			c = lx_peekq(p);
		}
		return true;
	}
	if (is_digit(c)) {
		while (is_digit(c)) {
			if (!sb_addc(p, name, (char)c))
				return false;
			lx_adv(p);
			c = lx_peekq(p);
		}
		return true;
	}
	if (is_special(c)) {
		lx_adv(p);
		return sb_addc(p, name, (char)c);
	}
	return false;
}

/* "#" and "!" before the name. */
static void brace_prefix(struct parser *p, struct param *pm)
{
	int c = lx_peekq(p);
	if (c != '#' && c != '!')
		return;
	int d = lx_next(p);
	if (d == '}' || d < 0)
		return;
	if (c == '#') {
		/* ${#x} ${#1} ${##} ${#-}; but ${#-x} is $# with "-x" */
		bool len = lx_is_name_start(d) || is_digit(d);
		if (!len && is_special(d)) {
			struct mark m = lx_mark(p);
			lx_adv(p);
			lx_peekq(p);
			lx_adv(p);
			len = lx_peekq(p) == '}';
			lx_reset(p, m);
		}
		if (len) {
			lx_adv(p);
			pm->length = true;
		}
		return;
	}
	if (lx_is_name_start(d) || is_digit(d) || (d > 0 && strchr("#?@*", d))) {
		lx_adv(p);
		pm->indirect = true;
	}
}

static bool brace_subscript(struct parser *p, struct param *pm)
{
	size_t open = lx_pos(p);
	lx_adv(p);
	struct mark from = lx_mark(p);
	int stopped;
	pm->subscript_word = pw_until(p, "", PU_QUOTES | PU_BRACKETS, &stopped);
	if (!pm->subscript_word)
		return false;
	if (stopped != ']')
		return px_eof_matching(p, open, ']');
	size_t n;
	const char *s = lx_slice(p, from, lx_mark(p), &n);
	pm->subscript = s ? arena_strndup(p->a, s, n) : NULL;
	lx_adv(p);
	if (!pm->subscript)
		return px_oom(p);
	return true;
}

/* Reads the operator; NULL when there is none ('}') or it is invalid. */
static const char *brace_op(struct parser *p, bool *bad)
{
	static const char *const two[] = { ":-", ":=", ":?", ":+", "##", "%%",
					   "//", "/#", "/%", "^^", ",,", NULL };
	static const char *const one[] = { "-", "=", "?", "+", "#", "%", "/",
					   "^", ",", ":", "@", NULL };
	int c = lx_peekq(p);
	*bad = false;
	if (c == '}')
		return NULL;
	int d = lx_next(p);
	for (int i = 0; two[i]; i++)
		if (two[i][0] == c && two[i][1] == d) {
			lx_adv(p);
			lx_peekq(p);
			lx_adv(p);
			return two[i];
		}
	for (int i = 0; one[i]; i++)
		if (one[i][0] == c) {
			lx_adv(p);
			return one[i];
		}
	*bad = true;
	return NULL;
}

static bool is_pattern_op(const char *op)
{
	return strchr("#%/^,", op[0]) != NULL;
}

static unsigned operand_how(bool in_dq);

/* Reads an operand up to one of stops; the stop is left unread. */
static struct word *operand(struct parser *p, const char *op, const char *stops,
			    bool in_dq, int *stopped)
{
	return pw_until(p, stops, is_pattern_op(op) ? PU_QUOTES : operand_how(in_dq),
			stopped);
}

/* The operands after the operator, up to (not including) '}'.  The end
 * of the input there is an error, not a bad substitution. */
static bool brace_operands(struct parser *p, struct param *pm, bool in_dq,
			   size_t open)
{
	int stopped;
	const char *op = pm->op;
	const char *stops = op[0] == '/' ? "}/" : strcmp(op, ":") == 0 ? "}:" : "}";
	pm->arg = operand(p, op, stops, in_dq, &stopped);
	if (pm->arg && stopped == LX_EOF)
		return px_eof_matching(p, open, '}');
	if (!pm->arg || stopped == '}')
		return pm->arg != NULL;
	lx_adv(p);
	pm->arg2 = operand(p, op, "}", in_dq, &stopped);
	if (pm->arg2 && stopped == LX_EOF)
		return px_eof_matching(p, open, '}');
	return pm->arg2 != NULL;
}

/* Where ${ ... } was taken apart, for the fallback below. */
struct brace {
	struct mark start;     /* after "${" */
	struct mark sub_open;  /* at '[' of the subscript, if any */
	struct mark sub_end;   /* after its ']' */
	size_t start_pos;      /* position of start */
	size_t open;           /* position of '$' */
	bool in_dq;
};

static unsigned operand_how(bool in_dq)
{
	return in_dq ? PU_DQ | PU_SQ_LIT | PU_ESC_STOP | PU_DOLQ : PU_QUOTES;
}

/* What bash calls a bad substitution: the text up to '}' becomes arg.
 * Nothing nested was parsed yet but the subscript, which is reused, so no
 * text is parsed twice. */
static bool brace_bad(struct parser *p, struct param *pm, struct brace *b)
{
	struct word *sub = pm->subscript ? pm->subscript_word : NULL;
	struct wctx w = { 0 };
	struct mark from = b->start;
	memset(pm, 0, sizeof(*pm));
	pm->braced = true;
	pm->bad = true;
	if (sub) {
		size_t n;
		const char *s = lx_slice(p, b->start, b->sub_open, &n);
		if (!s || !wc_str(p, &w, s, n) || !wc_char(p, &w, '[') ||
		    !wc_append(p, &w, sub) || !wc_char(p, &w, ']'))
			return false;
		from = b->sub_end;
	}
	lx_reset(p, from);
	int stopped;
	struct word *rest = pw_until(p, "}", operand_how(b->in_dq), &stopped);
	if (!rest)
		return false;
	if (stopped != '}')
		return px_eof_matching(p, b->open, '}');
	if (!wc_append(p, &w, rest))
		return false;
	pm->arg = pw_finish(p, &w, b->start_pos, b->start);
	if (!pm->arg)
		return false;
	pm->name = pm->arg->src;
	return true;
}

/* ${x@Q}: one letter, then '}'. */
static bool transform_ok(struct parser *p)
{
	struct mark m = lx_mark(p);
	lx_adv(p);
	int c = lx_peekq(p);
	lx_adv(p);
	bool ok = c >= 0 && lx_is_name_start(c) && lx_peekq(p) == '}';
	lx_reset(p, m);
	return ok;
}

/* Takes ${...} apart; false for a bad substitution (p->err tells an
 * error). */
static bool brace_parts(struct parser *p, struct param *pm, struct brace *b)
{
	struct sbuf name = { 0 };
	brace_prefix(p, pm);
	if (!brace_name(p, &name))
		return false;
	pm->name = name.s;
	if (lx_peekq(p) == '[') {
		b->sub_open = lx_mark(p);
		if (!brace_subscript(p, pm))
			return false;
		b->sub_end = lx_mark(p);
	}
	int c = lx_peekq(p);
	if (pm->indirect && (c == '*' || c == '@') && lx_next(p) == '}' &&
	    !pm->subscript) {
		pm->indirect_prefix = (char)c;
		lx_adv(p);
		return true;
	}
	if (c == '@' && !transform_ok(p))
		return false;
	bool bad;
	pm->op = brace_op(p, &bad);
	if (bad || (pm->op && pm->length))
		return false;
	return !pm->op || brace_operands(p, pm, b->in_dq, b->open);
}

/* After "${". */
bool pm_brace(struct parser *p, struct wctx *w, size_t start, bool in_dq)
{
	if (!px_enter(p, start) || !wc_flush(p, w))
		return false;
	struct param *pm = new_param(p);
	if (!pm)
		return false;
	pm->braced = true;
	struct brace b = { .start = lx_mark(p), .start_pos = lx_pos(p),
			   .open = start, .in_dq = in_dq };
	bool ok = brace_parts(p, pm, &b);
	if (p->err)
		return false;
	if (!ok || lx_peekq(p) != '}') {
		if (ok && lx_peekq(p) == LX_EOF)
			return px_eof_matching(p, start, '}');
		if (!brace_bad(p, pm, &b))
			return false;
	}
	lx_adv(p);
	px_leave(p);
	return add_param(p, w, pm, start);
}
