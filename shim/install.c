/* install.c - see install.h. */
#include "install.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "config_cache.h"
#include "policy.h"
#include "rules_cache.h"

#define LIB_DIR    "/usr/lib/guard"
#define REAL_BASH  LIB_DIR "/bash"
#define REAL_SH    LIB_DIR "/sh"
#define REAL_DASH  LIB_DIR "/dash"
#define BIN_BASH   "/bin/bash"
#define BIN_SH     "/bin/sh"
#define BIN_DASH   "/bin/dash"
#define SH_TARGET  "dash"            /* bookworm's dash ships /bin/sh -> dash */
#define SH_DISTRIB "/bin/sh.distrib" /* and diverts /bin/sh there itself */
#define RULES_FILE GUARD_CONFIG_DIR "/rules.yaml"
#define LOG_DIR    "/var/log/guard"
#define LOG_FILE   LOG_DIR "/guard.log"
#define GROUP      "guard"

#define DPKG_DIVERT "/usr/bin/dpkg-divert"
#define DPKG_STATOV "/usr/bin/dpkg-statoverride"
#define GROUPADD    "/usr/sbin/groupadd"

#define FILE_MAX (256u * 1024 * 1024)

struct attrs {
	uid_t uid;
	gid_t gid;
	mode_t mode;
};

struct blob {
	char *data;
	size_t len;
	struct stat st;
};

struct diversion {
	char pkg[128];     /* "" none, "LOCAL", or the diverting package */
	char to[PATH_MAX]; /* where the packaged file goes instead */
};

static const char *verb = "install";
static int changes;

/* ---- messages ------------------------------------------------------------ */

static _Noreturn void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "guard %s: ", verb);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(2);
}

static void changed(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	printf("guard %s: ", verb);
	vprintf(fmt, ap);
	putchar('\n');
	va_end(ap);
	changes++;
}

/* ---- helpers, run without a shell --------------------------------------- */

static char *const helper_env[] = {"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C", NULL};

static _Noreturn void child(char **argv, int outfd)
{
	int null = open("/dev/null", O_RDONLY);
	if (null >= 0)
		dup2(null, 0);
	if (outfd >= 0)
		dup2(outfd, 1);
	execve(argv[0], argv, helper_env);
	fprintf(stderr, "guard %s: cannot run %s: %s\n", verb, argv[0], strerror(errno));
	_exit(127);
}

/* Reads the child's standard output into out (NUL-terminated, trailing
 * newlines removed); the rest is read and dropped. */
