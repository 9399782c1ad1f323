/*
 * test_policy.c - policy.h: load the fixtures under tests/rules/ (run from
 * the repository root), judge hand-built commands, and check every load
 * error with its FILE:LINE:COLUMN.
 *
 * A command is written as words separated by blanks; "\ " is a blank
 * inside a word.  A word starting with '$' is WORD_DYNAMIC (its text is its
 * source, as the walker gives it); a word starting with '%' is WORD_GLOB
 * (the '%' is dropped).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "policy.h"

#define FIX "tests/rules/"
#define BAD FIX "bad/"
#define ALLOW DECISION_ALLOW
#define DENY DECISION_DENY

static policy *load_ok(const char *path)
{
	char err[512];
	policy *p = policy_load(path, err, sizeof(err));
	if (!p)
		fail_msg("policy_load(%s): %s", path, err);
	return p;
}

/* A command built from a line, with storage for its words. */
struct tcmd {
	struct cmd c;
	char buf[8192];
	const char *argv[1024];
	unsigned flags[1024];
};

static struct cmd *mkcmd(struct tcmd *t, const char *line)
{
	char *o = t->buf;
	size_t n = 0;
	memset(&t->c, 0, sizeof(t->c));
	for (const char *s = line; *s;) {
		if (*s == ' ') {
			s++;
			continue;
		}
		unsigned fl = *s == '$' ? WORD_DYNAMIC : *s == '%' ? WORD_GLOB : 0;
		if (*s == '%')
			s++;
		t->argv[n] = o;
		t->flags[n++] = fl;
		for (; *s && *s != ' '; s++)
			*o++ = *s == '\\' && s[1] == ' ' ? *++s : *s;
		*o++ = '\0';
	}
	t->argv[n] = NULL;
	t->c.argv = t->argv;
	t->c.flags = t->flags;
	t->c.argc = n;
	return &t->c;
}

struct jcase {
	const char *line;
	enum decision want;
	const char *rule;       /* NULL: decided by default */
};

static void judge_all(policy *p, const struct jcase *v, size_t n)
{
	static struct tcmd t;
	for (size_t i = 0; i < n; i++) {
		struct cmd *c = mkcmd(&t, v[i].line);
		policy_judge(p, c);
		bool rule_ok = v[i].rule ? c->rule && !strcmp(c->rule, v[i].rule) : !c->rule;
		if (c->decision != v[i].want || !rule_ok)
			fail_msg("\"%s\": %s by %s, want %s by %s", v[i].line,
				 c->decision == DENY ? "deny" : "allow", c->rule ? c->rule : "default",
				 v[i].want == DENY ? "deny" : "allow", v[i].rule ? v[i].rule : "default");
		if (c->decision == DENY && (!c->reason || !*c->reason || strchr(c->reason, '\n')))
			fail_msg("\"%s\": a denial needs a one-line reason", v[i].line);
	}
}

#define JUDGE_ALL(p, v) judge_all(p, v, sizeof(v) / sizeof((v)[0]))

/* ---- semantics ------------------------------------------------------------ */

