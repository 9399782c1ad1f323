/*
 * expand_param.c - $name and ${...}: see expand_int.h.
 *
 * A parameter's value is known (set), known to be unset, or not known.
 * Operators are applied to known values only, following bash 5.2:
 *   ${x-w} ${x:-w} ${x=w} ${x:=w} ${x+w} ${x:+w} ${x?w} ${x:?w} ${#x}
 *   ${x#p} ${x##p} ${x%p} ${x%%p} ${x/p/r} ${x//p/r} ${x/#p/r} ${x/%p/r}
 *   ${x^p} ${x^^p} ${x,p} ${x,,p} ${x:off} ${x:off:len}
 * A value or pattern with non-ASCII bytes makes lengths, offsets and
 * patterns depend on the locale, so such results are not known.  So are
 * ${!x}, ${x[...]}, ${x@op}, $0, $? $$ $! $- $_, and the positional
 * parameters unless the caller knows them.
 *
 * Operands are expanded only when bash would expand them (${x:-w} when x
 * is null, ${x#p} when x is set and not empty, ...), for their side
 * effects; an operand that bash may or may not expand (${unknown:-${y:=1}})
 * has its assignments reported as unknown (forget_assigns).
 *
 * Unquoted $@ and $* are joined with IFS's first byte and split again, as
 * bash does ("a," "b" with IFS=, is three fields); with an empty IFS they
 * stay one field per parameter.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "expand_int.h"

enum pv { PV_UNSET, PV_SET, PV_DYN };

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static bool ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

static enum pv positional(struct xp *x, const char *name, const char **v)
{
	const struct expand_env *env = x->env;
	size_t k = 0;
	for (const char *p = name; *p; p++) {
		if (k > (SIZE_MAX - 9) / 10)
			return env && env->positional_known ? PV_UNSET : PV_DYN;
		k = k * 10 + (size_t)(*p - '0');
	}
	if (k == 0 || !env || !env->positional_known)
		return PV_DYN; /* $0 is the shell's name */
	if (k > env->npositional)
		return PV_UNSET;
	*v = env->positional && env->positional[k - 1] ? env->positional[k - 1] : "";
	return PV_SET;
}

/* The value of a parameter other than $@ and $*. */
static enum pv param_get(struct xp *x, const char *name, const char **v)
{
	*v = "";
	if (strcmp(name, "#") == 0) {
		if (!x->env || !x->env->positional_known)
			return PV_DYN;
		*v = arena_printf(x->a, "%zu", x->env->npositional);
		if (!*v) {
			xp_fail(x, "out of memory");
			*v = "";
		}
		return PV_SET;
	}
	if (all_digits(name))
		return positional(x, name, v);
	/* $? $$ $! $- $_ and anything that is not a name */
	if (!xp_identifier(name) || strcmp(name, "_") == 0)
		return PV_DYN;
	enum var_state st = xp_lookup(x, name, v);
	if (!*v)
		*v = "";
	switch (st) {
	case VAR_KNOWN:
		return PV_SET;
	case VAR_UNSET:
		/* an unset IFS (after `unset IFS`) expands to nothing, though
		 * splitting then uses the default; bash's initial IFS comes
		 * from the lookup as a known value */
		*v = "";
		return PV_UNSET;
	default:
		return PV_DYN;
	}
}

static void put_value(struct xp *x, struct sink *s, const char *v, size_t n, bool quoted)
{
	sink_add(x, s, v, n, quoted ? CH_QUOTED : CH_EXPANDED);
}

bool param_is_at(const struct param *pm)
{
	return pm && pm->name && strcmp(pm->name, "@") == 0 && !pm->op && !pm->length &&
	       !pm->indirect && !pm->subscript;
}

