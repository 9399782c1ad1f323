/*
 * test_parse.c - unit tests for the parser (parse.h): the tree it builds
 * for each construct of bash 5.2, the errors it gives, and its limits.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "parse.h"

static arena *A;

static int setup(void **state)
{
	(void)state;
	A = arena_new(256u << 20);
	return A ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	arena_free(A);
	return 0;
}

/* ---- helpers ------------------------------------------------------------ */

static struct node *parse_opts_ok(const char *s, const struct parse_opts *o)
{
	const char *err;
	struct node *n = parse_all(A, s, strlen(s), o, &err);
	if (err)
		fail_msg("parse of [%s] failed: %s", s, err);
	return n;
}

static struct node *ok(const char *s)
{
	return parse_opts_ok(s, NULL);
}

static const char *bad(const char *s)
{
	const char *err;
	struct node *n = parse_all(A, s, strlen(s), NULL, &err);
	if (!err)
		fail_msg("[%s] parsed but bash rejects it", s);
	assert_null(n);
	return err;
}

static void bad_msg(const char *s, const char *want)
{
	const char *err = bad(s);
	if (!strstr(err, want))
		fail_msg("[%s]: error [%s] lacks [%s]", s, err, want);
}

static void lit_into(const struct part *v, size_t n, char *buf, size_t *len)
{
	for (size_t i = 0; i < n; i++) {
		const struct part *p = &v[i];
		switch (p->kind) {
		case PART_LIT:
		case PART_ESCAPED:
		case PART_SQUOTE:
		case PART_ANSIC:
			memcpy(buf + *len, p->text, p->len);
			*len += p->len;
			break;
		case PART_DQUOTE:
			lit_into(p->parts, p->nparts, buf, len);
			break;
		default:
			fail_msg("part %d is not literal", (int)p->kind);
		}
	}
}

/* The value of a literal word after quote removal. */
static const char *lit(const struct word *w)
{
	static char bufs[8][4096];
	static int k;
	char *buf = bufs[k++ % 8];
	size_t len = 0;
	assert_non_null(w);
	lit_into(w->parts, w->nparts, buf, &len);
	buf[len] = '\0';
	return buf;
}

/* The words of a simple command, literal, joined by '|'. */
static const char *argv_of(const struct node *n)
{
	static char buf[4096];
	assert_non_null(n);
	assert_int_equal(n->kind, N_SIMPLE);
	buf[0] = '\0';
	for (size_t i = 0; i < n->nwords; i++) {
		if (i)
			strcat(buf, "|");
		strcat(buf, lit(n->words[i]));
	}
	return buf;
}

static void argv_is(const char *s, const char *want)
{
	assert_string_equal(argv_of(ok(s)), want);
}

static const struct part *part(const struct word *w, size_t i, enum part_kind k)
{
	assert_non_null(w);
	assert_true(i < w->nparts);
	assert_int_equal(w->parts[i].kind, k);
	return &w->parts[i];
}

/* The only part of word i of a simple command. */
static const struct part *only(const struct node *n, size_t i, enum part_kind k)
{
	assert_int_equal(n->kind, N_SIMPLE);
	assert_true(i < n->nwords);
	assert_int_equal(n->words[i]->nparts, 1);
	return part(n->words[i], 0, k);
}

static const struct param *param_of(const char *s)
{
	const struct node *n = ok(s);
	return only(n, 1, PART_PARAM)->param;
}

static const struct node *sub_of(const char *s, enum part_kind k)
{
	return only(ok(s), 1, k)->sub;
}

static const char *alias_tab(void *ctx, const char *name)
{
	const char *const *t = ctx;
	for (; t[0]; t += 2)
		if (strcmp(t[0], name) == 0)
			return t[1];
	return NULL;
}

static const char *const ALIASES[] = {
	"ll", "ls -l", "a", "echo ", "b", "B", "ls", "ls -F", "e", "",
	"q", "echo \"", "loop", "loop x", "x", "if true; then echo y; fi",
	"ping", "pong ", "pong", "ping ", NULL,
};

static struct node *aliased(const char *s)
{
	struct parse_opts o = { .alias = alias_tab, .alias_ctx = (void *)ALIASES };
	return parse_opts_ok(s, &o);
}

/* ---- simple commands and quoting ----------------------------------------- */

static void test_words(void **state)
{
	(void)state;
	argv_is("echo hello world", "echo|hello|world");
	argv_is("  echo\ta  b  ", "echo|a|b");
	argv_is("echo 'a  b' \"c  d\" e\\ f g\\\\h", "echo|a  b|c  d|e f|g\\h");
	argv_is("echo a\\\nb", "echo|ab");
	argv_is("echo a \\\n b", "echo|a|b");
	argv_is("e\\\ncho x", "echo|x");
	argv_is("echo 'a\\\nb'", "echo|a\\\nb");
	argv_is("echo \"a\\\nb\"", "echo|ab");
	argv_is("echo a\\", "echo|a\\");
	argv_is("echo \"\\$x \\` \\\" \\\\ \\a\"", "echo|$x ` \" \\ \\a");
	argv_is("echo ''", "echo|");
	argv_is("echo a#b #c", "echo|a#b");
	argv_is("echo \r x\r", "echo|\r|x\r");
	argv_is("echo \xff\xfe", "echo|\xff\xfe");
	argv_is("echo $ a$ \"$\" $'' $\"\"", "echo|$|a$|$||");
	const struct node *n = ok("\\ll \"r\"m x");
	assert_string_equal(argv_of(n), "ll|rm|x");
	part(n->words[0], 0, PART_ESCAPED);
	part(n->words[0], 1, PART_LIT);
	part(n->words[1], 0, PART_DQUOTE);
}

