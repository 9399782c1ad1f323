/*
 * test_canon.c - canon.h: every option form of the aws and git tables,
 * the basename of argv[0], and that output words are input words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "canon.h"
#include "cmd.h"

struct ccase {
	const char *in;         /* words separated by single spaces */
	const char *want;
};

static const struct ccase cases[] = {
	/* basename of argv[0] */
	{"rm -rf x", "rm -rf x"},
	{"/bin/rm -rf x", "rm -rf x"},
	{"../../usr/bin/rm x", "rm x"},
	{"./rm", "rm"},
	{"rm/", "rm"},
	{"a//", "a"},
	{"/usr/bin/", "bin"},
	{"/", "/"},
	{"ls -la /tmp", "ls -la /tmp"},

	/* aws: global options anywhere, with their values */
	{"aws sqs purge-queue --queue-url Q", "aws sqs purge-queue --queue-url Q"},
	{"/usr/local/bin/aws sqs purge-queue", "aws sqs purge-queue"},
	{"aws --region us-east-1 sqs purge-queue --queue-url Q", "aws sqs purge-queue --queue-url Q"},
	{"aws --region=us-east-1 sqs purge-queue", "aws sqs purge-queue"},
	{"aws sqs --region us-east-1 purge-queue", "aws sqs purge-queue"},
	{"aws sqs purge-queue --region us-east-1", "aws sqs purge-queue"},
	{"aws sqs purge-queue --queue-url Q --region=x", "aws sqs purge-queue --queue-url Q"},
	{"aws --endpoint-url http://h sqs list-queues", "aws sqs list-queues"},
	{"aws --endpoint-url=http://h sqs list-queues", "aws sqs list-queues"},
	{"aws --output json sqs list-queues", "aws sqs list-queues"},
	{"aws --output=text sqs list-queues", "aws sqs list-queues"},
	{"aws --query Q sqs list-queues", "aws sqs list-queues"},
	{"aws --query=Q sqs list-queues", "aws sqs list-queues"},
	{"aws --profile prod sqs list-queues", "aws sqs list-queues"},
	{"aws --profile=prod sqs list-queues", "aws sqs list-queues"},
	{"aws --color on sqs list-queues", "aws sqs list-queues"},
	{"aws --color=off sqs list-queues", "aws sqs list-queues"},
	{"aws --ca-bundle f.pem sqs list-queues", "aws sqs list-queues"},
	{"aws --ca-bundle=f.pem sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-read-timeout 0 sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-read-timeout=0 sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-connect-timeout 5 sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-connect-timeout=5 sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-binary-format raw-in-base64-out sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-binary-format=base64 sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-error-format json sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-error-format=json sqs list-queues", "aws sqs list-queues"},
	{"aws --debug sqs list-queues", "aws sqs list-queues"},
	{"aws --no-verify-ssl --no-paginate --no-sign-request --no-cli-pager sqs list-queues",
	 "aws sqs list-queues"},
	{"aws --cli-auto-prompt --no-cli-auto-prompt --v2-debug --version sqs list-queues",
	 "aws sqs list-queues"},
	{"aws --profile prod --output json --no-cli-pager sqs purge-queue --queue-url Q",
	 "aws sqs purge-queue --queue-url Q"},
	/* a value is taken even when it looks like a service */
	{"aws --profile sqs lambda invoke --function-name f out", "aws lambda invoke --function-name f out"},
	/* unique prefixes, as argparse allows */
	{"aws --reg us-east-1 sqs purge-queue", "aws sqs purge-queue"},
	{"aws --reg=us-east-1 lambda invoke", "aws lambda invoke"},
	{"aws --e http://h sqs list-queues", "aws sqs list-queues"},
	{"aws --endpoint http://h sqs list-queues", "aws sqs list-queues"},
	{"aws --out json sqs list-queues", "aws sqs list-queues"},
	{"aws --prof p sqs list-queues", "aws sqs list-queues"},
	{"aws --no-v sqs list-queues", "aws sqs list-queues"},
	{"aws --deb sqs list-queues", "aws sqs list-queues"},
	{"aws --cli-r 5 sqs list-queues", "aws sqs list-queues"},
	{"aws --no-cli-p sqs list-queues", "aws sqs list-queues"},
	/* ambiguous prefixes are refused by aws: left alone */
	{"aws --c x sqs list-queues", "aws x sqs --c list-queues"},
	{"aws --no- sqs list-queues", "aws sqs list-queues --no-"},
	{"aws --cli- sqs list-queues", "aws sqs list-queues --cli-"},
	/* a flag given a value is refused by aws: left alone */
	{"aws --debug=1 sqs list-queues", "aws sqs list-queues --debug=1"},
	/* unknown options before the operation: the first positional is it */
	{"aws sqs --queue-url purge-queue list-queues", "aws sqs purge-queue --queue-url list-queues"},
	{"aws --foo sqs purge-queue", "aws sqs purge-queue --foo"},
	/* a missing value, "--", help */
	{"aws sqs list-queues --region", "aws sqs list-queues"},
	{"aws --profile", "aws"},
	{"aws sqs purge-queue -- --region x", "aws sqs purge-queue -- --region x"},
	{"aws -- sqs purge-queue", "aws -- sqs purge-queue"},
	{"aws", "aws"},
	{"aws help", "aws help"},
	{"aws sqs purge-queue help", "aws sqs purge-queue help"},
	{"aws s3 ls s3://b --recursive", "aws s3 ls s3://b --recursive"},

	/* git: global options before the subcommand */
	{"git push origin main", "git push origin main"},
	{"/usr/bin/git push", "git push"},
	{"git -C . push origin HEAD:main", "git push origin HEAD:main"},
	{"git -c push.default=current push", "git push"},
	{"git -c a=b -C d --no-pager push -f", "git push -f"},
	{"git --git-dir=.git --work-tree=. push", "git push"},
	{"git --git-dir .git --work-tree . push", "git push"},
	{"git --namespace=n push", "git push"},
	{"git --namespace n push", "git push"},
	{"git --super-prefix=p/ push", "git push"},
	{"git --super-prefix p/ push", "git push"},
	{"git --attr-source=HEAD push", "git push"},
	{"git --attr-source HEAD push", "git push"},
	{"git --config-env=core.pager=P push", "git push"},
	{"git --config-env core.pager=P push", "git push"},
	{"git --exec-path=/tmp push", "git push"},
	{"git --exec-path push", "git push"},
	{"git --shallow-file f push", "git push"},
	{"git --list-cmds=main", "git"},
	{"git --html-path --man-path --info-path", "git"},
	{"git -p push", "git push"},
	{"git --paginate push", "git push"},
	{"git -P push", "git push"},
	{"git --no-pager push", "git push"},
	{"git --bare push", "git push"},
	{"git --no-replace-objects --no-lazy-fetch --no-optional-locks --no-advice push", "git push"},
	{"git --literal-pathspecs --no-literal-pathspecs push", "git push"},
	{"git --glob-pathspecs --noglob-pathspecs --icase-pathspecs push", "git push"},
	{"git --version", "git version"},
	{"git -v", "git version"},
	{"git --help push", "git help push"},
	{"git -h", "git help"},
	/* options after the subcommand are the subcommand's */
	{"git log -C x -p", "git log -C x -p"},
	{"git status -c", "git status -c"},
	/* forms git refuses: left alone */
	{"git --bogus push", "git --bogus push"},
	{"git -C=. push", "git -C=. push"},
	{"git --no-p push", "git --no-p push"},
	{"git --bare=1 push", "git --bare=1 push"},
	{"git --list-cmds push", "git --list-cmds push"},
	{"git -C", "git"},
	{"git", "git"},
	/* git-X runs the builtin X directly */
	{"/usr/lib/git-core/git-push origin main", "git push origin main"},
	{"git-receive-pack x", "git receive-pack x"},
	{"git-", "git-"},
};

