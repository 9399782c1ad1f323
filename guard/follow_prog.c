/*
 * follow_prog.c - programs whose options, arguments or input carry code:
 * interpreters (python -c, perl -e, ...), tools with a command-valued
 * option (tar --to-command, ssh -o ProxyCommand, rsync -e, zip -TT), and
 * tools that read commands on stdin (ed, sqlite3, at).
 *
 * A command string that is shell code is walked like `sh -c STRING`, so
 * the commands in it are judged.  Code in another language cannot be
 * checked: the command is unresolved, and the reason names the program
 * and the option.  The rows come from gtfobins-exec.tsv (see
 * tests/corpus/NOTICE.md); find, awk, sed and git have their own readers
 * (follow_tools.c).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "follow.h"
#include "walk_int.h"

enum prog_kind {
	K_INTERP,      /* inline code in `flags`; a script on a piped stdin */
	K_SHELL_OPT,   /* the value of an option in `flags` is a shell command */
	K_CODE_OPT,    /* an option in `flags` makes it run commands we cannot see */
	K_STDIN_CODE,  /* reads commands on stdin that may run programs */
	K_STDIN_SHELL, /* reads shell commands on stdin (at, batch) */
	K_ALWAYS,      /* always runs commands guard cannot see */
};

struct prog {
	const char *name;   /* a trailing '*' matches any suffix (python3.11) */
	enum prog_kind kind;
	/* Space-separated options: "-c" (also in clusters like -Ic),
	 * "--eval" (also --eval=X), "o:ProxyCommand" (-o KEY=VALUE, -oKEY=..),
	 * ".shell" (an argument starting so). */
	const char *flags;
	const char *what;   /* "python code", for the reason */
};

