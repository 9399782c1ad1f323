/*
 * test_rules_cache.c - rules_cache.h: a compiled policy judges exactly as
 * its YAML does, and a stale, damaged or untrusted one is never used.
 * Run from the repository root; works in a fresh directory under /tmp.
 * The owner check needs root (skipped otherwise).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "policy.h"
#include "rules_cache.h"

static char dir[64];
static char rules[128];         /* a copy of rules/investigator.yaml */
static char top[128], inc[128]; /* a policy with an include and a regex */

/* ---- files ------------------------------------------------------------------- */

static void put_file(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, len), (ssize_t)len);
	assert_int_equal(close(fd), 0);
}

static char *get_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = malloc(1 << 22);
	assert_non_null(buf);
	*len = fread(buf, 1, 1 << 22, f);
	fclose(f);
	return buf;
}

static const char top_text[] =
	"version: 1\ndefault: allow\nunresolved: deny\ninclude: inc.yaml\nrules:\n"
	"  - id: no-rf\n    deny: {regex: '^rm .*-rf'}\n    reason: no rm -rf\n"
	"  - id: ok-ls\n    allow: ls\n";
static const char inc_text[] =
	"version: 1\nrules:\n"
	"  - id: home-x\n    deny: {writes: \"~/x* !~/x/ok\"}\n    reason: not {match}\n"
	"    unless: {assign: KEEP}\n";

