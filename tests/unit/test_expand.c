/*
 * test_expand.c - the expander (expand.h) and its parts: brace expansion,
 * tilde, parameters and their operators, arithmetic, field splitting,
 * quote removal, glob hints, side effects and limits.
 *
 * Words are built by hand (lit(), sq(), DQ(...), var(), op() ...), so
 * these tests do not depend on the parser; a last group parses real text
 * with parse_all().  Expected values come from running bash 5.2.
 *
 * Results are rendered as "<field><field>", a field prefixed with G when
 * flagged FIELD_GLOB and with D when FIELD_DYNAMIC; "ERR" for -1.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "ast.h"
#include "expand.h"
#include "parse.h"

static arena *A;

/* ---- a variable table behind the expand_env ------------------------------------ */

struct tvar {
	const char *name;
	enum var_state st;
	const char *val;
};

static struct tvar tv[512];
static size_t ntv;

static void put_var(const char *name, enum var_state st, const char *val)
{
	assert_true(ntv < sizeof(tv) / sizeof(tv[0]));
	tv[ntv++] = (struct tvar){ name, st, val };
}

static void set_var(const char *name, const char *val)
{
	put_var(name, VAR_KNOWN, val);
}

static void unknown_var(const char *name)
{
	put_var(name, VAR_UNKNOWN, NULL);
}

static enum var_state lookup(void *ctx, const char *name, const char **value)
{
	(void)ctx;
	for (size_t i = ntv; i-- > 0;)
		if (strcmp(tv[i].name, name) == 0) {
			*value = tv[i].val;
			return tv[i].st;
		}
	return VAR_UNSET;
}

static void assign(void *ctx, const char *name, const char *value)
{
	(void)ctx;
	put_var(name, value ? VAR_KNOWN : VAR_UNKNOWN, value);
}

/* What the table says now: "unset", "unknown" or the value. */
static const char *var_now(const char *name)
{
	const char *v = NULL;
	enum var_state st = lookup(NULL, name, &v);
	return st == VAR_UNSET ? "unset" : st == VAR_UNKNOWN ? "unknown" : v;
}

static struct expand_env ENV;

static void positional(size_t n, ...)
{
	static const char *pos[32];
	va_list ap;
	va_start(ap, n);
	for (size_t i = 0; i < n; i++)
		pos[i] = va_arg(ap, const char *);
	va_end(ap);
	ENV.positional_known = true;
	ENV.positional = pos;
	ENV.npositional = n;
}

static int setup(void **state)
{
	(void)state;
	A = arena_new(512u * 1024 * 1024);
	ntv = 0;
	ENV = (struct expand_env){ .lookup = lookup, .assign = assign };
	set_var("HOME", "/h");
	return A ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	arena_free(A);
	return 0;
}

/* ---- building words ----------------------------------------------------------------- */

static struct part text_part(enum part_kind k, const char *s)
{
	return (struct part){ .kind = k, .text = s, .len = strlen(s) };
}

static struct part lit(const char *s) { return text_part(PART_LIT, s); }
static struct part esc(const char *s) { return text_part(PART_ESCAPED, s); }
static struct part sq(const char *s) { return text_part(PART_SQUOTE, s); }

static struct part ansic(const char *s, size_t len)
{
	return (struct part){ .kind = PART_ANSIC, .text = s, .len = len };
}

static struct part *copy_parts(const struct part *p, size_t n)
{
	struct part *q = arena_alloc(A, (n ? n : 1) * sizeof(*q));
	assert_non_null(q);
	memcpy(q, p, n * sizeof(*q));
	return q;
}

static struct part dq_(const struct part *p, size_t n)
{
	return (struct part){ .kind = PART_DQUOTE, .parts = copy_parts(p, n), .nparts = n };
}

static struct word *word_(const struct part *p, size_t n, const char *src)
{
	struct word *w = arena_alloc(A, sizeof(*w));
	assert_non_null(w);
	*w = (struct word){ .parts = copy_parts(p, n), .nparts = n, .src = src };
	return w;
}

#define NPARTS(...) (sizeof((const struct part[]){ __VA_ARGS__ }) / sizeof(struct part))
#define DQ(...) dq_((const struct part[]){ __VA_ARGS__ }, NPARTS(__VA_ARGS__))
#define WS(src, ...) word_((const struct part[]){ __VA_ARGS__ }, NPARTS(__VA_ARGS__), src)
#define W(...) WS("SRC", __VA_ARGS__)

static struct part dq0(void)
{
	return (struct part){ .kind = PART_DQUOTE };
}

static struct word *w0(void)
{
	struct word *w = arena_alloc(A, sizeof(*w));
	w->src = "";
	return w;
}

static struct param *new_param(const char *name, bool braced)
{
	struct param *pm = arena_alloc(A, sizeof(*pm));
	assert_non_null(pm);
	pm->name = name;
	pm->braced = braced;
	return pm;
}

static struct part param_part(struct param *pm)
{
	return (struct part){ .kind = PART_PARAM, .param = pm };
}

/* $name */
static struct part var(const char *name) { return param_part(new_param(name, false)); }
/* ${name} */
static struct part bvar(const char *name) { return param_part(new_param(name, true)); }

/* ${name<op>arg} or ${name/arg/arg2}, ${name:arg:arg2} */
static struct part op2(const char *name, const char *op, struct word *arg, struct word *arg2)
{
	struct param *pm = new_param(name, true);
	pm->op = op;
	pm->arg = arg;
	pm->arg2 = arg2;
	return param_part(pm);
}

static struct part op(const char *name, const char *o, struct word *arg)
{
	return op2(name, o, arg, NULL);
}

/* ${#name} */
static struct part len(const char *name)
{
	struct param *pm = new_param(name, true);
	pm->length = true;
	return param_part(pm);
}

static struct part cmdsub(void) { return (struct part){ .kind = PART_CMDSUB }; }
static struct part procsub(void) { return (struct part){ .kind = PART_PROCSUB, .op = '<' }; }

static struct part arith(struct word *expr)
{
	return (struct part){ .kind = PART_ARITH, .expr = expr };
}

/* $((text)) with the expression all literal */
static struct part ar(const char *text)
{
	return arith(W(lit(text)));
}

/* ---- rendering ------------------------------------------------------------------------ */

static char out[1 << 20];

static const char *fields_of(const struct word *w)
{
	struct fields f;
	const char *err = NULL;
	if (expand_word(A, w, &ENV, &f, &err) < 0) {
		assert_non_null(err);
		return "ERR";
	}
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < f.n; i++) {
		assert_non_null(f.v[i].text);
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%s<%s>",
				      f.v[i].flags & FIELD_DYNAMIC ? "D" : "",
				      f.v[i].flags & FIELD_GLOB ? "G" : "", f.v[i].text);
		assert_true(n < sizeof(out));
	}
	return out;
}

static const char *single_of(const struct word *w)
{
	const char *v = NULL, *err = NULL;
	bool dyn = true;
	if (expand_word_single(A, w, &ENV, &v, &dyn, &err) < 0) {
		assert_non_null(err);
		return "ERR";
	}
	assert_non_null(v);
	snprintf(out, sizeof(out), "%s<%s>", dyn ? "D" : "", v);
	return out;
}

static const char *heredoc_of(const struct word *w)
{
	const char *v = NULL, *err = NULL;
	bool dyn = true;
	if (expand_heredoc(A, w, &ENV, &v, &dyn, &err) < 0)
		return "ERR";
	snprintf(out, sizeof(out), "%s<%s>", dyn ? "D" : "", v);
	return out;
}

#define EXPECT(w, want) assert_string_equal(fields_of(w), want)
#define EXPECT1(w, want) assert_string_equal(single_of(w), want)

/* ---- literals, quotes, globs ----------------------------------------------------------- */

static void test_literals(void **state)
{
	(void)state;
	EXPECT(W(lit("echo")), "<echo>");
	EXPECT(W(sq("a b")), "<a b>");
	EXPECT(W(esc(" ")), "< >");
	EXPECT(W(lit("a"), esc(" "), lit("b")), "<a b>");
	EXPECT(W(DQ(lit("a  b"))), "<a  b>");
	EXPECT(W(dq0()), "<>");               /* "" */
	EXPECT(W(sq("")), "<>");              /* '' */
	EXPECT(W(lit("a"), dq0(), lit("b")), "<ab>");
	EXPECT(W(ansic("x\ty", 3)), "<x\ty>");
	EXPECT(W(ansic("ab\0cd", 5)), "<ab>"); /* a decoded NUL ends $'...' */
	EXPECT(W(ansic("abcd", 2)), "<ab>");   /* len is authoritative */
	EXPECT(W(lit("$")), "<$>");
	/* a locale string $"..." is a plain double-quoted string here */
	struct part loc = DQ(lit("hi"));
	loc.locale = true;
	EXPECT(W(loc), "<hi>");
}

static void test_glob_hints(void **state)
{
	(void)state;
	EXPECT(W(lit("*.c")), "G<*.c>");
	EXPECT(W(lit("a?")), "G<a?>");
	EXPECT(W(lit("[ab]")), "G<[ab]>");
	EXPECT(W(lit("[")), "<[>");           /* the test command, not a glob */
	EXPECT(W(lit("]")), "<]>");
	EXPECT(W(lit("a[")), "<a[>");
	EXPECT(W(sq("*")), "<*>");
	EXPECT(W(esc("*")), "<*>");
	EXPECT(W(DQ(lit("*"))), "<*>");
	EXPECT(W(lit("["), sq("a"), lit("]")), "G<[a]>");
	EXPECT(W(lit("["), sq("]")), "<[]>"); /* a quoted ']' closes nothing */
	EXPECT(W(lit("a*"), sq("*")), "G<a**>"); /* the flag is a hint only */
	EXPECT(W(lit("@(a|b)")), "G<@(a|b)>");
	EXPECT(W(lit("!(x)")), "G<!(x)>");
	EXPECT(W(lit("+(x)")), "G<+(x)>");
	EXPECT(W(lit("@"), sq("(x)")), "<@(x)>");
	set_var("v", "*.txt");
	set_var("b", "[x]");
	EXPECT(W(var("v")), "G<*.txt>");
	EXPECT(W(DQ(var("v"))), "<*.txt>");
	EXPECT(W(var("b")), "G<[x]>");
	EXPECT(W(lit("x"), var("v")), "G<x*.txt>");
	/* glob characters in a known value that is split: per field */
	set_var("g", "a* b");
	EXPECT(W(var("g")), "G<a*><b>");
}

