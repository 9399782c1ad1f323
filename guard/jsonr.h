/*
 * jsonr.h - read one JSON text (RFC 8259), strictly and within bounds.
 *
 * jsonr_parse() checks the whole text and lays its values out as a flat
 * array of tokens in document order: one token per value and one per
 * object key, each key immediately followed by its value's tokens.
 * Nothing is copied or allocated: tokens are offsets into the text, and
 * strings are decoded on request into the caller's buffer.
 *
 * Strict: one value with optional whitespace around it; strings must be
 * valid UTF-8 with no raw control characters and only the escapes of RFC
 * 8259; numbers follow its grammar.  Nesting deeper than JSONR_MAX_DEPTH is
 * an error, so hostile input cannot exhaust the stack.  Duplicate keys are
 * allowed; jsonr_get() finds the first.
 *
 * Decoding undoes json.h's writer: \udc80..\udcff, the lone surrogates it
 * writes for bytes that are not UTF-8, become those bytes again; any other
 * lone surrogate becomes U+FFFD.
 *
 * Ownership: the caller owns the text and the token array; both must
 * outlive the struct jsonr.
 */
#ifndef GUARD_JSONR_H
#define GUARD_JSONR_H

#include <stdbool.h>
#include <stddef.h>

#define JSONR_MAX_DEPTH 64
/* Tokens always enough for a text of len bytes. */
#define JSONR_TOKENS_FOR(len) ((len) / 2 + 2)
#define JSONR_NONE ((size_t)-1)

enum jsonr_type {
	JSONR_NULL, JSONR_FALSE, JSONR_TRUE, JSONR_NUMBER, JSONR_STRING,
	JSONR_ARRAY, JSONR_OBJECT,
};

struct jsonr_tok {
	enum jsonr_type type;
	size_t start, end;  /* the value's text; a string's includes its quotes */
	size_t count;       /* array: elements; object: members */
	size_t next;        /* index of the first token after this value */
};

struct jsonr {
	const char *text;
	size_t len;
	struct jsonr_tok *tok;
	size_t ntok, cap;
	const char *error;  /* why the text was refused, or NULL */
	size_t error_at;    /* byte offset of the error */
};

/* Parses text[0..len) with room for cap tokens.  Returns 0, the root
 * being token 0; or -1 with j->error and j->error_at set. */
int jsonr_parse(struct jsonr *j, const char *text, size_t len,
		struct jsonr_tok *tok, size_t cap);

/* The value of member key in object obj, or JSONR_NONE (also when obj is
 * JSONR_NONE or not an object). */
size_t jsonr_get(const struct jsonr *j, size_t obj, const char *key);
/* Element i of array arr, or JSONR_NONE. */
size_t jsonr_at(const struct jsonr *j, size_t arr, size_t i);
/* The type of token t; JSONR_NULL for JSONR_NONE. */
enum jsonr_type jsonr_type(const struct jsonr *j, size_t t);

/* Decodes string t into buf (at most size - 1 bytes and a NUL, when size
 * is not 0) and returns its full decoded length, like snprintf; a decoded
 * string may hold NUL bytes.  Not a string: "" and 0. */
size_t jsonr_str(const struct jsonr *j, size_t t, char *buf, size_t size);
/* True if t is a string whose decoded value is s. */
bool jsonr_streq(const struct jsonr *j, size_t t, const char *s);
/* An integer number that fits a long, into *v. */
bool jsonr_long(const struct jsonr *j, size_t t, long *v);

#endif