static int setup(void **state)
{
	size_t len;
	strcpy(dir, "/tmp/rcacheXXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(rules, sizeof(rules), "%s/rules.yaml", dir);
	snprintf(top, sizeof(top), "%s/top.yaml", dir);
	snprintf(inc, sizeof(inc), "%s/inc.yaml", dir);
	char *b = get_file("rules/investigator.yaml", &len);
	put_file(rules, b, len);
	free(b);
	put_file(top, top_text, sizeof(top_text) - 1);
	put_file(inc, inc_text, sizeof(inc_text) - 1);
	setenv("HOME", "/home/agent", 1);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static char *cache_of(const char *path)
{
	static char buf[160];
	snprintf(buf, sizeof(buf), "%s%s", path, RULES_CACHE_SUFFIX);
	return buf;
}

static void compile_ok(const char *path)
{
	char err[512];
	if (ruleset_compile(path, err, sizeof(err)))
		fail_msg("ruleset_compile(%s): %s", path, err);
}

/* Does the cache of path load? */
static bool cache_loads(const char *path)
{
	struct ruleset *rs = ruleset_cache_read(path);
	if (!rs)
		return false;
	ruleset_free(rs);
	free(rs);
	return true;
}

/* ---- judging both ways ---------------------------------------------------------- */

struct jline {
	const char *line;       /* words separated by blanks */
	const char *assign;     /* or NULL */
	const char *write;      /* or NULL */
};

static const struct jline lines[] = {
	{"aws sqs purge-queue --queue-url Q", NULL, NULL},
	{"aws sqs receive-message", NULL, NULL},
	{"aws sqs list-queues", NULL, NULL},
	{"aws --profile x s3 ls", NULL, NULL},
	{"aws --region us-east-1 ec2 describe-instances", NULL, NULL},
	{"aws lambda invoke --function-name f out", NULL, NULL},
	{"aws s3 cp a s3://b/c", NULL, NULL},
	{"git push origin main", NULL, NULL},
	{"git status", NULL, NULL},
	{"git log --oneline", NULL, NULL},
	{"git reset --hard", NULL, NULL},
	{"git -c core.pager=x log", NULL, NULL},
	{"ls -la", NULL, NULL},
	{"ln -s a b", NULL, NULL},
	{"kill 1", NULL, NULL},
	{"sudo ls", NULL, NULL},
	{"curl -d x http://h", NULL, NULL},
	{"curl http://h", NULL, NULL},
	{"docker ps", NULL, NULL},
	{"grep -r foo .", NULL, NULL},
	{"rm -rf /", NULL, NULL},
	{"/usr/lib/guard/bash -c x", NULL, NULL},
	{"env", "AWS_PROFILE=x", NULL},
	{"env", "AWS_REGION=eu-west-1", NULL},
	{"ls", "LD_PRELOAD=/x.so", NULL},
	{"ls", "PATH=/tmp:/usr/bin", NULL},
	{"ls", "KEEP=1", "/home/agent/x1"},
	{"cat", NULL, "/tmp/out"},
	{"cat", NULL, "/home/agent/.aws/credentials"},
	{"cat", NULL, "/home/agent/x/ok"},
	{"cat", NULL, "/home/agent/x2"},
	{"cat", NULL, "/home/other/.aws/credentials"},
	{"cat", NULL, "/etc/guard/rules.yaml"},
	{"cat", NULL, "/var/tmp/x"},
	{"tee", NULL, "/home/agent/.claude/shell-snapshots/s"},
};

struct verdict {
	enum decision d;
	char rule[80], reason[600];
};

static void judge(policy *p, const struct jline *j, struct verdict *v)
{
	char buf[256], *words[32], *save;
	const char *argv[33], *assigns[1] = {j->assign};
	unsigned flags[33] = {0}, aflags[1] = {0};
	struct cmd_write w = {j->write, 0, "> redirection"};
	struct cmd c = {0};
	size_t n = 0;
	snprintf(buf, sizeof(buf), "%s", j->line);
	for (char *t = strtok_r(buf, " ", &save); t && n < 32; t = strtok_r(NULL, " ", &save))
		words[n++] = t;
	for (size_t i = 0; i < n; i++)
		argv[i] = words[i];
	argv[n] = NULL;
	c = (struct cmd){.argv = argv, .flags = flags, .argc = n, .src = j->line};
	if (j->assign)
		c.assigns = assigns, c.assign_flags = aflags, c.nassigns = 1;
	if (j->write)
		c.writes = &w, c.nwrites = 1;
	policy_judge(p, &c);
	v->d = c.decision;
	snprintf(v->rule, sizeof(v->rule), "%s", c.rule ? c.rule : "(default)");
	snprintf(v->reason, sizeof(v->reason), "%s", c.reason ? c.reason : "");
}

static policy *load(const char *path, unsigned flags)
{
	char err[512];
	policy *p = policy_load_opts(path, flags, err, sizeof(err));
	if (!p)
		fail_msg("policy_load_opts(%s): %s", path, err);
	return p;
}

/* Every line judged by the YAML and by the cache: the same decision,
 * rule and reason; and the same digest.  Returns the deny count. */
static int same_both_ways(const char *path)
{
	assert_true(cache_loads(path));
	policy *a = load(path, POLICY_DIGEST | POLICY_NO_CACHE), *b = load(path, POLICY_DIGEST);
	int denies = 0;
	assert_string_equal(policy_digest(a), policy_digest(b));
	assert_int_equal(policy_default(a), policy_default(b));
	assert_int_equal(policy_unresolved(a), policy_unresolved(b));
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		struct verdict x, y;
		judge(a, &lines[i], &x);
		judge(b, &lines[i], &y);
		if (x.d != y.d || strcmp(x.rule, y.rule) || strcmp(x.reason, y.reason))
			fail_msg("\"%s\": yaml %d %s \"%s\", cache %d %s \"%s\"", lines[i].line,
				 x.d, x.rule, x.reason, y.d, y.rule, y.reason);
		denies += x.d == DECISION_DENY;
	}
	policy_free(a);
	policy_free(b);
	return denies;
}

static void test_same_decisions(void **state)
{
	compile_ok(rules);
	int denies = same_both_ways(rules);
	assert_true(denies > 10);       /* the lines do exercise the rules */
	compile_ok(top);
	assert_true(same_both_ways(top) >= 2);
}

/* Patterns with ~ follow the HOME of who loads, not of who compiled. */
static void test_home_of_loader(void **state)
{
	setenv("HOME", "/root", 1);
	compile_ok(rules);
	compile_ok(top);
	setenv("HOME", "/home/agent", 1);
	same_both_ways(rules);
	same_both_ways(top);
	unsetenv("HOME");
	same_both_ways(rules);
	setenv("HOME", "/home/agent", 1);
}

/* A HOME the ~ patterns cannot be compiled with: the YAML fails to load;
 * the compiled policy, which compiles them when first matched, then
 * denies every command with the loader's message, as a failed load
 * would. */
static void test_home_unusable(void **state)
{
	char err[512];
	setenv("HOME", "/root", 1);
	compile_ok(rules);
	setenv("HOME", "/home/[x", 1);
	policy *yaml = policy_load_opts(rules, POLICY_NO_CACHE, err, sizeof(err));
	policy *p = yaml ? NULL : load(rules, 0);
	struct verdict v;
	if (p)
		judge(p, &(struct jline){"cat", NULL, "/tmp/out"}, &v);
	setenv("HOME", "/home/agent", 1);
	assert_null(yaml);
	assert_int_equal(v.d, DECISION_DENY);
	assert_string_equal(v.rule, "rules");
	assert_non_null(strstr(v.reason, "unterminated ["));
	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		judge(p, &lines[i], &v);
		assert_int_equal(v.d, DECISION_DENY);
	}
	policy_free(p);
}

/* ---- never used when stale, damaged or untrusted ------------------------------------ */

static void touch(const char *path)
{
	struct timespec t[2] = {{0, UTIME_NOW}, {0, UTIME_NOW}};
	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
}

