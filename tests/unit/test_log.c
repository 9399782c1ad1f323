/* test_log.c - appending to the audit log, its hash chain, and the
 * verifier: concurrency, tampering, damage and refusals. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "jsonr.h"
#include "log.h"
#include "sha256.h"

static char dir[64], path[128];
static char err[512];

static int setup(void **state)
{
	strcpy(dir, "/tmp/guard-test-log-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/guard.log", dir);
	return 0;
}

static int teardown(void **state)
{
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void append(const char *obj)
{
	const char *e = log_append(path, obj, strlen(obj), err, sizeof(err));
	if (e)
		fail_msg("log_append: %s", e);
}

static void appendf(const char *fmt, ...)
{
	char obj[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(obj, sizeof(obj), fmt, ap);
	va_end(ap);
	append(obj);
}

static int verify(struct log_check *r)
{
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	int rc = log_verify(f, r);
	fclose(f);
	return rc;
}

/* The whole file, and its lines as pointers into it. */
static char *slurp(size_t *len, char **lines, size_t max, size_t *nlines)
{
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*len = (size_t)ftell(f);
	rewind(f);
	char *s = malloc(*len + 1);
	assert_int_equal(fread(s, 1, *len, f), *len);
	s[*len] = '\0';
	fclose(f);
	*nlines = 0;
	for (char *p = s; *p && *nlines < max; p = strchr(p, '\n') + 1)
		lines[(*nlines)++] = p;
	return s;
}

static void rewrite(const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void hex_of(const char *s, size_t n, char hex[SHA256_HEX_LEN + 1])
{
	unsigned char d[SHA256_LEN];
	sha256(s, n, d);
	sha256_hex(d, hex);
}

/* ---- appending ----------------------------------------------------------- */

static void test_chain(void **state)
{
	append("{\"n\":1}");
	append("{\"n\":2,\"s\":\"x\"}");
	append("{}");
	size_t len, n;
	char *lines[8];
	char *s = slurp(&len, lines, 8, &n);
	assert_int_equal(n, 3);
	char want[200], hex[65];
	snprintf(want, sizeof(want), "{\"n\":1,\"prev\":\"%064d\"}\n", 0);
	assert_memory_equal(lines[0], want, strlen(want));
	hex_of(lines[0], (size_t)(lines[1] - lines[0] - 1), hex);
	snprintf(want, sizeof(want), "{\"n\":2,\"s\":\"x\",\"prev\":\"%s\"}\n", hex);
	assert_memory_equal(lines[1], want, strlen(want));
	hex_of(lines[1], (size_t)(lines[2] - lines[1] - 1), hex);
	snprintf(want, sizeof(want), "{\"prev\":\"%s\"}\n", hex);
	assert_string_equal(lines[2], want);
	free(s);

	struct log_check r;
	assert_int_equal(verify(&r), 0);
	assert_int_equal(r.lines, 3);
	assert_int_equal(r.bad, 0);
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0640 & ~umask(022));
}

static void test_long_lines(void **state)
{
	/* Last lines longer than the first tail read, up to the limit. */
	size_t sizes[] = {9000, LOG_OBJ_MAX, 100, 70000};
	for (size_t i = 0; i < 4; i++) {
		char *obj = malloc(sizes[i] + 1);
		memset(obj, 'x', sizes[i]);
		memcpy(obj, "{\"s\":\"", 6);
		memcpy(obj + sizes[i] - 2, "\"}", 2);
		obj[sizes[i]] = '\0';
		append(obj);
		free(obj);
	}
	struct log_check r;
	assert_int_equal(verify(&r), 0);
	assert_int_equal(r.lines, 4);
}

