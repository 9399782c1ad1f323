/* writes.c - see writes.h. */
#include "writes.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum target {
	T_OPERANDS, /* every operand (rm, shred, tee) */
	T_LAST,     /* the last operand, or the -t DIR (cp, install, ln) */
	T_DD,       /* of=PATH */
	T_SKIP1,    /* every operand but the first (chmod MODE, chown OWNER) */
	T_OPTION,   /* only the value of out_opt (curl -o, sort -o) */
};

struct wprog {
	const char *name;      /* a trailing '*' matches any suffix (mkfs.ext4) */
	enum target target;
	const char *short_arg; /* short options that take a value */
	const char *out_opt;   /* short option whose value is the target dir/file */
	const char *long_out;  /* long option (without =) whose value is the target */
	const char *when;      /* write only with one of these short options (NULL: always) */
};

static const struct wprog wprogs[] = {
	{"rm", T_OPERANDS, "", NULL, NULL, NULL},
	{"rmdir", T_OPERANDS, "", NULL, NULL, NULL},
	{"unlink", T_OPERANDS, "", NULL, NULL, NULL},
	{"shred", T_OPERANDS, "ns", NULL, NULL, NULL},
	{"truncate", T_OPERANDS, "sr", NULL, NULL, NULL},
	{"tee", T_OPERANDS, "", NULL, NULL, NULL},
	{"wipefs", T_OPERANDS, "otp", NULL, NULL, NULL},
	{"mkfs*", T_OPERANDS, "tbCLNOr", NULL, NULL, NULL},
	{"mkswap", T_OPERANDS, "LUpe", NULL, NULL, NULL},
	{"mv", T_OPERANDS, "tS", NULL, NULL, NULL},
	{"cp", T_LAST, "tS", "t", "--target-directory", NULL},
	{"install", T_LAST, "tSmogC", "t", "--target-directory", NULL},
	{"ln", T_LAST, "tS", "t", "--target-directory", NULL},
	{"rsync", T_LAST, "efBTM", NULL, NULL, NULL},
	{"dd", T_DD, "", NULL, NULL, NULL},
	{"chmod", T_SKIP1, "", NULL, NULL, NULL},
	{"chown", T_SKIP1, "", NULL, NULL, NULL},
	{"chgrp", T_SKIP1, "", NULL, NULL, NULL},
	{"curl", T_OPTION, "oHdXuUeAbcEFKmrTwxyYz", "o", "--output", NULL},
	{"wget", T_OPTION, "OPoaeUBtTwQlAR", "O", "--output-document", NULL},
	{"sort", T_OPTION, "okStT", "o", "--output", NULL},
	{"split", T_LAST, "abClnt", NULL, NULL, NULL},
	{"unzip", T_OPTION, "dxP", "d", NULL, NULL},
	{"gzip", T_OPERANDS, "S", NULL, NULL, NULL},
	{"gunzip", T_OPERANDS, "S", NULL, NULL, NULL},
	{"bzip2", T_OPERANDS, "", NULL, NULL, NULL},
	{"bunzip2", T_OPERANDS, "", NULL, NULL, NULL},
	{"xz", T_OPERANDS, "", NULL, NULL, NULL},
	{"unxz", T_OPERANDS, "", NULL, NULL, NULL},
	{"zstd", T_OPERANDS, "o", NULL, NULL, NULL},
	{"unzstd", T_OPERANDS, "o", NULL, NULL, NULL},
	{"patch", T_OPTION, "pioBDrFVYzg", "o", "--output", NULL},
};

/* Options with which these write nothing (to stdout, or only test). */
static const struct {
	const char *name;
	const char *short_opts;
} no_write[] = {
	{"gzip", "cltk"}, {"gunzip", "cltk"}, {"bzip2", "ctk"}, {"bunzip2", "ctk"},
	{"xz", "ctlk"}, {"unxz", "ctlk"}, {"zstd", "cltk"}, {"unzstd", "cltk"},
	{"unzip", "lptvZ"}, {"patch", "C"},
};

