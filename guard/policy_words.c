/*
 * policy_words.c - words patterns ("aws sqs purge-*") on the canonical
 * argv, and raw patterns ({raw: ...}) on the argv as it will run.  See
 * PATTERNS in guard.yaml.5 and policy_int.h.
 *
 * Uncertainty resolves towards deny.  A word only known at run time
 * (WORD_DYNAMIC: a variable, a command substitution...; WORD_GLOB: a
 * pathname expansion) could be many things, so:
 *   - when loose (a deny pattern, the unless of an allow rule) it matches
 *     any pattern word it could become: any word at all for WORD_DYNAMIC;
 *     one that overlaps the glob for WORD_GLOB;
 *   - otherwise it matches only the pattern words "*" and "**".
 */
#include <stdint.h>
#include <string.h>

#include "canon.h"
#include "glob.h"
#include "policy_int.h"

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Split text into words at unescaped blanks. */
const char **split_words(arena *mem, const char *text, uint32_t *n)
{
	uint32_t cap = 1;
	for (const char *s = text; *s; s++)
		cap += is_blank(*s);
	const char **w = arena_alloc(mem, cap * sizeof(*w));
	*n = 0;
	for (const char *s = text; w && *s;) {
		if (is_blank(*s)) {
			s++;
			continue;
		}
		const char *start = s;
		while (*s && !is_blank(*s))
			s += s[0] == '\\' && s[1] ? 2 : 1;
		if (!(w[(*n)++] = arena_strndup(mem, start, (size_t)(s - start))))
			return NULL;
	}
	return w;
}

/* A problem with word k of n of a words pattern, or NULL. */
static const char *bad_word(const char *w, uint32_t k, uint32_t n)
{
	size_t off;
	const char *msg;
	for (const char *s = w; *s; s++) {
		if (*s == '\\' && s[1])
			s++;
		else if (*s == '"' || *s == '\'')
			return "quotes are not special in a pattern: write \\ before a blank or "
			       "a quote to match it";
	}
	if ((msg = glob_check(w, &off)) != NULL)
		return msg;
	if (w[1] && !w[strspn(w, "*")] && (w[2] || k == 0))
		return k ? "'***' is not a pattern word: write * or **"
			 : "the program word cannot be '**'";
	if (!strcmp(w, "$") && (k + 1 != n || k == 0))
		return "'$' (end of the command) must be the last word, after the program";
	if (k == 0 && strchr(w, '/'))
		return "the program is matched by name without its directory: write rm, not /bin/rm";
	return NULL;
}

/* "aws sqs purge-*", "rm *", "git branch $": see PATTERNS in guard.yaml.5. */
const char *compile_words(arena *mem, struct pat *p, const char *const *items, size_t nitems)
{
	const char *text = items[0];
	uint32_t n;
	const char **w = split_words(mem, text, &n), *msg;
	if (!w)
		return "policy too large";
	if (n == 0)
		return "empty pattern";
	for (uint32_t k = 0; k < n; k++)
		if ((msg = bad_word(w[k], k, n)) != NULL)
			return arena_printf(mem, "pattern '%s', word '%s': %s", text, w[k], msg);
	if (!strcmp(w[n - 1], "$")) {
		p->exact = true;
		n--;
	} else if (n > 1 && !strcmp(w[n - 1], "*")) {
		n--;    /* a final "*" is any rest, which a prefix allows anyway */
	}
	unsigned char *wk = arena_alloc(mem, n + 1);
	char *prog = arena_alloc(mem, strlen(w[0]) + 1);
	if (!wk || !prog)
		return "policy too large";
	for (uint32_t k = 0; k < n; k++) {
		wk[k] = !strcmp(w[k], "*") ? W_ONE : !strcmp(w[k], "**") ? W_MANY : W_GLOB;
		p->many |= wk[k] == W_MANY;
	}
	p->u.words.w = w;
	p->u.words.wk = wk;
	p->u.words.n = n;
	p->prog = glob_literal(w[0], prog) ? prog : NULL;
	return NULL;
}

