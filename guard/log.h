/*
 * log.h - the audit log: one JSON object per line, hash-chained.
 *
 * Every line ends with "prev":"<hex>", the SHA-256 of the previous line's
 * bytes (without its newline); the first line of a file has 64 zeros.  An
 * edited, deleted, inserted or reordered line therefore breaks the chain at
 * the line after it, and log_verify() names that line.  What the chain
 * cannot show by itself: the removal of the last lines of the file, or of
 * the whole file (keep a copy of the tip hash elsewhere, or ship lines off
 * the host, when that matters).
 *
 * Appends are safe under any number of concurrent writers: each one takes
 * flock(LOCK_EX) on the file, reads only the tail to hash the last line,
 * and writes the new line with one writev() on an O_APPEND descriptor.  If
 * the file does not end with a newline (a writer died mid-write, or a
 * disk filled), the new line starts with one, so the damage stays one
 * invalid line that log_verify() reports, and the chain goes on from it.
 *
 * A line may not exceed LOG_LINE_MAX bytes; audit.h keeps to LOG_OBJ_MAX.
 */
#ifndef GUARD_LOG_H
#define GUARD_LOG_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>

#include "sha256.h"

#define LOG_LINE_MAX (256 * 1024) /* one line, newline included */
/* The largest object log_append() takes: room for ,"prev":"..." and the
 * newlines. */
#define LOG_OBJ_MAX (LOG_LINE_MAX - 128)

/*
 * Appends obj, one JSON object "{...}" of len bytes without a newline, to
 * the log at path as one line, adding "prev" as its last member.  The file
 * is created with mode 0640 if missing; it must be a regular file and its
 * last component may not be a symbolic link.
 *
 * Waits at most about 3 s for the lock (whoever can open the log can hold
 * it; waiting for ever would hang every command).
 *
 * Returns NULL on success.  On any failure (cannot open, lock, read or
 * write; not a regular file; obj malformed or too long; a last line longer
 * than LOG_LINE_MAX) returns err, filled with one line saying what failed;
 * nothing was added to the file, and the caller must refuse the command
 * unless configured otherwise (on_log_failure).
 */
const char *log_append(const char *path, const char *obj, size_t len,
		       char *err, size_t errlen);

/* The result of log_verify(). */
struct log_check {
	size_t lines;                 /* lines read, the bad one included */
	size_t bad;                   /* the first bad line (from 1), or 0 */
	char why[160];                /* what is wrong with line `bad` */
	unsigned char tip[SHA256_LEN]; /* hash of the last line read */
};

/*
 * Reads a log from in to its end and checks that every line is a JSON
 * object, not longer than LOG_LINE_MAX, ending with a newline, whose
 * "prev" is the hash of the line before it (64 zeros on line 1).  Stops at
 * the first bad line.  Returns 0 if the chain is intact, 1 if not (r->bad
 * and r->why say where and why), -1 on a read error (errno).
 */
int log_verify(FILE *in, struct log_check *r);

/*
 * Reads one line of at most cap bytes into buf, without its newline; NUL
 * bytes are kept.  Returns its length, with *newline telling whether it
 * ended with one (only the last line of a file may not); -1 at end of file
 * or on a read error (see ferror); -2 if the line is longer than cap, in
 * which case the rest of it has been read and dropped.
 */
ssize_t log_read_line(FILE *in, char *buf, size_t cap, bool *newline);

#endif