static void test_ansic(void **state)
{
	(void)state;
	argv_is("echo $'\\a\\b\\e\\E\\f\\n\\r\\t\\v\\\\\\'\\\"\\?'",
		"echo|\a\b\033\033\f\n\r\t\v\\'\"?");
	argv_is("echo $'\\101\\1234\\x41\\x414\\xg\\u00e9\\U0001F600\\u'",
		"echo|AS4AA4\\xg\xc3\xa9\xf0\x9f\x98\x80\\u");
	argv_is("echo $'\\cA\\c?\\c[\\ca'", "echo|\001\177\033\001");
	argv_is("echo $'\\z\\8\\c'", "echo|\\z\\8\\c");
	argv_is("echo $'a\\0b'", "echo|a");
	argv_is("echo $'it\\'s'", "echo|it's");
	argv_is("echo $'a\\\nb'", "echo|a\\\nb");
	argv_is("echo \"$'x'\"", "echo|$'x'");
	const struct part *p = only(ok("echo $'\\x41'"), 1, PART_ANSIC);
	assert_int_equal(p->len, 1);
	p = only(ok("echo $\"loc $x\""), 1, PART_DQUOTE);
	assert_true(p->locale);
	assert_int_equal(p->nparts, 2);
	assert_int_equal(p->parts[1].kind, PART_PARAM);
}

/* ---- parameters ---------------------------------------------------------- */

static void test_param_plain(void **state)
{
	(void)state;
	static const char *const names[] = { "HOME", "1", "@", "*", "#", "?", "$",
					     "!", "-", "0", "_", "_x1" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char s[32];
		snprintf(s, sizeof(s), "echo $%s", names[i]);
		const struct param *m = param_of(s);
		assert_string_equal(m->name, names[i]);
		assert_false(m->braced);
	}
	const struct node *n = ok("echo $12 $ab-c");
	assert_string_equal(part(n->words[1], 0, PART_PARAM)->param->name, "1");
	assert_string_equal(part(n->words[1], 1, PART_LIT)->text, "2");
	assert_string_equal(part(n->words[2], 0, PART_PARAM)->param->name, "ab");
}

static void test_param_brace(void **state)
{
	(void)state;
	const struct param *m = param_of("echo ${#x}");
	assert_true(m->braced && m->length);
	assert_string_equal(m->name, "x");
	m = param_of("echo ${!x}");
	assert_true(m->indirect);
	m = param_of("echo ${x[@]}");
	assert_string_equal(m->subscript, "@");
	m = param_of("echo ${!pre*}");
	assert_true(m->indirect);
	assert_int_equal(m->indirect_prefix, '*');
	assert_string_equal(m->name, "pre");
	m = param_of("echo ${!a[@]}");
	assert_true(m->indirect);
	assert_string_equal(m->subscript, "@");
	m = param_of("echo ${a[ $i + 1 ]}");
	assert_string_equal(m->subscript, " $i + 1 ");
	assert_int_equal(m->subscript_word->parts[1].kind, PART_PARAM);
	m = param_of("echo ${10}");
	assert_string_equal(m->name, "10");
	m = param_of("echo ${#}");
	assert_string_equal(m->name, "#");
	assert_false(m->length);
	m = param_of("echo ${##}");
	assert_true(m->length);
	assert_string_equal(m->name, "#");
	m = param_of("echo ${#-}");
	assert_true(m->length);
	m = param_of("echo ${#-x}");
	assert_false(m->length);
	assert_string_equal(m->op, "-");
	m = param_of("echo ${#a[@]}");
	assert_true(m->length);
	assert_string_equal(m->subscript, "@");
}

static void test_param_ops(void **state)
{
	(void)state;
	static const char *const ops[] = { ":-", "-", ":=", "=", ":?", "?", ":+",
					   "+", "#", "##", "%", "%%", "^", "^^",
					   ",", ",," };
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		char s[32];
		snprintf(s, sizeof(s), "echo ${x%sw}", ops[i]);
		const struct param *m = param_of(s);
		assert_string_equal(m->op, ops[i]);
		assert_string_equal(lit(m->arg), "w");
	}
	const struct param *m = param_of("echo ${x/a/b/c}");
	assert_string_equal(m->op, "/");
	assert_string_equal(lit(m->arg), "a");
	assert_string_equal(lit(m->arg2), "b/c");
	m = param_of("echo ${x//a}");
	assert_string_equal(m->op, "//");
	assert_null(m->arg2);
	m = param_of("echo ${x/#a/b}");
	assert_string_equal(m->op, "/#");
	m = param_of("echo ${x/%a/}");
	assert_string_equal(m->op, "/%");
	assert_string_equal(lit(m->arg2), "");
	m = param_of("echo ${x:1:2}");
	assert_string_equal(m->op, ":");
	assert_string_equal(lit(m->arg), "1");
	assert_string_equal(lit(m->arg2), "2");
	m = param_of("echo ${x: -1}");
	assert_string_equal(lit(m->arg), " -1");
	m = param_of("echo ${x@Q}");
	assert_string_equal(m->op, "@");
	assert_string_equal(lit(m->arg), "Q");
	m = param_of("echo ${x:-a b;c|d}");
	assert_string_equal(lit(m->arg), "a b;c|d");
	const struct node *n = ok("echo ${x:-{}}");
	m = part(n->words[1], 0, PART_PARAM)->param;
	assert_string_equal(lit(m->arg), "{");
	assert_string_equal(part(n->words[1], 1, PART_LIT)->text, "}");
}

static void test_param_nested(void **state)
{
	(void)state;
	const struct param *m = param_of("echo ${a:-${b:-$(c)}}");
	assert_string_equal(m->name, "a");
	const struct param *in = part(m->arg, 0, PART_PARAM)->param;
	assert_string_equal(in->name, "b");
	assert_string_equal(argv_of(part(in->arg, 0, PART_CMDSUB)->sub), "c");
	m = param_of("echo ${x:-\"a}b\"}");
	assert_string_equal(lit(m->arg), "a}b");
	m = param_of("echo ${x:-'}'}");
	assert_string_equal(lit(m->arg), "}");
	m = param_of("echo ${x:-\\}}");
	assert_string_equal(lit(m->arg), "}");
	/* inside double quotes ' is text for :- but still hides the brace */
	const struct node *n = ok("echo \"${x:-'}'}\" \"${x:-'$(id)'}\" \"${x#'*'}\"");
	m = part(n->words[1], 0, PART_DQUOTE)->parts[0].param;
	assert_string_equal(lit(m->arg), "'}'");
	m = part(n->words[2], 0, PART_DQUOTE)->parts[0].param;
	assert_int_equal(part(m->arg, 1, PART_CMDSUB)->sub->kind, N_SIMPLE);
	m = part(n->words[3], 0, PART_DQUOTE)->parts[0].param;
	part(m->arg, 0, PART_SQUOTE);
}

