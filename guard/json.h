/*
 * json.h - write JSON strings.
 *
 * Bytes that are not valid UTF-8 are written as \udcXX, the lone
 * surrogates that Python's "surrogateescape" reads back as the original
 * byte, so no byte of a command is lost or invented in the output.
 */
#ifndef GUARD_JSON_H
#define GUARD_JSON_H

#include <stddef.h>
#include <stdio.h>

/* Writes s as a quoted JSON string; NULL is written as null. */
void json_str(FILE *out, const char *s);

/* The same through put(ctx, bytes, n), called with runs of bytes: for a
 * writer with no FILE (the audit log's line, built before every command). */
typedef void json_put(void *ctx, const char *p, size_t n);
void json_write(json_put *put, void *ctx, const char *s);

#endif
