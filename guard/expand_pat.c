/*
 * expand_pat.c - bash patterns applied to known strings: see expand_int.h.
 *
 * Patterns here are what the parameter operators see after expansion:
 * '*', '?', bracket expressions ([abc] [a-z] [!x] [^x] [[:alpha:]]) and
 * '\c' for a literal c (quoted operand text arrives escaped that way).
 * Matching is on bytes; callers only pass ASCII, where bytes are
 * characters in every locale, and ranges use byte order as bash's default
 * globasciiranges does.  Extglob groups are refused by the caller.
 *
 * Cost: one match is iterative with one backtrack point (the last '*'),
 * O(pattern * string) steps; searching tries O(string^2) substrings at
 * worst.  Every step is charged to x->budget; when it runs out the result
 * is "not known" rather than slow.
 */
#include <stdint.h>
#include <string.h>

#include "expand_int.h"

enum { NO = 0, YES = 1, UNKNOWN = -1 };

static bool charge(struct xp *x, size_t cost)
{
	x->budget -= (long)(cost < 1000000 ? cost : 1000000);
	return x->budget >= 0;
}

static bool class_member(const char *name, size_t n, int c, bool *known)
{
	static const struct {
		const char *name;
		const char *ranges; /* pairs of bytes lo, hi */
	} classes[] = {
		{ "alpha", "azAZ" }, { "digit", "09" }, { "alnum", "azAZ09" },
		{ "upper", "AZ" }, { "lower", "az" }, { "space", "\t\r  " },
		{ "blank", "\t\t  " }, { "xdigit", "09afAF" }, { "cntrl", "\x01\x1f\x7f\x7f" },
		{ "print", " ~" }, { "graph", "!~" }, { "ascii", "\x01\x7f" },
		{ "word", "azAZ09__" }, { "punct", "!/:@[`{~" },
	};
	for (size_t k = 0; k < sizeof(classes) / sizeof(classes[0]); k++) {
		if (strlen(classes[k].name) != n || memcmp(classes[k].name, name, n) != 0)
			continue;
		for (const char *r = classes[k].ranges; r[0]; r += 2)
			if (c >= (unsigned char)r[0] && c <= (unsigned char)r[1])
				return true;
		return false;
	}
	*known = false; /* bash rejects the class: not modelled */
	return false;
}

/* [:class:], [=c=] or [.c.] at p[k]: adds to *hit, returns the index after
 * it, or 0 if it is not one. */
static size_t bracket_class(const char *p, size_t n, size_t k, int c, bool *hit, bool *known)
{
	char kind = p[k + 1];
	size_t e = k + 2;
	while (e + 1 < n && !(p[e] == kind && p[e + 1] == ']'))
		e++;
	if (e + 1 >= n)
		return 0;
	if (kind == ':')
		*hit |= class_member(p + k + 2, e - k - 2, c, known);
	else if (e - k - 2 == 1)
		*hit |= (unsigned char)p[k + 2] == c;
	else
		*known = false; /* collating names */
	return e + 2;
}

/* The bracket expression at p[i] == '[' against c.  *end is the index after
 * its ']', or 0 if there is none (the '[' is then an ordinary character). */
static bool bracket(const char *p, size_t n, size_t i, int c, size_t *end, bool *known)
{
	size_t k = i + 1;
	bool neg = false, hit = false;
	if (k < n && (p[k] == '!' || p[k] == '^')) {
		neg = true;
		k++;
	}
	for (bool first = true;; first = false) {
		if (k >= n) {
			*end = 0;
			return false;
		}
		int lo = (unsigned char)p[k];
		if (lo == ']' && !first)
			break;
		if (lo == '[' && k + 1 < n && p[k + 1] && strchr(":=.", p[k + 1])) {
			size_t after = bracket_class(p, n, k, c, &hit, known);
			if (after) {
				k = after;
				continue;
			}
		}
		if (lo == '\\' && k + 1 < n)
			lo = (unsigned char)p[++k];
		k++;
		if (k + 1 < n && p[k] == '-' && p[k + 1] != ']') {
			int hi = (unsigned char)p[k + 1];
			k += 2;
			if (hi == '\\' && k < n)
				hi = (unsigned char)p[k++];
			hit |= lo <= c && c <= hi;
			continue;
		}
		hit |= lo == c;
	}
	*end = k + 1;
	return hit != neg;
}

