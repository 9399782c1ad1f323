/*
 * parse_quote.c - '...', $'...', "..." and $"...".
 *
 * Single quotes are read raw (no backslash-newline removal).  $'...' is
 * read like bash's parse_matched_pair with P_ALLOWESC (a backslash hides
 * the next byte, so \' does not end it) and decoded here, because its
 * value is fixed at parse time.  Double quotes keep their parts: inside
 * them a backslash quotes only $ ` " \ and newline.
 */
#include "lex.h"

#include <string.h>

bool pq_squote(struct parser *p, struct wctx *w)
{
	size_t open = lx_pos(p);
	struct part *pt = wc_part(p, w, PART_SQUOTE, open);
	if (!pt)
		return false;
	lx_adv(p);
	struct sbuf b = { 0 };
	for (;;) {
		int c = lx_raw(p);
		if (c == LX_EOF)
			return px_eof_matching(p, open, '\'');
		lx_adv(p);
		if (c == '\'')
			break;
		if (!sb_addc(p, &b, (char)c))
			return false;
	}
	pt->text = sb_str(p, &b);
	pt->len = b.n;
	pt->end = lx_pos(p);
	return pt->text != NULL;
}

/* ---- $'...' ------------------------------------------------------------- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* UTF-8 for \u and \U; values past U+10FFFF get the old 5/6-byte forms,
 * which is what bash's fallback encoder writes too. */
static size_t utf8(unsigned long v, char *out)
{
	if (v < 0x80) {
		out[0] = (char)v;
		return 1;
	}
	int n = v < 0x800 ? 2 : v < 0x10000 ? 3 : v < 0x200000 ? 4 :
		v < 0x4000000 ? 5 : 6;
	static const unsigned char lead[] = { 0, 0, 0xc0, 0xe0, 0xf0, 0xf8, 0xfc };
	for (int i = n - 1; i > 0; i--) {
		out[i] = (char)(0x80 | (v & 0x3f));
		v >>= 6;
	}
	out[0] = (char)(lead[n] | v);
	return (size_t)n;
}

static const char simple_esc[] = "a\ab\be\033E\033f\fn\nr\rt\tv\v\\\\''\"\"??";

/* \x, \u, \U: up to max hex digits; *used is 0 when there is none. */
static unsigned long hex_run(const char *s, size_t n, int max, size_t *used)
{
	unsigned long v = 0;
	size_t i = 0;
	while (i < n && (int)i < max && hexval((unsigned char)s[i]) >= 0)
		v = v * 16 + (unsigned long)hexval((unsigned char)s[i++]);
	*used = i;
	return v;
}

/* Decodes one escape at s[0..n) (after the backslash) into out; returns
 * the bytes of input used and sets *outn. */
static size_t decode_one(const char *s, size_t n, char *out, size_t *outn)
{
	char c = s[0];
	const char *e = c ? strchr(simple_esc, c) : NULL;
	if (e && (e - simple_esc) % 2 == 0) {
		out[0] = e[1];
		*outn = 1;
		return 1;
	}
	size_t used;
	if (c >= '0' && c <= '7') {
		unsigned v = 0;
		size_t i = 0;
		while (i < n && i < 3 && s[i] >= '0' && s[i] <= '7')
			v = v * 8 + (unsigned)(s[i++] - '0');
		out[0] = (char)(v & 0xff);
		*outn = 1;
		return i;
	}
	if (c == 'x' || c == 'u' || c == 'U') {
		int max = c == 'x' ? 2 : c == 'u' ? 4 : 8;
		unsigned long v = hex_run(s + 1, n - 1, max, &used);
		if (used == 0)
			goto literal;
		if (c == 'x') {
			out[0] = (char)v;
			*outn = 1;
		} else {
			*outn = utf8(v, out);
		}
		return 1 + used;
	}
	if (c == 'c' && n >= 2) {
		unsigned char x = (unsigned char)s[1];
		size_t len = 2;
		if (x == '\\' && n >= 3 && s[2] == '\\')
			len = 3;
		if (x >= 'a' && x <= 'z')
			x = (unsigned char)(x - 32);
		out[0] = x == '?' ? 0x7f : (char)(x & 0x1f);
		*outn = 1;
		return len;
	}
literal:
	out[0] = '\\';
	out[1] = c;
	*outn = 2;
	return 1;
}

