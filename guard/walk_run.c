/*
 * walk_run.c - code inside code: the top-level script, eval strings,
 * -c strings of nested shells, trap strings and sourced files are all
 * parsed and walked here, one nesting level deeper each time.
 *
 * Parsing is command by command, as bash runs a script, so that an alias
 * or `shopt -s extglob` set by one command applies to the next.
 */
#include "walk_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parse.h"
#include "writes.h"

static const char *alias_lookup(void *ctx, const char *name)
{
	const struct walker *w = ctx;
	for (const struct alias *al = w->aliases; al; al = al->next)
		if (strcmp(al->name, name) == 0)
			return al->value;
	return NULL;
}

static struct parse_opts parse_opts_of(struct walker *w)
{
	struct parse_opts o = {
		.extglob = w->extglob,
		.alias = w->expand_aliases ? alias_lookup : NULL,
		.alias_ctx = w,
	};
	return o;
}

static int parse_and_walk(struct walker *w, const char *text, size_t len)
{
	struct parse_opts po = parse_opts_of(w);
	parser *p = parser_new(w->a, text, len, &po);
	if (!p) {
		if (len > PARSE_MAX_INPUT)
			return walk_fail(w, arena_printf(w->a,
				"input too large: %zu bytes (limit %d)", len, PARSE_MAX_INPUT));
		return walk_fail(w, "input too large: out of memory for this command line");
	}
	for (;;) {
		po = parse_opts_of(w);
		parser_set_opts(p, &po);
		struct node *n = parse_next(p);
		if (!n) {
			const char *err = parser_error(p);
			if (!err)
				return 0;
			if (w->nesting == 0)
				return walk_fail(w, err);
			/* Nested code that does not parse runs nothing from the
			 * error on, as in bash; the caller marks its command
			 * unresolved, so the policy still decides on it. */
			w->nested_error = err;
			return 1;
		}
		if (walk_node(w, n) < 0)
			return -1;
	}
}

int walk_code(struct walker *w, const char *text, size_t len, const char *via,
	      bool new_shell)
{
	if (walk_enter(w) < 0)
		return -1;
	const char *saved_text = w->text;
	struct alias *saved_aliases = w->aliases;
	bool saved_expand = w->expand_aliases, saved_extglob = w->extglob;
	struct var *mark = vars_mark(&w->vars);
	struct func *saved_funcs = w->funcs;
	if (new_shell) {
		/* A new bash starts without aliases or shopt settings. */
		w->aliases = NULL;
		w->expand_aliases = false;
		w->extglob = false;
	}
	if (via)
		walk_push_via(w, via);
	w->text = text;
	int rc = parse_and_walk(w, text, len);
	w->text = saved_text;
	if (via)
		walk_pop_via(w);
	if (new_shell) {
		w->aliases = saved_aliases;
		w->expand_aliases = saved_expand;
		w->extglob = saved_extglob;
		w->funcs = saved_funcs;
		vars_restore(&w->vars, mark);
	}
	walk_leave(w);
	return rc;
}

/* Reads at most WALK_MAX_FILE bytes of path into the arena.  Returns the
 * text, or NULL with *why set. */
static char *read_bounded(struct walker *w, const char *path, size_t *len,
			  const char **why)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		*why = strerror(errno);
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		*why = "not a regular file";
		return NULL;
	}
	if (st.st_size > WALK_MAX_FILE) {
		close(fd);
		*why = "file too large to check";
		return NULL;
	}
	char *buf = arena_alloc(w->a, (size_t)st.st_size + 1);
	if (!buf) {
		close(fd);
		*why = "out of memory";
		return NULL;
	}
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	*len = got;
	return buf;
}

int walk_file(struct walker *w, const char *path, const char *via, bool new_shell,
	      const char **why)
{
	size_t len = 0;
	const char *full = writes_resolve(w->a, walk_cwd(w), path);
	if (!full)
		return walk_fail(w, "input too large: out of memory for this command line");
	const char *written = NULL;
	switch (vfile_lookup(w, full, &written)) {
	case 1: {
		int rc = walk_code(w, written, strlen(written), via, new_shell);
		return rc == 1 ? 2 : rc;
	}
	case 2:
		return 3;
	default:
		break;
	}
	if (full[0] != '/')
		return (*why = "its directory is not known", 1);
	/* A file that does not exist runs nothing: bash reports the error
	 * and goes on, as it will here. */
	struct stat st;
	if (stat(full, &st) < 0 && (errno == ENOENT || errno == ENOTDIR))
		return 0;
	char *text = read_bounded(w, full, &len, why);
	if (!text)
		return 1;
	int rc = walk_code(w, text, len, via, new_shell);
	return rc == 1 ? 2 : rc;
}

int walk_enter(struct walker *w)
{
	if (w->nesting + 1 > WALK_MAX_NESTING)
		return walk_fail(w, arena_printf(w->a,
			"code nested too deep: more than %d levels of eval, shells, source or function calls",
			WALK_MAX_NESTING));
	w->nesting++;
	return 0;
}

void walk_leave(struct walker *w)
{
	w->nesting--;
}
