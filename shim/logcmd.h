/*
 * logcmd.h - `guard log`: the incident reviewer's view of the audit log.
 *
 *   guard log [FILE] [--denied] [--since T] [--until T] [--session ID]
 *             [--grep RE] [--json | --stats | --verify]
 *
 * FILE is LOG_DEFAULT_FILE unless given; "-" reads standard input.
 * Without --json, --stats or --verify, prints a timeline: time (UTC),
 * session (first 8 characters), decision, rule and command (the agent's own
 * command when it was recovered, else the whole text; control characters
 * escaped; cut to the terminal width, or 100 columns when not a terminal).
 * The decision is coloured when standard output is a terminal and NO_COLOR
 * is not set.  "deny*" is a deny logged in audit mode: the command ran.
 *
 * Filters, all of which must hold:
 *   --denied       decision deny (audit-mode ones included)
 *   --since T      at or after T; --until T: at or before T.  T is RFC 3339
 *                  ("2026-11-27T12:34:56.789Z", "...+02:00") or a prefix of
 *                  one ("2026-11-27", "2026-11-27T12"), UTC unless it says
 *                  otherwise; a prefix stands for its whole span, so
 *                  --until 2026-11-27 takes in that whole day.
 *   --session ID   the agent session id, or a prefix of it
 *   --grep RE      a PCRE2 pattern (bytes, no JIT, bounded matching) found
 *                  in the command text or the agent's command
 * --json prints the matching lines verbatim; --stats counts them by
 * decision, by rule and by session.  --verify checks the hash chain of the
 * whole file (log.h) and takes no filters: "ok: N lines, chain intact", or
 * "line K: what is wrong" naming the first bad line.
 *
 * Lines that are not log entries are reported on stderr and skipped (the
 * chain check is --verify's).  A setuid or setgid guard drops those
 * privileges first: `guard log` reads only what its caller may read.
 *
 * Exit status: 0; 1 when --verify finds the chain broken; 2 on a usage
 * error or a file that cannot be read.
 */
#ifndef GUARD_LOGCMD_H
#define GUARD_LOGCMD_H

#define LOG_DEFAULT_FILE "/var/log/guard/guard.log"

/* argv[0] is "log". */
int log_main(int argc, char **argv);

#endif
