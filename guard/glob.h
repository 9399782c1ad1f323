/*
 * glob.h - bounded glob matching of one word.
 *
 * A pattern matches a whole word.  Syntax (guard.yaml.5, PATTERNS):
 *   *        any run of bytes, the empty run and '/' included
 *   ?        exactly one byte
 *   [...]    one byte from a set: [abc], ranges [a-z], classes [[:digit:]],
 *            negation [!a-z] or [^a-z]; a ']' right after '[' or '[!' is a
 *            member; a backslash escapes the next byte inside too
 *   \c       the byte c itself (\* \? \[ \\ \ ...)
 * Everything else matches itself.  Matching is on bytes, not characters.
 *
 * Cost: glob_match() is iterative with one backtrack point (the last '*'),
 * so it needs O(strlen(pat) * strlen(s)) steps at worst and no memory.
 */
#ifndef GUARD_GLOB_H
#define GUARD_GLOB_H

#include <stdbool.h>
#include <stddef.h>

/* Does pat match all of s?  A malformed pattern (see glob_check) still
 * gives an answer: an unterminated '[' and a trailing '\' match
 * themselves. */
bool glob_match(const char *pat, const char *s);

/* NULL when pat is well formed; otherwise a static message, with *off set
 * to the byte offset of the problem in pat. */
const char *glob_check(const char *pat, size_t *off);

/* Could some word match both a and b?  b is a word that pathname
 * expansion will replace at run time, so its bytes may match in either
 * case when fold is set (nocaseglob).  Costs O(strlen(a) * strlen(b));
 * true, without looking, when either has more than GLOB_OVERLAP_MAX
 * elements. */
#define GLOB_OVERLAP_MAX 256
bool glob_overlap(const char *a, const char *b, bool fold);

/* True when pat has no unescaped glob character.  Then, if out is not
 * NULL, the text it matches (escapes removed) is written to out, which
 * must hold strlen(pat) + 1 bytes. */
bool glob_literal(const char *pat, char *out);

#endif
