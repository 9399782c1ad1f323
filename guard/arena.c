/* arena.c - see arena.h. */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define BLOCK_MIN (16 * 1024)
#define ALIGN 16

struct block {
	struct block *next;
	size_t size;
	size_t used;
	_Alignas(ALIGN) unsigned char data[];
};

struct mapping {
	struct mapping *next;
	void *addr;
	size_t len;
};

struct arena {
	struct block *head;
	struct mapping *maps;
	size_t limit;
	size_t used;
	bool exhausted;
};

/* Not calloc: each allocation is zeroed as it is handed out, so that the
 * untouched tail of a block costs no page faults (calloc of a reused
 * block would write all of it). */
static struct block *block_new(size_t size)
{
	struct block *b = malloc(sizeof(*b) + size);
	if (b)
		*b = (struct block){.size = size};
	return b;
}

arena *arena_new(size_t limit)
{
	arena *a = malloc(sizeof(*a));
	if (!a)
		return NULL;
	*a = (struct arena){.limit = limit};
	a->head = block_new(BLOCK_MIN);
	if (!a->head) {
		free(a);
		return NULL;
	}
	return a;
}

void arena_free(arena *a)
{
	if (!a)
		return;
	for (struct mapping *m = a->maps; m; m = m->next)
		munmap(m->addr, m->len);
	struct block *b = a->head;
	while (b) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void *arena_alloc(arena *a, size_t size)
{
	if (a->exhausted)
		return NULL;
	size_t need = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (need < size || a->used + need > a->limit || a->used + need < a->used) {
		a->exhausted = true;
		return NULL;
	}
	struct block *b = a->head;
	if (b->size - b->used < need) {
		size_t bsize = need > BLOCK_MIN ? need : BLOCK_MIN;
		if (bsize < b->size * 2 && b->size * 2 <= a->limit)
			bsize = b->size * 2;
		struct block *nb = block_new(bsize);
		if (!nb) {
			a->exhausted = true;
			return NULL;
		}
		nb->next = b;
		a->head = nb;
		b = nb;
	}
	void *p = b->data + b->used;
	b->used += need;
	a->used += need;
	return memset(p, 0, size);
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
	if (n == SIZE_MAX)
		return NULL;
	char *p = arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_concat(arena *a, const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y);
	char *p = arena_alloc(a, nx + ny + 1);
	if (!p)
		return NULL;
	memcpy(p, x, nx);
	memcpy(p + nx, y, ny + 1);
	return p;
}

char *arena_printf(arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

bool arena_adopt_map(arena *a, void *addr, size_t len)
{
	struct mapping *m = arena_alloc(a, sizeof(*m));
	if (!m)
		return false;
	*m = (struct mapping){a->maps, addr, len};
	a->maps = m;
	return true;
}

bool arena_exhausted(const arena *a)
{
	return a->exhausted;
}

size_t arena_used(const arena *a)
{
	return a->used;
}