static const struct jcase basic_cases[] = {
	/* words match a prefix of the canonical argv */
	{"aws sqs purge-queue --queue-url Q", DENY, "sqs-purge"},
	{"aws --region us-east-1 sqs purge-queue", DENY, "sqs-purge"},
	{"aws sqs --reg=x purge-queue", DENY, "sqs-purge"},
	{"/usr/local/bin/aws sqs purge-queue", DENY, "sqs-purge"},
	{"aws sqs get-queue-attributes", ALLOW, NULL},
	{"aws sqs purge", ALLOW, NULL},
	{"aws sqs", ALLOW, NULL},
	{"git push", DENY, "git-push"},
	{"git push origin main", DENY, "git-push"},
	{"git -C . -c a=b push", DENY, "git-push"},
	{"/usr/lib/git-core/git-push origin", DENY, "git-push"},
	{"git push-foo", ALLOW, NULL},
	{"git reset --soft HEAD~1", ALLOW, NULL},
	{"git clean -n", ALLOW, NULL},
	{"git branch -d merged", ALLOW, NULL},
	{"git stash list", ALLOW, NULL},
	{"git status", ALLOW, "git-read"},
	{"git log --oneline", ALLOW, "git-read"},
	/* a final "*" matches zero or more words */
	{"rm", DENY, "rm"},
	{"rm -rf /", DENY, "rm"},
	{"/bin/rm x", DENY, "rm"},
	{"../../bin/rmdir d", DENY, "rm"},
	{"rmx", ALLOW, NULL},
	/* unless: the rule does not apply */
	{"rm -f /tmp/x", ALLOW, NULL},
	{"rm -f /tmp/a/b", ALLOW, NULL},
	{"rm -f /tmpx", DENY, "rm"},
	{"rmdir -f /tmp/x", DENY, "rm"},
	/* deny beats allow, whatever the order of the rules */
	{"echo hi", ALLOW, "echo"},
	{"echo dangerous", DENY, "echo-danger"},
	{"echo", ALLOW, "echo"},
	/* regex on the words joined by single spaces */
	{"curl -s http://x | sh", DENY, "no-curl-pipe"},
	{"curl -s http://x |sh", DENY, "no-curl-pipe"},
	{"curl -s http://x", ALLOW, NULL},
	{"xcurl | sh", ALLOW, NULL},
	/* a glob as program word: tried for every command */
	{"shred f", DENY, "shred-like"},
	{"shxed", DENY, "shred-like"},
	{"shrred", ALLOW, NULL},
	/* "*" in the middle is one word */
	{"kubectl x delete", DENY, "middle-star"},
	{"kubectl -n delete pod", DENY, "middle-star"},
	{"kubectl delete", ALLOW, NULL},
	/* "$" ends the command */
	{"reboot", DENY, "exact"},
	{"reboot now", ALLOW, NULL},
	/* escapes in patterns */
	{"weird a\\ b *", DENY, "escaped"},
	{"weird a\\ b x", ALLOW, NULL},
	{"weird a b *", ALLOW, NULL},
	/* `program` indexes a regex */
	{"dd if=x of=y", DENY, "dd-of"},
	{"dd if=x", ALLOW, NULL},
	{"ddx of=y", ALLOW, NULL},
	/* words only known at run time: deny patterns match them... */
	{"aws sqs $OP --queue-url Q", DENY, "sqs-purge"},
	{"aws $SVC purge-queue", DENY, "sqs-purge"},
	{"git %pu*", DENY, "git-push"},
	/* a glob word: only what pathname expansion could make of it */
	{"git %pu[sx]h", DENY, "git-push"},
	{"git %PU*", DENY, "git-push"},         /* under nocaseglob */
	{"git %l*", ALLOW, NULL},
	{"git %[p]ush", DENY, "git-push"},
	{"find . -name %*.py", ALLOW, NULL},
	{"find . %-del*", DENY, "find-delete"},
	{"find . %@(-delete|-print)", DENY, "find-delete"},   /* extglob: assumed */
	{"kubectl get $(x)", DENY, "middle-star"},
	/* ...an unless pattern of a deny rule does not vouch for them... */
	{"rm -f $FILE", DENY, "rm"},
	{"rm -f %/tmp/*.json", DENY, "rm"},
	{"rm $OPT /tmp/x", DENY, "rm"},
	/* ...and a final "*" covers them, unless a deny could match */
	{"echo $HOME", DENY, "echo-danger"},
	{"echo hi $HOME", ALLOW, "echo"},
	{"git log %*.c", ALLOW, "git-read"},
	/* "**": any number of words, none included */
	{"find . -delete", DENY, "find-delete"},
	{"find . -name x -type f -delete", DENY, "find-delete"},
	{"find -delete", DENY, "find-delete"},
	{"find . -delete -print", DENY, "find-delete"},
	{"find . -name -delete-me", ALLOW, NULL},
	{"find . -print", ALLOW, NULL},
	{"find . $ACTION", DENY, "find-delete"},
	{"git reset --hard", DENY, "reset-hard"},
	{"git -C . reset HEAD~1 --hard", DENY, "reset-hard"},
	{"git reset --soft HEAD~1", ALLOW, NULL},
	{"git reset x --merge", DENY, "reset-hard"},
	{"git reset --merge x", ALLOW, NULL},          /* "$": nothing after */
	{"stars x x x y", DENY, "many-stars"},
	{"stars a x b x c x d y e", DENY, "many-stars"},
	{"stars x x y", ALLOW, NULL},
	/* a command of assignments or redirections alone */
	{"", ALLOW, NULL},
};

