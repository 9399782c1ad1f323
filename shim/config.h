/*
 * config.h - guard's configuration file, /etc/guard/guard.yaml.
 *
 * The path is fixed at build time (GUARD_CONFIG_DIR), so that nothing the
 * agent controls can point guard at other rules.  For tests, the
 * environment variable GUARD_CONFIG overrides it, but only when the real
 * uid is 0 and the process is not privileged (no AT_SECURE: a setgid guard
 * ignores it).
 *
 *   rules: /etc/guard/rules.yaml      # the policy (guard.yaml.5)
 *   log: /var/log/guard/guard.log     # the audit log
 *   mode: enforce                     # enforce | audit (log "would deny", allow)
 *   interactive: deny                 # deny | allow | tty (allow a person at a terminal)
 *   on_log_failure: deny              # deny | allow
 *   lockdown_gid: 999                 # set by `guard install --lockdown`
 *   shells:                           # name guard is invoked as -> the real shell
 *     bash: /usr/lib/guard/bash
 *     sh: /usr/lib/guard/sh
 *
 * config_load() refuses a file that is not owned by root or that is group-
 * or world-writable (as doas does), and any unknown key.  Errors are
 * "FILE:LINE:COLUMN: message" in errbuf; the config is then unusable.
 * Strings are owned by the config; free with config_free().
 */
#ifndef GUARD_CONFIG_H
#define GUARD_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>

#ifndef GUARD_CONFIG_DIR
#define GUARD_CONFIG_DIR "/etc/guard"
#endif
#define GUARD_CONFIG_FILE GUARD_CONFIG_DIR "/guard.yaml"
#define CONFIG_MAX_SHELLS 16

enum interactive_policy { INTERACTIVE_DENY, INTERACTIVE_ALLOW, INTERACTIVE_TTY };

struct config {
	char *path;
	char *rules;
	char *log;
	bool audit;              /* mode: audit */
	enum interactive_policy interactive;
	bool log_failure_allows; /* on_log_failure: allow */
	long lockdown_gid;       /* -1: no lock-down */
	char *shell_names[CONFIG_MAX_SHELLS];
	char *shell_paths[CONFIG_MAX_SHELLS];
	size_t nshells;
};

/* The config file in force: GUARD_CONFIG (see above) or GUARD_CONFIG_FILE. */
const char *config_path(void);

/* From path.compiled when it is current (config_cache.h), else from the
 * YAML. */
int config_load(struct config *c, const char *path, char *errbuf, size_t errlen);
/* The same, and *rs the policy path.compiled holds when it was used (NULL
 * otherwise: load c->rules); free it with ruleset_free() and free(). */
struct ruleset;
int config_load_with_rules(struct config *c, const char *path, struct ruleset **rs,
			   char *errbuf, size_t errlen);
/* From the YAML only; *st (when st is not NULL) is the file as it was
 * read and *sum (likewise) bf_sum() of its bytes. */
int config_load_yaml(struct config *c, const char *path, struct stat *st, uint64_t *sum,
		     char *errbuf, size_t errlen);
void config_free(struct config *c);

/* The real shell for a name guard was invoked as, or NULL. */
const char *config_shell(const struct config *c, const char *name);

/* 0 if path is a regular file owned by root and not writable by group or
 * others; else -1 with a message. */
int config_check_owner(const char *path, char *errbuf, size_t errlen);

/* The rules file used by --check when --rules is not given. */
const char *config_rules_path(void);

#endif
