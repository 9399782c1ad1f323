/*
 * test_glob.c - glob.h: tables of cases, then every small pattern against
 * every small word, checked against fnmatch(3) (flags 0: '*' crosses '/',
 * a leading '.' is not special, '\' escapes), as OpenSSH's match tests
 * check their matcher against the old one.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fnmatch.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "glob.h"

struct mcase {
	const char *pat, *s;
	bool want;
};

static const struct mcase mcases[] = {
	{"", "", true}, {"", "a", false}, {"a", "", false},
	{"abc", "abc", true}, {"abc", "abd", false}, {"abc", "ab", false},
	{"*", "", true}, {"*", "anything at all", true}, {"**", "x", true},
	{"a*", "a", true}, {"a*", "abc", true}, {"a*", "ba", false},
	{"*c", "abc", true}, {"*c", "abd", false}, {"a*c", "ac", true},
	{"a*b*c", "axxbyyc", true}, {"a*b*c", "axxbyy", false},
	{"*a*a*b", "aaaaab", true}, {"*a*a*b", "aaaaa", false},
	{"purge-*", "purge-queue", true}, {"purge-*", "purge", false},
	{"*/*", "/usr/bin", true}, {"/tmp/*", "/tmp/a/b", true},
	{"?", "a", true}, {"?", "", false}, {"?", "ab", false},
	{"??", "\xc3\xa9", true},       /* bytes, not characters */
	{"a?c", "abc", true}, {"a?c", "ac", false},
	{"[abc]", "b", true}, {"[abc]", "d", false}, {"[a-c]x", "bx", true},
	{"[!a-c]", "d", true}, {"[!a-c]", "b", false}, {"[^a-c]", "b", false},
	{"[]]", "]", true}, {"[!]]", "]", false}, {"[!]]", "a", true},
	{"[a-]", "-", true}, {"[-a]", "-", true}, {"[\\]]", "]", true},
	{"[\\!]", "!", true}, {"[[:digit:]]", "7", true}, {"[[:digit:]]", "x", false},
	{"[[:alpha:][:digit:]]", "q", true}, {"[![:space:]]", " ", false},
	{"[[:upper:]]*", "Xy", true}, {"[[:xdigit:]]", "f", true},
	{"\\*", "*", true}, {"\\*", "a", false}, {"\\?", "?", true},
	{"\\[a]", "[a]", true}, {"\\\\", "\\", true}, {"a\\ b", "a b", true},
	{"[", "[", true}, {"[ab", "[ab", true},        /* unterminated: literal */
	{"\\", "\\", true},                             /* trailing: literal */
	{"--region=*", "--region=eu-west-1", true},
	{"*.json", ".json", true}, {"*", ".hidden", true},
};

static void test_match_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(mcases) / sizeof(mcases[0]); i++) {
		bool got = glob_match(mcases[i].pat, mcases[i].s);
		if (got != mcases[i].want)
			fail_msg("glob_match(\"%s\", \"%s\") = %d", mcases[i].pat, mcases[i].s, got);
	}
}

struct ccase {
	const char *pat;
	const char *err;        /* NULL: well formed */
	size_t off;
};

static const struct ccase ccases[] = {
	{"abc", NULL, 0}, {"a*b?[c-d]", NULL, 0}, {"[]]", NULL, 0}, {"\\[", NULL, 0},
	{"[[:alpha:]]", NULL, 0}, {"[a-]", NULL, 0},
	{"[abc", "unterminated [", 0}, {"ab[", "unterminated [", 2}, {"[]", "unterminated [", 0},
	{"[!]", "unterminated [", 0}, {"a\\", "trailing backslash", 1},
	{"[a\\", "unterminated [", 0}, {"[z-a]", "reversed range in [...]", 2},
	{"x[[:alfa:]]", "unknown character class", 2},
};

static void test_check(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ccases) / sizeof(ccases[0]); i++) {
		size_t off = 99;
		const char *err = glob_check(ccases[i].pat, &off);
		if (!ccases[i].err) {
			if (err)
				fail_msg("glob_check(\"%s\") = %s", ccases[i].pat, err);
			continue;
		}
		if (!err || strcmp(err, ccases[i].err) || off != ccases[i].off)
			fail_msg("glob_check(\"%s\") = %s at %zu", ccases[i].pat,
				 err ? err : "NULL", off);
	}
}

static void test_literal(void **state)
{
	(void)state;
	char out[32];
	assert_true(glob_literal("aws", out));
	assert_string_equal(out, "aws");
	assert_true(glob_literal("a\\*b\\ c", out));
	assert_string_equal(out, "a*b c");
	assert_true(glob_literal("", out));
	assert_string_equal(out, "");
	assert_false(glob_literal("a*", out));
	assert_false(glob_literal("a?", NULL));
	assert_false(glob_literal("[ab]", NULL));
	assert_true(glob_literal("a]", NULL));
}

/* ---- exhaustive, against fnmatch(3) ----------------------------------- */

struct sweep {
	const char *palpha, *salpha;
	int plen, slen;
	char pat[8], s[8];
	long checked;
};

static void sweep_words(struct sweep *w, int depth)
{
	w->s[depth] = '\0';
	bool want = fnmatch(w->pat, w->s, 0) == 0;
	if (glob_match(w->pat, w->s) != want)
		fail_msg("pattern \"%s\" word \"%s\": fnmatch says %d", w->pat, w->s, want);
	w->checked++;
	if (depth == w->slen)
		return;
	for (const char *c = w->salpha; *c; c++) {
		w->s[depth] = *c;
		sweep_words(w, depth + 1);
	}
}

