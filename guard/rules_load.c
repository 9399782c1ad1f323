/*
 * rules_load.c - read a YAML policy into a ruleset (see rules_load.h).
 *
 * The file is parsed with libyaml's event API, which is the cheapest
 * libyaml offers and lets every message carry the line and column of what
 * it is about.  The grammar is walked by hand, one function per level
 * (file, top mapping, rule, patterns, pattern).  Every problem is an error:
 * an unknown key could be a typo that silently drops a deny rule, so
 * nothing is skipped or guessed.  The first error wins and ends the load.
 */
#include "rules_load.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "glob.h"
#include "policy.h"
#include "rules_cache.h"
#include "sha256.h"

#define MAX_FILES       64      /* files in one policy, the top one included */
#define MAX_TOTAL_BYTES (4 * POLICY_MAX_FILE_BYTES)
#define MAX_PATS        (16 * POLICY_MAX_RULES)
#define MAX_ID          64
#define MAX_REASON      512
#define ARENA_LIMIT     (256u * 1024 * 1024)

struct fileid {
	struct bf_source id;    /* its path, identity and bf_sum() of the bytes parsed */
	const char *from;       /* the file that included it, NULL for the top */
	unsigned line, col;     /* where in that file */
	bool open;              /* still being read: including it is a loop */
};

struct loader {
	struct ruleset *rs;
	char *err;
	size_t errlen;
	bool failed;
	const char *file;       /* the file being parsed, for messages */
	yaml_parser_t *yp;
	unsigned depth;         /* 0 for the top file */
	struct fileid files[MAX_FILES];
	size_t nfiles;
	size_t total;           /* bytes read so far */
	struct sha256 *sha;     /* with POLICY_DIGEST: every byte read */
	bool root_owned;        /* POLICY_ROOT_OWNED */
};

/* ---- errors ------------------------------------------------------------ */

static int vfail(struct loader *ld, const char *file, unsigned line, unsigned col,
		 const char *fmt, va_list ap)
{
	if (ld->failed || !ld->err || !ld->errlen)
		return ld->failed = true, -1;
	int n = snprintf(ld->err, ld->errlen, "%s:%u:%u: ", file, line, col);
	if (n >= 0 && (size_t)n < ld->errlen)
		vsnprintf(ld->err + n, ld->errlen - (size_t)n, fmt, ap);
	for (char *s = ld->err; *s; s++)        /* one line, whatever it quotes */
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			*s = '?';
	ld->failed = true;
	return -1;
}

