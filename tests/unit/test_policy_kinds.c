/*
 * test_policy_kinds.c - the pattern kinds beyond words and regex: aws:,
 * git:, option:, raw:, program-path:, assign:, unsafe-path:,
 * writes-outside:, writes:, "{match}" in reasons, the rules digest, and
 * the load errors of each kind.  Policies are written to a temporary
 * directory, which also holds the files and links the write-scope and
 * PATH checks look at.
 *
 * A command is written as in test_policy.c: words separated by blanks, a
 * word starting with '$' is WORD_DYNAMIC, one starting with '%' WORD_GLOB.
 * Writes and assignments are added to it by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "git_class.h"
#include "policy.h"
#include "sha256.h"

#define ALLOW DECISION_ALLOW
#define DENY DECISION_DENY

static char dir[64];    /* the temporary directory */

static const char *at(const char *name)
{
	static char buf[4][512];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%s/%s", dir, name);
	return buf[k];
}

static void write_file(const char *name, const char *text)
{
	FILE *f = fopen(at(name), "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A policy from text; "@" in it stands for the temporary directory. */
static policy *load_text(const char *text, char *err, size_t errlen)
{
	char buf[8192], *o = buf;
	for (const char *s = text; *s && o < buf + sizeof(buf) - 80; s++)
		o += *s == '@' ? (size_t)sprintf(o, "%s", dir) : (size_t)(*o = *s, 1);
	*o = '\0';
	write_file("p.yaml", buf);
	return policy_load(at("p.yaml"), err, errlen);
}

static policy *load_ok(const char *text)
{
	char err[512];
	policy *p = load_text(text, err, sizeof(err));
	if (!p)
		fail_msg("load: %s", err);
	return p;
}

static void load_fails(const char *text, const char *want)
{
	char err[512];
	policy *p = load_text(text, err, sizeof(err));
	if (p || !strstr(err, want))
		fail_msg("want an error with \"%s\", got %s", want, p ? "a policy" : err);
}

struct tcmd {
	struct cmd c;
	char buf[8192];
	const char *argv[256];
	unsigned flags[256];
	const char *assigns[16];
	unsigned aflags[16];
	struct cmd_write writes[16];
};

static struct cmd *mkcmd(struct tcmd *t, const char *line)
{
	char *o = t->buf;
	size_t n = 0;
	memset(t, 0, sizeof(*t));
	for (const char *s = line; *s;) {
		if (*s == ' ') {
			s++;
			continue;
		}
		unsigned fl = *s == '$' ? WORD_DYNAMIC : *s == '%' ? WORD_GLOB : 0;
		s += *s == '%';
		t->argv[n] = o;
		t->flags[n++] = fl;
		for (; *s && *s != ' '; s++)
			*o++ = *s == '\\' && s[1] == ' ' ? *++s : *s;
		*o++ = '\0';
	}
	t->c.argv = t->argv;
	t->c.flags = t->flags;
	t->c.argc = n;
	t->c.assigns = t->assigns;
	t->c.assign_flags = t->aflags;
	t->c.writes = t->writes;
	return &t->c;
}

static void add_assign(struct tcmd *t, const char *a, unsigned flags)
{
	t->assigns[t->c.nassigns] = a;
	t->aflags[t->c.nassigns++] = flags;
}

static void add_write(struct tcmd *t, const char *path, unsigned flags)
{
	t->writes[t->c.nwrites++] = (struct cmd_write){path, flags, "test"};
}

/* Judge c and check the outcome: want, by rule (NULL: the default). */
static void expect(policy *p, struct cmd *c, enum decision want, const char *rule)
{
	policy_judge(p, c);
	bool rule_ok = rule ? c->rule && !strcmp(c->rule, rule) : !c->rule;
	if (c->decision != want || !rule_ok)
		fail_msg("\"%s%s%s\": %s by %s, want %s by %s", c->argc ? c->argv[0] : "",
			 c->argc > 1 ? " " : "", c->argc > 1 ? c->argv[1] : "",
			 c->decision == DENY ? "deny" : "allow", c->rule ? c->rule : "default",
			 want == DENY ? "deny" : "allow", rule ? rule : "default");
}

static void judge_line(policy *p, const char *line, enum decision want, const char *rule)
{
	static struct tcmd t;
	struct cmd *c = mkcmd(&t, line);
	policy_judge(p, c);
	bool rule_ok = rule ? c->rule && !strcmp(c->rule, rule) : !c->rule;
	if (c->decision != want || !rule_ok)
		fail_msg("\"%s\": %s by %s, want %s by %s", line, c->decision == DENY ? "deny" : "allow",
			 c->rule ? c->rule : "default", want == DENY ? "deny" : "allow",
			 rule ? rule : "default");
}

/* ---- aws: ----------------------------------------------------------------------- */

static const char aws_policy[] =
	"version: 1\ndefault: deny\nrules:\n"
	"- {id: m, deny: {aws: [mutate]}, reason: \"{match}\"}\n"
	"- {id: s, deny: {aws: sensitive-read}, reason: \"{match}\"}\n"
	"- {id: x, deny: {aws: [side-effect-read]}, reason: x}\n"
	"- {id: u, deny: {aws: [unknown]}, reason: \"{match}\"}\n"
	"- {id: r, allow: {aws: [read]}}\n";

static void test_aws(void **state)
{
	static const struct {
		const char *line, *rule;
	} v[] = {
		{"aws sqs get-queue-attributes --queue-url Q", "r"},
		{"aws --region x sqs --output json list-queues", "r"},
		{"/usr/local/bin/aws sts get-caller-identity", "r"},
		{"aws sqs purge-queue --queue-url Q", "m"},
		{"aws --reg x sqs purge-queue", "m"},
		{"aws sqs --queue-url purge-queue list-queues", "m"},
		{"aws lambda get-function --function-name f", "s"},
		{"aws sqs receive-message --queue-url Q", "x"},
		{"aws nuke --queue-url Q", "u"},
		{"aws sqs nuke", "u"},
		{"aws sqs", "u"},
		{"aws", "u"},
		{"aws --region x", "u"},
		{"aws --cli-auto-prompt", "u"},
		{"aws --version", "r"},
		{"aws help", "r"},
		{"aws help topics", "r"},
		{"aws sqs help", "r"},
		{"aws nuke help", "u"},
		{"aws sqs purge-queue help", "r"},
		{"aws sqs purge-queue --queue-url help", "m"},
		{"aws sqs purge-queue --generate-cli-skeleton", "r"},
		{"aws sqs purge-queue --generate-cli-skeleton=input", "r"},
		{"aws sqs purge-queue --generate-cli-skeletons", "m"},
		{"aws sqs purge-queue --cli-input-json file://x.json", "m"},
		{"aws sqs list-queues --cli-input-yaml file://x.yaml", "r"},
		{"aws nuke --generate-cli-skeleton", "u"},
		{"aws lambda wait function-exists --function-name f", "r"},
		{"aws lambda wait nonsense", "u"},
		{"aws lambda wait $W", "m"},
		{"aws lambda wizard new-function", "m"},
		{"aws configure", "m"},
		{"aws configure set region x", "m"},
		{"aws configure import --csv file://x", "m"},
		{"aws configure list", "r"},
		{"aws configure list-profiles", "r"},
		{"aws configure get region", "s"},
		{"aws $SVC list-queues", "m"},
		{"aws sqs $OP", "m"},
		{"aws sqs %purge-*", "m"},
		{"aws sqs list-queues $X", "r"},
		{"aws s3 ls s3://b", "r"},
		{"aws s3 cp s3://b/k -", "m"},
		{"aws logs tail g --follow", "r"},
		{"aws logs start-query --query-string q", "x"},
	};
	(void)state;
	policy *p = load_ok(aws_policy);
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		judge_line(p, v[i].line, strcmp(v[i].rule, "r") ? DENY : ALLOW, v[i].rule);
	/* {match}: the operation, its class and the table's reason */
	struct tcmd t;
	struct cmd *c = mkcmd(&t, "aws --region x sqs purge-queue --queue-url Q");
	policy_judge(p, c);
	assert_string_equal(c->reason, "aws sqs purge-queue is mutate (irreversibly deletes all "
			    "messages in the queue)");
	c = mkcmd(&t, "aws nuke --queue-url Q");
	policy_judge(p, c);
	assert_string_equal(c->reason, "aws nuke is not an AWS CLI command guard knows (a newer "
			    "CLI's, a typo or an alias)");
	c = mkcmd(&t, "aws sqs $OP");
	policy_judge(p, c);
	assert_string_equal(c->reason, "this command");
	policy_free(p);

	/* strict: an allow needs every class the command could have */
	p = load_ok("version: 1\ndefault: deny\nrules:\n- {id: r, allow: {aws: [read]}}\n"
		    "- {id: any, allow: {aws: [read, mutate, sensitive-read, side-effect-read, "
		    "unknown]}, unless: \"aws ec2\"}\n");
	judge_line(p, "aws sqs list-queues", ALLOW, "r");
	judge_line(p, "aws sqs $OP", ALLOW, "any");
	judge_line(p, "aws ec2 $OP", DENY, NULL);
	judge_line(p, "ls", DENY, NULL);
	policy_free(p);
}

/* ---- git: ------------------------------------------------------------------------ */

static unsigned classes_of(const char *line)
{
	static struct tcmd t;
	struct cmd *c = mkcmd(&t, line);
	return git_classes(c->argv, c->flags, c->argc);
}

static void test_git_classes(void **state)
{
	static const struct {
		const char *args;
		enum git_class cls;
	} v[] = {
		{"status", GIT_READ}, {"log --oneline -5", GIT_READ}, {"log --output=x", GIT_LOCAL},
		{"log --outp x", GIT_LOCAL}, {"branch", GIT_READ}, {"branch topic", GIT_LOCAL},
		{"branch -l topic*", GIT_READ}, {"branch --contains abc", GIT_READ},
		{"branch -vv", GIT_READ}, {"branch -d x", GIT_LOCAL}, {"branch -D x", GIT_DESTRUCTIVE},
		{"branch -df x", GIT_DESTRUCTIVE}, {"branch --for x", GIT_DESTRUCTIVE},
		{"branch -a -d x", GIT_LOCAL}, {"tag", GIT_READ}, {"tag v1", GIT_LOCAL},
		{"tag -n5", GIT_READ}, {"tag -m -f v1", GIT_LOCAL}, {"tag -d v1", GIT_DESTRUCTIVE},
		{"remote", GIT_READ}, {"remote -v", GIT_READ}, {"remote show origin", GIT_READ},
		{"remote add x u", GIT_LOCAL}, {"remote -v add x u", GIT_LOCAL},
		{"stash", GIT_LOCAL}, {"stash list", GIT_READ}, {"stash -q drop", GIT_DESTRUCTIVE},
		{"config user.name", GIT_READ}, {"config user.name x", GIT_LOCAL},
		{"config --get-regexp a b", GIT_READ}, {"config -f f k v", GIT_LOCAL},
		{"config --file=f --list", GIT_READ}, {"config get k", GIT_READ},
		{"config --unset k", GIT_LOCAL}, {"config --remove-section s", GIT_DESTRUCTIVE},
		{"config -e", GIT_DESTRUCTIVE}, {"clean", GIT_DESTRUCTIVE}, {"clean -n", GIT_READ},
		{"clean -nfd", GIT_READ}, {"clean -fen", GIT_DESTRUCTIVE},
		{"clean --dry", GIT_DESTRUCTIVE}, {"clean --dry-run -f", GIT_READ},
		{"reset HEAD~1", GIT_LOCAL}, {"reset --hard", GIT_DESTRUCTIVE},
		{"reset --har", GIT_DESTRUCTIVE}, {"reset --keep x", GIT_LOCAL},
		{"checkout", GIT_READ}, {"checkout main", GIT_DESTRUCTIVE},
		{"checkout -b new", GIT_LOCAL}, {"checkout -b new origin/main", GIT_LOCAL},
		{"checkout -b new -- f", GIT_DESTRUCTIVE}, {"checkout -B x", GIT_DESTRUCTIVE},
		{"switch main", GIT_LOCAL}, {"switch -c new", GIT_LOCAL},
		{"switch --discard-changes main", GIT_DESTRUCTIVE}, {"restore f", GIT_DESTRUCTIVE},
		{"restore --staged f", GIT_LOCAL}, {"restore -S -W f", GIT_DESTRUCTIVE},
		{"restore --source HEAD~1 f", GIT_DESTRUCTIVE}, {"rm --cached f", GIT_LOCAL},
		{"rm -f f", GIT_DESTRUCTIVE}, {"rm -n f", GIT_READ}, {"worktree list", GIT_READ},
		{"worktree remove -f w", GIT_DESTRUCTIVE}, {"worktree remove w", GIT_LOCAL},
		{"worktree prune -n", GIT_READ}, {"notes", GIT_READ}, {"notes remove", GIT_DESTRUCTIVE},
		{"submodule", GIT_READ}, {"submodule foreach x", GIT_EXEC},
		{"submodule update --init", GIT_LOCAL}, {"bisect", GIT_READ}, {"bisect log", GIT_READ},
		{"bisect start", GIT_LOCAL}, {"bisect run make", GIT_EXEC},
		{"rebase -i main", GIT_LOCAL}, {"rebase -x make main", GIT_EXEC},
		{"rebase --exec=make main", GIT_EXEC}, {"push", GIT_PUSH},
		{"push --receive-pack=x o", GIT_EXEC}, {"fetch", GIT_LOCAL},
		{"fetch --upload-pack x o", GIT_EXEC}, {"ls-remote ext::sh", GIT_EXEC},
		{"ls-remote origin", GIT_READ}, {"clone fd::3 d", GIT_EXEC},
		{"clone -c core.hooksPath=/tmp u d", GIT_EXEC}, {"init --template=t", GIT_EXEC},
		{"grep -O x", GIT_EXEC}, {"grep -e -O x", GIT_READ}, {"archive HEAD", GIT_READ},
		{"archive -o a.tar HEAD", GIT_LOCAL}, {"archive --remote=u --exec=x HEAD", GIT_EXEC},
		{"format-patch --stdout HEAD~1", GIT_READ}, {"format-patch HEAD~1", GIT_LOCAL},
		{"help log", GIT_READ}, {"help -w log", GIT_EXEC}, {"symbolic-ref HEAD", GIT_READ},
		{"symbolic-ref HEAD refs/heads/x", GIT_LOCAL}, {"gc", GIT_LOCAL},
		{"gc --prune=now", GIT_DESTRUCTIVE}, {"prune -n", GIT_READ},
		{"difftool", GIT_EXEC}, {"sync", GIT_UNKNOWN}, {"--bogus", GIT_UNKNOWN},
		{"apply --stat p", GIT_READ}, {"apply p", GIT_LOCAL}, {"hash-object -w f", GIT_LOCAL},
	};
	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		unsigned got = classes_of(v[i].args);
		if (got != 1u << v[i].cls)
			fail_msg("git %s: classes 0x%x, want %s", v[i].args, got,
				 git_class_name(v[i].cls));
	}
	assert_int_equal(git_classes(NULL, NULL, 0), 1u << GIT_READ);
	assert_int_equal(classes_of("$SUB x"), GIT_ALL);
	/* a word known only at run time could be any option */
	assert_true(classes_of("log $X") & 1u << GIT_LOCAL);
	assert_true(classes_of("branch $X") & 1u << GIT_DESTRUCTIVE);
	assert_int_equal(classes_of("log -- $X"), 1u << GIT_READ);
	assert_true(classes_of("fetch -- $X") & 1u << GIT_EXEC);
	for (int c = 0; c < GIT_NCLASS; c++)
		assert_int_equal(git_class_from_name(git_class_name((enum git_class)c)), c);
	assert_int_equal(git_class_from_name("read"), -1);
	assert_string_equal(git_class_name(GIT_NCLASS), "unknown");
}

static void test_git(void **state)
{
	(void)state;
	policy *p = load_ok("version: 1\ndefault: allow\nrules:\n"
			    "- {id: push, deny: {git: push}, reason: x}\n"
			    "- {id: bad, deny: {git: [destructive, exec, unknown]}, reason: \"{match}\"}\n"
			    "- {id: change, deny: {git: [local-mutating]}, reason: x}\n");
	judge_line(p, "git status", ALLOW, NULL);
	judge_line(p, "git -C /x --no-pager log -3", ALLOW, NULL);
	judge_line(p, "git -c a=b push", DENY, "push");
	judge_line(p, "/usr/lib/git-core/git-push o", DENY, "push");
	judge_line(p, "git reset --hard", DENY, "bad");
	judge_line(p, "git sync", DENY, "bad");
	judge_line(p, "git commit -m x", DENY, "change");
	judge_line(p, "git log $X", DENY, "change");
	judge_line(p, "git $SUB", DENY, "push");
	struct tcmd t;
	struct cmd *c = mkcmd(&t, "git --no-pager clean -fdx");
	policy_judge(p, c);
	assert_string_equal(c->reason, "git clean (destructive)");
	policy_free(p);
	p = load_ok("version: 1\ndefault: deny\nrules:\n- {id: r, allow: {git: [read-only]}}\n");
	judge_line(p, "git log -1", ALLOW, "r");
	judge_line(p, "git log $X", DENY, NULL);
	judge_line(p, "git log -- $X", ALLOW, "r");
	policy_free(p);
}

/* ---- option:, raw:, program-path: -------------------------------------------------- */

static void test_option_raw(void **state)
{
	(void)state;
	policy *p = load_ok("version: 1\ndefault: allow\nrules:\n"
			    "- {id: ep, deny: {option: \"aws --endpoint-url --profile\"}, reason: x}\n"
			    "- {id: gc, deny: {option: \"git -c --exec-path\"}, reason: x}\n"
			    "- {id: raw, deny: {raw: \"curl ** --data*\"}, reason: x}\n"
			    "- {id: rawgit, deny: {raw: \"git-push *\"}, reason: x}\n");
	judge_line(p, "aws --endpoint-url http://h sqs list-queues", DENY, "ep");
	judge_line(p, "aws sqs list-queues --endpoint-url=http://h", DENY, "ep");
	judge_line(p, "aws sqs list-queues --endp http://h", DENY, "ep");
	judge_line(p, "aws --prof x sqs list-queues", DENY, "ep");
	judge_line(p, "aws sqs list-queues --e x", DENY, "ep");
	judge_line(p, "aws sqs list-queues --p x", DENY, "ep");
	judge_line(p, "aws sqs list-queues --pro x", DENY, "ep");
	judge_line(p, "aws sqs list-queues --no-paginate $X", DENY, "ep");
	judge_line(p, "aws $X sqs list-queues", DENY, "ep");
	judge_line(p, "aws sqs list-queues --queue-name-prefix $X", ALLOW, NULL);
	judge_line(p, "aws --query $X sqs list-queues", ALLOW, NULL);
	judge_line(p, "aws sqs list-queues -- --profile", ALLOW, NULL);
	judge_line(p, "aws ec2 authorize-security-group-ingress --protocol tcp", ALLOW, NULL);
	judge_line(p, "aws sqs list-queues --output text", ALLOW, NULL);
	judge_line(p, "git -c core.pager=x log", DENY, "gc");
	judge_line(p, "git -C d -c x=y status", DENY, "gc");
	judge_line(p, "git --exec-path=/tmp status", DENY, "gc");
	judge_line(p, "git log -c", ALLOW, NULL);
	judge_line(p, "git $X log", DENY, "gc");
	judge_line(p, "git log $X", ALLOW, NULL);
	judge_line(p, "git-log -c", ALLOW, NULL);
	judge_line(p, "/usr/bin/curl -s --data-binary @f u", DENY, "raw");
	judge_line(p, "curl -s u $X", DENY, "raw");
	judge_line(p, "/usr/lib/git-core/git-push o", DENY, "rawgit");
	judge_line(p, "git push o", ALLOW, NULL);
	/* canonical words never see aws's global options; raw words do */
	judge_line(p, "aws --region x sqs list-queues", ALLOW, NULL);
	policy_free(p);
	p = load_ok("version: 1\ndefault: allow\nrules:\n- {id: w, deny: {raw: \"aws ** --region\"}, reason: x}\n");
	judge_line(p, "aws --region x sqs list-queues", DENY, "w");
	policy_free(p);
}

static void test_program_path(void **state)
{
	(void)state;
	assert_int_equal(mkdir(at("real"), 0755), 0);
	write_file("real/prog", "#!/bin/sh\n");
	assert_int_equal(symlink(at("real"), at("link")), 0);
	char text[512];
	snprintf(text, sizeof(text), "version: 1\ndefault: allow\nrules:\n- {id: g, deny: {program-path: "
		 "[/usr/lib/guard/*, \"%s/*\", \"!%s/ok\"]}, reason: \"{match}\"}\n",
		 at("real"), at("real"));
	policy *p = load_ok(text);
	judge_line(p, "/usr/lib/guard/bash -c x", DENY, "g");
	judge_line(p, "/usr/lib/../lib/guard/bash -c x", DENY, "g");
	judge_line(p, "//usr/lib/guard//sh", DENY, "g");
	judge_line(p, "/usr/lib/guard-x/bash", ALLOW, NULL);
	judge_line(p, "bash -c x", ALLOW, NULL);
	char line[600];
	snprintf(line, sizeof(line), "%s x", at("link/prog"));
	judge_line(p, line, DENY, "g");
	snprintf(line, sizeof(line), "%s x", at("real/ok"));
	judge_line(p, line, ALLOW, NULL);
	policy_free(p);
}

/* ---- assign:, unsafe-path: ------------------------------------------------------------ */

static void test_assign(void **state)
{
	(void)state;
	struct tcmd t;
	policy *p = load_ok("version: 1\ndefault: allow\nrules:\n"
			    "- {id: a, deny: {assign: [\"AWS_*\", \"!AWS_REGION\", \"!AWS_PAGER=\", "
			    "\"!AWS_PAGER=cat\", \"BASH_FUNC_*\", \"PS[0124]\"]}, reason: \"{match}\"}\n"
			    "- {id: v, deny: {assign: [\"PATH=*guard*\"]}, reason: x}\n");
	struct cmd *c = mkcmd(&t, "aws sts get-caller-identity");
	expect(p, c, ALLOW, NULL);
	add_assign(&t, "AWS_REGION=eu-west-1", 0);
	add_assign(&t, "FOO=1", 0);
	expect(p, c, ALLOW, NULL);
	add_assign(&t, "AWS_PROFILE=prod", 0);
	expect(p, c, DENY, "a");
	assert_string_equal(c->reason, "AWS_PROFILE");
	c = mkcmd(&t, "ls");
	add_assign(&t, "AWS_PAGER=", 0);
	add_assign(&t, "AWS_PAGER=cat", 0);
	expect(p, c, ALLOW, NULL);
	add_assign(&t, "AWS_PAGER=less", 0);
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "ls");
	add_assign(&t, "AWS_PAGER=$(x)", WORD_DYNAMIC);       /* could be less */
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "ls");
	add_assign(&t, "AWS_REGION=$(x)", WORD_DYNAMIC);      /* any value is fine */
	add_assign(&t, "AWS_CONFIG_FILE+=x", 0);
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "");                                    /* assignments alone */
	add_assign(&t, "PS4=$(id)", WORD_DYNAMIC);
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "env bash");
	add_assign(&t, "BASH_FUNC_ls%%=() { x; }", 0);
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "ls");
	add_assign(&t, NULL, 0);                              /* not known: could be any */
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "ls");
	add_assign(&t, "\"$N\"=x", WORD_DYNAMIC);
	expect(p, c, DENY, "a");
	c = mkcmd(&t, "ls");
	add_assign(&t, "PATH[0]=/usr/lib/guard", 0);
	expect(p, c, DENY, "v");
	c = mkcmd(&t, "ls");
	add_assign(&t, "PATH+=:/usr/lib/guard", 0);
	expect(p, c, DENY, "v");
	c = mkcmd(&t, "ls");
	add_assign(&t, "PATH=/usr/bin", 0);
	add_assign(&t, "a[1]=x", 0);
	expect(p, c, ALLOW, NULL);
	policy_free(p);
	/* strict: the unless of a deny rule does not take a doubtful value */
	p = load_ok("version: 1\ndefault: allow\nrules:\n- {id: d, deny: ls, unless: {assign: [\"X=ok\"]}, "
		    "reason: x}\n");
	c = mkcmd(&t, "ls");
	add_assign(&t, "X=$(y)", WORD_DYNAMIC);
	expect(p, c, DENY, "d");
	c = mkcmd(&t, "ls");
	add_assign(&t, "X=ok", 0);
	expect(p, c, ALLOW, NULL);
	policy_free(p);
}

