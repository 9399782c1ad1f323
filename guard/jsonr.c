/* jsonr.c - see jsonr.h. */
#include "jsonr.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct parser {
	struct jsonr *j;
	const unsigned char *s;
	size_t len, pos;
};

static int fail(struct parser *p, const char *why)
{
	if (!p->j->error) {
		p->j->error = why;
		p->j->error_at = p->pos;
	}
	return -1;
}

static int peek(const struct parser *p)
{
	return p->pos < p->len ? p->s[p->pos] : -1;
}

static void skip_ws(struct parser *p)
{
	while (p->pos < p->len && strchr(" \t\r\n", p->s[p->pos]) && p->s[p->pos])
		p->pos++;
}

static size_t new_tok(struct parser *p, enum jsonr_type type)
{
	struct jsonr *j = p->j;
	if (j->ntok == j->cap) {
		fail(p, "too many values");
		return JSONR_NONE;
	}
	j->tok[j->ntok] = (struct jsonr_tok){.type = type, .start = p->pos};
	return j->ntok++;
}

static void end_tok(struct parser *p, size_t t)
{
	p->j->tok[t].end = p->pos;
	p->j->tok[t].next = p->j->ntok;
}

/* Bytes of the UTF-8 sequence at s[0..n), or 0 if it is not a valid,
 * shortest-form encoding of a scalar value. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	size_t need;
	uint32_t cp, least;
	if (s[0] < 0xc2 || s[0] > 0xf4)
		return 0;
	if (s[0] < 0xe0) {
		need = 2, cp = s[0] & 0x1f, least = 0x80;
	} else if (s[0] < 0xf0) {
		need = 3, cp = s[0] & 0x0f, least = 0x800;
	} else {
		need = 4, cp = s[0] & 0x07, least = 0x10000;
	}
	if (n < need)
		return 0;
	for (size_t i = 1; i < need; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if (cp < least || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return need;
}

static bool is_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int escape(struct parser *p)
{
	p->pos++; /* the backslash */
	int c = peek(p);
	if (c >= 0 && strchr("\"\\/bfnrt", c) && c) {
		p->pos++;
		return 0;
	}
	if (c != 'u')
		return fail(p, "bad escape in string");
	p->pos++;
	for (int i = 0; i < 4; i++, p->pos++)
		if (!is_hex(peek(p)))
			return fail(p, "bad \\u escape in string");
	return 0;
}

static int string(struct parser *p)
{
	size_t t = new_tok(p, JSONR_STRING);
	if (t == JSONR_NONE)
		return -1;
	p->pos++; /* the opening quote */
	for (;;) {
		int c = peek(p);
		if (c < 0)
			return fail(p, "unterminated string");
		if (c == '"')
			break;
		if (c < 0x20)
			return fail(p, "control character in string");
		if (c == '\\') {
			if (escape(p) < 0)
				return -1;
		} else if (c < 0x80) {
			p->pos++;
		} else {
			size_t n = utf8_seq(p->s + p->pos, p->len - p->pos);
			if (n == 0)
				return fail(p, "invalid UTF-8 in string");
			p->pos += n;
		}
	}
	p->pos++;
	end_tok(p, t);
	return 0;
}

static size_t digits(struct parser *p)
{
	size_t n = 0;
	while (peek(p) >= '0' && peek(p) <= '9')
		p->pos++, n++;
	return n;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int number(struct parser *p)
{
	size_t t = new_tok(p, JSONR_NUMBER);
	if (t == JSONR_NONE)
		return -1;
	if (peek(p) == '-')
		p->pos++;
	if (peek(p) == '0')
		p->pos++;
	else if (digits(p) == 0)
		return fail(p, "bad number");
	if (peek(p) == '.') {
		p->pos++;
		if (digits(p) == 0)
			return fail(p, "bad number");
	}
	if (peek(p) == 'e' || peek(p) == 'E') {
		p->pos++;
		if (peek(p) == '+' || peek(p) == '-')
			p->pos++;
		if (digits(p) == 0)
			return fail(p, "bad number");
	}
	end_tok(p, t);
	return 0;
}

static int literal(struct parser *p, const char *word, enum jsonr_type type)
{
	size_t n = strlen(word);
	if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0)
		return fail(p, "unexpected character");
	size_t t = new_tok(p, type);
	if (t == JSONR_NONE)
		return -1;
	p->pos += n;
	end_tok(p, t);
	return 0;
}

