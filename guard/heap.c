/* heap.c - see heap.h. */
#include "heap.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

#define ALIGN      16
#define SMALL_STEP 16
#define NSMALL     64                   /* 16, 32, ... 1024 bytes */
#define SMALL_MAX  (NSMALL * SMALL_STEP)
#define NPOW       11                   /* 2 KiB, 4 KiB, ... 2 MiB */
#define NCLASS     (NSMALL + NPOW)
#define CLS_DIRECT 0xfffffff0u          /* mapped on its own */
#define CLS_ALIGNED 0xfffffff1u         /* inside another block, see heap_aligned() */
#define CHUNK      (4u << 20)
#define PAGE       4096u

#define TAG_LIVE    0x6c697665u
#define TAG_FREE    0x66726565u
#define TAG_ALIGNED 0x616c676eu

struct hdr {
	uint32_t tag;    /* TAG_* mixed with the address and the secret */
	uint32_t cls;    /* size class, CLS_DIRECT or CLS_ALIGNED */
	size_t extra;    /* CLS_DIRECT: bytes mapped; CLS_ALIGNED: offset to the real block */
};

_Static_assert(sizeof(struct hdr) == ALIGN, "a header keeps blocks aligned");

static _Alignas(ALIGN) unsigned char pool[CHUNK];
static unsigned char *cur = pool, *end = pool + sizeof(pool);
static uintptr_t free_head[NCLASS];     /* encoded, see enc() */
static uintptr_t secret;
static atomic_flag lock = ATOMIC_FLAG_INIT;

/* ---- checks --------------------------------------------------------------- */

static _Noreturn void die(const char *what)
{
	static const char head[] = "guard: heap corrupted: ";
	ssize_t r = write(2, head, sizeof(head) - 1);
	r += write(2, what, strlen(what));
	r += write(2, "; nothing was run\n", 18);
	(void)r;
	abort();
}

static void init_secret(void)
{
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	uintptr_t s = (uintptr_t)&s ^ (uintptr_t)pool;
	if (rnd)
		memcpy(&s, rnd + 8, sizeof(s));  /* the first 8 feed the stack canary */
	secret = s | 1;
}

static uint32_t tag_for(const struct hdr *h, uint32_t kind)
{
	return kind ^ (uint32_t)((uintptr_t)h >> 4) ^ (uint32_t)(secret >> 17);
}

static uintptr_t enc(void *p)
{
	return (uintptr_t)p ^ secret;
}

static void *dec(uintptr_t v)
{
	return (void *)(v ^ secret);
}

static void take_lock(void)
{
	while (atomic_flag_test_and_set_explicit(&lock, memory_order_acquire))
		;
	if (!secret)
		init_secret();
}

static void drop_lock(void)
{
	atomic_flag_clear_explicit(&lock, memory_order_release);
}

/* ---- classes and carving ---------------------------------------------------- */

/* The class for n bytes and its capacity; false when n needs a mapping of
 * its own. */
static bool class_of(size_t n, uint32_t *cls, size_t *cap)
{
	if (n == 0)
		n = 1;
	if (n <= SMALL_MAX) {
		*cls = (uint32_t)((n - 1) / SMALL_STEP);
		*cap = (size_t)(*cls + 1) * SMALL_STEP;
		return true;
	}
	size_t c = 2 * SMALL_MAX;
	for (uint32_t k = NSMALL; k < NCLASS; k++, c *= 2)
		if (n <= c) {
			*cls = k;
			*cap = c;
			return true;
		}
	return false;
}

static size_t class_cap(uint32_t cls)
{
	return cls < NSMALL ? (size_t)(cls + 1) * SMALL_STEP
			    : (size_t)(2 * SMALL_MAX) << (cls - NSMALL);
}

/* need bytes of never-used (so zero) memory; NULL when the system has none. */
static void *carve(size_t need)
{
	if ((size_t)(end - cur) < need) {
		size_t len = need > CHUNK ? need : CHUNK;
		void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			return NULL;
		cur = m;
		end = cur + len;
	}
	void *p = cur;
	cur += need;
	return p;
}