static void test_unsafe_path(void **state)
{
	(void)state;
	struct tcmd t;
	char a[2048];
	policy *p = load_ok("version: 1\ndefault: allow\nrules:\n- {id: u, deny: {unsafe-path: true}, "
			    "reason: \"PATH gets {match}\"}\n");
	assert_int_equal(mkdir(at("ww"), 0755), 0);
	assert_int_equal(chmod(at("ww"), 0777), 0);
	assert_int_equal(mkdir(at("gw"), 0755), 0);
	assert_int_equal(chmod(at("gw"), 0775), 0);
	assert_int_equal(mkdir(at("ok"), 0755), 0);
	assert_int_equal(symlink("/usr/bin", at("tobin")), 0);
	static const struct {
		const char *value;
		bool unsafe;
	} v[] = {
		{"PATH=/usr/bin:/bin", false}, {"PATH=/usr/local/bin:/usr/bin:/usr/sbin:/bin", false},
		{"PATH=/usr/bin/", false}, {"PATH=/tmp:/usr/bin", true}, {"PATH=/usr/bin:", true},
		{"PATH=:/usr/bin", true}, {"PATH=/usr/bin::/bin", true}, {"PATH=bin", true},
		{"PATH=/nonexistent-dir", true}, {"PATH=/etc/passwd", true}, {"PATH=", true},
		{"PATH+=:/usr/sbin", false}, {"PATH+=:/tmp", true}, {"PATH[0]=/tmp", true},
		{"MYPATH=/tmp", false}, {"PATHX=/tmp", false},
	};
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		struct cmd *c = mkcmd(&t, "ls");
		add_assign(&t, v[i].value, 0);
		policy_judge(p, c);
		if ((c->decision == DENY) != v[i].unsafe)
			fail_msg("%s: %s", v[i].value, c->decision == DENY ? "unsafe" : "safe");
	}
	const char *bad[] = {"ww", "gw"};
	for (size_t i = 0; i < 2; i++) {
		struct cmd *c = mkcmd(&t, "ls");
		snprintf(a, sizeof(a), "PATH=/usr/bin:%s", at(bad[i]));
		add_assign(&t, a, 0);
		expect(p, c, DENY, "u");
		assert_non_null(strstr(c->reason, bad[i]));
	}
	struct cmd *c = mkcmd(&t, "ls");
	add_assign(&t, "PATH=/usr/bin:$PATH", WORD_DYNAMIC);
	expect(p, c, DENY, "u");
	c = mkcmd(&t, "ls");
	snprintf(a, sizeof(a), "PATH=%s:%s", at("ok"), at("tobin"));
	add_assign(&t, a, 0);
	if (geteuid() == 0) {
		/* root-owned, 0755; a link root owns to a safe directory */
		expect(p, c, ALLOW, NULL);
		assert_int_equal(chown(at("ok"), 65534, 65534), 0);
		expect(p, c, DENY, "u");
		assert_int_equal(chown(at("ok"), 0, 0), 0);
		assert_int_equal(lchown(at("tobin"), 65534, 65534), 0);
		expect(p, c, DENY, "u");
	} else {
		expect(p, c, DENY, "u");        /* not root's */
	}
	policy_free(p);
}