__attribute__((format(printf, 5, 6)))
static int fail_at(struct loader *ld, const char *file, unsigned line, unsigned col,
		   const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail(ld, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* An error at a libyaml mark (0-based) of the current file. */
__attribute__((format(printf, 3, 4)))
static int fail(struct loader *ld, yaml_mark_t m, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfail(ld, ld->file, (unsigned)m.line + 1, (unsigned)m.column + 1, fmt, ap);
	va_end(ap);
	return -1;
}

/* User text quoted in a message: at most 100 bytes. */
static const char *show(struct loader *ld, const char *s)
{
	char buf[104];
	size_t n = 0;
	for (; *s && n < 100; s++)
		buf[n++] = *s;
	if (*s)
		memcpy(buf + n - 3, "...", 3);
	const char *r = arena_strndup(ld->rs->mem, buf, n);
	return r ? r : "?";
}

/* ---- events ------------------------------------------------------------ */

static const char *event_name(yaml_event_type_t t)
{
	switch (t) {
	case YAML_SCALAR_EVENT: return "a string";
	case YAML_SEQUENCE_START_EVENT: return "a list";
	case YAML_MAPPING_START_EVENT: return "a mapping";
	default: return "the end of a block";
	}
}

/* The next event.  Aliases, anchors and tags are refused: a policy is
 * plain data, and an alias would let one rule stand for another. */
static int next(struct loader *ld, yaml_event_t *ev)
{
	yaml_parser_t *p = ld->yp;
	if (!yaml_parser_parse(p, ev)) {
		if (p->error == YAML_MEMORY_ERROR)
			return fail_at(ld, ld->file, 1, 1, "out of memory");
		if (p->context)
			return fail(ld, p->problem_mark, "YAML: %s (%s that starts at %zu:%zu)",
				    p->problem, p->context, p->context_mark.line + 1,
				    p->context_mark.column + 1);
		return fail(ld, p->problem_mark, "YAML: %s", p->problem ? p->problem : "error");
	}
	bool bad = ev->type == YAML_ALIAS_EVENT;
	if (ev->type == YAML_SCALAR_EVENT)
		bad = ev->data.scalar.anchor || ev->data.scalar.tag;
	else if (ev->type == YAML_SEQUENCE_START_EVENT)
		bad = ev->data.sequence_start.anchor || ev->data.sequence_start.tag;
	else if (ev->type == YAML_MAPPING_START_EVENT)
		bad = ev->data.mapping_start.anchor || ev->data.mapping_start.tag;
	if (bad) {
		yaml_mark_t m = ev->start_mark;
		yaml_event_delete(ev);
		return fail(ld, m, "YAML anchors, aliases and tags are not allowed in a policy");
	}
	return 0;
}

/* The text of a scalar event, copied to the arena; NUL bytes refused. */
static int copy_scalar(struct loader *ld, const yaml_event_t *ev, const char **out)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	if (memchr(v, '\0', n))
		return fail(ld, ev->start_mark, "a NUL byte is not allowed in a string");
	if (!(*out = arena_strndup(ld->rs->mem, v, n)))
		return fail(ld, ev->start_mark, "policy too large");
	return 0;
}

/* The next event must be a scalar: its text and where it starts. */
static int scalar(struct loader *ld, const char *what, const char **out, yaml_mark_t *mark)
{
	yaml_event_t ev;
	int rc;
	if (next(ld, &ev))
		return -1;
	*mark = ev.start_mark;
	if (ev.type != YAML_SCALAR_EVENT)
		rc = fail(ld, ev.start_mark, "%s must be a string, not %s", what, event_name(ev.type));
	else
		rc = copy_scalar(ld, &ev, out);
	yaml_event_delete(&ev);
	return rc;
}

/* The index of key ev in names[] (NULL-terminated), or -1. */
static int key_index(const yaml_event_t *ev, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		if (ev->data.scalar.length == strlen(names[i]) &&
		    !memcmp(ev->data.scalar.value, names[i], ev->data.scalar.length))
			return i;
	return -1;
}

/* Read the next mapping key: 1 and its index in names, 0 at the end of
 * the mapping, -1 on error (unknown or repeated key).  *seen collects the
 * keys read so far. */
static int next_key(struct loader *ld, const char *const *names, const char *where,
		    unsigned *seen, int *idx, yaml_mark_t *mark)
{
	yaml_event_t ev;
	int rc = 1;
	if (next(ld, &ev))
		return -1;
	*mark = ev.start_mark;
	if (ev.type == YAML_MAPPING_END_EVENT) {
		rc = 0;
	} else if (ev.type != YAML_SCALAR_EVENT) {
		rc = fail(ld, ev.start_mark, "a key must be a string, not %s", event_name(ev.type));
	} else if ((*idx = key_index(&ev, names)) < 0) {
		char list[160] = "";
		for (int i = 0; names[i]; i++)
			snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%s",
				 i ? (names[i + 1] ? ", " : " or ") : "", names[i]);
		const char *k = "";
		copy_scalar(ld, &ev, &k);
		rc = fail(ld, ev.start_mark, "unknown key '%s' in %s (expected %s)",
			  show(ld, k), where, list);
	} else if (*seen & (1u << *idx)) {
		rc = fail(ld, ev.start_mark, "duplicate key '%s' in %s", names[*idx], where);
	} else {
		*seen |= 1u << *idx;
	}
	yaml_event_delete(&ev);
	return rc;
}

/* The value of a key that takes one item or a list of them: fn consumes
 * the first event of each item.  empty, when not NULL, is the message for
 * an empty list. */
typedef int (*item_fn)(struct loader *, yaml_event_t *, const void *);

static int one_or_list(struct loader *ld, item_fn fn, const void *ctx, const void *one_ctx,
		       const char *empty)
{
	yaml_event_t ev;
	if (next(ld, &ev))
		return -1;
	if (ev.type != YAML_SEQUENCE_START_EVENT)
		return fn(ld, &ev, one_ctx);
	yaml_mark_t start = ev.start_mark;
	yaml_event_delete(&ev);
	for (size_t n = 0;; n++) {
		if (next(ld, &ev))
			return -1;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return n || !empty ? 0 : fail(ld, start, "%s", empty);
		}
		if (fn(ld, &ev, ctx))
			return -1;
	}
}

/* ---- patterns ------------------------------------------------------------ */