/* A live block of at least n bytes; *fresh says it was never used. */
static void *get(size_t n, bool *fresh)
{
	uint32_t cls;
	size_t cap;
	struct hdr *h;
	if (n > SIZE_MAX - 2 * PAGE) {
		errno = ENOMEM;
		return NULL;
	}
	if (!class_of(n, &cls, &cap)) {
		size_t len = (sizeof(*h) + n + PAGE - 1) & ~(size_t)(PAGE - 1);
		void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED) {
			errno = ENOMEM;
			return NULL;
		}
		h = m;
		take_lock();
		*h = (struct hdr){tag_for(h, TAG_LIVE), CLS_DIRECT, len};
		drop_lock();
		*fresh = true;
		return h + 1;
	}
	take_lock();
	if (free_head[cls]) {
		h = dec(free_head[cls]);
		if (h->tag != tag_for(h, TAG_FREE) || h->cls != cls)
			die("a free block was overwritten");
		uintptr_t next;
		memcpy(&next, h + 1, sizeof(next));
		free_head[cls] = next;
		*fresh = false;
	} else if ((h = carve(sizeof(*h) + cap)) != NULL) {
		*fresh = true;
	} else {
		drop_lock();
		errno = ENOMEM;
		return NULL;
	}
	h->tag = tag_for(h, TAG_LIVE);
	h->cls = cls;
	h->extra = 0;
	drop_lock();
	return h + 1;
}

/* The header of live block p (an aligned block's real one), or die. */
static struct hdr *live(const void *p, size_t *offset)
{
	struct hdr *h = (struct hdr *)p - 1;
	*offset = 0;
	if ((uintptr_t)p % ALIGN)
		die("free or realloc of a pointer malloc did not return");
	if (h->cls == CLS_ALIGNED && h->tag == tag_for(h, TAG_ALIGNED)) {
		*offset = h->extra;
		h = (struct hdr *)((const unsigned char *)p - h->extra) - 1;
	}
	if (h->tag != tag_for(h, TAG_LIVE))
		die(h->tag == tag_for(h, TAG_FREE) ? "a block freed twice"
						   : "free or realloc of a pointer malloc did not return");
	if (h->cls >= NCLASS && h->cls != CLS_DIRECT)
		die("a block header was overwritten");
	return h;
}

static size_t usable(const struct hdr *h, size_t offset)
{
	size_t cap = h->cls == CLS_DIRECT ? h->extra - sizeof(*h) : class_cap(h->cls);
	return cap - offset;
}

/* ---- the interface ------------------------------------------------------------ */

void *heap_malloc(size_t n)
{
	bool fresh;
	return get(n, &fresh);
}

void *heap_calloc(size_t count, size_t size)
{
	bool fresh;
	if (size && count > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	void *p = get(count * size, &fresh);
	if (p && !fresh)
		memset(p, 0, count * size);
	return p;
}

void heap_free(void *p)
{
	size_t offset = 0;
	if (!p)
		return;
	take_lock();
	struct hdr *h = live(p, &offset);
	if (h->cls == CLS_DIRECT) {
		size_t len = h->extra;
		h->tag = tag_for(h, TAG_FREE);
		drop_lock();
		munmap(h, len);
		return;
	}
	h->tag = tag_for(h, TAG_FREE);
	memcpy(h + 1, &free_head[h->cls], sizeof(uintptr_t));
	free_head[h->cls] = enc(h);
	drop_lock();
}

void *heap_realloc(void *p, size_t n)
{
	size_t offset = 0;
	if (!p)
		return heap_malloc(n);
	take_lock();
	size_t cap = usable(live(p, &offset), offset);
	drop_lock();
	if (n <= cap && !offset)
		return p;
	void *q = heap_malloc(n);
	if (!q)
		return NULL;
	memcpy(q, p, n < cap ? n : cap);
	heap_free(p);
	return q;
}

void *heap_aligned(size_t align, size_t n)
{
	if (!align || (align & (align - 1))) {
		errno = EINVAL;
		return NULL;
	}
	if (align <= ALIGN)
		return heap_malloc(n);
	if (n > SIZE_MAX - align - 2 * PAGE) {
		errno = ENOMEM;
		return NULL;
	}
	unsigned char *raw = heap_malloc(n + align + sizeof(struct hdr));
	if (!raw)
		return NULL;
	uintptr_t q = ((uintptr_t)raw + sizeof(struct hdr) + align - 1) & ~(uintptr_t)(align - 1);
	struct hdr *h = (struct hdr *)q - 1;
	take_lock();
	*h = (struct hdr){tag_for(h, TAG_ALIGNED), CLS_ALIGNED, q - (uintptr_t)raw};
	drop_lock();
	return (void *)q;
}

size_t heap_usable(const void *p)
{
	size_t offset = 0;
	if (!p)
		return 0;
	take_lock();
	size_t n = usable(live(p, &offset), offset);
	drop_lock();
	return n;
}