static void test_param_bad(void **state)
{
	(void)state;
	const struct param *m = param_of("echo ${a b}");
	assert_true(m->bad);
	assert_string_equal(m->name, "a b");
	const struct node *n = ok("echo ${x:-a}${ $(id) }");
	assert_false(part(n->words[1], 0, PART_PARAM)->param->bad);
	assert_true(part(n->words[1], 1, PART_PARAM)->param->bad);
	n = ok("echo ${ $(id) }");
	m = only(n, 1, PART_PARAM)->param;
	assert_true(m->bad);
	assert_string_equal(argv_of(part(m->arg, 1, PART_CMDSUB)->sub), "id");
	bad_msg("echo ${a", "unexpected EOF while looking for matching `}'");
	bad_msg("echo ${a:-$(b}", "unexpected EOF while looking for matching `)'");
}

/* ---- substitutions ------------------------------------------------------- */

static void test_comsub(void **state)
{
	(void)state;
	const struct node *s = sub_of("echo $(ls -l /)", PART_CMDSUB);
	assert_string_equal(argv_of(s), "ls|-l|/");
	s = sub_of("echo $(case x in a) echo a;; esac)", PART_CMDSUB);
	assert_int_equal(s->kind, N_CASE);
	s = sub_of("echo $(echo a # comment )\n)", PART_CMDSUB);
	assert_string_equal(argv_of(s), "echo|a");
	s = sub_of("echo $(cat <<EOF\nbody $x\nEOF\n)", PART_CMDSUB);
	assert_int_equal(s->redirs->op, R_HEREDOC);
	assert_string_equal(lit(&(struct word){ s->redirs->body->parts, 1, 0, 0, "" }), "body ");
	s = sub_of("echo $( )", PART_CMDSUB);
	assert_null(s);
	const struct node *n = ok("echo \"$(echo \")\")\"");
	s = part(n->words[1], 0, PART_DQUOTE)->parts[0].sub;
	assert_string_equal(argv_of(s), "echo|)");
	bad_msg("echo $(if)", "syntax error near unexpected token `)'");
	bad_msg("echo $(abc", "unexpected EOF while looking for matching `)'");
}

static void test_backquote(void **state)
{
	(void)state;
	const struct part *p = only(ok("echo `date +%s`"), 1, PART_CMDSUB);
	assert_true(p->backquote);
	assert_string_equal(argv_of(p->sub), "date|+%s");
	p = only(ok("echo `echo \\`date\\``"), 1, PART_CMDSUB);
	const struct part *in = only(p->sub, 1, PART_CMDSUB);
	assert_true(in->backquote);
	assert_string_equal(argv_of(in->sub), "date");
	/* three levels: \\\` in the outer body is \` in the middle one */
	p = only(ok("echo `echo \\`echo \\\\\\`date\\\\\\`\\``"), 1, PART_CMDSUB);
	p = only(only(p->sub, 1, PART_CMDSUB)->sub, 1, PART_CMDSUB);
	assert_string_equal(argv_of(p->sub), "date");
	p = only(ok("echo `echo \\$HOME \\\\a`"), 1, PART_CMDSUB);
	assert_int_equal(part(p->sub->words[1], 0, PART_PARAM)->param->name[0], 'H');
	assert_string_equal(lit(p->sub->words[2]), "a");
	/* \" loses its backslash inside double quotes only */
	p = only(ok("echo `echo \\\"hi\\\"`"), 1, PART_CMDSUB);
	assert_string_equal(argv_of(p->sub), "echo|\"hi\"");
	const struct node *n = ok("echo \"`echo \\\"hi\\\"`\"");
	p = &part(n->words[1], 0, PART_DQUOTE)->parts[0];
	assert_string_equal(argv_of(p->sub), "echo|hi");
	bad_msg("echo `abc", "unexpected EOF while looking for matching ``'");
}

static void test_arith(void **state)
{
	(void)state;
	const struct part *p = only(ok("echo $((1 + $(echo 2) * $x))"), 1, PART_ARITH);
	part(p->expr, 0, PART_LIT);
	part(p->expr, 1, PART_CMDSUB);
	part(p->expr, 3, PART_PARAM);
	p = only(ok("echo $[3*4]"), 1, PART_ARITH);
	assert_string_equal(lit(p->expr), "3*4");
	p = only(ok("echo $(( (1) + (2) ))"), 1, PART_ARITH);
	assert_string_equal(lit(p->expr), " (1) + (2) ");
	/* not arithmetic after all: a subshell in a command substitution */
	p = only(ok("echo $((echo a); (echo b))"), 1, PART_CMDSUB);
	assert_int_equal(p->sub->kind, N_SEQ);
	assert_int_equal(p->sub->left->kind, N_SUBSHELL);
	p = only(ok("echo $( (echo a) )"), 1, PART_CMDSUB);
	assert_int_equal(p->sub->kind, N_SUBSHELL);
	bad_msg("echo $((1+2)", "unexpected EOF while looking for matching `)'");
	bad_msg("echo $[1", "unexpected EOF while looking for matching `]'");
	const struct node *n = ok("((x++ , y = $(z)))");
	assert_int_equal(n->kind, N_ARITH);
	part(n->expr, 1, PART_CMDSUB);
	n = ok("((a b c) )");
	assert_int_equal(n->kind, N_SUBSHELL);
	assert_int_equal(n->body->kind, N_SUBSHELL);
	assert_string_equal(argv_of(n->body->body), "a|b|c");
}

static void test_procsub(void **state)
{
	(void)state;
	const struct node *n = ok("diff <(ls /) >(wc -l) x<(y)");
	const struct part *p = only(n, 1, PART_PROCSUB);
	assert_int_equal(p->op, '<');
	assert_string_equal(argv_of(p->sub), "ls|/");
	assert_int_equal(only(n, 2, PART_PROCSUB)->op, '>');
	part(n->words[3], 1, PART_PROCSUB);
	n = ok("cat < <(echo ps)");
	assert_int_equal(n->redirs->op, R_IN);
	part(n->redirs->target, 0, PART_PROCSUB);
}

/* ---- redirections and here-documents ------------------------------------- */