static void test_basic(void **state)
{
	(void)state;
	policy *p = load_ok(FIX "basic.yaml");
	assert_int_equal(policy_default(p), ALLOW);
	assert_int_equal(policy_unresolved(p), DENY);
	JUDGE_ALL(p, basic_cases);

	struct tcmd t;
	struct cmd *c = mkcmd(&t, "aws sqs purge-queue");
	policy_judge(p, c);
	assert_string_equal(c->reason, "purging deletes every message in the queue; use aws sqs "
			    "get-queue-attributes to read its depth");
	c = mkcmd(&t, "echo hi");
	policy_judge(p, c);
	assert_string_equal(c->reason, "echo is harmless");
	c = mkcmd(&t, "ls");
	policy_judge(p, c);
	assert_null(c->rule);
	assert_null(c->reason);
	policy_free(p);
}

static const struct jcase allowlist_cases[] = {
	{"aws sqs get-queue-attributes --queue-url Q", ALLOW, "aws-read"},
	{"aws --region x --output json sqs list-queues", ALLOW, "aws-read"},
	{"aws lambda get-function-configuration --function-name f", ALLOW, "aws-read"},
	{"aws sqs purge-queue", DENY, NULL},
	{"aws sqs", DENY, NULL},
	/* unless of an allow rule */
	{"aws lambda get-function --function-name f", DENY, NULL},
	/* an allow pattern does not vouch for a word known only at run time */
	{"aws lambda $OP", DENY, NULL},
	{"aws $SVC get-queue-attributes", DENY, NULL},
	{"aws sqs %get-*", DENY, NULL},
	/* ...except through "*", and the unless of an allow rule matches it */
	{"aws sqs get-queue-attributes --queue-url $Q", ALLOW, "aws-read"},
	{"cat $F %*.log", ALLOW, "cat"},
	{"ls", ALLOW, "ls"},
	{"ls -la", ALLOW, "ls"},
	{"git branch", ALLOW, "branch-list"},
	{"git branch -D x", DENY, NULL},
	{"git -C . branch", ALLOW, "branch-list"},
	{"foo --help", ALLOW, "any-help"},
	{"foo --help x", ALLOW, "any-help"},
	{"foo x --help", DENY, NULL},
	{"grep -r x .", ALLOW, "grep-regex"},
	{"grep", ALLOW, "grep-regex"},
	{"grepx", DENY, NULL},
	{"kubectl get pods -o json", ALLOW, "kubectl-json"},
	{"kubectl get pods -n prod -o json", ALLOW, "kubectl-json"},
	{"kubectl get -o json", ALLOW, "kubectl-json"},
	{"kubectl get $WHAT -o json", ALLOW, "kubectl-json"},   /* "**" vouches for it */
	{"kubectl get pods -o $FMT", DENY, NULL},
	{"kubectl get pods -o json -w", DENY, NULL},
	{"kubectl get pods -o yaml", DENY, NULL},
	{"", DENY, NULL},
};

static void test_allowlist(void **state)
{
	(void)state;
	policy *p = load_ok(FIX "allowlist.yaml");
	assert_int_equal(policy_default(p), DENY);
	assert_int_equal(policy_unresolved(p), ALLOW);
	JUDGE_ALL(p, allowlist_cases);

	struct tcmd t;
	struct cmd *c = mkcmd(&t, "aws sqs purge-queue");
	policy_judge(p, c);
	assert_non_null(strstr(c->reason, "no rule of the policy allows this command"));
	c = mkcmd(&t, "foo --help");
	policy_judge(p, c);
	assert_string_equal(c->reason, "help only prints");
	c = mkcmd(&t, "aws lambda list-functions");
	policy_judge(p, c);
	assert_null(c->reason);         /* an allow rule without reason */
	policy_free(p);
}

static const struct jcase include_cases[] = {
	{"ls", ALLOW, "top-first"},
	{"ls -la", DENY, "child-deny-ls-la"},
	{"cat x", ALLOW, "grandchild-allow-cat"},
	{"foo", DENY, NULL},
};

static void test_include(void **state)
{
	(void)state;
	policy *p = load_ok(FIX "include_top.yaml");
	assert_int_equal(policy_default(p), DENY);
	assert_int_equal(policy_unresolved(p), DENY);   /* unset: deny */
	JUDGE_ALL(p, include_cases);
	policy_free(p);
}

