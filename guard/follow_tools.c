/*
 * follow_tools.c - readers for tools whose own little languages can run
 * commands: find (-exec), awk (system(), pipes), sed (the e command and
 * the s///e flag), git (config values that are commands), make (recipes).
 *
 * Each reader looks for exactly the construct that runs a command.  A
 * command it can see (find -exec rm, git -c core.pager='less') is walked
 * and judged; one it cannot (awk's system() argument) marks the command
 * unresolved with the construct named.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "follow.h"
#include "walk_int.h"

static int oom(struct follow *f)
{
	return walk_fail(f->w, "input too large: out of memory for this command line");
}

/* ---- find -------------------------------------------------------------- */

static bool is_find_exec(const char *a)
{
	return strcmp(a, "-exec") == 0 || strcmp(a, "-execdir") == 0 ||
	       strcmp(a, "-ok") == 0 || strcmp(a, "-okdir") == 0;
}

/* find ... -exec CMD ARGS ; -- each {} is a path found at run time. */
static int follow_find(struct follow *f)
{
	for (size_t i = 1; i < f->argc; i++) {
		if (!is_find_exec(f->argv[i]) || (f->flags[i] & WORD_DYNAMIC))
			continue;
		size_t start = i + 1, end = start;
		while (end < f->argc && strcmp(f->argv[end], ";") != 0 &&
		       !(strcmp(f->argv[end], "+") == 0 && end > start &&
			 strcmp(f->argv[end - 1], "{}") == 0))
			end++;
		if (end == start)
			continue;
		size_t n = end - start;
		const char **av = arena_alloc(f->w->a, (n + 1) * sizeof(*av));
		unsigned *fl = arena_alloc(f->w->a, (n + 1) * sizeof(*fl));
		if (!av || !fl)
			return oom(f);
		for (size_t j = 0; j < n; j++) {
			av[j] = f->argv[start + j];
			fl[j] = f->flags[start + j] | (strstr(av[j], "{}") ? WORD_DYNAMIC : 0);
		}
		struct follow g = *f;
		g.argv = av;
		g.flags = fl;
		g.argc = n;
		if (follow_inner(&g, 0, arena_printf(f->w->a, "find %s", f->argv[i])) < 0)
			return -1;
		i = end;
	}
	return 1;
}

/* ---- awk --------------------------------------------------------------- */

/* True if an awk program can run a command: system(), a pipe to or from
 * a command (print | "cmd", "cmd" | getline), or a loaded extension.
 * Strings, regular expressions and comments are skipped. */
static bool awk_runs_commands(const char *s)
{
	const char *start = s;
	bool regex_ok = true; /* a '/' here starts a regex, not a division */
	while (*s) {
		char c = *s;
		if (c == '"' || (c == '/' && regex_ok)) {
			for (s++; *s && *s != c; s++)
				if (*s == '\\' && s[1])
					s++;
			if (*s)
				s++;
			regex_ok = false;
			continue;
		}
		if (c == '#') {
			while (*s && *s != '\n')
				s++;
			continue;
		}
		if (c == '|' && s[1] != '|' && (s == start || s[-1] != '|'))
			return true;
		if (c == '@' && strncmp(s, "@load", 5) == 0)
			return true;
		if (isalpha((unsigned char)c) || c == '_') {
			const char *w = s;
			while (isalnum((unsigned char)*s) || *s == '_')
				s++;
			size_t n = (size_t)(s - w);
			if (n == 6 && strncmp(w, "system", 6) == 0)
				return true;
			regex_ok = false;
			continue;
		}
		if (c == '|' && s[1] == '|') {
			s += 2;
			regex_ok = true;
			continue;
		}
		regex_ok = strchr("(,{;~!&|=+-*%<>?:\n \t", c) != NULL && !(c == ' ' && !regex_ok);
		if (c == ')' || c == ']' || isdigit((unsigned char)c))
			regex_ok = false;
		s++;
	}
	return false;
}

static int follow_awk(struct follow *f, const char *b)
{
	const char *prog = NULL;
	bool from_file = false, dyn = false;
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		bool d = f->flags[i] & WORD_DYNAMIC;
		if (strcmp(a, "--") == 0) {
			if (i + 1 < f->argc && !prog) {
				prog = f->argv[i + 1];
				dyn = f->flags[i + 1] & WORD_DYNAMIC;
			}
			break;
		}
		if (strcmp(a, "-f") == 0 || strncmp(a, "--file", 6) == 0 || strcmp(a, "-E") == 0 ||
		    strncmp(a, "--exec", 6) == 0 || strcmp(a, "-i") == 0 || strncmp(a, "--include", 9) == 0 ||
		    strcmp(a, "-l") == 0 || strncmp(a, "--load", 6) == 0) {
			from_file = true;
			i++;
		} else if (strcmp(a, "-e") == 0 || strcmp(a, "--source") == 0) {
			if (++i < f->argc && !(f->flags[i] & WORD_DYNAMIC) && awk_runs_commands(f->argv[i]))
				prog = f->argv[i];
			else if (i < f->argc && (f->flags[i] & WORD_DYNAMIC))
				dyn = true;
			from_file = from_file || !prog;
		} else if (strcmp(a, "-F") == 0 || strcmp(a, "-v") == 0) {
			i++;
		} else if (a[0] == '-' && a[1] && !d) {
			continue;
		} else {
			if (!prog && !from_file) {
				prog = a;
				dyn = d;
			}
			break;
		}
	}
	if (dyn)
		follow_unresolved(f, arena_printf(f->w->a,
			"%s program known only at run time", b));
	else if (from_file && !prog)
		follow_unresolved(f, arena_printf(f->w->a,
			"%s runs a program from a file, which guard does not check", b));
	else if (prog && awk_runs_commands(prog))
		follow_unresolved(f, arena_printf(f->w->a,
			"%s program runs commands (system(), a pipe or getline from a command); guard cannot check them, use awk only to read and print",
			b));
	return 1;
}

