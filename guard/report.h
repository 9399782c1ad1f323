/*
 * report.h - print a verdict for a person or as one JSON object.
 *
 * JSON shape (one line):
 *   {"command", "decision", "rule", "reason", "error",
 *    "commands": [{"argv": [...], "dynamic": bool, "via": [...],
 *                  "decision", "rule", "reason", "src", "unresolved",
 *                  "assigns": [...], "redirs": [{"op", "target"}],
 *                  "writes": [{"path", "how", "known"}]}]}
 * A dynamic word appears in argv as its source text.
 */
#ifndef GUARD_REPORT_H
#define GUARD_REPORT_H

#include <stdio.h>

#include "decide.h"

void report_json(FILE *out, const char *command, const struct verdict *v);
void report_text(FILE *out, const char *command, const struct verdict *v);
/* The argv as one shell-quoted line, into buf (truncated with "..."). */
void report_argv(char *buf, size_t size, const struct cmd *c);

#endif
