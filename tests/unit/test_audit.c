/* test_audit.c - the audit line: every field, the recovery of the agent's
 * own command from its wrapper, and the bounds on a line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cmocka.h>

#include "audit.h"
#include "jsonr.h"
#include "log.h"
#include "sha256.h"

/* ---- building verdicts by hand ---------------------------------------------- */

#define MAXW 8

struct fake {
	struct cmd cmd;
	const char *argv[MAXW + 1];
	unsigned flags[MAXW];
	const char *via[4];
	struct cmd_redir redir;
};

static struct fake fakes[64];
static size_t nfakes;
static struct cmd cmdv[64];

/* A command "w0 w1 ..." reached through via (NULL: top level). */
static struct cmd *add(const char *via, const char *w0, ...)
{
	struct fake *f = &fakes[nfakes++];
	memset(f, 0, sizeof(*f));
	va_list ap;
	va_start(ap, w0);
	for (const char *w = w0; w && f->cmd.argc < MAXW; w = va_arg(ap, const char *))
		f->argv[f->cmd.argc++] = w;
	va_end(ap);
	f->cmd.argv = f->argv;
	f->cmd.flags = f->flags;
	f->cmd.via = f->via;
	if (via)
		f->via[f->cmd.nvia++] = via;
	f->cmd.src = w0;
	return &f->cmd;
}

static void verdict_of(struct verdict *v, enum decision d)
{
	memset(v, 0, sizeof(*v));
	for (size_t i = 0; i < nfakes; i++)
		cmdv[i] = fakes[i].cmd;
	v->cmds.v = cmdv;
	v->cmds.n = v->cmds.cap = nfakes;
	v->decision = d;
}

static int reset(void **state)
{
	nfakes = 0;
	return 0;
}

/* ---- reading the line back ------------------------------------------------------ */

struct doc {
	char *text;
	size_t len;
	struct jsonr j;
	struct jsonr_tok *tok;
};

static void parse_line(struct doc *d, const struct audit_ctx *c, const struct verdict *v)
{
	d->text = audit_line(c, v, &d->len);
	assert_non_null(d->text);
	assert_int_equal(strlen(d->text), d->len);
	assert_true(d->len <= LOG_OBJ_MAX);
	assert_null(memchr(d->text, '\n', d->len));
	d->tok = malloc(JSONR_TOKENS_FOR(d->len) * sizeof(*d->tok));
	if (jsonr_parse(&d->j, d->text, d->len, d->tok, JSONR_TOKENS_FOR(d->len)) != 0)
		fail_msg("not JSON: %s at %zu", d->j.error, d->j.error_at);
	assert_int_equal(jsonr_type(&d->j, 0), JSONR_OBJECT);
}

static void doc_free(struct doc *d)
{
	free(d->tok);
	free(d->text);
}

static size_t field(struct doc *d, const char *key)
{
	size_t t = jsonr_get(&d->j, 0, key);
	if (t == JSONR_NONE)
		fail_msg("no field %s", key);
	return t;
}

static const char *str(struct doc *d, size_t t)
{
	static char buf[4][512 * 1024];
	static int k;
	k = (k + 1) % 4;
	jsonr_str(&d->j, t, buf[k], sizeof(buf[k]));
	return buf[k];
}

static const char *sfield(struct doc *d, const char *key)
{
	size_t t = field(d, key);
	assert_int_equal(jsonr_type(&d->j, t), JSONR_STRING);
	return str(d, t);
}

static void assert_null_field(struct doc *d, const char *key)
{
	assert_int_equal(jsonr_type(&d->j, field(d, key)), JSONR_NULL);
}

static char *claude_env[] = {
	"PATH=/usr/bin", "CLAUDECODE=1", "CLAUDE_CODE_SESSION_ID=5f0c7a1e-1111-2222-3333-444455556666",
	"CLAUDE_CODE_ENTRYPOINT=sdk-cli", "CLAUDE_CODE_MESSAGING_TOKEN=secret", NULL,
};
static char *codex_env[] = {"CODEX_SANDBOX=seccomp", "CODEX_THREAD_ID=th-42", NULL};
static char *gemini_env[] = {"GEMINI_CLI=1", NULL};
static char *no_env[] = {"HOME=/root", NULL};

/* ---- tests ---------------------------------------------------------------------------- */

