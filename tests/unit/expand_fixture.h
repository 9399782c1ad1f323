/*
 * expand_fixture.h - what the expander's unit tests share: a variable
 * table behind an expand_env, constructors for hand-built words
 * (lit(), sq(), DQ(...), var(), op() ...) and the rendering of results as
 * "<field><field>", a field prefixed with G when flagged FIELD_GLOB and
 * with D when FIELD_DYNAMIC; "ERR" for -1.
 *
 * Words are built by hand so that the tests do not depend on the parser.
 * Each test file includes this once; everything is static.
 */
#ifndef GUARD_TEST_EXPAND_FIXTURE_H
#define GUARD_TEST_EXPAND_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "ast.h"
#include "expand.h"
#include "parse.h"

static arena *A;

/* ---- a variable table behind the expand_env ------------------------------ */

struct tvar {
	const char *name;
	enum var_state st;
	const char *val;
};

static struct tvar tv[512];
static size_t ntv;

static inline void put_var(const char *name, enum var_state st, const char *val)
{
	assert_true(ntv < sizeof(tv) / sizeof(tv[0]));
	tv[ntv++] = (struct tvar){ name, st, val };
}

static inline void set_var(const char *name, const char *val)
{
	put_var(name, VAR_KNOWN, val);
}

static inline void unknown_var(const char *name)
{
	put_var(name, VAR_UNKNOWN, NULL);
}

static inline enum var_state lookup(void *ctx, const char *name, const char **value)
{
	(void)ctx;
	for (size_t i = ntv; i-- > 0;)
		if (strcmp(tv[i].name, name) == 0) {
			*value = tv[i].val;
			return tv[i].st;
		}
	/* as vars.c: bash starts with IFS set to space, tab, newline */
	if (strcmp(name, "IFS") == 0) {
		*value = " \t\n";
		return VAR_KNOWN;
	}
	return VAR_UNSET;
}

static inline void assign(void *ctx, const char *name, const char *value)
{
	(void)ctx;
	put_var(name, value ? VAR_KNOWN : VAR_UNKNOWN, value);
}

/* What the table says now: "unset", "unknown" or the value. */
static inline const char *var_now(const char *name)
{
	const char *v = NULL;
	enum var_state st = lookup(NULL, name, &v);
	return st == VAR_UNSET ? "unset" : st == VAR_UNKNOWN ? "unknown" : v;
}

static struct expand_env ENV;

static inline void positional(size_t n, ...)
{
	static const char *pos[32];
	va_list ap;
	va_start(ap, n);
	for (size_t i = 0; i < n; i++)
		pos[i] = va_arg(ap, const char *);
	va_end(ap);
	ENV.positional_known = true;
	ENV.positional = pos;
	ENV.npositional = n;
}

static inline int setup(void **state)
{
	(void)state;
	A = arena_new(512u * 1024 * 1024);
	ntv = 0;
	ENV = (struct expand_env){ .lookup = lookup, .assign = assign };
	set_var("HOME", "/h");
	return A ? 0 : -1;
}

static inline int teardown(void **state)
{
	(void)state;
	arena_free(A);
	return 0;
}

/* ---- building words ------------------------------------------------------ */

static inline struct part text_part(enum part_kind k, const char *s)
{
	return (struct part){ .kind = k, .text = s, .len = strlen(s) };
}

static inline struct part lit(const char *s) { return text_part(PART_LIT, s); }
static inline struct part esc(const char *s) { return text_part(PART_ESCAPED, s); }
static inline struct part sq(const char *s) { return text_part(PART_SQUOTE, s); }

static inline struct part ansic(const char *s, size_t len)
{
	return (struct part){ .kind = PART_ANSIC, .text = s, .len = len };
}

static inline struct part *copy_parts(const struct part *p, size_t n)
{
	struct part *q = arena_alloc(A, (n ? n : 1) * sizeof(*q));
	assert_non_null(q);
	memcpy(q, p, n * sizeof(*q));
	return q;
}

static inline struct part dq_(const struct part *p, size_t n)
{
	return (struct part){ .kind = PART_DQUOTE, .parts = copy_parts(p, n), .nparts = n };
}

