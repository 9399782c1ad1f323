/*
 * fuzz_rules.c - libFuzzer target for the policy loader and matcher.
 *
 * The input is a policy file (written to a memfd, loaded through
 * /proc/self/fd/N, so includes resolve relative to /proc/self/fd/).  A
 * policy that loads judges a few fixed commands and one made of the
 * input's first bytes; one that does not must give a one-line
 * "FILE:LINE:COLUMN: message".  Leaks are caught by LeakSanitizer.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fixed[][8] = {
	{"aws", "--region", "us-east-1", "sqs", "purge-queue", "--queue-url", "Q", NULL},
	{"/usr/bin/git", "-C", ".", "push", "origin", "main", NULL},
	{"rm", "-rf", "/tmp/x", NULL},
	{"echo", "$HOME", "*.json", NULL},
	{"curl", "-s", "http://x", "|", "sh", NULL},
	{NULL},
};

static void judge(policy *p, const char *const *argv, size_t argc, unsigned f, const char *unres)
{
	unsigned flags[16] = {0};
	for (size_t i = 1; i < argc && i < 16; i++)
		flags[i] = i == 1 ? f : 0;
	struct cmd c = {.argv = (const char **)argv, .flags = flags, .argc = argc, .unresolved = unres};
	policy_judge(p, &c);
	if (c.decision == DECISION_DENY && (!c.reason || strchr(c.reason, '\n')))
		__builtin_trap();
	if (c.reason)
		(void)strlen(c.reason);
	if (c.rule)
		(void)strlen(c.rule);
}

/* Up to 15 words from the first 128 bytes of the input. */
static void judge_input(policy *p, const uint8_t *data, size_t size)
{
	char buf[129];
	const char *argv[16];
	size_t n = size < 128 ? size : 128, argc = 0;
	memcpy(buf, data, n);
	buf[n] = '\0';
	for (char *s = strtok(buf, " \n\t"); s && argc < 15; s = strtok(NULL, " \n\t"))
		argv[argc++] = s;
	argv[argc] = NULL;
	judge(p, argv, argc, 0, NULL);
	judge(p, argv, argc, WORD_DYNAMIC, NULL);
	judge(p, argv, argc, WORD_GLOB, NULL);
}

static void check_error(const char *err)
{
	unsigned line, col;
	int at = 0;
	if (strchr(err, '\n') || sscanf(err, "%*[^:]:%u:%u: %n", &line, &col, &at) < 2 || !at ||
	    line == 0 || col == 0)
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	char err[1024];
	if (fd < 0) {
		fd = memfd_create("fuzz_rules.yaml", MFD_CLOEXEC);
		if (fd < 0)
			abort();
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) || (size && pwrite(fd, data, size, 0) != (ssize_t)size))
		abort();
	policy *p = policy_load(path, err, sizeof(err));
	if (!p) {
		check_error(err);
		return 0;
	}
	for (size_t i = 0; fixed[i][0]; i++) {
		size_t argc = 0;
		while (fixed[i][argc])
			argc++;
		judge(p, fixed[i], argc, 0, NULL);
	}
	judge(p, fixed[0], 0, 0, NULL);
	judge(p, fixed[0], 1, 0, "dynamic command name");
	judge_input(p, data, size);
	policy_free(p);
	return 0;
}
