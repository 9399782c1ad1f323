/*
 * aws_ops.c - lookup in the AWS operation table (format: aws_ops_int.h).
 *
 * The table is generated and compiled in, but the decoder still checks
 * every count and index against the table's own bounds: a bad
 * regeneration must give AWS_UNKNOWN (which callers deny), never a read
 * outside an array.
 */
#include <stddef.h>
#include <string.h>

#include "aws_ops.h"
#include "aws_ops_int.h"

/*
 * Entries are compared with the query word by word, in place, without
 * building their text: the same result as strcmp of the name against the
 * query.  A scan through a bucket keeps how many leading words of the last
 * entry matched the query (mw) and where each matched word ends in the
 * query (qend).  An entry that shares more than mw words with the one
 * before it differs from the query where that one did, and is smaller too:
 * it is skipped without a look at its words.
 */
struct scan {
	const uint8_t *p, *end;
	const char *q;                          /* the query */
	size_t qend[AWS_OPS_MAXWORDS + 1];      /* qend[k]: after k words */
	unsigned mw;                            /* words of the last entry that matched */
	unsigned nwords;                        /* words of the last entry */
	int cmp;                                /* last entry <0, 0, >0 the query */
	unsigned attr;                          /* last entry's pair number */
};

static int get_num(struct scan *c, unsigned *v)
{
	if (c->p >= c->end)
		return -1;
	unsigned b = *c->p++;
	if (b < 0x80) {
		*v = b;
		return 0;
	}
	if (c->p >= c->end)
		return -1;
	*v = (b & 0x7F) << 8 | *c->p++;
	return 0;
}

/* Compare word k of an entry with the query, words 0..k-1 having matched:
 * 0 and qend[k + 1] set if it matches too, else the sign. */
static int cmp_word(struct scan *c, unsigned k, unsigned id)
{
	const unsigned char *q = (const unsigned char *)c->q + c->qend[k];
	const unsigned char *w = (const unsigned char *)aws_ops_wordtext + aws_ops_word[id];
	size_t wl = aws_ops_word[id + 1] - aws_ops_word[id] - 1u;
	/* the separator: '-' unless the word before ends in a space, and
	 * that word is the query's text just before q */
	if (k > 0 && q[-1] != ' ') {
		if (*q != '-')
			return '-' - *q;
		q++;
	}
	for (size_t j = 0; j < wl; j++)
		if (q[j] != w[j])
			return w[j] - q[j];
	c->qend[k + 1] = (size_t)((const char *)q + wl - c->q);
	return 0;
}

/* Read the next entry and compare it with the query; -1 if the data is
 * bad (the table is generated, but a bad one must not read astray).
 * head: only the comparison is wanted (a bucket's first entry, in the
 * binary search), so stop at the first word that differs. */
static int next_entry(struct scan *c, int head)
{
	if (c->p >= c->end)
		return -1;
	unsigned shared = *c->p >> 4, add = *c->p & 0x0F;
	c->p++;
	if (shared > c->nwords || shared + add > AWS_OPS_MAXWORDS)
		return -1;
	int skip = shared > c->mw;      /* differs where the last one did */
	if (!skip)
		c->mw = shared;
	for (unsigned k = shared; k < shared + add; k++) {
		unsigned id;
		if (get_num(c, &id) || id >= aws_ops_nword)
			return -1;
		if (skip)
			continue;
		int r = cmp_word(c, k, id);
		if (r) {
			c->cmp = r;
			if (head)
				return 0;
			skip = 1;
		} else {
			c->mw = k + 1;
		}
	}
	/* all its words matched: equal, or a proper prefix of the query */
	if (!skip)
		c->cmp = c->q[c->qend[c->mw]] ? -1 : 0;
	c->nwords = shared + add;
	if (get_num(c, &c->attr) || c->attr >= aws_ops_nattr)
		return -1;
	return 0;
}

static int start_bucket(struct scan *c, unsigned b)
{
	if (b >= aws_ops_nbucket || aws_ops_bucket[b] >= aws_ops_ncode)
		return -1;
	c->p = aws_ops_code + aws_ops_bucket[b];
	c->end = aws_ops_code + aws_ops_ncode;
	c->nwords = 0;
	c->mw = 0;
	c->qend[0] = 0;
	return 0;
}

static const struct aws_ops_svc *find_service(const char *name)
{
	size_t lo = 0, hi = aws_ops_nsvc;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = strcmp(name, aws_ops_text + aws_ops_svc[mid].name);
		if (r == 0)
			return &aws_ops_svc[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

enum aws_class aws_op_class(const char *service, const char *operation,
			    const char **reason)
{
	if (reason)
		*reason = NULL;
	if (!service || !operation)
		return AWS_UNKNOWN;
	const struct aws_ops_svc *s = find_service(service);
	if (!s || s->nops == 0)
		return AWS_UNKNOWN;

	/* The last bucket whose first name is <= operation holds it, if any
	 * does. */
	struct scan c;
	c.q = operation;
	unsigned nb = (s->nops + AWS_OPS_BUCKET - 1) / AWS_OPS_BUCKET;
	unsigned lo = 0, hi = nb;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (start_bucket(&c, s->bucket + mid) || next_entry(&c, 1))
			return AWS_UNKNOWN;
		if (c.cmp <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return AWS_UNKNOWN;
	unsigned b = lo - 1;
	unsigned n = s->nops - b * AWS_OPS_BUCKET;
	if (n > AWS_OPS_BUCKET)
		n = AWS_OPS_BUCKET;
	if (start_bucket(&c, s->bucket + b))
		return AWS_UNKNOWN;
	for (unsigned i = 0; i < n; i++) {
		if (next_entry(&c, 0) || c.cmp > 0)
			break;
		if (c.cmp == 0) {
			const struct aws_ops_attr *a = &aws_ops_attr[c.attr];
			if (reason)
				*reason = aws_ops_text + a->reason;
			return (enum aws_class)a->cls;
		}
	}
	return AWS_UNKNOWN;
}

static const char *const class_names[] = {
	[AWS_UNKNOWN] = "unknown",
	[AWS_READ] = "read",
	[AWS_MUTATE] = "mutate",
	[AWS_SENSITIVE_READ] = "sensitive-read",
	[AWS_SIDE_EFFECT_READ] = "side-effect-read",
};

const char *aws_class_name(enum aws_class c)
{
	/* Through unsigned, so a negative value from a bad cast is out of
	 * range too. */
	if ((unsigned)c >= sizeof(class_names) / sizeof(class_names[0]))
		return "unknown";
	return class_names[c];
}

int aws_class_from_name(const char *name)
{
	if (!name)
		return -1;
	for (size_t i = 0; i < sizeof(class_names) / sizeof(class_names[0]); i++)
		if (strcmp(name, class_names[i]) == 0)
			return (int)i;
	return -1;
}
