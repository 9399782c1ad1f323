/*
 * policy_kinds.c - the pattern kinds that know a tool or the environment:
 * aws: (operation classes), git: (subcommand classes), option: (global
 * options), program-path: (where the program lives) and assign:
 * (variables a command sets).  See PATTERNS in guard.yaml.5 and
 * policy_int.h for the matcher contract.
 *
 * The class kinds return the set of classes the command may have: one for
 * a command written out, more when a word is known only at run time.  A
 * pattern matches when every class of the set is listed, does not when
 * none is, and cannot tell otherwise, which the judge resolves towards
 * deny.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "aws_ops.h"
#include "aws_ops_int.h"
#include "canon.h"
#include "git_class.h"
#include "glob.h"
#include "policy_int.h"
#include "writes.h"

#define AWS_ALL ((1u << (AWS_SIDE_EFFECT_READ + 1)) - 1)
#define OPTION_SKELETON "--generate-cli-skeleton"

/* 1 when every class of have is in want, 0 when none is, else -1. */
static int set_match(unsigned have, unsigned want)
{
	if (!(have & ~want))
		return 1;
	return have & want ? -1 : 0;
}

static bool uncertain(const struct subject *s, size_t i)
{
	return s->fl && (s->fl[i] & UNCERTAIN);
}

/* ---- aws: [classes] --------------------------------------------------------- */

const char *compile_aws(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int c = aws_class_from_name(items[i]);
		if (c < 0)
			return arena_printf(mem, "unknown AWS operation class '%s' (expected read, "
					    "mutate, sensitive-read, side-effect-read or unknown)",
					    items[i]);
		p->u.set.mask |= 1u << c;
	}
	p->prog = "aws";
	return NULL;
}

/* Is svc a top-level command of the table?  `aws SVC help` is local
 * documentation for one, and whatever an alias runs for anything else.
 * aws_ops.h has no such call: this reads the table's service list. */
static bool service_known(const char *svc)
{
	size_t lo = 0, hi = aws_ops_nsvc;
	if (svc[0] == '<')      /* "<any>", the table's wildcard row */
		return false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = strcmp(svc, aws_ops_text + aws_ops_svc[mid].name);
		if (r == 0)
			return true;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* `aws` without a service: `aws --version` prints and exits (read);
 * anything else is a usage error, or the interactive prompt. */
static unsigned aws_bare(const struct cmd *c)
{
	bool version = false;
	for (size_t i = 1; i < c->argc; i++) {
		if (c->flags && (c->flags[i] & UNCERTAIN))
			return AWS_ALL;
		if (!strncmp(c->argv[i], "--cli-a", 7))
			return 1u << AWS_UNKNOWN;
		version = version || !strcmp(c->argv[i], "--version");
	}
	return 1u << (version ? AWS_READ : AWS_UNKNOWN);
}

/* After the operation: a `help` positional shows its documentation, and
 * --generate-cli-skeleton prints a template; neither calls AWS. */
static bool aws_no_call(const struct subject *s, size_t next)
{
	const size_t k = sizeof(OPTION_SKELETON) - 1;
	if (next < s->n && !uncertain(s, next) && !strcmp(s->w[next], "help"))
		return true;
	for (size_t i = next; i < s->n; i++)
		if (!uncertain(s, i) && !strncmp(s->w[i], OPTION_SKELETON, k) &&
		    (s->w[i][k] == '\0' || s->w[i][k] == '='))
			return true;
	return false;
}

/* The classes of canonical `aws SERVICE OPERATION [SUB] ...` (canon.h has
 * put the service and the operation first); *what names the operation. */
static unsigned aws_classes(struct subject *s, const char **what, const char **why)
{
	if (s->n < 2 || s->w[1][0] == '-')
		return aws_bare(s->c);
	if (uncertain(s, 1))
		return AWS_ALL;
	const char *svc = s->w[1], *op = "";
	size_t next = 2;
	if (strcmp(svc, "help") != 0 && s->n > 2 && s->w[2][0] != '-') {
		if (uncertain(s, 2))
			return AWS_ALL;
		op = s->w[2];
		next = 3;
	}
	*what = op;
	if (!strcmp(op, "help"))
		return 1u << (service_known(svc) ? AWS_READ : AWS_UNKNOWN);
	enum aws_class c = aws_op_class(svc, op, why);
	/* nested commands: `wait function-exists`, `wizard new-function` */
	if (c == AWS_UNKNOWN && *op && next < s->n && s->w[next][0] != '-') {
		if (uncertain(s, next))
			return AWS_ALL;
		op = arena_printf(s->mem, "%s %s", op, s->w[next]);
		if (!op)
			return AWS_ALL;
		*what = op;
		c = aws_op_class(svc, op, why);
		next++;
	}
	if (c != AWS_UNKNOWN && aws_no_call(s, next)) {
		c = AWS_READ;
		*why = "no call to AWS";
	}
	return 1u << c;
}

int match_aws(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const char *op = "", *why = NULL;
	if (s->n == 0 || strcmp(s->w[0], "aws") != 0)
		return 0;
	unsigned have = aws_classes(s, &op, &why);
	int r = set_match(have, p->u.set.mask);
	if (!r || s->n < 2 || have == AWS_ALL || uncertain(s, 1))
		return r;
	const char *svc = s->w[1];
	if (!service_known(svc) && strcmp(svc, "help") != 0)
		op = "";        /* the words after an unknown command mean nothing yet */
	if (why)
		s->found = arena_printf(s->mem, "aws %s%s%s is %s (%s)", svc, *op ? " " : "", op,
					aws_class_name((enum aws_class)__builtin_ctz(have)), why);
	else
		s->found = arena_printf(s->mem, "aws %s%s%s is not an AWS CLI command guard knows "
					"(a newer CLI's, a typo or an alias)", svc, *op ? " " : "", op);
	return r;
}

/* ---- git: [classes] ---------------------------------------------------------- */

const char *compile_git(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int c = git_class_from_name(items[i]);
		if (c < 0)
			return arena_printf(mem, "unknown git class '%s' (expected read-only, "
					    "local-mutating, destructive, push, exec or unknown)",
					    items[i]);
		p->u.set.mask |= 1u << c;
	}
	p->prog = "git";
	return NULL;
}

