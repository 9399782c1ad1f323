/*
 * canon.c - see canon.h.
 *
 * Each program that hides its meaning behind options gets one table entry:
 * its global options (name and how it takes a value) and the way its own
 * parser treats them.  Two parsers are modelled:
 *   - OPTS_ANYWHERE: Python argparse with parse_known_args (aws): a global
 *     option may come anywhere, long options abbreviate to any unique
 *     prefix, and the first positionals (service, operation) are found
 *     after removing them;
 *   - OPTS_LEADING: git's handle_options(): exact names, only before the
 *     subcommand; an unknown option stops the scan (the program will fail
 *     on it anyway).
 *
 * Every output word is one of the input strings, a suffix of argv[0], or
 * a word from the tables; words are never rewritten, so a caller can map an
 * output word back to its input by address.  Whenever the real program
 * would refuse the command line (ambiguous abbreviation, unknown option,
 * missing value), the exact output does not matter: nothing runs.  What
 * matters is never to consume a word the program would run as its
 * subcommand.
 */
#include "canon.h"

#include <stdbool.h>
#include <string.h>

#include "cmd.h"

enum optval {
	V_NONE,         /* a flag: --debug */
	V_NEXT,         /* value in the next word only: git -C DIR */
	V_NEXT_OR_EQ,   /* --opt VALUE or --opt=VALUE */
	V_EQ,           /* --opt=VALUE only */
	V_OPT_EQ,       /* --opt or --opt=VALUE, never the next word */
	V_SUBCMD,       /* stands for a subcommand: git --version = git version */
};

struct opt {
	const char *name;
	unsigned char val;      /* enum optval */
	const char *word;       /* V_SUBCMD: the subcommand it stands for */
};

enum { OPTS_ANYWHERE, OPTS_LEADING };

struct prog {
	const char *name;
	const char *dashed;     /* "git-": basename git-X means "git X" */
	const struct opt *opts;
	size_t nopts;
	unsigned char where;    /* OPTS_ANYWHERE or OPTS_LEADING */
	bool abbrev;            /* unique prefixes of long options count */
	unsigned char lift;     /* positionals moved to the front (ANYWHERE) */
};

/* aws-taxonomy.md section 4.2; accepted anywhere, abbreviable. */
static const struct opt aws_opts[] = {
	{"--debug", V_NONE, NULL},
	{"--endpoint-url", V_NEXT_OR_EQ, NULL},
	{"--no-verify-ssl", V_NONE, NULL},
	{"--no-paginate", V_NONE, NULL},
	{"--output", V_NEXT_OR_EQ, NULL},
	{"--query", V_NEXT_OR_EQ, NULL},
	{"--profile", V_NEXT_OR_EQ, NULL},
	{"--region", V_NEXT_OR_EQ, NULL},
	{"--version", V_NONE, NULL},
	{"--color", V_NEXT_OR_EQ, NULL},
	{"--no-sign-request", V_NONE, NULL},
	{"--ca-bundle", V_NEXT_OR_EQ, NULL},
	{"--cli-read-timeout", V_NEXT_OR_EQ, NULL},
	{"--cli-connect-timeout", V_NEXT_OR_EQ, NULL},
	{"--cli-binary-format", V_NEXT_OR_EQ, NULL},
	{"--no-cli-pager", V_NONE, NULL},
	{"--cli-auto-prompt", V_NONE, NULL},
	{"--no-cli-auto-prompt", V_NONE, NULL},
	{"--cli-error-format", V_NEXT_OR_EQ, NULL},
	{"--v2-debug", V_NONE, NULL},
};

