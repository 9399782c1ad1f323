/*
 * shell.c - see shell.h.  shell_main() reads as the policy: load, read the
 * invocation, find what will run, decide, log, then exec or refuse.
 */
#include "shell.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "config.h"
#include "decide.h"
#include "parse.h"
#include "policy.h"
#include "record.h"
#include "report.h"
#include "rules_load.h"
#include "shellargs.h"
#include "startup.h"

#define SHELL_ARENA_LIMIT (256u * 1024 * 1024)

extern char **environ;

/* ---- refusing ------------------------------------------------------------ */

/* One line on stderr for the agent: what happened and what to do. */
static int refuse(const char *fmt, const char *a, const char *b)
{
	char msg[2048];
	snprintf(msg, sizeof(msg), fmt, a ? a : "", b ? b : "");
	for (char *p = msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	fprintf(stderr, "guard: %s\n", msg);
	return 126;
}

/* ---- what the shell will run -------------------------------------------- */

struct script {
	const char *text;
	size_t len;
	bool from_stdin;   /* read from a non-tty stdin: hand the bytes on */
	bool interactive;  /* commands come from a person at a terminal */
	const char *arg0;
	char **pos;
	int npos;
	const char *error; /* cannot be read: refuse */
};

static char *read_fd_bounded(int fd, size_t limit, size_t *len, bool *too_big)
{
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap + 1);
	*too_big = false;
	while (buf) {
		if (n == cap) {
			if (cap > limit) {
				*too_big = true;
				break;
			}
			char *nb = realloc(buf, cap * 2 + 1);
			if (!nb)
				break;
			buf = nb;
			cap *= 2;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		if (r == 0) {
			buf[n] = '\0';
			*len = n;
			if (n > limit) {
				*too_big = true;
				break;
			}
			return buf;
		}
		n += (size_t)r;
	}
	free(buf);
	return NULL;
}

static void find_script(int argc, char **argv, const struct shell_inv *inv,
			struct script *s)
{
	memset(s, 0, sizeof(*s));
	int op = inv->operand;
	if (inv->command_mode) {
		s->text = inv->command;
		s->len = strlen(inv->command);
		s->arg0 = op + 1 < argc ? argv[op + 1] : argv[0];
		s->pos = argv + (op + 2 <= argc ? op + 2 : argc);
		s->npos = op + 2 <= argc ? argc - op - 2 : 0;
		return;
	}
	bool too_big = false;
	if (op < argc && !inv->stdin_mode) {
		int fd = openat(AT_FDCWD, argv[op], O_RDONLY | O_CLOEXEC | O_NOCTTY);
		char *t = fd >= 0 ? read_fd_bounded(fd, PARSE_MAX_INPUT, &s->len, &too_big) : NULL;
		if (fd >= 0)
			close(fd);
		s->text = t;
		s->error = t ? NULL : too_big ? "the script file is too large to check" : "the script file cannot be read";
		s->arg0 = argv[op];
		s->pos = argv + op + 1;
		s->npos = argc - op - 1;
		return;
	}
	s->arg0 = argv[0];
	s->pos = argv + op;
	s->npos = argc - op;
	if (inv->interactive || isatty(0)) {
		s->interactive = true;
		s->text = "";
		return;
	}
	s->from_stdin = true;
	s->text = read_fd_bounded(0, PARSE_MAX_INPUT, &s->len, &too_big);
	if (!s->text)
		s->error = too_big ? "the script on standard input is too large to check"
				   : "the script on standard input cannot be read";
}

/* The bytes read from stdin go to the real shell through a memfd, so that
 * it reads exactly what was decided. */
static int hand_on_stdin(const struct script *s)
{
	int fd = memfd_create("guard-stdin", MFD_CLOEXEC);
	if (fd < 0)
		return -1;
	size_t off = 0;
	while (off < s->len) {
		ssize_t w = write(fd, s->text + off, s->len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			close(fd);
			return -1;
		}
		off += (size_t)w;
	}
	if (lseek(fd, 0, SEEK_SET) < 0 || dup2(fd, 0) < 0) {
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* ---- the decision -------------------------------------------------------- */

static bool interactive_allowed(const struct config *c)
{
	if (c->interactive == INTERACTIVE_ALLOW)
		return true;
	return c->interactive == INTERACTIVE_TTY && isatty(0);
}

static void decide(arena *a, policy *p, const struct config *cfg,
		   const struct script *s, const char *name,
		   const struct shell_inv *inv, struct verdict *v)
{
	char cwd[4096];
	struct walk_opts wo = {
		.use_environ = true,
		.cwd = getcwd(cwd, sizeof(cwd)),
		.arg0 = s->arg0,
		.positional = (const char *const *)s->pos,
		.npositional = (size_t)s->npos,
		.positional_known = true,
	};
	startup_prelude(a, name, inv, &wo.prelude, &wo.prelude_len);
	decide_line(a, p, s->text, s->len, &wo, v);
	if (s->interactive && !interactive_allowed(cfg) && v->decision == DECISION_ALLOW) {
		v->decision = DECISION_DENY;
		v->rule = "interactive";
		v->reason = "interactive shells are not allowed here; run commands with bash -c";
	}
}

static const char *culprit_text(arena *a, const struct verdict *v)
{
	if (!v->culprit)
		return NULL;
	char buf[200];
	report_argv(buf, sizeof(buf), v->culprit);
	return arena_strdup(a, buf);
}

static int deny_message(arena *a, const struct verdict *v)
{
	const char *what = culprit_text(a, v);
	char head[512];
	if (what && v->rule)
		snprintf(head, sizeof(head), "denied: %s: rule %s", what, v->rule);
	else if (what)
		snprintf(head, sizeof(head), "denied: %s", what);
	else
		snprintf(head, sizeof(head), "denied");
	return refuse("%s: %s", head, v->reason ? v->reason : "not allowed by the policy");
}

static const char *source_name(const struct shell_inv *inv, const struct script *s)
{
	if (inv->info_only)
		return NULL;
	if (inv->command_mode)
		return "-c";
	if (s->interactive)
		return "interactive";
	return s->from_stdin ? "stdin" : "script";
}

/* ---- entry point --------------------------------------------------------- */

/* Root can read and write everything anyway; anyone else needs guard's
 * group, which the setgid bit gives unless something disabled it. */
static const char *lockdown_lost(void)
{
	if (prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) == 1)
		return "guard is locked down but runs without its group because no-new-privileges is set; "
		       "nothing was run, start the container without no-new-privileges";
	return "guard is locked down but runs without its group (its setgid bit is ignored: "
	       "a nosuid mount, or the file lost its mode); nothing was run, reinstall with guard install --lockdown";
}

/* Everything one invocation holds, so that every way out frees it. */
struct session {
	int argc;
	char **argv;
	const char *name;
	struct config cfg;
	bool have_cfg;
	struct ruleset *rules;  /* the compiled configuration's, until p takes it */
	policy *p;
	arena *a;
	struct shell_inv inv;
	struct script s;
	bool own_text;
};

static void session_free(struct session *ss)
{
	if (ss->own_text)
		free((char *)ss->s.text);
	arena_free(ss->a);
	if (ss->rules) {
		ruleset_free(ss->rules);
		free(ss->rules);
	}
	policy_free(ss->p);
	if (ss->have_cfg)
		config_free(&ss->cfg);
}

/* Logs the decision; NULL, or why the log could not be written. */
static const char *log_verdict(struct session *ss, const struct verdict *v)
{
	struct record_ctx rc = {
		.config = &ss->cfg, .shell = ss->name, .argc = ss->argc, .argv = ss->argv,
		.operand = ss->inv.operand, .source = source_name(&ss->inv, &ss->s),
		.command = ss->s.text, .command_len = ss->s.len,
		.rules_digest = ss->p ? policy_digest(ss->p) : NULL,
	};
	return record_decision(ss->a, &rc, v);
}

/* Refuses after the config loaded: the refusal is logged too. */
static int refuse_logged(struct session *ss, const char *fmt, const char *x, const char *y)
{
	char reason[1024];
	snprintf(reason, sizeof(reason), fmt, x ? x : "", y ? y : "");
	struct verdict v = {.decision = DECISION_DENY, .error = reason, .reason = reason};
	log_verdict(ss, &v);
	session_free(ss);
	return refuse("%s%s", reason, NULL);
}

static int load(struct session *ss)
{
	char err[1024];
	const char *perr = NULL;
	if (config_load_with_rules(&ss->cfg, config_path(), &ss->rules, err, sizeof(err)) < 0)
		return refuse("cannot load the configuration: %s; nothing was run, ask the administrator to fix it", err, NULL);
	ss->have_cfg = true;
	ss->a = arena_new(SHELL_ARENA_LIMIT);
	if (!ss->a) {
		session_free(ss);
		return refuse("out of memory; nothing was run%s%s", NULL, NULL);
	}
	if (!config_shell(&ss->cfg, ss->name))
		return refuse_logged(ss, "no real shell is configured for `%s` in the guard configuration; nothing was run%s", ss->name, NULL);
	if (ss->cfg.lockdown_gid >= 0 && (long)getegid() != ss->cfg.lockdown_gid && getuid() != 0)
		return refuse_logged(ss, "%s%s", lockdown_lost(), NULL);
	if (shell_args_parse(ss->argc, ss->argv, strcmp(ss->name, "sh") == 0, &ss->inv, &perr) < 0)
		return refuse_logged(ss, "%s: %s; nothing was run", ss->name, perr);
	if (ss->inv.privileged)
		return refuse_logged(ss, "%s -p (privileged mode) would keep guard's group; run it without -p%s", ss->name, NULL);
	if (ss->rules) {
		ss->p = policy_from_ruleset(ss->rules, POLICY_DIGEST, err, sizeof(err));
		free(ss->rules);
		ss->rules = NULL;
	} else {
		ss->p = policy_load_opts(ss->cfg.rules, POLICY_DIGEST | POLICY_ROOT_OWNED, err,
					 sizeof(err));
	}
	if (!ss->p)
		return refuse_logged(ss, "cannot load the rules: %s; nothing was run, ask the administrator to fix them", err, NULL);
	return 0;
}

/* Apart from shell_main(), so that its buffer is not on the stack of
 * every run. */
static __attribute__((noinline)) int exec_failed(struct session *ss, const char *real, int e)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s", real);
	session_free(ss);
	return refuse("cannot run the real shell %s: %s; nothing was run", path, strerror(e));
}

int shell_main(int argc, char **argv, const char *name)
{
	struct session ss = {.argc = argc, .argv = argv, .name = name};
	int rc = load(&ss);
	if (rc)
		return rc;
	if (ss.inv.info_only) {
		ss.s.text = "";
	} else {
		find_script(argc, argv, &ss.inv, &ss.s);
		ss.own_text = !ss.inv.command_mode && !ss.s.interactive;
	}
	struct verdict v;
	if (ss.s.error)
		return refuse_logged(&ss, "%s; nothing was run, pass the commands with -c instead%s", ss.s.error, NULL);
	decide(ss.a, ss.p, &ss.cfg, &ss.s, name, &ss.inv, &v);

	const char *lerr = log_verdict(&ss, &v);
	if (lerr && !ss.cfg.log_failure_allows) {
		session_free(&ss);
		return refuse("cannot write the audit log: %s; nothing was run, ask the administrator to fix the log", lerr, NULL);
	}
	if (v.decision == DECISION_DENY && !ss.cfg.audit) {
		rc = deny_message(ss.a, &v);
		session_free(&ss);
		return rc;
	}
	if (ss.s.from_stdin && hand_on_stdin(&ss.s) < 0) {
		session_free(&ss);
		return refuse("cannot pass the script on to the real shell: %s; nothing was run", strerror(errno), NULL);
	}
	const char *real = config_shell(&ss.cfg, name);
	execve(real, argv, environ);
	return exec_failed(&ss, real, errno);
}