/* ---- writes-outside:, writes: ------------------------------------------------------------ */

static void test_writes_outside(void **state)
{
	(void)state;
	struct tcmd t;
	char text[1024], path[600];
	assert_int_equal(mkdir(at("scope"), 0755), 0);
	assert_int_equal(mkdir(at("scope/sub"), 0755), 0);
	assert_int_equal(mkdir(at("out"), 0755), 0);
	write_file("scope/file", "x");
	write_file("out/victim", "x");
	assert_int_equal(symlink(at("out"), at("scope/escape")), 0);
	assert_int_equal(symlink(at("out/new"), at("scope/dangling")), 0);
	assert_int_equal(symlink(at("scope/sub"), at("scope/inner")), 0);
	assert_int_equal(symlink(at("scope"), at("scopelink")), 0);
	snprintf(text, sizeof(text), "version: 1\ndefault: allow\nrules:\n- {id: o, deny: {writes-outside: "
		 "[\"%s\", \"%s/\"]}, reason: \"writes {match}\"}\n", at("scopelink"), at("sub2"));
	policy *p = load_ok(text);
	static const struct {
		const char *path;       /* "@/" is the temporary directory */
		unsigned flags;
		bool out;
	} v[] = {
		{"@/scope/file", 0, false}, {"@/scope", 0, false}, {"@/scope/new/deep", 0, false},
		{"@/scopelink/x", 0, false}, {"@/scope/inner/x", 0, false}, {"@/sub2/x", 0, false},
		{"@/scopeX/x", 0, true}, {"@/out/victim", 0, true}, {"@", 0, true}, {"/", 0, true},
		{"@/scope/escape/victim", 0, true}, {"@/scope/escape/new", 0, true},
		{"@/scope/escape", 0, true}, {"@/scope/dangling", 0, true},
		{"$OUT", WORD_DYNAMIC, true}, {"x/y", WRITE_RELATIVE, true},
		{"@/scope/*.json", WORD_GLOB, false}, {"@/scope/sub/f*", WORD_GLOB, false},
		{"@/scope/esc*", WORD_GLOB, true}, {"@/scope/[ed]*", WORD_GLOB, true},
		{"@/scope/ESC*", WORD_GLOB, true}, {"@/scope/*/x", WORD_GLOB, true},
		{"@/scope/../out/*", WORD_GLOB, true}, {"@/out/*", WORD_GLOB, true},
		{"@/scope/@(a|b)", WORD_GLOB, true}, {"@/nodir/*", WORD_GLOB, true},
	};
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		const char *s = v[i].path;
		if (s[0] == '@')
			snprintf(path, sizeof(path), "%s%s", dir, s + 1);
		else
			snprintf(path, sizeof(path), "%s", s);
		struct cmd *c = mkcmd(&t, "tee");
		add_write(&t, path, v[i].flags);
		policy_judge(p, c);
		if ((c->decision == DENY) != v[i].out)
			fail_msg("%s: %s", path, c->decision == DENY ? "outside" : "inside");
	}
	/* the path in the reason; a command that writes nothing */
	struct cmd *c = mkcmd(&t, "rm");
	add_write(&t, at("scope/file"), 0);
	add_write(&t, at("out/victim"), 0);
	expect(p, c, DENY, "o");
	snprintf(path, sizeof(path), "writes %s", at("out/victim"));
	assert_string_equal(c->reason, path);
	expect(p, mkcmd(&t, "ls"), ALLOW, NULL);
	policy_free(p);
	/* strict: an allow needs every write placed inside */
	snprintf(text, sizeof(text), "version: 1\ndefault: deny\nrules:\n- {id: a, allow: tee, "
		 "unless: {writes-outside: [\"%s\"]}}\n", at("scope"));
	p = load_ok(text);
	c = mkcmd(&t, "tee");
	add_write(&t, at("scope/x"), 0);
	expect(p, c, ALLOW, "a");
	add_write(&t, "$X", WORD_DYNAMIC);
	expect(p, c, DENY, NULL);       /* the unless of an allow: doubt excepts */
	policy_free(p);
}