static const struct prog progs[] = {
	{"python*", K_INTERP, "-c", "python code"},
	{"pypy*", K_INTERP, "-c", "python code"},
	{"perl*", K_INTERP, "-e -E", "perl code"},
	{"ruby*", K_INTERP, "-e", "ruby code"},
	{"irb", K_INTERP, "", "ruby code"},
	{"node", K_INTERP, "-e -p --eval --print", "javascript code"},
	{"nodejs", K_INTERP, "-e -p --eval --print", "javascript code"},
	{"bun", K_INTERP, "-e --eval -p --print", "javascript code"},
	{"deno", K_INTERP, "eval", "javascript code"},
	{"php*", K_INTERP, "-r -B -R -E -F", "php code"},
	{"lua*", K_INTERP, "-e", "lua code"},
	{"luajit", K_INTERP, "-e", "lua code"},
	{"Rscript", K_INTERP, "-e", "R code"},
	{"R", K_INTERP, "-e", "R code"},
	{"julia", K_INTERP, "-e -E --eval --print", "julia code"},
	{"ghc", K_INTERP, "-e", "haskell code"},
	{"ghci", K_INTERP, "-e", "haskell code"},
	{"guile", K_INTERP, "-c", "scheme code"},
	{"clisp", K_INTERP, "-x", "lisp code"},
	{"sbcl", K_INTERP, "--eval", "lisp code"},
	{"octave*", K_INTERP, "--eval", "octave code"},
	{"jrunscript", K_INTERP, "-e", "javascript code"},
	{"jshell", K_INTERP, "", "java code"},
	{"gnuplot", K_INTERP, "-e", "gnuplot commands"},
	{"slsh", K_INTERP, "-e", "s-lang code"},
	{"dc", K_INTERP, "-e --expression", "dc commands"},
	{"expect", K_INTERP, "-c", "expect code"},
	{"tclsh*", K_INTERP, "", "tcl code"},
	{"wish*", K_INTERP, "", "tcl code"},
	{"pwsh", K_INTERP, "-c -Command -EncodedCommand", "powershell code"},
	{"emacs", K_INTERP, "--eval -eval -l --load -batch --batch --script", "emacs lisp"},
	{"puppet", K_INTERP, "-e --execute", "puppet code"},
	{"bpftrace", K_INTERP, "-e -c", "bpftrace code"},
	{"vi", K_CODE_OPT, "-c --cmd -S -s +", "vi commands"},
	{"vim", K_CODE_OPT, "-c --cmd -S -s + -u", "vim commands"},
	{"nvim", K_CODE_OPT, "-c --cmd -S -s + -u -l", "vim commands"},
	{"gvim", K_CODE_OPT, "-c --cmd -S -s + -u", "vim commands"},
	{"view", K_CODE_OPT, "-c --cmd -S -s +", "vim commands"},
	{"rvim", K_CODE_OPT, "-c --cmd -S -s +", "vim commands"},
	{"vimdiff", K_CODE_OPT, "-c --cmd -S -s +", "vim commands"},
	{"ex", K_CODE_OPT, "-c --cmd -S -s +", "ex commands"},
	{"gdb", K_CODE_OPT, "-ex -iex -x -ix --eval-command --command --init-eval-command -batch --batch", "gdb commands"},
	{"sqlite3", K_CODE_OPT, ".shell .system .sh -cmd", "sqlite3 dot-commands"},
	{"mysql", K_CODE_OPT, "-e --execute", "mysql commands"},
	{"mariadb", K_CODE_OPT, "-e --execute", "mysql commands"},
	{"psql", K_CODE_OPT, "-c --command -f --file", "psql commands"},
	{"lftp", K_CODE_OPT, "-c -e -f", "lftp commands"},
	{"ftp", K_STDIN_CODE, "", "ftp commands"},
	{"socat", K_CODE_OPT, "exec: system:", "socat EXEC/SYSTEM addresses"},
	{"tcpdump", K_CODE_OPT, "-z", "a tcpdump post-rotate command"},
	{"openvpn", K_CODE_OPT, "--up --down --script-security", "openvpn scripts"},
	{"dmsetup", K_CODE_OPT, "--exec", "dmsetup --exec"},
	{"fzf", K_CODE_OPT, "--bind --listen --preview", "fzf actions"},
	{"man", K_CODE_OPT, "-H --html -P --pager", "a man page viewer command"},
	{"git-upload-pack", K_ALWAYS, "", "git hooks"},
	{"m4", K_ALWAYS, "", "m4 macros, which can run commands"},
	{"crontab", K_ALWAYS, "", "scheduled commands"},
	{"tmux", K_ALWAYS, "", "commands started in tmux"},
	{"screen", K_ALWAYS, "", "commands started in screen"},
	{"ed", K_STDIN_CODE, "", "ed commands"},
	{"red", K_STDIN_CODE, "", "ed commands"},
	{"at", K_STDIN_SHELL, "", "at jobs"},
	{"batch", K_STDIN_SHELL, "", "batch jobs"},
	{"tar", K_SHELL_OPT, "--checkpoint-action --to-command -I --use-compress-program --rsh-command -F --info-script --new-volume-script", NULL},
	{"zip", K_SHELL_OPT, "-TT --unzip-command", NULL},
	{"ssh", K_SHELL_OPT, "o:ProxyCommand o:LocalCommand o:KnownHostsCommand", NULL},
	{"scp", K_SHELL_OPT, "-S o:ProxyCommand o:LocalCommand", NULL},
	{"sftp", K_SHELL_OPT, "-S o:ProxyCommand o:LocalCommand", NULL},
	{"sshfs", K_SHELL_OPT, "o:ssh_command o:ProxyCommand", NULL},
	{"rsync", K_SHELL_OPT, "-e --rsh", NULL},
	{"split", K_SHELL_OPT, "--filter", NULL},
	{"cpio", K_SHELL_OPT, "--rsh-command", NULL},
	{"borg", K_SHELL_OPT, "--rsh", NULL},
	{"restic", K_SHELL_OPT, "--password-command", NULL},
	{"aria2c", K_SHELL_OPT, "--on-download-error --on-download-complete --on-download-start", NULL},
	{"sshuttle", K_SHELL_OPT, "--ssh-cmd", NULL},
	{"certbot", K_SHELL_OPT, "--pre-hook --post-hook --deploy-hook --manual-auth-hook", NULL},
	{"hg", K_CODE_OPT, "--config", "a mercurial --config value"},
	{"apt-get", K_CODE_OPT, "-o -c", "an apt option that can run commands"},
	{"apt", K_CODE_OPT, "-o -c", "an apt option that can run commands"},
	{"journalctl", K_CODE_OPT, "--pager", "a pager command"},
};