/* Split s on single spaces into a fresh argv in buf. */
static size_t split(const char *s, char *buf, size_t bufsz, const char **argv)
{
	size_t n = 0;
	snprintf(buf, bufsz, "%s", s);
	for (char *p = buf; *p || n == 0;) {
		argv[n++] = p;
		char *sp = strchr(p, ' ');
		if (!sp)
			break;
		*sp = '\0';
		p = sp + 1;
	}
	argv[n] = NULL;
	return n;
}

static void join(const char **w, size_t n, char *out, size_t outsz)
{
	out[0] = '\0';
	for (size_t i = 0; i < n; i++)
		snprintf(out + strlen(out), outsz - strlen(out), "%s%s", i ? " " : "", w[i]);
}

static void test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[256], got[256];
		const char *argv[32], **out;
		size_t n = split(cases[i].in, buf, sizeof(buf), argv), outc;
		arena *a = arena_new(1 << 20);
		assert_non_null(a);
		assert_int_equal(canon_argv(a, argv, n, &out, &outc), 0);
		assert_null(out[outc]);
		join(out, outc, got, sizeof(got));
		if (strcmp(got, cases[i].want)) {
			arena_free(a);
			fail_msg("canon(\"%s\") = \"%s\", want \"%s\"", cases[i].in, got, cases[i].want);
		}
		arena_free(a);
	}
}

/* Output words are the input strings themselves, so callers can map
 * them back (policy.c maps word flags that way). */
