/* test_jsonr.c - the bounded JSON reader: what it accepts, what it
 * refuses, lookups, and decoding (including json.h's \udcXX bytes). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "json.h"
#include "jsonr.h"

static struct jsonr_tok toks[256];

static int parse(struct jsonr *j, const char *s)
{
	return jsonr_parse(j, s, strlen(s), toks, sizeof(toks) / sizeof(toks[0]));
}

static void test_accepts(void **state)
{
	static const char *ok[] = {
		"{}", "[]", "0", "-0", "1.5e-3", "-12.0E+7", "\"\"", "true", "false", "null",
		" {\"a\" : [1, 2, {\"b\": null}], \"c\": \"x\"} ",
		"\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"",
		"\"h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"",
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		struct jsonr j;
		if (parse(&j, ok[i]) != 0)
			fail_msg("refused %s: %s", ok[i], j.error);
	}
}

static void test_refuses(void **state)
{
	static const char *bad[] = {
		"", " ", "{", "}", "[1,]", "[,1]", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\":1,}",
		"01", "1.", ".5", "-", "1e", "+1", "0x10", "tru", "nul", "True",
		"\"abc", "\"a\x01\"", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"",
		"\"\xc3\"", "\"\xc0\x80\"", "\"\xed\xa0\x80\"", "\"\xf5\x80\x80\x80\"", "\"\xff\"",
		"{} {}", "[] x", "{\"a\":1}\n{",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct jsonr j;
		if (parse(&j, bad[i]) == 0)
			fail_msg("accepted bad text #%zu: %s", i, bad[i]);
		assert_non_null(j.error);
	}
}

static void test_depth_and_token_limits(void **state)
{
	char deep[2 * JSONR_MAX_DEPTH + 3];
	size_t n = JSONR_MAX_DEPTH + 1;
	memset(deep, '[', n);
	memset(deep + n, ']', n);
	deep[2 * n] = '\0';
	struct jsonr j;
	assert_int_equal(parse(&j, deep), -1);
	assert_string_equal(j.error, "nested too deep");
	deep[0] = ' ';
	deep[2 * n - 1] = ' ';
	assert_int_equal(parse(&j, deep), 0);

	struct jsonr_tok few[3];
	assert_int_equal(jsonr_parse(&j, "[1,2,3]", 7, few, 3), -1);
	assert_string_equal(j.error, "too many values");
	/* JSONR_TOKENS_FOR is always enough. */
	static const char *dense[] = {"[0,0,0,0,0]", "{\"\":0,\"\":0}", "0", "[[[]]]", "[{},{}]"};
	for (size_t i = 0; i < sizeof(dense) / sizeof(dense[0]); i++) {
		size_t len = strlen(dense[i]);
		struct jsonr_tok *t = malloc(JSONR_TOKENS_FOR(len) * sizeof(*t));
		assert_int_equal(jsonr_parse(&j, dense[i], len, t, JSONR_TOKENS_FOR(len)), 0);
		free(t);
	}
}

static void test_lookup(void **state)
{
	struct jsonr j;
	assert_int_equal(parse(&j, "{\"a\":{\"x\":[1,2]},\"b\":[\"p\",{\"q\":3},\"r\"],\"c\":-7,\"a\":0}"), 0);
	size_t a = jsonr_get(&j, 0, "a");
	assert_int_equal(jsonr_type(&j, a), JSONR_OBJECT);
	size_t b = jsonr_get(&j, 0, "b");
	assert_int_equal(j.tok[b].count, 3);
	assert_true(jsonr_streq(&j, jsonr_at(&j, b, 0), "p"));
	assert_true(jsonr_streq(&j, jsonr_at(&j, b, 2), "r"));
	assert_int_equal(jsonr_at(&j, b, 3), JSONR_NONE);
	long v;
	assert_true(jsonr_long(&j, jsonr_get(&j, jsonr_at(&j, b, 1), "q"), &v));
	assert_int_equal(v, 3);
	assert_true(jsonr_long(&j, jsonr_get(&j, 0, "c"), &v));
	assert_int_equal(v, -7);
	assert_int_equal(jsonr_get(&j, 0, "x"), JSONR_NONE);
	assert_int_equal(jsonr_get(&j, b, "p"), JSONR_NONE);
	assert_int_equal(jsonr_get(&j, JSONR_NONE, "a"), JSONR_NONE);
	assert_false(jsonr_long(&j, a, &v));
}

static void test_decode(void **state)
{
	struct jsonr j;
	char buf[64];
	assert_int_equal(parse(&j, "{\"k\\u0065y\":\"a\\tb\\u00e9\\ud83d\\ude00\\udcff\\ud800z\"}"), 0);
	size_t t = jsonr_get(&j, 0, "key");
	assert_int_not_equal(t, JSONR_NONE);
	size_t n = jsonr_str(&j, t, buf, sizeof(buf));
	const char want[] = "a\tb\xc3\xa9\xf0\x9f\x98\x80\xff\xef\xbf\xbdz";
	assert_int_equal(n, sizeof(want) - 1);
	assert_memory_equal(buf, want, n);
	/* snprintf-like truncation */
	assert_int_equal(jsonr_str(&j, t, buf, 3), sizeof(want) - 1);
	assert_string_equal(buf, "a\t");
	assert_int_equal(jsonr_str(&j, 0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
}

/* Whatever json_str() writes reads back byte for byte. */
static void test_round_trip_with_writer(void **state)
{
	char src[256];
	for (int i = 0; i < 255; i++)
		src[i] = (char)(i + 1);
	src[255] = '\0';
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	json_str(f, src);
	fclose(f);
	struct jsonr j;
	assert_int_equal(jsonr_parse(&j, out, outlen, toks, 256), 0);
	char back[300];
	assert_int_equal(jsonr_str(&j, 0, back, sizeof(back)), 255);
	assert_memory_equal(back, src, 256);
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_accepts),
		cmocka_unit_test(test_refuses),
		cmocka_unit_test(test_depth_and_token_limits),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_round_trip_with_writer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