static const struct redir *redir_n(const struct node *n, int i)
{
	const struct redir *r = n->redirs;
	while (i-- > 0 && r)
		r = r->next;
	assert_non_null(r);
	return r;
}

static void test_redirs(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		enum redir_op op;
		int fd;
		const char *target;
	} c[] = {
		{ "x <f", R_IN, -1, "f" }, { "x >f", R_OUT, -1, "f" },
		{ "x >|f", R_CLOBBER, -1, "f" }, { "x >>f", R_APPEND, -1, "f" },
		{ "x <>f", R_INOUT, -1, "f" }, { "x <&3", R_DUPIN, -1, "3" },
		{ "x >&2", R_DUPOUT, -1, "2" }, { "x &>f", R_ALLOUT, -1, "f" },
		{ "x &>>f", R_ALLAPPEND, -1, "f" }, { "x <<<w", R_HERESTR, -1, "w" },
		{ "x 2>&1", R_DUPOUT, 2, "1" }, { "x >&-", R_DUPOUT, -1, "-" },
		{ "x 3<&0-", R_DUPIN, 3, "0-" }, { "x 10>f", R_OUT, 10, "f" },
		{ "x >& f", R_DUPOUT, -1, "f" }, { "x 2>>f", R_APPEND, 2, "f" },
	};
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		const struct redir *r = redir_n(ok(c[i].s), 0);
		assert_int_equal(r->op, c[i].op);
		assert_int_equal(r->fd, c[i].fd);
		assert_string_equal(lit(r->target), c[i].target);
	}
	const struct node *n = ok("exec {fd}>f {a[1]}<g 2 >x a2>y >&2>z");
	assert_string_equal(redir_n(n, 0)->fdvar, "fd");
	assert_int_equal(redir_n(n, 0)->fd, -1);
	assert_string_equal(redir_n(n, 1)->fdvar, "a[1]");
	assert_string_equal(argv_of(n), "exec|2|a2");
	assert_string_equal(lit(redir_n(n, 4)->target), "2");
	assert_int_equal(redir_n(n, 5)->op, R_OUT);
	n = ok(">f a=1");
	assert_int_equal(n->nwords, 0);
	assert_string_equal(n->assigns->name, "a");
	bad_msg("echo >", "syntax error near unexpected token `newline'");
	bad_msg("echo > 2>f", "syntax error near unexpected token");
	bad_msg("echo >>(a)", "syntax error near unexpected token `('");
}

static const struct redir *hd(const struct node *n)
{
	const struct redir *r = n->redirs;
	assert_non_null(r);
	assert_int_equal(r->op, R_HEREDOC);
	return r;
}

static void test_heredoc(void **state)
{
	(void)state;
	const struct node *n = ok("cat <<EOF\nhello $USER `id`\n\\$x \\\"q\\\" a\\\nb\nEOF\necho after");
	const struct redir *r = hd(n->left);
	assert_false(r->quoted_delim);
	assert_string_equal(lit(r->target), "EOF");
	part(r->body, 1, PART_PARAM);
	assert_true(part(r->body, 3, PART_CMDSUB)->backquote);
	part(r->body, 5, PART_ESCAPED);
	assert_string_equal(part(r->body, 6, PART_LIT)->text, "x \\\"q\\\" ab\n");
	assert_string_equal(argv_of(n->right), "echo|after");
	/* quoted delimiter: the body is kept as it is */
	n = ok("cat <<'E'\n$x `y` \\\nE\n");
	r = hd(n);
	assert_true(r->quoted_delim);
	assert_string_equal(part(r->body, 0, PART_SQUOTE)->text, "$x `y` \\\n");
	assert_true(hd(ok("cat <<\"E\"\nx\nE"))->quoted_delim);
	assert_true(hd(ok("cat <<E\\F\nx\nEF"))->quoted_delim);
	assert_true(hd(ok("cat <<$'E'\nx\nE"))->quoted_delim);
	/* <<- strips leading tabs from the body and the delimiter line */
	r = hd(ok("cat <<-EOF\n\t\ta\n\tb\n\tEOF\n"));
	assert_true(r->strip_tabs);
	assert_string_equal(lit(r->body), "a\nb\n");
	/* two on one line, read in order after the newline */
	n = ok("cat <<A; cat <<B\n1\nA\n2\nB\n");
	assert_string_equal(lit(hd(n->left)->body), "1\n");
	assert_string_equal(lit(hd(n->right)->body), "2\n");
	/* in a nested list and in $( ) */
	n = ok("if true; then cat <<A\nx\nA\nfi");
	assert_string_equal(lit(hd(n->body)->body), "x\n");
	n = ok("echo $(cat <<A\ny\nA\n)");
	assert_string_equal(lit(hd(only(n, 1, PART_CMDSUB)->sub)->body), "y\n");
	n = ok("cat <<A; echo $(\necho hi)\nbody\nA\n");
	assert_string_equal(lit(hd(n->left)->body), "body\n");
	/* a $( ) closed before its newline: the body is on the next lines */
	n = ok("echo $(cat <<A) x\nz\nA\necho done");
	assert_string_equal(lit(hd(only(n->left, 1, PART_CMDSUB)->sub)->body), "z\n");
	assert_int_equal(n->left->nwords, 3);
	assert_string_equal(lit(n->left->words[2]), "x");
	assert_string_equal(argv_of(n->right), "echo|done");
	/* in $( ), the delimiter may be followed by the closing paren */
	n = ok("echo $(cat <<EOF\nx\nEOF) y");
	assert_string_equal(lit(hd(only(n, 1, PART_CMDSUB)->sub)->body), "x\n");
	assert_string_equal(lit(n->words[2]), "y");
	bad("echo $(cat <<EOF\nx\nEOF) ; echo z)");
	assert_string_equal(lit(hd(ok("cat <<EOF\nEOF)\nEOF"))->body), "EOF)\n");
	/* missing delimiter: bash warns and takes the rest */
	assert_string_equal(lit(hd(ok("cat <<E\na\nb"))->body), "a\nb");
	assert_string_equal(lit(hd(ok("cat <<E"))->body), "");
	assert_string_equal(lit(hd(ok("cat <<E\nx\nE"))->body), "x\n");
	bad_msg("cat <<", "syntax error near unexpected token `newline'");
}