static void test_writes_home(void **state)
{
	(void)state;
	struct tcmd t;
	char *home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
	setenv("HOME", at("home"), 1);
	policy *p = load_ok("version: 1\ndefault: allow\nrules:\n"
			    "- {id: aws, deny: {writes: [\"~/.aws*\", \"*/.git/hooks*\", "
			    "\"~/.claude*\", \"!~/.claude/shell-snapshots/*\"]}, reason: x}\n"
			    "- {id: o, deny: {writes-outside: [~/.claude/shell-snapshots, /tmp]}, "
			    "reason: x}\n");
	unsetenv("HOME");
	policy *q = load_ok("version: 1\ndefault: allow\nrules:\n- {id: o, deny: {writes-outside: [~, /tmp]}, "
			    "reason: x}\n");
	if (home)
		setenv("HOME", home, 1);
	free(home);
	struct cmd *c = mkcmd(&t, "tee");
	add_write(&t, at("home/.aws/cli/alias"), 0);
	expect(p, c, DENY, "aws");
	c = mkcmd(&t, "tee");
	add_write(&t, at("home/.claude/settings.json"), 0);
	expect(p, c, DENY, "aws");
	c = mkcmd(&t, "tee");
	add_write(&t, at("home/.claude/shell-snapshots/s.sh"), 0);
	expect(p, c, ALLOW, NULL);
	c = mkcmd(&t, "tee");
	add_write(&t, "/tmp/repo/.git/hooks/post-checkout", 0);
	expect(p, c, DENY, "aws");
	c = mkcmd(&t, "tee");
	add_write(&t, "/tmp/repo/*.txt", WORD_GLOB);    /* cannot become a hook */
	expect(p, c, ALLOW, NULL);
	c = mkcmd(&t, "tee");
	add_write(&t, "$F", WORD_DYNAMIC);              /* writes-outside: catches it */
	expect(p, c, DENY, "o");
	/* with HOME unset at load, ~ is no scope: a write elsewhere is in doubt */
	c = mkcmd(&t, "tee");
	add_write(&t, "/tmp/x", 0);
	expect(q, c, ALLOW, NULL);
	add_write(&t, "/home/u/x", 0);
	expect(q, c, DENY, "o");
	policy_free(p);
	policy_free(q);
}

