/*
 * git_class.c - see git_class.h.
 *
 * Each subcommand is one table entry: its class bare (or with options
 * only), its class once it has positionals (`branch NEW`), the options
 * that change the class, and its second words (`stash drop`), which are
 * entries of their own.  An option either
 *   RAISE  raises the class to its own when that is worse (`reset --hard`),
 *   BASE   replaces the class the positionals gave (`branch -l PATTERN` is
 *          a listing, `checkout -b NEW` creates), raises still apply, or
 *   FINAL  decides whatever else is there (`clean -n` is a dry run),
 *   VAL    changes nothing but takes a value (`config --file F`), which
 *          then is not a positional.
 * git's parse-options takes unique prefixes of long options (`--har`), so
 * a RAISE option matches any prefix of three or more characters; an
 * option that lowers the class matches only in full: an abbreviation git
 * would refuse as ambiguous must never lower it.
 */
#include "git_class.h"

#include <stdbool.h>
#include <string.h>

#include "cmd.h"

#define R GIT_READ
#define L GIT_LOCAL
#define D GIT_DESTRUCTIVE
#define P GIT_PUSH
#define X GIT_EXEC

enum { RAISE, BASE, FINAL, VAL };

struct gflag {
	const char *name;       /* "-f" (also inside "-df"), "--force"; with '=': this word */
	unsigned char cls;
	unsigned char how;      /* RAISE, BASE, FINAL, VAL */
	bool val;               /* long: takes the next word unless written with '=' */
};

struct gcmd {
	const char *name;
	unsigned char cls;      /* bare, or with options only */
	unsigned char pos;      /* with at least npos positionals; 0: stays cls */
	unsigned char npos;     /* 0 means 1 */
	bool url;               /* positionals may be transport URLs (ext::, fd::) */
	const char *sval;       /* short options whose value follows */
	const struct gflag *flags;      /* ends with a NULL name */
	const struct gcmd *modes;       /* second words; ends with a NULL name */
};

/* ---- options ---------------------------------------------------------------- */

/* No options of its own: NULL rather than an empty table, so that the
 * hundreds of entries without any need no relocation at start-up. */