/* ---- assignments --------------------------------------------------------- */

static void test_assign(void **state)
{
	(void)state;
	const struct node *n = ok("a=1 b+=2 c[1]=3 d[x y]+=4 e= cmd f=5");
	const struct assign *a = n->assigns;
	assert_string_equal(a->name, "a");
	assert_string_equal(lit(a->value), "1");
	a = a->next;
	assert_true(a->append);
	a = a->next;
	assert_string_equal(a->subscript, "1");
	a = a->next;
	assert_string_equal(a->subscript, "x y");
	assert_true(a->append);
	a = a->next;
	assert_string_equal(a->name, "e");
	assert_int_equal(a->value->nparts, 0);
	assert_null(a->next);
	assert_string_equal(argv_of(n), "cmd|f=5");
	n = ok("a=(1 \"2 3\" [k]=v $(x)\n # c\n 4)");
	a = n->assigns;
	assert_true(a->is_array);
	assert_int_equal(a->nelems, 5);
	assert_string_equal(lit(a->elems[1]), "2 3");
	assert_string_equal(a->elems[2]->src, "[k]=v");
	part(a->elems[3], 0, PART_CMDSUB);
	n = ok("x=$(id) y=\"$z\" z=~/a:~b");
	part(n->assigns->value, 0, PART_CMDSUB);
	assert_string_equal(n->assigns->next->next->value->src, "~/a:~b");
	bad_msg("a=(1;2)", "syntax error near unexpected token `;'");
	bad_msg("a=(1 (2))", "syntax error near unexpected token `('");
	bad_msg("a[1", "unexpected EOF while looking for matching `]'");
	bad_msg("echo a=(1)", "syntax error near unexpected token `('");
}

static void test_decl(void **state)
{
	(void)state;
	const struct node *n = ok("declare -a a=(1 $(id)) b=2");
	assert_null(n->assigns);
	assert_string_equal(n->words[2]->src, "a=(1 $(id))");
	part(n->words[2], 1, PART_CMDSUB);
	assert_string_equal(lit(n->words[3]), "b=2");
	assert_string_equal(ok("x=1 local a=(1) b=(2)")->words[2]->src, "b=(2)");
	ok("export a=(1); readonly r=(); typeset t+=(x); eval e=(1); let l=(1)");
	ok("alias a=(1 2)");
	bad("command declare a=(1 2)");
	bad("builtin declare a=(1 2)");
	bad("x=1 >f a=(1)");
	ok(">f x=1 a=(1)");
}

/* ---- pipelines and lists ------------------------------------------------- */

static void test_lists(void **state)
{
	(void)state;
	const struct node *n = ok("a && b || c; d & e\nf");
	assert_int_equal(n->kind, N_SEQ);
	assert_int_equal(n->left->kind, N_SEQ);
	assert_int_equal(n->left->left->kind, N_OR);
	assert_int_equal(n->left->left->left->kind, N_AND);
	assert_int_equal(n->left->right->kind, N_BG);
	assert_string_equal(argv_of(n->left->right->left), "d");
	assert_string_equal(argv_of(n->left->right->right), "e");
	assert_string_equal(argv_of(n->right), "f");
	n = ok("a &");
	assert_int_equal(n->kind, N_BG);
	assert_null(n->right);
	n = ok("a &&\n\n b ||\n c");
	assert_int_equal(n->kind, N_OR);
	bad_msg("a ; ;", "syntax error near unexpected token `;'");
	bad_msg("&", "syntax error near unexpected token `&'");
	bad_msg("a &&", "syntax error: unexpected end of file");
	bad_msg("a\n&& b", "syntax error near unexpected token `&&'");
}

static void test_pipeline(void **state)
{
	(void)state;
	const struct node *n = ok("a | b |& c |\n d");
	assert_int_equal(n->kind, N_PIPELINE);
	assert_int_equal(n->ncmds, 4);
	assert_false(n->pipe_stderr[0]);
	assert_true(n->pipe_stderr[1]);
	n = ok("! a | b");
	assert_true(n->negate);
	n = ok("time -p a");
	assert_true(n->timed);
	n = ok("time ! a; ! time a; time -p -- a");
	assert_true(n->left->timed && n->left->negate);
	n = ok("!");
	assert_int_equal(n->kind, N_PIPELINE);
	assert_int_equal(n->ncmds, 0);
	ok("time; ! !; time -p");
	/* time is a word after | and at the start of $( ) */
	assert_string_equal(argv_of(ok("a | time b")->cmds[1]), "time|b");
	assert_string_equal(argv_of(sub_of("x $(time b)", PART_CMDSUB)), "time|b");
	bad_msg("a | ! b", "syntax error near unexpected token `!'");
	bad_msg("a |", "syntax error: unexpected end of file");
	bad("x $(time (b))");
}

/* ---- compound commands --------------------------------------------------- */

static void test_group_subshell(void **state)
{
	(void)state;
	const struct node *n = ok("{ a; b; } > f");
	assert_int_equal(n->kind, N_GROUP);
	assert_int_equal(n->body->kind, N_SEQ);
	assert_int_equal(n->redirs->op, R_OUT);
	n = ok("(a; b) 2>&1");
	assert_int_equal(n->kind, N_SUBSHELL);
	ok("{ a;}");
	ok("{ a\n}");
	argv_is("{a", "{a");
	argv_is("echo }", "echo|}");
	bad_msg("{ }", "syntax error near unexpected token `}'");
	bad_msg("{:;}", "syntax error near unexpected token `}'");
	bad_msg("( )", "syntax error near unexpected token `)'");
	bad_msg("a; }", "syntax error near unexpected token `}'");
	bad_msg("{ a; } b", "syntax error near unexpected token `b'");
}

static void test_if_loops(void **state)
{
	(void)state;
	const struct node *n = ok("if a; then b; elif c; then d; else e; fi");
	assert_int_equal(n->kind, N_IF);
	assert_string_equal(argv_of(n->cond), "a");
	assert_int_equal(n->els->kind, N_IF);
	assert_string_equal(argv_of(n->els->els), "e");
	n = ok("while a; do b; done; until c\ndo d\ndone");
	assert_int_equal(n->left->kind, N_WHILE);
	assert_int_equal(n->right->kind, N_UNTIL);
	bad_msg("if a; then; fi", "syntax error near unexpected token `;'");
	bad_msg("if a", "syntax error: unexpected end of file");
	bad_msg("if then", "syntax error near unexpected token `then'");
	bad_msg("fi", "syntax error near unexpected token `fi'");
	bad_msg("while a; done", "syntax error near unexpected token `done'");
}

