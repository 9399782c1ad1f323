/* logcmd.c - see logcmd.h. */
#include "logcmd.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include <pcre2.h>

#include "jsonr.h"
#include "log.h"
#include "sha256.h"

#define DEFAULT_WIDTH 100
#define RULE_WIDTH 16
#define MATCH_LIMIT 1000000    /* pcre2 backtracking steps per subject */
#define DEPTH_LIMIT 10000
#define HEAP_LIMIT_KIB 20000

struct opts {
	const char *file;
	bool denied, json, stats, verify;
	bool since_set, until_set;
	long long since, until;    /* ms since the epoch: since <= t < until */
	const char *session;
	pcre2_code *re;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	bool re_limit_hit;
};

/* One log line being read. */
struct entry {
	const char *line;
	size_t len, no;
	struct jsonr j;
};

static int usage(void)
{
	fputs("usage: guard log [FILE] [--denied] [--since T] [--until T] [--session ID]\n"
	      "                 [--grep RE] [--json | --stats | --verify]\n",
	      stderr);
	return 2;
}

/* ---- times -------------------------------------------------------------------- */

static int read_digits(const char **p, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++, (*p)++) {
		if (**p < '0' || **p > '9')
			return -1;
		*v = *v * 10 + (**p - '0');
	}
	return 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

/* The date and time fields of s, as many as it has (1 to 6); -1 if none
 * or out of range.  Leaves *p after them. */
static int read_fields(const char **p, int f[6])
{
	static const struct { int width; char sep; int min, max; } part[] = {
		{4, 0, 0, 9999}, {2, '-', 1, 12}, {2, '-', 1, 31},
		{2, 'T', 0, 23}, {2, ':', 0, 59}, {2, ':', 0, 60},
	};
	int n = 0;
	for (; n < 6; n++) {
		if (n > 0 && !(**p == part[n].sep || (n == 3 && (**p == 't' || **p == ' '))))
			break;
		if (n > 0)
			(*p)++;
		if (read_digits(p, part[n].width, &f[n]) < 0 || f[n] < part[n].min || f[n] > part[n].max)
			return -1;
	}
	if (n >= 3 && f[2] > days_in_month(f[0], f[1]))
		return -1;
	return n;
}

/* Milliseconds and their span from ".fff..." at *p. */
static int read_fraction(const char **p, long long *ms, long long *span)
{
	int digits = 0;
	*ms = 0;
	for ((*p)++; **p >= '0' && **p <= '9'; (*p)++, digits++)
		if (digits < 3)
			*ms = *ms * 10 + (**p - '0');
	if (digits == 0)
		return -1;
	for (int d = digits; d < 3; d++)
		*ms *= 10;
	*span = digits == 1 ? 100 : digits == 2 ? 10 : 1;
	return 0;
}

/* Minutes east of UTC from "Z", "+hh:mm" or "-hh:mm" (or nothing). */
static int read_zone(const char **p, long long *east)
{
	*east = 0;
	if (**p == 'Z' || **p == 'z') {
		(*p)++;
	} else if (**p == '+' || **p == '-') {
		int sign = **p == '-' ? -1 : 1, h, m;
		(*p)++;
		if (read_digits(p, 2, &h) < 0 || *(*p)++ != ':' || read_digits(p, 2, &m) < 0 ||
		    h > 23 || m > 59)
			return -1;
		*east = sign * (h * 60 + m);
	}
	return 0;
}

/* RFC 3339, or a prefix of it, as the span [*lo, *hi) it stands for, in
 * ms since the epoch.  0 or -1. */
