/* config.c - see config.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "binfile.h"
#include "config_cache.h"

#define CONFIG_MAX_BYTES (64 * 1024)

const char *config_path(void)
{
	const char *env = getenv("GUARD_CONFIG");
	if (env && *env && getuid() == 0 && getauxval(AT_SECURE) == 0)
		return env;
	return GUARD_CONFIG_FILE;
}

/* A regular file owned by root and not writable by group or others. */
static int owner_ok(const char *path, const struct stat *st, char *errbuf, size_t errlen)
{
	if (!S_ISREG(st->st_mode)) {
		snprintf(errbuf, errlen, "%s: not a regular file", path);
		return -1;
	}
	if (st->st_uid != 0 || (st->st_mode & (S_IWGRP | S_IWOTH))) {
		snprintf(errbuf, errlen,
			 "%s: refused: must be owned by root and not writable by group or others",
			 path);
		return -1;
	}
	return 0;
}

int config_check_owner(const char *path, char *errbuf, size_t errlen)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		snprintf(errbuf, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	return owner_ok(path, &st, errbuf, errlen);
}

const char *config_shell(const struct config *c, const char *name)
{
	for (size_t i = 0; i < c->nshells; i++)
		if (strcmp(c->shell_names[i], name) == 0)
			return c->shell_paths[i];
	return NULL;
}

void config_free(struct config *c)
{
	free(c->path);
	free(c->rules);
	free(c->log);
	for (size_t i = 0; i < c->nshells; i++) {
		free(c->shell_names[i]);
		free(c->shell_paths[i]);
	}
	memset(c, 0, sizeof(*c));
}

struct loader {
	yaml_parser_t yp;
	yaml_event_t ev;
	struct config *c;
	char *err;
	size_t errlen;
};

static int fail_at(struct loader *l, const yaml_mark_t *m, const char *msg)
{
	snprintf(l->err, l->errlen, "%s:%zu:%zu: %s", l->c->path, m->line + 1,
		 m->column + 1, msg);
	return -1;
}

/* Next event into l->ev (the previous one is freed). */
static int next(struct loader *l)
{
	yaml_event_delete(&l->ev);
	if (!yaml_parser_parse(&l->yp, &l->ev)) {
		snprintf(l->err, l->errlen, "%s:%zu:%zu: %s", l->c->path,
			 l->yp.problem_mark.line + 1, l->yp.problem_mark.column + 1,
			 l->yp.problem ? l->yp.problem : "YAML error");
		return -1;
	}
	return 0;
}

static int scalar(struct loader *l, char **out)
{
	if (next(l) < 0)
		return -1;
	if (l->ev.type != YAML_SCALAR_EVENT)
		return fail_at(l, &l->ev.start_mark, "expected a single value");
	*out = strdup((const char *)l->ev.data.scalar.value);
	return *out ? 0 : fail_at(l, &l->ev.start_mark, "out of memory");
}

static int load_shells(struct loader *l)
{
	if (next(l) < 0)
		return -1;
	if (l->ev.type != YAML_MAPPING_START_EVENT)
		return fail_at(l, &l->ev.start_mark, "shells: expected a mapping of name: path");
	for (;;) {
		if (next(l) < 0)
			return -1;
		if (l->ev.type == YAML_MAPPING_END_EVENT)
			return 0;
		if (l->ev.type != YAML_SCALAR_EVENT)
			return fail_at(l, &l->ev.start_mark, "shells: expected a shell name");
		if (l->c->nshells >= CONFIG_MAX_SHELLS)
			return fail_at(l, &l->ev.start_mark, "shells: too many entries");
		size_t i = l->c->nshells;
		l->c->shell_names[i] = strdup((const char *)l->ev.data.scalar.value);
		if (!l->c->shell_names[i] || scalar(l, &l->c->shell_paths[i]) < 0)
			return -1;
		l->c->nshells++;
		if (l->c->shell_paths[i][0] != '/')
			return fail_at(l, &l->ev.start_mark, "shells: the path must be absolute");
	}
}

/* key: value where value must be one of words; returns its index. */
static int choice(struct loader *l, const char *key, const char *const *words)
{
	char *v = NULL;
	if (scalar(l, &v) < 0)
		return -1;
	for (int i = 0; words[i]; i++)
		if (strcmp(v, words[i]) == 0) {
			free(v);
			return i;
		}
	free(v);
	char msg[128];
	snprintf(msg, sizeof(msg), "%s: unknown value", key);
	return fail_at(l, &l->ev.start_mark, msg);
}