static void collect(int fd, char *out, size_t outlen)
{
	size_t n = 0;
	char buf[512];
	ssize_t r;
	while ((r = read(fd, buf, sizeof(buf))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			die("reading from a helper: %s", strerror(errno));
		for (ssize_t i = 0; i < r && n + 1 < outlen; i++)
			out[n++] = buf[i];
	}
	while (n > 0 && out[n - 1] == '\n')
		n--;
	out[n] = '\0';
}

/* Runs argv[0] (an absolute path) with argv; its standard output goes to
 * out when out is not NULL.  Returns its exit status. */
static int run(char **argv, char *out, size_t outlen)
{
	int p[2] = {-1, -1};
	if (out && pipe2(p, O_CLOEXEC) < 0)
		die("pipe: %s", strerror(errno));
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0)
		child(argv, p[1]);
	if (out) {
		close(p[1]);
		collect(p[0], out, outlen);
		close(p[0]);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			die("waitpid: %s", strerror(errno));
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/* As run(), and a failure is fatal; the message shows the command line. */
static void run_ok(char **argv, char *out, size_t outlen)
{
	int st = run(argv, out, outlen);
	if (st == 0)
		return;
	char cmd[1024];
	size_t n = 0;
	for (char **a = argv; *a && n < sizeof(cmd); a++)
		n += (size_t)snprintf(cmd + n, sizeof(cmd) - n, "%s%s", a == argv ? "" : " ", *a);
	die("%s failed (exit status %d)", cmd, st);
}

/* ---- dpkg ----------------------------------------------------------------- */

static void diversion_of(const char *path, struct diversion *d)
{
	char *lp[] = {DPKG_DIVERT, "--listpackage", (char *)path, NULL};
	char *tn[] = {DPKG_DIVERT, "--truename", (char *)path, NULL};
	run_ok(lp, d->pkg, sizeof(d->pkg));
	run_ok(tn, d->to, sizeof(d->to));
}

static bool ours(const struct diversion *d, const char *to)
{
	return strcmp(d->pkg, "LOCAL") == 0 && strcmp(d->to, to) == 0;
}

static void divert_local(const char *path, const char *to)
{
	char *argv[] = {DPKG_DIVERT, "--quiet", "--local", "--no-rename",
			"--divert", (char *)to, "--add", (char *)path, NULL};
	run_ok(argv, NULL, 0);
	changed("diverted %s to %s", path, to);
}

static void undivert_local(const char *path)
{
	char *argv[] = {DPKG_DIVERT, "--quiet", "--local", "--no-rename",
			"--remove", (char *)path, NULL};
	run_ok(argv, NULL, 0);
	changed("removed the diversion of %s", path);
}

/* dash's own diversion of /bin/sh (see dash.postinst), taken and given back. */
static void divert_dash(bool add)
{
	char *rm[] = {DPKG_DIVERT, "--quiet", "--package", "dash", "--no-rename",
		      "--remove", BIN_SH, NULL};
	char *ad[] = {DPKG_DIVERT, "--quiet", "--package", "dash", "--no-rename",
		      "--divert", SH_DISTRIB, "--add", BIN_SH, NULL};
	run_ok(add ? ad : rm, NULL, 0);
	changed("%s dash's diversion of %s", add ? "restored" : "removed", BIN_SH);
}

/* The statoverride of path as "OWNER GROUP MODE", or "" if none. */
static void statoverride_of(const char *path, char *out, size_t outlen)
{
	char *argv[] = {DPKG_STATOV, "--list", (char *)path, NULL};
	int st = run(argv, out, outlen);
	if (st == 1)
		out[0] = '\0';
	else if (st != 0)
		die("%s --list %s failed (exit status %d)", DPKG_STATOV, path, st);
	char *sp = strrchr(out, ' ');
	if (sp && strcmp(sp + 1, path) == 0)
		*sp = '\0';
}

/* A statoverride without --update: dpkg applies it to the file it unpacks,
 * which for a diverted path is the diverted file (infra.md section 4). */
static void statoverride_set(const char *path, const char *want)
{
	char have[256], owner[32], group[64], mode[16];
	statoverride_of(path, have, sizeof(have));
	if (strcmp(have, want) == 0)
		return;
	char *rm[] = {DPKG_STATOV, "--quiet", "--remove", (char *)path, NULL};
	if (have[0])
		run_ok(rm, NULL, 0);
	if (sscanf(want, "%31s %63s %15s", owner, group, mode) != 3)
		die("internal error: statoverride %s", want);
	char *add[] = {DPKG_STATOV, "--quiet", "--add", owner, group, mode, (char *)path, NULL};
	run_ok(add, NULL, 0);
	changed("statoverride %s %s", want, path);
}

static void statoverride_clear(const char *path, const char *only)
{
	char have[256];
	statoverride_of(path, have, sizeof(have));
	if (!have[0] || (only && strcmp(have, only) != 0))
		return;
	char *rm[] = {DPKG_STATOV, "--quiet", "--remove", (char *)path, NULL};
	run_ok(rm, NULL, 0);
	changed("removed the statoverride of %s", path);
}

/* ---- the group ------------------------------------------------------------ */

/* The gid of GROUP in /etc/group, or -1.  guard is static (musl): there is
 * no NSS, and in an image the groups are in /etc/group anyway. */
static long group_gid(void)
{
	FILE *f = fopen("/etc/group", "re");
	if (!f)
		die("/etc/group: %s", strerror(errno));
	char line[4096];
	long gid = -1;
	size_t n = strlen(GROUP);
	while (gid < 0 && fgets(line, sizeof(line), f)) {
		if (strncmp(line, GROUP, n) != 0 || line[n] != ':')
			continue;
		char *p = strchr(line + n + 1, ':'), *end;
		if (!p)
			continue;
		errno = 0;
		long v = strtol(p + 1, &end, 10);
		if (!errno && end != p + 1 && *end == ':' && v >= 0)
			gid = v;
	}
	fclose(f);
	return gid;
}

static gid_t ensure_group(void)
{
	long gid = group_gid();
	if (gid >= 0)
		return (gid_t)gid;
	char *argv[] = {GROUPADD, "--system", GROUP, NULL};
	run_ok(argv, NULL, 0);
	if ((gid = group_gid()) < 0)
		die("groupadd created no group %s in /etc/group", GROUP);
	changed("created group %s (gid %ld)", GROUP, gid);
	return (gid_t)gid;
}

/* ---- files ---------------------------------------------------------------- */

/* 0 and *st if path exists (not following a symlink), 1 if it does not. */
static int probe(const char *path, struct stat *st)
{
	if (lstat(path, st) == 0)
		return 0;
	if (errno != ENOENT)
		die("%s: %s", path, strerror(errno));
	return 1;
}

/* The whole regular file at path, or false if it is missing or is not a
 * regular file (a final symlink is followed only if follow is set). */
static bool slurp(const char *path, bool follow, struct blob *b)
{
	int nofollow = follow ? 0 : O_NOFOLLOW;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | nofollow);
	if (fd < 0 && (errno == ENOENT || errno == ELOOP))
		return false;
	if (fd < 0 || fstat(fd, &b->st) < 0)
		die("%s: %s", path, strerror(errno));
	if (!S_ISREG(b->st.st_mode) || (size_t)b->st.st_size > FILE_MAX) {
		close(fd);
		return false;
	}
	b->len = (size_t)b->st.st_size;
	b->data = malloc(b->len + 1);
	ssize_t r = b->data ? read(fd, b->data, b->len + 1) : -1;
	close(fd);
	if (r < 0 || (size_t)r != b->len)
		die("%s: cannot read it whole", path);
	return true;
}

static bool same_content(const char *path, const char *data, size_t len)
{
	struct blob b = {0};
	bool same = slurp(path, false, &b) && b.len == len && memcmp(b.data, data, len) == 0;
	free(b.data);
	return same;
}

/* Owner, group and mode, changed only where they differ.  chown comes
 * first because it clears the set-id bits that chmod then sets. */
static void set_attrs(const char *path, const struct attrs *a)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0)
		die("%s: %s", path, strerror(errno));
	bool own = st.st_uid != a->uid || st.st_gid != a->gid;
	if (own && fchown(fd, a->uid, a->gid) < 0)
		die("chown %s: %s", path, strerror(errno));
	if (own && fstat(fd, &st) < 0)
		die("%s: %s", path, strerror(errno));
	bool mod = (st.st_mode & 07777) != a->mode;
	if (mod && fchmod(fd, a->mode) < 0)
		die("chmod %s: %s", path, strerror(errno));
	close(fd);
	if (own || mod)
		changed("%s: owner %u:%u, mode %04o", path, (unsigned)a->uid,
			(unsigned)a->gid, (unsigned)a->mode);
}