/* One pattern element at p[*pi] (not '*') against c; advances *pi. */
static bool element(const char *p, size_t n, size_t *pi, int c, bool *known)
{
	size_t i = *pi;
	int pc = (unsigned char)p[i];
	if (pc == '?') {
		*pi = i + 1;
		return true;
	}
	if (pc == '\\' && i + 1 < n) {
		*pi = i + 2;
		return (unsigned char)p[i + 1] == c;
	}
	if (pc == '[') {
		size_t end;
		bool hit = bracket(p, n, i, c, &end, known);
		if (end) {
			*pi = end;
			return hit;
		}
	}
	*pi = i + 1;
	return pc == c;
}

/* Does p match all of s? */
static int match(struct xp *x, const char *p, size_t pn, const char *s, size_t sn)
{
	size_t pi = 0, si = 0, star_p = SIZE_MAX, star_s = 0;
	bool known = true;
	while (si < sn) {
		if (!charge(x, 1))
			return UNKNOWN;
		if (pi < pn && p[pi] == '*') {
			while (pi < pn && p[pi] == '*')
				pi++;
			star_p = pi;
			star_s = si;
			continue;
		}
		size_t np = pi;
		if (pi < pn && element(p, pn, &np, (unsigned char)s[si], &known)) {
			if (!charge(x, np - pi))
				return UNKNOWN;
			pi = np;
			si++;
			continue;
		}
		if (star_p == SIZE_MAX)
			return known ? NO : UNKNOWN;
		pi = star_p;
		si = ++star_s;
	}
	while (pi < pn && p[pi] == '*')
		pi++;
	return !known ? UNKNOWN : pi == pn ? YES : NO;
}

/* The number of bytes every match of p has, or -1 if p holds a '*'. */
static long fixed_len(const char *p, size_t pn)
{
	long n = 0;
	bool known = true;
	for (size_t i = 0; i < pn; n++) {
		if (p[i] == '*')
			return -1;
		element(p, pn, &i, 0, &known);
	}
	return n;
}

/* Can a match of p begin with c?  A cheap filter before trying lengths. */
static bool may_start(const char *p, size_t pn, int c)
{
	bool known = true;
	size_t i = 0;
	return pn == 0 || p[0] == '*' || element(p, pn, &i, c, &known) || !known;
}

static bool unknown(struct xp *x)
{
	x->dyn = true;
	return false;
}

bool pat_trim(struct xp *x, const char *op, const char *v, size_t vn,
	      const char *p, size_t pn, size_t *from, size_t *to)
{
	bool longest = op[1] != '\0', prefix = op[0] == '#';
	long fl = fixed_len(p, pn);
	*from = 0;
	*to = vn;
	for (size_t k = 0; k <= vn; k++) {
		size_t l = longest ? vn - k : k; /* length of the part removed */
		if (fl >= 0 && (size_t)fl != l)
			continue;
		int m = prefix ? match(x, p, pn, v, l) : match(x, p, pn, v + vn - l, l);
		if (m == UNKNOWN)
			return unknown(x);
		if (m == YES) {
			if (prefix)
				*from = l;
			else
				*to = vn - l;
			break;
		}
	}
	return true;
}

struct out {
	char *buf;
	size_t len, cap;
};

static bool out_put(struct xp *x, struct out *o, const char *s, size_t n)
{
	if (n > EXPAND_MAX_LEN - o->len) {
		xp_fail(x, "expanded word too long");
		return false;
	}
	if (o->len + n > o->cap) {
		size_t cap = (o->len + n) * 2 < EXPAND_MAX_LEN ? (o->len + n) * 2 : EXPAND_MAX_LEN;
		char *nb = arena_alloc(x->a, cap + 1);
		if (!nb) {
			xp_fail(x, "out of memory");
			return false;
		}
		if (o->len)
			memcpy(nb, o->buf, o->len);
		o->buf = nb;
		o->cap = cap;
	}
	if (n)
		memcpy(o->buf + o->len, s, n);
	o->len += n;
	return true;
}

/* The longest match starting at the first possible position >= from:
 * YES with [*ms, *me), NO, or UNKNOWN. */
static int find(struct xp *x, const char *p, size_t pn, const char *v, size_t vn,
		size_t from, size_t *ms, size_t *me)
{
	long fl = fixed_len(p, pn);
	for (size_t s = from; s <= vn; s++) {
		if (!charge(x, 1))
			return UNKNOWN;
		if (s < vn && !may_start(p, pn, (unsigned char)v[s]))
			continue;
		/* without a '*' only one length can match */
		size_t lo = fl >= 0 ? s + (size_t)fl : s;
		size_t hi = fl >= 0 ? lo : vn;
		for (size_t e = hi + 1; e-- > lo && e <= vn;) {
			int m = match(x, p, pn, v + s, e - s);
			if (m != NO) {
				*ms = s;
				*me = e;
				return m;
			}
		}
	}
	return NO;
}

