/* audit.c - see audit.h; the fields are described in docs/audit-log.md. */
#include "audit.h"

#include <limits.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "json.h"
#include "log.h"
#include "sha256.h"

extern char **environ;

/* Caps, in bytes of JSON output; their sum leaves room for commands. */
#define CAP_COMMAND (64 * 1024)
#define CAP_AGENT_COMMAND (32 * 1024)
#define CAP_STRING (4 * 1024)     /* any other string */
#define CAP_ENV 1024              /* one agent variable */
#define CAP_LIST (8 * 1024)       /* one list of strings */
#define LINE_BUDGET (LOG_OBJ_MAX - 64) /* the rest is the closing members */
/* Room for the longest line while it is written: a field may first take
 * 6 bytes a byte before it is cut (put_long_str), and the commands may
 * pass LINE_BUDGET by one command (< 80 KiB) before it is taken back. */
#define BIG_BUFFER (LOG_OBJ_MAX + 6 * CAP_COMMAND)

/* Variables that tell which agent started the shell; ids first. */
static const struct {
	const char *name, *agent;
	bool id;
} agent_vars[] = {
	{"CLAUDE_CODE_SESSION_ID", "claude-code", true},
	{"CODEX_THREAD_ID", "codex", true},
	{"CODEX_SESSION_ID", "codex", true},
	{"CLAUDECODE", "claude-code", false},
	{"CLAUDE_CODE_ENTRYPOINT", "claude-code", false},
	{"CLAUDE_PID", "claude-code", false},
	{"CODEX_SANDBOX", "codex", false},
	{"CODEX_CI", "codex", false},
	{"GEMINI_CLI", "gemini", false},
};
#define NVARS (sizeof(agent_vars) / sizeof(agent_vars[0]))

/* The value of env entry e if it is the variable name, else NULL. */
static const char *env_value(const char *e, const char *name)
{
	size_t n = strlen(name);
	return strncmp(e, name, n) == 0 && e[n] == '=' ? e + n + 1 : NULL;
}

/* One pass over the environment (it runs before every command): each
 * variable of agent_vars, the first of its name, in found[]. */
static const char *collect_env(char *const *envp, const char *found[NVARS])
{
	const char *carried = NULL, *v;
	for (; *envp; envp++) {
		const char *e = *envp;
		if (e[0] != 'C' && e[0] != 'G' && e[0] != '_')
			continue;
		if (!carried && (carried = env_value(e, "__CLAUDE_CC_COMMAND_TEXT")) != NULL)
			continue;
		for (size_t i = 0; i < NVARS; i++)
			if (!found[i] && (v = env_value(e, agent_vars[i].name)) != NULL) {
				found[i] = v;
				break;
			}
	}
	return carried;
}

static void collect_agent(struct audit_ctx *c, char *const *envp)
{
	const char *marker = NULL, *found[NVARS] = {0};
	c->carried = collect_env(envp, found);
	for (size_t i = 0; i < NVARS && c->nenv < AUDIT_MAX_ENV; i++) {
		const char *v = found[i];
		if (!v || !*v)
			continue;
		c->env[c->nenv++] = (struct audit_env){agent_vars[i].name, v};
		if (agent_vars[i].id && !c->session) {
			c->session = v;
			c->agent = agent_vars[i].agent;
		}
		if (!marker)
			marker = agent_vars[i].agent;
	}
	if (!c->agent)
		c->agent = marker;
}

void audit_ctx_init(struct audit_ctx *c, char *const *envp)
{
	memset(c, 0, sizeof(*c));
	clock_gettime(CLOCK_REALTIME, &c->now);
	struct utsname u;
	if (uname(&u) == 0)
		snprintf(c->host, sizeof(c->host), "%s", u.nodename);
	c->pid = (long)getpid();
	c->ppid = (long)getppid();
	c->uid = getuid();
	c->euid = geteuid();
	if (!getcwd(c->cwd, sizeof(c->cwd)))
		c->cwd[0] = '\0';
	collect_agent(c, envp ? envp : environ);
}