static void test_all_fields(void **state)
{
	static const char *opts[] = {"-c", "-l"};
	static const char *args[] = {"bash", "one"};
	struct cmd *k = add(NULL, "rm", "-rf", "/", NULL);
	k->decision = DECISION_DENY;
	k->rule = "no-rm-root";
	k->reason = "removes everything";
	add("$(...)", "date", NULL);
	struct verdict v;
	verdict_of(&v, DECISION_DENY);
	v.rule = "no-rm-root";
	v.reason = "removes everything";

	struct audit_ctx c;
	audit_ctx_init(&c, claude_env);
	c.shell = "bash";
	c.options = opts;
	c.noptions = 2;
	c.args = args;
	c.nargs = 2;
	c.source = "-c";
	c.command = "rm -rf / $(date)";
	c.rules_sha256 = "ab12";
	struct doc d;
	parse_line(&d, &c, &v);

	const char *t = sfield(&d, "time");
	assert_int_equal(strlen(t), 24); /* 2026-11-27T12:34:56.789Z */
	assert_true(t[4] == '-' && t[10] == 'T' && t[19] == '.' && t[23] == 'Z');
	struct utsname u;
	uname(&u);
	assert_string_equal(sfield(&d, "host"), u.nodename);
	long n;
	assert_true(jsonr_long(&d.j, field(&d, "pid"), &n) && n == getpid());
	assert_true(jsonr_long(&d.j, field(&d, "ppid"), &n) && n == getppid());
	assert_true(jsonr_long(&d.j, field(&d, "uid"), &n) && n == (long)getuid());
	assert_true(jsonr_long(&d.j, field(&d, "euid"), &n) && n == (long)geteuid());
	char cwd[4096];
	assert_string_equal(sfield(&d, "cwd"), getcwd(cwd, sizeof(cwd)));
	assert_string_equal(sfield(&d, "agent"), "claude-code");
	assert_string_equal(sfield(&d, "session"), "5f0c7a1e-1111-2222-3333-444455556666");
	size_t env = field(&d, "agent_env");
	assert_string_equal(str(&d, jsonr_get(&d.j, env, "CLAUDECODE")), "1");
	assert_string_equal(str(&d, jsonr_get(&d.j, env, "CLAUDE_CODE_ENTRYPOINT")), "sdk-cli");
	assert_int_equal(jsonr_get(&d.j, env, "CLAUDE_CODE_MESSAGING_TOKEN"), JSONR_NONE);
	assert_null(strstr(d.text, "secret"));
	assert_string_equal(sfield(&d, "shell"), "bash");
	assert_string_equal(str(&d, jsonr_at(&d.j, field(&d, "options"), 1)), "-l");
	assert_string_equal(str(&d, jsonr_at(&d.j, field(&d, "args"), 1)), "one");
	assert_string_equal(sfield(&d, "source"), "-c");
	assert_string_equal(sfield(&d, "command"), "rm -rf / $(date)");
	assert_null_field(&d, "agent_command"); /* no eval: not the wrapper */
	assert_string_equal(sfield(&d, "decision"), "deny");
	assert_string_equal(sfield(&d, "rule"), "no-rm-root");
	assert_string_equal(sfield(&d, "reason"), "removes everything");
	assert_null_field(&d, "error");
	assert_string_equal(sfield(&d, "mode"), "enforce");
	assert_string_equal(sfield(&d, "version"), GUARD_VERSION);
	assert_string_equal(sfield(&d, "rules_sha256"), "ab12");
	assert_true(jsonr_long(&d.j, field(&d, "ncommands"), &n) && n == 2);
	size_t cmds = field(&d, "commands");
	assert_int_equal(d.j.tok[cmds].count, 2);
	size_t c0 = jsonr_at(&d.j, cmds, 0), c1 = jsonr_at(&d.j, cmds, 1);
	assert_string_equal(str(&d, jsonr_at(&d.j, jsonr_get(&d.j, c0, "argv"), 2)), "/");
	assert_int_equal(d.j.tok[jsonr_get(&d.j, c0, "via")].count, 0);
	assert_string_equal(str(&d, jsonr_get(&d.j, c0, "decision")), "deny");
	assert_string_equal(str(&d, jsonr_get(&d.j, c0, "rule")), "no-rm-root");
	assert_string_equal(str(&d, jsonr_get(&d.j, c0, "reason")), "removes everything");
	assert_int_equal(jsonr_type(&d.j, jsonr_get(&d.j, c0, "unresolved")), JSONR_NULL);
	assert_string_equal(str(&d, jsonr_at(&d.j, jsonr_get(&d.j, c1, "via"), 0)), "$(...)");
	assert_string_equal(str(&d, jsonr_get(&d.j, c1, "decision")), "allow");
	assert_int_equal(jsonr_type(&d.j, field(&d, "truncated")), JSONR_FALSE);
	assert_int_equal(jsonr_get(&d.j, 0, "prev"), JSONR_NONE); /* log.h adds it */
	doc_free(&d);
}

