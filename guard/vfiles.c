/*
 * vfiles.c - files the command line itself writes before it reads them.
 *
 * `echo 'rm -rf x' > s.sh; source s.sh` must be judged on what s.sh will
 * hold when it is sourced, not on what is on disk now.  So every file a
 * command writes is noted: with its content when that is known (echo,
 * printf or cat of a heredoc into a `>` redirection), as unknown
 * otherwise.  A later source or script run of such a file walks the
 * known content, or is unresolved.
 *
 * Known contents are kept as pseudo-variables, so a branch that may not
 * run makes them unknown exactly as it does variables.  Which paths were
 * written at all is kept apart and never forgotten, since a subshell's
 * writes, unlike its variables, outlive it.
 */
#include "walk_int.h"

#include <string.h>

#define VFILE_PREFIX "\x01" "file:"

struct written {
	const char *path;
	struct written *next;
};

static const char *key(struct walker *w, const char *path)
{
	return arena_printf(w->a, VFILE_PREFIX "%s", path);
}

/* echo's output, or NULL when it depends on options guard does not model. */
static char *echo_output(struct walker *w, const struct cmd *c)
{
	size_t i = 1;
	bool newline = true;
	for (; i < c->argc && c->argv[i][0] == '-' && c->argv[i][1]; i++) {
		const char *o = c->argv[i];
		if (strspn(o + 1, "neE") != strlen(o + 1))
			break;
		if (strchr(o, 'e'))
			return NULL;
		if (strchr(o, 'n'))
			newline = false;
	}
	size_t len = 2;
	for (size_t j = i; j < c->argc; j++)
		len += strlen(c->argv[j]) + 1;
	char *s = arena_alloc(w->a, len);
	if (!s)
		return NULL;
	for (size_t j = i; j < c->argc; j++) {
		strcat(s, c->argv[j]);
		if (j + 1 < c->argc)
			strcat(s, " ");
	}
	if (newline)
		strcat(s, "\n");
	return s;
}

/* printf FORMAT with no conversions, or printf '%s\n' ARGS..., with the
 * common escapes; NULL for anything else. */
static char *printf_output(struct walker *w, const struct cmd *c)
{
	if (c->argc < 2)
		return NULL;
	const char *fmt = c->argv[1];
	bool per_arg = strcmp(fmt, "%s\\n") == 0 || strcmp(fmt, "%s") == 0;
	if (!per_arg && (strchr(fmt, '%') || c->argc > 2))
		return NULL;
	size_t len = strlen(fmt) + 2;
	for (size_t j = 2; j < c->argc; j++)
		len += strlen(c->argv[j]) + 2;
	char *s = arena_alloc(w->a, len);
	if (!s)
		return NULL;
	size_t o = 0;
	if (per_arg) {
		for (size_t j = 2; j < c->argc; j++) {
			size_t l = strlen(c->argv[j]);
			memcpy(s + o, c->argv[j], l);
			o += l;
			if (fmt[2])
				s[o++] = '\n';
		}
		s[o] = '\0';
		return s;
	}
	for (const char *p = fmt; *p; p++) {
		if (*p != '\\' || !p[1]) {
			s[o++] = *p;
			continue;
		}
		char e = *++p;
		s[o++] = e == 'n' ? '\n' : e == 't' ? '\t' : e == '\\' ? '\\' : e;
		if (!strchr("nt\\", e))
			return NULL;
	}
	s[o] = '\0';
	return s;
}

/* What the command prints on stdout, when guard can know it. */
static const char *known_output(struct walker *w, const struct cmd *c, const struct node *n)
{
	if (c->argc == 0 || c->unresolved)
		return NULL;
	for (size_t i = 0; i < c->argc; i++)
		if (c->flags[i] & (WORD_DYNAMIC | WORD_GLOB))
			return NULL;
	if (strcmp(c->argv[0], "echo") == 0)
		return echo_output(w, c);
	if (strcmp(c->argv[0], "printf") == 0)
		return printf_output(w, c);
	if (strcmp(c->argv[0], "cat") == 0 && c->argc == 1 && n) {
		for (const struct redir *r = n->redirs; r; r = r->next)
			if (r->op == R_HEREDOC && r->quoted_delim && r->body && r->body->nparts)
				return r->body->parts[0].text;
	}
	return NULL;
}

static void note_written(struct walker *w, const char *path)
{
	struct written *e = arena_alloc(w->a, sizeof(*e));
	if (!e)
		return;
	e->path = path;
	e->next = w->written;
	w->written = e;
}

void vfile_note_writes(struct walker *w, const struct cmd *c, const struct node *n)
{
	for (size_t i = 0; i < c->nwrites; i++) {
		const struct cmd_write *wr = &c->writes[i];
		if (wr->flags & (WORD_DYNAMIC | WORD_GLOB | WRITE_RELATIVE)) {
			w->wrote_unknown = true;
			continue;
		}
		note_written(w, wr->path);
		const char *content = NULL;
		bool redirect = strncmp(wr->how, ">", 1) == 0 || strncmp(wr->how, "&>", 2) == 0;
		bool append = strstr(wr->how, ">>") != NULL;
		if (redirect)
			content = known_output(w, c, n);
		if (content && append) {
			const char *old = NULL;
			if (vars_get(&w->vars, key(w, wr->path), &old) == VAR_KNOWN && old)
				content = arena_printf(w->a, "%s%s", old, content);
			else
				content = NULL;
		}
		vars_set(&w->vars, key(w, wr->path), content ? VAR_KNOWN : VAR_UNKNOWN, content);
	}
}

int vfile_lookup(struct walker *w, const char *path, const char **content)
{
	const char *v = NULL;
	enum var_state st = vars_get(&w->vars, key(w, path), &v);
	if (st == VAR_KNOWN && v) {
		*content = v;
		return 1;
	}
	if (w->wrote_unknown)
		return 2;
	for (const struct written *e = w->written; e; e = e->next)
		if (strcmp(e->path, path) == 0)
			return 2;
	return 0;
}
