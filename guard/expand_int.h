/*
 * expand_int.h - internal interface between the expander's files (not a
 * contract: expand.h is).
 *
 *   expand.c        the public API, the walk over a word's parts
 *   expand_sink.c   where text goes: field splitting, glob hints
 *   expand_tilde.c  tilde expansion
 *   expand_param.c  ${...}: values, operators, positional parameters
 *   expand_pat.c    bash patterns on known strings: # % / ^ , operators
 *
 * Text is produced into a sink.  Every piece of text carries where it came
 * from (enum chunk), which decides what the sink does with it: a command
 * word's sink splits unquoted expansion results on IFS and notes glob
 * characters; a pattern's sink backslash-escapes quoted text; a string
 * sink just concatenates.
 *
 * When something is not known, x->dyn is set and expansion goes on anyway
 * (for the side effects of ${x:=...} later in the word); the caller then
 * discards the text.  A hard failure (a limit, the arena) sets x->failed.
 */
#ifndef GUARD_EXPAND_INT_H
#define GUARD_EXPAND_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "expand.h"

#define EXPAND_MAX_DEPTH 256        /* nested ${...} operands and quotes */
#define EXPAND_BUDGET    20000000L  /* pattern matching steps per call */

/* Where a piece of text comes from. */
enum chunk {
	CH_QUOTED,   /* quoted text, or a value inside quotes: taken as is */
	CH_LITERAL,  /* unquoted literal text of the word: may glob, never split */
	CH_EXPANDED, /* result of an unquoted expansion: split on IFS, may glob */
};

/* How the parts around a piece of text quote it. */
enum ctx {
	CTX_WORD,    /* top level of a word */
	CTX_DQUOTE,  /* inside "...", a heredoc, or a quoted ${...} operand */
	CTX_OPERAND, /* operand of an unquoted ${x-w}: its literal text is split */
	CTX_ARITH,   /* an arithmetic expression: quotes other than "" fail */
};

enum sink_mode {
	SINK_FIELDS,  /* command word: fields, split, glob hints */
	SINK_STRING,  /* one string */
	SINK_PATTERN, /* one string; quoted pattern characters get a backslash */
	SINK_REPL,    /* one string; an unquoted & or \ makes it unknown */
};

struct sink {
	enum sink_mode mode;
	char *buf;          /* the field or string being built */
	size_t len, cap;
	bool started;       /* the current field exists even if empty */
	int dstate;         /* field splitting: what the last delimiter was */
	bool glob, lbrack;  /* glob hints of the current field */
	int prev;           /* previous unquoted byte, for extglob "@(" */
	struct field *v;    /* finished fields (SINK_FIELDS) */
	size_t n, vcap;
};

enum tilde_mode {
	TILDE_NONE,
	TILDE_LEAD,   /* only a '~' starting the text */
	TILDE_ASSIGN, /* also after the assignment's '=' and after ':' */
	TILDE_SINGLE, /* leading; after ':' or name= it is not known */
};

struct tilde {
	enum tilde_mode mode;
	bool has_eq;            /* the word looks like an assignment */
	size_t eq_part, eq_off; /* position right after its '=' */
};

struct xp {
	arena *a;
	const struct expand_env *env;
	const char *err;
	bool dyn;
	bool failed;
	int ifs_known;      /* -1 not looked up yet, 0 unknown, 1 known */
	const char *ifs;
	long budget;
	int depth;
};

/* expand.c */
void xp_fail(struct xp *x, const char *msg);
/* Length of a text part (a decoded NUL ends $'...'; NULL text is empty). */
size_t part_text_len(const struct part *p);
enum var_state xp_lookup(struct xp *x, const char *name, const char **value);
void xp_assign(struct xp *x, const char *name, const char *value);
/* IFS in force, or NULL when unknown. */
const char *xp_ifs(struct xp *x);
bool xp_identifier(const char *name);
/* Expands parts into s; leading_tilde: a '~' at the very start expands. */
void expand_parts(struct xp *x, struct sink *s, const struct part *p, size_t n,
		  enum ctx ctx, bool leading_tilde);
/* An operand word as one string (NUL-terminated, in the arena); tilde: a
 * leading '~' expands.  *dyn tells whether it is unknown; x->dyn is left
 * as it was. */
const char *expand_operand(struct xp *x, const struct word *w, enum sink_mode mode,
			   enum ctx ctx, bool tilde, size_t *len, bool *dyn);
/* Arithmetic on a known string; false (and x->dyn) if not known. */
bool xp_arith(struct xp *x, const char *s, size_t n, int64_t *v);
/* Variables a word may assign when it is not known whether it runs. */
void forget_assigns(struct xp *x, const struct word *w);
/* The same for one parameter expansion: its own := and its operands. */
void forget_param(struct xp *x, const struct param *pm);

/* expand_sink.c */
void sink_init(struct sink *s, enum sink_mode mode);
void sink_add(struct xp *x, struct sink *s, const char *t, size_t n, enum chunk kind);
/* A field boundary between positional parameters of $@. */
void sink_break(struct xp *x, struct sink *s);
/* The end of a word: its last field, if any, is finished. */
void sink_end(struct xp *x, struct sink *s);
/* The text built so far as an arena string. */
const char *sink_string(struct xp *x, struct sink *s, size_t *len);
/* Notes one unquoted byte for the glob hint of the current field. */
void sink_note_glob(struct sink *s, int c);

/* expand_tilde.c */
/* Does the word start like an assignment?  Then t->has_eq and where. */
bool tilde_assign_like(const struct part *p, size_t n, struct tilde *t);
/* Literal part p[i], with the tilde prefixes t allows expanded; prevc is
 * the byte before it (-1 if none or not literal). */
void tilde_lit(struct xp *x, struct sink *s, const struct part *p, size_t n, size_t i,
	       enum ctx ctx, const struct tilde *t, int prevc);

/* expand_param.c */
void expand_param(struct xp *x, struct sink *s, const struct param *pm, bool quoted);
/* True if the parameter is "$@" (what "$@" with no positionals drops). */
bool param_is_at(const struct param *pm);

/* expand_pat.c: false when the result is not known (x->dyn is set) or a
 * limit was hit (x->failed). */
/* ${v#p} ${v##p} ${v%p} ${v%%p}: the result is v[*from..*to). */
bool pat_trim(struct xp *x, const char *op, const char *v, size_t vn,
	      const char *p, size_t pn, size_t *from, size_t *to);
/* ${v/p/r} ${v//p/r} ${v/#p/r} ${v/%p/r}. */
bool pat_subst(struct xp *x, const char *op, const char *v, size_t vn, const char *p,
	       size_t pn, const char *r, size_t rn, char **out, size_t *outn);
/* ${v^p} ${v^^p} ${v,p} ${v,,p}; p NULL matches every character. */
bool pat_case(struct xp *x, const char *op, const char *v, size_t vn, const char *p,
	      size_t pn, char **out);
/* True if a pattern holds an unescaped extglob group such as @( or !(. */
bool pat_extglob(const char *p, size_t n);

#endif