static int load_key(struct loader *l, const char *key)
{
	static const char *const modes[] = {"enforce", "audit", NULL};
	static const char *const inter[] = {"deny", "allow", "tty", NULL};
	static const char *const onfail[] = {"deny", "allow", NULL};
	struct config *c = l->c;
	int i;
	if (strcmp(key, "rules") == 0)
		return scalar(l, &c->rules);
	if (strcmp(key, "log") == 0)
		return scalar(l, &c->log);
	if (strcmp(key, "shells") == 0)
		return load_shells(l);
	if (strcmp(key, "mode") == 0)
		return (i = choice(l, key, modes)) < 0 ? -1 : (c->audit = i == 1, 0);
	if (strcmp(key, "interactive") == 0)
		return (i = choice(l, key, inter)) < 0 ? -1 : (c->interactive = i, 0);
	if (strcmp(key, "on_log_failure") == 0)
		return (i = choice(l, key, onfail)) < 0 ? -1 : (c->log_failure_allows = i == 1, 0);
	if (strcmp(key, "lockdown_gid") == 0) {
		char *v = NULL, *end;
		if (scalar(l, &v) < 0)
			return -1;
		errno = 0;
		c->lockdown_gid = strtol(v, &end, 10);
		bool bad = errno || *end || end == v || c->lockdown_gid < 0;
		free(v);
		return bad ? fail_at(l, &l->ev.start_mark, "lockdown_gid: expected a group id") : 0;
	}
	return fail_at(l, &l->ev.start_mark, "unknown key");
}

static int load_doc(struct loader *l)
{
	while (next(l) == 0) {
		switch (l->ev.type) {
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if (l->ev.type == YAML_MAPPING_START_EVENT)
				break;
			continue;
		default:
			return fail_at(l, &l->ev.start_mark, "expected a mapping of settings");
		}
		break;
	}
	if (l->ev.type != YAML_MAPPING_START_EVENT)
		return -1;
	for (;;) {
		if (next(l) < 0)
			return -1;
		if (l->ev.type == YAML_MAPPING_END_EVENT)
			return 0;
		if (l->ev.type != YAML_SCALAR_EVENT)
			return fail_at(l, &l->ev.start_mark, "expected a setting name");
		char key[64];
		snprintf(key, sizeof(key), "%s", (const char *)l->ev.data.scalar.value);
		if (load_key(l, key) < 0)
			return -1;
	}
}

/* The file's bytes, checked (through the descriptor read, so that what is
 * checked is what is read) to be root's; *st is what fstat saw. */
static char *read_small(const char *path, size_t *len, struct stat *st, char *errbuf,
			size_t errlen)
{
	int fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0 || fstat(fd, st) < 0) {
		snprintf(errbuf, errlen, "%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (owner_ok(path, st, errbuf, errlen) < 0) {
		close(fd);
		return NULL;
	}
	char *buf = malloc(CONFIG_MAX_BYTES + 1);
	size_t n = 0;
	ssize_t r = 1;
	while (buf && n <= CONFIG_MAX_BYTES && (r = read(fd, buf + n, CONFIG_MAX_BYTES + 1 - n)) > 0)
		n += (size_t)r;
	close(fd);
	if (!buf || r < 0 || n > CONFIG_MAX_BYTES) {
		snprintf(errbuf, errlen, "%s: %s", path, !buf || r < 0 ? "cannot read" : "file too large");
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

int config_load_yaml(struct config *c, const char *path, struct stat *st, uint64_t *sum,
		     char *errbuf, size_t errlen)
{
	struct stat mine;
	memset(c, 0, sizeof(*c));
	c->lockdown_gid = -1;
	c->path = strdup(path);
	size_t len;
	char *text = c->path ? read_small(path, &len, st ? st : &mine, errbuf, errlen) : NULL;
	if (!text) {
		if (!c->path)
			snprintf(errbuf, errlen, "%s: out of memory", path);
		config_free(c);
		return -1;
	}
	if (sum)
		*sum = bf_sum(text, len);
	struct loader l = {.c = c, .err = errbuf, .errlen = errlen};
	yaml_parser_initialize(&l.yp);
	yaml_parser_set_input_string(&l.yp, (const unsigned char *)text, len);
	int rc = load_doc(&l);
	yaml_event_delete(&l.ev);
	yaml_parser_delete(&l.yp);
	free(text);
	if (rc == 0 && (!c->rules || !c->log)) {
		snprintf(errbuf, errlen, "%s: the settings `rules` and `log` are required", path);
		rc = -1;
	}
	if (rc < 0)
		config_free(c);
	return rc;
}

int config_load_with_rules(struct config *c, const char *path, struct ruleset **rs,
			   char *errbuf, size_t errlen)
{
	if (config_cache_read(c, path, rs) == 0)
		return 0;
	return config_load_yaml(c, path, NULL, NULL, errbuf, errlen);
}

int config_load(struct config *c, const char *path, char *errbuf, size_t errlen)
{
	return config_load_with_rules(c, path, NULL, errbuf, errlen);
}

const char *config_rules_path(void)
{
	static struct config c;
	static bool loaded;
	char err[512];
	if (!loaded && config_load(&c, config_path(), err, sizeof(err)) == 0)
		loaded = true;
	return loaded ? c.rules : GUARD_CONFIG_DIR "/rules.yaml";
}
