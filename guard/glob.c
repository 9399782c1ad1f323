/* glob.c - see glob.h. */
#include "glob.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

struct cclass {
	const char *name;
	int (*is)(int);
};

static const struct cclass classes[] = {
	{"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank},
	{"cntrl", iscntrl}, {"digit", isdigit}, {"graph", isgraph},
	{"lower", islower}, {"print", isprint}, {"punct", ispunct},
	{"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
};

/* The class "[:name:]" starting at p, or NULL when p does not start a
 * terminated class; *len is its length and *known whether the name is one
 * of ours. */
static const struct cclass *cclass_at(const char *p, size_t *len, bool *known)
{
	size_t n = 0;
	if (p[0] != '[' || p[1] != ':')
		return NULL;
	/* Names are short lowercase words; looking no further keeps a
	 * pattern like "[[:[:[:..." linear. */
	while (n < 8 && p[2 + n] >= 'a' && p[2 + n] <= 'z')
		n++;
	if (p[2 + n] != ':' || p[3 + n] != ']')
		return NULL;
	*len = n + 4;
	*known = false;
	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		if (strlen(classes[i].name) == n && !memcmp(classes[i].name, p + 2, n)) {
			*known = true;
			return &classes[i];
		}
	}
	return &classes[0]; /* unknown: the caller checks *known */
}

/* One set member (a byte, an escaped byte) at p: its value and length.
 * Returns -1 at a backslash that ends the pattern. */
static int member(const char *p, size_t *len)
{
	if (p[0] == '\\') {
		if (!p[1])
			return -1;
		*len = 2;
		return (unsigned char)p[1];
	}
	*len = 1;
	return (unsigned char)p[0];
}

/* Scan the bracket expression at p (p[0] == '[').  Returns its length, or
 * 0 when it is not terminated.  When c >= 0, *hit tells whether byte c is
 * in the set.  *err (if not NULL) gets the first problem and *erroff its
 * offset. */
static size_t bracket(const char *p, int c, bool *hit, const char **err, size_t *erroff)
{
	size_t i = 1;
	bool neg = p[i] == '!' || p[i] == '^', in = false;
	if (neg)
		i++;
	for (bool first = true; p[i] != ']' || first; first = false) {
		size_t n;
		bool known;
		if (!p[i])
			return 0;
		const struct cclass *cc = cclass_at(p + i, &n, &known);
		if (cc) {
			if (!known && err && !*err) {
				*err = "unknown character class";
				*erroff = i;
			}
			if (known && c >= 0 && cc->is(c))
				in = true;
			i += n;
			continue;
		}
		int lo = member(p + i, &n), hi;
		if (lo < 0)
			return 0;
		i += n;
		hi = lo;
		if (p[i] == '-' && p[i + 1] && p[i + 1] != ']') {
			size_t at = i;
			hi = member(p + i + 1, &n);
			if (hi < 0)
				return 0;
			i += 1 + n;
			if (hi < lo && err && !*err) {
				*err = "reversed range in [...]";
				*erroff = at;
			}
		}
		if (c >= lo && c <= hi)
			in = true;
	}
	if (hit)
		*hit = in != neg;
	return i + 1;
}

/* Does the pattern element at pat (not '*', not NUL) match byte c?
 * *len is the element's length in the pattern. */
static bool element(const char *pat, unsigned char c, size_t *len)
{
	bool hit;
	*len = 1;
	switch (pat[0]) {
	case '?':
		return true;
	case '[':
		if ((*len = bracket(pat, c, &hit, NULL, NULL)) != 0)
			return hit;
		*len = 1;
		return c == '[';
	case '\\':
		if (pat[1]) {
			*len = 2;
			return c == (unsigned char)pat[1];
		}
		return c == '\\';
	default:
		return c == (unsigned char)pat[0];
	}
}

/*
 * The classic iterative algorithm: on a mismatch, go back to just after
 * the last '*' and let that star eat one more byte.  Going back to an
 * earlier star is never needed, since the last star can absorb whatever an
 * earlier one would have; so each byte of s is retried at most once per
 * pattern position.
 */
bool glob_match(const char *pat, const char *s)
{
	const char *star = NULL, *resume = NULL;

	while (*s) {
		size_t len;
		if (*pat == '*') {
			while (*pat == '*')
				pat++;
			if (!*pat)
				return true;
			star = pat;
			resume = s;
			continue;
		}
		if (*pat && element(pat, (unsigned char)*s, &len)) {
			pat += len;
			s++;
			continue;
		}
		if (!star)
			return false;
		pat = star;
		s = ++resume;
	}
	while (*pat == '*')
		pat++;
	return !*pat;
}

/* ---- overlap of two globs --------------------------------------------- */

/* One element of a glob: '*', or the set of bytes it matches. */
struct elem {
	bool star;
	uint64_t set[4];
};

static void set_add(struct elem *e, unsigned c)
{
	e->set[c >> 6] |= (uint64_t)1 << (c & 63);
}

static bool set_has(const struct elem *e, unsigned c)
{
	return e->set[c >> 6] >> (c & 63) & 1;
}

/* The elements of pat, at most max; -1 when there are more. */
static int elements(const char *pat, struct elem *v, int max, bool fold)
{
	int n = 0;
	while (*pat) {
		size_t len = 1;
		if (n == max)
			return -1;
		memset(&v[n], 0, sizeof(v[n]));
		if (*pat == '*') {
			v[n++].star = true;
			pat++;
			continue;
		}
		if (*pat == '?') {
			memset(v[n].set, 0xff, sizeof(v[n].set));
		} else if (*pat == '[' && bracket(pat, -1, NULL, NULL, NULL)) {
			for (unsigned c = 0; c < 256; c++)      /* ask the set for each byte */
				if (element(pat, (unsigned char)c, &len))
					set_add(&v[n], c);
		} else {
			len = pat[0] == '\\' && pat[1] ? 2 : 1;
			set_add(&v[n], (unsigned char)pat[len - 1]);
		}
		for (unsigned c = 'a'; fold && c <= 'z'; c++) {
			unsigned up = c - 'a' + 'A';
			if (set_has(&v[n], c) || set_has(&v[n], up)) {
				set_add(&v[n], c);
				set_add(&v[n], up);
			}
		}
		pat += len;
		n++;
	}
	return n;
}

static bool meet(const struct elem *x, const struct elem *y)
{
	return (x->set[0] & y->set[0]) | (x->set[1] & y->set[1]) |
	       (x->set[2] & y->set[2]) | (x->set[3] & y->set[3]);
}

static bool nonempty(const struct elem *x)
{
	return x->set[0] | x->set[1] | x->set[2] | x->set[3];
}

/*
 * Reachability in the product of the two globs, row by row: state (i, j)
 * means a[0..i) and b[0..j) can match the same prefix.  Every move goes to
 * a later column or to the next row, so one pass in order is enough.
 */
bool glob_overlap(const char *a, const char *b, bool fold)
{
	static _Thread_local struct elem ea[GLOB_OVERLAP_MAX], eb[GLOB_OVERLAP_MAX];
	bool row[GLOB_OVERLAP_MAX + 1], nxt[GLOB_OVERLAP_MAX + 1];
	int n = elements(a, ea, GLOB_OVERLAP_MAX, false), m = elements(b, eb, GLOB_OVERLAP_MAX, fold);
	if (n < 0 || m < 0)
		return true;
	memset(row, 0, sizeof(row));
	row[0] = true;
	for (int i = 0; i <= n; i++) {
		memset(nxt, 0, sizeof(nxt));
		for (int j = 0; j <= m; j++) {
			if (!row[j])
				continue;
			bool sa = i < n && ea[i].star, sb = j < m && eb[j].star;
			if (sa)
				nxt[j] = true;                  /* a's star matches nothing */
			if (sb || (sa && j < m && nonempty(&eb[j])))
				row[j + 1] = true;              /* b's star, or a's star eats b's byte */
			if (i < n && !sa && j < m && !sb)
				nxt[j + 1] |= meet(&ea[i], &eb[j]);
			else if (i < n && !sa && sb && nonempty(&ea[i]))
				nxt[j] = true;                  /* b's star eats a's byte */
		}
		if (i == n)
			return row[m];
		memcpy(row, nxt, sizeof(row));
	}
	return false;
}

const char *glob_check(const char *pat, size_t *off)
{
	for (size_t i = 0; pat[i]; i++) {
		if (pat[i] == '\\') {
			if (!pat[i + 1]) {
				*off = i;
				return "trailing backslash";
			}
			i++;
		} else if (pat[i] == '[') {
			const char *err = NULL;
			size_t erroff = 0, n = bracket(pat + i, -1, NULL, &err, &erroff);
			if (!n) {
				*off = i;
				return "unterminated [";
			}
			if (err) {
				*off = i + erroff;
				return err;
			}
			i += n - 1;
		}
	}
	return NULL;
}

bool glob_literal(const char *pat, char *out)
{
	for (const char *p = pat; *p; p++) {
		if (*p == '*' || *p == '?' || *p == '[')
			return false;
		if (*p == '\\' && p[1])
			p++;
	}
	if (out) {
		for (const char *p = pat; *p; p++) {
			if (*p == '\\' && p[1])
				p++;
			*out++ = *p;
		}
		*out = '\0';
	}
	return true;
}