static void test_optional_parts(void **state)
{
	struct cmd *k = add(NULL, "$X", "a\xff", NULL);
	k->flags[0] = WORD_DYNAMIC;
	k->unresolved = "command name known only at run time";
	static const char *as[] = {"A=1"};
	k->assigns = as;
	k->nassigns = 1;
	fakes[0].redir = (struct cmd_redir){">", "/tmp/out", 0};
	k->redirs = &fakes[0].redir;
	k->nredirs = 1;
	struct verdict v;
	verdict_of(&v, DECISION_DENY);
	v.error = "syntax error";
	struct audit_ctx c;
	audit_ctx_init(&c, no_env);
	c.audit_mode = true;
	struct doc d;
	parse_line(&d, &c, &v);
	assert_null_field(&d, "agent");
	assert_null_field(&d, "session");
	assert_int_equal(d.j.tok[field(&d, "agent_env")].count, 0);
	assert_null_field(&d, "command");
	assert_null_field(&d, "shell");
	assert_null_field(&d, "rules_sha256");
	assert_string_equal(sfield(&d, "error"), "syntax error");
	assert_string_equal(sfield(&d, "mode"), "audit");
	size_t c0 = jsonr_at(&d.j, field(&d, "commands"), 0);
	assert_int_equal(jsonr_type(&d.j, jsonr_get(&d.j, c0, "dynamic")), JSONR_TRUE);
	assert_string_equal(str(&d, jsonr_at(&d.j, jsonr_get(&d.j, c0, "argv"), 1)), "a\xff");
	assert_non_null(strstr(d.text, "a\\udcff"));
	assert_string_equal(str(&d, jsonr_get(&d.j, c0, "unresolved")),
			    "command name known only at run time");
	assert_string_equal(str(&d, jsonr_at(&d.j, jsonr_get(&d.j, c0, "assigns"), 0)), "A=1");
	size_t r0 = jsonr_at(&d.j, jsonr_get(&d.j, c0, "redirs"), 0);
	assert_string_equal(str(&d, jsonr_get(&d.j, r0, "op")), ">");
	assert_string_equal(str(&d, jsonr_get(&d.j, r0, "target")), "/tmp/out");
	doc_free(&d);
}

static void test_refusal_without_commands(void **state)
{
	struct verdict v = {.decision = DECISION_DENY, .reason = "cannot read config"};
	struct audit_ctx c;
	audit_ctx_init(&c, no_env);
	struct doc d;
	parse_line(&d, &c, &v);
	assert_int_equal(d.j.tok[field(&d, "commands")].count, 0);
	assert_string_equal(sfield(&d, "reason"), "cannot read config");
	doc_free(&d);
}

/* Claude Code's wrapper, as the walker lists it (agent-shells.md §3). */
static void claude_wrapper(const char *user)
{
	add(NULL, "source", "/root/.claude/shell-snapshots/snapshot-bash-1-x.sh", NULL);
	add(NULL, "true", NULL);
	add(NULL, "shopt", "-u", "extglob", NULL);
	add(NULL, "eval", user, NULL);
	add("eval", "echo", "hello", NULL);
	add("eval", "eval", "inner", NULL); /* the model's own eval: not the one */
	struct cmd *pwd = add(NULL, "pwd", "-P", NULL);
	fakes[nfakes - 1].redir = (struct cmd_redir){">|", "/tmp/claude-cb3a-cwd", 0};
	pwd->redirs = &fakes[nfakes - 1].redir;
	pwd->nredirs = 1;
}

static void test_claude_eval_recovered(void **state)
{
	const char *user = "echo hello && ls /tmp | head -3 # it's";
	claude_wrapper(user);
	struct verdict v;
	verdict_of(&v, DECISION_ALLOW);
	struct audit_ctx c;
	/* Recovered with the session variables, and by the wrapper's shape
	 * alone (the probe and snapshot shells have no session ids). */
	for (int i = 0; i < 2; i++) {
		audit_ctx_init(&c, i ? no_env : claude_env);
		char *got = audit_agent_command(&c, &v);
		assert_non_null(got);
		assert_string_equal(got, user);
		free(got);
	}
	struct doc d;
	parse_line(&d, &c, &v);
	assert_string_equal(sfield(&d, "agent_command"), user);
	doc_free(&d);
}