/* How $@ and $* come out: joined with sep (none if 0), or one field each. */
static bool list_join(struct xp *x, const struct sink *s, bool star, bool quoted,
		      size_t n, char *sep)
{
	*sep = ' ';
	if (s->mode == SINK_FIELDS && quoted && !star)
		return false; /* "$@": one field per parameter */
	if (s->mode != SINK_FIELDS && !star)
		return true; /* x=$@ and x="$@" join with a space */
	/* "$*", $* in a string, and unquoted $@ $* as fields: bash joins
	 * with IFS's first byte (and splits the result if unquoted); with
	 * an empty IFS unquoted ones stay apart */
	const char *ifs = xp_ifs(x);
	if (!ifs) {
		if (n > 1)
			x->dyn = true; /* the separator is not known */
		return true;
	}
	*sep = ifs[0];
	return s->mode != SINK_FIELDS || quoted || ifs[0] != '\0';
}

/* $@ $* "$@" "$*". */
static void positional_list(struct xp *x, struct sink *s, bool star, bool quoted)
{
	const struct expand_env *env = x->env;
	if (!env || !env->positional_known) {
		x->dyn = true;
		return;
	}
	size_t n = env->npositional;
	enum chunk kind = quoted ? CH_QUOTED : CH_EXPANDED;
	char sep;
	bool join = list_join(x, s, star, quoted, n, &sep);
	if (star && quoted)
		sink_add(x, s, "", 0, CH_QUOTED); /* "$*" is a field even if empty */
	for (size_t i = 0; i < n; i++) {
		const char *p = env->positional && env->positional[i] ? env->positional[i] : "";
		if (i && !join)
			sink_break(x, s);
		else if (i && sep)
			sink_add(x, s, &sep, 1, kind);
		sink_add(x, s, p, strlen(p), kind);
	}
}

/* ---- ${x-w} and friends -------------------------------------------------- */

enum { F_NONE, F_NAME, F_DOLLAR }; /* what the text so far ends with */

static bool name_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* Inside double quotes, bash drops the inner double quotes of the operand
 * of ${x-w} and the like before reading it: "${u:-"$v"x}" uses $vx and
 * "${u:-"$"v}" uses $v.  Would a name form across such a quote? */
static bool dq_merges(const struct part *p, size_t n, int *prev, int depth)
{
	for (size_t i = 0; p && i < n; i++) {
		const struct part *q = &p[i];
		if (q->kind == PART_DQUOTE) {
			if (depth >= EXPAND_MAX_DEPTH ||
			    dq_merges(q->parts, q->nparts, prev, depth + 1))
				return true;
			continue;
		}
		size_t l = q->kind == PART_LIT ? part_text_len(q) : 1;
		if (l == 0)
			continue;
		if (*prev == F_DOLLAR || (*prev == F_NAME && q->kind == PART_LIT &&
					  name_char((unsigned char)q->text[0])))
			return true;
		if (q->kind == PART_LIT)
			*prev = q->text[l - 1] == '$' ? F_DOLLAR : F_NONE;
		else
			*prev = q->kind == PART_PARAM && q->param && !q->param->braced &&
				xp_identifier(q->param->name) ? F_NAME : F_NONE;
	}
	return false;
}

/* False (and x->dyn) if a quoted operand is read differently by bash. */
static bool dq_operand_ok(struct xp *x, const struct word *w, bool quoted)
{
	int prev = F_NONE;
	if (!quoted || !w || !dq_merges(w->parts, w->nparts, &prev, 0))
		return true;
	forget_assigns(x, w);
	x->dyn = true;
	return false;
}

static void operand_into(struct xp *x, struct sink *s, const struct word *w, bool quoted)
{
	if (quoted)
		sink_add(x, s, "", 0, CH_QUOTED);
	if (w && w->parts && dq_operand_ok(x, w, quoted))
		expand_parts(x, s, w->parts, w->nparts, quoted ? CTX_DQUOTE : CTX_OPERAND, !quoted);
}