static void test_for(void **state)
{
	(void)state;
	const struct node *n = ok("for i in a \"b c\" $d; do echo $i; done");
	assert_int_equal(n->kind, N_FOR);
	assert_string_equal(n->var, "i");
	assert_true(n->has_in);
	assert_int_equal(n->nlist, 3);
	n = ok("for i; do :; done");
	assert_false(n->has_in);
	ok("for i do :; done; for i\ndo :; done; for i\nin a; do :; done");
	ok("for i in; do :; done; for i in a b; { :; }; for i\n{ :; }");
	n = ok("for ((i = 0; i < 3; i++)); do :; done");
	assert_int_equal(n->kind, N_ARITH_FOR);
	assert_string_equal(lit(n->init), "i = 0");
	assert_string_equal(lit(n->step), " i++");
	n = ok("for ((;;)) { :; }");
	assert_null(n->init);
	assert_null(n->test);
	ok("for ((;;)) do :; done; for ((x;y;z))\ndo :; done");
	n = ok("select v in 1 2; do break; done");
	assert_int_equal(n->kind, N_SELECT);
	bad_msg("for i { :; }", "syntax error near unexpected token `{'");
	bad_msg("for a b in c; do :; done", "syntax error near unexpected token `b'");
	bad_msg("for ((;;;)) do :; done", "`;' unexpected");
	bad_msg("for ((a)) do :; done", "arithmetic expression required");
}

static void test_case(void **state)
{
	(void)state;
	const struct node *n = ok("case $x in (a|b) echo 1;; c) echo 2;& *) echo 3;;& esac");
	assert_int_equal(n->kind, N_CASE);
	part(n->subject, 0, PART_PARAM);
	const struct case_item *c = n->items;
	assert_int_equal(c->npatterns, 2);
	assert_string_equal(lit(c->patterns[1]), "b");
	assert_int_equal(c->term, CASE_BREAK);
	assert_int_equal(c->next->term, CASE_FALL);
	assert_int_equal(c->next->next->term, CASE_CONT);
	assert_null(ok("case x in esac")->items);
	n = ok("case x\nin\na) ;;\nb) x\nesac");
	assert_null(n->items->body);
	assert_string_equal(argv_of(n->items->next->body), "x");
	ok("case x in (esac) ;; esac; case x in a|esac) ;; esac; case x in if) ;; esac");
	ok("case x in a) echo; esac; case x in a) echo ;; b) esac");
	ok("{ case x in }) ;; esac; }");
	bad_msg("{ case x in a) ;; }) ;; esac; }", "syntax error near unexpected token `}'");
	bad_msg("case x in a b) ;; esac", "syntax error near unexpected token `b'");
	bad_msg("case a b in a) ;; esac", "syntax error near unexpected token `b'");
}

static void test_cond(void **state)
{
	(void)state;
	const struct node *n = ok("[[ a =~ ^(x|y)$ ]]");
	assert_int_equal(n->kind, N_DBRACKET);
	assert_int_equal(n->nwords, 3);
	assert_string_equal(lit(n->words[2]), "^(x|y)$");
	n = ok("[[ ( a == b ) && -n c || ! -f d ]]");
	assert_int_equal(n->nwords, 12);
	assert_string_equal(lit(n->words[0]), "(");
	assert_string_equal(lit(n->words[5]), "&&");
	n = ok("[[ a < b && c > d ]]");
	assert_string_equal(lit(n->words[1]), "<");
	assert_null(n->redirs);
	n = ok("[[ a == @(x|y) ]]");
	assert_string_equal(lit(n->words[2]), "@(x|y)");
	ok("[[\na == b\n]]; [[ a &&\n b ]]; [[ x ]]; [[ a =~ (a b) ]]; [[ -o nounset ]]");
	ok("[[ $(echo a) == \"$b\" ]] && [[ a != b* ]]");
	bad("[[ a =~ a b ]]");
	bad("[[ a b ]]");
	bad("[[ -f ]]");
	bad("[[ ]]");
	bad("[[ a");
}

static void test_functions(void **state)
{
	(void)state;
	const struct node *n = ok("f() { :; } >/dev/null 2>&1");
	assert_int_equal(n->kind, N_FUNCDEF);
	assert_string_equal(n->name, "f");
	assert_int_equal(n->body->kind, N_GROUP);
	assert_int_equal(n->body->redirs->op, R_OUT);
	n = ok("function g { :; }");
	assert_string_equal(n->name, "g");
	n = ok("function h() ( :; )");
	assert_int_equal(n->body->kind, N_SUBSHELL);
	n = ok("function k ( :; )");
	assert_int_equal(n->body->kind, N_SUBSHELL);
	n = ok("f ( )\n{ :; }");
	assert_int_equal(n->kind, N_FUNCDEF);
	n = ok("f() if a; then b; fi");
	assert_int_equal(n->body->kind, N_IF);
	ok("f() [[ x ]]; f() ((1)); f() for i; do :; done; \"f\"() { :; }");
	bad_msg("f() echo", "syntax error near unexpected token `echo'");
	bad_msg("a=1 f() { :; }", "syntax error near unexpected token `('");
	bad_msg("function f echo", "syntax error near unexpected token `echo'");
}

static void test_coproc(void **state)
{
	(void)state;
	const struct node *n = ok("coproc X { cat; }");
	assert_int_equal(n->kind, N_COPROC);
	assert_string_equal(n->name, "X");
	assert_int_equal(n->body->kind, N_GROUP);
	n = ok("coproc cat -n");
	assert_null(n->name);
	assert_string_equal(argv_of(n->body), "cat|-n");
	n = ok("coproc X cat");
	assert_null(n->name);
	assert_string_equal(argv_of(n->body), "X|cat");
	assert_null(ok("coproc { cat; }")->name);
	assert_string_equal(ok("coproc Y (cat)")->name, "Y");
	bad_msg("coproc in", "syntax error near unexpected token `in'");
	bad_msg("coproc X then", "syntax error near unexpected token `then'");
}