/* Decodes the body of $'...' into out (at least n bytes); returns the
 * length, which stops at a decoded NUL as bash's C strings do. */
size_t pq_decode(const char *s, size_t n, char *out)
{
	size_t o = 0, i = 0;
	while (i < n) {
		if (s[i] != '\\' || i + 1 >= n) {
			out[o++] = s[i++];
			continue;
		}
		char tmp[8];
		size_t tn;
		i += 1 + decode_one(s + i + 1, n - i - 1, tmp, &tn);
		for (size_t k = 0; k < tn; k++) {
			if (tmp[k] == '\0')
				return o;
			out[o++] = tmp[k];
		}
	}
	return o;
}

bool pq_ansic(struct parser *p, struct wctx *w)
{
	size_t open = lx_pos(p);
	struct part *pt = wc_part(p, w, PART_ANSIC, open);
	if (!pt)
		return false;
	lx_adv(p);
	lx_peek(p);
	lx_adv(p);
	struct sbuf b = { 0 };
	for (;;) {
		int c = lx_raw(p);
		if (c == LX_EOF)
			return px_eof_matching(p, open, '\'');
		lx_adv(p);
		if (c == '\'')
			break;
		if (!sb_addc(p, &b, (char)c))
			return false;
		if (c == '\\' && lx_raw(p) >= 0) {
			if (!sb_addc(p, &b, (char)lx_raw(p)))
				return false;
			lx_adv(p);
		}
	}
	/* An escape never grows: \uHHHH (6 bytes) gives at most 3, \UHHHHHHHH
	 * (10) at most 6; "\z" stays 2 bytes. */
	char *out = arena_alloc(p->a, b.n + 1);
	if (!out)
		return px_oom(p);
	pt->len = pq_decode(b.s ? b.s : "", b.n, out);
	out[pt->len] = '\0';
	pt->text = out;
	pt->end = lx_pos(p);
	return true;
}

/* ---- "..." -------------------------------------------------------------- */

static bool dq_backslash(struct parser *p, struct wctx *w, bool heredoc)
{
	size_t start = lx_pos(p);
	int c = lx_next_raw(p);
	lx_adv(p);
	if (c == '\n') {
		lx_adv(p);
		return true;
	}
	if (!(c == '$' || c == '`' || c == '\\' || (c == '"' && !heredoc)))
		return wc_char(p, w, '\\');
	return wc_escaped(p, w, start, c);
}

/* The inside of "..." up to term (consumed); open is where it began. */
bool pq_dq_content(struct parser *p, struct wctx *w, int term, size_t open,
		   bool heredoc)
{
	if (!px_enter(p, open))
		return false;
	for (;;) {
		int c = lx_peekq(p);
		if (c == LX_EOF)
			return px_eof_matching(p, open, (char)term);
		if (c == term) {
			lx_adv(p);
			break;
		}
		bool ok;
		if (c == '\\')
			ok = dq_backslash(p, w, heredoc);
		else if (c == '$' && ps_dollar_starts(lx_next_raw(p), true))
			ok = ps_dollar(p, w, true);
		else if (c == '`')
			ok = ps_backquote(p, w, true);
		else {
			lx_adv(p);
			ok = wc_char(p, w, (char)c);
		}
		if (!ok)
			return false;
	}
	px_leave(p);
	return true;
}

/* At '"' (for $"..." the '$' is already skipped). */
bool pq_dquote(struct parser *p, struct wctx *w, bool locale)
{
	size_t open = lx_pos(p);
	if (!wc_flush(p, w))
		return false;
	lx_adv(p);
	struct wctx in = { 0 };
	if (!pq_dq_content(p, &in, '"', open, false) || !wc_flush(p, &in))
		return false;
	struct part *pt = wc_part(p, w, PART_DQUOTE, locale && open ? open - 1 : open);
	if (!pt)
		return false;
	pt->parts = in.parts.v;
	pt->nparts = in.parts.n;
	pt->locale = locale;
	pt->end = lx_pos(p);
	return true;
}
