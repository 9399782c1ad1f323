/* test_aws_ops.c - the AWS operation table: the classes the policy relies
 * on, unknown keys, class names, a walk of every entry with a decoder
 * written apart from aws_ops.c's, and every row of rules/data/aws-ops.tsv
 * (run from the repository root, or set AWS_OPS_TSV). */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "aws_ops.h"
#include "aws_ops_int.h"

struct known {
	const char *svc, *op;
	enum aws_class cls;
};

/* Rows the investigator policy depends on, as the TSV classifies them. */
static const struct known known[] = {
	{ "sqs", "get-queue-attributes", AWS_READ },
	{ "sqs", "purge-queue", AWS_MUTATE },
	/* hides messages, bumps the receive count, can redrive to the DLQ */
	{ "sqs", "receive-message", AWS_SIDE_EFFECT_READ },
	/* presigned code URL and environment variables */
	{ "lambda", "get-function", AWS_SENSITIVE_READ },
	{ "lambda", "get-function-configuration", AWS_READ },
	{ "lambda", "invoke", AWS_MUTATE },
	{ "lambda", "invoke-async", AWS_MUTATE },
	{ "lambda", "wait function-active-v2", AWS_READ },
	{ "lambda", "wizard new-function", AWS_MUTATE },
	/* billed and quota-bound: denied unless allowlisted */
	{ "logs", "start-query", AWS_SIDE_EFFECT_READ },
	{ "logs", "stop-query", AWS_SIDE_EFFECT_READ },
	{ "logs", "start-live-tail", AWS_SIDE_EFFECT_READ },
	{ "logs", "get-query-results", AWS_READ },
	{ "logs", "tail", AWS_READ },
	{ "sts", "get-caller-identity", AWS_READ },
	{ "sts", "assume-role", AWS_SENSITIVE_READ },
	{ "sts", "get-session-token", AWS_SENSITIVE_READ },
	{ "cloudformation", "deploy", AWS_MUTATE },
	{ "cloudformation", "package", AWS_MUTATE },
	{ "events", "disable-rule", AWS_MUTATE },
	{ "s3", "ls", AWS_READ },
	{ "s3", "cp", AWS_MUTATE },
	{ "s3", "sync", AWS_MUTATE },
	{ "s3", "mv", AWS_MUTATE },
	{ "s3", "rm", AWS_MUTATE },
	{ "s3", "rb", AWS_MUTATE },
	{ "s3", "presign", AWS_SENSITIVE_READ },
	{ "secretsmanager", "get-secret-value", AWS_SENSITIVE_READ },
	{ "dynamodb", "scan", AWS_SIDE_EFFECT_READ },
	{ "ssm", "start-session", AWS_MUTATE },
	{ "codecommit", "credential-helper get", AWS_SENSITIVE_READ },
	{ "configure", "", AWS_MUTATE },
	{ "configure", "list", AWS_READ },
	{ "configure", "get", AWS_SENSITIVE_READ },
	{ "configure", "set", AWS_MUTATE },
	{ "help", "", AWS_READ },
	{ "<any>", "help", AWS_READ },
	{ "update", "", AWS_MUTATE },
};

static void test_known_rows(void **state)
{
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		const char *reason = NULL;
		enum aws_class c = aws_op_class(known[i].svc, known[i].op, &reason);
		if (c != known[i].cls)
			fail_msg("%s '%s': %s, want %s", known[i].svc, known[i].op,
				 aws_class_name(c), aws_class_name(known[i].cls));
		assert_non_null(reason);
		/* reason may be NULL */
		assert_int_equal(aws_op_class(known[i].svc, known[i].op, NULL), c);
	}
	const char *reason = NULL;
	aws_op_class("sqs", "purge-queue", &reason);
	assert_string_equal(reason, "irreversibly deletes all messages in the queue");
}

