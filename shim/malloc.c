/*
 * malloc.c - the C library's allocation functions, as guard/heap.c's:
 * linked into the shipped (musl, static) binary only; see heap.h for why.
 * musl supports replacing them so: its own internal allocations keep using
 * its allocator, and never meet these.
 */
#include <errno.h>
#include <stdlib.h>

#include "heap.h"

void *malloc(size_t n)
{
	return heap_malloc(n);
}

void *calloc(size_t count, size_t size)
{
	return heap_calloc(count, size);
}

void *realloc(void *p, size_t n)
{
	return heap_realloc(p, n);
}

void free(void *p)
{
	heap_free(p);
}

void *aligned_alloc(size_t align, size_t n)
{
	return heap_aligned(align, n);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	if (align < sizeof(void *))
		return EINVAL;
	void *p = heap_aligned(align, n);
	if (!p)
		return errno;
	*out = p;
	return 0;
}

void *memalign(size_t align, size_t n)
{
	return heap_aligned(align, n);
}

size_t malloc_usable_size(void *p)
{
	return heap_usable(p);
}