/* ---- the agent's own command --------------------------------------------- */

static bool is_cmd(const struct cmd *c, const char *name)
{
	return c->nvia == 0 && c->argc > 0 && strcmp(c->argv[0], name) == 0;
}

/* Claude Code's wrapper ends with `pwd -P >| /tmp/claude-XXXX-cwd`. */
static bool is_cwd_marker(const struct cmd *c)
{
	if (!is_cmd(c, "pwd") || c->argc != 2 || strcmp(c->argv[1], "-P") != 0)
		return false;
	for (size_t i = 0; i < c->nredirs; i++)
		if (strcmp(c->redirs[i].op, ">|") == 0)
			return true;
	return false;
}

/* eval's words joined by spaces, as eval joins them. */
static char *join_eval_words(const struct cmd *c)
{
	size_t len = 1;
	for (size_t i = 1; i < c->argc; i++)
		len += strlen(c->argv[i]) + 1;
	char *s = malloc(len), *p = s;
	if (!s)
		return NULL;
	for (size_t i = 1; i < c->argc; i++) {
		if (i > 1)
			*p++ = ' ';
		size_t n = strlen(c->argv[i]);
		memcpy(p, c->argv[i], n);
		p += n;
	}
	*p = '\0';
	return s;
}

/* The string Claude Code's wrapper evals: its words as eval joins them
 * (malloc'd into *owned when there are several), or the carried text. */
static const char *claude_command(const struct audit_ctx *c, const struct verdict *v,
				  char **owned)
{
	const struct cmd *eval = NULL;
	bool marker = false;
	for (size_t i = 0; i < v->cmds.n && !marker; i++) {
		const struct cmd *k = &v->cmds.v[i];
		if (is_cmd(k, "eval") && k->argc > 1)
			eval = k;
		marker = is_cwd_marker(k);
	}
	bool claude = c->agent && strcmp(c->agent, "claude-code") == 0;
	if (!eval || !(marker || claude))
		return NULL;
	if (c->carried && strstr(eval->argv[1], "__CLAUDE_CC_COMMAND_TEXT"))
		return c->carried;
	if (eval->argc == 2)
		return eval->argv[1];
	return *owned = join_eval_words(eval);
}

/* Gemini CLI runs "<prologue>\n(\n  trap '...' EXIT\n<command>\n)\n__code=$?..." */
static const char *gemini_command(const char *text, char **owned)
{
	static const char head[] = "shopt -u promptvars nullglob extglob nocaseglob dotglob;";
	static const char trap[] = "trap 'jobs -p > \"$_bgpids_file\"' EXIT\n";
	static const char tail[] = "\n)\n__code=$?";
	if (!text || strncmp(text, head, sizeof(head) - 1) != 0)
		return NULL;
	const char *from = strstr(text, trap), *to = NULL;
	if (!from)
		return NULL;
	from += sizeof(trap) - 1;
	for (const char *p = from; (p = strstr(p, tail)); p++)
		to = p;
	return to ? (*owned = strndup(from, (size_t)(to - from))) : NULL;
}

/* The agent's command, pointing into v or c, or into *owned (to free). */
static const char *agent_command(const struct audit_ctx *c, const struct verdict *v,
				 char **owned)
{
	*owned = NULL;
	const char *s = claude_command(c, v, owned);
	return s ? s : gemini_command(c->command, owned);
}

char *audit_agent_command(const struct audit_ctx *c, const struct verdict *v)
{
	char *owned;
	const char *s = agent_command(c, v, &owned);
	return owned || !s ? owned : strdup(s);
}

/* ---- rendering ------------------------------------------------------------- */

/* The line being built, in a buffer: no stdio on the path every command
 * takes (its code and a FILE cost more than the writing). */
struct out {
	char *buf;
	size_t size, len;
	bool full;      /* the buffer is full: the caller tries a larger one */
	bool truncated;
	bool failed;    /* out of memory */
};

