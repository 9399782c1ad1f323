/*
 * policy_fs.c - the pattern kinds that look at the file system when a
 * command reaches them: writes-outside: (write scopes), writes: (writes to
 * given paths) and unsafe-path: (PATH directories others could fill).  See
 * PATTERNS in guard.yaml.5 and policy_int.h for the matcher contract.
 *
 * Paths are judged where the data lands, not as written: a symbolic link
 * in /tmp that points into /home must not make /home writable.  A write's
 * path is resolved through the longest part of it that exists now
 * (realpath(3)); when it names a link itself, both the link's place and
 * its target are judged, since rm removes the one and > writes the other.
 * Nothing here runs unless a rule of the kind is reached by a command
 * that writes (or sets PATH), and each write is resolved once per command.
 *
 * What cannot be placed (a path known only at run time, one relative to a
 * directory the walker lost track of, one realpath() refuses) makes the
 * matcher answer -1, which a deny rule takes as a match.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "glob.h"
#include "policy_int.h"

#define SCAN_MAX 4096           /* directory entries a glob write may look at */

/* ---- resolving a write ------------------------------------------------------------ */

/* dir/rest, in mem; dir "/" gives "/rest". */
static const char *join(arena *mem, const char *dir, const char *rest)
{
	if (!*rest)
		return arena_strdup(mem, dir);
	return arena_printf(mem, "%s%s%s", strcmp(dir, "/") ? dir : "", *rest == '/' ? "" : "/",
			    rest);
}

/* path with symbolic links resolved through its longest existing prefix
 * (a dangling link, or one realpath() cannot follow, gives NULL). */
static const char *resolve(arena *mem, const char *path)
{
	char buf[PATH_MAX], real[PATH_MAX];
	struct stat st;
	size_t cut = strlen(path);
	if (path[0] != '/' || cut >= sizeof(buf))
		return NULL;
	memcpy(buf, path, cut + 1);
	while (cut > 0 && lstat(buf, &st) < 0) {
		if (errno != ENOENT && errno != ENOTDIR)
			return NULL;
		while (cut > 0 && buf[cut] != '/')
			cut--;
		buf[cut] = '\0';
	}
	if (!realpath(cut ? buf : "/", real))
		return NULL;
	return join(mem, real, path + cut);
}

/* Where write i lands: s->real[2i] the place of its last component,
 * s->real[2i + 1] what it points to; both NULL when it cannot be placed. */
static const char **placed(struct subject *s, size_t i)
{
	const struct cmd *c = s->c;
	if (!s->real && !(s->real = arena_alloc(s->mem, 2 * c->nwrites * sizeof(*s->real) + 1)))
		return NULL;
	const char **r = &s->real[2 * i], *path = c->writes[i].path, *slash;
	struct stat st;
	if (r[0])
		return r;
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && (slash = strrchr(path, '/')) != NULL) {
		const char *dir = slash == path ? "/" : arena_strndup(s->mem, path, (size_t)(slash - path));
		const char *rd = dir ? resolve(s->mem, dir) : NULL;
		r[0] = rd ? join(s->mem, rd, slash + 1) : NULL;
		r[1] = resolve(s->mem, path);
	} else {
		r[0] = r[1] = resolve(s->mem, path);
	}
	return r[0] && r[1] ? r : NULL;
}

static bool inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);
	if (n == 1 && dir[0] == '/')
		return true;
	return !strncmp(path, dir, n) && (path[n] == '\0' || path[n] == '/');
}

/* ---- writes-outside: [directories] ------------------------------------------------- */

/* "/tmp", "~/.claude/shell-snapshots": absolute, normalized, no globs. */
const char *compile_outside(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	const char *home = getenv("HOME");
	const char **v = arena_alloc(mem, n * sizeof(*v));
	if (!v || !(p->u.list.real = arena_alloc(mem, sizeof(*p->u.list.real))))
		return "policy too large";
	for (size_t i = 0; i < n; i++) {
		const char *d = items[i];
		size_t len;
		if (d[0] == '~' && (!d[1] || d[1] == '/')) {
			if (!home || home[0] != '/') {
				p->u.list.nohome = true;
				continue;
			}
			if (!(d = arena_concat(mem, home, d + 1)))
				return "policy too large";
		}
		len = strlen(d);
		while (len > 1 && d[len - 1] == '/')
			len--;
		if (!(d = arena_strndup(mem, d, len)))
			return "policy too large";
		if (d[0] != '/' || strpbrk(d, "*?[\\") || strstr(d, "//") || strstr(d, "/./") ||
		    has_dotdot(d) || (len >= 2 && !strcmp(d + len - 2, "/.")))
			return arena_printf(mem, "writes-outside: '%s' is not a directory written "
					    "as an absolute path without . or .. or globs", items[i]);
		v[p->u.list.n++] = d;
	}
	p->u.list.v = v;
	return NULL;
}