static int parse_time(const char *s, long long *lo, long long *hi)
{
	int f[6] = {0, 1, 1, 0, 0, 0};
	const char *p = s;
	int n = read_fields(&p, f);
	long long ms = 0, span = 0, east = 0;
	if (n < 1 || (*p == '.' && (n < 6 || read_fraction(&p, &ms, &span) < 0)))
		return -1;
	if ((*p && n < 4) || read_zone(&p, &east) < 0 || *p)
		return -1;
	struct tm tm = {.tm_year = f[0] - 1900, .tm_mon = f[1] - 1, .tm_mday = f[2],
			.tm_hour = f[3], .tm_min = f[4], .tm_sec = f[5]};
	long long start = (long long)timegm(&tm);
	if (span == 0) {
		int *last[] = {&tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec};
		tm = (struct tm){.tm_year = f[0] - 1900, .tm_mon = f[1] - 1, .tm_mday = f[2],
				 .tm_hour = f[3], .tm_min = f[4], .tm_sec = f[5]};
		(*last[n - 1])++;
		span = ((long long)timegm(&tm) - start) * 1000;
	}
	*lo = start * 1000 + ms - east * 60000;
	*hi = *lo + span;
	return 0;
}

/* ---- printing text from the log safely ------------------------------------------ */

/* A code point from the valid UTF-8 sequence at s[0..n), its length in
 * *len; -1 if the bytes are not one. */
