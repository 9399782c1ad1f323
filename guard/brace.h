/*
 * brace.h - bash brace expansion of one word, on its parts.
 *
 * Bash expands braces on the raw text of a word before anything else.
 * Here the word is already parsed: only the unquoted literal text
 * (PART_LIT) can hold the braces, commas and ".." that matter; every other
 * part (quotes, $x, $(...), ...) is an opaque unit that is carried along
 * into each result.  {a,b}, nested {a,{b,c}}d, sequences {1..3} {a..e}
 * {0..10..5} {01..10} and bash's quirks ({} and "{ }" stay, "${" is not a
 * brace, a group needs a comma or a valid sequence) follow bash 5.2.
 *
 * Ownership: results live in the arena; scratch memory is freed before
 * returning.  Costs are bounded: at most max_words results, max_len bytes
 * (literal bytes plus opaque parts) in one result, a nesting depth and a
 * scanning budget; exceeding one is an error, reported before the results
 * are built.
 */
#ifndef GUARD_BRACE_H
#define GUARD_BRACE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"

struct brace_word {
	struct part *parts;   /* LIT parts are new arena strings; others are copies */
	size_t nparts;
};

struct brace_words {
	struct brace_word *v;
	size_t n;
	bool changed;         /* some brace group was expanded */
};

enum {
	BRACE_OK = 0,
	BRACE_DYNAMIC = 1,    /* the result depends on something not modelled */
	BRACE_ERROR = -1,     /* a limit or the arena ran out; *err is set */
};

/* Expands the top-level parts of w.  When nothing expands, out holds one
 * word with w's own parts and changed is false. */
int brace_expand(arena *a, const struct word *w, size_t max_words, size_t max_len,
		 struct brace_words *out, const char **err);

/* True if brace expansion could change w (false also if w is NULL).  It
 * errs on the side of true when unsure. */
bool brace_would_expand(const struct word *w);

#endif