static void test_eval_not_recovered_elsewhere(void **state)
{
	/* Codex runs the model's text as is: its own top-level eval is the
	 * command, not a wrapper around it. */
	add(NULL, "eval", "rm -rf x", NULL);
	add("eval", "rm", "-rf", "x", NULL);
	struct verdict v;
	verdict_of(&v, DECISION_ALLOW);
	struct audit_ctx c;
	audit_ctx_init(&c, codex_env);
	assert_string_equal(c.agent, "codex");
	assert_string_equal(c.session, "th-42");
	assert_null(audit_agent_command(&c, &v));
	/* Under Claude Code, a top-level eval is its wrapper's. */
	audit_ctx_init(&c, claude_env);
	char *got = audit_agent_command(&c, &v);
	assert_string_equal(got, "rm -rf x");
	free(got);
}

static void test_eval_words_joined(void **state)
{
	add(NULL, "eval", "echo", "a  b", NULL);
	struct verdict v;
	verdict_of(&v, DECISION_ALLOW);
	struct audit_ctx c;
	audit_ctx_init(&c, claude_env);
	char *got = audit_agent_command(&c, &v);
	assert_string_equal(got, "echo a  b");
	free(got);
}

static void test_claude_carried_text(void **state)
{
	add(NULL, "eval", "\\builtin 'unset' -v '__CLAUDE_CC_COMMAND_TEXT'; 'eval' $__CLAUDE_CC_COMMAND_TEXT", NULL);
	struct verdict v;
	verdict_of(&v, DECISION_ALLOW);
	char *env[] = {"CLAUDE_CODE_SESSION_ID=s1", "__CLAUDE_CC_COMMAND_TEXT='pgrep -f x' < /dev/null", NULL};
	struct audit_ctx c;
	audit_ctx_init(&c, env);
	char *got = audit_agent_command(&c, &v);
	assert_string_equal(got, "'pgrep -f x' < /dev/null");
	free(got);
}

static void test_gemini_recovered(void **state)
{
	struct verdict v;
	verdict_of(&v, DECISION_ALLOW);
	struct audit_ctx c;
	audit_ctx_init(&c, gemini_env);
	assert_string_equal(c.agent, "gemini");
	assert_null(c.session);
	c.command = "shopt -u promptvars nullglob extglob nocaseglob dotglob; _bgpids_file='/tmp/gemini-shell-ab12/bgpids.tmp'\n"
		    "(\n  trap 'jobs -p > \"$_bgpids_file\"' EXIT\nls -la\n(cd x)\n)\n__code=$?\nexit $__code";
	char *got = audit_agent_command(&c, &v);
	assert_string_equal(got, "ls -la\n(cd x)");
	free(got);
	c.command = "ls -la";
	assert_null(audit_agent_command(&c, &v));
}

static void test_long_command_cut(void **state)
{
	size_t big = 300 * 1024;
	char *cmd = malloc(big + 1);
	for (size_t i = 0; i < big; i++)
		cmd[i] = "ab\x01\xff\xc3\xa9"[i % 6]; /* escapes up to 6 bytes a byte */
	cmd[big] = '\0';
	struct verdict v;
	verdict_of(&v, DECISION_ALLOW);
	struct audit_ctx c;
	audit_ctx_init(&c, no_env);
	c.command = cmd;
	struct doc d;
	parse_line(&d, &c, &v);
	assert_int_equal(jsonr_type(&d.j, field(&d, "truncated")), JSONR_TRUE);
	const char *got = sfield(&d, "command");
	assert_true(strlen(got) > 1000 && strlen(got) < big);
	assert_memory_equal(got, cmd, strlen(got)); /* a prefix, cut between characters */
	long n;
	assert_true(jsonr_long(&d.j, field(&d, "command_len"), &n) && (size_t)n == big);
	unsigned char h[SHA256_LEN];
	char hex[SHA256_HEX_LEN + 1];
	sha256(cmd, big, h);
	sha256_hex(h, hex);
	assert_string_equal(sfield(&d, "command_sha256"), hex);
	doc_free(&d);
	free(cmd);
}