static long utf8_decode(const unsigned char *s, size_t n, size_t *len)
{
	size_t k = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 0;
	static const long least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (k == 0 || k > n || s[0] > 0xf4)
		return -1;
	long cp = s[0] & (0x7f >> k);
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if (cp < least[k] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = k;
	return cp;
}

/* Characters a terminal would act on, or that hide or reorder text. */
static bool is_sneaky(long cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || cp == 0x61c || (cp >= 0x200b && cp <= 0x200f) ||
	       (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
}

/* The next character of s[0..n) as printable text: *txt (raw) or esc, and
 * the bytes of s used. */
static size_t next_unit(const char *s, size_t n, const char **txt, size_t *tlen, char esc[16])
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 1;
	if (u[0] >= 0x20 && u[0] < 0x7f) {
		*txt = s;
		*tlen = 1;
		return 1;
	}
	long cp = u[0] >= 0x80 ? utf8_decode(u, n, &k) : -1;
	if (cp >= 0 && !is_sneaky(cp)) {
		*txt = s;
		*tlen = k;
		return k;
	}
	if (u[0] == '\n' || u[0] == '\t' || u[0] == '\r')
		snprintf(esc, 16, "\\%c", u[0] == '\n' ? 'n' : u[0] == '\t' ? 't' : 'r');
	else if (cp >= 0)
		snprintf(esc, 16, "\\u{%04lx}", cp);
	else
		snprintf(esc, 16, "\\x%02x", u[0]);
	*txt = esc;
	*tlen = strlen(esc);
	return k;
}

/* Columns s[0..n) takes once escaped (a character counts as one). */
static size_t cell_cols(const char *s, size_t n)
{
	size_t cols = 0, tlen;
	const char *txt;
	char esc[16];
	for (size_t i = 0; i < n;) {
		size_t k = next_unit(s + i, n - i, &txt, &tlen, esc);
		cols += txt == esc ? tlen : 1;
		i += k;
	}
	return cols;
}

/* s[0..n) escaped, in at most width columns (cut with "..."), padded to
 * width when pad. */
static void put_cell(FILE *out, const char *s, size_t n, size_t width, bool pad)
{
	bool cut = cell_cols(s, n) > width;
	size_t room = cut ? (width > 3 ? width - 3 : 0) : width, cols = 0, tlen;
	const char *txt;
	char esc[16];
	for (size_t i = 0; i < n;) {
		size_t k = next_unit(s + i, n - i, &txt, &tlen, esc);
		size_t c = txt == esc ? tlen : 1;
		if (cols + c > room)
			break;
		fwrite(txt, 1, tlen, out);
		cols += c;
		i += k;
	}
	if (cut && width >= 3) {
		fputs("...", out);
		cols += 3;
	}
	for (; pad && cols < width; cols++)
		putc(' ', out);
}

/* ---- fields of an entry ----------------------------------------------------------- */

static size_t field(const struct entry *e, const char *key)
{
	return jsonr_get(&e->j, 0, key);
}

/* A string field decoded into buf (cut to size); its length, or -1 if it
 * is missing or not a string. */
static long field_str(const struct entry *e, const char *key, char *buf, size_t size)
{
	size_t t = field(e, key);
	if (jsonr_type(&e->j, t) != JSONR_STRING)
		return -1;
	size_t n = jsonr_str(&e->j, t, buf, size);
	return (long)(n < size ? n : size - 1);
}

static bool field_is(const struct entry *e, const char *key, const char *value)
{
	return jsonr_streq(&e->j, field(e, key), value);
}

static bool is_deny(const struct entry *e)
{
	return field_is(e, "decision", "deny");
}

/* "deny*": denied, but logged in audit mode, so it ran. */
static const char *decision_label(const struct entry *e)
{
	if (!is_deny(e))
		return field_is(e, "decision", "allow") ? "allow" : "?";
	return field_is(e, "mode", "audit") ? "deny*" : "deny";
}

/* ---- filters ------------------------------------------------------------------------ */

static bool time_matches(const struct opts *o, const struct entry *e)
{
	char buf[64];
	long long lo, hi;
	if (!o->since_set && !o->until_set)
		return true;
	if (field_str(e, "time", buf, sizeof(buf)) < 0 || parse_time(buf, &lo, &hi) < 0)
		return false;
	return (!o->since_set || lo >= o->since) && (!o->until_set || lo < o->until);
}

static bool session_matches(const struct opts *o, const struct entry *e)
{
	char buf[256];
	if (!o->session)
		return true;
	long n = field_str(e, "session", buf, sizeof(buf));
	return n >= 0 && strncmp(buf, o->session, strlen(o->session)) == 0;
}

static bool re_finds(struct opts *o, const char *s, size_t n)
{
	int rc = pcre2_match(o->re, (PCRE2_SPTR)s, n, 0, 0, o->md, o->mctx);
	if (rc < 0 && rc != PCRE2_ERROR_NOMATCH && !o->re_limit_hit) {
		fputs("guard log: --grep: matching stopped at a limit on some lines (taken as no match)\n",
		      stderr);
		o->re_limit_hit = true;
	}
	return rc >= 0;
}

/* The command text or the agent's command matches --grep. */
static bool grep_matches(struct opts *o, const struct entry *e, char *buf, size_t size)
{
	if (!o->re)
		return true;
	static const char *keys[] = {"command", "agent_command"};
	for (size_t i = 0; i < 2; i++) {
		size_t t = field(e, keys[i]);
		if (jsonr_type(&e->j, t) != JSONR_STRING)
			continue;
		size_t n = jsonr_str(&e->j, t, buf, size);
		if (re_finds(o, buf, n < size ? n : size - 1))
			return true;
	}
	return false;
}

static bool matches(struct opts *o, const struct entry *e, char *buf, size_t size)
{
	return (!o->denied || is_deny(e)) && time_matches(o, e) && session_matches(o, e) &&
	       grep_matches(o, e, buf, size);
}

/* ---- what is done with each matching line ------------------------------------------- */

struct count {
	char *key;
	size_t n;
};

struct tally {
	struct count *v;
	size_t n, cap;
};

struct run {
	struct opts *o;
	FILE *out;
	char *scratch;           /* LOG_LINE_MAX bytes to decode into */
	size_t width;            /* of the timeline */
	bool color, audit_seen;
	size_t shown;
	struct tally decision, rule, session;
};

static int by_key(const void *k, const void *c)
{
	return strcmp(k, ((const struct count *)c)->key);
}

/* Adds one to key's count; 0 or -1 (out of memory). */
static int tally_add(struct tally *t, const char *key)
{
	size_t lo = 0, hi = t->n;
	while (lo < hi) { /* the first count whose key is not below key */
		size_t mid = (lo + hi) / 2;
		if (by_key(key, &t->v[mid]) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < t->n && strcmp(t->v[lo].key, key) == 0) {
		t->v[lo].n++;
		return 0;
	}
	if (t->n == t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 16;
		struct count *v = realloc(t->v, cap * sizeof(*v));
		if (!v)
			return -1;
		t->v = v;
		t->cap = cap;
	}
	char *k = strdup(key);
	if (!k)
		return -1;
	memmove(t->v + lo + 1, t->v + lo, (t->n - lo) * sizeof(*t->v));
	t->v[lo] = (struct count){k, 1};
	t->n++;
	return 0;
}

static int by_count(const void *a, const void *b)
{
	const struct count *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->key, y->key);
}

static void tally_print(FILE *out, const char *title, struct tally *t)
{
	size_t w = 8;
	qsort(t->v, t->n, sizeof(*t->v), by_count);
	for (size_t i = 0; i < t->n; i++) {
		size_t c = cell_cols(t->v[i].key, strlen(t->v[i].key));
		w = c > w ? c : w;
	}
	fprintf(out, "by %s:\n", title);
	for (size_t i = 0; i < t->n; i++) {
		fputs("  ", out);
		put_cell(out, t->v[i].key, strlen(t->v[i].key), w > 64 ? 64 : w, true);
		fprintf(out, "  %zu\n", t->v[i].n);
	}
}

static void tally_free(struct tally *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->v[i].key);
	free(t->v);
}

