/*
 * arith.c - see arith.h.
 *
 * A recursive-descent evaluator shaped like bash's expr.c, so that
 * precedence, associativity and the corner cases match: ** binds tighter
 * than * but its operands are unary expressions (-2**2 is 4) and it is
 * right-associative; && || and ?: do not evaluate (nor fail on) the side
 * they skip; INT64_MIN / -1 is INT64_MIN; shift counts are taken modulo 64
 * as on the x86-64 machines bash runs on here.
 *
 * Signed overflow is undefined in C, so all wrapping arithmetic is done on
 * uint64_t and converted back.
 */
#include "arith.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define ARITH_MAX_DEPTH    100     /* parentheses, unary and ?: nesting */
#define ARITH_MAX_VARDEPTH 32      /* variables whose values are expressions */
#define ARITH_BUDGET       500000  /* tokens read in one evaluation */

enum tok { T_END, T_NUM, T_ID, T_OP, T_BAD };

struct ax {
	const struct arith_env *env;
	const char *s;
	size_t n, i;
	enum tok tok;
	int64_t num;         /* T_NUM */
	char op[4];          /* T_OP */
	const char *id;      /* T_ID: the name, id[0..idlen) */
	size_t idlen;
	bool array;          /* T_ID followed by '[' */
	bool prev_id;        /* the previous token was a name (for x++) */
	int depth, vdepth, noeval;
	long *budget;
	bool dyn;            /* failed: the result is not known */
};

static void set_dyn(struct ax *x)
{
	x->dyn = true;
}

static bool is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool is_alpha_(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_alnum_(int c)
{
	return is_alpha_(c) || (c >= '0' && c <= '9');
}

/* ---- constants ----------------------------------------------------------- */

static int digit_value(int c, int base)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + (base <= 36 ? 10 : 36);
	if (c == '@')
		return 62;
	if (c == '_')
		return 63;
	return -1;
}

/* bash's strlong: [0x|0]digits or base#digits; false on a bad constant. */
static bool strlong(const char *s, size_t n, int64_t *out)
{
	size_t i = 0;
	uint64_t base = 10, val = 0;
	bool foundbase = false;
	if (n > 0 && s[0] == '0') {
		i = 1;
		if (n == 1) {
			*out = 0;
			return true;
		}
		base = 8;
		if (s[1] == 'x' || s[1] == 'X') {
			base = 16;
			i = 2;
		}
		foundbase = true;
	}
	for (; i < n; i++) {
		int c = (unsigned char)s[i];
		if (c == '#') {
			if (foundbase || val < 2 || val > 64 || i + 1 >= n ||
			    digit_value((unsigned char)s[i + 1], 64) < 0)
				return false;
			base = val;
			val = 0;
			foundbase = true;
			continue;
		}
		int d = digit_value(c, (int)base);
		if (d < 0 || (uint64_t)d >= base)
			return false;
		val = val * base + (uint64_t)d;
	}
	*out = (int64_t)val;
	return true;
}

/* ---- tokens -------------------------------------------------------------- */

static const char *const ops[] = {
	"<<=", ">>=", "**=", "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
	"*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "++", "--",
	"+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "|", "^", "?", ":",
	",", "(", ")", NULL,
};

static bool is_assign_op(const char *op)
{
	size_t l = strlen(op);
	return op[l - 1] == '=' && strcmp(op, "==") != 0 && strcmp(op, "!=") != 0 &&
	       strcmp(op, "<=") != 0 && strcmp(op, ">=") != 0;
}

/* Is "++"/"--" at x->i an increment (of the name before or after it)? */
static bool is_incdec(const struct ax *x)
{
	if (x->prev_id)
		return true;
	size_t j = x->i + 2;
	while (j < x->n && is_blank((unsigned char)x->s[j]))
		j++;
	return j < x->n && is_alpha_((unsigned char)x->s[j]);
}

static void read_op(struct ax *x)
{
	for (size_t k = 0; ops[k]; k++) {
		size_t l = strlen(ops[k]);
		if (x->n - x->i < l || memcmp(x->s + x->i, ops[k], l) != 0)
			continue;
		/* "--1" is two minus signs unless a name is incremented */
		if ((strcmp(ops[k], "++") == 0 || strcmp(ops[k], "--") == 0) && !is_incdec(x))
			l = 1;
		memcpy(x->op, ops[k], l);
		x->op[l] = '\0';
		x->i += l;
		x->tok = T_OP;
		return;
	}
	x->tok = T_BAD;
	x->i++;
}