static inline struct word *word_(const struct part *p, size_t n, const char *src)
{
	struct word *w = arena_alloc(A, sizeof(*w));
	assert_non_null(w);
	*w = (struct word){ .parts = copy_parts(p, n), .nparts = n, .src = src };
	return w;
}

#define NPARTS(...) (sizeof((const struct part[]){ __VA_ARGS__ }) / sizeof(struct part))
#define DQ(...) dq_((const struct part[]){ __VA_ARGS__ }, NPARTS(__VA_ARGS__))
#define WS(src, ...) word_((const struct part[]){ __VA_ARGS__ }, NPARTS(__VA_ARGS__), src)
#define W(...) WS("SRC", __VA_ARGS__)

static inline struct part dq0(void)
{
	return (struct part){ .kind = PART_DQUOTE };
}

static inline struct word *w0(void)
{
	struct word *w = arena_alloc(A, sizeof(*w));
	w->src = "";
	return w;
}

static inline struct param *new_param(const char *name, bool braced)
{
	struct param *pm = arena_alloc(A, sizeof(*pm));
	assert_non_null(pm);
	pm->name = name;
	pm->braced = braced;
	return pm;
}

static inline struct part param_part(struct param *pm)
{
	return (struct part){ .kind = PART_PARAM, .param = pm };
}

/* $name */
static inline struct part var(const char *name) { return param_part(new_param(name, false)); }
/* ${name} */
static inline struct part bvar(const char *name) { return param_part(new_param(name, true)); }

/* ${name<op>arg} or ${name/arg/arg2}, ${name:arg:arg2} */
static inline struct part op2(const char *name, const char *op, struct word *arg,
			      struct word *arg2)
{
	struct param *pm = new_param(name, true);
	pm->op = op;
	pm->arg = arg;
	pm->arg2 = arg2;
	return param_part(pm);
}

static inline struct part op(const char *name, const char *o, struct word *arg)
{
	return op2(name, o, arg, NULL);
}

/* ${#name} */
static inline struct part len(const char *name)
{
	struct param *pm = new_param(name, true);
	pm->length = true;
	return param_part(pm);
}

static inline struct part cmdsub(void) { return (struct part){ .kind = PART_CMDSUB }; }
static inline struct part procsub(void) { return (struct part){ .kind = PART_PROCSUB, .op = '<' }; }

static inline struct part arith(struct word *expr)
{
	return (struct part){ .kind = PART_ARITH, .expr = expr };
}

/* $((text)) with the expression all literal */
static inline struct part ar(const char *text)
{
	return arith(W(lit(text)));
}

/* A word of one literal part, for operands */
static inline struct word *P(const char *s)
{
	return W(lit(s));
}

/* ---- rendering ----------------------------------------------------------- */

static char out[1 << 20];

static inline const char *fields_of(const struct word *w)
{
	struct fields f;
	const char *err = NULL;
	if (expand_word(A, w, &ENV, &f, &err) < 0) {
		assert_non_null(err);
		return "ERR";
	}
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < f.n; i++) {
		assert_non_null(f.v[i].text);
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%s<%s>",
				      f.v[i].flags & FIELD_DYNAMIC ? "D" : "",
				      f.v[i].flags & FIELD_GLOB ? "G" : "", f.v[i].text);
		assert_true(n < sizeof(out));
	}
	return out;
}

static inline const char *single_of(const struct word *w)
{
	const char *v = NULL, *err = NULL;
	bool dyn = true;
	if (expand_word_single(A, w, &ENV, &v, &dyn, &err) < 0) {
		assert_non_null(err);
		return "ERR";
	}
	assert_non_null(v);
	snprintf(out, sizeof(out), "%s<%s>", dyn ? "D" : "", v);
	return out;
}

static inline const char *heredoc_of(const struct word *w)
{
	const char *v = NULL, *err = NULL;
	bool dyn = true;
	if (expand_heredoc(A, w, &ENV, &v, &dyn, &err) < 0)
		return "ERR";
	snprintf(out, sizeof(out), "%s<%s>", dyn ? "D" : "", v);
	return out;
}

#define EXPECT(w, want) assert_string_equal(fields_of(w), want)
#define EXPECT1(w, want) assert_string_equal(single_of(w), want)

#endif