static void test_concurrent_appends(void **state)
{
	enum { PROCS = 64, EACH = 200 };
	pid_t pids[PROCS];
	for (int p = 0; p < PROCS; p++) {
		pids[p] = fork();
		assert_true(pids[p] >= 0);
		if (pids[p] == 0) {
			char obj[1600], e[256];
			int pad = 200 + (p * 37) % 1200; /* lines of 0.3 to 1.5 KB */
			for (int i = 0; i < EACH; i++) {
				int n = snprintf(obj, sizeof(obj), "{\"p\":%d,\"i\":%d,\"pad\":\"%0*d\"}", p, i, pad, 0);
				if (log_append(path, obj, (size_t)n, e, sizeof(e)))
					_exit(1);
			}
			_exit(0);
		}
	}
	for (int p = 0; p < PROCS; p++) {
		int st;
		assert_int_equal(waitpid(pids[p], &st, 0), pids[p]);
		assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	}
	struct log_check r;
	assert_int_equal(verify(&r), 0); /* every line JSON, chain intact */
	assert_int_equal(r.lines, PROCS * EACH);

	/* Each writer's lines are all there, once, in its order. */
	FILE *f = fopen(path, "r");
	static int next[PROCS];
	char *buf = malloc(LOG_LINE_MAX);
	struct jsonr_tok tok[16];
	bool nl;
	ssize_t n;
	while ((n = log_read_line(f, buf, LOG_LINE_MAX, &nl)) >= 0) {
		struct jsonr j;
		assert_int_equal(jsonr_parse(&j, buf, (size_t)n, tok, 16), 0);
		long p, i;
		assert_true(jsonr_long(&j, jsonr_get(&j, 0, "p"), &p));
		assert_true(jsonr_long(&j, jsonr_get(&j, 0, "i"), &i));
		assert_int_equal(i, next[p]++);
	}
	for (int p = 0; p < PROCS; p++)
		assert_int_equal(next[p], EACH);
	free(buf);
	fclose(f);
}

/* A child that holds the log's lock for ms milliseconds; returns once it
 * has it. */
static pid_t hold_lock(int ms)
{
	int ready[2];
	assert_int_equal(pipe(ready), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(path, O_RDONLY);
		if (fd < 0 || flock(fd, LOCK_EX) < 0 || write(ready[1], "x", 1) != 1)
			_exit(1);
		usleep((useconds_t)ms * 1000);
		_exit(0);
	}
	char c;
	assert_int_equal(read(ready[0], &c, 1), 1);
	close(ready[0]);
	close(ready[1]);
	return pid;
}

/* Another holder of the lock: waited for while it is short, refused (not
 * waited for for ever) when it is not. */
static void test_lock_held(void **state)
{
	append("{\"n\":1}");
	int st;
	pid_t pid = hold_lock(200);
	append("{\"n\":2}"); /* waits ~0.2 s */
	waitpid(pid, &st, 0);

	pid = hold_lock(10 * 1000);
	const char *e = log_append(path, "{}", 2, err, sizeof(err));
	assert_non_null(e);
	assert_non_null(strstr(e, "another process holds the lock"));
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	struct log_check r;
	assert_int_equal(verify(&r), 0);
	assert_int_equal(r.lines, 2);
}

/* ---- what the verifier catches ------------------------------------------------ */

static void five_lines(char **text, char **lines, size_t *len)
{
	for (int i = 1; i <= 5; i++)
		appendf("{\"n\":%d,\"cmd\":\"echo %d\"}", i, i);
	size_t n;
	*text = slurp(len, lines, 8, &n);
	assert_int_equal(n, 5);
	lines[5] = *text + *len;
}

/* The log made of lines[order[0]], lines[order[1]], ... */
static void rebuild(char **lines, const int *order, size_t n)
{
	FILE *f = fopen(path, "w");
	for (size_t i = 0; i < n; i++)
		fwrite(lines[order[i]], 1, (size_t)(lines[order[i] + 1] - lines[order[i]]), f);
	fclose(f);
}

static void expect_bad(size_t line, const char *why)
{
	struct log_check r;
	assert_int_equal(verify(&r), 1);
	assert_int_equal(r.bad, line);
	if (!strstr(r.why, why))
		fail_msg("line %zu: \"%s\" does not say \"%s\"", r.bad, r.why, why);
}

static void test_edited_line(void **state)
{
	char *text, *lines[8];
	size_t len;
	five_lines(&text, lines, &len);
	char *p = strstr(lines[2], "echo 3");
	p[5] = '4'; /* still valid JSON */
	rewrite(text);
	expect_bad(4, "prev does not match line 3 (edited, deleted or reordered line)");
	free(text);
}

static void test_deleted_line(void **state)
{
	char *text, *lines[8];
	size_t len;
	five_lines(&text, lines, &len);
	rebuild(lines, (int[]){0, 1, 3, 4}, 4);
	expect_bad(3, "prev does not match line 2");
	rebuild(lines, (int[]){1, 2, 3, 4}, 4);
	expect_bad(1, "prev is not 64 zeros");
	free(text);
}

static void test_reordered_lines(void **state)
{
	char *text, *lines[8];
	size_t len;
	five_lines(&text, lines, &len);
	rebuild(lines, (int[]){0, 2, 1, 3, 4}, 5);
	expect_bad(2, "prev does not match line 1");
	free(text);
}