static void ensure_dir(const char *path, const struct attrs *a)
{
	if (mkdir(path, a->mode & 0777) == 0)
		changed("created %s", path);
	else if (errno != EEXIST)
		die("mkdir %s: %s", path, strerror(errno));
	struct stat st;
	if (lstat(path, &st) < 0 || !S_ISDIR(st.st_mode))
		die("%s: not a directory", path);
	set_attrs(path, a);
}

/* Writes data to "path.guard-new" with its final attributes (and times, if
 * given); commit() renames it over path, so path is never half written. */
static void stage(const char *path, const char *data, size_t len, const struct attrs *a,
		  const struct timespec *times, char *tmp, size_t tmplen)
{
	snprintf(tmp, tmplen, "%s.guard-new", path);
	if (unlink(tmp) < 0 && errno != ENOENT)
		die("%s: %s", tmp, strerror(errno));
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		die("%s: %s", tmp, strerror(errno));
	for (size_t off = 0; off < len;) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			die("writing %s: %s", tmp, strerror(errno));
		off += (size_t)w;
	}
	if (fchown(fd, a->uid, a->gid) < 0 || fchmod(fd, a->mode) < 0 ||
	    (times && futimens(fd, times) < 0) || fsync(fd) < 0 || close(fd) < 0)
		die("%s: %s", tmp, strerror(errno));
}

