/*
 * fuzz_compiled.c - libFuzzer target for the compiled policy's decoder.
 *
 * The input is a ruleset in rules_cache.h's encoding (what follows the
 * binfile.h header of FILE.compiled or CONFIG.compiled).  Such a file is
 * root's and checksummed, but its reader still must not trust a count or
 * a length: whatever the bytes, decoding must fail cleanly or give a
 * policy that judges.  A ruleset that decodes is wrapped as a policy and
 * judges commands that reach every pattern kind (so that every body is
 * decoded, and the HOME-dependent kinds compiled): a deny must carry a
 * one-line reason.  Leaks are caught by LeakSanitizer.
 * Seeds: fuzz/seeds/fuzz_compiled/, the encoding of rules/investigator.yaml.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"
#include "rules_cache.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void judge(policy *p, const char *const *argv, size_t argc, const char *assign,
		  const char *write)
{
	unsigned flags[8] = {0}, aflags[1] = {0};
	const char *assigns[1] = {assign};
	struct cmd_write w = {write, 0, "> redirection"};
	struct cmd c = {.argv = (const char **)argv, .flags = flags, .argc = argc};
	if (assign)
		c.assigns = assigns, c.assign_flags = aflags, c.nassigns = 1;
	if (write)
		c.writes = &w, c.nwrites = 1;
	policy_judge(p, &c);
	if (c.decision == DECISION_DENY && (!c.reason || strchr(c.reason, '\n')))
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const aws[] = {"aws", "sqs", "purge-queue", "--queue-url", "Q", NULL};
	static const char *const git[] = {"git", "push", "origin", "main", NULL};
	static const char *const path[] = {"/usr/lib/guard/bash", "-c", "x", NULL};
	static const char *const cat[] = {"cat", NULL};
	struct ruleset *rs = calloc(1, sizeof(*rs));
	if (!rs || !(rs->mem = arena_new(64u << 20)))
		abort();
	struct bf_reader r = {data, data + size, false, rs->mem};
	if (!ruleset_cache_get(&r, rs)) {
		ruleset_free(rs);
		free(rs);
		return 0;
	}
	char err[256];
	policy *p = policy_from_ruleset(rs, POLICY_DIGEST, err, sizeof(err));
	free(rs);
	if (!p)
		return 0;
	judge(p, aws, 5, NULL, NULL);
	judge(p, git, 4, NULL, NULL);
	judge(p, path, 3, NULL, NULL);
	judge(p, cat, 1, "LD_PRELOAD=/x.so", "/home/agent/.aws/credentials");
	judge(p, cat, 1, "PATH=/tmp:/usr/bin", "/tmp/out");
	judge(p, cat, 0, NULL, NULL);
	policy_free(p);
	return 0;
}
