/* check.c - see check.h. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "config.h"
#include "decide.h"
#include "policy.h"
#include "report.h"

#define LINE_ARENA_LIMIT (256u * 1024 * 1024)

struct check_opts {
	const char *rules;
	const char *cwd;
	bool json;
	bool batch;
	bool environ;  /* resolve unset variables from this environment */
	int first_cmd; /* index of the first word of COMMAND in argv */
};

static int usage(void)
{
	fputs("usage: guard --check [--rules FILE] [--json] [--cwd DIR] [--environ] [--] COMMAND...\n"
	      "       guard --check [--rules FILE] [--cwd DIR] [--environ] --batch < NUL-separated-commands\n",
	      stderr);
	return 2;
}

static int parse_opts(int argc, char **argv, struct check_opts *o)
{
	int i = 1;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "--json") == 0) {
			o->json = true;
		} else if (strcmp(a, "--batch") == 0) {
			o->batch = true;
		} else if (strcmp(a, "--environ") == 0) {
			o->environ = true;
		} else if ((strcmp(a, "--rules") == 0 || strcmp(a, "--cwd") == 0) && i + 1 < argc) {
			if (a[2] == 'r')
				o->rules = argv[++i];
			else
				o->cwd = argv[++i];
		} else if (a[0] == '-' && a[1] == '-') {
			fprintf(stderr, "guard: unknown option %s\n", a);
			return -1;
		} else {
			break;
		}
	}
	o->first_cmd = i;
	if (o->batch ? i != argc : i >= argc)
		return -1;
	return 0;
}

/* COMMAND... joined by single spaces, as one command line. */
static char *join_args(int argc, char **argv, int from)
{
	size_t len = 1;
	for (int i = from; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *s = malloc(len);
	if (!s)
		return NULL;
	s[0] = '\0';
	for (int i = from; i < argc; i++) {
		if (i > from)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

static void judge(policy *p, const struct walk_opts *wo, const char *cmd, size_t len,
		  bool json, enum decision *d)
{
	arena *a = arena_new(LINE_ARENA_LIMIT);
	if (!a) {
		fputs("guard: out of memory\n", stderr);
		exit(2);
	}
	struct verdict v;
	decide_line(a, p, cmd, len, wo, &v);
	if (json)
		report_json(stdout, cmd, &v);
	else
		report_text(stdout, cmd, &v);
	*d = v.decision;
	arena_free(a);
}

static int run_batch(policy *p, const struct walk_opts *wo)
{
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	enum decision d;
	while ((n = getdelim(&buf, &cap, '\0', stdin)) > 0) {
		size_t len = (size_t)n;
		if (buf[len - 1] == '\0')
			len--;
		judge(p, wo, buf, len, true, &d);
	}
	free(buf);
	if (ferror(stdin)) {
		fputs("guard: cannot read commands from stdin\n", stderr);
		return 2;
	}
	return 0;
}

int check_main(int argc, char **argv)
{
	struct check_opts o = {0};
	if (parse_opts(argc, argv, &o) < 0)
		return usage();
	if (!o.rules)
		o.rules = config_rules_path();
	char err[1024];
	policy *p = policy_load(o.rules, err, sizeof(err));
	if (!p) {
		fprintf(stderr, "guard: %s\n", err);
		return 2;
	}
	char cwdbuf[4096];
	struct walk_opts wo = {
		.use_environ = o.environ,
		.cwd = o.cwd ? o.cwd : getcwd(cwdbuf, sizeof(cwdbuf)),
	};
	int rc;
	if (o.batch) {
		rc = run_batch(p, &wo);
	} else {
		char *cmd = join_args(argc, argv, o.first_cmd);
		if (!cmd) {
			fputs("guard: out of memory\n", stderr);
			policy_free(p);
			return 2;
		}
		enum decision d;
		judge(p, &wo, cmd, strlen(cmd), o.json, &d);
		rc = d == DECISION_DENY ? 1 : 0;
		free(cmd);
	}
	fflush(stdout);
	policy_free(p);
	return rc;
}