static void test_reserved(void **state)
{
	(void)state;
	argv_is("echo if then fi do done { } ! time", "echo|if|then|fi|do|done|{|}|!|time");
	argv_is("\"if\" a", "if|a");
	argv_is("a=1 if", "if");
	argv_is(">f if", "if");
	argv_is("i\\f x", "if|x");
	bad_msg("in", "syntax error near unexpected token `in'");
	bad_msg("]]", "syntax error near unexpected token `]]'");
	bad_msg("then", "syntax error near unexpected token `then'");
}

/* ---- aliases and extglob --------------------------------------------------- */

static void test_alias(void **state)
{
	(void)state;
	assert_string_equal(argv_of(aliased("ll /tmp")), "ls|-F|-l|/tmp");
	assert_string_equal(argv_of(aliased("a b")), "echo|B");
	assert_string_equal(argv_of(aliased("a a b")), "echo|echo|B");
	assert_string_equal(argv_of(aliased("a \"x\" b")), "echo|x|B");
	assert_string_equal(argv_of(aliased("e echo hi")), "echo|hi");
	assert_string_equal(argv_of(aliased("q x\"")), "echo| x");
	assert_string_equal(argv_of(aliased("loop")), "loop|x");
	assert_string_equal(argv_of(aliased("echo ll \\ll 'll'")), "echo|ll|ll|ll");
	assert_string_equal(argv_of(aliased(">f ll")), "ls|-F|-l");
	assert_string_equal(argv_of(aliased("x=1 ll")), "ls|-F|-l");
	const struct node *n = aliased("x");
	assert_int_equal(n->kind, N_IF);
	n = aliased("echo $(ll) | ll");
	assert_string_equal(argv_of(only(n->cmds[0], 1, PART_CMDSUB)->sub), "ls|-F|-l");
	assert_string_equal(argv_of(n->cmds[1]), "ls|-F|-l");
	n = aliased("case ll in ll) ll;; esac");
	assert_string_equal(lit(n->subject), "ll");
	assert_string_equal(lit(n->items->patterns[0]), "ll");
	assert_string_equal(argv_of(n->items->body), "ls|-F|-l");
	n = aliased("ping");
	assert_string_equal(argv_of(n), "ping");
	/* no aliases without a table */
	argv_is("ll", "ll");
	/* a word from an alias points at the alias name in the source */
	n = aliased("ll /tmp");
	assert_int_equal(n->words[0]->start, 0);
	assert_int_equal(n->words[0]->end, 2);
	assert_string_equal(n->words[1]->src, "-F");
}

static const char *many_alias(void *ctx, const char *name)
{
	(void)ctx;
	return strcmp(name, "z") == 0 ? "y " : strcmp(name, "y") == 0 ? "z " : NULL;
}

static void test_alias_limit(void **state)
{
	(void)state;
	size_t n = 3 * PARSE_MAX_ALIAS_EXPANSIONS;
	char *s = malloc(2 * n + 1);
	assert_non_null(s);
	for (size_t i = 0; i < n; i++)
		memcpy(s + 2 * i, "z ", 2);
	s[2 * n] = '\0';
	struct parse_opts o = { .alias = many_alias };
	const char *err;
	assert_null(parse_all(A, s, strlen(s), &o, &err));
	assert_non_null(strstr(err, "alias"));
	free(s);
}

static void test_extglob(void **state)
{
	(void)state;
	struct parse_opts o = { .extglob = true };
	const struct node *n = parse_opts_ok("echo @(a|b) !(x) ?(y) *(z) +(w) a@(b|$(c) d)e", &o);
	assert_string_equal(lit(n->words[1]), "@(a|b)");
	assert_string_equal(lit(n->words[5]), "+(w)");
	part(n->words[6], 1, PART_CMDSUB);
	n = parse_opts_ok("case x in @(a|b)) ;; esac", &o);
	assert_string_equal(lit(n->items->patterns[0]), "@(a|b)");
	bad_msg("echo @(a|b)", "syntax error near unexpected token `('");
	bad("shopt -s extglob\necho @(x)");
}

/* ---- positions ------------------------------------------------------------- */

static void test_spans(void **state)
{
	(void)state;
	const char *s = "  echo  'a b'\\\nc $(ls) ; x=1 y";
	const struct node *n = ok(s);
	const struct node *c = n->left;
	assert_int_equal(c->start, 2);
	assert_int_equal(c->end, 22);
	assert_string_equal(c->words[1]->src, "'a b'\\\nc");
	assert_int_equal(c->words[2]->start, 17);
	assert_string_equal(c->words[2]->src, "$(ls)");
	const struct node *in = only(c, 2, PART_CMDSUB)->sub;
	assert_int_equal(in->start, 19);
	assert_int_equal(in->end, 21);
	assert_int_equal(n->right->start, 25);
	assert_int_equal(n->right->assigns->start, 25);
	assert_int_equal(n->right->assigns->end, 28);
	/* parse_next: one line at a time */
	arena *a = arena_new(1u << 20);
	const char *t = "a\n\n# c\nb; c\n";
	parser *p = parser_new(a, t, strlen(t), NULL);
	assert_string_equal(argv_of(parse_next(p)), "a");
	n = parse_next(p);
	assert_int_equal(n->kind, N_SEQ);
	assert_int_equal(n->start, 7);
	assert_null(parse_next(p));
	assert_null(parser_error(p));
	arena_free(a);
}

/* ---- hostile input ---------------------------------------------------------- */

static char *repeat(const char *unit, size_t n, const char *tail)
{
	size_t u = strlen(unit), t = strlen(tail);
	char *s = malloc(u * n + t + 1);
	assert_non_null(s);
	for (size_t i = 0; i < n; i++)
		memcpy(s + u * i, unit, u);
	memcpy(s + u * n, tail, t + 1);
	return s;
}

