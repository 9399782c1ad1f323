/*
 * aws_ops.h - what an AWS CLI operation does, from the research table
 * rules/data/aws-ops.tsv (built into aws_ops_table.c by
 * tools/gen-aws-ops.py).
 *
 * Keyed on the CLI spelling, case-sensitive, exactly as the TSV has it:
 * service = the top-level `aws` command (`sqs`, `s3api`, `s3`, `logs`,
 * `configure`), operation = the subcommand (`purge-queue`).  Some keys
 * need the caller to join words or use a fixed spelling:
 *   - waiters:           ("lambda", "wait function-exists"), one space;
 *   - nested commands:   ("lambda", "wizard new-function"),
 *                        ("codecommit", "credential-helper get");
 *   - bare commands:     ("configure", ""), ("login", ""), ("help", "");
 *   - `aws <svc> [<op>] help`: ("<any>", "help").
 * Anything not in the table is AWS_UNKNOWN: a newer CLI's operation, a
 * typo, or a user alias (~/.aws/cli/alias), so callers should deny it.
 *
 * The table is constant data; lookups allocate nothing, keep no state and
 * are safe from any thread.
 */
#ifndef GUARD_AWS_OPS_H
#define GUARD_AWS_OPS_H

enum aws_class {
	AWS_UNKNOWN,           /* not in the table */
	AWS_READ,              /* no state change: config, metadata, telemetry, logs */
	AWS_MUTATE,            /* creates, changes, deletes or executes */
	AWS_SENSITIVE_READ,    /* no state change, but secrets, credentials or data */
	AWS_SIDE_EFFECT_READ,  /* reads, but changes state, costs money or claims work */
};

/* The class of service + operation.  reason, if not NULL, gets the
 * table's reason for known operations (static text, possibly "") and NULL
 * for AWS_UNKNOWN.  NULL service or operation is AWS_UNKNOWN. */
enum aws_class aws_op_class(const char *service, const char *operation,
			    const char **reason);

/* "read", "mutate", "sensitive-read", "side-effect-read"; "unknown" for
 * AWS_UNKNOWN and for any value outside the enum. */
const char *aws_class_name(enum aws_class c);

/* The inverse of aws_class_name, case-sensitive ("unknown" is
 * AWS_UNKNOWN); -1 for any other name or NULL. */
int aws_class_from_name(const char *name);

#endif