/* Could the glob word g, which pathname expansion replaces at run time,
 * become a word that the pattern word w matches?  It becomes the file
 * names it matches (in either case under nocaseglob), or stays itself
 * when none does.  Extended globs, @(...) and the like, are beyond
 * glob.c: assume they could. */
static bool glob_may_match(const char *w, const char *g)
{
	return strchr(g, '(') || glob_match(w, g) || glob_overlap(w, g, true);
}

/* Does pattern word k match command word i?  A word known only at run
 * time matches "*" always, and when loose any word it could become. */
static bool word_matches(const struct pat *pt, uint32_t k, const struct subject *s, size_t i,
			 bool loose)
{
	const char *w = pt->u.words.w[k];
	if (pt->u.words.wk[k] == W_ONE)
		return true;
	if (s->fl[i] & WORD_DYNAMIC)
		return loose;
	if (s->fl[i] & WORD_GLOB)
		return loose && glob_may_match(w, s->w[i]);
	return glob_match(w, s->w[i]);
}

/* With "**": glob_match() one level up, words for bytes and "**" for '*',
 * with one backtrack point, so O(words * pattern words) word matches.  A
 * pattern that is not exact has an implied "**" at its end. */
static int match_many(const struct pat *pt, const struct subject *s, bool loose)
{
	const unsigned char *wk = pt->u.words.wk;
	uint32_t n = pt->u.words.n, k = 0, star = UINT32_MAX;
	size_t i = 0, resume = 0;
	while (i < s->n) {
		if (k < n && wk[k] == W_MANY) {
			while (k < n && wk[k] == W_MANY)
				k++;
			if (k == n)
				return 1;
			star = k;
			resume = i;
			continue;
		}
		if (k < n && word_matches(pt, k, s, i, loose)) {
			k++;
			i++;
			continue;
		}
		if (k == n && !pt->exact)
			return 1;
		if (star == UINT32_MAX)
			return 0;
		k = star;
		i = ++resume;
	}
	while (k < n && wk[k] == W_MANY)
		k++;
	return k == n;
}

int match_words(policy *p, const struct pat *pt, struct subject *s, bool loose)
{
	uint32_t n = pt->u.words.n;
	if (pt->many)
		return match_many(pt, s, loose);
	if (s->n < n || (pt->exact && s->n != n))
		return 0;
	for (uint32_t k = 0; k < n; k++)
		if (!word_matches(pt, k, s, k, loose))
			return 0;
	return 1;
}


/* {raw: "aws ** --endpoint-url*"}: words, whose program word is indexed
 * under the name the canonical argv gives it (git-push is git's). */
const char *compile_raw(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	const char *msg = compile_words(mem, p, items, n);
	if (!msg && p->prog)
		p->prog = canon_prog(p->prog);
	return msg;
}

/* The argv as it will run, argv[0] cut to its basename: built once per
 * command, in the judge's scratch memory. */
static struct subject *raw_view(struct subject *s)
{
	const struct cmd *c = s->c;
	struct subject *r = arena_alloc(s->mem, sizeof(*r));
	if (!r || !(r->w = arena_alloc(s->mem, (c->argc + 1) * sizeof(*r->w))) ||
	    !(r->fl = arena_alloc(s->mem, (c->argc + 1) * sizeof(*r->fl))))
		return NULL;
	for (size_t i = 0; i < c->argc; i++) {
		r->w[i] = c->argv[i];
		r->fl[i] = c->flags ? c->flags[i] : 0;
	}
	if (c->argc > 0) {
		const char *b = strrchr(c->argv[0], '/');
		if (b && b[1])
			r->w[0] = b + 1;
	}
	r->n = c->argc;
	return r;
}

int match_raw(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	if (!s->raw && !(s->raw = raw_view(s)))
		return -1;
	return match_words(pol, p, s->raw, loose);
}
