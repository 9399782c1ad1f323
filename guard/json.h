/*
 * json.h - write JSON strings.
 *
 * Bytes that are not valid UTF-8 are written as \udcXX, the lone
 * surrogates that Python's "surrogateescape" reads back as the original
 * byte, so no byte of a command is lost or invented in the output.
 */
#ifndef GUARD_JSON_H
#define GUARD_JSON_H

#include <stdio.h>

/* Writes s as a quoted JSON string; NULL is written as null. */
void json_str(FILE *out, const char *s);

#endif
