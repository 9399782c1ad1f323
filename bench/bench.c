/*
 * bench - wall-clock timing of short-lived commands, for guard's start-up
 * budget.
 *
 *   bench [-n RUNS] [-w WARMUP] [-b BASELINE] [-t TITLE] [-x MB] CANDIDATE...
 *   CANDIDATE := -c NAME [-0 ARGV0] [-i STDIN_FILE] [-k ITEMS] [-E NAME=VALUE]...
 *                PROG [ARG...] ';'
 *
 * Each round runs every candidate once; the starting candidate rotates from
 * round to round, so that slow drifts of a noisy VM (and any "who runs
 * after whom" effect) spread evenly over all candidates.  A run is timed
 * with CLOCK_MONOTONIC from just before posix_spawn() to the return of
 * waitpid(): that is what the agent pays per command.  stdout and stderr go
 * to /dev/null; stdin is /dev/null or STDIN_FILE.  PROG is searched in PATH
 * if it has no '/'.  -0 sets argv[0] (guard behaves differently when called
 * as "bash").  -k says one run handles ITEMS items (e.g. --batch input), so
 * a throughput in items/s is printed too.  -E adds a variable to this
 * candidate's environment only (guard's shell mode reads GUARD_CONFIG).
 *
 * -x MB writes over MB megabytes of memory before each run, untimed: the
 * caches are then cold, as when an agent's command follows seconds of
 * other work (the model, the client) rather than the previous command.
 *
 * RUNS defaults to $BENCH_RUNS, else 300; WARMUP to RUNS/10 (at least 3).
 * Output: one markdown table with median, min, p90 and max in ms, the exit
 * status seen (or "mixed"), and the ratio of each median to the baseline's
 * (default: the first candidate).  Exit status 1 if a candidate could not be
 * started.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

struct cand {
	const char *name;
	const char *prog;	/* path or PATH-searched name */
	char **argv;		/* NULL-terminated, points into main's argv */
	const char *stdin_file;
	char **envp;		/* environ plus -E variables, or NULL */
	long items;		/* > 0: items processed per run */
	double *ms;		/* one sample per measured round */
	int status;		/* first exit status seen; -1 none yet */
	int mixed;		/* exit statuses differed between runs */
	int failed;		/* could not spawn, or killed by a signal */
};

static void usage(void)
{
	fputs("usage: bench [-n RUNS] [-w WARMUP] [-b BASELINE] [-t TITLE] [-x MB] "
	      "{-c NAME [-0 ARGV0] [-i STDIN] [-k ITEMS] PROG [ARG...] ';'}...\n",
	      stderr);
	exit(2);
}

