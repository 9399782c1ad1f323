/*
 * expand_tilde.c - tilde expansion: see expand_int.h.
 *
 * As bash 5.2 does it (not in POSIX mode): a '~' at the start of a word,
 * and in a word that looks like an assignment (name=, name+=,
 * name[...]=, unless brace expansion changed the word) also right after
 * its '=' and after each unquoted ':' later on.  Bash takes the text up
 * to the next '/' (and ':' in assignments): a quote in it leaves the '~'
 * alone; otherwise the prefix up to ':' or '/' is expanded and the rest
 * of that text is taken literally ("~:$x" is "/h:$x").  An empty prefix
 * is $HOME; anything else (~user, ~+, ~-, ~N, an expansion in that text,
 * an unset HOME) is not known.
 *
 * expand_word_single() serves assignment values, where bash expands '~'
 * after every ':', and also redirection targets and case subjects, where
 * it does so only in assignment-like words, and here-strings, where it
 * never does: there a '~' after ':' or after name= is not known
 * (TILDE_SINGLE) rather than guessed.
 */
#include <string.h>

#include "expand_int.h"

static bool name_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool name_char(int c)
{
	return name_start(c) || (c >= '0' && c <= '9');
}

/* From the '[' at (*pi, *pj): just after its matching ']'. */
static bool skip_subscript(const struct part *p, size_t n, size_t *pi, size_t *pj)
{
	int depth = 0;
	for (size_t i = *pi, j = *pj; i < n; i++, j = 0) {
		size_t len = p[i].kind == PART_LIT ? part_text_len(&p[i]) : 0;
		for (; j < len; j++) {
			if (p[i].text[j] == '[') {
				depth++;
			} else if (p[i].text[j] == ']' && --depth == 0) {
				*pi = i;
				*pj = j + 1;
				return true;
			}
		}
	}
	return false;
}

/* Does the word start like an assignment (name=, name+=, name[...]=)?
 * Then t gets the position right after its '='.  Literal parts are
 * expected to be merged (expand.c does). */
bool tilde_assign_like(const struct part *p, size_t n, struct tilde *t)
{
	if (n == 0 || p[0].kind != PART_LIT)
		return false;
	size_t i = 0, j = 0, len = part_text_len(&p[0]);
	if (!len || !name_start((unsigned char)p[0].text[0]))
		return false;
	while (j < len && name_char((unsigned char)p[0].text[j]))
		j++;
	if (j < len && p[0].text[j] == '[' && !skip_subscript(p, n, &i, &j))
		return false;
	len = part_text_len(&p[i]);
	if (j < len && p[i].text[j] == '+')
		j++;
	if (j >= len || p[i].text[j] != '=')
		return false;
	if (++j == len) {
		i++;
		j = 0;
	}
	t->has_eq = true;
	t->eq_part = i;
	t->eq_off = j;
	return true;
}

/* 1: a '~' at (i, j) is a tilde prefix; 0: it is not; -1: not known. */
static int tilde_here(const struct tilde *t, size_t i, size_t j, int prev)
{
	if (i == 0 && j == 0)
		return 1;
	bool at_eq = t->has_eq && i == t->eq_part && j == t->eq_off;
	bool after_eq = t->has_eq && (i > t->eq_part || (i == t->eq_part && j >= t->eq_off));
	if (t->mode == TILDE_ASSIGN)
		return at_eq || (after_eq && prev == ':');
	if (t->mode == TILDE_SINGLE)
		return at_eq || prev == ':' ? -1 : 0;
	return 0;
}

static bool quoting_part(const struct part *p)
{
	return p->kind == PART_ESCAPED || p->kind == PART_SQUOTE || p->kind == PART_ANSIC ||
	       p->kind == PART_DQUOTE;
}

enum { T_LITERAL, T_HOME, T_UNKNOWN };

/* What bash makes of the '~' at p[i].text[j].  It first takes the text up
 * to the next '/' (or ':' too, in assignments: colon) and keeps the '~' if
 * that text holds a quote; otherwise it expands the prefix up to ':' or
 * '/' and takes the rest of that text literally ("~:$x" is "/h:$x"). */
static int tilde_outcome(const struct part *p, size_t n, size_t i, size_t j, bool colon)
{
	const char *t = p[i].text;
	size_t len = part_text_len(&p[i]), k = j + 1;
	while (k < len && t[k] != '/' && t[k] != ':')
		k++;
	size_t e = k;
	while (!colon && e < len && t[e] != '/')
		e++;
	if (e == len && i + 1 < n) /* the text goes on into the next part */
		return quoting_part(&p[i + 1]) ? T_LITERAL : T_UNKNOWN;
	return k > j + 1 ? T_UNKNOWN : T_HOME; /* ~user ~+ ~- ~N: not known */
}

/* The '~' at p[i].text[j] where a prefix may start (lead: at the start of
 * the word): emits $HOME and returns true, or returns false if it stays a
 * literal '~'; sets x->dyn when it is not known. */
static bool tilde_expand(struct xp *x, struct sink *s, const struct part *p, size_t n,
			 size_t i, size_t j, enum tilde_mode mode, bool lead)
{
	int o = tilde_outcome(p, n, i, j, !lead);
	/* a single string may be an assignment value (which stops at ':') or not */
	if (mode == TILDE_SINGLE && tilde_outcome(p, n, i, j, true) != o)
		o = T_UNKNOWN;
	if (o == T_LITERAL)
		return false;
	const char *home;
	if (o == T_UNKNOWN || xp_lookup(x, "HOME", &home) != VAR_KNOWN) {
		x->dyn = true; /* an unset HOME: bash asks the password database */
		return true;
	}
	sink_add(x, s, home, strlen(home), CH_QUOTED);
	return true;
}

void tilde_lit(struct xp *x, struct sink *s, const struct part *p, size_t n, size_t i,
	       enum ctx ctx, const struct tilde *t, int prevc)
{
	const char *text = p[i].text;
	size_t len = part_text_len(&p[i]), run = 0;
	enum chunk kind = ctx == CTX_WORD ? CH_LITERAL : CH_EXPANDED;
	for (size_t j = 0; j < len && !x->failed; j++) {
		if (text[j] != '~')
			continue;
		int here = tilde_here(t, i, j, j ? (unsigned char)text[j - 1] : prevc);
		if (here == 0)
			continue;
		sink_add(x, s, text + run, j - run, kind);
		run = j;
		if (here < 0)
			x->dyn = true;
		else if (tilde_expand(x, s, p, n, i, j, t->mode, i == 0 && j == 0))
			run = j + 1;
	}
	sink_add(x, s, text + run, len - run, kind);
}