/* The scopes with symbolic links resolved, once per policy. */
static const char **real_scopes(const struct pat *p, arena *mem)
{
	struct real_dirs *rd = p->u.list.real;
	char buf[PATH_MAX];
	if (rd->done)
		return rd->dir;
	rd->done = true;
	/* in the policy's memory: the pattern outlives the judge */
	if (!(rd->dir = arena_alloc(mem, (p->u.list.n + 1) * sizeof(*rd->dir))))
		return NULL;
	for (uint32_t i = 0; i < p->u.list.n; i++)
		rd->dir[i] = realpath(p->u.list.v[i], buf) ? arena_strdup(mem, buf) : NULL;
	return rd->dir;
}

/* 1 outside every scope, 0 inside one, -1 perhaps inside the scope of an
 * unset HOME. */
static int out_of(const struct pat *p, const char **real, const char *path)
{
	for (uint32_t i = 0; i < p->u.list.n; i++)
		if (inside(path, p->u.list.v[i]) || (real && real[i] && inside(path, real[i])))
			return 0;
	return p->u.list.nohome ? -1 : 1;
}

/* ---- globs: what pathname expansion may turn a written path into ------------------ */

/* A glob write DIR/LAST, with the glob in LAST only (a '/' after it, an
 * extended glob or a ".." is beyond this): dir as written and resolved. */
struct gsplit {
	const char *dir, *rdir, *last;
};

static bool glob_split(arena *mem, const char *path, struct gsplit *g)
{
	const char *slash = path + strcspn(path, "*?[");
	while (slash > path && *slash != '/')
		slash--;
	if (*slash != '/' || strchr(slash + 1, '/') || strchr(path, '(') || has_dotdot(path))
		return false;
	g->dir = slash == path ? "/" : arena_strndup(mem, path, (size_t)(slash - path));
	g->rdir = g->dir ? resolve(mem, g->dir) : NULL;
	g->last = slash + 1;
	return g->rdir != NULL;
}

typedef int (*entry_fn)(const struct pat *p, const void *ctx, arena *mem, const char *full);

/* fn on each entry of g's directory that the glob could expand to (in
 * either case, dot files too: shell options vary), only the symbolic
 * links when links; the first nonzero answer, with *found its path.  -1
 * when the directory cannot be read or is too large to look through. */
static int glob_entries(const struct pat *p, const void *ctx, arena *mem,
			const struct gsplit *g, bool links, entry_fn fn, const char **found)
{
	DIR *d = opendir(g->rdir);
	struct dirent *e;
	int r = 0, n = 0;
	if (!d)
		return errno == ENOENT ? 0 : -1;
	while (r == 0 && (e = readdir(d)) != NULL) {
		struct stat st;
		const char *full = join(mem, g->rdir, e->d_name);
		bool link = e->d_type == DT_LNK || (e->d_type == DT_UNKNOWN && full &&
						    lstat(full, &st) == 0 && S_ISLNK(st.st_mode));
		if (++n > SCAN_MAX || !full)
			r = -1;
		else if ((link || !links) && (glob_match(g->last, e->d_name) ||
					      glob_overlap(e->d_name, g->last, true)))
			r = fn(p, ctx, mem, full);
		if (r)
			*found = full;
	}
	closedir(d);
	return r;
}

/* A link a glob write may go through: where it points. */
static int link_out(const struct pat *p, const void *real, arena *mem, const char *full)
{
	const char *to = resolve(mem, full);
	return to ? out_of(p, (const char **)real, to) : -1;
}

/* Inside the scopes unless the directory is not, or a symbolic link in
 * it that the glob could match leads out. */
static int glob_out(const struct pat *p, const char **real, arena *mem, const char *path,
		    const char **found)
{
	struct gsplit g;
	if (!glob_split(mem, path, &g))
		return -1;
	int r = out_of(p, real, g.rdir);
	return r ? r : glob_entries(p, real, mem, &g, true, link_out, found);
}

static int write_out(const struct pat *p, const char **real, struct subject *s, size_t i,
		     const char **found)
{
	const struct cmd_write *w = &s->c->writes[i];
	const char **at;
	*found = w->path;
	if (!w->path)
		return -1;
	if (w->flags & (WORD_DYNAMIC | WRITE_RELATIVE)) {
		const char *why = w->flags & WORD_DYNAMIC ? "known only at run time"
			: "in a directory guard lost track of";
		const char *f = arena_printf(s->mem, "%s (%s)", w->path, why);
		*found = f ? f : w->path;
		return -1;
	}
	if (w->flags & WORD_GLOB)
		return glob_out(p, real, s->mem, w->path, found);
	if (!(at = placed(s, i)))
		return -1;
	int a = out_of(p, real, at[0]), b = out_of(p, real, at[1]);
	return a == 1 || b == 1 ? 1 : a | b;
}