int match_git(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	if (s->n == 0 || strcmp(s->w[0], "git") != 0)
		return 0;
	unsigned have = git_classes(s->w + 1, s->fl ? s->fl + 1 : NULL, s->n - 1);
	int r = set_match(have, p->u.set.mask);
	if (r && s->n > 1 && !uncertain(s, 1) && !(have & (have - 1)))
		s->found = arena_printf(s->mem, "git %s (%s)", s->w[1],
					git_class_name((enum git_class)__builtin_ctz(have)));
	return r;
}

/* ---- option: "PROGRAM --option ..." ------------------------------------------ */

const char *compile_option(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	const char *t = items[0], *w[64];
	size_t k = 0;
	while (*t) {
		size_t l = strcspn(t, " \t\n\r");
		if (l && k == 64)
			return "more than 63 options in one pattern";
		if (l && !(w[k++] = arena_strndup(mem, t, l)))
			return "policy too large";
		t += l + (t[l] != '\0');
	}
	if (k < 2)
		return "option: give the program and at least one option: \"aws --profile\"";
	if (strcmp(canon_prog(w[0]), w[0]) || !canon_has_option(w[0], w[1]) ||
	    !(p->u.list.v = arena_alloc(mem, k * sizeof(*w))))
		return arena_printf(mem, "option: '%s' is not a global option of %s guard knows "
				    "(see CANONICAL ARGV in guard.yaml.5)", w[1], w[0]);
	for (size_t i = 1; i < k; i++) {
		if (!canon_has_option(w[0], w[i]))
			return arena_printf(mem, "option: '%s' is not a global option of %s guard "
					    "knows (see CANONICAL ARGV in guard.yaml.5)", w[i], w[0]);
		p->u.list.v[p->u.list.n++] = w[i];
	}
	p->prog = w[0];
	return NULL;
}

int match_option(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const struct cmd *c = s->c;
	return canon_uses_option(c->argv, c->flags, c->argc, p->u.list.v, p->u.list.n);
}

/* ---- globs with exceptions: program-path:, assign:, writes: ------------------- */

const char *compile_globs(arena *mem, struct pat *p, const char *const *items, size_t n,
			  bool home)
{
	const char **v = arena_alloc(mem, n * sizeof(*v)), *hd = getenv("HOME");
	unsigned char *neg = arena_alloc(mem, n);
	size_t off;
	if (!v || !neg)
		return "policy too large";
	for (size_t i = 0; i < n; i++) {
		const char *g = items[i], *msg;
		bool no = g[0] == '!';
		g += no;
		if (!*g)
			return "empty item";
		if (home && g[0] == '~' && (!g[1] || g[1] == '/')) {
			if (!hd || hd[0] != '/') {
				p->u.list.nohome = true;        /* no such place to match */
				continue;
			}
			g = arena_concat(mem, strcmp(hd, "/") ? hd : "", g + 1);
			if (!g)
				return "policy too large";
		}
		if ((msg = glob_check(g, &off)) != NULL)
			return arena_printf(mem, "'%s': %s", items[i], msg);
		neg[p->u.list.n] = no;
		v[p->u.list.n++] = g;
	}
	p->u.list.v = v;
	p->u.list.neg = neg;
	return NULL;
}