static struct pat *new_pat(struct loader *ld, yaml_mark_t m, enum pat_role role, uint32_t rule)
{
	struct ruleset *rs = ld->rs;
	if (rs->npats == rs->cappats) {
		size_t cap = rs->cappats ? 2 * rs->cappats : 64;
		struct pat *v;
		if (rs->npats >= MAX_PATS) {
			fail(ld, m, "more than %d patterns", MAX_PATS);
			return NULL;
		}
		if (!(v = realloc(rs->pats, cap * sizeof(*v)))) {
			fail(ld, m, "out of memory");
			return NULL;
		}
		rs->pats = v;
		rs->cappats = cap;
	}
	struct pat *p = &rs->pats[rs->npats++];
	memset(p, 0, sizeof(*p));
	p->role = (unsigned char)role;
	p->rule = rule;
	p->line = (unsigned)m.line + 1;
	p->col = (unsigned)m.column + 1;
	return p;
}

static bool is_sep(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether a kind's compiler reads HOME: its items are kept for the cache. */
static bool home_kind(unsigned kind)
{
	return kind == PAT_PROGPATH || kind == PAT_WRITES || kind == PAT_OUTSIDE;
}

/* Keep the items of pattern p (the last one made) when its kind needs them. */
static int keep_source(struct loader *ld, const struct pat *p, const char *const *items,
		       size_t n, bool list, yaml_mark_t m)
{
	struct ruleset *rs = ld->rs;
	size_t i = (size_t)(p - rs->pats);
	if (i >= rs->cappsrc) {
		struct pat_source *v = realloc(rs->psrc, rs->cappats * sizeof(*v));
		if (!v)
			return fail(ld, m, "out of memory");
		memset(v + rs->cappsrc, 0, (rs->cappats - rs->cappsrc) * sizeof(*v));
		rs->psrc = v;
		rs->cappsrc = rs->cappats;
	}
	if (!home_kind(p->kind))
		return 0;
	const char **v = arena_alloc(rs->mem, n * sizeof(*v));
	if (!v)
		return fail(ld, m, "policy too large");
	memcpy(v, items, n * sizeof(*v));
	rs->psrc[i] = (struct pat_source){v, (uint32_t)n, list};
	return 0;
}

/* Compile the pattern value into p (see pattern_compile()). */
static int compile(struct loader *ld, struct pat *p, const char *kind, const char *const *items,
		   size_t n, bool list, yaml_mark_t m)
{
	const char *msg = pattern_compile(ld->rs->mem, p, kind, items, n, list);
	return msg ? fail(ld, m, "%s", msg) : keep_source(ld, p, items, n, list, m);
}

#define MAX_ITEMS 256   /* in the list of one pattern */

/* The value of {KIND: VALUE}: a string, or a list of strings. */
static int kind_value(struct loader *ld, const char *kind, const char **items, size_t *n,
		      bool *list, yaml_mark_t *vm)
{
	yaml_event_t ev;
	if (next(ld, &ev))
		return -1;
	*vm = ev.start_mark;
	*n = 0;
	*list = ev.type == YAML_SEQUENCE_START_EVENT;
	if (ev.type == YAML_SCALAR_EVENT) {
		*n = 1;
		int rc = copy_scalar(ld, &ev, &items[0]);
		yaml_event_delete(&ev);
		return rc;
	}
	yaml_event_delete(&ev);
	if (!*list)
		return fail(ld, *vm, "%s takes a string or a list of strings", kind);
	for (;;) {
		yaml_mark_t m;
		const char *it;
		if (next(ld, &ev))
			return -1;
		m = ev.start_mark;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return *n ? 0 : fail(ld, *vm, "empty list in %s", kind);
		}
		int rc = ev.type != YAML_SCALAR_EVENT
			 ? fail(ld, m, "%s takes a list of strings, not of %s", kind,
				event_name(ev.type))
			 : *n == MAX_ITEMS ? fail(ld, m, "more than %d items in one pattern", MAX_ITEMS)
			 : copy_scalar(ld, &ev, &it);
		yaml_event_delete(&ev);
		if (rc)
			return -1;
		items[(*n)++] = it;
	}
}

/* The items joined with ", ", for messages. */
static const char *join_items(struct loader *ld, const char *const *items, size_t n)
{
	size_t len = 1;
	for (size_t i = 0; i < n; i++)
		len += strlen(items[i]) + 2;
	char *t = arena_alloc(ld->rs->mem, len), *o = t;
	for (size_t i = 0; t && i < n; i++) {
		size_t k = strlen(items[i]);
		if (i) {
			memcpy(o, ", ", 2);
			o += 2;
		}
		memcpy(o, items[i], k);
		o += k;
	}
	return t ? t : "?";
}

