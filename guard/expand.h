/*
 * expand.h - static expansion of one word, as far as it can be known.
 *
 * Applies, in bash's order: brace expansion, tilde expansion, parameter
 * expansion of variables whose value is known, arithmetic on known
 * integers, field splitting on a known IFS, and quote removal ($'...'
 * already decoded by the parser).  Pathname expansion is NOT done: a field
 * with unquoted glob characters keeps them and is flagged FIELD_GLOB.
 *
 * A word whose value depends on anything not known before run time (a
 * command substitution, an unknown variable, $RANDOM, ...) yields exactly
 * one field flagged FIELD_DYNAMIC whose text is the word's source text.
 * The expander never guesses.
 *
 * The expander does not look inside command substitutions: the walker
 * walks those itself.
 *
 * Ownership: all results live in the arena.  Errors: functions return 0 on
 * success and -1 when the arena or a limit is exhausted (EXPAND_MAX_FIELDS);
 * *err then holds a message.
 */
#ifndef GUARD_EXPAND_H
#define GUARD_EXPAND_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"

#define EXPAND_MAX_FIELDS 131072 /* fields one word may expand to (bash takes echo {1..100000}) */
#define EXPAND_MAX_LEN    (1024 * 1024) /* bytes of one expanded field */

enum var_state {
	VAR_UNSET,   /* known to be unset */
	VAR_KNOWN,   /* known value in *value */
	VAR_UNKNOWN, /* set at run time to something we cannot know */
};

struct expand_env {
	/* Look a variable up by name ("HOME", "IFS", "x").  Positional and
	 * special parameters go through positional below or are unknown. */
	enum var_state (*lookup)(void *ctx, const char *name, const char **value);
	/* Record ${name:=word} / ${name=word} side effects; may be NULL.
	 * value NULL means the variable became unknown. */
	void (*assign)(void *ctx, const char *name, const char *value);
	void *ctx;
	/* Positional parameters $1..$N, "$@", "$*", $#; when !positional_known
	 * they are unknown (dynamic). */
	bool positional_known;
	const char **positional;
	size_t npositional;
};

enum {
	FIELD_DYNAMIC = 1u << 0, /* value not known statically; text is source */
	FIELD_GLOB = 1u << 1,    /* contains unquoted * ? [ or extglob: pathname expansion at run time */
};

struct field {
	const char *text;
	unsigned flags;
};

struct fields {
	struct field *v;
	size_t n;
};

/* Full expansion of a command word: may give zero fields ("$empty"), one,
 * or many (brace expansion, field splitting). */
int expand_word(arena *a, const struct word *w, const struct expand_env *env,
		struct fields *out, const char **err);

/* Expansion without brace expansion, field splitting or globbing, as for an
 * assignment value, a redirection target, a case subject or a here-string.
 * *out is the value, or the source text when *dynamic is set. */
int expand_word_single(arena *a, const struct word *w, const struct expand_env *env,
		       const char **out, bool *dynamic, const char **err);

/* Body of an unquoted heredoc (parts as inside double quotes). */
int expand_heredoc(arena *a, const struct word *body, const struct expand_env *env,
		   const char **out, bool *dynamic, const char **err);

/* True if the word is literal: no expansion of any kind (no $, backquote,
 * unquoted glob character, brace expansion or leading tilde). */
bool word_is_literal(const struct word *w);

#endif
