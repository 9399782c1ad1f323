/* test_heap.c - the shipped allocator (guard/heap.c), called directly: the
 * test build keeps the C library's malloc under ASan.  Misuse must abort,
 * which is checked in a child process. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "heap.h"

static void fill(unsigned char *p, size_t n, unsigned char seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

static void check_fill(const unsigned char *p, size_t n, unsigned char seed)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(p[i], (unsigned char)(seed + i * 7));
}

/* Every size class and the mapped sizes: aligned, as large as asked,
 * writable to the last byte without touching a neighbour. */
static void test_sizes(void **state)
{
	static const size_t sizes[] = {0, 1, 15, 16, 17, 1023, 1024, 1025, 2048, 2049,
				       65536, 1u << 20, (2u << 20) - 16, 2u << 20,
				       (2u << 20) + 1, 3u << 20};
	unsigned char *p[sizeof(sizes) / sizeof(sizes[0])];
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		p[i] = heap_malloc(sizes[i]);
		assert_non_null(p[i]);
		assert_int_equal((uintptr_t)p[i] % 16, 0);
		assert_true(heap_usable(p[i]) >= sizes[i]);
		fill(p[i], sizes[i], (unsigned char)i);
	}
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		check_fill(p[i], sizes[i], (unsigned char)i);
		heap_free(p[i]);
	}
	heap_free(NULL);
}

/* A freed block is reused for the same class, and calloc zeroes it. */
static void test_reuse_and_calloc(void **state)
{
	unsigned char *a = heap_malloc(100);
	fill(a, 100, 3);
	heap_free(a);
	unsigned char *b = heap_calloc(10, 10);
	assert_ptr_equal(a, b);
	for (size_t i = 0; i < 100; i++)
		assert_int_equal(b[i], 0);
	heap_free(b);
	unsigned char *c = heap_calloc(1, 5000);
	for (size_t i = 0; i < 5000; i++)
		assert_int_equal(c[i], 0);
	heap_free(c);
}

static void test_resize(void **state)
{
	unsigned char *p = heap_realloc(NULL, 10);
	assert_non_null(p);
	fill(p, 10, 9);
	assert_ptr_equal(heap_realloc(p, 16), p);        /* still fits its class */
	unsigned char *q = heap_realloc(p, 100000);
	assert_non_null(q);
	check_fill(q, 10, 9);
	fill(q, 100000, 1);
	unsigned char *r = heap_realloc(q, 5u << 20);    /* to a mapping of its own */
	check_fill(r, 100000, 1);
	unsigned char *s = heap_realloc(r, 50);
	assert_ptr_equal(s, r);                           /* shrinking keeps the block */
	check_fill(s, 50, 1);
	heap_free(s);
}

/* More than the 4 MiB region in .bss: further regions are mapped. */
static void test_many(void **state)
{
	enum { N = 3000 };
	static unsigned char *v[N];
	for (size_t i = 0; i < N; i++) {
		v[i] = heap_malloc(i * 3 + 1);
		assert_non_null(v[i]);
		fill(v[i], i * 3 + 1, (unsigned char)i);
	}
	for (size_t i = 0; i < N; i += 2)
		heap_free(v[i]);
	for (size_t i = 1; i < N; i += 2)
		check_fill(v[i], i * 3 + 1, (unsigned char)i);
	for (size_t i = 1; i < N; i += 2)
		heap_free(v[i]);
}

static void test_aligned(void **state)
{
	static const size_t aligns[] = {1, 8, 16, 32, 64, 4096, 65536};
	for (size_t i = 0; i < sizeof(aligns) / sizeof(aligns[0]); i++) {
		unsigned char *p = heap_aligned(aligns[i], 1000);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % aligns[i], 0);
		assert_true(heap_usable(p) >= 1000);
		fill(p, 1000, 5);
		unsigned char *q = heap_realloc(p, 3000);
		check_fill(q, 1000, 5);
		heap_free(q);
	}
	errno = 0;
	assert_null(heap_aligned(24, 10));
	assert_int_equal(errno, EINVAL);
}

static void test_too_large(void **state)
{
	errno = 0;
	assert_null(heap_malloc(SIZE_MAX - 10));
	assert_int_equal(errno, ENOMEM);
	errno = 0;
	assert_null(heap_calloc(SIZE_MAX / 2, 4));
	assert_int_equal(errno, ENOMEM);
	assert_null(heap_aligned(4096, SIZE_MAX - 100));
}

/* How misuse ends: run it in a child and expect SIGABRT. */
static void misuse(void (*fn)(void))
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int null = dup2(open("/dev/null", 1), 2);   /* keep the test output clean */
		(void)null;
		fn();
		_exit(0);
	}
	int st;
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFSIGNALED(st));
	assert_int_equal(WTERMSIG(st), SIGABRT);
}

static void double_free(void)
{
	void *p = heap_malloc(40);
	heap_free(p);
	heap_free(p);
}

static void interior_pointer(void)
{
	unsigned char *p = heap_malloc(64);
	heap_free(p + 32);
}

static void foreign_pointer(void)
{
	static _Alignas(16) unsigned char not_ours[64];
	heap_free(not_ours + 16);
}

/* Overwrite a freed block's header, as an overflow from its neighbour
 * would, then allocate from its class (the freed block is reused first). */
static void overwritten_free_block(void)
{
	unsigned char *b = heap_malloc(48);
	heap_free(b);
	memset(b - 16, 'A', 16);
	void *c = heap_malloc(48);
	(void)c;
}

static void realloc_of_freed(void)
{
	void *p = heap_malloc(200);
	heap_free(p);
	p = heap_realloc(p, 400);
	(void)p;
}

static void test_misuse_aborts(void **state)
{
	misuse(double_free);
	misuse(interior_pointer);
	misuse(foreign_pointer);
	misuse(overwritten_free_block);
	misuse(realloc_of_freed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_reuse_and_calloc),
		cmocka_unit_test(test_resize),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_aligned),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_misuse_aborts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