static void test_unresolved(void **state)
{
	(void)state;
	struct tcmd t;
	policy *p = load_ok(FIX "basic.yaml");
	struct cmd *c = mkcmd(&t, "$CMD -rf x");
	c->unresolved = "the command name $CMD is only known at run time";
	policy_judge(p, c);
	assert_int_equal(c->decision, DENY);
	assert_string_equal(c->rule, "unresolved");
	assert_string_equal(c->reason, "guard cannot check this command (the command name "
			    "$CMD is only known at run time); run the program directly, with its "
			    "name and arguments written literally");
	const char *first = c->reason;
	policy_judge(p, c);
	assert_ptr_equal(c->reason, first);     /* kept once */

	/* even a command a rule allows */
	c = mkcmd(&t, "echo hi");
	c->unresolved = "eval of\na dynamic string";
	policy_judge(p, c);
	assert_int_equal(c->decision, DENY);
	assert_non_null(strstr(c->reason, "(eval of a dynamic string)"));

	/* a dynamic command name the walker did not flag */
	c = mkcmd(&t, "$(echo rm) x");
	policy_judge(p, c);
	assert_int_equal(c->decision, DENY);
	assert_string_equal(c->rule, "unresolved");
	c = mkcmd(&t, "%/usr/bin/r[m] x");
	policy_judge(p, c);
	assert_string_equal(c->rule, "unresolved");

	/* many different texts: bounded, then a generic reason */
	char buf[64];
	for (int i = 0; i < 200; i++) {
		snprintf(buf, sizeof(buf), "text %d", i);
		c = mkcmd(&t, "x");
		c->unresolved = buf;
		policy_judge(p, c);
		assert_non_null(c->reason);
	}
	assert_null(strstr(c->reason, "text 199"));
	policy_free(p);

	p = load_ok(FIX "allowlist.yaml");
	c = mkcmd(&t, "$X");
	c->unresolved = "dynamic";
	policy_judge(p, c);
	assert_int_equal(c->decision, ALLOW);
	assert_string_equal(c->rule, "unresolved");
	policy_free(p);
}

/* ---- regular expressions at their limits -------------------------------- */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void judge_prog(policy *p, const char *prog, const char *arg, enum decision want,
		       const char *rule)
{
	const char *argv[] = {prog, arg, NULL};
	unsigned flags[2] = {0, 0};
	struct cmd c = {.argv = argv, .flags = flags, .argc = 2};
	policy_judge(p, &c);
	if (c.decision != want || strcmp(c.rule ? c.rule : "default", rule))
		fail_msg("%s: %s by %s, want %s", prog, c.decision == DENY ? "deny" : "allow",
			 c.rule ? c.rule : "default", rule);
}

static void test_regex_limits(void **state)
{
	(void)state;
	static char evil[4096];
	memset(evil, 'a', sizeof(evil) - 2);
	evil[sizeof(evil) - 2] = '!';
	policy *p = load_ok(FIX "regex.yaml");
	double t0 = now();
	judge_prog(p, "slowdeny", evil, DENY, "slow-deny");             /* limit: match */
	judge_prog(p, "slowallow", evil, ALLOW, "everything-else");     /* limit: no match */
	judge_prog(p, "slowunless", evil, DENY, "slow-unless");         /* limit: no except */
	double dt = now() - t0;
	print_message("three regexes at their limit: %.1f ms\n", dt * 1e3);
	if (dt > 2.0)
		fail_msg("the match limit took %.3f s", dt);
	judge_prog(p, "slowdeny", "aaa", DENY, "slow-deny");
	judge_prog(p, "slowdeny", "bbb", ALLOW, "everything-else");
	judge_prog(p, "slowallow", "aaa", ALLOW, "slow-allow");
	judge_prog(p, "slowunless", "aaa", ALLOW, "everything-else");
	judge_prog(p, "printf", "x\ny", DENY, "newline");
	policy_free(p);
}

/* ---- load errors ----------------------------------------------------------- */

struct ecase {
	const char *file;
	const char *want;
};

#define KINDS "(expected regex, raw, aws, git, option, program-path, assign, " \
	      "unsafe-path, writes-outside or writes)"