static void assign_default(struct xp *x, struct sink *s, const struct param *pm, bool quoted)
{
	size_t n;
	bool d;
	if (!dq_operand_ok(x, pm->arg, quoted)) {
		xp_assign(x, pm->name, NULL);
		return;
	}
	const char *v = expand_operand(x, pm->arg, SINK_STRING,
				       quoted ? CTX_DQUOTE : CTX_OPERAND, !quoted, &n, &d);
	if (!xp_identifier(pm->name)) {
		x->dyn = true; /* ${1:=w}: "cannot assign in this way" */
		return;
	}
	xp_assign(x, pm->name, d ? NULL : v);
	/* a new IFS in the middle of a word: splitting is not modelled */
	if (d || strcmp(pm->name, "IFS") == 0) {
		x->dyn = true;
		return;
	}
	put_value(x, s, v, n, quoted); /* the new value, split if unquoted */
}

static void op_default(struct xp *x, struct sink *s, const struct param *pm, enum pv st,
		       const char *v, bool quoted)
{
	bool colon = pm->op[0] == ':';
	char kind = pm->op[colon];
	if (st == PV_DYN) {
		forget_assigns(x, pm->arg);
		x->dyn = true;
		return;
	}
	bool null = st == PV_UNSET || (colon && !*v);
	if (kind == '+') {
		if (!null)
			operand_into(x, s, pm->arg, quoted);
		else if (quoted)
			sink_add(x, s, "", 0, CH_QUOTED);
	} else if (!null) {
		put_value(x, s, v, strlen(v), quoted);
	} else if (kind == '-') {
		operand_into(x, s, pm->arg, quoted);
	} else if (kind == '=') {
		assign_default(x, s, pm, quoted);
	} else {
		x->dyn = true; /* ${x?msg}: bash fails at run time */
	}
}

/* ---- patterns, substrings ------------------------------------------------ */

/* Not modelled: the value is not known, and whatever the expansion may
 * assign (${a[i++]}, ${a[0]:=w}, its operands) becomes unknown too. */
static void give_up(struct xp *x, const struct param *pm)
{
	forget_param(x, pm);
	x->dyn = true;
}

/* bash evaluates the operands of ${x#p} ${x/p/r} ${x^p} ${x:o:l} only when
 * x is set (and, for # and %, not empty); otherwise the result is empty.
 * False when the expansion is done with here. */
static bool operands_evaluated(struct xp *x, struct sink *s, const struct param *pm,
			       enum pv st, const char *v, bool quoted)
{
	if (st == PV_DYN) {
		give_up(x, pm);
		return false;
	}
	if (st == PV_UNSET || ((pm->op[0] == '#' || pm->op[0] == '%') && !*v)) {
		put_value(x, s, "", 0, quoted);
		return false;
	}
	return true;
}

/* The pattern operand; NULL when it is not known.  A leading '~' expands,
 * quotes or not, except after /# and /% (bash sees "#~" there). */
static const char *pattern(struct xp *x, const struct word *w, bool tilde, size_t *n)
{
	bool d;
	const char *p = expand_operand(x, w, SINK_PATTERN, CTX_OPERAND, tilde, n, &d);
	if (d || !ascii(p, *n) || pat_extglob(p, *n))
		return NULL;
	return p;
}

static void op_trim(struct xp *x, struct sink *s, const struct param *pm, enum pv st,
		    const char *v, bool quoted)
{
	size_t pn, from, to, vn = strlen(v);
	if (!operands_evaluated(x, s, pm, st, v, quoted))
		return;
	const char *p = pattern(x, pm->arg, true, &pn);
	if (!p || !ascii(v, vn)) {
		x->dyn = true;
		return;
	}
	if (pat_trim(x, pm->op, v, vn, p, pn, &from, &to))
		put_value(x, s, v + from, to - from, quoted);
}