static void limited_after(const char *head, const char *unit, size_t n,
			  const char *tail, const char *want)
{
	char *r = n ? repeat(unit, n, tail) : strdup(tail);
	char *s = malloc(strlen(head) + strlen(r) + 1);
	assert_non_null(s);
	strcpy(s, head);
	strcat(s, r);
	free(r);
	clock_t t0 = clock();
	const char *err;
	assert_null(parse_all(A, s, strlen(s), NULL, &err));
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	if (!err || !strstr(err, want))
		fail_msg("[%.20s x %zu]: error [%s], want [%s]", unit, n, err ? err : "none", want);
	if (secs > 2.0)
		fail_msg("[%.20s x %zu] took %.2fs", unit, n, secs);
	free(s);
}

static void limited(const char *unit, size_t n, const char *tail, const char *want)
{
	limited_after("", unit, n, tail, want);
}

static void test_hostile(void **state)
{
	(void)state;
	limited("$(", 100000, "", "nesting too deep");
	limited("${", 100000, "", "nesting too deep");
	limited("\"$(", 100000, "", "nesting too deep");
	limited("$((", 100000, "", "EOF while looking for matching `)'");
	limited("((", 100000, "", "EOF while looking for matching `)'");
	limited("(", 100000, "", "EOF while looking for matching `)'");
	limited("$[", 100000, "", "nesting too deep");
	limited("{ ", 100000, "", "nesting too deep");
	limited("if a; then ", 50000, "", "nesting too deep");
	limited_after("[[ ", "( ", 50000, "", "nesting too deep");
	limited_after("[[ ", "! ", 50000, "", "nesting too deep");
	limited("a | ", 100000, "b", "too many words");
	limited("x ", 200000, "", "too many words");
	char *open = repeat("$((", 300, "1"), *close = repeat("))", 300, "");
	limited_after(open, "", 0, close, "nesting too deep");
	free(open);
	free(close);
	limited("@(", 1000, "", "syntax error");
	char *ok_nest = repeat("$(", 150, "");
	char *s = malloc(strlen(ok_nest) + 200);
	strcpy(s, ok_nest);
	for (int i = 0; i < 150; i++)
		strcat(s, ")");
	const char *err;
	assert_non_null(parse_all(A, s, strlen(s), NULL, &err));
	assert_null(err);
	free(s);
	free(ok_nest);
	bad_msg("echo \"abc", "unexpected EOF while looking for matching `\"'");
	bad_msg("echo 'abc", "unexpected EOF while looking for matching `''");
	bad_msg("echo $'abc", "unexpected EOF while looking for matching `''");
	bad_msg("echo \"$(\"", "unexpected EOF while looking for matching `\"'");
	assert_null(parse_all(A, "a\0b", 3, NULL, &err));
	assert_non_null(strstr(err, "NUL"));
	/* too large */
	arena *a = arena_new(1u << 20);
	assert_null(parser_new(a, "", PARSE_MAX_INPUT + 1, NULL));
	arena_free(a);
	/* a small arena runs out cleanly */
	a = arena_new(64 * 1024);
	s = repeat("echo $(a) ${b:-c} \"d\"; ", 2000, "");
	assert_null(parse_all(a, s, strlen(s), NULL, &err));
	assert_non_null(strstr(err, "arena"));
	arena_free(a);
	free(s);
}

/* open x n, then close x n: must parse, and fast (no re-reading that
 * nesting would multiply) */
static void nested_ok(const char *open, const char *close, size_t n)
{
	char *a = repeat(open, n, ""), *b = repeat(close, n, "");
	char *s = malloc(strlen(a) + strlen(b) + 1);
	assert_non_null(s);
	strcpy(s, a);
	strcat(s, b);
	clock_t t0 = clock();
	const char *err;
	parse_all(A, s, strlen(s), NULL, &err);
	if (err)
		fail_msg("[%s x %zu]: %s", open, n, err);
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
	free(a);
	free(b);
	free(s);
}

static void test_nested_ok(void **state)
{
	(void)state;
	nested_ok("$(", ")", 150);
	nested_ok("declare $(", ")", 90);
	nested_ok("declare x $(declare y ", ")", 90);
	nested_ok("${a[", "]}", 90);
	nested_ok("${a[x]", " }", 90);
	nested_ok("${a:-", "}", 90);
	nested_ok("${a b", "}", 90);
	nested_ok("\"$(", ")\"", 90);
	nested_ok("$((", "))", 60);
	nested_ok("$(( (", ") ))", 60);
	nested_ok("((", "))", 60);
	nested_ok("x <(", ")", 90);
	nested_ok("{ a; ", "} ", 90);
	nested_ok("if a; then b; ", "fi; ", 60);
	char *a = repeat("( ", 60, "a"), *b = repeat(" )", 60, " ]]");
	char *s = malloc(strlen(a) + strlen(b) + 4);
	assert_non_null(s);
	sprintf(s, "[[ %s%s", a, b);
	assert_int_equal(ok(s)->kind, N_DBRACKET);
	free(a);
	free(b);
	free(s);
}

static void test_big_ok(void **state)
{
	(void)state;
	char *s = repeat("echo 'x' \"$y\" $(z) | w && v; ", 10000, "");
	clock_t t0 = clock();
	const char *err;
	assert_non_null(parse_all(A, s, strlen(s), NULL, &err));
	assert_null(err);
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ansic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_plain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_brace, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_ops, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_nested, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_bad, setup, teardown),
		cmocka_unit_test_setup_teardown(test_comsub, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backquote, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith, setup, teardown),
		cmocka_unit_test_setup_teardown(test_procsub, setup, teardown),
		cmocka_unit_test_setup_teardown(test_redirs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_heredoc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_assign, setup, teardown),
		cmocka_unit_test_setup_teardown(test_decl, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lists, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline, setup, teardown),
		cmocka_unit_test_setup_teardown(test_group_subshell, setup, teardown),
		cmocka_unit_test_setup_teardown(test_if_loops, setup, teardown),
		cmocka_unit_test_setup_teardown(test_for, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cond, setup, teardown),
		cmocka_unit_test_setup_teardown(test_functions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_coproc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reserved, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alias, setup, teardown),
		cmocka_unit_test_setup_teardown(test_alias_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_extglob, setup, teardown),
		cmocka_unit_test_setup_teardown(test_spans, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nested_ok, setup, teardown),
		cmocka_unit_test_setup_teardown(test_big_ok, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