static bool name_matches(const char *pat, const char *name)
{
	if (pat[0] != name[0])  /* most entries, at no strlen (every command looks) */
		return false;
	size_t n = strlen(pat);
	if (n && pat[n - 1] == '*')
		return strncmp(pat, name, n - 1) == 0 &&
		       strspn(name + n - 1, "0123456789.-") == strlen(name + n - 1);
	return strcmp(pat, name) == 0;
}

static const struct prog *find_prog(const char *b)
{
	for (size_t i = 0; i < sizeof(progs) / sizeof(progs[0]); i++)
		if (name_matches(progs[i].name, b))
			return &progs[i];
	return NULL;
}

/* Does argv[*i] use option opt?  Sets *val to its value (NULL if none)
 * and advances *i past a separate value word. */
static bool uses_option(const struct follow *f, size_t *i, const char *opt,
			const char **val, bool *dyn)
{
	const char *a = f->argv[*i];
	size_t n = strlen(opt);
	*val = NULL;
	*dyn = false;
	if (strncmp(opt, "o:", 2) == 0) {
		/* -o Key=Value, -oKey=Value, -o 'Key Value' (ssh keys ignore case) */
		const char *kv = NULL;
		if (strcmp(a, "-o") == 0 && *i + 1 < f->argc) {
			kv = f->argv[*i + 1];
			*dyn = f->flags[*i + 1] & WORD_DYNAMIC;
		} else if (strncmp(a, "-o", 2) == 0) {
			kv = a + 2;
		}
		if (!kv || strncasecmp(kv, opt + 2, n - 2) != 0 ||
		    (kv[n - 2] != '=' && kv[n - 2] != ' '))
			return false;
		*val = kv + n - 1;
		if (strcmp(a, "-o") == 0)
			++*i;
		return true;
	}
	if (opt[0] != '-') /* an argument prefix: ".shell", "exec:", "eval" */
		return strncasecmp(a, opt, n) == 0;
	if (opt[1] == '-' || n > 2) {
		if (strncmp(a, opt, n) != 0 || (a[n] != '\0' && a[n] != '='))
			return false;
		if (a[n] == '=') {
			*val = a + n + 1;
		} else if (*i + 1 < f->argc) {
			*val = f->argv[++*i];
			*dyn = f->flags[*i] & WORD_DYNAMIC;
		}
		return true;
	}
	/* a short option, maybe in a cluster: -c CODE, -cCODE, -ec CODE */
	if (a[0] != '-' || a[1] == '-' || !strchr(a + 1, opt[1]))
		return false;
	const char *p = strchr(a + 1, opt[1]);
	if (p[1]) {
		*val = p + 1;
	} else if (*i + 1 < f->argc) {
		*val = f->argv[++*i];
		*dyn = f->flags[*i] & WORD_DYNAMIC;
	}
	return true;
}

/* Which option of list (space-separated) argv[*i] uses, or NULL; *i
 * moves past a separate value word. */
static const char *match_at(const struct follow *f, size_t *i, const char *list,
			    const char **val, bool *dyn)
{
	char opt[64];
	if (f->flags[*i] & WORD_DYNAMIC)
		return NULL;
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, " ");
		if (n && n < sizeof(opt)) {
			memcpy(opt, p, n);
			opt[n] = '\0';
			if (strcmp(opt, "+") == 0) {
				if (f->argv[*i][0] == '+') {
					*val = f->argv[*i] + 1;
					*dyn = false;
					return p;
				}
			} else if (uses_option(f, i, opt, val, dyn)) {
				return p;
			}
		}
		p += n;
		p += strspn(p, " ");
	}
	return NULL;
}

/* The first option of list that argv uses, or NULL. */
static const char *find_option(const struct follow *f, const char *list,
			       const char **val, bool *dyn)
{
	for (size_t i = 1; i < f->argc; i++) {
		if (strcmp(f->argv[i], "--") == 0)
			break;
		const char *opt = match_at(f, &i, list, val, dyn);
		if (opt)
			return opt;
	}
	return NULL;
}