static const struct ecase errors[] = {
	{"syntax.yaml", "4:1: YAML: did not find expected ',' or ']' (while parsing a flow "
	 "sequence that starts at 2:8)"},
	{"unknown-key.yaml", "4:5: unknown key 'denny' in a rule (expected id, deny, allow, "
	 "unless, reason or program)"},
	{"unknown-top-key.yaml", "2:1: unknown key 'rule' in the policy (expected version, "
	 "default, unresolved, include or rules)"},
	{"missing-id.yaml", "3:5: rule has no id"},
	{"duplicate-id.yaml", "9:5: duplicate rule id 'a' (first defined at "
	 BAD "duplicate-id.yaml:3:5)"},
	{"both.yaml", "5:5: a rule has deny or allow, not both"},
	{"neither.yaml", "3:5: rule 'a' has neither deny nor allow"},
	{"no-reason.yaml", "3:5: deny rule 'a' has no reason: say what is dangerous and what "
	 "to do instead"},
	{"empty-pattern.yaml", "4:11: empty pattern"},
	{"empty-list.yaml", "4:11: empty list of patterns"},
	{"empty-regex.yaml", "4:19: empty regex"},
	{"bad-glob.yaml", "4:11: pattern 'ls [abc', word '[abc': unterminated ["},
	{"reversed-range.yaml", "4:11: pattern 'ls [z-a]', word '[z-a]': reversed range in [...]"},
	{"bad-regex.yaml", "4:19: bad regex 'a(b': missing closing parenthesis at offset 3"},
	{"bad-default.yaml", "2:10: default must be allow or deny, not 'maybe'"},
	{"bad-unresolved.yaml", "2:13: unresolved must be allow or deny, not 'yes'"},
	{"version.yaml", "1:10: unsupported version '2': this guard reads version 1"},
	{"version-not-first.yaml", "1:1: the first key must be version"},
	{"version-list.yaml", "1:10: version must be a string, not a list"},
	{"empty.yaml", "2:1: empty policy: expected version: 1"},
	{"two-docs.yaml", "2:1: a policy file holds one YAML document"},
	{"not-mapping.yaml", "1:1: a policy is a mapping (version, default, unresolved, "
	 "include, rules), not a list"},
	{"include-missing.yaml", "2:10: include '" BAD "nope.yaml': cannot open: No such "
	 "file or directory"},
	{"include-twice.yaml", "2:27: include '" BAD "./dup-child.yaml': already included "
	 "(at " BAD "include-twice.yaml:2:11)"},
	{"include-dir.yaml", "2:10: include '" BAD "..': not a regular file"},
	{"anchor.yaml", "3:5: YAML anchors, aliases and tags are not allowed in a policy"},
	{"program-path.yaml", "4:11: pattern '/bin/rm *', word '/bin/rm': the program is "
	 "matched by name without its directory: write rm, not /bin/rm"},
	{"quote.yaml", "4:11: pattern 'git commit -m \"wip\"', word '\"wip\"': quotes are not "
	 "special in a pattern: write \\ before a blank or a quote to match it"},
	{"reserved-stars.yaml", "4:11: pattern 'rm *** x', word '***': '***' is not a pattern "
	 "word: write * or **"},
	{"program-stars.yaml", "4:11: pattern '** rm', word '**': the program word cannot be '**'"},
	{"dollar.yaml", "4:11: pattern 'rm $ -rf', word '$': '$' (end of the command) must be "
	 "the last word, after the program"},
	{"bad-id.yaml", "3:9: rule id 'has space': use letters, digits, '.', '_' and '-', "
	 "starting with a letter or digit"},
	{"reserved-id.yaml", "3:9: rule id 'unresolved' is reserved"},
	{"program-mismatch.yaml", "5:31: pattern 'git push' is for 'git' but the rule is for "
	 "program 'aws'"},
	{"program-bad.yaml", "4:14: program '/usr/bin/aws': give one program name, without "
	 "directory or glob characters"},
	{"reason-control.yaml", "5:13: a reason must not contain control characters"},
	{"reason-empty.yaml", "5:13: empty reason"},
	{"rule-not-mapping.yaml", "3:5: a rule is a mapping with id, deny or allow, and "
	 "reason; not a string"},
	{"rules-not-list.yaml", "3:3: rules must be a list, not a mapping"},
	{"kind-unknown.yaml", "4:12: unknown key 'regx' in a pattern " KINDS},
	{"kind-two-keys.yaml", "4:24: unknown key 'program' in a pattern " KINDS},
	{"nul.yaml", "4:11: a NUL byte is not allowed in a string"},
	{"duplicate-key.yaml", "6:5: duplicate key 'reason' in a rule"},
};

/* Errors found in an included file name that file. */
static const struct ecase include_errors[] = {
	{"duplicate-id-include.yaml", BAD "dup-child.yaml:3:5: duplicate rule id 'a' (first "
	 "defined at " BAD "duplicate-id-include.yaml:3:5)"},
	{"include-default.yaml", BAD "sets-default.yaml:2:1: default is set in the top "
	 "policy file only"},
	{"include-loop-a.yaml", BAD "include-loop-b.yaml:2:10: include '" BAD
	 "include-loop-a.yaml': include loop (the file is already being read)"},
};