static long num(const char *s, const char *what)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || v < 0) {
		fprintf(stderr, "bench: bad %s: %s\n", what, s);
		exit(2);
	}
	return v;
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* One run of c; returns elapsed ms, or -1 if it could not be spawned. */
static double run_once(struct cand *c)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st, rc;

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, c->stdin_file ? c->stdin_file : "/dev/null",
					 O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);

	double t0 = now_ms();
	if (strchr(c->prog, '/'))
		rc = posix_spawn(&pid, c->prog, &fa, NULL, c->argv, c->envp ? c->envp : environ);
	else
		rc = posix_spawnp(&pid, c->prog, &fa, NULL, c->argv, c->envp ? c->envp : environ);
	if (rc != 0) {
		posix_spawn_file_actions_destroy(&fa);
		fprintf(stderr, "bench: %s: cannot run %s: %s\n", c->name, c->prog, strerror(rc));
		c->failed = 1;
		return -1;
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			perror("bench: waitpid");
			exit(1);
		}
	double t1 = now_ms();
	posix_spawn_file_actions_destroy(&fa);

	/* glibc reports a failed exec of the child as exit status 127. */
	int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	if (!WIFEXITED(st) || code == 127) {
		if (!c->failed)
			fprintf(stderr, "bench: %s: %s %d\n", c->name,
				WIFEXITED(st) ? "exit status" : "killed by signal",
				WIFEXITED(st) ? code : WTERMSIG(st));
		c->failed = 1;
	}
	if (c->status < 0)
		c->status = code;
	else if (c->status != code)
		c->mixed = 1;
	return t1 - t0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(const double *v, long n)
{
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Nearest-rank percentile of sorted v. */
static double pct(const double *v, long n, int p)
{
	long k = (n * p + 99) / 100;
	return v[k > 0 ? k - 1 : 0];
}

static void add_env(struct cand *c, char *var)
{
	size_t n = 0;
	char **base = c->envp ? c->envp : environ;
	while (base[n])
		n++;
	char **e = malloc((n + 2) * sizeof(*e));
	if (!e) {
		perror("bench");
		exit(1);
	}
	memcpy(e, base, n * sizeof(*e));
	e[n] = var;
	e[n + 1] = NULL;
	c->envp = e;
}

int main(int argc, char **argv)
{
	const char *env = getenv("BENCH_RUNS");
	long runs = env && *env ? num(env, "BENCH_RUNS") : 300, warm = -1;
	const char *base = NULL, *title = NULL;
	long thrash_mb = 0;
	unsigned char *thrash = NULL;
	struct cand *cv = calloc((size_t)argc, sizeof *cv);
	int nc = 0, i = 1;

	if (!cv)
		return 1;
	for (; i < argc && strcmp(argv[i], "-c") != 0; i++) {
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "-n"))
			runs = num(argv[++i], "-n");
		else if (!strcmp(argv[i], "-w"))
			warm = num(argv[++i], "-w");
		else if (!strcmp(argv[i], "-b"))
			base = argv[++i];
		else if (!strcmp(argv[i], "-t"))
			title = argv[++i];
		else if (!strcmp(argv[i], "-x"))
			thrash_mb = num(argv[++i], "-x");
		else
			usage();
	}
	if (thrash_mb && !(thrash = malloc((size_t)thrash_mb << 20)))
		return 1;
	while (i < argc) {
		struct cand *c = &cv[nc++];
		const char *argv0 = NULL;

		if (strcmp(argv[i], "-c") || i + 1 >= argc)
			usage();
		c->name = argv[i + 1];
		c->status = -1;
		for (i += 2; i + 1 < argc && argv[i][0] == '-'; i += 2) {
			if (!strcmp(argv[i], "-0"))
				argv0 = argv[i + 1];
			else if (!strcmp(argv[i], "-i"))
				c->stdin_file = argv[i + 1];
			else if (!strcmp(argv[i], "-k"))
				c->items = num(argv[i + 1], "-k");
			else if (!strcmp(argv[i], "-E"))
				add_env(c, argv[i + 1]);
			else
				usage();
		}
		int end = i;
		while (end < argc && strcmp(argv[end], ";"))
			end++;
		if (end == i || end == argc)
			usage();	/* no program, or no ';' */
		c->prog = argv[i];
		c->argv = &argv[i];
		if (argv0)
			argv[i] = (char *)argv0;
		argv[end] = NULL;	/* terminates this candidate's argv */
		i = end + 1;
	}
	if (nc == 0 || runs < 1)
		usage();
	if (warm < 0)
		warm = runs / 10 > 3 ? runs / 10 : 3;
	for (int k = 0; k < nc; k++) {
		cv[k].ms = calloc((size_t)runs, sizeof(double));
		if (!cv[k].ms)
			return 1;
	}
	int bi = 0;
	if (base) {
		for (bi = 0; bi < nc && strcmp(cv[bi].name, base); bi++)
			;
		if (bi == nc) {
			fprintf(stderr, "bench: no candidate named %s\n", base);
			return 2;
		}
	}

	for (long r = -warm; r < runs; r++) {
		for (int j = 0; j < nc; j++) {
			struct cand *c = &cv[((r + warm) + j) % nc];
			for (size_t k = 0; thrash && k < ((size_t)thrash_mb << 20); k += 64)
				thrash[k] = (unsigned char)(thrash[k] + 1);
			double t = run_once(c);
			if (t < 0)
				return 1;
			if (r >= 0)
				c->ms[r] = t;
		}
	}

	if (title)
		printf("%s\n\n", title);
	printf("| candidate | median ms | min | p90 | max | exit | ratio to %s |\n",
	       cv[bi].name);
	printf("|---|---:|---:|---:|---:|---:|---:|\n");
	qsort(cv[bi].ms, (size_t)runs, sizeof(double), cmp_double);
	double bmed = median(cv[bi].ms, runs);
	for (int k = 0; k < nc; k++) {
		struct cand *c = &cv[k];
		if (k != bi)
			qsort(c->ms, (size_t)runs, sizeof(double), cmp_double);
		double med = median(c->ms, runs);
		char st[16];
		if (c->mixed)
			snprintf(st, sizeof st, "mixed");
		else
			snprintf(st, sizeof st, "%d", c->status);
		printf("| %s | %.3f | %.3f | %.3f | %.3f | %s | %.2f |\n", c->name, med,
		       c->ms[0], pct(c->ms, runs, 90), c->ms[runs - 1], st, med / bmed);
	}
	for (int k = 0; k < nc; k++)
		if (cv[k].items > 0)
			printf("\n%s: %ld items per run, %.0f items/s (median run %.1f ms)\n",
			       cv[k].name, cv[k].items,
			       cv[k].items / (median(cv[k].ms, runs) / 1e3), median(cv[k].ms, runs));
	printf("\n%ld runs each (+%ld warm-up), alternating, wall clock\n", runs, warm);
	for (int k = 0; k < nc; k++)
		if (cv[k].failed)
			return 1;
	return 0;
}