/* {KIND: VALUE}; ev (the mapping start) is consumed. */
static int kind_pattern(struct loader *ld, yaml_event_t *ev, enum pat_role role, uint32_t rule)
{
	yaml_mark_t start = ev->start_mark, m, vm;
	unsigned seen = 0;
	int k, k2, rc;
	const char *items[MAX_ITEMS];
	size_t n;
	bool list;
	yaml_event_delete(ev);
	if ((rc = next_key(ld, pattern_kinds, "a pattern", &seen, &k, &m)) <= 0)
		return rc ? -1 : fail(ld, start, "empty pattern: expected {regex: ...}");
	if (kind_value(ld, pattern_kinds[k], items, &n, &list, &vm))
		return -1;
	if ((rc = next_key(ld, pattern_kinds, "a pattern", &seen, &k2, &m)) != 0)
		return rc < 0 ? -1 : fail(ld, m, "a pattern mapping has exactly one key");
	struct pat *p = new_pat(ld, start, role, rule);
	if (!p)
		return -1;
	p->text = n == 1 ? items[0] : join_items(ld, items, n);
	return compile(ld, p, pattern_kinds[k], items, n, list, vm);
}

/* Which patterns are being read: the role and the rule. */
struct patctx {
	enum pat_role role;
	uint32_t rule;
};

/* One pattern: a string (words) or a mapping (another kind); ev is consumed. */
static int one_pattern(struct loader *ld, yaml_event_t *ev, const void *ctx)
{
	const struct patctx *pc = ctx;
	enum pat_role role = pc->role;
	uint32_t rule = pc->rule;
	const char *text;
	int rc;
	if (ev->type == YAML_MAPPING_START_EVENT)
		return kind_pattern(ld, ev, role, rule);
	if (ev->type != YAML_SCALAR_EVENT) {
		rc = fail(ld, ev->start_mark, "a pattern is a string or {regex: ...}, not %s",
			  event_name(ev->type));
	} else if ((rc = copy_scalar(ld, ev, &text)) == 0) {
		struct pat *p = new_pat(ld, ev->start_mark, role, rule);
		rc = p ? (p->text = text, compile(ld, p, NULL, &text, 1, false, ev->start_mark)) : -1;
	}
	yaml_event_delete(ev);
	return rc;
}

/* The value of deny:, allow: or unless:: one pattern or a list of them. */
static int patterns(struct loader *ld, enum pat_role role, uint32_t rule)
{
	struct patctx pc = {role, rule};
	return one_or_list(ld, one_pattern, &pc, &pc, "empty list of patterns");
}

/* ---- rules --------------------------------------------------------------- */

static int check_id(struct loader *ld, const char *id, yaml_mark_t m)
{
	size_t n = strlen(id);
	if (n == 0 || n > MAX_ID)
		return fail(ld, m, "a rule id has 1 to %d characters", MAX_ID);
	for (const char *s = id; *s; s++) {
		bool alnum = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
			     (*s >= '0' && *s <= '9');
		if (!alnum && (s == id || !strchr("._-", *s)))
			return fail(ld, m, "rule id '%s': use letters, digits, '.', '_' and '-', "
				    "starting with a letter or digit", show(ld, id));
	}
	if (!strcmp(id, "default") || !strcmp(id, "unresolved"))
		return fail(ld, m, "rule id '%s' is reserved", id);
	return 0;
}

/* Blanks and newlines folded to single spaces: the agent reads one line. */
static int clean_reason(struct loader *ld, const char *in, const char **out, yaml_mark_t m)
{
	char *r = arena_alloc(ld->rs->mem, strlen(in) + 1), *o = r;
	if (!r)
		return fail(ld, m, "policy too large");
	for (const char *s = in; *s; s++) {
		if (is_sep(*s)) {
			if (o > r && o[-1] != ' ')
				*o++ = ' ';
		} else if ((unsigned char)*s < 0x20 || *s == 0x7f) {
			return fail(ld, m, "a reason must not contain control characters");
		} else {
			*o++ = *s;
		}
	}
	if (o > r && o[-1] == ' ')
		o--;
	*o = '\0';
	if (!*r)
		return fail(ld, m, "empty reason");
	if (o - r > MAX_REASON)
		return fail(ld, m, "reason longer than %d bytes: the agent reads one line", MAX_REASON);
	*out = r;
	return 0;
}

static int check_program(struct loader *ld, const char *prog, yaml_mark_t m)
{
	if (!*prog || strchr(prog, '/') || !glob_literal(prog, NULL) || strchr(prog, '\\') ||
	    strpbrk(prog, " \t\n\r"))
		return fail(ld, m, "program '%s': give one program name, without directory "
			    "or glob characters", show(ld, prog));
	return 0;
}

/* Patterns of a rule with `program`: indexed under it, and a pattern for
 * another program (a literal first word, aws:, git:) could never match. */