#define f_none NULL
static const struct gflag f_output[] = {{"--output", L, RAISE, true}, {NULL, 0, 0, 0}};
static const struct gflag f_force[] = {
	{"-f", D, RAISE, 0}, {"--force", D, RAISE, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_dry[] = {
	{"-n", R, FINAL, 0}, {"--dry-run", R, FINAL, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_upload[] = {
	{"--upload-pack", X, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_branch[] = {
	{"-l", R, BASE, 0}, {"--list", R, BASE, 0}, {"-a", R, BASE, 0}, {"--all", R, BASE, 0},
	{"-r", R, BASE, 0}, {"--remotes", R, BASE, 0}, {"-v", R, BASE, 0},
	{"--verbose", R, BASE, 0}, {"--contains", R, BASE, true},
	{"--no-contains", R, BASE, true}, {"--merged", R, BASE, true},
	{"--no-merged", R, BASE, true}, {"--points-at", R, BASE, true},
	{"--show-current", R, BASE, 0}, {"--format", R, BASE, true}, {"--sort", R, BASE, true},
	{"--column", R, BASE, 0}, {"--no-column", R, BASE, 0}, {"-i", R, BASE, 0},
	{"--ignore-case", R, BASE, 0}, {"--omit-empty", R, BASE, 0},
	{"-d", L, RAISE, 0}, {"--delete", L, RAISE, 0}, {"-m", L, RAISE, 0},
	{"--move", L, RAISE, 0}, {"-c", L, RAISE, 0}, {"--copy", L, RAISE, 0},
	{"-u", L, RAISE, 0}, {"--set-upstream-to", L, RAISE, true},
	{"--unset-upstream", L, RAISE, 0}, {"--edit-description", L, RAISE, 0},
	{"-t", L, RAISE, 0}, {"--track", L, RAISE, 0}, {"--no-track", L, RAISE, 0},
	{"--create-reflog", L, RAISE, 0}, {"--recurse-submodules", L, RAISE, 0},
	{"-D", D, RAISE, 0}, {"-M", D, RAISE, 0}, {"-C", D, RAISE, 0},
	{"-f", D, RAISE, 0}, {"--force", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_tag[] = {
	{"-l", R, BASE, 0}, {"--list", R, BASE, 0}, {"-n", R, BASE, 0},
	{"--contains", R, BASE, true}, {"--no-contains", R, BASE, true},
	{"--merged", R, BASE, true}, {"--no-merged", R, BASE, true},
	{"--points-at", R, BASE, true}, {"--sort", R, BASE, true}, {"--format", R, BASE, true},
	{"--column", R, BASE, 0}, {"-i", R, BASE, 0}, {"--ignore-case", R, BASE, 0},
	{"-v", R, BASE, 0}, {"--verify", R, BASE, 0},
	{"-a", L, RAISE, 0}, {"--annotate", L, RAISE, 0}, {"-s", L, RAISE, 0},
	{"--sign", L, RAISE, 0}, {"-u", L, RAISE, 0}, {"--local-user", L, RAISE, true},
	{"-m", L, RAISE, 0}, {"--message", L, RAISE, true}, {"-F", L, RAISE, 0},
	{"--file", L, RAISE, true}, {"-e", L, RAISE, 0}, {"--edit", L, RAISE, 0},
	{"--create-reflog", L, RAISE, 0}, {"--trailer", L, RAISE, true},
	{"-d", D, RAISE, 0}, {"--delete", D, RAISE, 0}, {"-f", D, RAISE, 0},
	{"--force", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_config[] = {
	{"--get", R, BASE, 0}, {"--get-all", R, BASE, 0}, {"--get-regexp", R, BASE, 0},
	{"--get-urlmatch", R, BASE, 0}, {"--get-color", R, BASE, 0},
	{"--get-colorbool", R, BASE, 0}, {"-l", R, BASE, 0}, {"--list", R, BASE, 0},
	{"--file", 0, VAL, true}, {"--blob", 0, VAL, true}, {"--default", 0, VAL, true},
	{"--add", L, RAISE, 0}, {"--unset", L, RAISE, 0}, {"--replace-all", L, RAISE, 0},
	{"--rename-section", L, RAISE, 0}, {"--comment", L, RAISE, true},
	{"--unset-all", D, RAISE, 0}, {"--remove-section", D, RAISE, 0},
	{"-e", D, RAISE, 0}, {"--edit", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_checkout[] = {
	{"-b", L, BASE, 0}, {"--detach", L, BASE, 0}, {"--orphan", L, BASE, true},
	{"-t", L, BASE, 0}, {"--track", L, BASE, 0},
	{"-B", D, RAISE, 0}, {"-f", D, RAISE, 0}, {"--force", D, RAISE, 0},
	{"-p", D, RAISE, 0}, {"--patch", D, RAISE, 0}, {"--ours", D, RAISE, 0},
	{"--theirs", D, RAISE, 0}, {"-m", D, RAISE, 0}, {"--merge", D, RAISE, 0},
	{"--pathspec-from-file", D, RAISE, true}, {"--", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_switch[] = {
	{"-c", L, BASE, 0}, {"--create", L, BASE, true}, {"--detach", L, BASE, 0},
	{"-d", L, BASE, 0}, {"--orphan", L, BASE, true},
	{"-C", D, RAISE, 0}, {"--force-create", D, RAISE, true}, {"-f", D, RAISE, 0},
	{"--force", D, RAISE, 0}, {"--discard-changes", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_restore[] = {
	{"-S", L, BASE, 0}, {"--staged", L, BASE, 0}, {"--source", 0, VAL, true},
	{"-W", D, RAISE, 0}, {"--worktree", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_reset[] = {
	{"--hard", D, RAISE, 0}, {"--merge", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_clean[] = {
	{"-n", R, FINAL, 0}, {"--dry-run", R, FINAL, 0}, {"-i", D, RAISE, 0},
	{"--interactive", D, RAISE, 0}, {"--exclude", D, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_rm[] = {
	{"--cached", L, BASE, 0}, {"-f", D, RAISE, 0}, {"--force", D, RAISE, 0},
	{"-n", R, FINAL, 0}, {"--dry-run", R, FINAL, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_mv[] = {
	{"-f", D, RAISE, 0}, {"--force", D, RAISE, 0}, {"-n", R, FINAL, 0},
	{"--dry-run", R, FINAL, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_push[] = {
	{"--receive-pack", X, RAISE, true}, {"--exec", X, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_clone[] = {
	{"--template", X, RAISE, true}, {"-u", X, RAISE, 0}, {"--upload-pack", X, RAISE, true},
	{"-c", X, RAISE, 0}, {"--config", X, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_init[] = {{"--template", X, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_archive[] = {
	{"-o", L, RAISE, 0}, {"--output", L, RAISE, true}, {"--exec", X, RAISE, true},
	{"--remote", R, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_grep[] = {
	{"-O", X, RAISE, 0}, {"--open-files-in-pager", X, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_rebase[] = {
	{"-x", X, RAISE, 0}, {"--exec", X, RAISE, true}, {NULL, 0, 0, 0}};

static const struct gflag f_format_patch[] = {
	{"--stdout", R, BASE, 0}, {"-o", L, RAISE, 0}, {"--output-directory", L, RAISE, true},
	{NULL, 0, 0, 0}};

static const struct gflag f_apply[] = {
	{"--check", R, BASE, 0}, {"--stat", R, BASE, 0}, {"--numstat", R, BASE, 0},
	{"--summary", R, BASE, 0}, {"--apply", L, RAISE, 0}, {"--index", L, RAISE, 0},
	{"--cached", L, RAISE, 0}, {"-3", L, RAISE, 0}, {"--3way", L, RAISE, 0},
	{NULL, 0, 0, 0}};

static const struct gflag f_gc[] = {
	{"--prune=now", D, RAISE, 0}, {"--prune=all", D, RAISE, 0}, {NULL, 0, 0, 0}};

static const struct gflag f_help[] = {{"-w", X, RAISE, 0}, {"--web", X, RAISE, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_fsck[] = {{"--lost-found", L, RAISE, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_hash[] = {{"-w", L, RAISE, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_trailers[] = {{"--in-place", L, RAISE, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_symref[] = {
	{"-d", D, RAISE, 0}, {"--delete", D, RAISE, 0}, {NULL, 0, 0, 0}};
static const struct gflag f_read_tree[] = {{"--reset", D, RAISE, 0}, {NULL, 0, 0, 0}};

/* ---- second words ------------------------------------------------------------ */

#define END {NULL, 0, 0, 0, 0, NULL, NULL, NULL}
#define M(n, c) {n, c, 0, 0, 0, NULL, f_none, NULL}
#define MF(n, c, f) {n, c, 0, 0, 0, NULL, f, NULL}

static const struct gcmd m_remote[] = {
	M("add", L), M("rename", L), M("remove", L), M("rm", L), M("set-head", L),
	M("set-branches", L), M("set-url", L), M("get-url", R), M("show", R), M("prune", L),
	M("update", L), END};
static const struct gcmd m_stash[] = {
	M("list", R), M("show", R), M("drop", D), M("clear", D), M("pop", L), M("apply", L),
	M("push", L), M("save", L), M("branch", L), M("create", L), M("store", L), END};
static const struct gcmd m_config[] = {
	M("get", R), M("list", R), M("set", L), M("unset", L), M("rename-section", L),
	M("remove-section", D), M("edit", D), END};
static const struct gcmd m_worktree[] = {
	M("list", R), M("add", L), M("move", L), M("lock", L), M("unlock", L), M("repair", L),
	MF("remove", L, f_force), MF("prune", D, f_dry), END};
static const struct gcmd m_notes[] = {
	M("list", R), M("show", R), M("get-ref", R), M("add", L), M("append", L), M("copy", L),
	M("edit", L), M("merge", L), M("remove", D), MF("prune", D, f_dry), END};
static const struct gcmd m_submodule[] = {
	M("status", R), M("summary", R), M("foreach", X), M("init", L), M("update", L),
	M("sync", L), M("add", L), MF("deinit", L, f_force), M("set-branch", L),
	M("set-url", L), M("absorbgitdirs", L), END};
static const struct gcmd m_reflog[] = {
	M("show", R), M("exists", R), M("list", R), M("expire", D), M("delete", D), END};
static const struct gcmd m_bisect[] = {
	M("log", R), M("visualize", R), M("view", R), M("terms", R), M("run", X), END};
static const struct gcmd m_sparse[] = {M("list", R), M("check-rules", R), END};
static const struct gcmd m_bundle[] = {
	M("verify", R), M("list-heads", R), M("create", L), M("unbundle", L), END};
static const struct gcmd m_rerere[] = {M("status", R), M("diff", R), M("remaining", R), END};
static const struct gcmd m_verify[] = {M("verify", R), END};
static const struct gcmd m_hook[] = {M("run", X), M("list", R), END};
static const struct gcmd m_refs[] = {M("verify", R), M("exists", R), M("list", R), END};

/* ---- subcommands ------------------------------------------------------------- */

#define C(n, c) {n, c, 0, 0, 0, NULL, f_none, NULL}
#define CF(n, c, f) {n, c, 0, 0, 0, NULL, f, NULL}
#define CU(n, c, f) {n, c, 0, 0, 1, NULL, f, NULL}
#define CM(n, c, m) {n, c, 0, 0, 0, NULL, f_none, m}

static const struct gcmd cmds[] = {
	/* read-only */
	C("status", R), CF("log", R, f_output), CF("show", R, f_output), CF("diff", R, f_output),
	CF("diff-files", R, f_output), CF("diff-index", R, f_output),
	CF("diff-tree", R, f_output), CF("range-diff", R, f_output), C("shortlog", R),
	CF("whatchanged", R, f_output), C("describe", R), C("blame", R), C("annotate", R),
	{"grep", R, 0, 0, 0, "efABCm", f_grep, NULL}, C("ls-files", R), C("ls-tree", R),
	C("cat-file", R), C("rev-parse", R), C("rev-list", R), C("show-ref", R),
	C("for-each-ref", R), C("name-rev", R), C("merge-base", R), C("cherry", R),
	C("show-branch", R), C("count-objects", R), C("check-ignore", R), C("check-attr", R),
	C("check-mailmap", R), C("check-ref-format", R), C("var", R), C("version", R),
	CF("help", R, f_help), C("patch-id", R), C("verify-commit", R), C("verify-tag", R),
	C("verify-pack", R), C("show-index", R), CF("fsck", R, f_fsck),
	C("get-tar-commit-id", R), C("stripspace", R), C("column", R),
	CU("ls-remote", R, f_upload), C("fast-export", R), C("fmt-merge-msg", R),
	C("request-pull", R), C("merge-tree", R), CF("interpret-trailers", R, f_trailers),
	CF("hash-object", R, f_hash), {"archive", R, 0, 0, 1, "o", f_archive, NULL},
	{"symbolic-ref", R, L, 2, 0, NULL, f_symref, NULL}, CM("refs", L, m_refs),
	/* multi-mode */
	{"branch", R, L, 0, 0, "u", f_branch, NULL}, {"tag", R, L, 0, 0, "umF", f_tag, NULL},
	{"remote", R, 0, 0, 1, NULL, f_none, m_remote}, CM("stash", L, m_stash),
	{"config", R, L, 2, 0, "f", f_config, m_config}, CM("worktree", R, m_worktree),
	CM("notes", R, m_notes), {"submodule", R, 0, 0, 1, NULL, f_none, m_submodule},
	CM("reflog", R, m_reflog), {"bisect", R, L, 0, 0, NULL, f_none, m_bisect},
	{"sparse-checkout", L, 0, 0, 0, NULL, f_none, m_sparse}, CM("bundle", R, m_bundle),
	CM("rerere", L, m_rerere), CM("commit-graph", L, m_verify),
	CM("multi-pack-index", L, m_verify), CM("hook", R, m_hook),
	/* local-mutating */
	C("add", L), C("commit", L), {"checkout", R, D, 0, 0, "bB", f_checkout, NULL},
	{"switch", R, L, 0, 0, "cC", f_switch, NULL}, {"restore", D, 0, 0, 0, "s", f_restore, NULL},
	CF("reset", L, f_reset), C("merge", L), {"rebase", L, 0, 0, 0, "x", f_rebase, NULL},
	C("cherry-pick", L), C("revert", L), C("am", L), CF("apply", L, f_apply),
	CF("mv", L, f_mv), CF("rm", L, f_rm), CU("fetch", L, f_upload), CU("pull", L, f_upload),
	{"clone", L, 0, 0, 1, "uc", f_clone, NULL}, CF("init", L, f_init),
	CF("gc", L, f_gc), C("repack", L), C("pack-refs", L), C("maintenance", L),
	C("prune-packed", L), C("update-index", L), CF("read-tree", L, f_read_tree),
	CF("checkout-index", L, f_force), C("write-tree", L), C("commit-tree", L),
	C("mktag", L), C("mktree", L), C("index-pack", L), C("unpack-objects", L),
	C("pack-objects", L), C("fast-import", L), C("merge-file", L), C("mailsplit", L),
	C("mailinfo", L), C("unpack-file", L), C("bugreport", L), C("diagnose", L),
	C("replay", L), C("backfill", L), {"format-patch", L, 0, 0, 0, "o", f_format_patch, NULL},
	/* destructive */
	{"clean", D, 0, 0, 0, "e", f_clean, NULL}, CF("prune", D, f_dry), C("update-ref", D),
	C("replace", D),
	/* push */
	CU("push", P, f_push), CU("send-pack", P, f_push), CU("http-push", P, f_none),
	/* exec: run a program the command line or the configuration names */
	C("difftool", X), C("mergetool", X), C("filter-branch", X), C("for-each-repo", X),
	C("send-email", X), C("imap-send", X), C("instaweb", X), C("daemon", X),
	C("credential", X), C("credential-cache", X), C("credential-cache--daemon", X),
	C("credential-store", X), C("web--browse", X), C("fsmonitor--daemon", X),
	C("upload-pack", X), C("receive-pack", X), C("upload-archive", X), C("shell", X),
	C("remote-ext", X), C("remote-fd", X), C("merge-index", X), C("http-backend", X),
	C("archimport", X), C("cvsexportcommit", X), C("cvsimport", X), C("cvsserver", X),
	C("quiltimport", X), C("p4", X), C("svn", X), C("citool", X), C("gui", X),
	END};

/* ---- classification ------------------------------------------------------------ */

struct state {
	unsigned char base;     /* the class BASE options give */
	bool based;
	unsigned char raise;    /* the worst class RAISE options give */
	int final;              /* the class a FINAL option gives, or -1 */
	size_t npos;            /* positionals after the subcommand (or its second word) */
};

static unsigned char worse(unsigned char a, unsigned char b)
{
	return a > b ? a : b;
}

static const struct gcmd *find(const struct gcmd *v, const char *name)
{
	for (; v && v->name; v++)
		if (!strcmp(v->name, name))
			return v;
	return NULL;
}

/* Every class c can reach through options, positionals and second words:
 * what a word known only at run time adds. */
static unsigned reach(const struct gcmd *c)
{
	unsigned m = 1u << c->cls | (c->pos ? 1u << c->pos : 0) | (c->url ? 1u << X : 0);
	for (const struct gflag *f = c->flags; f && f->name; f++)
		m |= f->how == VAL ? 0 : 1u << f->cls;
	for (const struct gcmd *s = c->modes; s && s->name; s++)
		m |= reach(s);
	return m;
}

static void apply(struct state *st, const struct gflag *f)
{
	if (f->how == RAISE) {
		st->raise = worse(st->raise, f->cls);
	} else if (f->how == BASE) {
		st->base = st->based ? worse(st->base, f->cls) : f->cls;
		st->based = true;
	} else if (f->how == FINAL) {
		st->final = f->cls;
	}
}

/* Long option w against the options of e: the exact name, else every
 * RAISE option it abbreviates.  Returns whether its value is the next
 * word. */
static bool long_opt(const struct gcmd *e, const char *w, struct state *st)
{
	const char *eq = strchr(w, '=');
	size_t k = eq ? (size_t)(eq - w) : strlen(w);
	bool val = false, exact = false;
	for (const struct gflag *f = e->flags; f && f->name; f++) {
		const char *fe = strchr(f->name, '=');
		if (fe ? !strcmp(f->name, w) : strlen(f->name) == k && !memcmp(f->name, w, k)) {
			apply(st, f);
			val = f->val && !eq;
			exact = true;
		}
	}
	for (const struct gflag *f = e->flags; f && !exact && f->name; f++) {
		if (f->how == RAISE && !strchr(f->name, '=') && k >= 3 && k < strlen(f->name) &&
		    !strncmp(f->name, w, k)) {
			apply(st, f);
			val = val || (f->val && !eq);
		}
	}
	return val;
}

/* A cluster of short options "-abc": each letter until one that takes a
 * value, whose value is the rest of the word or the next word.  Returns
 * whether it is the next word. */
static bool short_opts(const struct gcmd *e, const char *w, struct state *st)
{
	for (const char *p = w + 1; *p; p++) {
		for (const struct gflag *f = e->flags; f && f->name; f++)
			if (f->name[0] == '-' && f->name[1] == *p && !f->name[2])
				apply(st, f);
		if (e->sval && strchr(e->sval, *p))
			return p[1] == '\0';
	}
	return false;
}

/* Options count for the subcommand and for its second word. */
static bool option(const struct gcmd *c, const struct gcmd *e, const char *w, struct state *st)
{
	bool val;
	if (w[1] == '-') {
		val = long_opt(e, w, st);
		if (e != c)
			val = long_opt(c, w, st) || val;
	} else {
		val = short_opts(e, w, st);
		if (e != c)
			val = short_opts(c, w, st) || val;
	}
	return val;
}

static bool is_url(const char *w)
{
	return !strncmp(w, "ext::", 5) || !strncmp(w, "fd::", 4);
}

static unsigned classify(const struct gcmd *c, const char *const *a, const unsigned *fl,
			 size_t n)
{
	const struct gcmd *e = c, *m;
	struct state st = {.final = -1};
	bool opts = true, first = true;
	unsigned mask = 0;
	for (size_t i = 0; i < n; i++) {
		const char *w = a[i];
		if (fl && (fl[i] & (WORD_DYNAMIC | WORD_GLOB))) {
			mask |= opts ? reach(c) : (c->url ? 1u << X : 0);
			st.npos++;
			first = false;
		} else if (opts && !strcmp(w, "--")) {
			opts = false;
			long_opt(e, w, &st);
		} else if (opts && w[0] == '-' && w[1]) {
			i += option(c, e, w, &st) && i + 1 < n;
		} else if (first && (m = find(c->modes, w)) != NULL) {
			e = m;
			first = false;
		} else {
			first = false;
			st.npos++;
			if (c->url && is_url(w))
				st.raise = worse(st.raise, X);
		}
	}
	unsigned char cls = e->cls;
	if (e->pos && st.npos >= (e->npos ? e->npos : 1u))
		cls = e->pos;
	if (st.based)
		cls = st.base;
	cls = worse(cls, st.raise);
	if (st.final >= 0)
		cls = (unsigned char)st.final;
	return mask | 1u << cls;
}

unsigned git_classes(const char *const *args, const unsigned *flags, size_t n)
{
	if (n == 0)
		return 1u << R;
	if (flags && (flags[0] & (WORD_DYNAMIC | WORD_GLOB)))
		return GIT_ALL;
	const struct gcmd *c = find(cmds, args[0]);
	if (!c)
		return 1u << GIT_UNKNOWN;
	return classify(c, args + 1, flags ? flags + 1 : NULL, n - 1);
}

static const char *const names[GIT_NCLASS] = {
	[GIT_UNKNOWN] = "unknown",
	[GIT_READ] = "read-only",
	[GIT_LOCAL] = "local-mutating",
	[GIT_DESTRUCTIVE] = "destructive",
	[GIT_PUSH] = "push",
	[GIT_EXEC] = "exec",
};

const char *git_class_name(enum git_class c)
{
	return (unsigned)c < GIT_NCLASS ? names[c] : "unknown";
}

int git_class_from_name(const char *name)
{
	for (int i = 0; name && i < GIT_NCLASS; i++)
		if (!strcmp(name, names[i]))
			return i;
	return -1;
}