static void put_bytes(void *ctx, const char *p, size_t n)
{
	struct out *o = ctx;
	if (o->full || n >= o->size - o->len) {
		o->full = true;
		return;
	}
	memcpy(o->buf + o->len, p, n);
	o->len += n;
}

static void put_c(struct out *o, char c)
{
	put_bytes(o, &c, 1);
}

static void put_s(struct out *o, const char *s)
{
	put_bytes(o, s, strlen(s));
}

static void put_json(struct out *o, const char *s)
{
	json_write(put_bytes, o, s);
}

/* Where the line is; past every budget once the buffer is full, so that
 * the writers stop at once. */
static long pos(const struct out *o)
{
	return o->full ? LONG_MAX / 2 : (long)o->len;
}

/* Bytes of the escaped text at e, as json_str() writes it: an escape, a
 * UTF-8 sequence (json_str() writes only valid ones raw) or one byte. */
static size_t json_unit(const unsigned char *e)
{
	if (e[0] == '\\')
		return e[1] == 'u' ? 6 : 2;
	if (e[0] < 0x80)
		return 1;
	return e[0] >= 0xf0 ? 4 : e[0] >= 0xe0 ? 3 : 2;
}

/* s, longer than cap can surely hold, as a JSON string of at most cap
 * bytes: json_str() writes a prefix of at most cap - 2 bytes of it, which
 * is then cut back, between characters, to fit. */
