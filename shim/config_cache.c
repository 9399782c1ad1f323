/*
 * config_cache.c - see config_cache.h.  After binfile.h's header and
 * the one source:
 *   rules, log (strings), audit, interactive, log_failure_allows (u8),
 *   lockdown_gid (u64, two's complement), shells: count, then name path
 */
#include "config_cache.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "binfile.h"

#define FORMAT 1

static const uint32_t layout[] = {sizeof(void *), sizeof(struct config), CONFIG_MAX_SHELLS};
static const struct bf_kind file_kind = {"guardcf", FORMAT, layout,
					 sizeof(layout) / sizeof(layout[0])};

static int cache_path(const char *path, char *buf, size_t len)
{
	int n = snprintf(buf, len, "%s%s", path, CONFIG_CACHE_SUFFIX);
	return n < 0 || (size_t)n >= len ? -1 : 0;
}

static int write_cache(const struct config *c, const struct bf_source *src, char *err,
		       size_t errlen)
{
	char path[PATH_MAX];
	struct bf_writer w = {0};
	if (cache_path(c->path, path, sizeof(path))) {
		snprintf(err, errlen, "%s: path too long", c->path);
		return -1;
	}
	bf_put_head(&w, &file_kind, src, 1);
	bf_put_str(&w, c->rules);
	bf_put_str(&w, c->log);
	bf_put8(&w, c->audit);
	bf_put8(&w, c->interactive);
	bf_put8(&w, c->log_failure_allows);
	bf_put64(&w, (uint64_t)c->lockdown_gid);
	bf_put32(&w, (uint32_t)c->nshells);
	for (size_t i = 0; i < c->nshells; i++) {
		bf_put_str(&w, c->shell_names[i]);
		bf_put_str(&w, c->shell_paths[i]);
	}
	return bf_finish(&w, path, err, errlen);
}

int config_compile(const char *path, char *err, size_t errlen)
{
	for (int tries = 0;; tries++) {
		struct config c;
		struct stat st;
		struct timespec start;
		clock_gettime(CLOCK_REALTIME, &start);
		if (config_load_yaml(&c, path, &st, err, errlen) < 0)
			return -1;
		struct bf_source src = bf_source_of(c.path, &st);
		bool settled = bf_settled(&src, 1, start);
		int rc = settled ? write_cache(&c, &src, err, errlen) : 0;
		config_free(&c);
		if (rc || settled)
			return rc;
		if (tries == 3) {
			snprintf(err, errlen, "%s: the file keeps changing", path);
			return -1;
		}
		nanosleep(&(struct timespec){1, 100000000}, NULL);
	}
}

static char *dup_or_null(const char *s, bool *oom)
{
	char *d = s ? strdup(s) : NULL;
	*oom |= s && !d;
	return d;
}

static bool decode(struct bf_reader *r, struct config *c)
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
	return !oom && bf_done(r);
}

int config_cache_read(struct config *c, const char *path)
{
	struct bf_reader r;
	struct bf_source *src;
	size_t nsrc;
	const char *cpath;
	memset(c, 0, sizeof(*c));
	c->lockdown_gid = -1;
	arena *mem = arena_new(1u << 20);
	bool ok = mem && (c->path = strdup(path)) &&
		  (cpath = arena_concat(mem, path, CONFIG_CACHE_SUFFIX)) &&
		  bf_open(&r, cpath, mem, &file_kind, path, &src, &nsrc) && nsrc == 1 &&
		  decode(&r, c);
	arena_free(mem);
	if (ok)
		return 0;
	config_free(c);
	c->lockdown_gid = -1;
	return -1;
}
