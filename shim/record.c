/* record.c - see record.h. */
#include "record.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "log.h"
#include "sha256.h"

/* The digest of the rules file, so that a reviewer knows which policy
 * decided.  NULL if it cannot be read (the policy did load, so this only
 * happens if the file changed under us). */
static const char *rules_digest(arena *a, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct sha256 h;
	sha256_init(&h);
	char buf[16384];
	ssize_t n;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		sha256_update(&h, buf, (size_t)n);
	close(fd);
	if (n < 0)
		return NULL;
	unsigned char d[SHA256_LEN];
	sha256_final(&h, d);
	char *hex = arena_alloc(a, SHA256_HEX_LEN + 1);
	if (hex)
		sha256_hex(d, hex);
	return hex;
}

const char *record_decision(arena *a, const struct record_ctx *rc, const struct verdict *v)
{
	static char err[512];
	struct audit_ctx ac;
	audit_ctx_init(&ac, NULL);
	int op = rc->operand < rc->argc ? rc->operand : rc->argc;
	ac.shell = rc->shell;
	ac.options = (const char *const *)rc->argv + 1;
	ac.noptions = op > 1 ? (size_t)op - 1 : 0;
	/* The -c string is the command; what follows it is $0 and the args. */
	int args = rc->source && strcmp(rc->source, "-c") == 0 ? op + 1 : op;
	ac.args = (const char *const *)rc->argv + (args < rc->argc ? args : rc->argc);
	ac.nargs = args < rc->argc ? (size_t)(rc->argc - args) : 0;
	ac.source = rc->source;
	ac.command = rc->command;
	ac.audit_mode = rc->config->audit;
	ac.rules_sha256 = rules_digest(a, rc->config->rules);
	/* Under lock-down the log must be the one install made, owned by
	 * root: a log guard created would belong to the agent's user, who
	 * could then truncate it. */
	struct stat st;
	if (rc->config->lockdown_gid >= 0 && getuid() != 0 &&
	    (lstat(rc->config->log, &st) < 0 || st.st_uid != 0))
		return "the log is missing or not owned by root (reinstall with guard install --lockdown)";
	size_t len = 0;
	char *line = audit_line(&ac, v, &len);
	if (!line)
		return "out of memory";
	const char *e = log_append(rc->config->log, line, len, err, sizeof(err));
	free(line);
	return e;
}
