/*
 * expand.c - see expand.h; the expander's files are listed in expand_int.h.
 * This one holds the public functions and the walk over a word's parts:
 * brace expansion first (brace.c), then each resulting word part by part
 * into a sink (expand_sink.c), with tilde prefixes (expand_tilde.c),
 * parameters (expand_param.c) and arithmetic (arith.c) on the way.
 *
 * A word with a command or process substitution is unknown from the start;
 * otherwise it becomes unknown when a part turns out to be.  The walk goes
 * on in both cases, because ${x:=v} further on still assigns at run time.
 */
#include "expand.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "arith.h"
#include "brace.h"
#include "expand_int.h"

/* Variables bash sets or changes by itself: whatever the script or the
 * environment says, their value is not known before run time. */
static const char *const bash_dynamic[] = {
	"BASH", "BASHOPTS", "BASHPID", "BASH_ALIASES", "BASH_ARGC", "BASH_ARGV",
	"BASH_ARGV0", "BASH_CMDS", "BASH_COMMAND", "BASH_EXECUTION_STRING",
	"BASH_LINENO", "BASH_REMATCH", "BASH_SOURCE", "BASH_SUBSHELL",
	"BASH_VERSINFO", "BASH_VERSION", "COLUMNS", "COMP_CWORD", "COMP_KEY",
	"COMP_LINE", "COMP_POINT", "COMP_TYPE", "COMP_WORDBREAKS", "COMP_WORDS",
	"COPROC", "DIRSTACK", "EPOCHREALTIME", "EPOCHSECONDS", "EUID", "FUNCNAME",
	"GROUPS", "HISTCMD", "HOSTNAME", "HOSTTYPE", "LINENO", "LINES", "MACHTYPE",
	"MAPFILE", "OLDPWD", "OPTARG", "OPTERR", "OPTIND", "OSTYPE", "PIPESTATUS",
	"PPID", "PWD", "RANDOM", "READLINE_ARGUMENT", "READLINE_LINE",
	"READLINE_MARK", "READLINE_POINT", "REPLY", "SECONDS", "SHELLOPTS", "SHLVL",
	"SRANDOM", "UID", "_", NULL,
};

/* ---- context ------------------------------------------------------------- */

static void xp_init(struct xp *x, arena *a, const struct expand_env *env)
{
	*x = (struct xp){ .a = a, .env = env, .ifs_known = -1, .budget = EXPAND_BUDGET };
}

void xp_fail(struct xp *x, const char *msg)
{
	if (!x->failed) {
		x->failed = true;
		x->err = msg;
	}
}

bool xp_identifier(const char *name)
{
	if (!name || !((*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z') ||
		       *name == '_'))
		return false;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '_'))
			return false;
	return true;
}

static bool bash_sets(const char *name)
{
	for (size_t i = 0; bash_dynamic[i]; i++)
		if (strcmp(bash_dynamic[i], name) == 0)
			return true;
	return false;
}

enum var_state xp_lookup(struct xp *x, const char *name, const char **value)
{
	*value = NULL;
	if (!name || bash_sets(name) || !x->env || !x->env->lookup)
		return VAR_UNKNOWN;
	const char *v = NULL;
	enum var_state st = x->env->lookup(x->env->ctx, name, &v);
	if (st == VAR_KNOWN) {
		*value = v ? v : "";
		return VAR_KNOWN;
	}
	return st == VAR_UNSET ? VAR_UNSET : VAR_UNKNOWN;
}

void xp_assign(struct xp *x, const char *name, const char *value)
{
	if (!x->env || !x->env->assign || !xp_identifier(name))
		return;
	/* the variable table keeps the pointer: give it an arena copy */
	const char *copy = arena_strdup(x->a, name);
	if (!copy) {
		xp_fail(x, "out of memory");
		return;
	}
	x->env->assign(x->env->ctx, copy, value);
}

const char *xp_ifs(struct xp *x)
{
	if (x->ifs_known < 0) {
		const char *v = NULL;
		enum var_state st = xp_lookup(x, "IFS", &v);
		x->ifs = st == VAR_UNSET ? " \t\n" : v;
		x->ifs_known = st != VAR_UNKNOWN;
		/* a multibyte IFS depends on the locale */
		for (const char *p = x->ifs; x->ifs_known && p && *p; p++)
			if ((unsigned char)*p >= 0x80)
				x->ifs_known = 0;
	}
	return x->ifs_known ? x->ifs : NULL;
}

