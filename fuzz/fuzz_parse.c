/*
 * fuzz_parse.c - libFuzzer target for the parser (parse.h).
 *
 * The first byte chooses the options (extglob, aliases); the rest is a
 * script, parsed command by command as the walker does, flipping extglob
 * between commands.  Every tree that comes back is walked and checked for
 * the invariants the rest of guard relies on: spans inside the input, a
 * source text on every word, the fields each kind needs.  A broken
 * invariant aborts, so the fuzzer reports it like a crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static const char *const aliases[][2] = {
	{ "ll", "ls -l" },          /* plain */
	{ "a", "echo " },           /* ends in a blank: next word too */
	{ "b", "b x" },             /* refers to itself */
	{ "q", "echo \"" },         /* opens a quote */
	{ "e", "" },                /* empty */
	{ "r", "r r " },            /* self, and a blank */
	{ "k", "if true; then" },   /* reserved words */
	{ "c", "case x in" },
	{ "h", "cat <<E\n" },       /* a here-document */
	{ "s", "$(a" },             /* an open substitution */
};

static const char *lookup(void *ctx, const char *name)
{
	(void)ctx;
	for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcmp(aliases[i][0], name) == 0)
			return aliases[i][1];
	return NULL;
}

static size_t input_len;

static void check(int ok)
{
	if (!ok)
		abort();
}

static void node(const struct node *n, int depth);

static void word(const struct word *w, int depth)
{
	if (!w)
		return;
	check(w->src != NULL && w->start <= w->end && w->end <= input_len);
	check(depth < 4 * PARSE_MAX_DEPTH);
	for (size_t i = 0; i < w->nparts; i++) {
		const struct part *p = &w->parts[i];
		check(p->start <= p->end && p->end <= input_len);
		switch (p->kind) {
		case PART_LIT:
		case PART_ESCAPED:
		case PART_SQUOTE:
		case PART_ANSIC:
			check(p->text != NULL && strlen(p->text) <= p->len);
			break;
		case PART_DQUOTE:
			for (size_t k = 0; k < p->nparts; k++)
				check(p->parts[k].kind != PART_DQUOTE ||
				      p->parts[k].parts || !p->parts[k].nparts);
			{
				struct word sub = { (struct part *)p->parts, p->nparts,
						    p->start, p->end, "" };
				word(&sub, depth + 1);
			}
			break;
		case PART_PARAM:
			check(p->param && p->param->name);
			word(p->param->arg, depth + 1);
			word(p->param->arg2, depth + 1);
			word(p->param->subscript_word, depth + 1);
			break;
		case PART_CMDSUB:
		case PART_PROCSUB:
			node(p->sub, depth + 1);
			break;
		case PART_ARITH:
			check(p->expr != NULL);
			word(p->expr, depth + 1);
			break;
		default:
			check(0);
		}
	}
}

static void redirs(const struct redir *r, int depth)
{
	for (; r; r = r->next) {
		check(r->target != NULL && (unsigned)r->op <= R_HERESTR);
		word(r->target, depth);
		if (r->op == R_HEREDOC)
			check(r->body != NULL);
		word(r->body, depth);
	}
}

static void words(struct word *const *v, size_t n, int depth)
{
	for (size_t i = 0; i < n; i++)
		word(v[i], depth);
}

static void node(const struct node *n, int depth)
{
	for (; n; n = n->right) {
		check(n->start <= n->end && n->end <= input_len);
		check(depth < 4 * PARSE_MAX_DEPTH);
		redirs(n->redirs, depth);
		words(n->words, n->nwords, depth);
		words(n->list, n->nlist, depth);
		for (const struct assign *a = n->assigns; a; a = a->next) {
			check(a->name && (a->is_array || a->value));
			word(a->value, depth);
			words(a->elems, a->nelems, depth);
		}
		for (size_t i = 0; i < n->ncmds; i++)
			node(n->cmds[i], depth + 1);
		for (const struct case_item *c = n->items; c; c = c->next) {
			words(c->patterns, c->npatterns, depth);
			node(c->body, depth + 1);
		}
		word(n->subject, depth);
		word(n->expr, depth);
		word(n->init, depth);
		word(n->test, depth);
		word(n->step, depth);
		node(n->left, depth + 1);
		node(n->body, depth + 1);
		node(n->cond, depth + 1);
		node(n->els, depth + 1);
		if (n->kind == N_FUNCDEF)
			check(n->name && n->body);
		if (n->kind != N_SEQ && n->kind != N_BG)
			check(!n->right || n->kind == N_AND || n->kind == N_OR);
		if (n->kind == N_AND || n->kind == N_OR) {
			node(n->right, depth + 1);
			return;
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	struct parse_opts o = { 0 };
	o.extglob = data[0] & 1;
	if (data[0] & 2)
		o.alias = lookup;
	data++;
	size--;
	input_len = size;
	arena *a = arena_new(8u << 20);
	if (!a)
		return 0;
	parser *p = parser_new(a, (const char *)data, size, &o);
	if (p) {
		struct node *n;
		while ((n = parse_next(p))) {
			node(n, 0);
			o.extglob = !o.extglob;
			parser_set_opts(p, &o);
		}
		const char *err = parser_error(p);
		check(!err || strlen(err) > 0);
	}
	arena_free(a);
	return 0;
}