static void sweep_patterns(struct sweep *w, int depth)
{
	size_t off;
	w->pat[depth] = '\0';
	/* fnmatch differs only on malformed patterns, which the loader
	 * refuses (a trailing backslash never matches there). */
	if (!glob_check(w->pat, &off))
		sweep_words(w, 0);
	if (depth == w->plen)
		return;
	for (const char *c = w->palpha; *c; c++) {
		w->pat[depth] = *c;
		sweep_patterns(w, depth + 1);
	}
}

static void test_exhaustive_stars(void **state)
{
	(void)state;
	struct sweep w = {.palpha = "ab*?", .salpha = "abc", .plen = 6, .slen = 5};
	sweep_patterns(&w, 0);
	assert_true(w.checked > 1000000);
}

static void test_exhaustive_brackets(void **state)
{
	(void)state;
	struct sweep w = {.palpha = "a*[]!^-\\", .salpha = "a-]!\\", .plen = 5, .slen = 3};
	sweep_patterns(&w, 0);
	assert_true(w.checked > 100000);
}

/* ---- overlap of two globs ------------------------------------------------ */

struct ocase {
	const char *a, *b;
	bool fold, want;
};

static const struct ocase ocases[] = {
	{"push", "pu*", false, true}, {"push", "pu?h", false, true}, {"push", "p[a-z]sh", false, true},
	{"push", "pull*", false, false}, {"-delete", "*.py", false, false},
	{"of=*", "if=*.img", false, false}, {"of=*", "*f=*", false, true},
	{"a*b", "*c", false, false}, {"a*", "*b", false, true}, {"*", "", false, true},
	{"", "*", false, true}, {"", "?", false, false}, {"[!a]", "a", false, false},
	{"[!a]", "?", false, true}, {"\\*", "[*]", false, true}, {"*x*", "*y*", false, true},
	{"push", "PU*", false, false}, {"push", "PU*", true, true}, {"PUSH", "pu*", true, true}, {"PUSH", "pu*", false, false},
	{"purge-*", "[Pp]URGE-QUEUE", true, true},
};

static void test_overlap_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(ocases) / sizeof(ocases[0]); i++) {
		const struct ocase *o = &ocases[i];
		if (glob_overlap(o->a, o->b, o->fold) != o->want)
			fail_msg("glob_overlap(\"%s\", \"%s\", %d) != %d", o->a, o->b, o->fold, o->want);
	}
	/* too long to tell: yes */
	static char big[GLOB_OVERLAP_MAX + 2];
	memset(big, 'a', sizeof(big) - 1);
	assert_true(glob_overlap("b", big, false));
	assert_true(glob_overlap(big, "b", false));
}

/* Every pair of small patterns, against the words that could witness an
 * overlap: with at most three elements each, a shortest common word has
 * at most four bytes (three without a star, two sets each with one), over
 * the bytes the patterns name plus one they do not. */
#define OV_WORDS 2801           /* 7^0 + ... + 7^4 */
#define OV_LIMBS ((OV_WORDS + 63) / 64)

static void words_upto4(char (*w)[8])
{
	static const char alpha[] = "a[]!*?b";
	size_t k = 0;
	for (int len = 0; len <= 4; len++) {
		int idx[4] = {0};
		for (;;) {
			for (int i = 0; i < len; i++)
				w[k][i] = alpha[idx[i]];
			w[k++][len] = '\0';
			int i = len - 1;
			while (i >= 0 && ++idx[i] == 7)
				idx[i--] = 0;
			if (i < 0)
				break;
		}
	}
}

static void test_overlap_exhaustive(void **state)
{
	(void)state;
	static const char palpha[] = "a*?[]!";
	static char words[OV_WORDS][8], pats[400][4];
	static uint64_t sets[400][OV_LIMBS];
	size_t np = 0;
	words_upto4(words);
	for (int len = 0; len <= 3; len++) {
		int idx[3] = {0};
		for (;;) {
			for (int i = 0; i < len; i++)
				pats[np][i] = palpha[idx[i]];
			pats[np++][len] = '\0';
			int i = len - 1;
			while (i >= 0 && ++idx[i] == 6)
				idx[i--] = 0;
			if (i < 0)
				break;
		}
	}
	for (size_t p = 0; p < np; p++)
		for (size_t w = 0; w < OV_WORDS; w++)
			if (glob_match(pats[p], words[w]))
				sets[p][w / 64] |= (uint64_t)1 << (w % 64);
	for (size_t x = 0; x < np; x++) {
		for (size_t y = 0; y < np; y++) {
			bool want = false;
			for (size_t l = 0; l < OV_LIMBS && !want; l++)
				want = sets[x][l] & sets[y][l];
			if (glob_overlap(pats[x], pats[y], false) != want)
				fail_msg("glob_overlap(\"%s\", \"%s\") != %d", pats[x], pats[y], want);
		}
	}
}

/* ---- bounded cost --------------------------------------------------------- */

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void test_no_exponential_backtracking(void **state)
{
	(void)state;
	static char s[20001];
	memset(s, 'a', sizeof(s) - 1);
	/* A recursive matcher needs about n^k steps here; this one n * m. */
	double t0 = now();
	assert_false(glob_match("*a*a*a*a*a*a*a*a*a*a*b", s));
	assert_false(glob_match("*?*?*?*?*?*?*?*?*[b]", s));
	assert_true(glob_match("*a*a*a*a*a*a*a*a*a*a*", s));
	double dt = now() - t0;
	if (dt > 1.0)
		fail_msg("took %.3f s", dt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match_table),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_literal),
		cmocka_unit_test(test_exhaustive_stars),
		cmocka_unit_test(test_exhaustive_brackets),
		cmocka_unit_test(test_overlap_table),
		cmocka_unit_test(test_overlap_exhaustive),
		cmocka_unit_test(test_no_exponential_backtracking),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
