/*
 * test_expand_param.c - the expander's parameters: values, the operators
 * of ${...}, patterns, arithmetic, and the side effects of ${x:=w} and
 * $((x=1)).  Expected values come from running bash 5.2.
 */
#include "expand_fixture.h"

/* ---- parameters ---------------------------------------------------------- */

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
	EXPECT(W(op("x", "@", W(lit("Q")))), "<'abc'>");
	EXPECT(W(op("x", "@", W(lit("E")))), "D<SRC>");
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

/* ---- arithmetic ---------------------------------------------------------- */

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
		unsigned k = (unsigned)i - 1;
		snprintf(vals[i], sizeof(vals[i]), "v%u+v%u+v%u+v%u", k, k, k, k);
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

/* ---- substitutions, side effects ----------------------------------------- */

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
	/* pattern operands run if the parameter is set (and for # %, not empty) */
	put_var("z", VAR_UNSET, NULL);
	EXPECT(W(op("u", "#", W(op("z", ":=", P("p"))))), "D<SRC>");
	assert_string_equal(var_now("z"), "unknown");
	set_var("e", "");
	put_var("z", VAR_UNSET, NULL);
	EXPECT(W(DQ(op("nosuch", "/", W(op("z", ":=", P("p")))))), "<>");
	EXPECT(W(DQ(op("e", "#", W(op("z", ":=", P("p")))))), "<>");
	EXPECT(W(op("nosuch", ":", W(ar("z=1")))), "");
	assert_string_equal(var_now("z"), "unset");
	EXPECT(W(DQ(op("e", "/", W(op("z", ":=", P("p")))))), "<>");
	assert_string_equal(var_now("z"), "p");
	put_var("z", VAR_UNSET, NULL);
	EXPECT(W(op2("k", "/", P("zz"), W(op("z", ":=", P("r"))))), "<known>");
	assert_string_equal(var_now("z"), "r");
	put_var("z", VAR_UNSET, NULL);
	EXPECT(W(op2("k", ":", P("10"), W(op("z", ":=", P("1"))))), ""); /* offset past the end */
	assert_string_equal(var_now("z"), "unset");
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

/* ---- real text through the parser ---------------------------------------- */

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_params, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_defaults, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_assign, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_patterns, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_subst, setup, teardown),
		cmocka_unit_test_setup_teardown(test_param_case_len_substr, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith_vars, setup, teardown),
		cmocka_unit_test_setup_teardown(test_arith_assignments, setup, teardown),
		cmocka_unit_test_setup_teardown(test_side_effects, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