/* Does stdin carry data from a pipe, a heredoc, a here-string or a file? */
static bool stdin_fed(const struct follow *f)
{
	if (f->w->stdin_piped)
		return true;
	for (const struct redir *r = f->node ? f->node->redirs : NULL; r; r = r->next)
		if ((r->fd == -1 || r->fd == 0) &&
		    (r->op == R_HEREDOC || r->op == R_HERESTR || r->op == R_IN))
			return true;
	return false;
}

static int unresolved_opt(struct follow *f, const char *b, const char *opt, size_t len,
			  const char *what)
{
	follow_unresolved(f, arena_printf(f->w->a,
		"%s %.*s runs %s, which guard cannot check; use a read-only command instead",
		b, (int)len, opt, what));
	return 1;
}

static int follow_interp(struct follow *f, const char *b, const struct prog *p)
{
	const char *val;
	bool dyn;
	const char *opt = find_option(f, p->flags, &val, &dyn);
	if (opt)
		return unresolved_opt(f, b, opt, strcspn(opt, " "), p->what);
	/* no script operand: the program is read from stdin */
	bool operand = false;
	for (size_t i = 1; i < f->argc; i++)
		if (f->argv[i][0] != '-' || strcmp(f->argv[i], "-") == 0)
			operand = strcmp(f->argv[i], "-") != 0;
	if (!operand && stdin_fed(f)) {
		follow_unresolved(f, arena_printf(f->w->a,
			"%s reads %s from standard input, which guard cannot check", b, p->what));
	}
	return 1;
}

static int follow_shell_opt(struct follow *f, const char *b, const struct prog *p)
{
	for (size_t i = 1; i < f->argc; i++) {
		const char *val = NULL;
		bool dyn = false;
		const char *opt = match_at(f, &i, p->flags, &val, &dyn);
		if (!opt)
			continue;
		/* tar --checkpoint-action=exec=CMD */
		if (val && strncmp(val, "exec=", 5) == 0)
			val += 5;
		const char *via = arena_printf(f->w->a, "%s %.*s", b, (int)strcspn(opt, " "), opt);
		if (dyn || !val) {
			follow_unresolved(f, arena_printf(f->w->a,
				"%s runs a command known only at run time", via));
			continue;
		}
		if (strcasecmp(val, "none") != 0 && follow_code(f, val, strlen(val), via, true) < 0)
			return -1;
	}
	return 1;
}

int follow_program(struct follow *f, const char *name)
{
	const char *b = strrchr(name, '/');
	b = b ? b + 1 : name;
	const struct prog *p = find_prog(b);
	if (!p)
		return 0;
	const char *val;
	bool dyn;
	const char *opt;
	switch (p->kind) {
	case K_INTERP:
		return follow_interp(f, b, p);
	case K_SHELL_OPT:
		return follow_shell_opt(f, b, p);
	case K_CODE_OPT:
		opt = find_option(f, p->flags, &val, &dyn);
		if (opt)
			return unresolved_opt(f, b, opt, strcspn(opt, " "), p->what);
		if (stdin_fed(f) && (strcmp(b, "sqlite3") == 0 || strcmp(b, "psql") == 0 ||
				     strcmp(b, "mysql") == 0 || strcmp(b, "gdb") == 0))
			follow_unresolved(f, arena_printf(f->w->a,
				"%s reads %s from standard input, which guard cannot check", b, p->what));
		return 1;
	case K_STDIN_CODE:
		if (stdin_fed(f))
			follow_unresolved(f, arena_printf(f->w->a,
				"%s reads %s from standard input, which can run shell commands", b, p->what));
		return 1;
	case K_STDIN_SHELL:
		follow_unresolved(f, arena_printf(f->w->a,
			"%s schedules commands guard cannot check when they run", b));
		return 1;
	case K_ALWAYS:
		follow_unresolved(f, arena_printf(f->w->a, "%s runs %s, which guard cannot check",
						  b, p->what));
		return 1;
	}
	return 0;
}