static void test_many_commands_cut(void **state)
{
	/* 20000 commands (the walker's limit), each with long words. */
	size_t count = 20000;
	char word[3000];
	memset(word, 'w', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	struct cmd *many = calloc(count, sizeof(*many));
	const char *argv[] = {"echo", word, NULL};
	for (size_t i = 0; i < count; i++) {
		many[i].argv = argv;
		many[i].argc = 2;
	}
	struct verdict v = {.cmds = {.v = many, .n = count, .cap = count}};
	struct audit_ctx c;
	audit_ctx_init(&c, no_env);
	struct doc d;
	parse_line(&d, &c, &v);
	long n;
	assert_true(jsonr_long(&d.j, field(&d, "ncommands"), &n) && n == 20000);
	size_t kept = d.j.tok[field(&d, "commands")].count;
	assert_true(kept > 10 && kept < count);
	assert_int_equal(jsonr_type(&d.j, field(&d, "truncated")), JSONR_TRUE);
	doc_free(&d);

	/* One command with a huge argv: its list is cut, the line stays whole. */
	const char **wide = calloc(100001, sizeof(*wide));
	for (size_t i = 0; i < 100000; i++)
		wide[i] = word;
	many[0].argv = wide;
	many[0].argc = 100000;
	v.cmds.n = 1;
	parse_line(&d, &c, &v);
	size_t c0 = jsonr_at(&d.j, field(&d, "commands"), 0);
	assert_true(d.j.tok[jsonr_get(&d.j, c0, "argv")].count < 10);
	doc_free(&d);
	free(wide);
	free(many);
}

/* Every field at its largest, in the costliest bytes (6 bytes of JSON
 * each): the line still fits, and stays one valid object. */
static void test_worst_case_fits(void **state)
{
	size_t big = 100 * 1024;
	char *s = malloc(big + 1);
	memset(s, '\x01', big);
	s[big] = '\0';
	const char **list = calloc(1000, sizeof(*list));
	struct cmd_redir *redirs = calloc(1000, sizeof(*redirs));
	for (size_t i = 0; i < 1000; i++) {
		list[i] = s;
		redirs[i] = (struct cmd_redir){s, s, 0};
	}
	struct cmd *many = calloc(50, sizeof(*many));
	for (size_t i = 0; i < 50; i++)
		many[i] = (struct cmd){.argv = list, .argc = 1000, .via = list, .nvia = 1000,
				       .assigns = list, .nassigns = 1000, .redirs = redirs,
				       .nredirs = 1000, .rule = s, .reason = s, .unresolved = s};
	many[0].argv = (const char *[]){"eval", s, NULL};
	many[0].argc = 2;
	struct verdict v = {.cmds = {.v = many, .n = 50, .cap = 50}, .rule = s, .reason = s, .error = s};
	char *env[] = {"CLAUDE_CODE_SESSION_ID=x", NULL};
	struct audit_ctx c;
	audit_ctx_init(&c, env);
	memset(c.host, '\x01', sizeof(c.host) - 1);
	memset(c.cwd, '\x01', sizeof(c.cwd) - 1);
	for (size_t i = 0; i < AUDIT_MAX_ENV; i++)
		c.env[i] = (struct audit_env){"CODEX_CI", s};
	c.nenv = AUDIT_MAX_ENV;
	c.session = s;
	c.shell = c.source = c.rules_sha256 = c.command = s;
	c.options = c.args = list;
	c.noptions = c.nargs = 1000;
	struct doc d;
	parse_line(&d, &c, &v);
	assert_int_equal(jsonr_type(&d.j, field(&d, "truncated")), JSONR_TRUE);
	doc_free(&d);
	free(many);
	free(redirs);
	free(list);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_all_fields, reset),
		cmocka_unit_test_setup(test_optional_parts, reset),
		cmocka_unit_test_setup(test_refusal_without_commands, reset),
		cmocka_unit_test_setup(test_claude_eval_recovered, reset),
		cmocka_unit_test_setup(test_eval_not_recovered_elsewhere, reset),
		cmocka_unit_test_setup(test_eval_words_joined, reset),
		cmocka_unit_test_setup(test_claude_carried_text, reset),
		cmocka_unit_test_setup(test_gemini_recovered, reset),
		cmocka_unit_test_setup(test_long_command_cut, reset),
		cmocka_unit_test_setup(test_many_commands_cut, reset),
		cmocka_unit_test_setup(test_worst_case_fits, reset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