static void op_subst(struct xp *x, struct sink *s, const struct param *pm, enum pv st,
		     const char *v, bool quoted)
{
	size_t pn, rn, vn = strlen(v), on;
	bool rd;
	if (!operands_evaluated(x, s, pm, st, v, quoted))
		return;
	const char *p = pattern(x, pm->arg, pm->op[1] != '#' && pm->op[1] != '%', &pn);
	const char *r = expand_operand(x, pm->arg2, SINK_REPL, CTX_OPERAND, true, &rn, &rd);
	char *o;
	if (!p || rd || !ascii(v, vn)) {
		x->dyn = true;
		return;
	}
	if (pat_subst(x, pm->op, v, vn, p, pn, r, rn, &o, &on))
		put_value(x, s, o, on, quoted);
}

/* Does the word hold quotes (so that an empty result is a quoted null)? */
static bool has_quotes(const struct word *w)
{
	for (size_t i = 0; w && w->parts && i < w->nparts; i++)
		if (w->parts[i].kind != PART_LIT && w->parts[i].kind != PART_PARAM &&
		    w->parts[i].kind != PART_ARITH)
			return true;
	return false;
}

static void op_case(struct xp *x, struct sink *s, const struct param *pm, enum pv st,
		    const char *v, bool quoted)
{
	size_t pn = 0, vn = strlen(v);
	const char *p = NULL;
	char *o;
	bool has_pat = pm->arg && pm->arg->parts && pm->arg->nparts;
	if (!operands_evaluated(x, s, pm, st, v, quoted))
		return;
	if (has_pat && !(p = pattern(x, pm->arg, true, &pn))) {
		x->dyn = true;
		return;
	}
	if (!ascii(v, vn)) {
		x->dyn = true;
		return;
	}
	if (has_pat && pn == 0 && has_quotes(pm->arg))
		put_value(x, s, v, vn, quoted); /* ${x^^""}: a pattern matching nothing */
	else if (pat_case(x, pm->op, v, vn, pn ? p : NULL, pn, &o))
		put_value(x, s, o, vn, quoted);
}

/* An arithmetic operand of ${x:off:len}. */
static bool arith_operand(struct xp *x, const struct word *w, int64_t *v)
{
	size_t n;
	bool d;
	const char *t = expand_operand(x, w, SINK_STRING, CTX_ARITH, false, &n, &d);
	if (d) {
		x->dyn = true;
		return false;
	}
	return xp_arith(x, t, n, v);
}

static void op_substr(struct xp *x, struct sink *s, const struct param *pm, enum pv st,
		      const char *v, bool quoted)
{
	int64_t off = 0, cnt = 0, len = (int64_t)strlen(v);
	bool has_len = pm->arg2 != NULL;
	if (!operands_evaluated(x, s, pm, st, v, quoted))
		return;
	if (!pm->arg || !arith_operand(x, pm->arg, &off) || !ascii(v, (size_t)len)) {
		forget_assigns(x, pm->arg2);
		x->dyn = true;
		return;
	}
	if (off < 0)
		off += len; /* from the end */
	if (off < 0 || off > len) { /* bash does not look at the length then */
		put_value(x, s, "", 0, quoted);
		return;
	}
	if (has_len && !arith_operand(x, pm->arg2, &cnt))
		return;
	int64_t end = len;
	if (has_len && cnt < 0) {
		end = len + cnt;
		if (end < off) {
			x->dyn = true; /* "substring expression < 0": an error */
			return;
		}
	} else if (has_len && cnt < len - off) {
		end = off + cnt;
	}
	put_value(x, s, v + off, (size_t)(end - off), quoted);
}

/* ---- dispatch ------------------------------------------------------------ */

/* ${x@OP} with OP the single letter c. */
static bool transform_is(const struct param *pm, char c)
{
	const struct word *w = pm->arg;
	return w && w->nparts == 1 && w->parts[0].kind == PART_LIT &&
	       w->parts[0].len == 1 && w->parts[0].text[0] == c;
}

/* ${x@Q}: the value quoted for reuse as input, as bash 5.2 writes it for
 * printable text: '...' with each ' as '\''.  Other bytes make bash use
 * $'...', which is not modelled. */