/* ---- brace expansion ----------------------------------------------------------------------- */

static void test_brace_lists(void **state)
{
	(void)state;
	EXPECT(W(lit("{a,b}")), "<a><b>");
	EXPECT(W(lit("x{a,b}y")), "<xay><xby>");
	EXPECT(W(lit("{a,{b,c}}d")), "<ad><bd><cd>");
	EXPECT(W(lit("{a,b}{1,2}")), "<a1><a2><b1><b2>");
	EXPECT(W(lit("a{b,c}d{e,f}g")), "<abdeg><abdfg><acdeg><acdfg>");
	EXPECT(W(lit("x{a,}")), "<xa><x>");
	EXPECT(W(lit("x{,a}")), "<x><xa>");
	EXPECT(W(lit("x{,}")), "<x><x>");
	EXPECT(W(lit("x{a,,b}")), "<xa><x><xb>");
	EXPECT(W(lit("{{a,b}}")), "<{a}><{b}>");
	EXPECT(W(lit("{a}b,c}")), "<a}b><c>");
	EXPECT(W(lit("x{},a}")), "<x}><xa>");
	EXPECT(W(lit("{a,b}{},c}")), "<a{},c}><b{},c}>");
	EXPECT(W(lit("{a,b{1..2}}")), "<a><b1><b2>");
	EXPECT(W(lit("{a..b{c,d}}")), "<a..bc><a..bd>");
	EXPECT(W(lit("{x{a..c}..y}")), "<{x{a..c}..y}>");
	EXPECT(W(lit("@({a,b}|c)")), "G<@(a|c)>G<@(b|c)>");
	/* no comma and no sequence: stays */
	EXPECT(W(lit("{a}")), "<{a}>");
	EXPECT(W(lit("{}")), "<{}>");
	EXPECT(W(lit("a{}c")), "<a{}c>");
	EXPECT(W(lit("{},a}")), "<{},a}>");
	EXPECT(W(lit("a{b,c")), "<a{b,c>");
	EXPECT(W(lit("{a,b}{")), "<a{><b{>");
	EXPECT(W(lit("}{a,b}{")), "<}a{><}b{>");
}

static void test_brace_quoting(void **state)
{
	(void)state;
	set_var("x", "XV");
	EXPECT(W(sq("{a,b}")), "<{a,b}>");
	EXPECT(W(DQ(lit("{a,b}"))), "<{a,b}>");
	EXPECT(W(lit("{a,"), sq("b c"), lit("}")), "<a><b c>");
	EXPECT(W(lit("a{"), sq("b"), lit(",c}d")), "<abd><acd>");
	EXPECT(W(lit("{a,b}"), DQ(lit("{c,d}"))), "<a{c,d}><b{c,d}>");
	EXPECT(W(lit("{a,"), DQ(lit("b,c")), lit("}")), "<a><b,c>");
	EXPECT(W(DQ(lit("{")), lit("a,b"), DQ(lit("}"))), "<{a,b}>");
	EXPECT(W(lit("{a,b}"), esc("}")), "<a}><b}>");
	EXPECT(W(esc("{"), lit("a,b}")), "<{a,b}>");
	EXPECT(W(lit("{a"), esc(","), lit("b,c}")), "<a,b><c>");
	EXPECT(W(lit("{"), esc("{"), lit(","), esc("}"), lit("}")), "<{><}>");
	EXPECT(W(esc("$"), lit("{a,b}")), "<$a><$b>");
	/* ${...} is not a brace; expansions ride along into each word */
	EXPECT(W(lit("{"), var("x"), lit(",b}")), "<XV><b>");
	EXPECT(W(lit("{a..c}"), var("x")), "<aXV><bXV><cXV>");
	EXPECT(W(bvar("x"), lit("{a,b}")), "<XVa><XVb>");
	/* {1..$n}: brace expansion comes first, so no sequence */
	set_var("n", "3");
	EXPECT(WS("{1..$n}", lit("{1.."), var("n"), lit("}")), "<{1..3}>");
}

static void test_brace_sequences(void **state)
{
	(void)state;
	EXPECT(W(lit("{1..3}")), "<1><2><3>");
	EXPECT(W(lit("{3..1}")), "<3><2><1>");
	EXPECT(W(lit("{-3..-1}")), "<-3><-2><-1>");
	EXPECT(W(lit("{0..10..5}")), "<0><5><10>");
	EXPECT(W(lit("{10..1..3}")), "<10><7><4><1>");
	EXPECT(W(lit("{1..5..-2}")), "<1><3><5>");
	EXPECT(W(lit("{1..5..0}")), "<1><2><3><4><5>");
	EXPECT(W(lit("{1..10..30}")), "<1>");
	EXPECT(W(lit("{+1..3}")), "<1><2><3>");
	EXPECT(W(lit("{1..+3}")), "<1><2><3>");
	EXPECT(W(lit("{a..e}")), "<a><b><c><d><e>");
	EXPECT(W(lit("{e..c}")), "<e><d><c>");
	EXPECT(W(lit("{a..c..2}")), "<a><c>");
	EXPECT(W(lit("{A..z..10}")), "<A><K><U><_><i><s>");
	EXPECT(W(lit("{x..z}{1..2}")), "<x1><x2><y1><y2><z1><z2>");
	/* zero padding */
	EXPECT(W(lit("{01..10..3}")), "<01><04><07><10>");
	EXPECT(W(lit("{1..10..03}")), "<1><4><7><10>");
	EXPECT(W(lit("{001..3}")), "<001><002><003>");
	EXPECT(W(lit("{1..003}")), "<001><002><003>");
	EXPECT(W(lit("{-01..3}")), "<-01><000><001><002><003>");
	EXPECT(W(lit("{-05..5..5}")), "<-05><000><005>");
	EXPECT(W(lit("{08589934592..08589934593}")), "<00000000000><00000000001>");
	/* limits of 64-bit integers, as bash */
	EXPECT(W(lit("{9223372036854775806..9223372036854775807}")),
	       "<9223372036854775806><9223372036854775807>");
	EXPECT(W(lit("{0..9223372036854775807..4611686018427387904}")),
	       "<0><4611686018427387904>");
	EXPECT(W(lit("{1..4294967296..2147483648}")), "<1><2147483649>");
	/* not sequences: kept as text */
	EXPECT(W(lit("{1..99999999999999999999}")), "<{1..99999999999999999999}>");
	EXPECT(W(lit("{-9223372036854775808..9223372036854775807}")),
	       "<{-9223372036854775808..9223372036854775807}>");
	EXPECT(W(lit("{1..3000000000}")), "<{1..3000000000}>"); /* bash refuses > INT_MAX */
	EXPECT(W(lit("{a..}")), "<{a..}>");
	EXPECT(W(lit("{..a}")), "<{..a}>");
	EXPECT(W(lit("{1..3..}")), "<{1..3..}>");
	EXPECT(W(lit("{a...c}")), "<{a...c}>");
	EXPECT(W(lit("{%..+}")), "<{%..+}>");
	EXPECT(W(lit("{1..a}")), "<{1..a}>");
	EXPECT(W(lit("{a..c"), esc("}")), "<{a..c}>");
	EXPECT(W(lit("{"), DQ(lit("a")), lit("..c}")), "<{a..c}>");
	/* {Z..a} makes a backslash and a backquote that bash re-reads */
	EXPECT(WS("{Z..a}", lit("{Z..a}")), "D<{Z..a}>");
}

/* bash looks for the comma in the raw amble text, quotes included. */
static void test_brace_raw_comma(void **state)
{
	(void)state;
	/* {'a,b'..c}: positions as the parser gives them */
	struct word *w = WS("{'a,b'..c}", lit("{"), sq("a,b"), lit("..c}"));
	w->start = 5;
	w->end = 15;
	w->parts[1].start = 6;
	w->parts[1].end = 11;
	EXPECT(w, "<a,b..c>");
	struct word *v = WS("{'a'..c}", lit("{"), sq("a"), lit("..c}"));
	v->start = 0;
	v->end = 8;
	v->parts[1].start = 1;
	v->parts[1].end = 4;
	EXPECT(v, "<{a..c}>");
	/* quoted text is its own raw text; $'...' without positions is not */
	EXPECT(WS("{'a,b'..c}", lit("{"), sq("a,b"), lit("..c}")), "<a,b..c>");
	EXPECT(W(lit("{"), DQ(lit("a,b")), lit("..c}")), "<a,b..c>");
	EXPECT(W(lit("{"), DQ(lit("a\\,b")), lit("..c}")), "<{a\\,b..c}>");
	EXPECT(WS("{$'a,b'..c}", lit("{"), ansic("a,b", 3), lit("..c}")), "D<{$'a,b'..c}>");
	struct word *u = WS("{$'a,b'..c}", lit("{"), ansic("a,b", 3), lit("..c}"));
	u->start = 10;
	u->end = 21;
	u->parts[1].start = 11;
	u->parts[1].end = 17;
	EXPECT(u, "<a,b..c>");
	/* a plain $x holds no comma */
	set_var("x", "X");
	EXPECT(W(lit("{"), var("x"), lit("..c}")), "<{X..c}>");
}

