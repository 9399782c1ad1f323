/* test_sha256.c - SHA-256 against the FIPS 180-2/180-4 examples, the
 * padding boundaries (lengths from sha256sum) and split updates. */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "sha256.h"

static void hex_of(const void *data, size_t len, char hex[65])
{
	unsigned char d[SHA256_LEN];
	sha256(data, len, d);
	sha256_hex(d, hex);
}

static void check(const char *msg, const char *want)
{
	char hex[65];
	hex_of(msg, strlen(msg), hex);
	assert_string_equal(hex, want);
}

static void test_fips_examples(void **state)
{
	check("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	check("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	check("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	check("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_million_a(void **state)
{
	/* Fed in uneven pieces, so every buffering path is taken. */
	char chunk[997];
	memset(chunk, 'a', sizeof(chunk));
	struct sha256 c;
	sha256_init(&c);
	size_t left = 1000000;
	for (size_t i = 1; left; i = i % 997 + 1) {
		size_t n = i < left ? i : left;
		sha256_update(&c, chunk, n);
		left -= n;
	}
	unsigned char d[SHA256_LEN];
	char hex[65];
	sha256_final(&c, d);
	sha256_hex(d, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths around the 56-byte padding limit and the 64-byte block. */
static void test_padding_boundaries(void **state)
{
	static const struct { size_t n; const char *hex; } v[] = {
		{55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
		{56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
		{57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"},
		{63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
		{64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
		{65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
		{119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
		{120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
	};
	char buf[128];
	memset(buf, 'a', sizeof(buf));
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		char hex[65];
		hex_of(buf, v[i].n, hex);
		assert_string_equal(hex, v[i].hex);
	}
}

/* Any split of the input gives the one-shot digest. */
static void test_split_updates(void **state)
{
	unsigned char msg[300];
	for (size_t i = 0; i < sizeof(msg); i++)
		msg[i] = (unsigned char)(i * 7 + 3);
	for (size_t len = 0; len <= sizeof(msg); len += 13) {
		unsigned char one[SHA256_LEN], two[SHA256_LEN];
		sha256(msg, len, one);
		for (size_t cut = 0; cut <= len; cut += 5) {
			struct sha256 c;
			sha256_init(&c);
			sha256_update(&c, msg, cut);
			sha256_update(&c, msg + cut, 0);
			sha256_update(&c, msg + cut, len - cut);
			sha256_final(&c, two);
			assert_memory_equal(one, two, SHA256_LEN);
		}
	}
}

/* Every test runs twice: with the CPU's SHA instructions where it has
 * them, and with the portable code. */
static int accel(void **state)
{
	sha256_accel(true);
	return 0;
}

static int portable(void **state)
{
	return sha256_accel(false) ? -1 : 0;
}

/* Both implementations agree on every length up to a few blocks. */
static void test_implementations_agree(void **state)
{
	unsigned char msg[1000], a[SHA256_LEN], b[SHA256_LEN];
	for (size_t i = 0; i < sizeof(msg); i++)
		msg[i] = (unsigned char)(i * 131 + 7);
	bool has = sha256_accel(true);
	for (size_t len = 0; len <= sizeof(msg); len++) {
		sha256_accel(true);
		sha256(msg, len, a);
		sha256_accel(false);
		sha256(msg, len, b);
		assert_memory_equal(a, b, SHA256_LEN);
	}
	sha256_accel(true);
	if (!has)
		print_message("note: no SHA instructions on this CPU; portable code only\n");
}

#define BOTH(t) cmocka_unit_test_setup(t, accel), cmocka_unit_test_setup(t, portable)

int main(void)
{
	const struct CMUnitTest tests[] = {
		BOTH(test_fips_examples),
		BOTH(test_million_a),
		BOTH(test_padding_boundaries),
		BOTH(test_split_updates),
		cmocka_unit_test(test_implementations_agree),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