static void test_unknown(void **state)
{
	static const char *const miss[][2] = {
		{ "sqs", "purge-queues" },
		{ "sqs", "purge" },          /* a prefix of a name */
		{ "sqs", "Purge-Queue" },    /* case-sensitive */
		{ "SQS", "purge-queue" },
		{ "sqs", "purge-queue " },
		{ "sqs", "purge_queue" },
		{ "sqs", "" },
		{ "sqs", "a" },              /* before the service's first name */
		{ "sqs", "zzz" },            /* after its last */
		{ "<any>", "a" },
		{ "xray", "zzz" },           /* after the table's last name */
		{ "", "" },
		{ "a", "help" },             /* before the first service */
		{ "zzz", "help" },           /* after the last */
		{ "nosuchservice", "list-things" },
		{ "lambda", "wait" },        /* a waiter group, not a waiter */
		{ "lambda", "wait  function-exists" },
		{ "lambda", "wait-function-exists" },
		{ "s3", "ls\n" },
	};
	for (size_t i = 0; i < sizeof(miss) / sizeof(miss[0]); i++) {
		const char *reason = "x";
		if (aws_op_class(miss[i][0], miss[i][1], &reason) != AWS_UNKNOWN)
			fail_msg("%s '%s' is known", miss[i][0], miss[i][1]);
		assert_null(reason);
	}
	const char *reason = "x";
	assert_int_equal(aws_op_class(NULL, "ls", &reason), AWS_UNKNOWN);
	assert_null(reason);
	assert_int_equal(aws_op_class("s3", NULL, NULL), AWS_UNKNOWN);

	/* Longer than any name the decoder can hold: a miss, not an overflow. */
	char longop[512];
	memset(longop, 'a', sizeof(longop) - 1);
	longop[sizeof(longop) - 1] = '\0';
	assert_int_equal(aws_op_class("ec2", longop, NULL), AWS_UNKNOWN);
	memcpy(longop, "describe-instances-", 19);
	longop[AWS_OPS_MAXLEN - 1] = '\0';
	assert_int_equal(aws_op_class("ec2", longop, NULL), AWS_UNKNOWN);
}

static void test_class_names(void **state)
{
	static const char *const names[] = {
		"unknown", "read", "mutate", "sensitive-read", "side-effect-read",
	};
	for (int c = AWS_UNKNOWN; c <= AWS_SIDE_EFFECT_READ; c++) {
		assert_string_equal(aws_class_name((enum aws_class)c), names[c]);
		assert_int_equal(aws_class_from_name(names[c]), c);
	}
	assert_int_equal(AWS_UNKNOWN, 0);
	assert_string_equal(aws_class_name((enum aws_class)5), "unknown");
	/* (not -1: clang's -fsanitize=enum rejects values outside 0..7) */
	assert_string_equal(aws_class_name((enum aws_class)7), "unknown");
	assert_int_equal(aws_class_from_name("Read"), -1);
	assert_int_equal(aws_class_from_name("read "), -1);
	assert_int_equal(aws_class_from_name(""), -1);
	assert_int_equal(aws_class_from_name("side-effect"), -1);
	assert_int_equal(aws_class_from_name(NULL), -1);
}

/* ---- every entry, decoded here without aws_ops.c ---------------------- */

struct entry {
	const char *svc;
	char *op;
	unsigned attr;
};

static struct entry *entries;

static unsigned num(const uint8_t **p, const uint8_t *end)
{
	assert_true(*p < end);
	unsigned b = *(*p)++;
	if (b < 0x80)
		return b;
	assert_true(*p < end);
	return (b & 0x7F) << 8 | *(*p)++;
}

/* Rebuild each name from the whole list of word numbers, where aws_ops.c
 * keeps the decoded text: a second reading of the format. */
static void decode_all(void)
{
	if (entries)
		return;
	entries = calloc(aws_ops_nops, sizeof(*entries));
	assert_non_null(entries);
	const uint8_t *p = aws_ops_code, *end = aws_ops_code + aws_ops_ncode;
	unsigned n = 0, nbucket = 0;
	for (unsigned s = 0; s < aws_ops_nsvc; s++) {
		const struct aws_ops_svc *sv = &aws_ops_svc[s];
		assert_int_equal(sv->bucket, nbucket);
		assert_true(sv->nops > 0);
		unsigned ids[AWS_OPS_MAXWORDS], nids = 0;
		for (unsigned i = 0; i < sv->nops; i++) {
			if (i % AWS_OPS_BUCKET == 0) {
				assert_true(nbucket < aws_ops_nbucket);
				assert_int_equal(aws_ops_bucket[nbucket], p - aws_ops_code);
				nbucket++;
			}
			assert_true(p < end);
			unsigned shared = *p >> 4, add = *p & 0x0F;
			p++;
			if (i % AWS_OPS_BUCKET == 0)
				assert_int_equal(shared, 0);
			assert_true(shared <= nids);
			assert_true(shared + add <= AWS_OPS_MAXWORDS);
			nids = shared;
			for (unsigned k = 0; k < add; k++) {
				ids[nids] = num(&p, end);
				assert_true(ids[nids] < aws_ops_nword);
				nids++;
			}
			char name[AWS_OPS_MAXLEN * 2] = "";
			for (unsigned k = 0; k < nids; k++) {
				const char *w = aws_ops_wordtext + aws_ops_word[ids[k]];
				assert_true(w[0] != '\0');
				if (k && name[strlen(name) - 1] != ' ')
					strcat(name, "-");
				strcat(name, w);
				assert_true(strlen(name) < AWS_OPS_MAXLEN);
			}
			assert_true(n < aws_ops_nops);
			entries[n].svc = aws_ops_text + sv->name;
			entries[n].op = strdup(name);
			assert_non_null(entries[n].op);
			entries[n].attr = num(&p, end);
			assert_true(entries[n].attr < aws_ops_nattr);
			n++;
		}
	}
	assert_int_equal(n, aws_ops_nops);
	assert_int_equal(nbucket, aws_ops_nbucket);
	assert_true(p == end);          /* nothing left over */
}