static void test_brace_limits(void **state)
{
	(void)state;
	clock_t t0 = clock();
	EXPECT(W(lit("{1..100000000}")), "ERR");
	EXPECT(W(lit("{1..2147483645}")), "ERR");
	char *s = arena_alloc(A, 30 * 5 + 1);
	for (int i = 0; i < 30; i++)
		memcpy(s + i * 5, "{a,b}", 5);
	EXPECT(W(lit(s)), "ERR");
	s[12 * 5] = '\0'; /* 4096 words: allowed */
	struct fields f;
	const char *err;
	assert_int_equal(expand_word(A, W(lit(s)), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 4096);
	assert_string_equal(f.v[0].text, "aaaaaaaaaaaa");
	assert_string_equal(f.v[4095].text, "bbbbbbbbbbbb");
	s[12 * 5] = '{';
	s[13 * 5] = '\0'; /* 8192 words */
	EXPECT(W(lit(s)), "ERR");
	assert_int_equal(expand_word(A, W(lit("{1..4096}")), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 4096);
	assert_string_equal(f.v[4095].text, "4096");
	EXPECT(W(lit("{1..4097}")), "ERR");
	assert_int_equal(expand_word(A, W(lit("{1..64}{1..64}")), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 4096);
	EXPECT(W(lit("{1..64}{1..65}")), "ERR");
	EXPECT(W(lit("{1..64}{a,{1..64}}")), "ERR");
	/* deep nesting and quadratic scans fail instead of hanging */
	size_t deep = 20000;
	char *d = arena_alloc(A, 2 * deep + 4);
	memset(d, '{', deep);
	memcpy(d + deep, "a,b", 3);
	memset(d + deep + 3, '}', deep);
	EXPECT(W(lit(d)), "ERR");
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 10.0);
}

/* ---- tilde ---------------------------------------------------------------------------------- */

static void test_tilde(void **state)
{
	(void)state;
	EXPECT(W(lit("~")), "</h>");
	EXPECT(W(lit("~/x")), "</h/x>");
	EXPECT(W(lit("~:x")), "</h:x>");       /* ':' ends the prefix too */
	EXPECT(W(lit("~/"), sq("a b")), "</h/a b>");
	EXPECT(W(lit("~"), DQ(lit("/x"))), "<~/x>"); /* a quote in the prefix */
	EXPECT(W(lit("~"), esc("/"), lit("x")), "<~/x>");
	EXPECT(W(lit("~"), sq("")), "<~>");
	EXPECT(W(lit("~ab"), sq("c")), "<~abc>");
	EXPECT(W(DQ(lit("~"))), "<~>");
	EXPECT(W(esc("~")), "<~>");
	EXPECT(W(lit("x~")), "<x~>");
	EXPECT(W(lit("a:~")), "<a:~>");        /* not an assignment */
	EXPECT(W(lit("~:~")), "</h:~>");
	/* bash checks for quotes up to the next '/', not just the prefix */
	EXPECT(W(lit("~:"), DQ(lit("a"))), "<~:a>");
	EXPECT(W(lit("~:"), esc("a")), "<~:a>");
	EXPECT(W(lit("~:a/"), DQ(lit("b"))), "</h:a/b>");
	EXPECT(W(lit("a=~:"), DQ(lit("x"))), "<a=/h:x>");
	/* and takes what is up to it literally: "~:$x" is "/h:$x" in bash */
	EXPECT(WS("~:$x", lit("~:"), var("x")), "D<~:$x>");
	EXPECT(WS("~root", lit("~root")), "D<~root>");
	EXPECT(WS("~+", lit("~+")), "D<~+>");
	EXPECT(WS("~-/x", lit("~-/x")), "D<~-/x>");
	EXPECT(WS("~0", lit("~0")), "D<~0>");
	EXPECT(WS("~$x", lit("~"), var("x")), "D<~$x>");
	EXPECT(W(lit("{~,~/x}")), "</h></h/x>");
	EXPECT(WS("~{a,b}", lit("~{a,b}")), "D<~{a,b}>");
	EXPECT(W(lit("~/{a,b}")), "</h/a></h/b>");
	/* the value is quoted: not split, not globbed */
	set_var("HOME", "a b");
	EXPECT(W(lit("~")), "<a b>");
	set_var("HOME", "*");
	EXPECT(W(lit("~")), "<*>");
	set_var("HOME", "");
	EXPECT(W(lit("~")), "<>");
	EXPECT(W(lit("~/a")), "</a>");
	unknown_var("HOME");
	EXPECT(WS("~/a", lit("~/a")), "D<~/a>");
	put_var("HOME", VAR_UNSET, NULL); /* bash asks the password database */
	EXPECT(WS("~", lit("~")), "D<~>");
}

static void test_tilde_assignment_words(void **state)
{
	(void)state;
	set_var("x", "abc");
	EXPECT(W(lit("a=~")), "<a=/h>");
	EXPECT(W(lit("of=~/.bashrc")), "<of=/h/.bashrc>");
	EXPECT(W(lit("a=~:~/b")), "<a=/h:/h/b>");
	EXPECT(W(lit("a+=~")), "<a+=/h>");
	EXPECT(W(lit("a[0]=~")), "G<a[0]=/h>"); /* and a glob */
	EXPECT(W(lit("a=b:~")), "<a=b:/h>");
	EXPECT(W(lit("a=x:~:~")), "<a=x:/h:/h>");
	EXPECT(W(lit("x=~:a=~")), "<x=/h:a=~>");
	EXPECT(W(lit("a="), esc("$"), lit(":~")), "<a=$:/h>");
	EXPECT(W(lit("a["), var("x"), lit("]=~")), "G<a[abc]=/h>");
	EXPECT(W(lit("x="), sq(""), lit(":~")), "<x=:/h>");
	/* not assignments, or not right after '=' or ':' */
	EXPECT(W(lit("-a=~")), "<-a=~>");
	EXPECT(W(lit("1a=~")), "<1a=~>");
	EXPECT(W(lit("a-b=~")), "<a-b=~>");
	EXPECT(W(sq("a"), lit("=~")), "<a=~>");
	EXPECT(W(lit("x"), esc("="), lit("~")), "<x=~>");
	EXPECT(W(lit("a==~")), "<a==~>");
	EXPECT(W(lit("a=b=~")), "<a=b=~>");
	EXPECT(W(lit("a="), esc("~")), "<a=~>");
	EXPECT(W(lit("x=~"), dq0()), "<x=~>");
	EXPECT(W(lit("x="), dq0(), lit("~")), "<x=~>");
	EXPECT(W(lit("x=a:~"), dq0()), "<x=a:~>");
	EXPECT(W(lit("a="), DQ(lit("x:")), lit("~")), "<a=x:~>");
	EXPECT(W(lit("a[x]y]=~")), "G<a[x]y]=~>");
	EXPECT(W(lit("a[x]]=~")), "G<a[x]]=~>");
	EXPECT(W(lit("a[[x]=~")), "G<a[[x]=~>");
	EXPECT(WS("a=~x", lit("a=~x")), "D<a=~x>");
	/* brace expansion that changes the word drops the assignment rule */
	EXPECT(W(lit("a{b,c}=~")), "<ab=~><ac=~>");
	EXPECT(W(lit("a={x,~}")), "<a=x><a=~>");
	EXPECT(W(lit("a=b:{~,c}")), "<a=b:~><a=b:c>");
	EXPECT(W(lit("a=~{x,}")), "<a=~x><a=~>");
	EXPECT(W(lit("a=x{:~,}")), "<a=x:~><a=x>");
	EXPECT(W(lit("~{,/}")), "</h></h/>");
}

/* ---- parameters -------------------------------------------------------------------------- */

static void test_params(void **state)
{
	(void)state;
	set_var("x", "abc");
	set_var("e", "");
	unknown_var("u");
	EXPECT(W(var("x")), "<abc>");
	EXPECT(W(bvar("x")), "<abc>");
	EXPECT(W(lit("a"), var("x"), lit("b")), "<aabcb>");
	EXPECT(W(var("nosuch")), "");
	EXPECT(W(DQ(var("nosuch"))), "<>");
	EXPECT(W(var("e")), "");
	EXPECT(W(DQ(var("e"))), "<>");
	EXPECT(WS("$u", var("u")), "D<$u>");
	EXPECT(WS("a${u}b", lit("a"), bvar("u"), lit("b")), "D<a${u}b>");
	EXPECT(WS("\"$u\"", DQ(var("u"))), "D<\"$u\">");
	/* bash's own variables are never known, whatever the table says */
	set_var("RANDOM", "4");
	set_var("PWD", "/w");
	set_var("_", "x");
	EXPECT(WS("$RANDOM", var("RANDOM")), "D<$RANDOM>");
	EXPECT(WS("$PWD", var("PWD")), "D<$PWD>");
	EXPECT(WS("$_", var("_")), "D<$_>");
	static const char *const names[] = { "LINENO", "SECONDS", "BASHPID", "EPOCHREALTIME",
					     "SRANDOM", "PPID", "UID", "BASH_VERSION", "REPLY",
					     "OPTIND", "PIPESTATUS", NULL };
	for (size_t i = 0; names[i]; i++) {
		set_var(names[i], "1");
		assert_string_equal(fields_of(W(var(names[i]))), "D<SRC>");
	}
	/* special parameters */
	static const char *const specials[] = { "?", "$", "!", "-", "0", NULL };
	for (size_t i = 0; specials[i]; i++)
		assert_string_equal(fields_of(W(var(specials[i]))), "D<SRC>");
	/* positional ones unless known */
	EXPECT(W(var("1")), "D<SRC>");
	EXPECT(W(var("#")), "D<SRC>");
	EXPECT(W(DQ(var("@"))), "D<SRC>");
	EXPECT(W(var("*")), "D<SRC>");
	/* not modelled: indirection, arrays, transformations, bad substitution */
	struct part ind = bvar("x");
	ind.param->indirect = true;
	EXPECT(W(ind), "D<SRC>");
	struct part sub = bvar("x");
	sub.param->subscript = "0";
	EXPECT(W(sub), "D<SRC>");
	EXPECT(W(op("x", "@", W(lit("Q")))), "D<SRC>");
	struct part bad = bvar("x:");
	bad.param->bad = true;
	EXPECT(W(bad), "D<SRC>");
	EXPECT(W(op("x", "~~", NULL)), "D<SRC>");
	EXPECT(W(var("a-b")), "D<SRC>");
}

static void test_param_defaults(void **state)
{
	(void)state;
	set_var("x", "abc");
	set_var("e", "");
	set_var("w", "a  b");
	EXPECT(W(op("n", "-", W(lit("def")))), "<def>");
	EXPECT(W(op("n", ":-", W(lit("def")))), "<def>");
	EXPECT(W(op("e", "-", W(lit("def")))), "");
	EXPECT(W(op("e", ":-", W(lit("def")))), "<def>");
	EXPECT(W(op("x", ":-", W(lit("def")))), "<abc>");
	EXPECT(W(op("n", "+", W(lit("alt")))), "");
	EXPECT(W(op("e", "+", W(lit("alt")))), "<alt>");
	EXPECT(W(op("e", ":+", W(lit("alt")))), "");
	EXPECT(W(op("x", ":+", W(lit("alt")))), "<alt>");
	EXPECT(W(DQ(op("n", ":+", W(lit("alt"))))), "<>");
	EXPECT(W(DQ(op("n", "-", NULL))), "<>");
	EXPECT(W(op("n", "-", NULL)), "");
	/* the operand's literal text is split when unquoted, its quotes are kept */
	EXPECT(W(op("n", ":-", W(lit("a  b")))), "<a><b>");
	EXPECT(W(DQ(op("n", ":-", W(lit("a  b"))))), "<a  b>");
	EXPECT(W(op("n", ":-", W(DQ(lit("a b"))))), "<a b>");
	EXPECT(W(op("n", ":-", W(var("w")))), "<a><b>");
	EXPECT(W(op("n", ":-", W(DQ(var("w"))))), "<a  b>");
	EXPECT(W(DQ(op("n", ":-", W(var("w"))))), "<a  b>");
	EXPECT(W(op("n", ":-", W(lit("*")))), "G<*>");
	EXPECT(W(DQ(op("n", ":-", W(lit("*"))))), "<*>");
	EXPECT(W(op("n", ":-", W(sq("*")))), "<*>");
	set_var("IFS", "a");
	EXPECT(W(op("n", ":-", W(lit("bab")))), "<b><b>");
	set_var("IFS", " \t\n");
	/* tilde in an unquoted operand */
	EXPECT(W(op("n", ":-", W(lit("~/x")))), "</h/x>");
	EXPECT(W(DQ(op("n", ":-", W(lit("~"))))), "<~>");
	EXPECT(W(op("n", ":-", W(lit("a~")))), "<a~>");
	/* in double quotes bash drops the operand's inner double quotes first:
	 * "${u:-"$v"x}" reads $vx; not modelled */
	set_var("v", "abc");
	EXPECT(W(DQ(op("n", ":-", W(DQ(var("v")), lit("x"))))), "D<SRC>");
	EXPECT(W(DQ(op("n", ":-", W(DQ(lit("$")), lit("v"))))), "D<SRC>");
	EXPECT(W(DQ(op("n", ":-", W(var("v"), DQ(lit("x")))))), "D<SRC>");
	EXPECT(W(DQ(op("n", ":=", W(DQ(var("v")), lit("x"))))), "D<SRC>");
	assert_string_equal(var_now("n"), "unknown");
	EXPECT(W(DQ(op("m", ":-", W(DQ(bvar("v")), lit("x"))))), "<abcx>");
	EXPECT(W(DQ(op("m", ":-", W(DQ(var("v")), lit("\\x"))))), "<abc\\x>");
	EXPECT(W(DQ(op("m", ":-", W(DQ(var("1")), lit("x"))))), "D<SRC>"); /* $1 unknown */
	EXPECT(W(op("m", ":-", W(DQ(var("v")), lit("x")))), "<abcx>");
	/* ${x:?}: an error at run time */
	EXPECT(W(op("n", ":?", W(lit("oops")))), "D<SRC>");
	EXPECT(W(op("e", ":?", NULL)), "D<SRC>");
	EXPECT(W(op("e", "?", NULL)), "");
	EXPECT(W(op("x", ":?", NULL)), "<abc>");
}

static void test_param_assign(void **state)
{
	(void)state;
	set_var("x", "abc");
	EXPECT(W(op("x", ":=", W(lit("no")))), "<abc>");
	assert_string_equal(var_now("x"), "abc");
	EXPECT(W(op("n", ":=", W(lit("yes")))), "<yes>");
	assert_string_equal(var_now("n"), "yes");
	set_var("e", "");
	EXPECT(W(op("e", "=", W(lit("no")))), "");
	assert_string_equal(var_now("e"), "");
	EXPECT(W(op("e", ":=", W(lit("now")))), "<now>");
	assert_string_equal(var_now("e"), "now");
	/* the new value is split when unquoted, even if the operand was quoted */
	EXPECT(W(op("m", ":=", W(DQ(lit("a b"))))), "<a><b>");
	assert_string_equal(var_now("m"), "a b");
	EXPECT(W(DQ(op("q", ":=", W(lit("c  d"))))), "<c  d>");
	assert_string_equal(var_now("q"), "c  d");
	EXPECT(W(op("t", ":=", W(lit("~")))), "</h>");
	assert_string_equal(var_now("t"), "/h");
	/* assigning an unknown value */
	EXPECT(W(op("d", ":=", W(cmdsub()))), "D<SRC>");
	assert_string_equal(var_now("d"), "unknown");
	/* positional parameters cannot be assigned this way */
	positional(0);
	EXPECT(W(op("1", ":=", W(lit("x")))), "D<SRC>");
	/* IFS changing in the middle of a word */
	set_var("IFS", "");
	EXPECT(W(op("IFS", ":=", W(lit(",")))), "D<SRC>");
	assert_string_equal(var_now("IFS"), ",");
}

static struct word *P(const char *s) { return W(lit(s)); }

static void test_param_patterns(void **state)
{
	(void)state;
	set_var("x", "abcabc");
	EXPECT(W(op("x", "#", P("*b"))), "<cabc>");
	EXPECT(W(op("x", "##", P("*b"))), "<c>");
	EXPECT(W(op("x", "%", P("b*"))), "<abca>");
	EXPECT(W(op("x", "%%", P("b*"))), "<a>");
	EXPECT(W(op("x", "#", P("?"))), "<bcabc>");
	EXPECT(W(op("x", "%", P("?"))), "<abcab>");
	EXPECT(W(op("x", "#", P("x"))), "<abcabc>");
	EXPECT(W(op("x", "%%", P("[bc]*"))), "<a>");
	EXPECT(W(op("x", "##", P("*[bc]"))), "");
	EXPECT(W(op("x", "#", P("*["))), "<abcabc>");
	EXPECT(W(op("x", "#", P("*"))), "<abcabc>");
	EXPECT(W(op("x", "##", P("*"))), "");
	EXPECT(W(op("x", "#", NULL)), "<abcabc>");
	/* quoted pattern characters are literal, unquoted values are patterns */
	set_var("pp", "*b");
	EXPECT(W(op("x", "#", W(var("pp")))), "<cabc>");
	EXPECT(W(op("x", "#", W(DQ(var("pp"))))), "<abcabc>");
	EXPECT(W(DQ(op("x", "#", W(var("pp"))))), "<cabc>");
	EXPECT(W(op("x", "#", W(DQ(lit("a")), lit("*")))), "<bcabc>");
	EXPECT(W(op("x", "#", W(lit("a"), DQ(lit("*"))))), "<abcabc>");
	EXPECT(W(op("x", "#", W(esc("a")))), "<bcabc>");
	set_var("z", "*x");
	set_var("bs", "\\*");
	EXPECT(W(op("z", "#", W(var("bs")))), "<x>");
	EXPECT(W(op("z", "#", W(DQ(var("bs"))))), "G<*x>");
	set_var("k", "[a]");
	EXPECT(W(op("k", "#", P("["))), "<a]>");
	EXPECT(W(op("k", "%", P("]"))), "<[a>");
	/* brackets */
	EXPECT(W(op2("x", "/", P("[[:alpha:]]"), P("1"))), "<1bcabc>");
	EXPECT(W(op2("x", "/", P("[!a]"), P("1"))), "<a1cabc>");
	EXPECT(W(op2("x", "/", P("[^a]"), P("1"))), "<a1cabc>");
	EXPECT(W(op2("x", "/", P("[]a]"), P("1"))), "<1bcabc>");
	EXPECT(W(op2("x", "/", P("[a-b]"), P("1"))), "<1bcabc>");
	EXPECT(W(op2("x", "/", P("[[:upper:][:digit:]]"), P("1"))), "<abcabc>");
	EXPECT(W(op2("x", "//", P("[[:lower:]]"), P("U"))), "<UUUUUU>");
	EXPECT(W(op2("x", "//", P("[[:bogus:]]"), P("U"))), "D<SRC>");
	/* a leading '~' in a pattern or a replacement expands, even in quotes,
	 * but not after /# and /% */
	set_var("t", "/h/a");
	EXPECT(W(op("t", "#", P("~"))), "</a>");
	EXPECT(W(DQ(op("t", "#", P("~")))), "</a>");
	EXPECT(W(op2("t", "/", P("~"), P("H"))), "<H/a>");
	EXPECT(W(DQ(op2("t", "/#", P("~"), P("H")))), "</h/a>");
	EXPECT(W(op2("x", "/", P("a"), P("~"))), "</hbcabc>");
	EXPECT(W(DQ(op2("x", "/", P("a"), P("~/q")))), "</h/qbcabc>");
	set_var("v", "a*b");
	EXPECT(W(op2("v", "/", W(esc("*")), P("X"))), "<aXb>");
	EXPECT(W(op2("v", "/", W(sq("*")), P("X"))), "<aXb>");
	EXPECT(W(op2("v", "/", P("[*]"), P("X"))), "<aXb>");
}

static void test_param_subst(void **state)
{
	(void)state;
	set_var("x", "abcabc");
	set_var("e", "");
	EXPECT(W(op2("x", "/", P("b"), P("X"))), "<aXcabc>");
	EXPECT(W(op2("x", "//", P("b"), P("X"))), "<aXcaXc>");
	EXPECT(W(op2("x", "/#", P("a"), P("X"))), "<Xbcabc>");
	EXPECT(W(op2("x", "/%", P("c"), P("X"))), "<abcabX>");
	EXPECT(W(op2("x", "/#", P("b"), P("X"))), "<abcabc>");
	EXPECT(W(op2("x", "/", P("b"), NULL)), "<acabc>");
	EXPECT(W(op2("x", "//", P("b"), NULL)), "<acac>");
	EXPECT(W(op2("x", "/", P("b"), w0())), "<acabc>");
	EXPECT(W(op2("x", "/", w0(), P("X"))), "<abcabc>");
	EXPECT(W(op2("x", "//", w0(), P("X"))), "<abcabc>");
	EXPECT(W(op2("x", "/#", w0(), P("P"))), "<Pabcabc>");
	EXPECT(W(op2("x", "/%", w0(), P("S"))), "<abcabcS>");
	EXPECT(W(op2("x", "/", P("*"), P("Y"))), "<Y>");
	EXPECT(W(op2("x", "//", P("*"), P("Y"))), "<Y>");
	EXPECT(W(op2("x", "/#", P("*"), P("Y"))), "<Y>");
	EXPECT(W(op2("x", "/%", P("*"), P("Y"))), "<Y>");
	EXPECT(W(op2("x", "//", P("?"), P("-"))), "<------>");
	EXPECT(W(op2("x", "//", P("b*c"), P("-"))), "<a->");
	EXPECT(W(op2("x", "/", P("c*"), P("-"))), "<ab->");
	/* an empty value is replaced when the pattern matches it */
	EXPECT(W(DQ(op2("e", "/", P("*"), P("Y")))), "<Y>");
	EXPECT(W(DQ(op2("e", "//", P("*"), P("Y")))), "<Y>");
	EXPECT(W(DQ(op2("e", "/#", w0(), P("P")))), "<P>");
	EXPECT(W(DQ(op2("e", "/", P("x"), P("y")))), "<>");
	EXPECT(W(DQ(op2("n", "/", P("*"), P("Y")))), "<>"); /* unset: nothing */
	/* & in the replacement is the match when patsub_replacement is on */
	EXPECT(W(op2("x", "/", P("b"), W(DQ(lit("&"))))), "<a&cabc>");
	EXPECT(W(op2("x", "/", P("b"), W(esc("&")))), "<a&cabc>");
	EXPECT(W(op2("x", "/", P("b"), P("[&]"))), "D<SRC>");
	set_var("r", "&");
	EXPECT(W(op2("x", "/", P("b"), W(var("r")))), "D<SRC>");
	EXPECT(W(op2("x", "/", P("b"), W(DQ(var("r"))))), "<a&cabc>");
	/* the result of an unquoted substitution is split */
	EXPECT(W(op2("x", "//", P("b"), P(" "))), "<a><ca><c>");
}

static void test_param_case_len_substr(void **state)
{
	(void)state;
	set_var("x", "abcabc");
	set_var("y", "ABC");
	EXPECT(W(op("x", "^", NULL)), "<Abcabc>");
	EXPECT(W(op("x", "^^", NULL)), "<ABCABC>");
	EXPECT(W(op("x", "^^", P("[ab]"))), "<ABcABc>");
	EXPECT(W(op("x", "^", P("b"))), "<abcabc>");
	EXPECT(W(op("x", "^^", P("?"))), "<ABCABC>");
	EXPECT(W(op("x", "^^", P("a*"))), "<AbcAbc>");
	EXPECT(W(op("x", ",", NULL)), "<abcabc>");
	EXPECT(W(op("y", ",", NULL)), "<aBC>");
	EXPECT(W(op("y", ",,", NULL)), "<abc>");
	EXPECT(W(op("y", ",,", P("[A]"))), "<aBC>");
	set_var("e", "");
	EXPECT(W(op("y", ",,", W(var("e")))), "<abc>"); /* no pattern */
	EXPECT(W(op("y", ",,", W(dq0()))), "<ABC>");    /* a pattern matching nothing */
	EXPECT(W(len("x")), "<6>");
	EXPECT(W(len("n")), "<0>");
	set_var("u8", "h\xc3\xa9");
	EXPECT(W(len("u8")), "D<SRC>"); /* characters depend on the locale */
	EXPECT(W(op("u8", "^^", NULL)), "D<SRC>");
	EXPECT(W(op("u8", "#", P("?"))), "D<SRC>");
	EXPECT(W(var("u8")), "<h\xc3\xa9>");
	/* ${x:off:len} with arithmetic operands */
	EXPECT(W(op("x", ":", P("1"))), "<bcabc>");
	EXPECT(W(op2("x", ":", P("1"), P("2"))), "<bc>");
	EXPECT(W(op("x", ":", P(" -2"))), "<bc>");
	EXPECT(W(op2("x", ":", P(" -2"), P("1"))), "<b>");
	EXPECT(W(op2("x", ":", P("1"), P("-1"))), "<bcab>");
	EXPECT(W(DQ(op("x", ":", P(" -10")))), "<>");
	EXPECT(W(DQ(op("x", ":", P("10")))), "<>");
	EXPECT(W(DQ(op2("x", ":", P("0"), P("0")))), "<>");
	EXPECT(W(DQ(op2("x", ":", P("2"), P("-4")))), "<>");
	EXPECT(W(DQ(op("x", ":", P(" -6")))), "<abcabc>");
	EXPECT(W(DQ(op2("x", ":", P(" -7"), P("2")))), "<>");
	EXPECT(W(op2("x", ":", P("1+1"), P("2*1"))), "<ca>");
	EXPECT(W(op2("x", ":", w0(), P("2"))), "<ab>");
	EXPECT(W(DQ(op2("x", ":", P("1"), w0()))), "<>");
	set_var("n", "3");
	EXPECT(W(op2("x", ":", P("n"), P("n-2"))), "<a>");
	EXPECT(W(op2("x", ":", W(var("n")), P("1"))), "<a>");
	EXPECT(W(op2("x", ":", P("2"), P("-5"))), "D<SRC>"); /* an error in bash */
	EXPECT(W(op2("x", ":", P("1/0"), P("1"))), "D<SRC>");
	EXPECT(W(op2("x", ":", P("9223372036854775807"), P("9223372036854775807"))), "");
	EXPECT(W(op2("x", ":", P("1"), P("9223372036854775807"))), "<bcabc>");
	unknown_var("u");
	EXPECT(W(op2("x", ":", P("u"), P("1"))), "D<SRC>");
}

/* ---- field splitting -------------------------------------------------------------------------- */

static void test_split_default(void **state)
{
	(void)state;
	/* the walker reports bash's initial IFS as unset */
	EXPECT(W(lit("cat"), bvar("IFS"), lit("/etc/passwd")), "<cat></etc/passwd>");
	EXPECT(W(lit("cat"), var("IFS"), lit("/etc/passwd")), "<cat></etc/passwd>");
	EXPECT(W(var("IFS")), "");
	EXPECT(W(DQ(var("IFS"))), "< \t\n>");
	set_var("sp", " a ");
	set_var("w", "a \t\n b");
	EXPECT(W(var("sp")), "<a>");
	EXPECT(W(lit("X"), var("sp"), lit("Y")), "<X><a><Y>");
	EXPECT(W(dq0(), var("sp")), "<><a>");
	EXPECT(W(var("sp"), dq0()), "<a><>");
	EXPECT(W(var("w")), "<a><b>");
	EXPECT(W(DQ(var("w"))), "<a \t\n b>");
	set_var("s1", " ");
	EXPECT(W(dq0(), var("s1")), "<>");
	EXPECT(W(var("s1"), dq0()), "<>");
	EXPECT(W(lit("a"), var("s1"), dq0()), "<a><>");
	/* literal text is never split, whatever IFS is */
	set_var("IFS", "a");
	EXPECT(W(lit("bab")), "<bab>");
	set_var("x", "bab");
	EXPECT(W(var("x")), "<b><b>");
}

static void test_split_ifs(void **state)
{
	(void)state;
	set_var("IFS", ",");
	set_var("x", "a,b,c");
	EXPECT(W(lit("rm")), "<rm>");
	EXPECT(W(var("x")), "<a><b><c>");
	EXPECT(W(DQ(var("x"))), "<a,b,c>");
	static const struct {
		const char *ifs, *val, *want;
	} cases[] = {
		{ ",", "a,,b", "<a><><b>" }, { ",", ",a", "<><a>" }, { ",", "a,", "<a>" },
		{ ",", "a,,", "<a><>" }, { ",", ",", "<>" }, { ",", ",,", "<><>" },
		{ " ,", "a, ,b", "<a><><b>" }, { " ,", " ,a", "<><a>" }, { " ,", "a ,b", "<a><b>" },
		{ " ,", "a , b", "<a><b>" }, { " ,", " , ", "<>" }, { " ,", ",a, ", "<><a>" },
		{ " ,", "a , ,b", "<a><><b>" }, { " ,", " ,,a", "<><><a>" },
		{ "\v", "\va\v\vb", "<a><b>" }, { "\r", "\ra\r\rb", "<a><b>" },
		{ " ", "\ta", "<\ta>" }, { "", "a b", "<a b>" }, { "-", "a-b", "<a><b>" },
		{ "*", "x*y", "<x><y>" }, { ":", "a:b::c", "<a><b><><c>" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		set_var("IFS", cases[i].ifs);
		set_var("x", cases[i].val);
		assert_string_equal(fields_of(W(var("x"))), cases[i].want);
	}
	set_var("IFS", ",");
	set_var("x", "a,");
	EXPECT(W(bvar("x"), lit("b")), "<a><b>");
	set_var("x", ",,");
	EXPECT(W(lit("X"), var("x")), "<X><>");
	/* a quoted IFS character in a literal is kept */
	EXPECT(W(lit("a,b")), "<a,b>");
	/* unknown IFS: any non-empty unquoted expansion is unknown */
	unknown_var("IFS");
	EXPECT(W(lit("a")), "<a>");
	EXPECT(W(DQ(var("x"))), "<,,>");
	EXPECT(WS("$x", var("x")), "D<$x>");
	EXPECT(W(var("nosuch")), "");
	EXPECT(W(ar("1+1")), "D<SRC>");
	/* a multibyte IFS depends on the locale */
	set_var("IFS", "\xc3\xa9");
	EXPECT(W(var("x")), "D<SRC>");
}

static void test_split_limits(void **state)
{
	(void)state;
	size_t n = 2 * EXPAND_MAX_FIELDS + 2;
	char *v = arena_alloc(A, n + 1);
	for (size_t i = 0; i < n; i++)
		v[i] = i % 2 ? ' ' : 'a';
	set_var("many", v);
	EXPECT(W(var("many")), "ERR");
	struct fields f;
	const char *err;
	assert_int_equal(expand_word(A, W(DQ(var("many"))), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 1);
	assert_int_equal(strlen(f.v[0].text), n);
	char *big = arena_alloc(A, EXPAND_MAX_LEN + 2);
	memset(big, 'x', EXPAND_MAX_LEN + 1);
	set_var("big", big);
	EXPECT(W(var("big")), "ERR");
	EXPECT(W(DQ(var("big"))), "ERR");
	EXPECT1(W(var("big")), "ERR");
	big[EXPAND_MAX_LEN] = '\0';
	set_var("big", big);
	assert_int_equal(expand_word(A, W(var("big")), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 1);
	assert_int_equal(strlen(f.v[0].text), EXPAND_MAX_LEN);
	EXPECT(W(var("big"), lit("y")), "ERR");
	/* an unknown word does not count its known parts */
	EXPECT(WS("$big$(x)", var("big"), var("big"), cmdsub()), "D<$big$(x)>");
}

/* ---- positional parameters --------------------------------------------------------------------- */

static void test_positional(void **state)
{
	(void)state;
	positional(3, "a b", "c", "");
	EXPECT(W(var("@")), "<a><b><c>");
	EXPECT(W(DQ(var("@"))), "<a b><c><>");
	EXPECT(W(var("*")), "<a><b><c>");
	EXPECT(W(DQ(var("*"))), "<a b c >");
	EXPECT(W(DQ(lit("x"), var("@"), lit("y"))), "<xa b><c><y>");
	EXPECT(W(lit("x"), var("@"), lit("y")), "<xa><b><c><y>");
	EXPECT(W(DQ(var("@")), lit("x")), "<a b><c><x>");
	EXPECT(W(var("#")), "<3>");
	EXPECT(W(bvar("#")), "<3>");
	EXPECT(W(len("@")), "<3>");
	EXPECT(W(DQ(var("1"))), "<a b>");
	EXPECT(W(var("2")), "<c>");
	EXPECT(W(op("3", ":-", P("z"))), "<z>");
	EXPECT(W(op("4", "-", P("un"))), "<un>");
	EXPECT(W(DQ(var("3"))), "<>");
	EXPECT(W(var("0")), "D<SRC>");
	EXPECT(W(op2("@", "/", P("a"), P("b"))), "D<SRC>");
	set_var("IFS", "");
	EXPECT(W(var("*")), "<a b><c>");
	EXPECT(W(DQ(var("*"))), "<a bc>");
	set_var("IFS", "-");
	EXPECT(W(DQ(var("*"))), "<a b-c->");
	EXPECT(W(var("*")), "<a b><c>");
	/* unquoted, bash joins with IFS's first byte and splits that */
	set_var("IFS", ",");
	positional(2, "a,", "b");
	EXPECT(W(var("@")), "<a><><b>");
	positional(2, "", "");
	EXPECT(W(var("@")), "<>");
	EXPECT(W(DQ(var("@"))), "<><>");
	EXPECT(W(lit("x"), var("*")), "<x>");
	EXPECT(W(var("*"), lit("x")), "<><x>");
	set_var("IFS", " ");
	EXPECT(W(var("@")), "");
	EXPECT(W(DQ(var("*"))), "< >");
	/* no positional parameters */
	positional(0);
	EXPECT(W(DQ(var("@"))), "");
	EXPECT(W(DQ(var("@")), dq0()), "<>");
	EXPECT(W(dq0(), DQ(var("@"))), "<>");
	EXPECT(W(DQ(var("@"), var("@"))), "");
	EXPECT(W(DQ(lit("x"), var("@"))), "<x>");
	EXPECT(W(var("@")), "");
	EXPECT(W(DQ(var("*"))), "<>");
	EXPECT(W(sq(""), DQ(var("@"))), "<>");
	EXPECT(W(var("1")), "");
	EXPECT(W(var("#")), "<0>");
	/* many */
	positional(11, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
	EXPECT(W(var("1"), lit("0")), "<10>");
	EXPECT(W(bvar("10")), "<10>");
	EXPECT(W(bvar("11")), "<11>");
	EXPECT(W(op("12", "-", P("un"))), "<un>");
	EXPECT(W(bvar("99999999999999999999999")), "");
	/* unknown IFS with "$*" */
	unknown_var("IFS");
	EXPECT(W(DQ(var("*"))), "D<SRC>");
	EXPECT(W(DQ(var("@"))), "<1><2><3><4><5><6><7><8><9><10><11>");
}

static void test_positional_strings(void **state)
{
	(void)state;
	positional(2, "a", "b");
	set_var("IFS", ",");
	EXPECT1(W(var("@")), "<a b>");
	EXPECT1(W(var("*")), "<a,b>");
	EXPECT1(W(DQ(var("@"))), "<a b>");
	EXPECT1(W(DQ(var("*"))), "<a,b>");
	set_var("IFS", "");
	EXPECT1(W(var("*")), "<ab>");
}

/* ---- arithmetic -------------------------------------------------------------------------- */

static const char *arith_of(const char *expr)
{
	return fields_of(W(DQ(ar(expr))));
}

#define ARITH(expr, want) assert_string_equal(arith_of(expr), "<" want ">")
#define ARITH_DYN(expr) assert_string_equal(arith_of(expr), "D<SRC>")

static void test_arith(void **state)
{
	(void)state;
	ARITH("1+2", "3");
	ARITH("3 + 4 * 2", "11");
	ARITH("10 - 2 - 3", "5");
	ARITH("2*3 % 4", "2");
	ARITH("(1+2)*3", "9");
	ARITH("-2**2", "4");
	ARITH("2**3**2", "512");
	ARITH("2**63", "-9223372036854775808");
	ARITH("3**40", "-6289078614652622815");
	ARITH("0**0", "1");
	ARITH("-3 ** 3", "-27");
	ARITH("7%-3", "1");
	ARITH("-7%3", "-1");
	ARITH("-7/2", "-3");
	ARITH("-9223372036854775807-1", "-9223372036854775808");
	ARITH("-9223372036854775807 / -1", "9223372036854775807");
	ARITH("(-9223372036854775807-1) / -1", "-9223372036854775808");
	ARITH("(-9223372036854775807-1) % -1", "0");
	ARITH("0x7fffffffffffffff + 1", "-9223372036854775808");
	ARITH("1<<64", "1");
	ARITH("1<<-1", "-9223372036854775808");
	ARITH("-8>>1", "-4");
	ARITH("-1>>70", "-1");
	ARITH("1<2", "1");
	ARITH("2<=2", "1");
	ARITH("3>2", "1");
	ARITH("1>=2", "0");
	ARITH("1==1", "1");
	ARITH("1!=1", "0");
	ARITH("1 == 1 == 1", "1");
	ARITH("5&3", "1");
	ARITH("5|3", "7");
	ARITH("5^3", "6");
	ARITH("~5", "-6");
	ARITH("!5", "0");
	ARITH("!0", "1");
	ARITH("+3", "3");
	ARITH("--1", "1");
	ARITH("5--3", "8");
	ARITH("- -1", "1");
	ARITH("1 - - 1", "2");
	ARITH("1 ? 0 ? 5 : 6 : 7", "6");
	ARITH("1?2:3", "2");
	ARITH("0?2:3", "3");
	ARITH("1 || 0 && 0", "1");
	ARITH("0&&1/0", "0");
	ARITH("1||1/0", "1");
	ARITH("0 ? 1/0 : 2", "2");
	ARITH("1 ? 2 : 1/0", "2");
	ARITH("1 ,2 , 3", "3");
	ARITH("", "0");
	ARITH("   ", "0");
	ARITH(" (( 1 )) ", "1");
	/* constants */
	ARITH("99999999999999999999", "7766279631452241919");
	ARITH("0x10", "16");
	ARITH("0X1f", "31");
	ARITH("0xFFFFFFFFFFFFFFFF", "-1");
	ARITH("010", "8");
	ARITH("0", "0");
	ARITH("0x", "0");
	ARITH("2#101", "5");
	ARITH("16#ff", "255");
	ARITH("10#08", "8");
	ARITH("36#z", "35");
	ARITH("36#Z", "35");
	ARITH("37#z", "35");
	ARITH("37#A", "36");
	ARITH("64#_", "63");
	ARITH("64#@", "62");
	ARITH("64#Aa", "2314");
	/* errors in bash: not known */
	static const char *const bad[] = {
		"1/0", "1%0", "2**-1", "0 && 2**-1", "08", "1e", "65#1", "1#1", "2#2", "10#",
		"010#1", "37#Z", "1 2", "1+", "$", "(1", "1)", "1 ? : 2", "a ? b :", "x[0]",
		"'1'", "0b1", NULL,
	};
	for (size_t i = 0; bad[i]; i++)
		assert_string_equal(arith_of(bad[i]), "D<SRC>");
}

static void test_arith_vars(void **state)
{
	(void)state;
	set_var("a", "3");
	set_var("b", "a+1");
	set_var("c", "");
	set_var("sp", " 3 ");
	set_var("h", "0x1f");
	set_var("self", "self");
	set_var("y", "y+1");
	set_var("z", "7");
	unknown_var("u");
	ARITH("a", "3");
	ARITH("b*2", "8");  /* a variable's value is an expression */
	ARITH("c+1", "1");
	ARITH("nosuch+1", "1");
	ARITH("sp", "3");
	ARITH("h", "31");
	ARITH("z*z", "49");
	ARITH("a<<a", "24");
	ARITH_DYN("u+1");
	ARITH_DYN("0 || u");
	ARITH("1 || u", "1"); /* not evaluated */
	ARITH("0 && u", "0");
	ARITH("0 ? u : 2", "2");
	ARITH_DYN("self");    /* recursion */
	ARITH_DYN("y");
	ARITH_DYN("RANDOM");
	ARITH_DYN("LINENO");
	/* $x is substituted first: "$b*2" is "a+1*2" */
	assert_string_equal(fields_of(W(ar("1"), lit("-"), arith(W(var("b"), lit("*2"))))),
			    "<1-5>");
	assert_string_equal(fields_of(W(arith(W(DQ(lit("1")), lit(" + 2"))))), "<3>");
	assert_string_equal(fields_of(W(arith(W(lit("1+"), arith(W(lit("2*3"))))))), "<7>");
	assert_string_equal(fields_of(W(arith(W(lit("1+"), cmdsub())))), "D<SRC>");
	assert_string_equal(fields_of(W(arith(W(lit("1+"), var("u"))))), "D<SRC>");
	assert_string_equal(fields_of(W(arith(W(sq("1"))))), "D<SRC>");
	assert_string_equal(fields_of(W(arith(W(esc("1"))))), "D<SRC>");
	assert_string_equal(fields_of(W(arith(NULL))), "<0>");
	/* arithmetic results are split like any unquoted expansion */
	set_var("IFS", "0");
	set_var("x", "102030");
	EXPECT(W(ar("x")), "<1><2><3>");
	EXPECT(W(ar("10+0")), "<1>");
	/* exponential variable references stay bounded */
	set_var("v0", "1");
	static char names[30][16], vals[30][80];
	for (int i = 1; i < 30; i++) {
		snprintf(names[i], sizeof(names[i]), "v%u", (unsigned)i);
		snprintf(vals[i], sizeof(vals[i]), "v%u+v%u+v%u+v%u", (unsigned)i - 1, (unsigned)i - 1, (unsigned)i - 1, (unsigned)i - 1);
		set_var(names[i], vals[i]);
	}
	ARITH("v3", "64");
	ARITH_DYN("v29");
}

static void test_arith_assignments(void **state)
{
	(void)state;
	set_var("a", "3");
	set_var("k", "1");
	static const char *const assigning[] = {
		"a=1", "a++", "++a", "a--", "--a", "a+=1", "a-=1", "a*=2", "a/=2", "a%=2",
		"a<<=1", "a>>=1", "a&=1", "a|=1", "a^=1", "k, a = 5", "0 && (a=1)", "a[0]=1", NULL,
	};
	for (size_t i = 0; assigning[i]; i++) {
		set_var("a", "3");
		assert_string_equal(arith_of(assigning[i]), "D<SRC>");
		assert_string_equal(var_now("a"), "unknown");
	}
	/* a variable whose value assigns */
	set_var("a", "3");
	set_var("as", "a=5");
	ARITH_DYN("as");
	assert_string_equal(var_now("a"), "unknown");
	/* an expression only partly known may assign any name it shows */
	set_var("a", "3");
	assert_string_equal(fields_of(W(arith(W(cmdsub(), lit(" a = 1"))))), "D<SRC>");
	assert_string_equal(var_now("a"), "unknown");
	/* comparisons are not assignments */
	set_var("a", "3");
	ARITH("a==3", "1");
	ARITH("a!=3", "0");
	ARITH("a<=3", "1");
	ARITH("a>=4", "0");
	assert_string_equal(var_now("a"), "3");
}

/* ---- substitutions, side effects --------------------------------------------------------------- */

static void test_substitutions(void **state)
{
	(void)state;
	EXPECT(WS("$(ls)", cmdsub()), "D<$(ls)>");
	EXPECT(WS("`ls`", cmdsub()), "D<`ls`>");
	EXPECT(WS("\"$(ls)\"", DQ(cmdsub())), "D<\"$(ls)\">");
	EXPECT(WS("a$(ls)b", lit("a"), cmdsub(), lit("b")), "D<a$(ls)b>");
	EXPECT(WS("<(ls)", procsub()), "D<<(ls)>");
	EXPECT(WS("{a,b}$(x)", lit("{a,b}"), cmdsub()), "D<{a,b}$(x)>");
	EXPECT(WS("~$(x)", lit("~"), cmdsub()), "D<~$(x)>");
	/* a substitution not evaluated does not matter */
	set_var("x", "set");
	EXPECT(W(op("x", ":-", W(cmdsub()))), "<set>");
	EXPECT(WS("${n:-$(ls)}", op("n", ":-", W(cmdsub()))), "D<${n:-$(ls)}>");
	EXPECT(W(op("n", ":+", W(cmdsub()))), "");
	/* a word without source text still gets a text */
	EXPECT(WS(NULL, cmdsub()), "D<>");
}

static void test_side_effects(void **state)
{
	(void)state;
	/* ${x:=v} assigns even when the rest of the word is not known */
	EXPECT(WS("$(true)${x:=/etc}", cmdsub(), op("x", ":=", P("/etc"))),
	       "D<$(true)${x:=/etc}>");
	assert_string_equal(var_now("x"), "/etc");
	EXPECT(WS("{$'a,b'..c}${y:=1}", lit("{"), ansic("a,b", 3), lit("..c}"),
		  op("y", ":=", P("1"))), "D<{$'a,b'..c}${y:=1}>");
	assert_string_equal(var_now("y"), "1");
	/* an operand that may or may not be evaluated: its assignments are unknown */
	unknown_var("u");
	set_var("z", "old");
	EXPECT(W(op("u", ":-", W(op("z", ":=", P("new"))))), "D<SRC>");
	assert_string_equal(var_now("z"), "unknown");
	set_var("z", "old");
	EXPECT(W(op("u", ":+", W(DQ(op("z", "=", P("new")))))), "D<SRC>");
	assert_string_equal(var_now("z"), "unknown");
	set_var("z", "old");
	EXPECT(W(op("u", ":-", W(ar("z=1")))), "D<SRC>");
	assert_string_equal(var_now("z"), "unknown");
	/* an operand not evaluated: no side effect */
	set_var("z", "old");
	set_var("k", "known");
	EXPECT(W(op("k", ":-", W(op("z", ":=", P("new"))))), "<known>");
	assert_string_equal(var_now("z"), "old");
	/* pattern operands are always evaluated */
	EXPECT(W(op("u", "#", W(op("z", ":=", P("p"))))), "D<SRC>");
	assert_string_equal(var_now("z"), "old");
	put_var("z", VAR_UNSET, NULL);
	EXPECT(W(op("u", "#", W(op("z", ":=", P("p"))))), "D<SRC>");
	assert_string_equal(var_now("z"), "p");
	/* ${a[i++]}: the subscript may assign */
	set_var("i", "0");
	struct part sub = bvar("a");
	sub.param->subscript = "i++";
	EXPECT(W(sub), "D<SRC>");
	assert_string_equal(var_now("i"), "unknown");
	set_var("i", "0");
	struct part sub2 = bvar("a");
	sub2.param->subscript = "i";
	EXPECT(W(sub2), "D<SRC>");
	assert_string_equal(var_now("i"), "0");
	/* ${a[0]:=v} assigns a */
	set_var("a", "x");
	struct part sub3 = op("a", ":=", P("v"));
	sub3.param->subscript = "0";
	EXPECT(W(sub3), "D<SRC>");
	assert_string_equal(var_now("a"), "unknown");
	/* no assign callback: nothing breaks */
	ENV.assign = NULL;
	EXPECT(W(op("q", ":=", P("v"))), "<v>");
}

/* ---- single strings, heredocs, literal words ----------------------------------------------------- */

static void test_single(void **state)
{
	(void)state;
	set_var("x", "a  b");
	set_var("g", "*");
	EXPECT1(W(var("x")), "<a  b>");        /* no splitting */
	EXPECT1(W(lit("{a,b}")), "<{a,b}>");   /* no brace expansion */
	EXPECT1(W(var("g")), "<*>");
	EXPECT1(W(lit("*.c")), "<*.c>");
	EXPECT1(W(lit("~/x")), "</h/x>");
	EXPECT1(W(lit("a~")), "<a~>");
	EXPECT1(W(var("nosuch")), "<>");
	EXPECT1(W(DQ(var("x")), lit("-"), sq("q")), "<a  b-q>");
	EXPECT1(w0(), "<>");
	EXPECT1(W(ar("6*7")), "<42>");
	EXPECT1(W(op("n", ":-", W(lit("a  b")))), "<a  b>");
	EXPECT1(WS("$(x)", cmdsub()), "D<$(x)>");
	unknown_var("IFS");
	EXPECT1(W(var("x")), "<a  b>");        /* IFS does not matter */
	/* "~" after ':' or name= depends on where the word is: not known */
	EXPECT1(WS("a:~", lit("a:~")), "D<a:~>");
	EXPECT1(WS("a=~", lit("a=~")), "D<a=~>");
	EXPECT1(W(lit("a=b")), "<a=b>");
	EXPECT1(W(lit("a:b")), "<a:b>");
	EXPECT1(W(lit("a:"), sq("~")), "<a:~>");
	EXPECT1(W(lit("--a=~")), "<--a=~>");
	EXPECT1(W(lit("~/"), DQ(lit("x"))), "</h/x>");
	EXPECT1(WS("~:\"x\"", lit("~:"), DQ(lit("x"))), "D<~:\"x\">");
	/* NULL and empty */
	const char *v = NULL, *err = NULL;
	bool dyn = true;
	assert_int_equal(expand_word_single(A, NULL, &ENV, &v, &dyn, &err), 0);
	assert_string_equal(v, "");
	assert_false(dyn);
}

static void test_heredoc(void **state)
{
	(void)state;
	set_var("x", "a  b");
	set_var("HOME", "/h");
	assert_string_equal(heredoc_of(W(lit("hello $x\n"))), "<hello $x\n>");
	assert_string_equal(heredoc_of(W(lit("v="), var("x"), lit(" ~ *\n"))), "<v=a  b ~ *\n>");
	assert_string_equal(heredoc_of(W(lit("n="), ar("1+1"), lit("\n"))), "<n=2\n>");
	assert_string_equal(heredoc_of(WS("body $(id)\n", lit("body "), cmdsub(), lit("\n"))),
			    "D<body $(id)\n>");
	assert_string_equal(heredoc_of(W(sq("$x `y`\n"))), "<$x `y`\n>"); /* quoted delimiter */
	assert_string_equal(heredoc_of(W(lit("{a,b} \"q\"\n"))), "<{a,b} \"q\"\n>");
	assert_string_equal(heredoc_of(w0()), "<>");
	assert_string_equal(heredoc_of(NULL), "<>");
	positional(2, "a", "b");
	assert_string_equal(heredoc_of(W(var("@"), lit("|"), var("*"))), "<a b|a b>");
}

static void test_word_is_literal(void **state)
{
	(void)state;
	assert_true(word_is_literal(W(lit("echo"))));
	assert_true(word_is_literal(W(sq("$x *"))));
	assert_true(word_is_literal(W(DQ(lit("a b")))));
	assert_true(word_is_literal(W(lit("a"), esc("*"), sq("?"))));
	assert_true(word_is_literal(W(lit("["))));
	assert_true(word_is_literal(W(lit("{}"))));
	assert_true(word_is_literal(W(lit("{a}"))));
	assert_true(word_is_literal(W(lit("x{},a}"))) == false); /* expands: x} xa */
	assert_true(word_is_literal(W(lit("{a..}"))));
	assert_true(word_is_literal(W(lit("a~"))));
	assert_true(word_is_literal(W(lit("a"), sq("~"))));
	assert_true(word_is_literal(W(DQ(lit("~")))));
	assert_true(word_is_literal(W(lit("a=b"))));
	assert_true(word_is_literal(w0()));
	assert_false(word_is_literal(NULL));
	assert_false(word_is_literal(W(var("x"))));
	assert_false(word_is_literal(W(DQ(var("x")))));
	assert_false(word_is_literal(W(cmdsub())));
	assert_false(word_is_literal(W(ar("1"))));
	assert_false(word_is_literal(W(procsub())));
	assert_false(word_is_literal(W(lit("*.c"))));
	assert_false(word_is_literal(W(lit("a?"))));
	assert_false(word_is_literal(W(lit("[ab]"))));
	assert_false(word_is_literal(W(lit("@(a)"))));
	assert_false(word_is_literal(W(lit("{a,b}"))));
	assert_false(word_is_literal(W(lit("{1..3}"))));
	assert_false(word_is_literal(W(lit("~"))));
	assert_false(word_is_literal(W(lit("~/x"))));
	assert_false(word_is_literal(W(lit("a=~"))));
	assert_false(word_is_literal(W(lit("a=b:~"))));
}

/* ---- robustness -------------------------------------------------------------------------- */

static void test_robustness(void **state)
{
	(void)state;
	struct fields f = { (struct field *)1, 7 };
	const char *err = "x";
	assert_int_equal(expand_word(A, NULL, &ENV, &f, &err), 0);
	assert_int_equal(f.n, 0);
	assert_int_equal(expand_word(A, w0(), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 0);
	assert_int_equal(expand_word(A, W(lit("x")), &ENV, &f, NULL), 0);
	/* parts with missing pieces */
	struct part nullparam = { .kind = PART_PARAM };
	EXPECT(W(nullparam), "D<SRC>");
	struct part noname = bvar("x");
	noname.param->name = NULL;
	EXPECT(W(noname), "D<SRC>");
	struct part nulltext = { .kind = PART_LIT };
	EXPECT(W(lit("a"), nulltext, sq("b")), "<ab>");
	struct part nulldq = { .kind = PART_DQUOTE, .nparts = 3 };
	EXPECT(W(nulldq), "<>");
	struct part nulltext2 = { .kind = PART_SQUOTE, .len = 5 };
	EXPECT(W(nulltext2), "<>");
	struct part weird = { .kind = (enum part_kind)99 };
	EXPECT(W(weird), "D<SRC>");
	EXPECT(W(op("x", ":-", w0())), "");
	struct word nullparts = { .nparts = 4, .src = "s" };
	EXPECT(&nullparts, "");
	EXPECT1(&nullparts, "<>");
	assert_true(word_is_literal(&nullparts));
	/* an env without callbacks: everything is unknown */
	struct expand_env empty = { 0 };
	assert_int_equal(expand_word(A, W(var("x")), &empty, &f, &err), 0);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.v[0].flags, FIELD_DYNAMIC);
	assert_int_equal(expand_word(A, W(lit("a")), &empty, &f, &err), 0);
	assert_string_equal(f.v[0].text, "a");
	assert_int_equal(expand_word(A, W(lit("~")), NULL, &f, &err), 0);
	assert_int_equal(f.v[0].flags, FIELD_DYNAMIC);
	/* deep nesting of operands */
	struct word *w = W(lit("end"));
	for (int i = 0; i < 400; i++)
		w = W(op("n", ":-", w));
	EXPECT(w, "ERR");
	w = W(lit("end"));
	for (int i = 0; i < 100; i++)
		w = W(op("n", ":-", w));
	EXPECT(w, "<end>");
	/* a pattern operation too costly for its budget is not known */
	char *big = arena_alloc(A, 200001);
	memset(big, 'a', 200000);
	set_var("big", big);
	clock_t t0 = clock();
	EXPECT(W(op2("big", "//", P("*b"), P("c"))), "D<SRC>");
	EXPECT(W(op("big", "##", P("*b*"))), "D<SRC>");
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 10.0);
	/* cheap ones on the same value are fine */
	assert_int_equal(expand_word(A, W(op2("big", "//", P("a"), P("b"))), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 1);
	assert_int_equal(strlen(f.v[0].text), 200000);
	assert_int_equal(f.v[0].text[199999], 'b');
	EXPECT(W(op2("big", "//", P("a"), P("bb"))), "ERR"); /* longer than EXPAND_MAX_LEN */
}

/* ---- real text through the parser --------------------------------------------------------- */

/* The fields of every word of the first simple command after its name. */
static const char *parsed(const char *text)
{
	static char res[1 << 16];
	const char *err = NULL;
	struct parse_opts opts = { 0 };
	struct node *n = parse_all(A, text, strlen(text), &opts, &err);
	if (!n)
		return err ? err : "no command";
	while (n->kind == N_SEQ)
		n = n->left;
	if (n->kind != N_SIMPLE)
		return "not simple";
	size_t k = 0;
	res[0] = '\0';
	for (size_t i = 1; i < n->nwords; i++)
		k += (size_t)snprintf(res + k, sizeof(res) - k, "%s", fields_of(n->words[i]));
	return res;
}

#define PARSED(text, want) assert_string_equal(parsed("p " text), want)

static void test_parsed(void **state)
{
	(void)state;
	set_var("x", "abcabc");
	set_var("w", "a  b");
	set_var("v", "*");
	positional(3, "a b", "c", "");
	PARSED("{a,b}$x", "<aabcabc><babcabc>");
	PARSED("{'a,b'..c} {\"a\"..c} {a,\"b,c\"} \"{a,b}\"", "<a,b..c><{a..c}><a><b,c><{a,b}>");
	PARSED("{a..c}{1..2}x", "<a1x><a2x><b1x><b2x><c1x><c2x>");
	PARSED("\\${a,b} {a\\,b,c} {a,$'x,y'}", "<$a><$b><a,b><c><a><x,y>");
	PARSED("~ ~/x ~\"/x\" a=~ a=b:~ -a=~", "</h></h/x><~/x><a=/h><a=b:/h><-a=~>");
	PARSED("${x#*b} ${x##*b} ${x%b*} ${x/b/X} ${x//b/X} ${x/#a/X} ${x/%c/X}",
	       "<cabc><c><abca><aXcabc><aXcaXc><Xbcabc><abcabX>");
	PARSED("${x:1:2} ${x: -2} ${#x} ${x^^} \"${u:-a  b}\" ${u:-a  b}",
	       "<bc><bc><6><ABCABC><a  b><a><b>");
	PARSED("$w \"$w\" $v \"$v\" ${v}x", "<a><b><a  b>G<*><*>G<*x>");
	PARSED("$@ \"$@\" \"$*\" \"x$@y\" $# ${2}", "<a><b><c><a b><c><><a b c ><xa b><c><y><3><c>");
	PARSED("$((1+2*3)) $(( x = 1 )) $[2**10]", "<7>D<$(( x = 1 ))><1024>");
	assert_string_equal(var_now("x"), "unknown");
	set_var("x", "abcabc");
	PARSED("cat${IFS}/etc/passwd", "<cat></etc/passwd>");
	PARSED("$(id) `id` <(id) a$RANDOM", "D<$(id)>D<`id`>D<<(id)>D<a$RANDOM>");
	PARSED("'$x' \"$x\"'y' $'a\\tb' \"\"", "<$x><abcabcy><a\tb><>");
	set_var("IFS", ",");
	set_var("x", "a,b,c");
	PARSED("-f $x \"$x\"", "<-f><a><b><c><a,b,c>");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_literals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_glob_hints, setup, teardown),
		cmocka_unit_test_setup_teardown(test_brace_lists, setup, teardown),
		cmocka_unit_test_setup_teardown(test_brace_quoting, setup, teardown),
		cmocka_unit_test_setup_teardown(test_brace_sequences, setup, teardown),
		cmocka_unit_test_setup_teardown(test_brace_raw_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(test_brace_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tilde, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tilde_assignment_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_params, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_defaults, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_assign, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_patterns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_subst, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_case_len_substr, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_default, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_ifs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_positional, setup, teardown),
		cmocka_unit_test_setup_teardown(test_positional_strings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith_vars, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith_assignments, setup, teardown),
		cmocka_unit_test_setup_teardown(test_substitutions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_side_effects, setup, teardown),
		cmocka_unit_test_setup_teardown(test_single, setup, teardown),
		cmocka_unit_test_setup_teardown(test_heredoc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_word_is_literal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_robustness, setup, teardown),
		cmocka_unit_test_setup_teardown(test_parsed, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
