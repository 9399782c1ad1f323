/*
 * parse.h - a recursive-descent parser for bash 5.2 command lines.
 *
 * It reads one script (a -c string, an eval string, a script file) and
 * returns its complete commands one at a time, as bash does: bash parses and
 * runs a script command by command, so an alias defined by one command is in
 * force for the next.  The caller (the walker) runs parse_next() in a loop
 * and may change the alias table between calls.
 *
 * Ownership: the parser and every node it returns live in the arena given to
 * parser_new(); nothing is freed separately.  The input text must stay valid
 * while the parser is used.
 *
 * Errors: parse_next() returns NULL at the end of the input and also on an
 * error; parser_error() tells which.  After an error the parser must not be
 * used again.  Exceeding a limit (input size, depth, words, heredocs) is an
 * error whose message names the limit.  Running out of arena is an error.
 */
#ifndef GUARD_PARSE_H
#define GUARD_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"

/* Hard limits; exceeding one is a parse error, never a crash. */
#define PARSE_MAX_INPUT   (1024 * 1024) /* bytes of one script */
#define PARSE_MAX_DEPTH   200           /* nesting of commands, words and substitutions */
#define PARSE_MAX_WORDS   100000        /* words in one script */
#define PARSE_MAX_ALIAS_EXPANSIONS 1000 /* alias substitutions in one script */

/* Returns the value of alias name, or NULL if there is none.  Called only
 * for an unquoted word in command position when aliases are enabled. */
typedef const char *(*alias_lookup_fn)(void *ctx, const char *name);

struct parse_opts {
	bool extglob;          /* shopt -s extglob in force: @( ) !( ) etc. are word text */
	alias_lookup_fn alias; /* NULL: no alias expansion */
	void *alias_ctx;
};

typedef struct parser parser;

/* A parser over text[0..len).  Returns NULL if len exceeds PARSE_MAX_INPUT
 * or the arena is exhausted (the caller reports "input too large"). */
parser *parser_new(arena *a, const char *text, size_t len, const struct parse_opts *opts);

/* Options may change between commands (shopt -s extglob, alias definitions). */
void parser_set_opts(parser *p, const struct parse_opts *opts);

/* The next complete command (a list ended by a newline or the end of input),
 * or NULL at the end of the input or on error. */
struct node *parse_next(parser *p);

/* NULL if no error occurred; else a message like
 * "line 1: syntax error near unexpected token `)'" (arena string). */
const char *parser_error(const parser *p);

/* Parse a whole script at once (no alias expansion between commands).
 * Returns the commands joined by N_SEQ, or NULL for an empty script or an
 * error; *err is set to the message on error and to NULL otherwise. */
struct node *parse_all(arena *a, const char *text, size_t len,
		       const struct parse_opts *opts, const char **err);

#endif
