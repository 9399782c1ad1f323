/* startup.c - see startup.h. */
#include "startup.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

struct buf {
	arena *a;
	char *s;
	size_t len, cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = (b->len + n + 1) * 2;
		char *ns = arena_alloc(b->a, cap);
		if (!ns)
			return;
		if (b->len)
			memcpy(ns, b->s, b->len);
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* Single-quoted, so the walker reads the path as one literal word. */
static void put_quoted(struct buf *b, const char *s)
{
	puts_(b, "'");
	for (; *s; s++) {
		if (*s == '\'')
			puts_(b, "'\\''");
		else
			put(b, s, 1);
	}
	puts_(b, "'");
}

static bool root_only(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && st.st_uid == 0 && !(st.st_mode & (S_IWGRP | S_IWOTH));
}

/* A file, and the directory that holds it, only root can change. */
static bool trusted(const char *path)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');
	if (!slash || (size_t)(slash - path) >= sizeof(dir))
		return false;
	memcpy(dir, path, (size_t)(slash - path));
	dir[slash - path] = '\0';
	return root_only(path) && root_only(dir[0] ? dir : "/");
}

static bool exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

static void source_file(struct buf *b, const char *path)
{
	if (!exists(path) || trusted(path))
		return;
	puts_(b, "source ");
	put_quoted(b, path);
	puts_(b, "\n");
}

static void home_file(struct buf *b, const char *name, bool *done)
{
	const char *home = getenv("HOME");
	char path[4096];
	if (*done || !home)
		return;
	snprintf(path, sizeof(path), "%s/%s", home, name);
	if (exists(path)) {
		source_file(b, path);
		*done = true;
	}
}

static void login_files(struct buf *b, bool bash)
{
	bool done = false;
	source_file(b, "/etc/profile");
	if (bash) {
		home_file(b, ".bash_profile", &done);
		home_file(b, ".bash_login", &done);
	}
	home_file(b, ".profile", &done);
}

/* BASH_FUNC_name%%=() { body } becomes `name () { body }`. */
static void exported_functions(struct buf *b)
{
	for (char **e = environ; *e; e++) {
		const char *v = *e;
		if (strncmp(v, "BASH_FUNC_", 10) != 0)
			continue;
		const char *mark = strstr(v, "%%=");
		if (!mark)
			continue;
		put(b, v + 10, (size_t)(mark - v - 10));
		puts_(b, " ");
		puts_(b, mark + 3);
		puts_(b, "\n");
	}
}

/* bash reads ~/.bashrc even when not interactive if it thinks sshd or
 * rshd started it: SSH_CLIENT is set or stdin is a socket, and it is a
 * top-level shell (SHLVL unset or 0).  Claude Code starts its shells with
 * a socket on stdin and no SHLVL, so this is the common case. */
static bool run_by_remote_daemon(void)
{
	struct stat st;
	const char *lvl = getenv("SHLVL");
	bool top = !lvl || atoi(lvl) < 1;
	bool remote = getenv("SSH_CLIENT") || getenv("SSH2_CLIENT") ||
		      (fstat(0, &st) == 0 && S_ISSOCK(st.st_mode));
	return top && remote;
}

static void rc_files(struct buf *b, const struct shell_inv *inv)
{
	bool done = false;
	source_file(b, "/etc/bash.bashrc");
	if (inv->rcfile)
		source_file(b, inv->rcfile);
	else
		home_file(b, ".bashrc", &done);
}

void startup_prelude(arena *a, const char *shell, const struct shell_inv *inv,
		     const char **out, size_t *len)
{
	struct buf b = {.a = a};
	bool bash = strcmp(shell, "sh") != 0;
	bool interactive = inv->interactive;
	*out = NULL;
	*len = 0;
	/* Started with an effective id that differs from the real one (the
	 * setgid lock-down), bash runs in privileged mode: no startup files,
	 * no BASH_ENV, no imported functions.  dash drops the group too. */
	if (getegid() != getgid() || geteuid() != getuid())
		return;
	if (bash)
		exported_functions(&b);
	if (inv->login && !inv->noprofile)
		login_files(&b, bash);
	if (bash && !interactive && !inv->login && !inv->norc && run_by_remote_daemon())
		rc_files(&b, inv);
	if (bash && interactive && !inv->login && !inv->norc) {
		rc_files(&b, inv);
	}
	/* The value is expanded by the shell (even $(...)), so it is
	 * checked as code, not quoted. */
	const char *env = getenv(bash ? "BASH_ENV" : "ENV");
	if (env && *env && (bash ? !interactive : interactive)) {
		puts_(&b, "source ");
		puts_(&b, env);
		puts_(&b, "\n");
	}
	*out = b.len ? b.s : NULL;
	*len = b.len;
}
