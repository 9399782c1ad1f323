/*
 * config_cache.h - the configuration compiled once, read without YAML.
 *
 * Parsing guard.yaml with libyaml cost a sixth of a shell-mode start.
 * `guard compile` (and `guard install`) write CONFIG.compiled, a
 * binfile.h file whose one source is CONFIG, and config_load() uses it
 * while it is trusted and current (binfile.h says when), else reads the
 * YAML as before.  A chown or chmod of CONFIG changes its ctime, so the
 * YAML path's owner and mode checks still apply to any change.
 */
#ifndef GUARD_CONFIG_CACHE_H
#define GUARD_CONFIG_CACHE_H

#include <stddef.h>

#include "config.h"

#define CONFIG_CACHE_SUFFIX ".compiled"

/* Load path from its YAML and write path.compiled.  Returns 0, or -1
 * with a message in err. */
int config_compile(const char *path, char *err, size_t errlen);

/* Fill *c from path.compiled: 0 when it was used (free c with
 * config_free()), -1 when it is absent, stale, untrusted or damaged (*c
 * is then empty). */
int config_cache_read(struct config *c, const char *path);

#endif