static void commit(const char *tmp, const char *path)
{
	if (rename(tmp, path) < 0)
		die("rename %s to %s: %s", tmp, path, strerror(errno));
	changed("wrote %s", path);
}

/* path holds exactly data with attributes a, afterwards. */
static void ensure_file(const char *path, const char *data, size_t len,
			const struct attrs *a, const struct timespec *times)
{
	if (same_content(path, data, len)) {
		set_attrs(path, a);
		return;
	}
	char tmp[PATH_MAX];
	stage(path, data, len, a, times, tmp, sizeof(tmp));
	commit(tmp, path);
}

/* path is a symbolic link to target, afterwards; replaced atomically. */
static void ensure_symlink(const char *path, const char *target)
{
	char have[PATH_MAX], tmp[PATH_MAX];
	ssize_t n = readlink(path, have, sizeof(have) - 1);
	if (n >= 0 && (have[n] = '\0', strcmp(have, target) == 0))
		return;
	snprintf(tmp, sizeof(tmp), "%s.guard-new", path);
	unlink(tmp);
	if (symlink(target, tmp) < 0 || rename(tmp, path) < 0)
		die("symlink %s -> %s: %s", path, target, strerror(errno));
	changed("%s -> %s", path, target);
}

static void remove_path(const char *path)
{
	struct stat st;
	if (probe(path, &st) == 1)
		return;
	if ((S_ISDIR(st.st_mode) ? rmdir(path) : unlink(path)) < 0)
		die("removing %s: %s", path, strerror(errno));
	changed("removed %s", path);
}

/* ---- guard itself --------------------------------------------------------- */

/* Every guard binary holds this text; a real shell does not.  It keeps a
 * second install from saving guard as "the real bash". */
static const char guard_marker[] = "guard-install-marker: this program is guard, not a shell";

static bool is_guard(const struct blob *b)
{
	return memmem(b->data, b->len, guard_marker, sizeof(guard_marker) - 1) != NULL;
}

static bool path_is_regular(const char *path)
{
	struct stat st;
	return probe(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool path_is_guard(const char *path)
{
	struct blob b = {0};
	bool g = slurp(path, false, &b) && is_guard(&b);
	free(b.data);
	return g;
}

static void self(struct blob *b)
{
	if (!slurp("/proc/self/exe", true, b) || !is_guard(b))
		die("cannot read this program from /proc/self/exe");
}

/* ---- install -------------------------------------------------------------- */

struct opts {
	bool lockdown;
	const char *rules; /* --rules FILE */
	gid_t gid;         /* of group guard */
};

static const struct attrs root755 = {0, 0, 0755};
static const struct attrs root644 = {0, 0, 0644};

static int usage(void)
{
	fputs("usage: guard install [--lockdown] [--rules FILE]\n"
	      "       guard uninstall\n",
	      stderr);
	return 2;
}

static int parse_install(int argc, char **argv, struct opts *o)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--lockdown") == 0)
			o->lockdown = true;
		else if (strcmp(argv[i], "--rules") == 0 && i + 1 < argc)
			o->rules = argv[++i];
		else
			return -1;
	}
	return 0;
}

static void preflight(void)
{
	if (geteuid() != 0)
		die("must be run as root");
	const char *tools[] = {DPKG_DIVERT, DPKG_STATOV, GROUPADD};
	for (size_t i = 0; i < sizeof(tools) / sizeof(tools[0]); i++)
		if (access(tools[i], X_OK) < 0)
			die("%s: %s (guard install is for Debian systems)", tools[i], strerror(errno));
	umask(022);
}

/* A nosuid mount ignores the setgid bit: guard would never get its group
 * and would refuse every command.  (no-new-privileges is decided when the
 * container starts; guard reports it then.) */
static void check_suid_mount(void)
{
	struct statvfs sv;
	if (statvfs("/usr/bin", &sv) == 0 && (sv.f_flag & ST_NOSUID))
		die("/usr/bin is on a nosuid mount, which ignores setgid: the lock-down cannot work there");
}