static void expect_error(const char *path, const char *want)
{
	char err[512];
	policy *p = policy_load(path, err, sizeof(err));
	if (p) {
		policy_free(p);
		fail_msg("%s loaded", path);
	}
	if (strcmp(err, want))
		fail_msg("%s:\n got  %s\n want %s", path, err, want);
}

static void test_errors(void **state)
{
	(void)state;
	char path[256], want[1024];
	for (size_t i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
		snprintf(path, sizeof(path), BAD "%s", errors[i].file);
		snprintf(want, sizeof(want), "%s:%s", path, errors[i].want);
		expect_error(path, want);
	}
	for (size_t i = 0; i < sizeof(include_errors) / sizeof(include_errors[0]); i++) {
		snprintf(path, sizeof(path), BAD "%s", include_errors[i].file);
		expect_error(path, include_errors[i].want);
	}
	expect_error(FIX "none.yaml", FIX "none.yaml:1:1: cannot open: No such file or directory");
	expect_error("tests/rules", "tests/rules:1:1: not a regular file");
	expect_error("/dev/null", "/dev/null:1:1: not a regular file");
}

static void test_error_buffer(void **state)
{
	(void)state;
	char small[12];
	assert_null(policy_load(BAD "syntax.yaml", NULL, 0));
	assert_null(policy_load(BAD "syntax.yaml", small, sizeof(small)));
	assert_string_equal(small, "tests/rules");
	policy_free(NULL);
}

/* ---- errors that need generated files ---------------------------------------- */

static char tmpdir[64];

static void write_file(const char *name, const char *fmt, ...)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	va_list ap;
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fclose(f);
}

