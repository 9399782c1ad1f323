/*
 * walk_int.h - state shared by the walker's files (walk.c: the tree,
 * walk_cmd.c: one simple command, walk_run.c: code inside code).
 * Not a public interface: use walk.h.
 */
#ifndef GUARD_WALK_INT_H
#define GUARD_WALK_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "cmd.h"
#include "expand.h"
#include "vars.h"
#include "walk.h"

#define WALK_MAX_VIA 64
#define WALK_MAX_REDIRS 64

struct func {
	const char *name;
	const struct node *body;
	const char *text;        /* script text the body's spans refer to */
	struct func *next;
};

struct alias {
	const char *name;
	const char *value;
	struct alias *next;
};

struct walker {
	arena *a;
	struct cmdlist *out;
	const struct walk_opts *opts;
	struct vars vars;
	struct func *funcs;
	struct alias *aliases;
	bool expand_aliases;
	bool extglob;

	const char *via[WALK_MAX_VIA];
	size_t nvia;
	struct cmd_redir redirs[WALK_MAX_REDIRS]; /* enclosing redirections */
	size_t nredirs;

	bool stdin_piped;         /* the command reads a pipe (not first in a pipeline) */
	int nesting;              /* eval / -c / source / function depth */
	int depth;                /* tree recursion depth */
	const char *text;         /* text the current spans refer to */

	const char *arg0;
	const char **pos;
	size_t npos;
	bool pos_known;

	struct written *written;  /* paths written so far (vfiles.c) */
	bool wrote_unknown;       /* a write to a path not known statically */
	const char *error;
	const char *nested_error; /* syntax error in nested code (walk_code() returned 1) */
};

/* walk.c */
int walk_node(struct walker *w, const struct node *n);
int walk_word_subs(struct walker *w, const struct word *wd);
int walk_fail(struct walker *w, const char *msg);
void walk_push_via(struct walker *w, const char *via);
void walk_pop_via(struct walker *w);
struct expand_env walk_env(struct walker *w);
/* Walks a redirection list's substitutions and pushes its file
 * redirections on w->redirs; returns how many, or -1. */
int walk_redirs(struct walker *w, const struct redir *r);

/* The directory relative paths resolve against, or NULL when unknown.
 * It is kept as a pseudo-variable so that subshells and branches scope
 * it exactly as they scope variables. */
#define WALK_CWD_VAR " cwd"
const char *walk_cwd(struct walker *w);

/* vfiles.c: files the line writes before it reads them. */
struct written;
void vfile_note_writes(struct walker *w, const struct cmd *c, const struct node *n);
/* 1 with *content when the line wrote path with known content, 2 when it
 * wrote it (or some unknown path) with unknown content, 0 otherwise. */
int vfile_lookup(struct walker *w, const char *path, const char **content);

/* walk_cmd.c */
int walk_simple(struct walker *w, const struct node *n);
/* Record one argv that will run (a simple command, or the command a
 * wrapper runs) and follow what it runs in turn.  n is the simple command
 * it came from (for its heredocs), src its source text. */
int walk_argv(struct walker *w, const struct node *n, const char **argv,
	      unsigned *flags, size_t argc, const char *src);

/* walk_run.c */
/* Walk code text (eval string, -c string, trap, sourced file) as a script
 * one level deeper, with via pushed.  new_shell: a separate bash process
 * (fresh aliases, a variable scope that is dropped afterwards).  Returns 0,
 * -1 on a fatal error, or 1 when the nested code has a syntax error
 * (w->nested_error); use follow_code() to turn that into an unresolved
 * command. */
int walk_code(struct walker *w, const char *text, size_t len, const char *via,
	      bool new_shell);
/* Returns 0 after walking the file, 1 if it could not be read (*why says
 * why), 2 if it does not parse (w->nested_error), 3 if this command line
 * wrote it earlier with content guard cannot know, or -1.  Use
 * follow_file(), which marks the command unresolved in cases 1 and 2. */
int walk_file(struct walker *w, const char *path, const char *via, bool new_shell,
	      const char **why);
/* One nesting level deeper (function calls); -1 past WALK_MAX_NESTING. */
int walk_enter(struct walker *w);
void walk_leave(struct walker *w);

#endif