static int key_cmp(const struct entry *a, const struct entry *b)
{
	int r = strcmp(a->svc, b->svc);
	return r ? r : strcmp(a->op, b->op);
}

static void test_walk_sorted(void **state)
{
	decode_all();
	for (unsigned i = 1; i < aws_ops_nops; i++)
		if (key_cmp(&entries[i - 1], &entries[i]) >= 0)
			fail_msg("not sorted at %u: %s '%s' then %s '%s'", i,
				 entries[i - 1].svc, entries[i - 1].op,
				 entries[i].svc, entries[i].op);
	for (unsigned s = 1; s < aws_ops_nsvc; s++)
		assert_true(strcmp(aws_ops_text + aws_ops_svc[s - 1].name,
				   aws_ops_text + aws_ops_svc[s].name) < 0);

	assert_string_equal(entries[0].svc, "<any>");
	assert_string_equal(entries[0].op, "help");
	assert_int_equal(aws_op_class("<any>", "help", NULL), AWS_READ);
	const struct entry *last = &entries[aws_ops_nops - 1];
	assert_string_equal(last->svc, "xray");
	assert_string_equal(last->op, "update-trace-segment-destination");
	assert_int_equal(aws_op_class("xray", "update-trace-segment-destination", NULL),
			 AWS_MUTATE);
}

/* Every entry through the real lookup: same class, same reason text. */
static void test_walk_lookup(void **state)
{
	decode_all();
	for (unsigned i = 0; i < aws_ops_nops; i++) {
		const struct aws_ops_attr *a = &aws_ops_attr[entries[i].attr];
		assert_true(a->cls >= AWS_READ && a->cls <= AWS_SIDE_EFFECT_READ);
		const char *reason = NULL;
		enum aws_class c = aws_op_class(entries[i].svc, entries[i].op, &reason);
		if (c != (enum aws_class)a->cls || reason != aws_ops_text + a->reason)
			fail_msg("%s '%s': lookup %s, table %s", entries[i].svc,
				 entries[i].op, aws_class_name(c),
				 aws_class_name((enum aws_class)a->cls));
	}
}

/* ---- the TSV the table is generated from ------------------------------ */

static int rank(enum aws_class c)
{
	/* the generator's order for duplicate keys */
	switch (c) {
	case AWS_READ: return 0;
	case AWS_SENSITIVE_READ: return 1;
	case AWS_SIDE_EFFECT_READ: return 2;
	case AWS_MUTATE: return 3;
	default: return -1;
	}
}

