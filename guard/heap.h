/*
 * heap.h - the shipped binary's malloc: dense, and cheap to start.
 *
 * guard runs before every command the agent issues, and most of what a
 * run costs is the kernel's, not guard's: with musl's allocator a shell-
 * mode run made some ten mmap/munmap pairs and took 40 page faults in
 * the allocator's own bookkeeping.  This one hands out blocks from one
 * region in .bss (4 MiB, of which a run touches only what it uses), then
 * from further 4 MiB mappings; freed blocks go on a free list per size
 * class and are reused, so a long `guard --check --batch` or `guard log`
 * stays bounded by what it holds at once.  Blocks over 2 MiB are mapped
 * and unmapped on their own.
 *
 * shim/malloc.c makes these malloc, free, calloc, realloc, ... in the
 * release build only; the test builds keep the C library's (and ASan's)
 * and call heap_* directly in tests/unit/test_heap.c.
 *
 * Checks: every block has a header naming its size class, tied to its
 * address; free() of a pointer that is not a live block (a double free,
 * a pointer into the middle of a block, a damaged header) prints one line
 * and aborts, rather than corrupting the lists.  Free-list links are
 * stored XORed with a per-process secret (from AT_RANDOM), so that an
 * overflow into a freed block cannot plant a chosen address.  A lock
 * makes the functions safe to call from several threads, though guard
 * starts none.
 *
 * Semantics follow the C standard: malloc(0) returns a unique pointer;
 * realloc(NULL, n) is malloc(n); realloc(p, 0) returns a minimal block
 * and frees p; failure returns NULL with errno ENOMEM.
 */
#ifndef GUARD_HEAP_H
#define GUARD_HEAP_H

#include <stddef.h>

void *heap_malloc(size_t n);
void *heap_calloc(size_t count, size_t size);
void *heap_realloc(void *p, size_t n);
void heap_free(void *p);
/* align: a power of two; sizes up to 16 are what malloc gives anyway. */
void *heap_aligned(size_t align, size_t n);
/* Bytes the block can hold (at least what was asked for). */
size_t heap_usable(const void *p);

#endif