/* aws-taxonomy.md section 5.1 (git.c handle_options); exact names. */
static const struct opt git_opts[] = {
	{"-C", V_NEXT, NULL},
	{"-c", V_NEXT, NULL},
	{"--config-env", V_NEXT_OR_EQ, NULL},
	{"--exec-path", V_OPT_EQ, NULL},
	{"--git-dir", V_NEXT_OR_EQ, NULL},
	{"--work-tree", V_NEXT_OR_EQ, NULL},
	{"--namespace", V_NEXT_OR_EQ, NULL},
	{"--super-prefix", V_NEXT_OR_EQ, NULL},
	{"--attr-source", V_NEXT_OR_EQ, NULL},
	{"--shallow-file", V_NEXT, NULL},
	{"--list-cmds", V_EQ, NULL},
	{"--html-path", V_NONE, NULL},
	{"--man-path", V_NONE, NULL},
	{"--info-path", V_NONE, NULL},
	{"-p", V_NONE, NULL},
	{"--paginate", V_NONE, NULL},
	{"-P", V_NONE, NULL},
	{"--no-pager", V_NONE, NULL},
	{"--bare", V_NONE, NULL},
	{"--no-replace-objects", V_NONE, NULL},
	{"--no-lazy-fetch", V_NONE, NULL},
	{"--no-optional-locks", V_NONE, NULL},
	{"--no-advice", V_NONE, NULL},
	{"--literal-pathspecs", V_NONE, NULL},
	{"--no-literal-pathspecs", V_NONE, NULL},
	{"--glob-pathspecs", V_NONE, NULL},
	{"--noglob-pathspecs", V_NONE, NULL},
	{"--icase-pathspecs", V_NONE, NULL},
	{"-v", V_SUBCMD, "version"},
	{"--version", V_SUBCMD, "version"},
	{"-h", V_SUBCMD, "help"},
	{"--help", V_SUBCMD, "help"},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const struct prog progs[] = {
	{"aws", NULL, aws_opts, NELEM(aws_opts), OPTS_ANYWHERE, true, 2},
	{"git", "git-", git_opts, NELEM(git_opts), OPTS_LEADING, false, 0},
};

/* argv[0] reduced to its last path component; a copy only when trailing
 * slashes must go. */
static const char *basename_of(arena *a, const char *s)
{
	size_t n = strlen(s);
	while (n > 1 && s[n - 1] == '/')
		n--;
	size_t start = n;
	while (start > 0 && s[start - 1] != '/')
		start--;
	if (start == n)         /* "/" itself */
		return s;
	if (s[n] == '\0')
		return s + start;
	return arena_strndup(a, s + start, n - start);
}

/* The option word w names (exactly, or as a unique prefix when abbrev),
 * ignoring any "=value"; NULL when none or ambiguous.  *eq points at the
 * '=' or is NULL. */
static const struct opt *find_opt(const struct prog *pg, const char *w, const char **eq)
{
	const struct opt *hit = NULL;
	*eq = strchr(w, '=');
	size_t n = *eq ? (size_t)(*eq - w) : strlen(w);
	for (size_t i = 0; i < pg->nopts; i++) {
		const char *name = pg->opts[i].name;
		if (strlen(name) == n && !memcmp(name, w, n))
			return &pg->opts[i];
	}
	if (!pg->abbrev || n < 3 || strncmp(w, "--", 2) != 0)
		return NULL;
	for (size_t i = 0; i < pg->nopts; i++) {
		if (!strncmp(pg->opts[i].name, w, n)) {
			if (hit)
				return NULL;    /* ambiguous: the program refuses it */
			hit = &pg->opts[i];
		}
	}
	return hit;
}

/* How many words the option at argv[i] spans (1 or 2), or 0 when the word
 * is not one of the program's options in a form the program accepts. */
static size_t opt_span(const struct prog *pg, const char *const *argv, size_t argc,
		       size_t i, const struct opt **op)
{
	const char *eq;
	const struct opt *o = find_opt(pg, argv[i], &eq);
	*op = o;
	if (!o)
		return 0;
	switch (o->val) {
	case V_NONE:
	case V_SUBCMD:
		return eq ? 0 : 1;
	case V_NEXT:
		if (eq)
			return 0;
		return i + 1 < argc ? 2 : 1;
	case V_NEXT_OR_EQ:
		return eq || i + 1 >= argc ? 1 : 2;
	case V_EQ:
		return eq ? 1 : 0;
	default: /* V_OPT_EQ */
		return 1;
	}
}

/* git style: options only before the subcommand. */
static size_t canon_leading(const struct prog *pg, const char *const *argv, size_t argc,
			    const char **res)
{
	size_t i = 1, n = 1;
	while (i < argc && argv[i][0] == '-') {
		const struct opt *o;
		size_t span = opt_span(pg, argv, argc, i, &o);
		if (!span)
			break;
		if (o->val == V_SUBCMD) {
			res[n++] = o->word;
			i++;
			break;
		}
		i += span;
	}
	while (i < argc)
		res[n++] = argv[i++];
	return n;
}

/* argparse style: options anywhere; then the first pg->lift positionals
 * (words not starting with '-') move to the front, as the program finds
 * them there.  A "--" ends the options. */
static size_t canon_anywhere(arena *a, const struct prog *pg, const char *const *argv,
			     size_t argc, const char **res)
{
	bool *drop = arena_alloc(a, argc * sizeof(*drop));
	size_t end = argc, n = 1, lifted = 0;
	if (!drop)
		return 0;
	for (size_t i = 1; i < argc;) {
		const struct opt *o;
		if (!strcmp(argv[i], "--")) {
			end = i;
			break;
		}
		size_t span = strncmp(argv[i], "--", 2) ? 0 : opt_span(pg, argv, argc, i, &o);
		if (!span) {
			i++;
			continue;
		}
		for (size_t k = 0; k < span; k++)
			drop[i + k] = true;
		i += span;
	}
	for (size_t i = 1; i < end && lifted < pg->lift; i++) {
		if (!drop[i] && argv[i][0] != '-') {
			res[n++] = argv[i];
			drop[i] = true;
			lifted++;
		}
	}
	for (size_t i = 1; i < argc; i++)
		if (!drop[i])
			res[n++] = argv[i];
	return n;
}

static const struct prog *lookup(const char *name, const char **dashed_rest)
{
	*dashed_rest = NULL;
	for (size_t i = 0; i < NELEM(progs); i++) {
		const struct prog *pg = &progs[i];
		if (!strcmp(name, pg->name))
			return pg;
		size_t dl = pg->dashed ? strlen(pg->dashed) : 0;
		if (dl && !strncmp(name, pg->dashed, dl) && name[dl]) {
			*dashed_rest = name + dl;
			return pg;
		}
	}
	return NULL;
}

const char *canon_prog(const char *name)
{
	const char *rest;
	const struct prog *pg = lookup(name, &rest);
	return pg ? pg->name : name;
}

bool canon_has_option(const char *prog, const char *opt)
{
	const char *rest;
	const struct prog *pg = lookup(prog, &rest);
	for (size_t i = 0; pg && !rest && i < pg->nopts; i++)
		if (!strcmp(pg->opts[i].name, opt))
			return true;
	return false;
}

static bool listed(const struct opt *o, const char *const *opts, size_t nopts)
{
	for (size_t i = 0; i < nopts; i++)
		if (!strcmp(o->name, opts[i]))
			return true;
	return false;
}

/* An aws word known only at run time is an option to argparse when it
 * starts with '-'.  It cannot be one where an option takes it as a value
 * (argparse would refuse the line): after a global option with a value
 * to come, and after an operation option "--name", which takes a value
 * unless it is a flag such as --dry-run -- the one guess made here. */
static int uses_anywhere(const struct prog *pg, const char *const *argv, const unsigned *fl,
			 size_t argc, const char *const *opts, size_t nopts)
{
	bool maybe = false, value_next = false;
	for (size_t i = 1; i < argc; i++) {
		const char *w = argv[i];
		bool uncertain = fl && (fl[i] & (WORD_DYNAMIC | WORD_GLOB));
		bool was_value = value_next;
		value_next = false;
		if (uncertain) {
			maybe = maybe || !was_value;
			continue;
		}
		if (!strcmp(w, "--"))
			break;
		if (strncmp(w, "--", 2) != 0)
			continue;
		const struct opt *o;
		size_t span = opt_span(pg, argv, argc, i, &o);
		if (span && listed(o, opts, nopts))
			return 1;
		if (span == 2)
			i++;
		else if (!span || o->val == V_NEXT_OR_EQ)
			value_next = !strchr(w, '=');
	}
	return maybe ? -1 : 0;
}

/* git: options before the subcommand only; a word known only at run time
 * there could be any option (or the subcommand). */
static int uses_leading(const struct prog *pg, const char *const *argv, const unsigned *fl,
			size_t argc, const char *const *opts, size_t nopts)
{
	for (size_t i = 1; i < argc; i++) {
		const struct opt *o;
		if (fl && (fl[i] & (WORD_DYNAMIC | WORD_GLOB)))
			return -1;
		size_t span = argv[i][0] == '-' ? opt_span(pg, argv, argc, i, &o) : 0;
		if (!span || o->val == V_SUBCMD)
			return 0;
		if (listed(o, opts, nopts))
			return 1;
		i += span - 1;
	}
	return 0;
}

int canon_uses_option(const char *const *argv, const unsigned *flags, size_t argc,
		      const char *const *opts, size_t nopts)
{
	const char *rest;
	if (argc == 0)
		return 0;
	const char *b = strrchr(argv[0], '/');
	const struct prog *pg = lookup(b ? b + 1 : argv[0], &rest);
	if (!pg || rest)
		return 0;
	if (pg->where == OPTS_LEADING)
		return uses_leading(pg, argv, flags, argc, opts, nopts);
	return uses_anywhere(pg, argv, flags, argc, opts, nopts);
}

int canon_argv(arena *a, const char *const *argv, size_t argc,
	       const char ***out, size_t *outc)
{
	/* One more slot than argc: "git-push" becomes two words. */
	const char **res = arena_alloc(a, (argc + 2) * sizeof(*res));
	const char *rest;
	size_t n = 0;

	if (!res)
		return -1;
	if (argc > 0) {
		const char *name = basename_of(a, argv[0]);
		if (!name)
			return -1;
		const struct prog *pg = lookup(name, &rest);
		res[0] = pg ? pg->name : name;
		if (!pg) {
			for (n = 1; n < argc; n++)
				res[n] = argv[n];
		} else if (rest) {
			/* git-X: the builtin X directly, no global options */
			res[1] = rest;
			for (n = 2; n <= argc; n++)
				res[n] = argv[n - 1];
		} else if (pg->where == OPTS_LEADING) {
			n = canon_leading(pg, argv, argc, res);
		} else if (!(n = canon_anywhere(a, pg, argv, argc, res))) {
			return -1;
		}
	}
	res[n] = NULL;
	*out = res;
	*outc = n;
	return 0;
}
