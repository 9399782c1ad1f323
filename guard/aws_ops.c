/*
 * aws_ops.c - lookup in the AWS operation table (format: aws_ops_int.h).
 *
 * The table is generated and compiled in, but the decoder still checks
 * every length and index against the table's own bounds: a bad
 * regeneration must give AWS_UNKNOWN (which callers deny), never a read
 * outside an array.
 */
#include <stddef.h>
#include <string.h>

#include "aws_ops.h"
#include "aws_ops_int.h"

/* One bucket being read: the name decoded so far and where each of its
 * words ends, so the next entry only appends its new words. */
struct cursor {
	const uint8_t *p, *end;
	char name[AWS_OPS_MAXLEN];
	size_t wend[AWS_OPS_MAXWORDS + 1];     /* name length after k words */
	unsigned nwords;
	unsigned attr;
};

static int get_num(struct cursor *c, unsigned *v)
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

/* Decode the next entry into c->name and c->attr; -1 if the data is bad. */
static int next_entry(struct cursor *c)
{
	if (c->p >= c->end)
		return -1;
	unsigned shared = *c->p >> 4, add = *c->p & 0x0F;
	c->p++;
	if (shared > c->nwords || shared + add > AWS_OPS_MAXWORDS)
		return -1;
	size_t len = c->wend[shared];
	for (unsigned k = 0; k < add; k++) {
		unsigned id;
		if (get_num(c, &id) || id >= aws_ops_nword)
			return -1;
		/* Words are a few bytes: a plain loop beats calls to strlen
		 * and memcpy, which took half the time of a lookup. */
		const char *w = aws_ops_wordtext + aws_ops_word[id];
		size_t wl = aws_ops_word[id + 1] - aws_ops_word[id] - 1u;
		int sep = len && c->name[len - 1] != ' ';
		if (len + sep + wl >= AWS_OPS_MAXLEN)
			return -1;
		if (sep)
			c->name[len++] = '-';
		for (size_t j = 0; j < wl; j++)
			c->name[len + j] = w[j];
		len += wl;
		c->wend[shared + k + 1] = len;
	}
	c->name[len] = '\0';
	c->nwords = shared + add;
	if (get_num(c, &c->attr) || c->attr >= aws_ops_nattr)
		return -1;
	return 0;
}

static int start_bucket(struct cursor *c, unsigned b)
{
	if (b >= aws_ops_nbucket || aws_ops_bucket[b] >= aws_ops_ncode)
		return -1;
	c->p = aws_ops_code + aws_ops_bucket[b];
	c->end = aws_ops_code + aws_ops_ncode;
	c->nwords = 0;
	c->wend[0] = 0;
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
	if (!service || !operation || strlen(operation) >= AWS_OPS_MAXLEN)
		return AWS_UNKNOWN;
	const struct aws_ops_svc *s = find_service(service);
	if (!s || s->nops == 0)
		return AWS_UNKNOWN;

	/* The last bucket whose first name is <= operation holds it, if any
	 * does. */
	struct cursor c;
	unsigned nb = (s->nops + AWS_OPS_BUCKET - 1) / AWS_OPS_BUCKET;
	unsigned lo = 0, hi = nb;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (start_bucket(&c, s->bucket + mid) || next_entry(&c))
			return AWS_UNKNOWN;
		if (strcmp(c.name, operation) <= 0)
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
		if (next_entry(&c))
			return AWS_UNKNOWN;
		int r = strcmp(c.name, operation);
		if (r > 0)
			break;
		if (r == 0) {
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