int match_outside(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const struct cmd *c = s->c;
	int r = 0;
	if (c->nwrites == 0)
		return 0;
	/* the scopes' cache lives with the rules: see policy.c's policy_arena() */
	const char **real = real_scopes(p, policy_arena(pol));
	for (size_t i = 0; i < c->nwrites && r < 1; i++) {
		const char *found;
		int k = write_out(p, real, s, i, &found);
		if (k) {
			r = k;
			s->found = found;
		}
	}
	return r;
}

/* ---- writes: [path globs, !exceptions] ----------------------------------------------- */

const char *compile_writes(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	const char *msg = compile_globs(mem, p, items, n, true);
	for (uint32_t i = 0; !msg && i < p->u.list.n; i++)
		if (p->u.list.v[i][0] != '/' && p->u.list.v[i][0] != '*')
			return arena_printf(mem, "writes: '%s' is not an absolute path (or one "
					    "starting with *)", p->u.list.v[i]);
	return msg;
}

/* Does path match the item globs of p, exceptions aside? */
static bool path_in(const struct pat *p, const char *path)
{
	bool hit = false;
	for (uint32_t i = 0; path && i < p->u.list.n; i++) {
		if (glob_match(p->u.list.v[i], path)) {
			if (p->u.list.neg[i])
				return false;
			hit = true;
		}
	}
	return hit;
}

/* An entry a glob write may become, or the link it is. */
static int entry_in(const struct pat *p, const void *ctx, arena *mem, const char *full)
{
	return path_in(p, full) || path_in(p, resolve(mem, full));
}

/* The names a glob write may become: the files there now, and the glob
 * itself, which bash leaves when nothing matches. */
static int glob_in(const struct pat *p, arena *mem, const char *path, const char **found)
{
	struct gsplit g;
	if (!glob_split(mem, path, &g))
		return -1;
	if (path_in(p, path) || path_in(p, join(mem, g.rdir, g.last)))
		return 1;
	return glob_entries(p, NULL, mem, &g, false, entry_in, found);
}

/* A write guard cannot place does not match: writes: names places for
 * their reasons, and writes-outside: is the rule that catches the rest. */
static int write_in(const struct pat *p, struct subject *s, size_t i, const char **found)
{
	const struct cmd_write *w = &s->c->writes[i];
	const char **at;
	*found = w->path;
	if (w->flags & (WORD_DYNAMIC | WRITE_RELATIVE) || !w->path)
		return 0;
	if (w->flags & WORD_GLOB)
		return glob_in(p, s->mem, w->path, found);
	if (path_in(p, w->path))
		return 1;
	if (!(at = placed(s, i)))
		return 0;
	return path_in(p, at[0]) || path_in(p, at[1]);
}

int match_writes(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const struct cmd *c = s->c;
	int r = 0;
	for (size_t i = 0; i < c->nwrites && r < 1; i++) {
		const char *found;
		int k = write_in(p, s, i, &found);
		if (k) {
			r = k;
			s->found = found;
		}
	}
	return r;
}

/* ---- unsafe-path: true --------------------------------------------------------------- */

const char *compile_unsafe_path(arena *mem, struct pat *p, const char *const *items, size_t n)
{
	return strcmp(items[0], "true") ? "unsafe-path takes the value true" : NULL;
}

/* A directory of PATH that only root can change: absolute, a directory
 * owned by root and not writable by group or others, and if a symbolic
 * link, one that root owns. */
static bool safe_dir(const char *d, size_t len)
{
	char buf[PATH_MAX];
	struct stat st;
	if (len == 0 || len >= sizeof(buf) || d[0] != '/')
		return false;
	memcpy(buf, d, len);
	buf[len] = '\0';
	if (lstat(buf, &st) < 0 || (S_ISLNK(st.st_mode) && st.st_uid != 0))
		return false;
	if (stat(buf, &st) < 0 || !S_ISDIR(st.st_mode))
		return false;
	return st.st_uid == 0 && !(st.st_mode & (S_IWGRP | S_IWOTH));
}

int match_unsafe_path(policy *pol, const struct pat *p, struct subject *s, bool loose)
{
	const struct cmd *c = s->c;
	int r = 0;
	for (size_t i = 0; i < c->nassigns && r < 1; i++) {
		const char *a = c->assigns[i], *v;
		if (!a)
			continue;
		if (!strncmp(a, "PATH=", 5))
			v = a + 5;
		else if (!strncmp(a, "PATH+=", 6))
			v = a + 6 + (a[6] == ':');      /* appended after the old entries */
		else if (!strncmp(a, "PATH[", 5) && (v = strchr(a, '=')) != NULL)
			v++;
		else
			continue;
		s->found = a;
		if (c->assign_flags && (c->assign_flags[i] & UNCERTAIN)) {
			r = -1;
			continue;
		}
		for (const char *e = v;; e++) {
			size_t len = strcspn(e, ":");
			if (!safe_dir(e, len)) {
				s->found = len ? arena_strndup(s->mem, e, len) : "an empty entry (the current directory)";
				return 1;
			}
			e += len;
			if (!*e)
				break;
		}
	}
	return r;
}