/* Rewrites path as an editor would (a new file renamed over the old
 * one), with its last byte toggled between newline and blank (the YAML
 * means the same, the bytes differ, the size does not) when change is
 * set, else the same bytes. */
static void rewrite(const char *path, bool change)
{
	size_t len;
	char *data = get_file(path, &len), tmp[200];
	assert_true(len > 0);
	if (change)
		data[len - 1] = data[len - 1] == '\n' ? ' ' : '\n';
	snprintf(tmp, sizeof(tmp), "%s.new", path);
	put_file(tmp, data, len);
	assert_int_equal(rename(tmp, path), 0);
	free(data);
}

static void test_stale(void **state)
{
	compile_ok(top);
	assert_true(cache_loads(top));
	/* a byte changed, same size: stale, though the times may tie */
	rewrite(top, true);
	assert_false(cache_loads(top));
	compile_ok(top);
	assert_true(cache_loads(top));
	rewrite(inc, true);
	assert_false(cache_loads(top));
	compile_ok(top);
	assert_true(cache_loads(top));
	/* the same bytes in a new file (as in a container started from an
	 * image: another device, inode and change time), or touched: current */
	rewrite(top, false);
	rewrite(inc, false);
	touch(top);
	assert_true(cache_loads(top));
	/* a longer file: stale */
	size_t len;
	char *data = get_file(inc, &len);
	char *more = malloc(len + 2);
	assert_non_null(more);
	memcpy(more, data, len);
	memcpy(more + len, "#\n", 2);
	put_file(inc, more, len + 2);
	free(data);
	free(more);
	assert_false(cache_loads(top));
	compile_ok(top);
	/* another name for the same file is not the file it was built from */
	char other[160];
	snprintf(other, sizeof(other), "%s/./top.yaml", dir);
	assert_int_equal(rename(cache_of(top), cache_of(other)), 0);
	assert_false(cache_loads(other));
}

/* Compiled by a relative path, found by any spelling that joins the
 * current directory to the same text: the file records absolute paths. */
static void test_relative_path(void **state)
{
	char old[4096];
	assert_non_null(getcwd(old, sizeof(old)));
	assert_int_equal(chdir(dir), 0);
	compile_ok("top.yaml");
	assert_true(cache_loads("top.yaml"));
	assert_true(cache_loads(top));
	assert_int_equal(chdir(old), 0);
	assert_true(cache_loads(top));
}

static void test_damaged(void **state)
{
	size_t len;
	compile_ok(rules);
	char *good = get_file(cache_of(rules), &len), *bad = malloc(len);
	assert_non_null(bad);
	assert_true(len > 200);
	for (size_t n = 0; n < 200; n++) {
		put_file(cache_of(rules), good, n);
		assert_false(cache_loads(rules));
	}
	for (size_t n = len - 9; n < len; n++) {
		put_file(cache_of(rules), good, n);
		assert_false(cache_loads(rules));
	}
	srand(7);
	for (int k = 0; k < 64; k++) {
		memcpy(bad, good, len);
		bad[(size_t)rand() % len] ^= (char)(1u << (rand() % 8));
		put_file(cache_of(rules), bad, len);
		assert_false(cache_loads(rules));
	}
	put_file(cache_of(rules), good, len);
	assert_true(cache_loads(rules));
	free(good);
	free(bad);
}

static void test_untrusted(void **state)
{
	const char *c = cache_of(rules);
	compile_ok(rules);
	struct stat st;
	assert_int_equal(stat(c, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0644);
	assert_int_equal(chmod(c, 0664), 0);
	assert_false(cache_loads(rules));
	assert_int_equal(chmod(c, 0646), 0);
	assert_false(cache_loads(rules));
	assert_int_equal(chmod(c, 0644), 0);
	assert_true(cache_loads(rules));
	if (geteuid() != 0)
		skip();
	assert_int_equal(chown(c, 1, 0), 0);
	assert_false(cache_loads(rules));
	assert_int_equal(chown(c, 0, 0), 0);
	assert_true(cache_loads(rules));
	/* a symbolic link is not followed */
	char link[160];
	snprintf(link, sizeof(link), "%s.real", c);
	assert_int_equal(rename(c, link), 0);
	assert_int_equal(symlink(link, c), 0);
	assert_false(cache_loads(rules));
	assert_int_equal(unlink(c), 0);
	assert_int_equal(rename(link, c), 0);
	assert_true(cache_loads(rules));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_decisions),
		cmocka_unit_test(test_home_of_loader),
		cmocka_unit_test(test_home_unusable),
		cmocka_unit_test(test_stale),
		cmocka_unit_test(test_relative_path),
		cmocka_unit_test(test_damaged),
		cmocka_unit_test(test_untrusted),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