/* Counts the line by decision, rule and session; -1 if out of memory. */
static int count_line(struct run *r, const struct entry *e)
{
	char *key = r->scratch;
	const char *label = decision_label(e);
	r->audit_seen = r->audit_seen || strcmp(label, "deny*") == 0;
	if (tally_add(&r->decision, label) < 0)
		return -1;
	if (field_str(e, "rule", key, 1024) < 0)
		strcpy(key, "(none)");
	if (tally_add(&r->rule, key) < 0)
		return -1;
	if (field_str(e, "session", key, 1024) < 0)
		strcpy(key, "(none)");
	return tally_add(&r->session, key);
}

static void put_field_cell(struct run *r, const struct entry *e, const char *key, size_t width)
{
	long n = field_str(e, key, r->scratch, LOG_LINE_MAX);
	if (n < 0)
		put_cell(r->out, "-", 1, width, true);
	else
		put_cell(r->out, r->scratch, (size_t)n, width, true);
}

static void put_row(struct run *r, const struct entry *e)
{
	char t[32];
	long n = field_str(e, "time", t, sizeof(t));
	if (n >= 19 && t[10] == 'T') {
		t[10] = ' ';
		n = 19; /* seconds are enough here; --json has the rest */
	}
	put_cell(r->out, n < 0 ? "-" : t, n < 0 ? 1 : (size_t)n, 19, true);
	fputs("  ", r->out);
	n = field_str(e, "session", r->scratch, 9); /* a prefix, as --session takes */
	put_cell(r->out, n < 0 ? "-" : r->scratch, n < 0 ? 1 : (size_t)n, 8, true);
	fputs("  ", r->out);
	const char *d = decision_label(e);
	bool audit = strcmp(d, "deny*") == 0;
	const char *color = !r->color ? "" : strcmp(d, "allow") == 0 ? "\033[32m"
					     : audit ? "\033[33m" : "\033[31m";
	fprintf(r->out, "%s%-8s%s  ", color, d, r->color ? "\033[0m" : "");
	r->audit_seen = r->audit_seen || audit;
	put_field_cell(r, e, "rule", RULE_WIDTH);
	fputs("  ", r->out);
	n = field_str(e, "agent_command", r->scratch, LOG_LINE_MAX);
	if (n < 0)
		n = field_str(e, "command", r->scratch, LOG_LINE_MAX);
	size_t room = r->width > 59 + 20 ? r->width - 59 : 20;
	put_cell(r->out, n < 0 ? "-" : r->scratch, n < 0 ? 1 : (size_t)n, room, false);
	putc('\n', r->out);
}

static int handle(struct run *r, const struct entry *e)
{
	r->shown++;
	if (r->o->json) {
		fwrite(e->line, 1, e->len, r->out);
		putc('\n', r->out);
		return 0;
	}
	if (r->o->stats)
		return count_line(r, e);
	if (r->shown == 1)
		fprintf(r->out, "%-19s  %-8s  %-8s  %-*s  %s\n", "TIME (UTC)", "SESSION", "DECISION",
			RULE_WIDTH, "RULE", "COMMAND");
	put_row(r, e);
	return 0;
}