/* ${v/p/r} ${v//p/r}: bash's pat_subst for MATCH_ANY. */
static bool subst_any(struct xp *x, bool global, const char *v, size_t vn, const char *p,
		      size_t pn, const char *r, size_t rn, struct out *o)
{
	size_t pos = 0;
	while (pos < vn) {
		size_t s, e;
		int m = find(x, p, pn, v, vn, pos, &s, &e);
		if (m == UNKNOWN)
			return unknown(x);
		if (m == NO)
			break;
		if (!out_put(x, o, v + pos, s - pos) || !out_put(x, o, r, rn))
			return false;
		if (e == s && e < vn && !out_put(x, o, v + e++, 1))
			return false; /* an empty match: step over one byte */
		pos = e;
		if (!global)
			break;
	}
	return out_put(x, o, v + pos, vn - pos);
}

/* ${v/#p/r} ${v/%p/r}: the longest match at the start or the end. */
static bool subst_anchored(struct xp *x, bool at_start, const char *v, size_t vn,
			   const char *p, size_t pn, const char *r, size_t rn, struct out *o)
{
	for (size_t k = 0; k <= vn; k++) {
		size_t l = vn - k; /* length of the match */
		int m = at_start ? match(x, p, pn, v, l) : match(x, p, pn, v + k, l);
		if (m == UNKNOWN)
			return unknown(x);
		if (m == NO)
			continue;
		if (at_start)
			return out_put(x, o, r, rn) && out_put(x, o, v + l, vn - l);
		return out_put(x, o, v, k) && out_put(x, o, r, rn);
	}
	return out_put(x, o, v, vn);
}

bool pat_subst(struct xp *x, const char *op, const char *v, size_t vn, const char *p,
	       size_t pn, const char *r, size_t rn, char **res, size_t *resn)
{
	struct out o = { NULL, 0, 0 };
	bool ok;
	if (pn == 0 && op[1] == '#') /* an empty pattern prefixes */
		ok = out_put(x, &o, r, rn) && out_put(x, &o, v, vn);
	else if (pn == 0 && op[1] == '%') /* or appends */
		ok = out_put(x, &o, v, vn) && out_put(x, &o, r, rn);
	else if (pn == 0)
		ok = out_put(x, &o, v, vn);
	else if (vn == 0) { /* an empty value is replaced if the pattern matches it */
		int m = match(x, p, pn, v, 0);
		ok = m != UNKNOWN ? m == NO || out_put(x, &o, r, rn) : unknown(x);
	} else if (op[1] == '#' || op[1] == '%')
		ok = subst_anchored(x, op[1] == '#', v, vn, p, pn, r, rn, &o);
	else
		ok = subst_any(x, op[1] == '/', v, vn, p, pn, r, rn, &o);
	if (!ok || !out_put(x, &o, "", 0))
		return false;
	if (!o.buf && !(o.buf = arena_alloc(x->a, 1))) {
		xp_fail(x, "out of memory");
		return false;
	}
	o.buf[o.len] = '\0';
	*res = o.buf;
	*resn = o.len;
	return true;
}

bool pat_case(struct xp *x, const char *op, const char *v, size_t vn, const char *p,
	      size_t pn, char **res)
{
	char *o = arena_strndup(x->a, v, vn);
	if (!o) {
		xp_fail(x, "out of memory");
		return false;
	}
	bool upper = op[0] == '^', all = op[1] != '\0';
	for (size_t i = 0; i < vn && (all || i == 0); i++) {
		int c = (unsigned char)o[i];
		int m = p ? match(x, p, pn, &o[i], 1) : YES;
		if (m == UNKNOWN)
			return unknown(x);
		if (m == NO)
			continue;
		if (upper && c >= 'a' && c <= 'z')
			o[i] = (char)(c - 'a' + 'A');
		else if (!upper && c >= 'A' && c <= 'Z')
			o[i] = (char)(c - 'A' + 'a');
	}
	*res = o;
	return true;
}

bool pat_extglob(const char *p, size_t n)
{
	int prev = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\\') {
			i++;
			prev = 0;
			continue;
		}
		if (p[i] == '(' && prev && strchr("?*+@!", prev))
			return true;
		prev = (unsigned char)p[i];
	}
	return false;
}