/* ---- digest, load errors ----------------------------------------------------------- */

static void test_digest(void **state)
{
	(void)state;
	char err[512], hex[SHA256_HEX_LEN + 1];
	static const char top[] = "version: 1\ninclude: inc.yaml\nrules: [{id: a, allow: a}]\n";
	static const char inc[] = "version: 1\nrules: [{id: b, allow: b}]\n";
	write_file("top.yaml", top);
	write_file("inc.yaml", inc);
	struct sha256 h;
	unsigned char d[SHA256_LEN];
	sha256_init(&h);
	sha256_update(&h, top, strlen(top));
	sha256_update(&h, inc, strlen(inc));
	sha256_final(&h, d);
	sha256_hex(d, hex);
	policy *p = policy_load_opts(at("top.yaml"), POLICY_DIGEST, err, sizeof(err));
	assert_non_null(p);
	assert_string_equal(policy_digest(p), hex);
	policy_free(p);
	p = policy_load(at("top.yaml"), err, sizeof(err));
	assert_null(policy_digest(p));
	policy_free(p);
	assert_null(policy_load_opts(at("none.yaml"), POLICY_DIGEST, err, sizeof(err)));
}

static void test_kind_errors(void **state)
{
	static const struct {
		const char *pattern, *want;
	} v[] = {
		{"{aws: [read, write]}", "unknown AWS operation class 'write'"},
		{"{aws: []}", "empty list in aws"},
		{"{aws: \" \"}", "empty aws"},
		{"{aws: \"read wrote\"}", "unknown AWS operation class 'wrote'"},
		{"{aws: [[read]]}", "aws takes a list of strings, not of a list"},
		{"{aws: {read: x}}", "aws takes a string or a list of strings"},
		{"{git: [read]}", "unknown git class 'read'"},
		{"{regex: [a, b]}", "regex takes one string, not a list"},
		{"{raw: [\"aws *\"]}", "raw takes one string, not a list"},
		{"{raw: \"/bin/rm *\"}", "the program is matched by name without its directory"},
		{"{option: aws}", "give the program and at least one option"},
		{"{option: \"aws --endpoint\"}", "'--endpoint' is not a global option of aws"},
		{"{option: \"rm -f\"}", "'-f' is not a global option of rm"},
		{"{option: \"git -c --bogus\"}", "'--bogus' is not a global option of git"},
		{"{unsafe-path: false}", "unsafe-path takes the value true"},
		{"{writes-outside: [tmp]}", "'tmp' is not a directory written as an absolute path"},
		{"{writes-outside: [/tmp/*]}", "'/tmp/*' is not a directory"},
		{"{writes-outside: [/tmp/../etc]}", "'/tmp/../etc' is not a directory"},
		{"{writes-outside: [/tmp/.]}", "'/tmp/.' is not a directory"},
		{"{writes: [.aws]}", "writes: '.aws' is not an absolute path"},
		{"{writes: [\"/x/[a\"]}", "'/x/[a'"},
		{"{program-path: [bash]}", "program-path: 'bash' is not an absolute path"},
		{"{assign: [\"=x\"]}", "assign: '=x' has no variable name"},
		{"{assign: [\"!\"]}", "empty item"},
	};
	(void)state;
	char text[512];
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		snprintf(text, sizeof(text), "version: 1\ndefault: allow\nrules:\n- id: r\n  deny: %s\n  reason: x\n",
			 v[i].pattern);
		load_fails(text, v[i].want);
	}
	load_fails("version: 1\ndefault: allow\nrules:\n- {id: r, program: git, deny: {aws: [mutate]}, reason: x}\n",
		   "pattern 'mutate' is for 'aws' but the rule is for program 'git'");
	/* one item and a list of one are the same */
	policy *p = load_ok("version: 1\ndefault: allow\nrules:\n- {id: r, deny: {aws: mutate}, reason: x}\n"
			    "- {id: w, program: tee, deny: {writes-outside: /tmp}, reason: x}\n");
	judge_line(p, "aws sqs purge-queue", DENY, "r");
	policy_free(p);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/guard-test-kinds-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aws),
		cmocka_unit_test(test_git_classes),
		cmocka_unit_test(test_git),
		cmocka_unit_test(test_option_raw),
		cmocka_unit_test(test_program_path),
		cmocka_unit_test(test_assign),
		cmocka_unit_test(test_unsafe_path),
		cmocka_unit_test(test_writes_outside),
		cmocka_unit_test(test_writes_home),
		cmocka_unit_test(test_digest),
		cmocka_unit_test(test_kind_errors),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