static void next(struct ax *x)
{
	bool was_id = x->tok == T_ID;
	if (--*x->budget < 0) {
		set_dyn(x);
		x->tok = T_END;
		return;
	}
	while (x->i < x->n && is_blank((unsigned char)x->s[x->i]))
		x->i++;
	x->prev_id = was_id;
	if (x->i >= x->n) {
		x->tok = T_END;
		return;
	}
	int c = (unsigned char)x->s[x->i];
	size_t st = x->i;
	if (c >= '0' && c <= '9') {
		while (x->i < x->n && (is_alnum_((unsigned char)x->s[x->i]) ||
				       x->s[x->i] == '#' || x->s[x->i] == '@'))
			x->i++;
		x->tok = strlong(x->s + st, x->i - st, &x->num) ? T_NUM : T_BAD;
	} else if (is_alpha_(c)) {
		while (x->i < x->n && is_alnum_((unsigned char)x->s[x->i]))
			x->i++;
		x->id = x->s + st;
		x->idlen = x->i - st;
		x->array = x->i < x->n && x->s[x->i] == '[';
		x->tok = T_ID;
	} else {
		read_op(x);
	}
}

static bool is_op(const struct ax *x, const char *op)
{
	return x->tok == T_OP && strcmp(x->op, op) == 0;
}

/* Any assignment in s[0..n)?  If so every name in it is forgotten. */
bool arith_forget_assigned(const char *s, size_t n, const struct arith_env *env)
{
	if (!s || !env)
		return false;
	long budget = (long)n + 2;
	struct ax x = { .env = env, .s = s, .n = n, .budget = &budget };
	bool assigns = false;
	for (next(&x); x.tok != T_END; next(&x))
		if (x.tok == T_OP && (is_assign_op(x.op) || strcmp(x.op, "++") == 0 ||
				      strcmp(x.op, "--") == 0))
			assigns = true;
	if (assigns)
		arith_forget_names(s, n, env);
	return assigns;
}

void arith_forget_names(const char *s, size_t len, const struct arith_env *env)
{
	if (!s || !env || !env->forget)
		return;
	long budget = (long)len + 2;
	struct ax x = { .env = env, .s = s, .n = len, .budget = &budget };
	for (next(&x); x.tok != T_END; next(&x)) {
		if (x.tok != T_ID)
			continue;
		char *name = strndup(x.id, x.idlen);
		if (name)
			env->forget(env->ctx, name);
		free(name);
	}
}

/* ---- evaluation ---------------------------------------------------------- */

static int64_t eval_text(const struct arith_env *env, const char *s, size_t n,
			 int vdepth, long *budget, bool *dyn);
static int64_t comma(struct ax *x);

static bool enter(struct ax *x)
{
	if (x->dyn || ++x->depth > ARITH_MAX_DEPTH) {
		set_dyn(x);
		return false;
	}
	return true;
}

static int64_t variable(struct ax *x)
{
	if (x->array) {
		set_dyn(x); /* array elements are not modelled */
		return 0;
	}
	if (x->noeval)
		return 0;
	const char *v = NULL;
	char *name = strndup(x->id, x->idlen);
	if (!name) {
		set_dyn(x);
		return 0;
	}
	enum var_state st = x->env->lookup(x->env->ctx, name, &v);
	free(name);
	if (st == VAR_UNSET || (st == VAR_KNOWN && (!v || !*v)))
		return 0;
	if (st != VAR_KNOWN || x->vdepth >= ARITH_MAX_VARDEPTH) {
		set_dyn(x);
		return 0;
	}
	return eval_text(x->env, v, strlen(v), x->vdepth + 1, x->budget, &x->dyn);
}

static int64_t primary(struct ax *x)
{
	int64_t v = 0;
	if (x->tok == T_NUM) {
		v = x->num;
	} else if (x->tok == T_ID) {
		v = variable(x);
	} else if (is_op(x, "(")) {
		next(x);
		v = comma(x);
		if (!is_op(x, ")"))
			set_dyn(x);
	} else {
		set_dyn(x);
	}
	next(x);
	return v;
}

static int64_t unary(struct ax *x)
{
	if (!enter(x))
		return 0;
	int64_t v;
	if (is_op(x, "!") || is_op(x, "~") || is_op(x, "-") || is_op(x, "+")) {
		char op = x->op[0];
		next(x);
		v = unary(x);
		if (op == '!')
			v = !v;
		else if (op == '~')
			v = ~v;
		else if (op == '-')
			v = (int64_t)(0 - (uint64_t)v);
	} else {
		v = primary(x);
	}
	x->depth--;
	return v;
}

static int64_t ipow(int64_t base, int64_t e)
{
	uint64_t r = 1, b = (uint64_t)base;
	for (; e; e >>= 1) {
		if (e & 1)
			r *= b;
		b *= b;
	}
	return (int64_t)r;
}

static int64_t power(struct ax *x)
{
	int64_t v = unary(x);
	if (!is_op(x, "**") || !enter(x))
		return v;
	next(x);
	int64_t e = power(x); /* right-associative */
	x->depth--;
	if (e < 0) {
		set_dyn(x); /* "exponent less than 0" */
		return 0;
	}
	return ipow(v, e);
}