/* ---- reading the log ---------------------------------------------------------------------- */

/* Parses line no of the log into e; -1 (with a warning) if it is not a
 * log entry. */
static int read_entry(struct entry *e, struct jsonr_tok **tok, size_t *cap, const char *name)
{
	size_t need = JSONR_TOKENS_FOR(e->len);
	if (need > *cap) {
		struct jsonr_tok *t = realloc(*tok, need * sizeof(*t));
		if (!t)
			return -1;
		*tok = t;
		*cap = need;
	}
	if (jsonr_parse(&e->j, e->line, e->len, *tok, *cap) == 0 && jsonr_type(&e->j, 0) == JSONR_OBJECT)
		return 0;
	fprintf(stderr, "guard log: %s:%zu: not a log entry, skipped\n", name, e->no);
	return -1;
}

static int read_log(struct run *r, FILE *in, const char *name)
{
	char *line = malloc(LOG_LINE_MAX);
	struct jsonr_tok *tok = NULL;
	size_t cap = 0;
	int rc = 0;
	if (!line || !r->scratch) {
		fputs("guard log: out of memory\n", stderr);
		free(line);
		return 2;
	}
	struct entry e = {.line = line};
	bool nl;
	ssize_t n;
	while (rc == 0 && (n = log_read_line(in, line, LOG_LINE_MAX - 1, &nl)) != -1) {
		e.no++;
		e.len = n < 0 ? 0 : (size_t)n;
		if (n == -2) {
			fprintf(stderr, "guard log: %s:%zu: longer than a log line, skipped\n", name, e.no);
			continue;
		}
		if (read_entry(&e, &tok, &cap, name) == 0 && matches(r->o, &e, r->scratch, LOG_LINE_MAX) &&
		    handle(r, &e) < 0) {
			fputs("guard log: out of memory\n", stderr);
			rc = 2;
		}
	}
	if (ferror(in)) {
		fprintf(stderr, "guard log: cannot read %s: %s\n", name, strerror(errno));
		rc = 2;
	}
	free(tok);
	free(line);
	return rc;
}

static void print_stats(struct run *r)
{
	fprintf(r->out, "lines: %zu\n", r->shown);
	tally_print(r->out, "decision", &r->decision);
	tally_print(r->out, "rule", &r->rule);
	tally_print(r->out, "session", &r->session);
}

static int show(struct opts *o, FILE *in, const char *name)
{
	struct run r = {.o = o, .out = stdout, .scratch = malloc(LOG_LINE_MAX), .width = DEFAULT_WIDTH};
	struct winsize ws;
	if (isatty(STDOUT_FILENO)) {
		r.color = getenv("NO_COLOR") == NULL;
		if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
			r.width = ws.ws_col;
	}
	int rc = read_log(&r, in, name);
	if (rc == 0 && o->stats)
		print_stats(&r);
	if (rc == 0 && r.audit_seen)
		fputs("deny*: denied by a rule, but run: logged in audit mode\n", stdout);
	tally_free(&r.decision);
	tally_free(&r.rule);
	tally_free(&r.session);
	free(r.scratch);
	return rc;
}

static int verify(FILE *in, const char *name)
{
	struct log_check c;
	int rc = log_verify(in, &c);
	if (rc < 0) {
		fprintf(stderr, "guard log: cannot read %s: %s\n", name, strerror(errno));
		return 2;
	}
	if (rc == 0)
		printf("ok: %zu lines, chain intact\n", c.lines);
	else
		printf("line %zu: %s\n", c.bad, c.why);
	return rc;
}

/* ---- options ---------------------------------------------------------------------------- */