static int apply_program(struct loader *ld, const struct rule *r)
{
	for (uint32_t i = r->first; i < r->first + r->npats; i++) {
		struct pat *p = &ld->rs->pats[i];
		if (p->prog && strcmp(p->prog, r->program))
			return fail_at(ld, r->file, p->line, p->col,
				       "pattern '%s' is for '%s' but the rule is for program '%s'",
				       show(ld, p->text), show(ld, p->prog), r->program);
		p->prog = r->program;
	}
	return 0;
}

enum { K_ID, K_DENY, K_ALLOW, K_UNLESS, K_REASON, K_PROGRAM };
static const char *const rule_keys[] = {
	"id", "deny", "allow", "unless", "reason", "program", NULL
};

/* The keys of one rule mapping, up to its end. */
static int rule_body(struct loader *ld, struct rule *r, uint32_t index)
{
	unsigned seen = 0;
	int k, rc;
	yaml_mark_t m;
	const char *s;
	while ((rc = next_key(ld, rule_keys, "a rule", &seen, &k, &m)) > 0) {
		switch (k) {
		case K_ID:
			rc = scalar(ld, "id", &r->id, &m) || check_id(ld, r->id, m) ? -1 : 0;
			break;
		case K_DENY:
		case K_ALLOW:
			if (seen & (1u << (k == K_DENY ? K_ALLOW : K_DENY)))
				return fail(ld, m, "a rule has deny or allow, not both");
			r->action = k == K_DENY ? DECISION_DENY : DECISION_ALLOW;
			rc = patterns(ld, ROLE_MATCH, index);
			break;
		case K_UNLESS:
			rc = patterns(ld, ROLE_UNLESS, index);
			break;
		case K_REASON:
			rc = scalar(ld, "reason", &s, &m) || clean_reason(ld, s, &r->reason, m) ? -1 : 0;
			break;
		default:
			rc = scalar(ld, "program", &r->program, &m) ||
			     check_program(ld, r->program, m) ? -1 : 0;
			break;
		}
		if (rc)
			return -1;
	}
	if (rc < 0)
		return -1;
	return !(seen & ((1u << K_DENY) | (1u << K_ALLOW))) ? 2 : 0;
}

static int add_rule(struct loader *ld, const struct rule *r, yaml_mark_t m)
{
	struct ruleset *rs = ld->rs;
	if (rs->nrules == rs->caprules) {
		size_t cap = rs->caprules ? 2 * rs->caprules : 32;
		struct rule *v = realloc(rs->rules, cap * sizeof(*v));
		if (!v)
			return fail(ld, m, "out of memory");
		rs->rules = v;
		rs->caprules = cap;
	}
	rs->rules[rs->nrules++] = *r;
	return 0;
}

/* One rule; ev (its mapping start) is consumed. */
static int parse_rule(struct loader *ld, yaml_event_t *ev)
{
	yaml_mark_t m = ev->start_mark;
	struct rule r = {.file = ld->file, .line = (unsigned)m.line + 1,
			 .col = (unsigned)m.column + 1, .first = (uint32_t)ld->rs->npats};
	bool mapping = ev->type == YAML_MAPPING_START_EVENT;
	yaml_event_type_t t = ev->type;
	yaml_event_delete(ev);
	if (!mapping)
		return fail(ld, m, "a rule is a mapping with id, deny or allow, and reason; "
			    "not %s", event_name(t));
	if (ld->rs->nrules >= POLICY_MAX_RULES)
		return fail(ld, m, "more than %d rules", POLICY_MAX_RULES);
	int rc = rule_body(ld, &r, (uint32_t)ld->rs->nrules);
	if (rc < 0)
		return -1;
	if (!r.id)
		return fail(ld, m, "rule has no id");
	if (rc == 2)
		return fail(ld, m, "rule '%s' has neither deny nor allow", r.id);
	if (r.action == DECISION_DENY && !r.reason)
		return fail(ld, m, "deny rule '%s' has no reason: say what is dangerous "
			    "and what to do instead", r.id);
	r.npats = (uint32_t)ld->rs->npats - r.first;
	if (r.program && apply_program(ld, &r))
		return -1;
	return add_rule(ld, &r, m);
}

/* One item of rules:, or its whole value when that is not a list. */
static int rule_item(struct loader *ld, yaml_event_t *ev, const void *in_list)
{
	if (in_list)
		return parse_rule(ld, ev);
	int rc = fail(ld, ev->start_mark, "rules must be a list, not %s", event_name(ev->type));
	yaml_event_delete(ev);
	return rc;
}

/* Duplicate ids, across all files: the first second definition in reading
 * order is reported. */