static const struct entry *find_entry(const char *svc, const char *op)
{
	struct entry key = { svc, (char *)op, 0 };
	size_t lo = 0, hi = aws_ops_nops;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = key_cmp(&key, &entries[mid]);
		if (r == 0)
			return &entries[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The table is exactly the TSV under the generator's rule for keys on
 * several rows (the most restrictive class, the first such row's reason):
 * a stale aws_ops_table.c fails here. */
static void test_tsv_rows(void **state)
{
	decode_all();
	const char *path = getenv("AWS_OPS_TSV");
	if (!path)
		path = "rules/data/aws-ops.tsv";
	FILE *f = fopen(path, "r");
	if (!f)
		fail_msg("%s: cannot open (run from the repository root or set AWS_OPS_TSV)",
			 path);
	struct want {
		int rank;               /* -1: no row yet */
		unsigned line;
		char *reason;
	} *want = calloc(aws_ops_nops, sizeof(*want));
	assert_non_null(want);
	for (unsigned i = 0; i < aws_ops_nops; i++)
		want[i].rank = -1;

	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned rows = 0, lineno = 1;
	assert_true(getline(&line, &cap, f) > 0);
	assert_true(strncmp(line, "service\tcli_operation\tapi_operation\tclass\treason\t", 48) == 0);
	while ((len = getline(&line, &cap, f)) > 0) {
		lineno++;
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		char *fld[5], *p = line;
		for (int k = 0; k < 5; k++) {
			fld[k] = p;
			p = strchr(p, '\t');
			assert_non_null(p);
			*p++ = '\0';
		}
		int cls = aws_class_from_name(fld[3]);
		assert_true(cls > 0);
		const struct entry *e = find_entry(fld[0], fld[1]);
		if (!e)
			fail_msg("%s:%u: %s '%s' is not in the table (make aws-table)",
				 path, lineno, fld[0], fld[1]);
		struct want *w = &want[e - entries];
		if (rank((enum aws_class)cls) > w->rank) {
			w->rank = rank((enum aws_class)cls);
			w->line = lineno;
			free(w->reason);
			w->reason = strdup(fld[4]);
			assert_non_null(w->reason);
		}
		rows++;
	}
	free(line);
	fclose(f);

	for (unsigned i = 0; i < aws_ops_nops; i++) {
		const struct entry *e = &entries[i];
		if (want[i].rank < 0)
			fail_msg("%s '%s' is in the table, not in %s (make aws-table)",
				 e->svc, e->op, path);
		const char *reason = NULL;
		enum aws_class c = aws_op_class(e->svc, e->op, &reason);
		if (rank(c) != want[i].rank || strcmp(reason, want[i].reason) != 0)
			fail_msg("%s:%u: %s '%s' is %s in the table, not as in the TSV "
				 "(make aws-table)", path, want[i].line, e->svc, e->op,
				 aws_class_name(c));
		free(want[i].reason);
	}
	free(want);
	print_message("%u TSV rows, %u keys\n", rows, aws_ops_nops);
}

static void test_class_counts(void **state)
{
	decode_all();
	unsigned n[AWS_SIDE_EFFECT_READ + 1] = { 0 };
	for (unsigned i = 0; i < aws_ops_nops; i++)
		n[aws_ops_attr[entries[i].attr].cls]++;
	assert_int_equal(n[AWS_UNKNOWN], 0);
	/* A floor, not the exact numbers, so that a data update does not
	 * fail here; test_tsv_rows checks the exact content. */
	assert_true(n[AWS_READ] > 8000 && n[AWS_MUTATE] > 10000);
	assert_true(n[AWS_SENSITIVE_READ] > 100 && n[AWS_SIDE_EFFECT_READ] > 20);
	print_message("read %u, mutate %u, sensitive-read %u, side-effect-read %u\n",
		      n[AWS_READ], n[AWS_MUTATE], n[AWS_SENSITIVE_READ],
		      n[AWS_SIDE_EFFECT_READ]);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* All entries, then as many misses.  The bound is loose (sanitizers,
 * loaded CI machines); the number printed is the measurement. */
static void test_lookup_time(void **state)
{
	decode_all();
	unsigned sum = 0;
	double t0 = now();
	for (int round = 0; round < 5; round++)
		for (unsigned i = 0; i < aws_ops_nops; i++)
			sum += aws_op_class(entries[i].svc, entries[i].op, NULL);
	double hit = (now() - t0) / (5.0 * aws_ops_nops);
	t0 = now();
	for (unsigned i = 0; i < aws_ops_nops; i++)
		sum += aws_op_class(entries[i].svc, "describe-nothing-at-all", NULL);
	double miss = (now() - t0) / aws_ops_nops;
	assert_true(sum > 0);
	print_message("lookup: %.0f ns per hit, %.0f ns per miss\n", hit * 1e9, miss * 1e9);
	assert_true(hit < 50e-6 && miss < 50e-6);
}

static int teardown(void **state)
{
	if (entries) {
		for (unsigned i = 0; i < aws_ops_nops; i++)
			free(entries[i].op);
		free(entries);
		entries = NULL;
	}
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_rows),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_class_names),
		cmocka_unit_test(test_walk_sorted),
		cmocka_unit_test(test_walk_lookup),
		cmocka_unit_test(test_tsv_rows),
		cmocka_unit_test(test_class_counts),
		cmocka_unit_test(test_lookup_time),
	};
	return cmocka_run_group_tests(tests, NULL, teardown);
}