static const struct wprog *find_wprog(const char *b)
{
	for (size_t i = 0; i < sizeof(wprogs) / sizeof(wprogs[0]); i++) {
		const char *n = wprogs[i].name;
		if (n[0] != b[0])       /* most entries, at no strlen */
			continue;
		size_t l = strlen(n);
		if (n[l - 1] == '*' ? strncmp(n, b, l - 1) == 0 : strcmp(n, b) == 0)
			return &wprogs[i];
	}
	return NULL;
}

/* ---- paths ----------------------------------------------------------- */

const char *writes_resolve(arena *a, const char *cwd, const char *path)
{
	const char *full = path;
	if (path[0] != '/') {
		if (!cwd)
			return path;
		full = arena_printf(a, "%s/%s", cwd, path);
		if (!full)
			return NULL;
	}
	size_t n = strlen(full);
	char *out = arena_alloc(a, n + 2);
	if (!out)
		return NULL;
	size_t o = 0;
	for (const char *p = full; *p;) {
		while (*p == '/')
			p++;
		size_t l = strcspn(p, "/");
		if (l == 0)
			break;
		if (l == 1 && p[0] == '.') {
			/* nothing */
		} else if (l == 2 && p[0] == '.' && p[1] == '.') {
			/* `link/..` is the parent of where link points, as the
			 * kernel resolves it, not the directory holding link. */
			struct stat st;
			out[o] = '\0';
			char *real = NULL;
			if (o > 0 && lstat(out, &st) == 0 && S_ISLNK(st.st_mode))
				real = realpath(out, NULL);
			if (real) {
				size_t rl = strlen(real);
				if (rl + n + 2 > o + n + 2) {
					char *grown = arena_alloc(a, rl + n + 2);
					if (!grown) {
						free(real);
						return NULL;
					}
					out = grown;
				}
				memcpy(out, real, rl);
				o = rl == 1 ? 0 : rl;
				free(real);
			}
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
		} else {
			out[o++] = '/';
			memcpy(out + o, p, l);
			o += l;
		}
		p += l;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	return out;
}

struct wlist {
	arena *a;
	struct cmd *c;
	const char *cwd;
	size_t cap;
};

static int add(struct wlist *l, const char *path, unsigned flags, const char *how)
{
	struct cmd *c = l->c;
	if (c->nwrites == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 4;
		struct cmd_write *v = arena_alloc(l->a, cap * sizeof(*v));
		if (!v)
			return -1;
		if (c->nwrites)
			memcpy(v, c->writes, c->nwrites * sizeof(*v));
		c->writes = v;
		l->cap = cap;
	}
	struct cmd_write *w = &c->writes[c->nwrites++];
	w->how = how;
	w->flags = flags & (WORD_DYNAMIC | WORD_GLOB);
	if (flags & WORD_DYNAMIC) {
		w->path = path;
		return 0;
	}
	if (path[0] != '/' && !l->cwd)
		w->flags |= WRITE_RELATIVE;
	w->path = writes_resolve(l->a, l->cwd, path);
	return w->path ? 0 : -1;
}

/* ---- redirections ------------------------------------------------------ */

static bool harmless_device(const char *t)
{
	return strcmp(t, "/dev/null") == 0 || strcmp(t, "/dev/stdout") == 0 ||
	       strcmp(t, "/dev/stderr") == 0 || strcmp(t, "/dev/tty") == 0 ||
	       strncmp(t, "/dev/fd/", 8) == 0;
}

static int redir_writes(struct wlist *l)
{
	static const char *const write_ops[] = {">", ">|", ">>", "&>", "&>>", "<>", ">&", NULL};
	for (size_t i = 0; i < l->c->nredirs; i++) {
		const struct cmd_redir *r = &l->c->redirs[i];
		bool writes = false;
		for (const char *const *op = write_ops; *op; op++)
			writes = writes || strcmp(r->op, *op) == 0;
		if (!writes || (!(r->flags & WORD_DYNAMIC) && harmless_device(r->target)))
			continue;
		if (add(l, r->target, r->flags, arena_printf(l->a, "%s redirection", r->op)) < 0)
			return -1;
	}
	return 0;
}

/* ---- programs -------------------------------------------------------- */

static bool writes_nothing(const struct cmd *c, const struct wprog *p)
{
	for (size_t k = 0; k < sizeof(no_write) / sizeof(no_write[0]); k++) {
		if (strcmp(no_write[k].name, p->name) != 0)
			continue;
		for (size_t i = 1; i < c->argc; i++) {
			const char *a = c->argv[i];
			if (a[0] == '-' && a[1] != '-' && !(c->flags[i] & WORD_DYNAMIC) &&
			    strpbrk(a + 1, no_write[k].short_opts))
				return true;
			if (strcmp(a, "--stdout") == 0 || strcmp(a, "--to-stdout") == 0 ||
			    strcmp(a, "--list") == 0 || strcmp(a, "--test") == 0 ||
			    strcmp(a, "--dry-run") == 0 || strcmp(a, "--keep") == 0)
				return true;
		}
	}
	return false;
}

static bool takes_value(const struct wprog *p, const char *opt)
{
	return opt[0] == '-' && opt[1] && opt[1] != '-' && opt[2] == '\0' &&
	       strchr(p->short_arg, opt[1]);
}

static int program_writes(struct wlist *l, const struct wprog *p, const char *how)
{
	const struct cmd *c = l->c;
	size_t ops[256], nops = 0;
	bool enabled = p->when == NULL, opts_done = false;
	const char *outv = NULL;
	unsigned outf = 0;
	for (size_t i = 1; i < c->argc; i++) {
		const char *a = c->argv[i];
		bool dyn = c->flags[i] & WORD_DYNAMIC;
		if (!opts_done && !dyn && strcmp(a, "--") == 0) {
			opts_done = true;
		} else if (!opts_done && !dyn && a[0] == '-' && a[1]) {
			if (p->when && a[1] != '-' && strpbrk(a + 1, p->when))
				enabled = true;
			if (p->out_opt && a[1] == p->out_opt[0] && a[2] == '\0' && i + 1 < c->argc) {
				outv = c->argv[++i];
				outf = c->flags[i];
			} else if (p->long_out && strncmp(a, p->long_out, strlen(p->long_out)) == 0) {
				const char *eq = strchr(a, '=');
				outv = eq ? eq + 1 : (i + 1 < c->argc ? c->argv[++i] : NULL);
				outf = eq ? 0 : c->flags[i];
			} else if (takes_value(p, a)) {
				i++;
			}
		} else if (p->target == T_DD) {
			if (strncmp(a, "of=", 3) == 0 || dyn)
				if (add(l, dyn ? a : a + 3, c->flags[i], how) < 0)
					return -1;
		} else if (nops < sizeof(ops) / sizeof(ops[0])) {
			ops[nops++] = i;
		}
	}
	if (!enabled || writes_nothing(c, p))
		return 0;
	if (outv)
		return add(l, outv, outf, how);
	/* unzip and patch write into the current directory by default */
	if (p->target == T_OPTION && (strcmp(p->name, "unzip") == 0 || strcmp(p->name, "patch") == 0))
		return add(l, ".", 0, how);
	size_t from = 0, to = nops;
	switch (p->target) {
	case T_LAST: from = nops ? nops - 1 : 0; break;
	case T_SKIP1: from = 1; break;
	case T_OPTION: to = 0; break;
	default: break;
	}
	for (size_t k = from; k < to; k++)
		if (add(l, c->argv[ops[k]], c->flags[ops[k]], how) < 0)
			return -1;
	return 0;
}

/* sed -i SCRIPT FILE...: the files; the script is the first operand
 * unless -e or -f gave it. */
static int sed_writes(struct wlist *l)
{
	const struct cmd *c = l->c;
	bool in_place = false, script = false;
	size_t files[256], n = 0;
	for (size_t i = 1; i < c->argc; i++) {
		const char *a = c->argv[i];
		if (a[0] == '-' && a[1] && !(c->flags[i] & WORD_DYNAMIC)) {
			if (strncmp(a, "--in-place", 10) == 0 || (a[1] != '-' && strchr(a, 'i')))
				in_place = true;
			if (strcmp(a, "-e") == 0 || strcmp(a, "-f") == 0 ||
			    strcmp(a, "--expression") == 0 || strcmp(a, "--file") == 0) {
				script = true;
				i++;
			} else if (strncmp(a, "--expression=", 13) == 0 || strncmp(a, "--file=", 7) == 0) {
				script = true;
			} else if (strcmp(a, "-l") == 0) {
				i++;
			}
		} else if (!script) {
			script = true;
		} else if (n < 256) {
			files[n++] = i;
		}
	}
	for (size_t k = 0; in_place && k < n; k++)
		if (add(l, c->argv[files[k]], c->flags[files[k]], "sed -i") < 0)
			return -1;
	return 0;
}

/* find PATH... -delete: the start paths; -fprint FILE and friends. */
static int find_writes(struct wlist *l)
{
	const struct cmd *c = l->c;
	size_t i = 1, nstart;
	while (i < c->argc && c->argv[i][0] != '-' && strcmp(c->argv[i], "(") != 0 &&
	       strcmp(c->argv[i], "!") != 0)
		i++;
	nstart = i;
	for (size_t j = nstart; j < c->argc; j++) {
		const char *a = c->argv[j];
		if (strcmp(a, "-delete") == 0) {
			if (nstart == 1 && add(l, ".", 0, "find -delete") < 0)
				return -1;
			for (size_t k = 1; k < nstart; k++)
				if (add(l, c->argv[k], c->flags[k], "find -delete") < 0)
					return -1;
		} else if ((strcmp(a, "-fprint") == 0 || strcmp(a, "-fprint0") == 0 ||
			    strcmp(a, "-fprintf") == 0 || strcmp(a, "-fls") == 0) && j + 1 < c->argc) {
			if (add(l, c->argv[j + 1], c->flags[j + 1], a) < 0)
				return -1;
		}
	}
	return 0;
}

/* tar -x writes into -C DIR or the current directory; tar -c -f F writes F. */
static int tar_writes(struct wlist *l)
{
	const struct cmd *c = l->c;
	bool extract = false, create = false;
	const char *dir = ".", *file = NULL;
	unsigned dflags = 0, fflags = 0;
	for (size_t i = 1; i < c->argc; i++) {
		const char *a = c->argv[i];
		bool first = i == 1 && a[0] != '-';
		if (first || (a[0] == '-' && a[1] != '-')) {
			extract = extract || strchr(a, 'x');
			create = create || strpbrk(a + (first ? 0 : 1), "cru");
			const char *fpos = strchr(a, 'f');
			if (fpos && fpos[1] == '\0' && i + 1 < c->argc) {
				file = c->argv[i + 1];
				fflags = c->flags[i + 1];
			}
			if (strcmp(a, "-C") == 0 && i + 1 < c->argc) {
				dir = c->argv[++i];
				dflags = c->flags[i];
			}
		} else if (strcmp(a, "--extract") == 0 || strcmp(a, "--get") == 0) {
			extract = true;
		} else if (strncmp(a, "--directory=", 12) == 0) {
			dir = a + 12;
		} else if (strncmp(a, "--file=", 7) == 0) {
			file = a + 7;
		}
	}
	if (extract && add(l, dir, dflags, "tar -x") < 0)
		return -1;
	if (create && file && strcmp(file, "-") != 0 && add(l, file, fflags, "tar -c") < 0)
		return -1;
	return 0;
}

int writes_of(arena *a, struct cmd *c, const char *cwd)
{
	struct wlist l = {.a = a, .c = c, .cwd = cwd};
	c->writes = NULL;
	c->nwrites = 0;
	if (redir_writes(&l) < 0)
		return -1;
	if (c->argc == 0 || (c->flags[0] & WORD_DYNAMIC))
		return 0;
	const char *b = strrchr(c->argv[0], '/');
	b = b ? b + 1 : c->argv[0];
	if (strcmp(b, "sed") == 0)
		return sed_writes(&l);
	if (strcmp(b, "find") == 0)
		return find_writes(&l);
	if (strcmp(b, "tar") == 0)
		return tar_writes(&l);
	const struct wprog *p = find_wprog(b);
	return p ? program_writes(&l, p, b) : 0;
}
