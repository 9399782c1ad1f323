/*
 * log_append - what one audit-log append costs, measured in-process: the
 * whole of log_append() (open, flock, read of the last line, SHA-256 of
 * it, one writev, close) for a line of the size guard writes for Claude
 * Code's wrapper.  Too small to see by difference in the wall clock of a
 * shell start, so it is timed on its own here.
 *
 *   log_append FILE [N]     N appends (default 2000) to FILE, which grows
 *
 * Prints the median, min, p90 and max in microseconds, as a markdown row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"

static double now_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: log_append FILE [N]\n", stderr);
		return 2;
	}
	int n = argc > 2 ? atoi(argv[2]) : 2000;
	if (n < 10)
		n = 10;
	/* a line of the usual size (some 600 bytes), one JSON object */
	char line[700];
	int len = snprintf(line, sizeof(line),
		"{\"time\":\"2026-11-27T10:00:00.000Z\",\"host\":\"bench\",\"pid\":1,\"ppid\":1,"
		"\"uid\":0,\"euid\":0,\"cwd\":\"/workspace\",\"agent\":\"claude-code\",\"session\":"
		"\"00000000-0000-0000-0000-000000000000\",\"agent_env\":{},\"shell\":\"bash\","
		"\"options\":[\"-c\"],\"args\":[],\"source\":\"-c\",\"command\":\"%s\","
		"\"decision\":\"allow\",\"rule\":null,\"reason\":null,\"error\":null,"
		"\"mode\":\"enforce\",\"version\":\"bench\",\"rules_sha256\":\"%064d\","
		"\"ncommands\":1,\"commands\":[],\"truncated\":false}",
		"aws --region us-east-1 sqs get-queue-attributes --queue-url https://sqs.us-east-1"
		".amazonaws.com/123456789012/orders --attribute-names All | head -3", 0);
	double *t = malloc(sizeof(*t) * (size_t)n);
	char err[512];
	for (int i = 0; t && i < n; i++) {
		double a = now_us();
		const char *e = log_append(argv[1], line, (size_t)len, err, sizeof(err));
		t[i] = now_us() - a;
		if (e) {
			fprintf(stderr, "log_append: %s\n", e);
			return 1;
		}
	}
	if (!t)
		return 1;
	qsort(t, (size_t)n, sizeof(*t), cmp);
	printf("| log append (%d bytes, %d runs) | %.1f us | %.1f | %.1f | %.1f |\n", len, n,
	       t[n / 2], t[0], t[n * 9 / 10], t[n - 1]);
	free(t);
	return 0;
}