struct binop {
	const char *op;
	int prec;
};

static const struct binop binops[] = {
	{ "||", 1 }, { "&&", 2 }, { "|", 3 }, { "^", 4 }, { "&", 5 },
	{ "==", 6 }, { "!=", 6 }, { "<", 7 }, { "<=", 7 }, { ">", 7 }, { ">=", 7 },
	{ "<<", 8 }, { ">>", 8 }, { "+", 9 }, { "-", 9 },
	{ "*", 10 }, { "/", 10 }, { "%", 10 }, { NULL, 0 },
};

static int binop_prec(const struct ax *x)
{
	for (size_t k = 0; x->tok == T_OP && binops[k].op; k++)
		if (strcmp(x->op, binops[k].op) == 0)
			return binops[k].prec;
	return 0;
}

static int64_t shift(int64_t a, int64_t b, bool left)
{
	unsigned s = (unsigned)((uint64_t)b & 63);
	if (left)
		return (int64_t)((uint64_t)a << s);
	return a < 0 ? ~(~a >> s) : a >> s;
}

static int64_t divide(struct ax *x, char op, int64_t a, int64_t b)
{
	if (b == 0) {
		if (!x->noeval)
			set_dyn(x); /* "division by 0" */
		return 0;
	}
	if (a == INT64_MIN && b == -1)
		return op == '/' ? INT64_MIN : 0;
	return op == '/' ? a / b : a % b;
}

static int64_t apply(struct ax *x, const char *op, int64_t a, int64_t b)
{
	uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
	switch (op[0]) {
	case '|': return op[1] ? (a || b) : (int64_t)(ua | ub);
	case '&': return op[1] ? (a && b) : (int64_t)(ua & ub);
	case '^': return (int64_t)(ua ^ ub);
	case '=': return a == b;
	case '!': return a != b;
	case '<': return op[1] == '<' ? shift(a, b, true) : op[1] ? a <= b : a < b;
	case '>': return op[1] == '>' ? shift(a, b, false) : op[1] ? a >= b : a > b;
	case '+': return (int64_t)(ua + ub);
	case '-': return (int64_t)(ua - ub);
	case '*': return (int64_t)(ua * ub);
	default: return divide(x, op[0], a, b);
	}
}

static int64_t binary(struct ax *x, int minprec)
{
	int64_t v = power(x);
	for (int p; !x->dyn && (p = binop_prec(x)) >= minprec;) {
		char op[4];
		memcpy(op, x->op, sizeof(op));
		/* && and || do not evaluate the side they skip */
		bool skip = (strcmp(op, "&&") == 0 && v == 0) ||
			    (strcmp(op, "||") == 0 && v != 0);
		next(x);
		x->noeval += skip;
		int64_t r = binary(x, p + 1);
		x->noeval -= skip;
		v = apply(x, op, v, r);
	}
	return v;
}

static int64_t cond(struct ax *x)
{
	int64_t c = binary(x, 1);
	if (!is_op(x, "?") || !enter(x))
		return c;
	next(x);
	if (x->tok == T_END || is_op(x, ":"))
		set_dyn(x);
	x->noeval += c == 0;
	int64_t a = comma(x);
	x->noeval -= c == 0;
	if (!is_op(x, ":"))
		set_dyn(x);
	next(x);
	x->noeval += c != 0;
	int64_t b = cond(x);
	x->noeval -= c != 0;
	x->depth--;
	return c ? a : b;
}

static int64_t comma(struct ax *x)
{
	if (!enter(x))
		return 0;
	int64_t v = cond(x);
	while (!x->dyn && is_op(x, ",")) {
		next(x);
		v = cond(x);
	}
	x->depth--;
	return v;
}

static int64_t eval_text(const struct arith_env *env, const char *s, size_t n,
			 int vdepth, long *budget, bool *dyn)
{
	if (arith_forget_assigned(s, n, env)) {
		*dyn = true;
		return 0;
	}
	struct ax x = { .env = env, .s = s, .n = n, .vdepth = vdepth, .budget = budget };
	next(&x);
	if (x.tok == T_END)
		return 0; /* an empty expression is 0 */
	int64_t v = comma(&x);
	if (x.tok != T_END)
		set_dyn(&x); /* syntax error */
	*dyn |= x.dyn;
	return v;
}

int arith_eval(const char *s, size_t len, const struct arith_env *env, int64_t *out)
{
	long budget = ARITH_BUDGET;
	bool dyn = false;
	*out = 0;
	if (!s || !env || !env->lookup)
		return ARITH_DYNAMIC;
	int64_t v = eval_text(env, s, len, 0, &budget, &dyn);
	if (dyn)
		return ARITH_DYNAMIC;
	*out = v;
	return ARITH_OK;
}