static int cmp_id(const void *a, const void *b)
{
	const struct rule *x = *(const struct rule *const *)a, *y = *(const struct rule *const *)b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x < y ? -1 : x > y);
}

static int check_duplicates(struct loader *ld)
{
	struct ruleset *rs = ld->rs;
	const struct rule **v, *dup = NULL, *orig = NULL;
	if (rs->nrules < 2)
		return 0;
	if (!(v = malloc(rs->nrules * sizeof(*v))))
		return fail_at(ld, ld->file, 1, 1, "out of memory");
	for (size_t i = 0; i < rs->nrules; i++)
		v[i] = &rs->rules[i];
	qsort(v, rs->nrules, sizeof(*v), cmp_id);
	for (size_t i = 1; i < rs->nrules; i++) {
		if (!strcmp(v[i]->id, v[i - 1]->id) && (!dup || v[i] < dup) &&
		    (i < 2 || strcmp(v[i]->id, v[i - 2]->id))) {
			dup = v[i];
			orig = v[i - 1];
		}
	}
	free(v);
	if (!dup)
		return 0;
	return fail_at(ld, dup->file, dup->line, dup->col,
		       "duplicate rule id '%s' (first defined at %s:%u:%u)",
		       dup->id, orig->file, orig->line, orig->col);
}

/* ---- files ----------------------------------------------------------------- */

static int load_file(struct loader *ld, const char *path, const yaml_mark_t *from);

static int parse_decision(struct loader *ld, const char *key, enum decision *d)
{
	const char *v;
	yaml_mark_t m;
	if (scalar(ld, key, &v, &m))
		return -1;
	if (!strcmp(v, "allow"))
		*d = DECISION_ALLOW;
	else if (!strcmp(v, "deny"))
		*d = DECISION_DENY;
	else
		return fail(ld, m, "%s must be allow or deny, not '%s'", key, show(ld, v));
	return 0;
}

/* One include: a path relative to the including file. */
static int include_file(struct loader *ld, const yaml_event_t *ev)
{
	const char *name, *path;
	if (ev->type != YAML_SCALAR_EVENT)
		return fail(ld, ev->start_mark, "include takes file names, not %s",
			    event_name(ev->type));
	if (copy_scalar(ld, ev, &name))
		return -1;
	if (!*name)
		return fail(ld, ev->start_mark, "empty include file name");
	const char *slash = strrchr(ld->file, '/');
	if (name[0] == '/' || !slash)
		path = name;
	else
		path = arena_printf(ld->rs->mem, "%.*s/%s", (int)(slash - ld->file), ld->file, name);
	if (!path)
		return fail(ld, ev->start_mark, "policy too large");
	if (ld->depth + 1 > POLICY_MAX_INCLUDE_DEPTH)
		return fail(ld, ev->start_mark, "include '%s': includes nested more than %d deep",
			    show(ld, path), POLICY_MAX_INCLUDE_DEPTH);
	return load_file(ld, path, &ev->start_mark);
}

/* An item of include:; ev is consumed. */
static int include_one(struct loader *ld, yaml_event_t *ev, const void *ctx)
{
	int rc = include_file(ld, ev);
	yaml_event_delete(ev);
	return rc;
}

enum { T_VERSION, T_DEFAULT, T_UNRESOLVED, T_INCLUDE, T_RULES };
static const char *const top_keys[] = {
	"version", "default", "unresolved", "include", "rules", NULL
};

static int top_value(struct loader *ld, int k, yaml_mark_t m)
{
	const char *v;
	switch (k) {
	case T_VERSION:
		if (scalar(ld, "version", &v, &m))
			return -1;
		if (strcmp(v, "1"))
			return fail(ld, m, "unsupported version '%s': this guard reads version 1",
				    show(ld, v));
		return 0;
	case T_DEFAULT:
	case T_UNRESOLVED:
		if (ld->depth > 0)
			return fail(ld, m, "%s is set in the top policy file only", top_keys[k]);
		return parse_decision(ld, top_keys[k], k == T_DEFAULT ? &ld->rs->def
								: &ld->rs->unresolved);
	case T_INCLUDE:
		return one_or_list(ld, include_one, NULL, NULL, NULL);
	default:
		return one_or_list(ld, rule_item, "list", NULL, NULL);
	}
}