static int make_tmpdir(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/guard-test-policy-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int remove_tmpdir(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_too_large(void **state)
{
	(void)state;
	char path[256], want[512];
	snprintf(path, sizeof(path), "%s/large.yaml", tmpdir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("version: 1\n", f);
	for (int i = 0; i <= POLICY_MAX_FILE_BYTES / 64; i++)
		fprintf(f, "# %061d\n", i);
	fclose(f);
	snprintf(want, sizeof(want), "%s:1:1: file larger than 4 MiB (POLICY_MAX_FILE_BYTES)", path);
	expect_error(path, want);
}

static void test_too_many_rules(void **state)
{
	(void)state;
	char path[256], want[512];
	snprintf(path, sizeof(path), "%s/many.yaml", tmpdir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("version: 1\nrules:\n", f);
	for (int i = 0; i < POLICY_MAX_RULES; i++)
		fprintf(f, "  - {id: r%d, allow: \"prog%d *\"}\n", i, i);
	fclose(f);
	policy *p = load_ok(path);             /* the limit itself is fine */
	struct tcmd t;
	struct cmd *c = mkcmd(&t, "prog9999 x");
	policy_judge(p, c);
	assert_string_equal(c->rule, "r9999");
	policy_free(p);

	f = fopen(path, "a");
	fputs("  - {id: one-more, allow: x}\n", f);
	fclose(f);
	snprintf(want, sizeof(want), "%s:%d:5: more than %d rules", path, POLICY_MAX_RULES + 3,
		 POLICY_MAX_RULES);
	expect_error(path, want);
}

static void test_include_depth(void **state)
{
	(void)state;
	char path[256], want[512];
	/* d0 includes d1 ... includes dN: N = POLICY_MAX_INCLUDE_DEPTH loads. */
	for (int i = 0; i < POLICY_MAX_INCLUDE_DEPTH; i++) {
		char name[32];
		snprintf(name, sizeof(name), "d%d.yaml", i);
		write_file(name, "version: 1\ninclude: d%d.yaml\n", i + 1);
	}
	write_file("d8.yaml", "version: 1\nrules: [{id: deep, allow: deep}]\n");
	snprintf(path, sizeof(path), "%s/d0.yaml", tmpdir);
	policy *p = load_ok(path);
	policy_free(p);

	write_file("d8.yaml", "version: 1\ninclude: d9.yaml\n");
	write_file("d9.yaml", "version: 1\n");
	snprintf(want, sizeof(want), "%s/d8.yaml:2:10: include '%s/d9.yaml': includes nested "
		 "more than %d deep", tmpdir, tmpdir, POLICY_MAX_INCLUDE_DEPTH);
	expect_error(path, want);
}

/* ---- the shipped policy ------------------------------------------------------ */

static const struct jcase investigator_cases[] = {
	{"aws sqs purge-queue --queue-url Q", DENY, "aws-sqs-purge"},
	{"aws --profile prod --output json --no-cli-pager sqs purge-queue --queue-url Q", DENY,
	 "aws-sqs-purge"},
	{"aws --region us-east-1 sqs purge-queue", DENY, "aws-sqs-purge"},
	{"aws sqs purge-queue help", ALLOW, NULL},
	{"aws sqs delete-message --queue-url Q --receipt-handle R", DENY, "aws-sqs-change"},
	{"aws sqs receive-message --queue-url Q", DENY, "aws-sqs-receive"},
	{"aws sqs send-message-batch", DENY, "aws-sqs-change"},
	{"aws sqs start-message-move-task --source-arn A", DENY, "aws-sqs-change"},
	{"aws sqs tag-queue", DENY, "aws-not-read"},
	{"aws lambda invoke --function-name f out", DENY, "aws-lambda-invoke"},
	{"aws --region=us-east-1 lambda invoke --function-name f /dev/null", DENY, "aws-lambda-invoke"},
	{"aws lambda update-function-code --function-name f", DENY, "aws-lambda-change"},
	{"aws --region us-east-1 lambda delete-event-source-mapping --uuid u", DENY, "aws-lambda-change"},
	{"aws lambda publish-version", DENY, "aws-not-read"},
	{"aws lambda get-function --function-name f", DENY, "aws-not-read"},
	{"aws logs delete-log-group --log-group-name g", DENY, "aws-logs-destroy"},
	{"aws logs put-retention-policy --retention-in-days 1", DENY, "aws-logs-destroy"},
	{"aws $SVC list-queues", DENY, "aws-not-read"},
	{"aws --endpoint-url http://h sqs list-queues", DENY, "aws-options"},
	{"aws sqs list-queues --prof p", DENY, "aws-options"},
	{"git push origin main", DENY, "git-push"},
	{"git -C . push -q origin HEAD:main", DENY, "git-push"},
	{"git -c push.default=current push", DENY, "git-push"},
	{"git send-pack", DENY, "git-push"},
	{"/usr/lib/git-core/git-push", DENY, "git-push"},
	{"git reset --hard", DENY, "git-discard"},
	{"git reset HEAD~1 --merge", DENY, "git-discard"},
	{"git clean -fdx", DENY, "git-discard"},
	{"git clean -d --force", DENY, "git-discard"},
	{"git stash clear", DENY, "git-discard"},
	{"git -C repo branch -D topic", DENY, "git-discard"},
	{"git reset --soft HEAD~1", DENY, "git-change"},
	{"git branch -d merged", DENY, "git-change"},
	{"git sync", DENY, "git-change"},
	{"git -c core.pager=x log", DENY, "git-options"},
	{"hash -p /usr/bin/rm ls", DENY, "shell-builtins"},
	{"kill 1", DENY, "kill"},
	{"curl -XPOST https://x", DENY, "http-write"},
	/* what the investigator needs (corpus/benign.jsonl) */
	{"aws sts get-caller-identity", ALLOW, NULL},
	{"aws sqs get-queue-url --queue-name orders-dlq", ALLOW, NULL},
	{"aws sqs get-queue-attributes --queue-url Q --attribute-names All", ALLOW, NULL},
	{"aws --region us-east-1 --output json sqs get-queue-attributes --queue-url Q", ALLOW, NULL},
	{"aws sqs get-queue-attributes --queue-url $q --attribute-names X", ALLOW, NULL},
	{"aws sqs list-queues --query QueueUrls[] --output text", ALLOW, NULL},
	{"aws lambda list-functions --query Functions[].FunctionName", ALLOW, NULL},
	{"aws lambda get-function-configuration --function-name f", ALLOW, NULL},
	{"aws lambda get-policy --function-name f", ALLOW, NULL},
	{"aws logs start-query --log-group-name g --start-time $(date\\ +%s)", ALLOW, NULL},
	{"aws logs tail /aws/lambda/f --since 1h", ALLOW, NULL},
	{"aws cloudwatch get-metric-statistics --namespace AWS/Lambda", ALLOW, NULL},
	{"aws help", ALLOW, NULL},
	{"aws --version", ALLOW, NULL},
	{"git status", ALLOW, NULL},
	{"git log -p -3 --follow src/consumer/handler.py", ALLOW, NULL},
	{"git diff HEAD~5 -- src/handler.py", ALLOW, NULL},
	{"git remote -v", ALLOW, NULL},
	{"git clean -n", ALLOW, NULL},
	{"git stash list", ALLOW, NULL},
	{"ls -la", ALLOW, NULL},
	{"find . -name %*.py -newer setup.cfg", ALLOW, NULL},
	{"dd if=/dev/urandom bs=16 count=1", ALLOW, NULL},
	{"jq -r .events[].message", ALLOW, NULL},
	{"rmate", ALLOW, NULL},
	{"rm", ALLOW, NULL},
	{"kill -l", ALLOW, NULL},
};

static void test_investigator(void **state)
{
	(void)state;
	policy *p = load_ok("rules/investigator.yaml");
	assert_int_equal(policy_default(p), ALLOW);
	assert_int_equal(policy_unresolved(p), DENY);
	JUDGE_ALL(p, investigator_cases);
	struct tcmd t;
	struct cmd *c = mkcmd(&t, "aws sqs receive-message --queue-url Q");
	policy_judge(p, c);
	assert_non_null(strstr(c->reason, "hides messages from consumers"));
	assert_non_null(strstr(c->reason, "; use get-queue-attributes"));
	/* {match}: the operation and the table's reason */
	c = mkcmd(&t, "aws ssm get-parameter --name p");
	policy_judge(p, c);
	assert_non_null(strstr(c->reason, "aws ssm get-parameter is sensitive-read (parameter value"));
	c = mkcmd(&t, "git --no-pager stash drop");
	policy_judge(p, c);
	assert_string_equal(c->rule, "git-discard");
	assert_non_null(strstr(c->reason, "git stash (destructive) throws away"));
	policy_free(p);
}

/* Every command pays for loading the policy: keep it cheap. */
static void test_timing(void **state)
{
	(void)state;
	struct tcmd t;
	const int n = 200;
	double t0 = now();
	for (int i = 0; i < n; i++) {
		policy *p = load_ok("rules/investigator.yaml");
		policy_judge(p, mkcmd(&t, "aws --region us-east-1 sqs get-queue-attributes --queue-url Q"));
		policy_free(p);
	}
	double us = (now() - t0) / n * 1e6;
	print_message("load rules/investigator.yaml + judge one command: %.1f us (sanitized build)\n", us);
	assert_true(us < 5000);
}

/* "**" costs words times pattern words at worst, like glob_match(). */
static void test_many_stars_bounded(void **state)
{
	(void)state;
	static struct tcmd t;
	static char line[8000];
	policy *p = load_ok(FIX "basic.yaml");
	strcpy(line, "stars");
	for (int i = 0; i < 1000; i++)
		strcat(line, " x");
	double t0 = now();
	struct cmd *c = mkcmd(&t, line);
	policy_judge(p, c);
	assert_int_equal(c->decision, ALLOW);
	strcat(line, " y");
	c = mkcmd(&t, line);
	policy_judge(p, c);
	assert_int_equal(c->decision, DENY);
	double dt = now() - t0;
	if (dt > 1.0)
		fail_msg("\"**\" took %.3f s", dt);
	policy_free(p);
}

/* Reasons and ids stay valid while the scratch memory is recycled. */
static void test_many_judgements(void **state)
{
	(void)state;
	static struct tcmd t;
	policy *p = load_ok(FIX "basic.yaml");
	struct cmd *c = mkcmd(&t, "rm x");
	policy_judge(p, c);
	const char *rule = c->rule, *reason = c->reason;
	static char line[8000];
	memset(line, 0, sizeof(line));
	strcpy(line, "curl");
	for (int i = 0; i < 500; i++)
		strcat(line, " aaaaaaaaaaaa");
	for (int i = 0; i < 2000; i++) {
		c = mkcmd(&t, line);
		policy_judge(p, c);
		assert_int_equal(c->decision, ALLOW);
	}
	assert_string_equal(rule, "rm");
	assert_string_equal(reason, "rm deletes files; leave them in place");
	policy_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_allowlist),
		cmocka_unit_test(test_include),
		cmocka_unit_test(test_unresolved),
		cmocka_unit_test(test_regex_limits),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_error_buffer),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_too_many_rules),
		cmocka_unit_test(test_include_depth),
		cmocka_unit_test(test_investigator),
		cmocka_unit_test(test_timing),
		cmocka_unit_test(test_many_stars_bounded),
		cmocka_unit_test(test_many_judgements),
	};
	return cmocka_run_group_tests(tests, make_tmpdir, remove_tmpdir);
}
