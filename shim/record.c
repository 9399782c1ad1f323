/* record.c - see record.h. */
#include "record.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "log.h"

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
	ac.rules_sha256 = rc->rules_digest;
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
