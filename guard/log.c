/* log.c - see log.h. */
#include "log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "jsonr.h"

#define TAIL_PAGE 4096 /* the first read: most lines are 1-2 KB */
#define PREV_KEY ",\"prev\":\""
#define LOCK_WAIT_MS 3000

static const char *failf(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static const char *failf(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return err;
}

/* Reads exactly n bytes at off; -1 with errno on an error or a file that
 * shrank (EIO). */
static int pread_all(int fd, char *buf, size_t n, off_t off)
{
	while (n) {
		ssize_t r = pread(fd, buf, n, off);
		if (r < 0 && errno == EINTR)
			continue;
		if (r == 0)
			errno = EIO;
		if (r <= 0)
			return -1;
		buf += r;
		n -= (size_t)r;
		off += r;
	}
	return 0;
}

/* In buf[0..n), the last n bytes of the file: where the last line starts
 * and ends, or -1 if it starts before buf.  *torn: no final newline. */
static int find_last_line(const char *buf, size_t n, bool whole_file, size_t *start,
			  size_t *end, bool *torn)
{
	*torn = buf[n - 1] != '\n';
	*end = *torn ? n : n - 1;
	const char *nl = memrchr(buf, '\n', *end);
	if (!nl && !whole_file)
		return -1;
	*start = nl ? (size_t)(nl - buf) + 1 : 0;
	return 0;
}

/*
 * Hashes the last line of the file (size > 0 bytes): the bytes after the
 * last newline but one, or after the last newline if the file does not end
 * with one (*torn).  Reads a page from the end, and only if the line is
 * longer, 64 KiB, then LOG_LINE_MAX + 1.  Returns 0, or -1 with errno set
 * (EFBIG: the line is longer than any log_append() writes).
 */
static int hash_last_line(int fd, off_t size, unsigned char out[SHA256_LEN], bool *torn)
{
	static const size_t window[] = {TAIL_PAGE, 64 * 1024, LOG_LINE_MAX + 1};
	char page[TAIL_PAGE];
	for (size_t w = 0; w < sizeof(window) / sizeof(window[0]); w++) {
		size_t n = size < (off_t)window[w] ? (size_t)size : window[w], start, end;
		char *buf = w == 0 ? page : malloc(n);
		if (!buf)
			return -1;
		int r = pread_all(fd, buf, n, size - (off_t)n);
		if (r == 0 && find_last_line(buf, n, (off_t)n == size, &start, &end, torn) == 0)
			sha256(buf + start, end - start, out);
		else if (r == 0)
			r = 1; /* look further back */
		int e = errno;
		if (buf != page)
			free(buf);
		errno = e;
		if (r <= 0)
			return r;
	}
	errno = EFBIG;
	return -1;
}

/* Writes "\n"? obj-without-its-"}" ,"prev":"<hex>"} "\n" with one
 * writev(), so that the line goes in whole, at the end, without a copy.
 * Returns the bytes written (or -1), and their number in *total. */
static ssize_t write_line(int fd, const char *obj, size_t len,
			  const unsigned char prev[SHA256_LEN], bool lead_nl, size_t *total)
{
	char hex[SHA256_HEX_LEN + 1];
	sha256_hex(prev, hex);
	const char *key = len == 2 ? &PREV_KEY[1] : PREV_KEY; /* "{}" takes no comma */
	struct iovec iov[] = {
		{.iov_base = "\n", .iov_len = lead_nl},
		{.iov_base = (char *)obj, .iov_len = len - 1},
		{.iov_base = (char *)key, .iov_len = strlen(key)},
		{.iov_base = hex, .iov_len = SHA256_HEX_LEN},
		{.iov_base = "\"}\n", .iov_len = 3},
	};
	*total = 0;
	for (size_t i = 0; i < sizeof(iov) / sizeof(iov[0]); i++)
		*total += iov[i].iov_len;
	ssize_t w;
	do
		w = writev(fd, iov, sizeof(iov) / sizeof(iov[0]));
	while (w < 0 && errno == EINTR);
	return w;
}

/* Under the lock: hash the last line, append the new one. */
static const char *append_locked(int fd, const char *path, const char *obj, size_t len,
				 char *err, size_t errlen)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return failf(err, errlen, "cannot stat log %s: %s", path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return failf(err, errlen, "log %s is not a regular file", path);
	unsigned char prev[SHA256_LEN] = {0};
	bool torn = false;
	if (st.st_size > 0 && hash_last_line(fd, st.st_size, prev, &torn) < 0)
		return failf(err, errlen, "cannot read the last line of log %s: %s", path,
			     errno == EFBIG ? "longer than any guard writes (damaged log)" : strerror(errno));
	size_t n;
	ssize_t w = write_line(fd, obj, len, prev, torn, &n);
	if (w == (ssize_t)n)
		return NULL;
	if (w < 0)
		return failf(err, errlen, "cannot write log %s: %s", path, strerror(errno));
	/* A part of the line went in (disk full): take it back, so that the
	 * file stays whole lines; an append-only file refuses, and the next
	 * append then starts a new line after the torn one. */
	bool undone = ftruncate(fd, st.st_size) == 0;
	return failf(err, errlen, "cannot write log %s: short write (%s)", path,
		     undone ? "undone" : "a partial line is left");
}

/*
 * flock(LOCK_EX), but not for ever: anyone who can open the log can lock
 * it, and a guard that waited for ever would hang every command.  Appends
 * hold the lock for microseconds, so polling with a growing pause costs
 * little.  -1 with errno (EWOULDBLOCK after about LOCK_WAIT_MS).
 */
static int lock_log(int fd)
{
	long waited = 0, pause = 20; /* microseconds */
	for (;;) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno != EWOULDBLOCK && errno != EINTR)
			return -1;
		if (waited >= LOCK_WAIT_MS * 1000L) {
			errno = EWOULDBLOCK;
			return -1;
		}
		struct timespec ts = {0, pause * 1000};
		nanosleep(&ts, NULL);
		waited += pause;
		pause = pause < 5000 ? pause * 2 : 5000;
	}
}