static void op_quote(struct xp *x, struct sink *s, enum pv st, const char *v, bool quoted)
{
	if (st == PV_UNSET)
		return;
	size_t n = strlen(v), extra = 0;
	for (size_t i = 0; i < n; i++) {
		if ((unsigned char)v[i] < 0x20 || (unsigned char)v[i] >= 0x7f) {
			x->dyn = true;
			return;
		}
		extra += v[i] == '\'' ? 3 : 0;
	}
	char *o = arena_alloc(x->a, n + extra + 3);
	if (!o) {
		xp_fail(x, "out of memory");
		return;
	}
	size_t k = 0;
	o[k++] = '\'';
	for (size_t i = 0; i < n; i++) {
		if (v[i] == '\'') {
			memcpy(o + k, "'\\''", 4);
			k += 4;
		} else {
			o[k++] = v[i];
		}
	}
	o[k++] = '\'';
	put_value(x, s, o, k, quoted);
}

static bool op_in(const char *op, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(op, *set) == 0)
			return true;
	return false;
}

static void list_param(struct xp *x, struct sink *s, const struct param *pm, bool quoted)
{
	bool star = strcmp(pm->name, "*") == 0;
	if (pm->op) {
		give_up(x, pm); /* ${@/p/r} and such: per-parameter operators */
	} else if (pm->length) {
		if (!x->env || !x->env->positional_known) {
			x->dyn = true;
			return;
		}
		char buf[32];
		int n = snprintf(buf, sizeof(buf), "%zu", x->env->npositional);
		put_value(x, s, buf, (size_t)n, quoted);
	} else {
		positional_list(x, s, star, quoted);
	}
}

static void length(struct xp *x, struct sink *s, enum pv st, const char *v, bool quoted)
{
	if (st == PV_DYN || !v) {
		x->dyn = true;
		return;
	}
	size_t n = strlen(v);
	if (!ascii(v, n)) {
		x->dyn = true; /* characters, not bytes, in a UTF-8 locale */
		return;
	}
	char buf[32];
	int k = snprintf(buf, sizeof(buf), "%zu", n);
	put_value(x, s, buf, (size_t)k, quoted);
}

void expand_param(struct xp *x, struct sink *s, const struct param *pm, bool quoted)
{
	static const char *const defaults[] = { "-", ":-", "=", ":=", "+", ":+", "?", ":?", NULL };
	static const char *const trims[] = { "#", "##", "%", "%%", NULL };
	static const char *const substs[] = { "/", "//", "/#", "/%", NULL };
	static const char *const cases[] = { "^", "^^", ",", ",,", NULL };
	if (!pm || !pm->name) {
		x->dyn = true;
		return;
	}
	if (pm->bad || pm->indirect || pm->subscript || pm->subscript_word) {
		give_up(x, pm); /* bad substitution, ${!x}, arrays */
		return;
	}
	if (strcmp(pm->name, "@") == 0 || strcmp(pm->name, "*") == 0) {
		list_param(x, s, pm, quoted);
		return;
	}
	const char *v;
	enum pv st = param_get(x, pm->name, &v);
	const char *op = pm->op;
	if (pm->length && !op)
		length(x, s, st, v, quoted);
	else if (!op && st == PV_DYN)
		x->dyn = true;
	else if (!op)
		put_value(x, s, v, strlen(v), quoted);
	else if (op_in(op, defaults))
		op_default(x, s, pm, st, v, quoted);
	else if (op_in(op, trims))
		op_trim(x, s, pm, st, v, quoted);
	else if (op_in(op, substs))
		op_subst(x, s, pm, st, v, quoted);
	else if (op_in(op, cases))
		op_case(x, s, pm, st, v, quoted);
	else if (strcmp(op, ":") == 0)
		op_substr(x, s, pm, st, v, quoted);
	else if (strcmp(op, "@") == 0 && transform_is(pm, 'Q') && st != PV_DYN)
		op_quote(x, s, st, v, quoted);
	else
		give_up(x, pm); /* other ${x@op} and anything new */
}