/* ---- arithmetic ---------------------------------------------------------- */

static enum var_state arith_lookup(void *ctx, const char *name, const char **value)
{
	return xp_lookup(ctx, name, value);
}

static void arith_forget(void *ctx, const char *name)
{
	xp_assign(ctx, name, NULL);
}

static struct arith_env arith_env_of(struct xp *x)
{
	return (struct arith_env){ .lookup = arith_lookup, .forget = arith_forget, .ctx = x };
}

bool xp_arith(struct xp *x, const char *s, size_t n, int64_t *v)
{
	struct arith_env ae = arith_env_of(x);
	if (arith_eval(s, n, &ae, v) == ARITH_OK)
		return true;
	x->dyn = true;
	return false;
}

size_t part_text_len(const struct part *p)
{
	if (!p->text)
		return 0;
	if (p->kind == PART_ANSIC) /* a decoded NUL ends it, as in bash */
		return strnlen(p->text, p->len);
	return p->len ? p->len : strlen(p->text);
}

/* The literal text of an arithmetic expression may assign any name in it
 * when the expression is evaluated at run time. */
static void forget_arith_text(struct xp *x, const struct part *p, size_t n, int depth)
{
	struct arith_env ae = arith_env_of(x);
	for (size_t i = 0; p && i < n && depth < EXPAND_MAX_DEPTH; i++) {
		if (p[i].kind == PART_LIT)
			arith_forget_names(p[i].text, part_text_len(&p[i]), &ae);
		else if (p[i].kind == PART_DQUOTE)
			forget_arith_text(x, p[i].parts, p[i].nparts, depth + 1);
	}
}

static void arith_part(struct xp *x, struct sink *s, const struct part *p, enum ctx ctx)
{
	size_t n = 0;
	bool d = false;
	const char *t = expand_operand(x, p->expr, SINK_STRING, CTX_ARITH, false, &n, &d);
	if (d) {
		if (p->expr)
			forget_arith_text(x, p->expr->parts, p->expr->nparts, 0);
		x->dyn = true;
		return;
	}
	int64_t v;
	if (!xp_arith(x, t, n, &v))
		return;
	char buf[32];
	int len = snprintf(buf, sizeof(buf), "%" PRId64, v);
	sink_add(x, s, buf, (size_t)len,
		 ctx == CTX_WORD || ctx == CTX_OPERAND ? CH_EXPANDED : CH_QUOTED);
}

/* ---- side effects of what may or may not run ----------------------------- */

static void forget_parts(struct xp *x, const struct part *p, size_t n, int depth);

static void forget_word(struct xp *x, const struct word *w, int depth)
{
	if (w && w->parts)
		forget_parts(x, w->parts, w->nparts, depth + 1);
}

static void forget_param_at(struct xp *x, const struct param *pm, int depth)
{
	if (!pm)
		return;
	if (pm->op && (strcmp(pm->op, "=") == 0 || strcmp(pm->op, ":=") == 0))
		xp_assign(x, pm->name, NULL);
	if (pm->subscript) {
		struct arith_env ae = arith_env_of(x);
		arith_forget_assigned(pm->subscript, strlen(pm->subscript), &ae);
	}
	forget_word(x, pm->arg, depth);
	forget_word(x, pm->arg2, depth);
	forget_word(x, pm->subscript_word, depth);
}

static void forget_parts(struct xp *x, const struct part *p, size_t n, int depth)
{
	if (depth > EXPAND_MAX_DEPTH) {
		xp_fail(x, "expansion nested too deeply");
		return;
	}
	for (size_t i = 0; i < n && !x->failed; i++) {
		if (p[i].kind == PART_DQUOTE && p[i].parts)
			forget_parts(x, p[i].parts, p[i].nparts, depth + 1);
		else if (p[i].kind == PART_PARAM)
			forget_param_at(x, p[i].param, depth);
		else if (p[i].kind == PART_ARITH && p[i].expr) {
			forget_arith_text(x, p[i].expr->parts, p[i].expr->nparts, depth);
			forget_word(x, p[i].expr, depth);
		}
	}
}

