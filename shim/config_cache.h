/*
 * config_cache.h - the configuration, and the policy it names, compiled
 * once and read without YAML.
 *
 * Parsing guard.yaml with libyaml cost a sixth of a shell-mode start, and
 * every file opened costs more when the caches are cold (as they are
 * when the agent's command follows seconds of other work).  `guard
 * compile` (and `guard install`) write CONFIG.compiled, a binfile.h file
 * whose sources are CONFIG, the rules file it names and that file's
 * includes, holding the configuration and the ruleset (rules_cache.h's
 * encoding).  config_load() uses it while it is trusted and current
 * (binfile.h says when: any change to any of those files, a chown or
 * chmod included, makes it stale), else reads the YAML as before.
 */
#ifndef GUARD_CONFIG_CACHE_H
#define GUARD_CONFIG_CACHE_H

#include <stddef.h>

#include "config.h"

#define CONFIG_CACHE_SUFFIX ".compiled"

struct ruleset;

/* Load path and its rules (as shell mode does: POLICY_ROOT_OWNED) from
 * their YAML and write path.compiled.  Returns 0, or -1 with a message in
 * err. */
int config_compile(const char *path, char *err, size_t errlen);

/* Fill *c from path.compiled: 0 when it was used (free c with
 * config_free()), -1 when it is absent, stale, untrusted or damaged (*c
 * is then empty).  With rs, *rs is then the ruleset it holds, loaded from
 * c->rules (free with ruleset_free() and free()). */
int config_cache_read(struct config *c, const char *path, struct ruleset **rs);

#endif