/* ---- sed --------------------------------------------------------------- */

/* Skips an address (number, $, /re/, \cREc, first~step) at *s. */
static const char *sed_address(const char *s)
{
	if (*s == '/' || *s == '\\') {
		char d = *s == '\\' ? s[1] : '/';
		s += *s == '\\' ? 2 : 1;
		while (*s && *s != d) {
			if (*s == '\\' && s[1])
				s++;
			s++;
		}
		if (*s)
			s++;
		while (*s == 'I' || *s == 'M')
			s++;
		return s;
	}
	while (isdigit((unsigned char)*s) || *s == '$' || *s == '~' || *s == '+')
		s++;
	return s;
}

/* Skips the rest of an s or y command's delimited parts; returns the
 * flags that follow. */
static const char *sed_delimited(const char *s, int parts)
{
	char d = *s;
	if (!d || d == '\n' || d == '\\')
		return s;
	s++;
	for (int p = 0; p < parts && *s; p++) {
		while (*s && *s != d) {
			if (*s == '\\' && s[1])
				s++;
			s++;
		}
		if (*s)
			s++;
	}
	return s;
}

/* 1 if the script runs a command (e, s///e), 2 if it writes a file (w,
 * W, s///w), 0 otherwise. */
static int sed_script_effect(const char *s)
{
	int effect = 0;
	while (*s) {
		s += strspn(s, " \t\n;{}");
		if (!*s)
			break;
		const char *a = sed_address(s);
		if (*a == ',')
			a = sed_address(a + 1);
		a += strspn(a, " \t!");
		char cmd = *a;
		if (!cmd)
			break;
		s = a + 1;
		if (cmd == 'e')
			return 1;
		if (cmd == 'w' || cmd == 'W')
			effect = 2;
		if (cmd == 's' || cmd == 'y') {
			s = sed_delimited(s, 2);
			for (; *s && *s != ';' && *s != '\n' && *s != '}'; s++) {
				if (cmd == 's' && *s == 'e')
					return 1;
				if (cmd == 's' && *s == 'w') {
					effect = 2;
					break;
				}
			}
		}
		/* commands whose argument runs to the end of the line */
		if (strchr("aicrRwWbtT:qQlLvF", cmd))
			s += strcspn(s, "\n");
		else if (cmd == '#')
			s += strcspn(s, "\n");
	}
	return effect;
}

static int follow_sed(struct follow *f, const char *b)
{
	bool script_given = false, sandbox = false;
	int effect = 0;
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (f->flags[i] & WORD_DYNAMIC) {
			if (!script_given)
				effect = 1;
			break;
		}
		if (strcmp(a, "--sandbox") == 0)
			sandbox = true;
		if (strcmp(a, "-e") == 0 || strcmp(a, "--expression") == 0) {
			script_given = true;
			if (++i < f->argc) {
				int e = (f->flags[i] & WORD_DYNAMIC) ? 1 : sed_script_effect(f->argv[i]);
				effect = e > effect ? e : effect;
			}
		} else if (strncmp(a, "--expression=", 13) == 0) {
			script_given = true;
			int e = sed_script_effect(a + 13);
			effect = e > effect ? e : effect;
		} else if (strcmp(a, "-f") == 0 || strncmp(a, "--file", 6) == 0) {
			script_given = true;
			effect = 1;
		} else if (strcmp(a, "-l") == 0 || strcmp(a, "--line-length") == 0) {
			i++;
		} else if (a[0] == '-' && a[1]) {
			if (a[1] != '-' && strchr(a + 1, 'e') && !strchr(a + 1, 'i')) {
				/* -ne SCRIPT */
				script_given = true;
				if (++i < f->argc) {
					int e = sed_script_effect(f->argv[i]);
					effect = e > effect ? e : effect;
				}
			}
		} else if (!script_given) {
			script_given = true;
			effect = sed_script_effect(a);
		}
	}
	if (effect == 1 && !sandbox)
		follow_unresolved(f, arena_printf(f->w->a,
			"%s script runs commands (the e command or the s///e flag) or comes from a file; guard cannot check them",
			b));
	return 1;
}

/* ---- git --------------------------------------------------------------- */

