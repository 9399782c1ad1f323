/*
 * fuzz_walk.c - libFuzzer target for everything between a command line
 * and its decision: parser, walker (eval, nested shells, functions,
 * aliases, wrappers, find/awk/sed/git readers, write targets, files the
 * line writes), expander and the investigator policy's judgement.
 *
 * The input is one command line.  The policy is loaded once from
 * rules/investigator.yaml (run from the repository root, as `make fuzz`
 * does).  Every verdict is checked for what shell mode relies on: a
 * decision is made, a denial has a reason, every command has an argv.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "decide.h"
#include "policy.h"

static policy *pol;

static void check(int ok)
{
	if (!ok)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!pol) {
		char err[512];
		pol = policy_load("rules/investigator.yaml", err, sizeof(err));
		if (!pol) {
			fprintf(stderr, "fuzz_walk: %s\n", err);
			abort();
		}
	}
	arena *a = arena_new(64u * 1024 * 1024);
	check(a != NULL);
	struct walk_opts wo = {.cwd = "/workspace/repo"};
	struct verdict v;
	decide_line(a, pol, (const char *)data, size, &wo, &v);
	check(v.decision == DECISION_ALLOW || v.decision == DECISION_DENY);
	check(v.decision == DECISION_ALLOW || v.reason != NULL);
	check(!v.error || v.decision == DECISION_DENY);
	for (size_t i = 0; i < v.cmds.n; i++)
		check(v.cmds.v[i].argv != NULL || v.cmds.v[i].argc == 0);
	arena_free(a);
	return 0;
}