const char *log_append(const char *path, const char *obj, size_t len,
		       char *err, size_t errlen)
{
	if (len < 2 || obj[0] != '{' || obj[len - 1] != '}' || memchr(obj, '\n', len))
		return failf(err, errlen, "cannot write log %s: not one JSON object", path);
	if (len > LOG_OBJ_MAX)
		return failf(err, errlen, "cannot write log %s: line of %zu bytes is too long", path, len);
	int fd;
	do
		fd = openat(AT_FDCWD, path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0640);
	while (fd < 0 && errno == EINTR);
	if (fd < 0)
		return failf(err, errlen, "cannot open log %s: %s", path, strerror(errno));
	const char *e = lock_log(fd) < 0
		? failf(err, errlen, "cannot lock log %s: %s", path,
			errno == EWOULDBLOCK ? "another process holds the lock" : strerror(errno))
		: append_locked(fd, path, obj, len, err, errlen);
	close(fd); /* also releases the lock */
	return e;
}

ssize_t log_read_line(FILE *in, char *buf, size_t cap, bool *newline)
{
	size_t n = 0;
	bool over = false;
	int c;
	*newline = false;
	while ((c = getc_unlocked(in)) != EOF) {
		if (c == '\n') {
			*newline = true;
			break;
		}
		if (n < cap)
			buf[n++] = (char)c;
		else
			over = true;
	}
	if (over)
		return -2;
	if (n == 0 && !*newline)
		return -1;
	return (ssize_t)n;
}

/* Room for the tokens of a line of len bytes; the array only grows. */
static struct jsonr_tok *tokens_for(struct jsonr_tok **tok, size_t *cap, size_t len)
{
	size_t need = JSONR_TOKENS_FOR(len);
	if (need > *cap) {
		struct jsonr_tok *t = realloc(*tok, need * sizeof(*t));
		if (!t)
			return NULL;
		*tok = t;
		*cap = need;
	}
	return *tok;
}

/* Checks line number no (buf[0..len)) against the previous line's hash;
 * 0 or -1 with r->why set. */
static int check_line(const char *buf, size_t len, size_t no, const unsigned char prev[SHA256_LEN],
		      struct jsonr_tok **tok, size_t *cap, struct log_check *r)
{
	struct jsonr j;
	if (!tokens_for(tok, cap, len)) {
		snprintf(r->why, sizeof(r->why), "out of memory");
		return -1;
	}
	if (jsonr_parse(&j, buf, len, *tok, *cap) < 0) {
		snprintf(r->why, sizeof(r->why), "not valid JSON (%s at byte %zu)", j.error, j.error_at + 1);
		return -1;
	}
	size_t p = jsonr_get(&j, 0, "prev");
	char want[SHA256_HEX_LEN + 1], got[SHA256_HEX_LEN + 2];
	if (jsonr_type(&j, 0) != JSONR_OBJECT || jsonr_type(&j, p) != JSONR_STRING) {
		snprintf(r->why, sizeof(r->why), "not a log entry (no \"prev\")");
		return -1;
	}
	sha256_hex(prev, want);
	if (jsonr_str(&j, p, got, sizeof(got)) == SHA256_HEX_LEN && strcmp(got, want) == 0)
		return 0;
	if (no == 1)
		snprintf(r->why, sizeof(r->why),
			 "prev is not 64 zeros (lines before it were removed)");
	else
		snprintf(r->why, sizeof(r->why),
			 "prev does not match line %zu (edited, deleted or reordered line)", no - 1);
	return -1;
}

int log_verify(FILE *in, struct log_check *r)
{
	memset(r, 0, sizeof(*r));
	char *buf = malloc(LOG_LINE_MAX);
	struct jsonr_tok *tok = NULL;
	size_t cap = 0;
	unsigned char prev[SHA256_LEN] = {0};
	int rc = 0;
	if (!buf)
		return -1;
	for (;;) {
		bool nl;
		ssize_t n = log_read_line(in, buf, LOG_LINE_MAX - 1, &nl);
		if (n == -1) {
			rc = ferror(in) ? -1 : 0;
			break;
		}
		r->lines++;
		if (n == -2)
			snprintf(r->why, sizeof(r->why), "longer than %d bytes", LOG_LINE_MAX);
		else if (check_line(buf, (size_t)n, r->lines, prev, &tok, &cap, r) == 0 && !nl)
			snprintf(r->why, sizeof(r->why), "no newline at the end (an incomplete write)");
		if (r->why[0]) {
			r->bad = r->lines;
			rc = 1;
			break;
		}
		sha256(buf, (size_t)n, prev);
		memcpy(r->tip, prev, SHA256_LEN);
	}
	free(tok);
	free(buf);
	return rc;
}
