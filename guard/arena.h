/*
 * arena.h - one bump allocator per command line.
 *
 * Everything the parser, the expander and the walker build for one command
 * line lives in one arena and is released at once by arena_free().  The
 * arena has a hard byte limit: when a hostile input would need more, every
 * later allocation returns NULL and arena_exhausted() turns true, so callers
 * can report "input too large" instead of crashing.
 *
 * Ownership: the caller owns the arena; pointers returned by arena_* stay
 * valid until arena_free().  Memory is zeroed.
 */
#ifndef GUARD_ARENA_H
#define GUARD_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct arena arena;

/* A new arena that will hand out at most limit bytes in total.
 * Returns NULL only if the first block cannot be allocated. */
arena *arena_new(size_t limit);
void arena_free(arena *a);

/* Zeroed memory aligned for any type; NULL when the limit is reached. */
void *arena_alloc(arena *a, size_t size);
/* Copy of s[0..n) with a terminating NUL; NULL when the limit is reached. */
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* x followed by y; NULL when the limit is reached.  (arena_printf costs
 * some 30 times more for this.) */
char *arena_concat(arena *a, const char *x, const char *y);
/* printf into the arena; NULL when the limit is reached. */
char *arena_printf(arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Hands the arena a read-only mapping of a file (mmap), unmapped by
 * arena_free(): so that data read in place lives as long as what points
 * into it.  false (the caller still owns it) when out of room. */
bool arena_adopt_map(arena *a, void *addr, size_t len);

/* True once any allocation has failed. */
bool arena_exhausted(const arena *a);
/* Bytes handed out so far. */
size_t arena_used(const arena *a);

#endif