/* Config keys whose value is a shell command git runs. */
static bool git_key_is_command(const char *key, size_t n)
{
	static const char *const exact[] = {
		"core.pager", "core.sshcommand", "core.editor", "core.fsmonitor",
		"core.askpass", "sequence.editor", "diff.external", "gpg.program",
		"interactive.difffilter", "credential.helper", "uploadpack.packobjectshook",
		"core.gitproxy", "sendemail.sendmailcmd", "web.browser", NULL,
	};
	static const char *const suffix[] = {
		".textconv", ".command", ".driver", ".clean", ".smudge", ".process",
		".cmd", ".program", ".receivepack", ".uploadpack", ".proxy", NULL,
	};
	for (const char *const *k = exact; *k; k++)
		if (strlen(*k) == n && strncasecmp(key, *k, n) == 0)
			return true;
	for (const char *const *k = suffix; *k; k++) {
		size_t l = strlen(*k);
		if (n > l && strncasecmp(key + n - l, *k, l) == 0)
			return true;
	}
	return n > 6 && strncasecmp(key, "pager.", 6) == 0;
}

/* Config keys that make git run programs from a place guard cannot read. */
static bool git_key_is_opaque(const char *key, size_t n)
{
	static const char *const keys[] = {"core.hookspath", "include.path", "includeif.",
		"protocol.ext.allow", "protocol.allow", NULL};
	for (const char *const *k = keys; *k; k++)
		if (n >= strlen(*k) && strncasecmp(key, *k, strlen(*k)) == 0)
			return true;
	return false;
}

static int git_config_value(struct follow *f, const char *kv, bool dyn)
{
	const char *eq = strchr(kv, '=');
	size_t n = eq ? (size_t)(eq - kv) : strlen(kv);
	const char *val = eq ? eq + 1 : "";
	bool alias = n > 6 && strncasecmp(kv, "alias.", 6) == 0;
	if (git_key_is_opaque(kv, n)) {
		follow_unresolved(f, arena_printf(f->w->a,
			"git -c %.*s makes git run programs guard cannot check", (int)n, kv));
		return 0;
	}
	if (!(alias && val[0] == '!') && !git_key_is_command(kv, n))
		return 0;
	if (dyn) {
		follow_unresolved(f, arena_printf(f->w->a,
			"git -c %.*s sets a command known only at run time", (int)n, kv));
		return 0;
	}
	if (val[0] == '!')
		val++;
	if (strcasecmp(val, "true") == 0 || strcasecmp(val, "false") == 0 || !*val)
		return 0;
	return follow_code(f, val, strlen(val), arena_printf(f->w->a, "git -c %.*s", (int)n, kv),
			 true);
}

static int follow_git(struct follow *f)
{
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		bool dyn = f->flags[i] & WORD_DYNAMIC;
		if (strcmp(a, "-c") == 0 && i + 1 < f->argc) {
			i++;
			if (git_config_value(f, f->argv[i], f->flags[i] & WORD_DYNAMIC) < 0)
				return -1;
		} else if (strncmp(a, "--config-env", 12) == 0 || strncmp(a, "--exec-path=", 12) == 0) {
			follow_unresolved(f, arena_printf(f->w->a,
				"git %s takes commands or helpers from a place guard cannot check", a));
		} else if (strcmp(a, "-C") == 0 || strcmp(a, "--git-dir") == 0 ||
			   strcmp(a, "--work-tree") == 0 || strcmp(a, "--namespace") == 0 ||
			   strcmp(a, "--super-prefix") == 0) {
			i++;
		} else if (a[0] != '-' || dyn) {
			break; /* the subcommand */
		}
	}
	return 1;
}

/* ---- make -------------------------------------------------------------- */

static int follow_make(struct follow *f, const char *b)
{
	for (size_t i = 1; i < f->argc; i++) {
		const char *a = f->argv[i];
		if (strcmp(a, "-n") == 0 || strcmp(a, "--dry-run") == 0 ||
		    strcmp(a, "--just-print") == 0 || strcmp(a, "-q") == 0 ||
		    strcmp(a, "--question") == 0 || strcmp(a, "-v") == 0 ||
		    strcmp(a, "--version") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
			return 1;
	}
	follow_unresolved(f, arena_printf(f->w->a,
		"%s runs the recipes of a makefile, which guard does not check; use %s -n to see them",
		b, b));
	return 1;
}

int follow_tool(struct follow *f, const char *name)
{
	const char *b = strrchr(name, '/');
	b = b ? b + 1 : name;
	if (strcmp(b, "find") == 0 || strcmp(b, "bfs") == 0)
		return follow_find(f);
	if (strcmp(b, "awk") == 0 || strcmp(b, "gawk") == 0 || strcmp(b, "mawk") == 0 ||
	    strcmp(b, "nawk") == 0 || strcmp(b, "busybox-awk") == 0)
		return follow_awk(f, b);
	if (strcmp(b, "sed") == 0 || strcmp(b, "gsed") == 0)
		return follow_sed(f, b);
	if (strcmp(b, "git") == 0)
		return follow_git(f);
	if (strcmp(b, "make") == 0 || strcmp(b, "gmake") == 0 || strcmp(b, "bmake") == 0)
		return follow_make(f, b);
	return 0;
}
