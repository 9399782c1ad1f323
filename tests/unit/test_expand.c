/*
 * test_expand.c - the expander (expand.h) on whole words: quotes, glob
 * hints, brace expansion, tilde, field splitting, positional parameters,
 * substitutions, single strings, heredocs, word_is_literal(), limits and
 * robustness, and real text through parse_all().  Parameter operators and
 * arithmetic are in test_expand_param.c.  Expected values come from
 * running bash 5.2.
 */
#include "expand_fixture.h"

/* ---- literals, quotes, globs --------------------------------------------- */

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

/* ---- brace expansion ----------------------------------------------------- */

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
	/* EXPAND_MAX_FIELDS is 2^17: seventeen {a,b} fit, eighteen do not */
	char *s = arena_alloc(A, 30 * 5 + 1);
	for (int i = 0; i < 30; i++)
		memcpy(s + i * 5, "{a,b}", 5);
	EXPECT(W(lit(s)), "ERR");
	s[17 * 5] = '\0';
	struct fields f;
	const char *err;
	assert_int_equal(expand_word(A, W(lit(s)), &ENV, &f, &err), 0);
	assert_int_equal(f.n, EXPAND_MAX_FIELDS);
	assert_string_equal(f.v[0].text, "aaaaaaaaaaaaaaaaa");
	assert_string_equal(f.v[EXPAND_MAX_FIELDS - 1].text, "bbbbbbbbbbbbbbbbb");
	s[17 * 5] = '{';
	s[18 * 5] = '\0';
	EXPECT(W(lit(s)), "ERR");
	assert_int_equal(expand_word(A, W(lit("{1..131072}")), &ENV, &f, &err), 0);
	assert_int_equal(f.n, EXPAND_MAX_FIELDS);
	assert_string_equal(f.v[EXPAND_MAX_FIELDS - 1].text, "131072");
	EXPECT(W(lit("{1..131073}")), "ERR");
	assert_int_equal(expand_word(A, W(lit("{1..64}{1..64}")), &ENV, &f, &err), 0);
	assert_int_equal(f.n, 4096);
	EXPECT(W(lit("{1..512}{1..257}")), "ERR");
	EXPECT(W(lit("{1..512}{a,{1..256}}")), "ERR");
	/* deep nesting and quadratic scans fail instead of hanging */
	size_t deep = 20000;
	char *d = arena_alloc(A, 2 * deep + 4);
	memset(d, '{', deep);
	memcpy(d + deep, "a,b", 3);
	memset(d + deep + 3, '}', deep);
	EXPECT(W(lit(d)), "ERR");
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 10.0);
}

/* ---- tilde --------------------------------------------------------------- */

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
	/* literal parts split by the parser are read as one */
	EXPECT(W(lit("~"), lit("/x")), "</h/x>");
	EXPECT(W(lit(""), lit("~"), lit("")), "</h>");
	EXPECT(W(lit("a"), lit("=~")), "<a=/h>");
	EXPECT(WS("~ro", lit("~"), lit("ro")), "D<~ro>");
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

/* ---- field splitting ----------------------------------------------------- */

static void test_split_default(void **state)
{
	(void)state;
	/* bash's initial IFS is space, tab, newline (vars.c) */
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

/* ---- positional parameters ----------------------------------------------- */

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

/* ---- substitutions, side effects ----------------------------------------- */

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

/* ---- single strings, heredocs, literal words ----------------------------- */

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

/* ---- robustness ---------------------------------------------------------- */

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
	EXPECT(W(op2("big", "//", P("a"), P("bbbbbb"))), "ERR"); /* longer than EXPAND_MAX_LEN */
}

/* ---- real text through the parser ---------------------------------------- */

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
	PARSED("$@ \"$@\" \"$*\" \"x$@y\" $# ${2}",
	       "<a><b><c><a b><c><><a b c ><xa b><c><y><3><c>");
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
		cmocka_unit_test_setup_teardown(test_split_default, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_ifs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_split_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_positional, setup, teardown),
		cmocka_unit_test_setup_teardown(test_positional_strings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_substitutions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_single, setup, teardown),
		cmocka_unit_test_setup_teardown(test_heredoc, setup, teardown),
		cmocka_unit_test_setup_teardown(test_word_is_literal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_robustness, setup, teardown),
		cmocka_unit_test_setup_teardown(test_parsed, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