static int value(struct parser *p, int depth);

/* Elements or members up to the closing bracket; p->pos is just inside
 * the opening one. */
static int members(struct parser *p, size_t t, int close, int depth)
{
	skip_ws(p);
	if (peek(p) == close)
		return 0;
	for (;;) {
		skip_ws(p);
		if (close == '}') {
			if (peek(p) != '"')
				return fail(p, "expected a key");
			if (string(p) < 0)
				return -1;
			skip_ws(p);
			if (peek(p) != ':')
				return fail(p, "expected ':'");
			p->pos++;
		}
		if (value(p, depth + 1) < 0)
			return -1;
		p->j->tok[t].count++;
		skip_ws(p);
		if (peek(p) == close)
			return 0;
		if (peek(p) != ',')
			return fail(p, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
		p->pos++;
	}
}

static int container(struct parser *p, enum jsonr_type type, int depth)
{
	if (depth >= JSONR_MAX_DEPTH)
		return fail(p, "nested too deep");
	size_t t = new_tok(p, type);
	if (t == JSONR_NONE)
		return -1;
	p->pos++;
	if (members(p, t, type == JSONR_OBJECT ? '}' : ']', depth) < 0)
		return -1;
	p->pos++;
	end_tok(p, t);
	return 0;
}

static int value(struct parser *p, int depth)
{
	skip_ws(p);
	switch (peek(p)) {
	case '{': return container(p, JSONR_OBJECT, depth);
	case '[': return container(p, JSONR_ARRAY, depth);
	case '"': return string(p);
	case 't': return literal(p, "true", JSONR_TRUE);
	case 'f': return literal(p, "false", JSONR_FALSE);
	case 'n': return literal(p, "null", JSONR_NULL);
	case -1: return fail(p, "unexpected end of text");
	default:
		if (peek(p) == '-' || (peek(p) >= '0' && peek(p) <= '9'))
			return number(p);
		return fail(p, "unexpected character");
	}
}

int jsonr_parse(struct jsonr *j, const char *text, size_t len,
		struct jsonr_tok *tok, size_t cap)
{
	*j = (struct jsonr){.text = text, .len = len, .tok = tok, .cap = cap};
	struct parser p = {.j = j, .s = (const unsigned char *)text, .len = len};
	if (value(&p, 0) < 0)
		return -1;
	skip_ws(&p);
	if (p.pos != len)
		return fail(&p, "text after the value");
	return 0;
}

enum jsonr_type jsonr_type(const struct jsonr *j, size_t t)
{
	return t < j->ntok ? j->tok[t].type : JSONR_NULL;
}

size_t jsonr_at(const struct jsonr *j, size_t arr, size_t i)
{
	if (jsonr_type(j, arr) != JSONR_ARRAY || i >= j->tok[arr].count)
		return JSONR_NONE;
	size_t t = arr + 1;
	while (i--)
		t = j->tok[t].next;
	return t;
}

size_t jsonr_get(const struct jsonr *j, size_t obj, const char *key)
{
	if (jsonr_type(j, obj) != JSONR_OBJECT)
		return JSONR_NONE;
	size_t k = obj + 1;
	for (size_t i = 0; i < j->tok[obj].count; i++) {
		if (jsonr_streq(j, k, key))
			return k + 1;
		k = j->tok[k + 1].next;
	}
	return JSONR_NONE;
}

/* ---- decoding ---------------------------------------------------------- */

struct sink {
	char *buf;
	size_t size, n;
};

static void put(struct sink *o, unsigned char c)
{
	if (o->n + 1 < o->size)
		o->buf[o->n] = (char)c;
	o->n++;
}

static void put_utf8(struct sink *o, uint32_t cp)
{
	if (cp < 0x80) {
		put(o, (unsigned char)cp);
	} else if (cp < 0x800) {
		put(o, (unsigned char)(0xc0 | cp >> 6));
		put(o, (unsigned char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		put(o, (unsigned char)(0xe0 | cp >> 12));
		put(o, (unsigned char)(0x80 | (cp >> 6 & 0x3f)));
		put(o, (unsigned char)(0x80 | (cp & 0x3f)));
	} else {
		put(o, (unsigned char)(0xf0 | cp >> 18));
		put(o, (unsigned char)(0x80 | (cp >> 12 & 0x3f)));
		put(o, (unsigned char)(0x80 | (cp >> 6 & 0x3f)));
		put(o, (unsigned char)(0x80 | (cp & 0x3f)));
	}
}

/* The four hex digits at s (already checked by the parser). */
static uint32_t hex4(const char *s)
{
	uint32_t v = 0;
	for (int i = 0; i < 4; i++) {
		int c = s[i];
		v = v << 4 | (uint32_t)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

/* One \u escape at s[i] ("\uXXXX", maybe a surrogate pair); returns the
 * bytes of escape text used. */
static size_t put_u_escape(struct sink *o, const char *s, size_t i, size_t end)
{
	uint32_t cp = hex4(s + i + 2);
	if (cp >= 0xd800 && cp <= 0xdbff && i + 12 <= end && s[i + 6] == '\\' && s[i + 7] == 'u') {
		uint32_t lo = hex4(s + i + 8);
		if (lo >= 0xdc00 && lo <= 0xdfff) {
			put_utf8(o, 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00));
			return 12;
		}
	}
	if (cp >= 0xdc80 && cp <= 0xdcff)
		put(o, (unsigned char)(cp & 0xff)); /* a raw byte (json.h) */
	else if (cp >= 0xd800 && cp <= 0xdfff)
		put_utf8(o, 0xfffd);
	else
		put_utf8(o, cp);
	return 6;
}

static void decode(const struct jsonr *j, size_t t, struct sink *o)
{
	const char *s = j->text;
	size_t end = j->tok[t].end - 1;
	for (size_t i = j->tok[t].start + 1; i < end;) {
		if (s[i] != '\\') {
			put(o, (unsigned char)s[i++]);
			continue;
		}
		char c = s[i + 1];
		if (c == 'u') {
			i += put_u_escape(o, s, i, end);
			continue;
		}
		static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
		put(o, (unsigned char)to[strchr(from, c) - from]);
		i += 2;
	}
	if (o->size)
		o->buf[o->n < o->size ? o->n : o->size - 1] = '\0';
}

size_t jsonr_str(const struct jsonr *j, size_t t, char *buf, size_t size)
{
	struct sink o = {buf, size, 0};
	if (jsonr_type(j, t) != JSONR_STRING) {
		if (size)
			buf[0] = '\0';
		return 0;
	}
	decode(j, t, &o);
	return o.n;
}

bool jsonr_streq(const struct jsonr *j, size_t t, const char *s)
{
	if (jsonr_type(j, t) != JSONR_STRING)
		return false;
	const char *raw = j->text + j->tok[t].start + 1;
	size_t rawlen = j->tok[t].end - j->tok[t].start - 2, n = strlen(s);
	if (!memchr(raw, '\\', rawlen))
		return rawlen == n && memcmp(raw, s, n) == 0;
	/* Escapes only shorten the text, so a match needs n <= rawlen. */
	if (n > rawlen)
		return false;
	char small[256];
	char *buf = rawlen < sizeof(small) ? small : malloc(rawlen + 1);
	if (!buf)
		return false;
	size_t got = jsonr_str(j, t, buf, rawlen + 1);
	bool eq = got == n && memcmp(buf, s, n) == 0;
	if (buf != small)
		free(buf);
	return eq;
}

bool jsonr_long(const struct jsonr *j, size_t t, long *v)
{
	if (jsonr_type(j, t) != JSONR_NUMBER)
		return false;
	size_t n = j->tok[t].end - j->tok[t].start;
	char buf[32];
	if (n >= sizeof(buf))
		return false;
	memcpy(buf, j->text + j->tok[t].start, n);
	buf[n] = '\0';
	if (strpbrk(buf, ".eE"))
		return false;
	errno = 0;
	char *end;
	long x = strtol(buf, &end, 10);
	if (errno || *end)
		return false;
	*v = x;
	return true;
}