static void check_policy(const char *path)
{
	char err[1024];
	policy *p = policy_load(path, err, sizeof(err));
	if (!p)
		die("rules: %s", err);
	policy_free(p);
}

/* --rules FILE becomes RULES_FILE; the copy is checked where it lands
 * (includes are resolved next to it) before it replaces the old one. */
static void install_rules(const char *src)
{
	if (!src)
		return;
	struct blob b = {0};
	if (!slurp(src, true, &b))
		die("%s: missing or not a regular file", src);
	if (same_content(RULES_FILE, b.data, b.len)) {
		set_attrs(RULES_FILE, &root644);
	} else {
		char tmp[PATH_MAX], err[1024];
		stage(RULES_FILE, b.data, b.len, &root644, NULL, tmp, sizeof(tmp));
		policy *p = policy_load(tmp, err, sizeof(err));
		if (!p) {
			unlink(tmp);
			die("rules as installed in %s: %s", GUARD_CONFIG_DIR, err);
		}
		policy_free(p);
		commit(tmp, RULES_FILE);
	}
	free(b.data);
}

/* The compiled policy next to the rules (rules_cache.h).  A missing or
 * stale one only costs time, so a failure is a warning. */
static void compile_rules(void)
{
	char err[1024];
	if (ruleset_compile(RULES_FILE, err, sizeof(err)))
		fprintf(stderr, "guard %s: warning: no compiled policy: %s\n", verb, err);
}

/* The compiled configuration next to it (config_cache.h): likewise. */
static void compile_config(void)
{
	char err[1024];
	if (config_compile(GUARD_CONFIG_FILE, err, sizeof(err)))
		fprintf(stderr, "guard %s: warning: no compiled configuration: %s\n", verb, err);
}

static int config_text(char *buf, size_t len, bool lockdown, gid_t gid)
{
	char gidline[64] = "";
	if (lockdown)
		snprintf(gidline, sizeof(gidline), "lockdown_gid: %u\n", (unsigned)gid);
	return snprintf(buf, len,
			"# written by `guard install`%s; see guard.1\n"
			"rules: %s\nlog: %s\nmode: enforce\ninteractive: deny\n"
			"on_log_failure: deny\n%sshells:\n  bash: %s\n  sh: %s\n",
			lockdown ? " --lockdown" : "", RULES_FILE, LOG_FILE, gidline,
			REAL_BASH, REAL_SH);
}

/* An existing config is the administrator's and is kept, but it must
 * describe what install sets up, or guard would refuse every command. */
static const char *config_mismatch(const struct config *c, const struct opts *o)
{
	static char msg[256];
	const char *bash = config_shell(c, "bash"), *sh = config_shell(c, "sh");
	if (strcmp(c->rules, RULES_FILE) != 0)
		return "rules must be " RULES_FILE;
	if (strcmp(c->log, LOG_FILE) != 0)
		return "log must be " LOG_FILE;
	if (!bash || strcmp(bash, REAL_BASH) != 0 || !sh || strcmp(sh, REAL_SH) != 0)
		return "shells must map bash to " REAL_BASH " and sh to " REAL_SH;
	if (!o->lockdown && c->lockdown_gid >= 0)
		return "it has lockdown_gid: run guard install --lockdown, or remove that line";
	if (o->lockdown && c->lockdown_gid != (long)o->gid) {
		snprintf(msg, sizeof(msg), "--lockdown needs `lockdown_gid: %u` (group %s) in it",
			 (unsigned)o->gid, GROUP);
		return msg;
	}
	return NULL;
}

/* Written if missing, or with --lockdown if it is still exactly what a
 * plain install wrote.  The way back is not automatic: dropping the lock-
 * down is a decision for whoever edits the config. */