/* 1 when a glob of p matches s and no exception does, 0 when not. */
static bool in_globs(const struct pat *p, const char *s)
{
	bool hit = false;
	for (uint32_t i = 0; i < p->u.list.n; i++) {
		if (glob_match(p->u.list.v[i], s)) {
			if (p->u.list.neg[i])
				return false;
			hit = true;
		}
	}
	return hit;
}

/* ---- program-path: [globs] ----------------------------------------------------- */

const char *compile_progpath(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	const char *msg = compile_globs(mem, p, items, n, true);
	for (uint32_t i = 0; !msg && i < p->u.list.n; i++)
		if (p->u.list.v[i][0] != '/')
			return arena_printf(mem, "program-path: '%s' is not an absolute path",
					    p->u.list.v[i]);
	return msg;
}

bool has_dotdot(const char *path)
{
	for (const char *s = path; (s = strstr(s, "..")) != NULL; s += 2)
		if ((s == path || s[-1] == '/') && (!s[2] || s[2] == '/'))
			return true;
	return false;
}

/* A program named by a path: the path as written (made absolute and
 * normalized when it is) and the file it resolves to now. */
int match_progpath(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const struct cmd *c = s->c;
	char real[PATH_MAX];
	if (c->argc == 0 || !strchr(c->argv[0], '/'))
		return 0;
	const char *a0 = c->argv[0], *norm = NULL;
	s->found = a0;
	if (a0[0] == '/' && (!(norm = writes_resolve(s->mem, NULL, a0)) || in_globs(p, norm)))
		return 1;
	/* A relative path is taken from guard's own directory, which in shell
	 * mode is the shell's until the line changes it (struct cmd has no
	 * directory of its own). */
	return realpath(a0, real) && in_globs(p, real);
}

/* ---- assign: [NAME globs, NAME=VALUE globs, !exceptions] ----------------------- */

const char *compile_assign(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (items[i][items[i][0] == '!'] == '=')
			return arena_printf(mem, "assign: '%s' has no variable name", items[i]);
	return compile_globs(mem, p, items, n, false);
}

/* Does item g (a NAME glob, or NAME=VALUE) match the assignment of value
 * (NULL: none, or known only at run time when dyn) to name?  -1: cannot
 * tell. */
static int assign_item(const char *g, const char *name, const char *value, bool dyn, arena *mem)
{
	const char *eq = strchr(g, '=');
	if (!eq)
		return glob_match(g, name);
	char *ng = arena_strndup(mem, g, (size_t)(eq - g));
	if (!ng || !glob_match(ng, name))
		return ng ? 0 : -1;
	if (dyn)
		return -1;
	return glob_match(eq + 1, value ? value : "");
}

/* Split "NAME=value", "NAME+=value", "NAME[i]=value" into its variable
 * name and value; the name is NULL when it is not written out. */
static const char *assign_name(arena *mem, const char *a, const char **value)
{
	const char *eq = strchr(a, '='), *end;
	*value = eq ? eq + 1 : NULL;
	end = eq ? eq : a + strlen(a);
	if (end > a && end[-1] == '+')
		end--;
	for (const char *c = a; c < end; c++) {
		if (*c == '[') {
			end = c;
			break;
		}
		if (strchr("$`\"'\\", *c))
			return NULL;    /* not written out: a quote or an expansion */
	}
	if (end == a)
		return NULL;
	return arena_strndup(mem, a, (size_t)(end - a));
}

/* One assignment against the items of p; *name gets its variable name. */
static int assign_one(const struct pat *p, const char *a, bool dyn, arena *mem,
		      const char **name)
{
	const char *value;
	int pos = 0, neg = 0;
	if (!a || !(*name = assign_name(mem, a, &value)))
		return -1;
	for (uint32_t i = 0; i < p->u.list.n; i++) {
		int r = assign_item(p->u.list.v[i], *name, value, dyn, mem);
		int *acc = p->u.list.neg[i] ? &neg : &pos;
		if (r == 1 || (r < 0 && *acc == 0))
			*acc = r;
	}
	if (neg == 1 || pos == 0)
		return 0;
	return pos == 1 && neg == 0 ? 1 : -1;
}

int match_assign(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const struct cmd *c = s->c;
	int r = 0;
	for (size_t i = 0; i < c->nassigns && r < 1; i++) {
		bool dyn = c->assign_flags && (c->assign_flags[i] & UNCERTAIN);
		const char *name = NULL;
		int k = assign_one(p, c->assigns[i], dyn, s->mem, &name);
		if (k) {
			r = k;
			s->found = name ? name : "a variable";
		}
	}
	return r;
}