void forget_assigns(struct xp *x, const struct word *w)
{
	forget_word(x, w, x->depth);
}

void forget_param(struct xp *x, const struct param *pm)
{
	forget_param_at(x, pm, x->depth);
}

/* ---- parts --------------------------------------------------------------- */

static const struct tilde no_tilde = { .mode = TILDE_NONE };

static void parts_walk(struct xp *x, struct sink *s, const struct part *p, size_t n,
		       enum ctx ctx, const struct tilde *t);

/* "$@" alone in quotes, with no positional parameters, is no field. */
static bool only_at(const struct part *p)
{
	if (!p->parts || p->nparts == 0)
		return false;
	for (size_t i = 0; i < p->nparts; i++)
		if (p->parts[i].kind != PART_PARAM || !param_is_at(p->parts[i].param))
			return false;
	return true;
}

static void dquote(struct xp *x, struct sink *s, const struct part *p, enum ctx ctx)
{
	if (ctx == CTX_ARITH) {
		parts_walk(x, s, p->parts, p->nparts, CTX_ARITH, &no_tilde);
		return;
	}
	if (!only_at(p))
		sink_add(x, s, "", 0, CH_QUOTED); /* "" is a field of its own */
	parts_walk(x, s, p->parts, p->nparts, CTX_DQUOTE, &no_tilde);
}

static void one_part(struct xp *x, struct sink *s, const struct part *p, enum ctx ctx)
{
	switch (p->kind) {
	case PART_LIT:
		sink_add(x, s, p->text, part_text_len(p),
			 ctx == CTX_WORD ? CH_LITERAL :
			 ctx == CTX_OPERAND ? CH_EXPANDED : CH_QUOTED);
		break;
	case PART_ESCAPED:
	case PART_SQUOTE:
	case PART_ANSIC:
		if (ctx == CTX_ARITH)
			x->dyn = true; /* bash rejects these in an expression */
		else
			sink_add(x, s, p->text, part_text_len(p), CH_QUOTED);
		break;
	case PART_DQUOTE:
		dquote(x, s, p, ctx);
		break;
	case PART_PARAM:
		expand_param(x, s, p->param, ctx == CTX_DQUOTE || ctx == CTX_ARITH);
		break;
	case PART_ARITH:
		arith_part(x, s, p, ctx);
		break;
	default: /* command and process substitutions: run-time output */
		x->dyn = true;
		break;
	}
}

static void parts_walk(struct xp *x, struct sink *s, const struct part *p, size_t n,
		       enum ctx ctx, const struct tilde *t)
{
	if (!p)
		return;
	if (++x->depth > EXPAND_MAX_DEPTH) {
		xp_fail(x, "expansion nested too deeply");
		x->depth--;
		return;
	}
	int prevc = -1;
	bool tilde_ok = t->mode != TILDE_NONE && (ctx == CTX_WORD || ctx == CTX_OPERAND);
	for (size_t i = 0; i < n && !x->failed; i++) {
		if (p[i].kind == PART_LIT && tilde_ok)
			tilde_lit(x, s, p, n, i, ctx, t, prevc);
		else
			one_part(x, s, &p[i], ctx);
		size_t l = p[i].kind == PART_LIT ? part_text_len(&p[i]) : 0;
		if (p[i].kind != PART_LIT)
			prevc = -1;
		else if (l)
			prevc = (unsigned char)p[i].text[l - 1];
	}
	x->depth--;
}

void expand_parts(struct xp *x, struct sink *s, const struct part *p, size_t n,
		  enum ctx ctx, bool leading_tilde)
{
	const struct tilde lead = { .mode = TILDE_LEAD };
	parts_walk(x, s, p, n, ctx, leading_tilde ? &lead : &no_tilde);
}