/* The document: a mapping whose first key is version. */
static int parse_top(struct loader *ld)
{
	yaml_event_t ev;
	yaml_mark_t m;
	unsigned seen = 0;
	int k, rc;
	if (next(ld, &ev))
		return -1;
	yaml_mark_t start = ev.start_mark;
	yaml_event_type_t t = ev.type;
	yaml_event_delete(&ev);
	if (t != YAML_MAPPING_START_EVENT)
		return fail(ld, start, "a policy is a mapping (version, default, unresolved, "
			    "include, rules), not %s", event_name(t));
	while ((rc = next_key(ld, top_keys, "the policy", &seen, &k, &m)) > 0) {
		if (k != T_VERSION && !(seen & (1u << T_VERSION)))
			return fail(ld, m, "the first key must be version");
		if (top_value(ld, k, m))
			return -1;
	}
	if (rc == 0 && !seen)
		return fail(ld, start, "missing version: 1");
	return rc;
}

/* The next event's type and mark, the event itself dropped. */
static int skip_event(struct loader *ld, yaml_event_type_t *t, yaml_mark_t *m)
{
	yaml_event_t ev;
	if (next(ld, &ev))
		return -1;
	*t = ev.type;
	*m = ev.start_mark;
	yaml_event_delete(&ev);
	return 0;
}

/* The stream: exactly one document.  libyaml itself checks the order of
 * the stream and document events. */
static int parse_stream(struct loader *ld)
{
	yaml_event_type_t t;
	yaml_mark_t m;
	if (skip_event(ld, &t, &m) || skip_event(ld, &t, &m))
		return -1;
	if (t == YAML_STREAM_END_EVENT)
		return fail(ld, m, "empty policy: expected version: 1");
	if (parse_top(ld) || skip_event(ld, &t, &m) || skip_event(ld, &t, &m))
		return -1;
	if (t != YAML_STREAM_END_EVENT)
		return fail(ld, m, "a policy file holds one YAML document");
	return 0;
}

/* A problem with a whole file: reported at the include that names it, or
 * at 1:1 of the top file. */
static int file_fail(struct loader *ld, const char *path, const yaml_mark_t *from,
		     const char *msg)
{
	if (from)
		return fail(ld, *from, "include '%s': %s", show(ld, path), msg);
	return fail_at(ld, path, 1, 1, "%s", msg);
}

/* Open path if it is a regular file of bounded size (a FIFO or a device
 * could block or flood the load) that was not read before (included twice,
 * or a loop); otherwise -1. */
static int open_policy(struct loader *ld, const char *path, const yaml_mark_t *from,
		       struct stat *st)
{
	char msg[300] = "";
	int fd = openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0 || fstat(fd, st) < 0)
		snprintf(msg, sizeof(msg), "cannot open: %s", strerror(errno));
	else if (!S_ISREG(st->st_mode))
		snprintf(msg, sizeof(msg), "not a regular file");
	else if (ld->root_owned && ld->nfiles == 0 &&
		 (st->st_uid != 0 || (st->st_mode & (S_IWGRP | S_IWOTH))))
		snprintf(msg, sizeof(msg),
			 "refused: must be owned by root and not writable by group or others");
	else if (st->st_size > POLICY_MAX_FILE_BYTES)
		snprintf(msg, sizeof(msg), "file larger than 4 MiB (POLICY_MAX_FILE_BYTES)");
	else if (ld->total + (size_t)st->st_size > MAX_TOTAL_BYTES)
		snprintf(msg, sizeof(msg), "policy files larger than 16 MiB in total");
	else if (ld->nfiles == MAX_FILES)
		snprintf(msg, sizeof(msg), "more than %d policy files", MAX_FILES);
	for (size_t i = 0; !msg[0] && i < ld->nfiles; i++) {
		const struct fileid *f = &ld->files[i];
		if (f->id.dev != (uint64_t)st->st_dev || f->id.ino != (uint64_t)st->st_ino)
			continue;
		if (f->open)
			snprintf(msg, sizeof(msg), "include loop (the file is already being read)");
		else
			snprintf(msg, sizeof(msg), "already included (at %s:%u:%u)",
				 f->from, f->line, f->col);
	}
	if (!msg[0])
		return fd;
	if (fd >= 0)
		close(fd);
	return file_fail(ld, path, from, msg);
}

static char *read_all(struct loader *ld, int fd, const char *path, const yaml_mark_t *from,
		      size_t size, size_t *len)
{
	char *buf = malloc(size + 1), msg[160];
	ssize_t n = 0;
	*len = 0;
	while (buf && *len < size && (n = read(fd, buf + *len, size - *len)) != 0) {
		if (n > 0)
			*len += (size_t)n;
		else if (errno != EINTR)
			break;
	}
	if (buf && n >= 0) {
		ld->total += *len;
		return buf;
	}
	snprintf(msg, sizeof(msg), "cannot read: %s", buf ? strerror(errno) : "out of memory");
	free(buf);
	file_fail(ld, path, from, msg);
	return NULL;
}