static void ensure_config(const struct opts *o)
{
	char want[1024], plain[1024], tmp[PATH_MAX], err[1024];
	int n = config_text(want, sizeof(want), o->lockdown, o->gid);
	int m = config_text(plain, sizeof(plain), false, 0);
	struct stat st;
	bool rewrite = probe(GUARD_CONFIG_FILE, &st) == 1 ||
		       (o->lockdown && same_content(GUARD_CONFIG_FILE, plain, (size_t)m));
	if (rewrite) {
		stage(GUARD_CONFIG_FILE, want, (size_t)n, &root644, NULL, tmp, sizeof(tmp));
		commit(tmp, GUARD_CONFIG_FILE);
	}
	struct config c;
	if (config_load(&c, GUARD_CONFIG_FILE, err, sizeof(err)) < 0)
		die("%s", err);
	const char *bad = config_mismatch(&c, o);
	if (bad)
		die("%s: %s", GUARD_CONFIG_FILE, bad);
	if (config_check_owner(c.rules, err, sizeof(err)) < 0)
		die("%s", err);
	check_policy(c.rules);
	config_free(&c);
}

/* Created by root here, so that no user owns it (a log created by guard
 * itself would belong to whoever ran it); never truncated.  Only group
 * guard may write it: setgid guard with --lockdown, else its members. */
static void ensure_log(const struct opts *o)
{
	struct attrs dir = {0, o->gid, 0770};
	struct attrs file = {0, o->gid, 0660};
	ensure_dir(LOG_DIR, &dir);
	int fd = open(LOG_FILE, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd >= 0)
		close(fd);
	else if (errno != EEXIST)
		die("%s: %s", LOG_FILE, strerror(errno));
	struct stat st;
	if (lstat(LOG_FILE, &st) < 0 || !S_ISREG(st.st_mode))
		die("%s: not a regular file", LOG_FILE);
	if (fd >= 0)
		changed("created %s", LOG_FILE);
	set_attrs(LOG_FILE, &file);
}

/* cp -p of the real bash, then the diversion, so that dpkg unpacks future
 * versions there and never over guard. */
static void save_bash(void)
{
	struct diversion d;
	diversion_of(BIN_BASH, &d);
	if (ours(&d, REAL_BASH)) {
		struct blob b = {0};
		if (!slurp(REAL_BASH, false, &b) || is_guard(&b))
			die("%s is missing or is guard: apt-get install --reinstall bash", REAL_BASH);
		free(b.data);
		return;
	}
	if (d.pkg[0])
		die("%s is already diverted to %s by %s", BIN_BASH, d.to, d.pkg);
	struct blob b = {0};
	if (!slurp(BIN_BASH, false, &b) || is_guard(&b))
		die("%s is not the real bash and not diverted: apt-get install --reinstall bash", BIN_BASH);
	struct attrs a = {b.st.st_uid, b.st.st_gid, b.st.st_mode & 07777};
	struct timespec t[2] = {b.st.st_atim, b.st.st_mtim};
	ensure_file(REAL_BASH, b.data, b.len, &a, t);
	free(b.data);
	divert_local(BIN_BASH, REAL_BASH);
}

/* The real sh is what dash ships as /bin/sh: the symlink "dash".  dpkg
 * will unpack that very link as REAL_SH, so REAL_DASH makes it resolve. */
static void save_sh(void)
{
	if (!path_is_regular(BIN_DASH) || path_is_guard(BIN_DASH))
		die("%s is missing or is not dash", BIN_DASH);
	ensure_symlink(REAL_DASH, BIN_DASH);
	ensure_symlink(REAL_SH, SH_TARGET);
	struct diversion d;
	diversion_of(BIN_SH, &d);
	if (ours(&d, REAL_SH))
		return;
	if (strcmp(d.pkg, "dash") == 0 && strcmp(d.to, SH_DISTRIB) == 0)
		divert_dash(false);
	else if (d.pkg[0])
		die("%s is already diverted to %s by %s", BIN_SH, d.to, d.pkg);
	divert_local(BIN_SH, REAL_SH);
}

static void lock_statoverride(char *buf, size_t len)
{
	snprintf(buf, len, "root %s 750", GROUP);
}

static void set_real_modes(const struct opts *o)
{
	if (!o->lockdown) {
		set_attrs(REAL_BASH, &root755);
		return;
	}
	char want[64];
	struct attrs a = {0, o->gid, 0750};
	lock_statoverride(want, sizeof(want));
	statoverride_set(BIN_BASH, want);
	set_attrs(REAL_BASH, &a);
	statoverride_set(BIN_DASH, want);
	set_attrs(BIN_DASH, &a);
}