static void test_inserted_and_invalid_lines(void **state)
{
	char *text, *lines[8];
	size_t len;
	five_lines(&text, lines, &len);
	size_t head = (size_t)(lines[3] - text);
	char *forged = malloc(len + 200);
	memcpy(forged, text, head);
	strcpy(forged + head, "{\"n\":9,\"prev\":\"0000\"}\n");
	strcat(forged, lines[3]);
	rewrite(forged);
	expect_bad(4, "prev does not match line 3");
	strcpy(forged + head, "{\"n\":9, oops\n");
	strcat(forged, lines[3]);
	rewrite(forged);
	expect_bad(4, "not valid JSON");
	strcpy(forged + head, "[1,2]\n");
	rewrite(forged);
	expect_bad(4, "not a log entry");
	free(forged);
	free(text);
}

static void test_incomplete_last_line(void **state)
{
	char *text, *lines[8];
	size_t len;
	five_lines(&text, lines, &len);
	text[len - 1] = '\0'; /* drop the final newline */
	rewrite(text);
	expect_bad(5, "no newline at the end");
	free(text);
}

/* A writer that died mid-line: the next append starts a new line, the
 * torn one is reported, and the chain goes on from it. */
static void test_torn_tail_recovery(void **state)
{
	append("{\"n\":1}");
	FILE *f = fopen(path, "a");
	fputs("{\"n\":2,\"cm", f);
	fclose(f);
	append("{\"n\":3}");
	size_t len, n;
	char *lines[8];
	char *s = slurp(&len, lines, 8, &n);
	assert_int_equal(n, 3);
	assert_memory_equal(lines[1], "{\"n\":2,\"cm\n", 11);
	char hex[65], want[128];
	hex_of(lines[1], 10, hex);
	snprintf(want, sizeof(want), "{\"n\":3,\"prev\":\"%s\"}\n", hex);
	assert_string_equal(lines[2], want);
	free(s);
	expect_bad(2, "not valid JSON");
}

static void test_empty_and_oversize(void **state)
{
	struct log_check r;
	rewrite("");
	assert_int_equal(verify(&r), 0);
	assert_int_equal(r.lines, 0);
	char *big = malloc(LOG_LINE_MAX + 10);
	memset(big, 'x', LOG_LINE_MAX + 8);
	big[LOG_LINE_MAX + 8] = '\n';
	big[LOG_LINE_MAX + 9] = '\0';
	rewrite(big);
	expect_bad(1, "longer than");
	/* and nothing can be chained onto a line no guard wrote */
	assert_non_null(log_append(path, "{}", 2, err, sizeof(err)));
	assert_non_null(strstr(err, "damaged"));
	free(big);
}

/* ---- refusals: the caller fails closed on these ----------------------------------- */

static void test_refusals(void **state)
{
	char p[200];
	snprintf(p, sizeof(p), "%s/missing/guard.log", dir);
	const char *e = log_append(p, "{}", 2, err, sizeof(err));
	assert_non_null(e);
	assert_non_null(strstr(e, p));

	snprintf(p, sizeof(p), "%s/link.log", dir);
	assert_int_equal(symlink(path, p), 0);
	assert_non_null(log_append(p, "{}", 2, err, sizeof(err)));
	assert_int_equal(access(path, F_OK), -1); /* the link was not followed */

	snprintf(p, sizeof(p), "%s/fifo", dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	e = log_append(p, "{}", 2, err, sizeof(err));
	assert_non_null(e);
	assert_non_null(strstr(e, "not a regular file"));

	assert_non_null(log_append(dir, "{}", 2, err, sizeof(err)));
	assert_non_null(log_append(path, "{\"a\":\"x\ny\"}", 11, err, sizeof(err)));
	assert_non_null(log_append(path, "[]", 2, err, sizeof(err)));
	assert_non_null(log_append(path, "{", 1, err, sizeof(err)));
	char *big = calloc(1, LOG_OBJ_MAX + 2);
	memset(big, ' ', LOG_OBJ_MAX + 1);
	big[0] = '{';
	big[LOG_OBJ_MAX] = '}';
	assert_non_null(log_append(path, big, LOG_OBJ_MAX + 1, err, sizeof(err)));
	assert_non_null(strstr(err, "too long"));
	free(big);
	assert_int_equal(access(path, F_OK), -1); /* nothing was written */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_concurrent_appends, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_held, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edited_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deleted_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reordered_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inserted_and_invalid_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_incomplete_last_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_torn_tail_recovery, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_and_oversize, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refusals, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
