/*
 * arith.h - bash's integer arithmetic, on values known before run time.
 *
 * Evaluates the text of $((...)), $[...] or a ${x:offset:length} operand
 * after its $-expansions were done: 64-bit wrap-around integers, bash 5.2's
 * operators and precedence (, ?: || && | ^ & == != < <= > >= << >> + - * /
 * % ** ! ~ unary + -, parentheses), decimal, 0x hex, 0 octal and base#n
 * constants, and variables named in the text, whose values are evaluated
 * as expressions in turn.
 *
 * Anything that cannot be known gives ARITH_DYNAMIC: an unknown variable,
 * an array element, an assignment or ++/-- (run-time side effects), or an
 * expression bash would reject (division by zero, syntax error, recursion
 * too deep).  Before giving up on an assignment, every variable named in
 * that text is reported through forget(), as it may change when the
 * expression runs.
 *
 * Costs are bounded: nesting depth, variable recursion and a total token
 * budget shared by all the recursion.
 */
#ifndef GUARD_ARITH_H
#define GUARD_ARITH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "expand.h"

struct arith_env {
	/* Value of a variable; VAR_UNSET counts as 0. */
	enum var_state (*lookup)(void *ctx, const char *name, const char **value);
	/* The variable may be assigned when the expression runs; may be NULL. */
	void (*forget)(void *ctx, const char *name);
	void *ctx;
};

enum { ARITH_OK = 0, ARITH_DYNAMIC = 1 };

/* Evaluates s[0..len).  On ARITH_OK *out holds the value. */
int arith_eval(const char *s, size_t len, const struct arith_env *env, int64_t *out);

/* Reports every variable named in s[0..len) through env->forget: for an
 * expression whose text is only partly known. */
void arith_forget_names(const char *s, size_t len, const struct arith_env *env);

/* If s[0..len) holds an assignment or ++/--, reports every variable named
 * in it through env->forget and returns true: for a subscript or an
 * expression that may or may not be evaluated. */
bool arith_forget_assigned(const char *s, size_t len, const struct arith_env *env);

#endif