static int parse_file(struct loader *ld, const char *path, const char *buf, size_t len,
		      bool included)
{
	yaml_parser_t yp;
	const char *file = ld->file;
	yaml_parser_t *parent = ld->yp;
	int rc;
	if (!yaml_parser_initialize(&yp))
		return fail_at(ld, path, 1, 1, "out of memory");
	yaml_parser_set_input_string(&yp, (const unsigned char *)buf, len);
	ld->file = path;
	ld->yp = &yp;
	ld->depth += included;
	rc = parse_stream(ld);
	ld->depth -= included;
	ld->yp = parent;
	ld->file = file;
	yaml_parser_delete(&yp);
	return rc;
}

static int load_file(struct loader *ld, const char *path, const yaml_mark_t *from)
{
	struct stat st;
	size_t len;
	int fd = open_policy(ld, path, from, &st);
	if (fd < 0)
		return -1;
	char *buf = read_all(ld, fd, path, from, (size_t)st.st_size, &len);
	close(fd);
	if (!buf)
		return -1;
	if (ld->sha)
		sha256_update(ld->sha, buf, len);
	size_t me = ld->nfiles++;
	ld->files[me] = (struct fileid){bf_source_of(path, &st, bf_sum(buf, len)), NULL, 0, 0,
					true};
	if (from) {
		ld->files[me].from = ld->file;
		ld->files[me].line = (unsigned)from->line + 1;
		ld->files[me].col = (unsigned)from->column + 1;
	}
	int rc = parse_file(ld, path, buf, len, from != NULL);
	ld->files[me].open = false;
	free(buf);
	return rc;
}

/* The files read, kept in the ruleset for the cache to check. */
static int keep_files(struct loader *ld)
{
	struct ruleset *rs = ld->rs;
	if (!(rs->sources = arena_alloc(rs->mem, ld->nfiles * sizeof(*rs->sources))))
		return fail_at(ld, ld->file, 1, 1, "out of memory");
	for (size_t i = 0; i < ld->nfiles; i++)
		rs->sources[i] = ld->files[i].id;
	rs->nsources = ld->nfiles;
	return 0;
}

/* A valid compiled policy in place of the YAML: 1 when *rs holds it. */
static int load_cached(struct ruleset *rs, const char *path)
{
	struct ruleset *c = ruleset_cache_read(path);
	if (!c)
		return 0;
	*rs = *c;
	free(c);
	return 1;
}

/* The YAML: a function of its own, so that a load from the compiled
 * policy does not pay for (and touch the stack pages of) the loader. */
static __attribute__((noinline)) int load_yaml(struct ruleset *rs, const char *path,
					       unsigned flags, char *errbuf, size_t errlen)
{
	struct sha256 sha;
	struct loader ld = {.rs = rs, .err = errbuf, .errlen = errlen, .file = path,
			    .sha = flags & POLICY_DIGEST ? &sha : NULL,
			    .root_owned = flags & POLICY_ROOT_OWNED};
	/* Unset, both fail closed. */
	rs->def = DECISION_DENY;
	rs->unresolved = DECISION_DENY;
	if (!(rs->mem = arena_new(ARENA_LIMIT)))
		return fail_at(&ld, path, 1, 1, "out of memory");
	if (!(ld.file = arena_strdup(rs->mem, path)))
		return fail_at(&ld, path, 1, 1, "out of memory");
	if (ld.sha)
		sha256_init(ld.sha);
	if (load_file(&ld, ld.file, NULL) || check_duplicates(&ld) || keep_files(&ld))
		return -1;
	if (ld.sha) {
		unsigned char d[SHA256_LEN];
		sha256_final(ld.sha, d);
		sha256_hex(d, rs->digest);
	}
	return 0;
}

int ruleset_load(struct ruleset *rs, const char *path, unsigned flags, char *errbuf,
		 size_t errlen)
{
	if (errbuf && errlen)
		errbuf[0] = '\0';
	if (!(flags & POLICY_NO_CACHE) && load_cached(rs, path))
		return 0;
	return load_yaml(rs, path, flags, errbuf, errlen);
}

void ruleset_free(struct ruleset *rs)
{
	for (size_t i = 0; i < rs->npats; i++)
		if (rs->pats[i].kind == PAT_REGEX && rs->pats[i].lazy == LAZY_NONE)
			pcre2_code_free(rs->pats[i].u.re.code);
	free(rs->pats);
	free(rs->psrc);
	free(rs->rules);
	arena_free(rs->mem);
	memset(rs, 0, sizeof(*rs));
}