static int compile_grep(struct opts *o, const char *pattern)
{
	int code;
	PCRE2_SIZE at;
	o->re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, 0, &code, &at, NULL);
	if (!o->re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(code, msg, sizeof(msg));
		fprintf(stderr, "guard log: --grep: %s at offset %zu\n", (const char *)msg, (size_t)at);
		return -1;
	}
	o->md = pcre2_match_data_create_from_pattern(o->re, NULL);
	o->mctx = pcre2_match_context_create(NULL);
	if (!o->md || !o->mctx) {
		fputs("guard log: out of memory\n", stderr);
		return -1;
	}
	/* The pattern comes from a person, the subjects from the agent:
	 * bound the work a hostile command can cause. */
	pcre2_set_match_limit(o->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(o->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(o->mctx, HEAP_LIMIT_KIB);
	return 0;
}

static int set_time(const char *opt, const char *v, bool upper, long long *t, bool *set)
{
	long long lo, hi;
	if (parse_time(v, &lo, &hi) < 0) {
		fprintf(stderr, "guard log: %s: not an RFC 3339 time or a prefix of one: %s\n", opt, v);
		return -1;
	}
	*t = upper ? hi : lo;
	*set = true;
	return 0;
}

/* An option with a value, as "--opt V" or "--opt=V": the value, or NULL. */
static const char *value_of(const char *name, int argc, char **argv, int *i)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] == '\0' && *i + 1 < argc)
		return argv[++*i];
	return NULL;
}

static int parse_value_opt(struct opts *o, int argc, char **argv, int *i)
{
	const char *v;
	if ((v = value_of("--since", argc, argv, i)))
		return set_time("--since", v, false, &o->since, &o->since_set);
	if ((v = value_of("--until", argc, argv, i)))
		return set_time("--until", v, true, &o->until, &o->until_set);
	if ((v = value_of("--session", argc, argv, i))) {
		o->session = v;
		return 0;
	}
	if ((v = value_of("--grep", argc, argv, i)))
		return o->re ? -1 : compile_grep(o, v);
	return 1; /* not one of them */
}

static int parse_opts(int argc, char **argv, struct opts *o)
{
	bool files_only = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r;
		if (files_only || a[0] != '-' || strcmp(a, "-") == 0) {
			if (o->file)
				return -1;
			o->file = a;
		} else if (strcmp(a, "--") == 0) {
			files_only = true;
		} else if (strcmp(a, "--denied") == 0) {
			o->denied = true;
		} else if (strcmp(a, "--json") == 0) {
			o->json = true;
		} else if (strcmp(a, "--stats") == 0) {
			o->stats = true;
		} else if (strcmp(a, "--verify") == 0) {
			o->verify = true;
		} else if ((r = parse_value_opt(o, argc, argv, &i)) != 1) {
			if (r < 0)
				return -1;
		} else {
			fprintf(stderr, "guard log: unknown option %s\n", a);
			return -1;
		}
	}
	bool filters = o->denied || o->since_set || o->until_set || o->session || o->re;
	if (o->json + o->stats + o->verify > 1 || (o->verify && filters))
		return -1;
	return 0;
}

/* A setuid or setgid guard (lock-down) reads the log for nobody but its
 * caller: give up the privileges before opening anything. */
static int drop_privileges(void)
{
	gid_t g = getgid();
	uid_t u = getuid();
	if ((getegid() != g && setresgid(g, g, g) < 0) || (geteuid() != u && setresuid(u, u, u) < 0)) {
		fprintf(stderr, "guard log: cannot drop privileges: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

static void opts_free(struct opts *o)
{
	pcre2_match_data_free(o->md);
	pcre2_match_context_free(o->mctx);
	pcre2_code_free(o->re);
}

int log_main(int argc, char **argv)
{
	struct opts o = {0};
	if (drop_privileges() < 0)
		return 2;
	if (parse_opts(argc, argv, &o) < 0) {
		opts_free(&o);
		return usage();
	}
	const char *name = o.file ? o.file : LOG_DEFAULT_FILE;
	sha256_accel(true); /* --verify hashes every line of a log */
	FILE *in = strcmp(name, "-") == 0 ? stdin : fopen(name, "re");
	int rc = 2;
	if (!in)
		fprintf(stderr, "guard log: cannot open %s: %s\n", name, strerror(errno));
	else
		rc = o.verify ? verify(in, name) : show(&o, in, name);
	if (in && in != stdin)
		fclose(in);
	if (fflush(stdout) != 0 && rc == 0)
		rc = 2;
	opts_free(&o);
	return rc;
}