const char *expand_operand(struct xp *x, const struct word *w, enum sink_mode mode,
			   enum ctx ctx, bool tilde, size_t *len, bool *dyn)
{
	struct sink s;
	sink_init(&s, mode);
	bool saved = x->dyn;
	x->dyn = false;
	if (w && w->parts)
		expand_parts(x, &s, w->parts, w->nparts, ctx, tilde);
	*dyn = x->dyn;
	x->dyn = saved;
	return sink_string(x, &s, len);
}

/* A run of adjacent literal parts from p[i] as one part in *q. */
static size_t merge_run(struct xp *x, const struct part *p, size_t n, size_t i, struct part *q)
{
	size_t total = 0, j = i;
	for (; j < n && p[j].kind == PART_LIT; j++)
		total += part_text_len(&p[j]);
	*q = p[i];
	char *t = arena_alloc(x->a, total + 1); /* zeroed: NUL-terminated */
	if (!t) {
		xp_fail(x, "out of memory");
		return j;
	}
	for (size_t k = i, at = 0; k < j; k++) {
		size_t l = part_text_len(&p[k]);
		if (l)
			memcpy(t + at, p[k].text, l);
		at += l;
	}
	q->text = t;
	q->len = total;
	q->end = p[j - 1].end;
	return j;
}

/* Adjacent literal parts merged, empty ones dropped, so that a '~' or an
 * assignment's name is always seen whole. */
static const struct part *merge_lits(struct xp *x, const struct part *p, size_t n, size_t *nout)
{
	bool need = false;
	for (size_t i = 0; i < n; i++)
		need |= p[i].kind == PART_LIT &&
			(!part_text_len(&p[i]) || (i && p[i - 1].kind == PART_LIT));
	*nout = n;
	if (!need)
		return p;
	struct part *q = arena_alloc(x->a, n * sizeof(*q));
	if (!q) {
		xp_fail(x, "out of memory");
		*nout = 0;
		return p;
	}
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		if (p[i].kind != PART_LIT) {
			q[k++] = p[i++];
			continue;
		}
		i = merge_run(x, p, n, i, &q[k]);
		k += q[k].len > 0; /* an empty run is dropped */
	}
	*nout = k;
	return q;
}

/* ---- the public functions ------------------------------------------------ */

static const char *src_of(const struct word *w)
{
	return w && w->src ? w->src : "";
}

static int fields_result(struct xp *x, const struct word *w, struct sink *s,
			 struct fields *out, const char **err)
{
	if (x->failed) {
		*err = x->err;
		return -1;
	}
	if (x->dyn) {
		out->v = arena_alloc(x->a, sizeof(*out->v));
		if (!out->v) {
			*err = "out of memory";
			return -1;
		}
		out->v[0] = (struct field){ src_of(w), FIELD_DYNAMIC };
		out->n = 1;
		return 0;
	}
	out->v = s->v;
	out->n = s->n;
	return 0;
}

/* A command or process substitution anywhere in reach: the word is not
 * known, whatever else it holds (decided first, so that its known parts
 * cannot hit a limit). */
static bool has_subst(const struct part *p, size_t n, int depth)
{
	for (size_t i = 0; p && i < n && depth < EXPAND_MAX_DEPTH; i++) {
		if (p[i].kind == PART_CMDSUB || p[i].kind == PART_PROCSUB)
			return true;
		if (p[i].kind == PART_DQUOTE && has_subst(p[i].parts, p[i].nparts, depth + 1))
			return true;
	}
	return false;
}

int expand_word(arena *a, const struct word *w, const struct expand_env *env,
		struct fields *out, const char **err)
{
	const char *dummy;
	err = err ? err : &dummy;
	*out = (struct fields){ NULL, 0 };
	*err = NULL;
	if (!w || !w->parts || !w->nparts)
		return 0;
	struct xp x;
	xp_init(&x, a, env);
	x.dyn = has_subst(w->parts, w->nparts, 0);
	struct brace_words bw;
	int rc = brace_expand(a, w, EXPAND_MAX_FIELDS, EXPAND_MAX_LEN, &bw, err);
	if (rc == BRACE_ERROR)
		return -1;
	struct sink s;
	sink_init(&s, SINK_FIELDS);
	const struct tilde lead = { .mode = TILDE_LEAD };
	if (rc == BRACE_DYNAMIC) {
		x.dyn = true; /* still walked, for ${x:=...} side effects */
		parts_walk(&x, &s, w->parts, w->nparts, CTX_WORD, &lead);
	}
	for (size_t i = 0; rc == BRACE_OK && i < bw.n && !x.failed; i++) {
		size_t n;
		const struct part *p = merge_lits(&x, bw.v[i].parts, bw.v[i].nparts, &n);
		struct tilde t = lead;
		/* bash drops the assignment flag of a word that brace expansion changed */
		if (!bw.changed && tilde_assign_like(p, n, &t))
			t.mode = TILDE_ASSIGN;
		parts_walk(&x, &s, p, n, CTX_WORD, &t);
		sink_end(&x, &s);
	}
	return fields_result(&x, w, &s, out, err);
}

