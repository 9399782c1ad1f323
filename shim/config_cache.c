/*
 * config_cache.c - see config_cache.h.  A binfile.h file whose sources
 * are the configuration, then the rules file and its includes, holding:
 *   rules, log (strings), audit, interactive, log_failure_allows (u8),
 *   lockdown_gid (u64, two's complement), shells: count, then name path,
 *   the ruleset the rules file loads to (rules_cache.h's encoding)
 */
#include "config_cache.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "binfile.h"
#include "policy.h"
#include "rules_cache.h"

#define FORMAT 3
#define ARENA_LIMIT (256u * 1024 * 1024)

/* The configuration's sizes and the embedded ruleset's. */
static const uint32_t layout[] = {
	sizeof(void *), sizeof(struct config), CONFIG_MAX_SHELLS, RULES_CACHE_FORMAT,
	sizeof(struct pat), sizeof(struct rule), sizeof(struct ruleset), PAT_NKINDS,
};
static const struct bf_kind file_kind = {"guardcf", FORMAT, layout,
					 sizeof(layout) / sizeof(layout[0])};

static int cache_path(const char *path, char *buf, size_t len)
{
	int n = snprintf(buf, len, "%s%s", path, CONFIG_CACHE_SUFFIX);
	return n < 0 || (size_t)n >= len ? -1 : 0;
}

static void put_config(struct bf_writer *w, const struct config *c)
{
	bf_put_str(w, c->rules);
	bf_put_str(w, c->log);
	bf_put8(w, c->audit);
	bf_put8(w, c->interactive);
	bf_put8(w, c->log_failure_allows);
	bf_put64(w, (uint64_t)c->lockdown_gid);
	bf_put32(w, (uint32_t)c->nshells);
	for (size_t i = 0; i < c->nshells; i++) {
		bf_put_str(w, c->shell_names[i]);
		bf_put_str(w, c->shell_paths[i]);
	}
}

/* src[0] is the configuration; the rest are rs's. */
static int write_cache(const struct config *c, const struct ruleset *rs,
		       const struct bf_source *src, size_t nsrc, char *err, size_t errlen)
{
	char path[PATH_MAX];
	struct bf_writer w = {0};
	if (cache_path(c->path, path, sizeof(path)))
		return bf_say(err, errlen, "%s: path too long", c->path);
	bf_put_head(&w, &file_kind, src, nsrc);
	put_config(&w, c);
	ruleset_cache_put(&w, rs);
	return bf_finish(&w, path, err, errlen);
}

/* One try: 1 when a file was written, 0 when a source changed less than
 * a second ago (try again), -1 on an error. */
static int compile_once(const char *path, char *err, size_t errlen)
{
	struct config c;
	struct stat st;
	uint64_t sum;
	struct ruleset rs = {0};
	struct bf_source src[BF_MAX_SOURCES];
	struct timespec start;
	char why[200];
	clock_gettime(CLOCK_REALTIME, &start);
	if (config_load_yaml(&c, path, &st, &sum, err, errlen) < 0)
		return -1;
	int rc = ruleset_load(&rs, c.rules, POLICY_DIGEST | POLICY_NO_CACHE | POLICY_ROOT_OWNED,
			      err, errlen) ? -1 : 0;
	if (rc == 0 && ruleset_cache_check(&rs, why, sizeof(why)))
		rc = bf_say(err, errlen, "%s: %s", c.rules, why);
	if (rc == 0 && rs.nsources + 1 > BF_MAX_SOURCES)
		rc = bf_say(err, errlen, "%s: too many policy files", c.rules);
	if (rc == 0) {
		src[0] = bf_source_of(c.path, &st, sum);
		memcpy(src + 1, rs.sources, rs.nsources * sizeof(*src));
		if (bf_settled(src, rs.nsources + 1, start))
			rc = write_cache(&c, &rs, src, rs.nsources + 1, err, errlen) ? -1 : 1;
	}
	ruleset_free(&rs);
	config_free(&c);
	return rc;
}

int config_compile(const char *path, char *err, size_t errlen)
{
	for (int tries = 0;; tries++) {
		int rc = compile_once(path, err, errlen);
		if (rc)
			return rc < 0 ? -1 : 0;
		if (tries == 3)
			return bf_say(err, errlen, "%s: the files keep changing", path);
		nanosleep(&(struct timespec){1, 100000000}, NULL);
	}
}

static char *dup_or_null(const char *s, bool *oom)
{
	char *d = s ? strdup(s) : NULL;
	*oom |= s && !d;
	return d;
}

static bool get_config(struct bf_reader *r, struct config *c)
{
	bool oom = false;
	c->rules = dup_or_null(bf_get_req(r), &oom);
	c->log = dup_or_null(bf_get_req(r), &oom);
	c->audit = bf_get_bool(r);
	unsigned inter = bf_get8(r);
	c->interactive = inter == INTERACTIVE_ALLOW ? INTERACTIVE_ALLOW
			 : inter == INTERACTIVE_TTY ? INTERACTIVE_TTY : INTERACTIVE_DENY;
	r->bad |= inter > INTERACTIVE_TTY;
	c->log_failure_allows = bf_get_bool(r);
	c->lockdown_gid = (long)(int64_t)bf_get64(r);
	r->bad |= c->lockdown_gid < -1;
	uint32_t n = bf_get_count(r, CONFIG_MAX_SHELLS, 2 * 5);
	for (uint32_t i = 0; i < n && !r->bad && !oom; i++) {
		c->shell_names[i] = dup_or_null(bf_get_req(r), &oom);
		c->shell_paths[i] = dup_or_null(bf_get_req(r), &oom);
		c->nshells = i + 1;
		r->bad |= !c->shell_paths[i] || c->shell_paths[i][0] != '/';
	}
	return !oom && !r->bad;
}

/* The ruleset after the configuration, into a ruleset that takes mem over
 * (freed with it on failure); its first source must be the rules file the
 * configuration names. */
static struct ruleset *get_ruleset(struct bf_reader *r, arena *mem, const struct config *c,
				   struct bf_source *src, size_t nsrc)
{
	struct ruleset *rs = calloc(1, sizeof(*rs));
	if (!rs) {
		arena_free(mem);
		return NULL;
	}
	rs->mem = mem;
	rs->sources = src + 1;
	rs->nsources = nsrc - 1;
	if (nsrc >= 2 && !strcmp(src[1].path, c->rules) && ruleset_cache_get(r, rs) &&
	    bf_done(r))
		return rs;
	ruleset_free(rs);       /* frees mem too */
	free(rs);
	return NULL;
}

int config_cache_read(struct config *c, const char *path, struct ruleset **rs)
{
	struct bf_reader r;
	struct bf_source *src;
	size_t nsrc;
	const char *cpath;
	memset(c, 0, sizeof(*c));
	c->lockdown_gid = -1;
	if (rs)
		*rs = NULL;
	arena *mem = arena_new(ARENA_LIMIT);
	bool ok = mem && (c->path = strdup(path)) &&
		  (cpath = arena_concat(mem, path, CONFIG_CACHE_SUFFIX)) &&
		  bf_open(&r, cpath, mem, &file_kind, path, &src, &nsrc) && get_config(&r, c);
	if (ok && rs) {
		*rs = get_ruleset(&r, mem, c, src, nsrc);
		if (*rs)
			return 0;       /* mem is the ruleset's */
		ok = false;
		mem = NULL;
	}
	arena_free(mem);
	if (ok)
		return 0;
	config_free(c);
	c->lockdown_gid = -1;
	return -1;
}