static void put_long_str(struct out *o, const char *s, size_t len, size_t cap)
{
	size_t n = len < cap - 2 ? len : cap - 2;
	while (n < len && n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--; /* not in the middle of a character */
	char *prefix = strndup(s, n);
	if (!prefix) {
		o->failed = true;
		return;
	}
	long at = pos(o);
	put_json(o, prefix);
	free(prefix);
	if (o->full)
		return; /* the caller tries a larger buffer */
	long end = pos(o);
	if (end - at <= (long)cap && n == len)
		return;
	size_t i = 1; /* after the opening quote */
	while (at + (long)i < end - 1) {
		size_t k = json_unit((const unsigned char *)o->buf + at + i);
		if (i + k + 1 > cap)
			break;
		i += k;
	}
	o->len = (size_t)at + i;
	put_c(o, '"');
	o->truncated = true;
}

/* s (NULL: null) as a JSON string of at most cap bytes: cut if longer,
 * and then the line is marked truncated. */
static void put_str(struct out *o, const char *s, size_t cap)
{
	size_t len = s ? strlen(s) : 0;
	if (!s || len * 6 + 2 <= cap) /* json_write() writes <= 6 bytes a byte */
		put_json(o, s);
	else
		put_long_str(o, s, len, cap);
}

/* ,"key":  (No printf on the hot path: musl's costs ~0.3 us a call.) */
static void put_key(struct out *o, const char *key)
{
	put_s(o, ",\"");
	put_s(o, key);
	put_s(o, "\":");
}

/* A list of strings, each at most CAP_STRING, stopping once the list
 * passes CAP_LIST (the rest is dropped, and the line truncated). */
static void put_list(struct out *o, const char *const *v, size_t n)
{
	long at = pos(o);
	put_c(o, '[');
	for (size_t i = 0; i < n; i++) {
		if (pos(o) - at > CAP_LIST) {
			o->truncated = true;
			break;
		}
		if (i)
			put_c(o, ',');
		put_str(o, v[i], CAP_STRING);
	}
	put_c(o, ']');
}

static const char *decision_name(enum decision d)
{
	return d == DECISION_DENY ? "deny" : "allow";
}

/* v in decimal, zero-padded to width digits. */
static void put_num(struct out *o, unsigned long long v, int width)
{
	char buf[24];
	int n = 0;
	do {
		buf[sizeof(buf) - 1 - n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v || n < width);
	put_bytes(o, buf + sizeof(buf) - n, (size_t)n);
}

static void put_long(struct out *o, long v)
{
	if (v < 0)
		put_c(o, '-');
	put_num(o, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v, 1);
}

/* "2026-11-27T12:34:56.789Z" */
static void put_time(struct out *o, const struct timespec *t)
{
	struct tm tm;
	time_t s = t->tv_sec;
	if (!gmtime_r(&s, &tm) || tm.tm_year < -1900 || tm.tm_year > 9999 - 1900) {
		put_s(o, "null");
		return;
	}
	const struct { int v, width; char after; } part[] = {
		{tm.tm_year + 1900, 4, '-'}, {tm.tm_mon + 1, 2, '-'}, {tm.tm_mday, 2, 'T'},
		{tm.tm_hour, 2, ':'}, {tm.tm_min, 2, ':'}, {tm.tm_sec, 2, '.'},
		{(int)(t->tv_nsec / 1000000), 3, 'Z'},
	};
	put_c(o, '"');
	for (size_t i = 0; i < sizeof(part) / sizeof(part[0]); i++) {
		put_num(o, (unsigned long long)part[i].v, part[i].width);
		put_c(o, part[i].after);
	}
	put_c(o, '"');
}

static void put_process(struct out *o, const struct audit_ctx *c)
{
	put_s(o, "{\"time\":");
	put_time(o, &c->now);
	put_key(o, "host");
	put_str(o, c->host[0] ? c->host : NULL, CAP_STRING);
	put_key(o, "pid");
	put_long(o, c->pid);
	put_key(o, "ppid");
	put_long(o, c->ppid);
	put_key(o, "uid");
	put_num(o, c->uid, 1);
	put_key(o, "euid");
	put_num(o, c->euid, 1);
	put_key(o, "cwd");
	put_str(o, c->cwd[0] ? c->cwd : NULL, CAP_STRING);
	put_key(o, "agent");
	put_json(o, c->agent);
	put_key(o, "session");
	put_str(o, c->session, CAP_ENV);
	put_s(o, ",\"agent_env\":{");
	for (size_t i = 0; i < c->nenv; i++) {
		put_s(o, i ? ",\"" : "\"");
		put_s(o, c->env[i].name);
		put_s(o, "\":");
		put_str(o, c->env[i].value, CAP_ENV);
	}
	put_c(o, '}');
}

static void put_command(struct out *o, const struct audit_ctx *c, const struct verdict *v)
{
	put_key(o, "shell");
	put_str(o, c->shell, CAP_STRING);
	put_key(o, "options");
	put_list(o, c->options, c->noptions);
	put_key(o, "args");
	put_list(o, c->args, c->nargs);
	put_key(o, "source");
	put_str(o, c->source, CAP_STRING);
	put_key(o, "command");
	bool was = o->truncated;
	o->truncated = false;
	put_str(o, c->command, CAP_COMMAND);
	if (o->truncated) {
		unsigned char d[SHA256_LEN];
		char hex[SHA256_HEX_LEN + 1];
		sha256(c->command, strlen(c->command), d);
		sha256_hex(d, hex);
		char tail[128];
		snprintf(tail, sizeof(tail), ",\"command_len\":%zu,\"command_sha256\":\"%s\"",
			 strlen(c->command), hex);
		put_s(o, tail);
	}
	o->truncated = o->truncated || was;
	char *owned;
	const char *agent = agent_command(c, v, &owned);
	put_key(o, "agent_command");
	put_str(o, agent, CAP_AGENT_COMMAND);
	free(owned);
}

static void put_decision(struct out *o, const struct audit_ctx *c, const struct verdict *v)
{
	put_key(o, "decision");
	put_json(o, decision_name(v->decision));
	put_key(o, "rule");
	put_str(o, v->rule, CAP_STRING);
	put_key(o, "reason");
	put_str(o, v->reason, CAP_STRING);
	put_key(o, "error");
	put_str(o, v->error, CAP_STRING);
	put_key(o, "mode");
	put_json(o, c->audit_mode ? "audit" : "enforce");
	put_key(o, "version");
	put_json(o, GUARD_VERSION);
	put_key(o, "rules_sha256");
	put_str(o, c->rules_sha256, CAP_STRING);
}

/* [{"op", "target"}...], stopping like put_list(). */
static void put_redirs(struct out *o, const struct cmd_redir *r, size_t n)
{
	long at = pos(o);
	put_s(o, ",\"redirs\":[");
	for (size_t i = 0; i < n; i++) {
		if (pos(o) - at > CAP_LIST) {
			o->truncated = true;
			break;
		}
		put_s(o, i ? ",{\"op\":" : "{\"op\":");
		put_str(o, r[i].op, CAP_STRING);
		put_s(o, ",\"target\":");
		put_str(o, r[i].target, CAP_STRING);
		put_c(o, '}');
	}
	put_c(o, ']');
}

static void put_cmd(struct out *o, const struct cmd *k)
{
	put_s(o, "{\"argv\":");
	put_list(o, k->argv, k->argc);
	put_key(o, "via");
	put_list(o, k->via, k->nvia);
	put_key(o, "decision");
	put_json(o, decision_name(k->decision));
	put_key(o, "rule");
	put_str(o, k->rule, CAP_STRING);
	put_key(o, "reason");
	put_str(o, k->reason, CAP_STRING);
	put_key(o, "unresolved");
	put_str(o, k->unresolved, CAP_STRING);
	bool dyn = false;
	for (size_t i = 0; i < k->argc && k->flags; i++)
		dyn = dyn || (k->flags[i] & WORD_DYNAMIC);
	if (dyn)
		put_s(o, ",\"dynamic\":true");
	if (k->nassigns) {
		put_key(o, "assigns");
		put_list(o, k->assigns, k->nassigns);
	}
	if (k->nredirs)
		put_redirs(o, k->redirs, k->nredirs);
	put_c(o, '}');
}

/* As many commands as fit; a command that does not is taken back whole. */
static void put_cmds(struct out *o, const struct cmdlist *l)
{
	put_key(o, "ncommands");
	put_num(o, l->n, 1);
	put_s(o, ",\"commands\":[");
	for (size_t i = 0; i < l->n; i++) {
		long mark = pos(o);
		if (i)
			put_c(o, ',');
		put_cmd(o, &l->v[i]);
		if (pos(o) > LINE_BUDGET) {
			if (!o->full)
				o->len = (size_t)mark;
			o->truncated = true;
			break;
		}
	}
	put_c(o, ']');
}

/* Renders the line into buf[0..size); its length, or -1 if it did not fit. */
static long render(const struct audit_ctx *c, const struct verdict *v, char *buf, size_t size)
{
	struct out o = {.buf = buf, .size = size};
	put_process(&o, c);
	put_command(&o, c, v);
	put_decision(&o, c, v);
	put_cmds(&o, &v->cmds);
	put_s(&o, o.truncated ? ",\"truncated\":true}" : ",\"truncated\":false}");
	if (o.failed || o.full || o.len + 1 >= size)
		return -1;
	buf[o.len] = '\0';
	return (long)o.len;
}

/* Most lines fit a few KB; a long one is rendered again in a buffer of
 * the largest size.  On the heap, not the stack: the stack pages it took
 * cost page faults on every command.  (A growing memstream costs a dozen
 * mmap/munmap calls in a fresh musl process.) */
char *audit_line(const struct audit_ctx *c, const struct verdict *v, size_t *len)
{
	enum { SMALL = 16 * 1024 };
	char *small = malloc(SMALL);
	long n = small ? render(c, v, small, SMALL) : -1;
	if (n >= 0) {
		*len = (size_t)n;
		return small;
	}
	free(small);
	char *big = malloc(BIG_BUFFER);
	if (!big)
		return NULL;
	n = render(c, v, big, BIG_BUFFER);
	if (n < 0) {
		free(big);
		return NULL;
	}
	*len = (size_t)n;
	char *fit = realloc(big, (size_t)n + 1);
	return fit ? fit : big;
}