static int string_result(struct xp *x, const struct word *w, struct sink *s,
			 const char **out, bool *dynamic, const char **err)
{
	if (x->failed) {
		*err = x->err;
		return -1;
	}
	*dynamic = x->dyn;
	*out = x->dyn ? src_of(w) : sink_string(x, s, NULL);
	if (x->failed) {
		*err = x->err;
		return -1;
	}
	return 0;
}

int expand_word_single(arena *a, const struct word *w, const struct expand_env *env,
		       const char **out, bool *dynamic, const char **err)
{
	const char *dummy;
	err = err ? err : &dummy;
	*out = "";
	*dynamic = false;
	*err = NULL;
	if (!w || !w->parts)
		return 0;
	struct xp x;
	xp_init(&x, a, env);
	x.dyn = has_subst(w->parts, w->nparts, 0);
	size_t n;
	const struct part *p = merge_lits(&x, w->parts, w->nparts, &n);
	struct tilde t = { .mode = TILDE_SINGLE };
	tilde_assign_like(p, n, &t);
	struct sink s;
	sink_init(&s, SINK_STRING);
	parts_walk(&x, &s, p, n, CTX_WORD, &t);
	return string_result(&x, w, &s, out, dynamic, err);
}

int expand_heredoc(arena *a, const struct word *body, const struct expand_env *env,
		   const char **out, bool *dynamic, const char **err)
{
	const char *dummy;
	err = err ? err : &dummy;
	*out = "";
	*dynamic = false;
	*err = NULL;
	if (!body || !body->parts)
		return 0;
	struct xp x;
	xp_init(&x, a, env);
	x.dyn = has_subst(body->parts, body->nparts, 0);
	struct sink s;
	sink_init(&s, SINK_STRING);
	parts_walk(&x, &s, body->parts, body->nparts, CTX_DQUOTE, &no_tilde);
	return string_result(&x, body, &s, out, dynamic, err);
}

static bool no_expansion(const struct part *p, size_t n, int depth)
{
	if (depth > EXPAND_MAX_DEPTH)
		return false;
	for (size_t i = 0; p && i < n; i++) {
		if (p[i].kind == PART_PARAM || p[i].kind == PART_CMDSUB ||
		    p[i].kind == PART_ARITH || p[i].kind == PART_PROCSUB)
			return false;
		if (p[i].kind == PART_DQUOTE && !no_expansion(p[i].parts, p[i].nparts, depth + 1))
			return false;
	}
	return true;
}

bool word_is_literal(const struct word *w)
{
	if (!w || !no_expansion(w->parts, w->nparts, 0))
		return false;
	struct sink s;
	sink_init(&s, SINK_FIELDS);
	int prev = -1;
	for (size_t i = 0; w->parts && i < w->nparts; i++) {
		const struct part *p = &w->parts[i];
		size_t len = p->kind == PART_LIT ? part_text_len(p) : 0;
		if (p->kind != PART_LIT)
			s.prev = 0;
		for (size_t j = 0; j < len; j++) {
			int c = (unsigned char)p->text[j];
			/* a leading '~', or one an assignment-like word expands */
			if (c == '~' && ((i == 0 && j == 0) || prev == ':' || prev == '='))
				return false;
			sink_note_glob(&s, c);
			prev = c;
		}
		if (p->kind != PART_LIT)
			prev = -1;
	}
	return !s.glob && !brace_would_expand(w);
}