static void place_guard(const struct opts *o, const struct blob *me)
{
	struct attrs a = {0, o->lockdown ? o->gid : 0, o->lockdown ? 02755 : 0755};
	ensure_file(BIN_BASH, me->data, me->len, &a, NULL);
	ensure_file(BIN_SH, me->data, me->len, &a, NULL);
}

int install_main(int argc, char **argv)
{
	struct opts o = {0};
	verb = "install";
	if (parse_install(argc, argv, &o) < 0)
		return usage();
	preflight();
	if (o.lockdown)
		check_suid_mount();
	struct blob me = {0};
	self(&me);
	if (o.rules)
		check_policy(o.rules);
	else if (!path_is_regular(RULES_FILE))
		die("no rules at %s: pass --rules FILE", RULES_FILE);
	o.gid = ensure_group();
	ensure_dir(GUARD_CONFIG_DIR, &root755);
	install_rules(o.rules);
	compile_rules();
	ensure_config(&o);
	compile_config();
	ensure_log(&o);
	struct attrs lib = {0, o.lockdown ? o.gid : 0, o.lockdown ? 0750 : 0755};
	ensure_dir(LIB_DIR, &lib);
	save_bash();
	save_sh();
	set_real_modes(&o);
	place_guard(&o, &me);
	free(me.data);
	printf("guard install: done, %d change%s\n", changes, changes == 1 ? "" : "s");
	return 0;
}

/* ---- uninstall ------------------------------------------------------------ */

static void unlock_dash(void)
{
	char want[64];
	lock_statoverride(want, sizeof(want));
	statoverride_clear(BIN_DASH, want);
	struct stat st;
	long gid = group_gid();
	if (probe(BIN_DASH, &st) == 0 && gid >= 0 && st.st_gid == (gid_t)gid)
		set_attrs(BIN_DASH, &root755);
}

static void restore_sh(void)
{
	struct diversion d;
	diversion_of(BIN_SH, &d);
	if (d.pkg[0] && !ours(&d, REAL_SH) && strcmp(d.pkg, "dash") != 0)
		die("%s is diverted to %s by %s, not by guard install", BIN_SH, d.to, d.pkg);
	if (ours(&d, REAL_SH) || path_is_guard(BIN_SH))
		ensure_symlink(BIN_SH, SH_TARGET);
	if (ours(&d, REAL_SH)) {
		undivert_local(BIN_SH);
		divert_dash(true);
	}
	remove_path(REAL_SH);
	remove_path(REAL_DASH);
}

static void restore_bash(void)
{
	struct diversion d;
	diversion_of(BIN_BASH, &d);
	if (d.pkg[0] && !ours(&d, REAL_BASH))
		die("%s is diverted to %s by %s, not by guard install", BIN_BASH, d.to, d.pkg);
	if (!d.pkg[0]) {
		if (path_is_guard(BIN_BASH))
			die("%s is guard but not diverted: apt-get install --reinstall bash", BIN_BASH);
		remove_path(REAL_BASH);
		return;
	}
	struct blob b = {0};
	if (!slurp(REAL_BASH, false, &b) || is_guard(&b))
		die("cannot restore %s: %s is missing or is guard", BIN_BASH, REAL_BASH);
	struct timespec t[2] = {b.st.st_atim, b.st.st_mtim};
	ensure_file(BIN_BASH, b.data, b.len, &root755, t);
	free(b.data);
	char want[64];
	lock_statoverride(want, sizeof(want));
	statoverride_clear(BIN_BASH, want);
	undivert_local(BIN_BASH);
	remove_path(REAL_BASH);
}

int uninstall_main(int argc, char **argv)
{
	verb = "uninstall";
	(void)argv;
	if (argc != 1)
		return usage();
	preflight();
	unlock_dash();
	restore_sh();
	restore_bash();
	remove_path(LIB_DIR);
	printf("guard uninstall: done, %d change%s; kept %s, %s and group %s\n", changes,
	       changes == 1 ? "" : "s", GUARD_CONFIG_DIR, LOG_DIR, GROUP);
	return 0;
}
