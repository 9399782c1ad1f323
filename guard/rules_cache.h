/*
 * rules_cache.h - internal: a policy compiled once, loaded without YAML.
 *
 * Parsing the YAML, compiling the patterns and hashing the files cost
 * most of what guard does per command.  `guard compile-rules FILE` (and
 * `guard install`) write FILE.compiled: the ruleset as loaded, with the
 * digest of the YAML bytes it came from and the identity of every file
 * read (device, inode, size, modification and change times).
 *
 * ruleset_load() uses FILE.compiled only when it can be trusted and is
 * current: a regular file owned by root, not writable by group or others,
 * of this guard version and layout, intact (a checksum covers it), and
 * every listed file still opens and matches what was recorded.  Anything
 * else, or any doubt, and the YAML is read as before: the cache can make
 * guard faster, never change a decision.
 *
 * A pattern's body (its words, items, class mask) is decoded when the
 * pattern is first matched (ruleset_cache_body()): a command meets a few
 * of the patterns, and a shell start decoded all of them.  The whole file
 * is checked (checksum, counts, links) when it is loaded all the same.
 *
 * Not stored: compiled regexes (compiled again from their text, with the
 * options of pattern_compile()), the patterns whose compiler reads HOME
 * (program-path, writes, writes-outside: compiled again from their items
 * when first matched, since HOME differs between who compiles and who
 * runs), and the resolved directories of writes-outside, found on first
 * use as always.
 */
#ifndef GUARD_RULES_CACHE_H
#define GUARD_RULES_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "binfile.h"
#include "rules_load.h"

#define RULES_CACHE_SUFFIX ".compiled"
#define RULES_CACHE_FORMAT 4    /* of the ruleset's encoding, here and embedded */

/* Write rules_path.compiled for rs, loaded from rules_path with
 * POLICY_DIGEST: through a temporary file renamed over it, mode 0644.
 * Returns 0, or -1 with a message in err. */
int ruleset_cache_write(const struct ruleset *rs, const char *rules_path, char *err,
			size_t errlen);

/* The ruleset of rules_path.compiled (free with ruleset_free(), then
 * free()), or NULL when it is absent, stale, untrusted or damaged. */
struct ruleset *ruleset_cache_read(const char *rules_path);

/* The ruleset's encoding, for a file that embeds it (config_cache.h):
 * ruleset_cache_check() says whether rs can be written (loaded from YAML
 * with POLICY_DIGEST): 0, or -1 with a message; ruleset_cache_put() writes
 * it after the caller's binfile.h header; ruleset_cache_get() reads it
 * into rs, whose mem the reader's arena is and whose sources the caller
 * sets: false when the bytes are bad (rs is then for ruleset_free()). */
int ruleset_cache_check(const struct ruleset *rs, char *err, size_t errlen);
void ruleset_cache_put(struct bf_writer *w, const struct ruleset *rs);
bool ruleset_cache_get(struct bf_reader *r, struct ruleset *rs);

/* Decodes the body of p, a pattern of a compiled policy (LAZY_UNDECODED),
 * into mem: 0, with p->lazy LAZY_NONE or LAZY_PENDING; -1 when its bytes
 * are bad (a damaged file the checksum missed, or a writer's bug). */
int ruleset_cache_body(arena *mem, struct pat *p);

/* Load rules_path from its YAML and write rules_path.compiled: what
 * `guard compile-rules` and `guard install` run.  Returns 0, or -1 with
 * "FILE:LINE:COLUMN: message" or another message in err. */
int ruleset_compile(const char *rules_path, char *err, size_t errlen);

#endif
