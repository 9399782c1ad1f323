/*
 * aws_ops_int.h - layout of the AWS operation table that
 * tools/gen-aws-ops.py writes into aws_ops_table.c.  Only aws_ops.c and the
 * unit test read it; everything else uses aws_ops.h.
 *
 * Everything is const data without pointers, so the table sits in .rodata
 * as it is: no relocation, no work at startup.
 *
 * Operations are grouped by service (aws_ops_svc, sorted by strcmp of the
 * name).  A service's operations, sorted by strcmp, are consecutive entries
 * in aws_ops_code, cut into buckets of AWS_OPS_BUCKET; a lookup
 * binary-searches the services, then the first entries of the service's
 * buckets, then reads one bucket in order.
 *
 * An entry:
 *   - one byte: shared << 4 | new.  The name is its first `shared` words
 *     taken from the entry before it (always 0 for the first entry of a
 *     bucket), followed by `new` words;
 *   - `new` word numbers (index into aws_ops_word);
 *   - the number of its class and reason (index into aws_ops_attr).
 * A number below 128 is one byte; otherwise two, high byte first with bit
 * 7 set.  Words are joined with '-', except after a word that ends in a
 * space ("wait " in "wait function-exists").  An operation with no words is
 * the empty name (bare `aws configure`).
 */
#ifndef GUARD_AWS_OPS_INT_H
#define GUARD_AWS_OPS_INT_H

#include <stdint.h>

#include "aws_ops.h"

#define AWS_OPS_BUCKET 8       /* entries per bucket; the generator's BUCKET */
#define AWS_OPS_MAXLEN 128     /* longest operation name + NUL, at most */
#define AWS_OPS_MAXWORDS 15    /* words in one name (4 bits of the header) */

struct aws_ops_svc {
	uint32_t name;         /* offset in aws_ops_text */
	uint16_t nops;         /* its operations */
	uint16_t bucket;       /* its first bucket in aws_ops_bucket */
};

struct aws_ops_attr {
	uint32_t reason;       /* offset in aws_ops_text */
	uint8_t cls;           /* enum aws_class, never AWS_UNKNOWN */
};

extern const unsigned aws_ops_nsvc, aws_ops_nops, aws_ops_nword,
	aws_ops_nattr, aws_ops_nbucket, aws_ops_ncode;
extern const char aws_ops_text[];
extern const struct aws_ops_svc aws_ops_svc[];
extern const struct aws_ops_attr aws_ops_attr[];
extern const char aws_ops_wordtext[];
extern const uint16_t aws_ops_word[];    /* aws_ops_nword + 1 offsets */
extern const uint32_t aws_ops_bucket[];
extern const uint8_t aws_ops_code[];

#endif