static void test_same_pointers(void **state)
{
	(void)state;
	const char *argv[] = {"/usr/bin/aws", "--region", "x", "sqs", "--foo", "purge-queue", "a", NULL};
	const char **out;
	size_t outc;
	arena *a = arena_new(1 << 20);
	assert_int_equal(canon_argv(a, argv, 7, &out, &outc), 0);
	assert_int_equal(outc, 5);
	assert_string_equal(out[0], "aws");
	assert_ptr_equal(out[1], argv[3]);
	assert_ptr_equal(out[2], argv[5]);
	assert_ptr_equal(out[3], argv[4]);
	assert_ptr_equal(out[4], argv[6]);
	const char *rm[] = {"/bin/rm", "x", NULL};
	assert_int_equal(canon_argv(a, rm, 2, &out, &outc), 0);
	assert_ptr_equal(out[0], rm[0] + 5);
	assert_ptr_equal(out[1], rm[1]);
	arena_free(a);
}

static void test_empty_and_exhausted(void **state)
{
	(void)state;
	const char **out;
	size_t outc = 9;
	arena *a = arena_new(1 << 20);
	assert_int_equal(canon_argv(a, NULL, 0, &out, &outc), 0);
	assert_int_equal(outc, 0);
	assert_null(out[0]);
	const char *argv[] = {"", NULL};
	assert_int_equal(canon_argv(a, argv, 1, &out, &outc), 0);
	assert_int_equal(outc, 1);
	assert_string_equal(out[0], "");
	arena_free(a);

	/* an arena too small for the result: -1, never a partial argv */
	a = arena_new(16);
	const char *big[] = {"aws", "sqs", "a", "b", "c", "d", NULL};
	assert_int_equal(canon_argv(a, big, 6, &out, &outc), -1);
	arena_free(a);
}

/* Global options used: full spellings, abbreviations, "=value", words
 * known only at run time ('$' first: WORD_DYNAMIC). */
static int uses(const char *line, const char *opt)
{
	char buf[256];
	const char *argv[32], *opts[] = {opt};
	unsigned fl[32];
	size_t n = split(line, buf, sizeof(buf), argv);
	for (size_t i = 0; i < n; i++)
		fl[i] = argv[i][0] == '$' ? WORD_DYNAMIC : 0;
	return canon_uses_option(argv, fl, n, opts, 1);
}

static void test_uses_option(void **state)
{
	(void)state;
	assert_int_equal(uses("aws --profile p sqs list-queues", "--profile"), 1);
	assert_int_equal(uses("aws sqs list-queues --prof=p", "--profile"), 1);
	assert_int_equal(uses("/usr/bin/aws sqs list-queues --e h", "--endpoint-url"), 1);
	assert_int_equal(uses("aws sqs list-queues --region --profile", "--profile"), 0);
	assert_int_equal(uses("aws sqs list-queues --c x", "--color"), 0);      /* ambiguous */
	assert_int_equal(uses("aws sqs list-queues -- --profile p", "--profile"), 0);
	assert_int_equal(uses("aws sqs list-queues --queue-url $Q", "--profile"), 0);
	assert_int_equal(uses("aws sqs list-queues --region $R", "--profile"), 0);
	assert_int_equal(uses("aws sqs list-queues --region=x $R", "--profile"), -1);
	assert_int_equal(uses("aws $X sqs list-queues", "--profile"), -1);
	assert_int_equal(uses("aws sqs list-queues --debug $X", "--profile"), -1);
	assert_int_equal(uses("git -c a=b log", "-c"), 1);
	assert_int_equal(uses("git -C d --no-pager -c a=b log", "-c"), 1);
	assert_int_equal(uses("git log -c", "-c"), 0);
	assert_int_equal(uses("git --version -c x", "-c"), 0);
	assert_int_equal(uses("git $X log", "-c"), -1);
	assert_int_equal(uses("git log $X", "-c"), 0);
	assert_int_equal(uses("git-log -c", "-c"), 0);
	assert_int_equal(uses("rm -c", "-c"), 0);
	assert_true(canon_has_option("aws", "--endpoint-url"));
	assert_true(canon_has_option("git", "--exec-path"));
	assert_false(canon_has_option("aws", "--endpoint"));
	assert_false(canon_has_option("git-log", "-c"));
	assert_false(canon_has_option("rm", "-f"));
	assert_string_equal(canon_prog("git-push"), "git");
	assert_string_equal(canon_prog("aws"), "aws");
	assert_string_equal(canon_prog("rm"), "rm");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_same_pointers),
		cmocka_unit_test(test_empty_and_exhausted),
		cmocka_unit_test(test_uses_option),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
