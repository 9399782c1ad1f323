/*
 * expand_sink.c - where expanded text goes: see expand_int.h.
 *
 * For a command word the sink does bash's field splitting as the text
 * arrives.  Only text from unquoted expansions (CH_EXPANDED) is split, on
 * the IFS in force:
 *   - IFS whitespace (space, tab, newline and the other isspace() bytes
 *     that are in IFS) is trimmed at the edges and a run of it separates;
 *   - any other IFS byte ends a field, even an empty one, and takes the
 *     IFS whitespace around it with it ("a , b" is two fields, "a,,b"
 *     three, "a," one);
 *   - a field exists once anything was added to it, even an empty quoted
 *     string, so ""$x keeps an empty first field.
 * Unquoted glob characters are noted per field for FIELD_GLOB: * and ?, a
 * [ closed by a later ], and an extglob group such as @( or !(.
 */
#include <string.h>

#include "expand_int.h"

enum { D_NONE, D_WS, D_SEP }; /* the last field delimiter seen */

static bool ifs_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

void sink_init(struct sink *s, enum sink_mode mode)
{
	*s = (struct sink){ .mode = mode };
}

static bool put(struct xp *x, struct sink *s, int c)
{
	if (s->len >= s->cap) {
		if (s->len >= EXPAND_MAX_LEN) {
			xp_fail(x, "expanded word too long");
			return false;
		}
		size_t cap = s->cap ? s->cap * 2 : 64;
		char *nb = arena_alloc(x->a, cap < EXPAND_MAX_LEN ? cap : EXPAND_MAX_LEN);
		if (!nb) {
			xp_fail(x, "out of memory");
			return false;
		}
		if (s->len)
			memcpy(nb, s->buf, s->len);
		s->buf = nb;
		s->cap = cap < EXPAND_MAX_LEN ? cap : EXPAND_MAX_LEN;
	}
	s->buf[s->len++] = (char)c;
	return true;
}

static void emit(struct xp *x, struct sink *s)
{
	if (!x->dyn && !x->failed) {
		if (s->n >= EXPAND_MAX_FIELDS) {
			xp_fail(x, "word expands to too many fields");
		} else if (s->n >= s->vcap) {
			size_t cap = s->vcap ? s->vcap * 2 : 8;
			struct field *nv = arena_alloc(x->a, cap * sizeof(*nv));
			if (!nv)
				xp_fail(x, "out of memory");
			else if (s->n)
				memcpy(nv, s->v, s->n * sizeof(*nv));
			s->v = nv ? nv : s->v;
			s->vcap = nv ? cap : s->vcap;
		}
		char *t = x->failed ? NULL : arena_strndup(x->a, s->buf ? s->buf : "", s->len);
		if (t)
			s->v[s->n++] = (struct field){ t, s->glob ? FIELD_GLOB : 0 };
		else
			xp_fail(x, "out of memory");
	}
	s->len = 0;
	s->started = s->glob = s->lbrack = false;
	s->prev = 0;
}

void sink_note_glob(struct sink *s, int c)
{
	if (c == '*' || c == '?')
		s->glob = true;
	else if (c == '[')
		s->lbrack = true;
	else if (c == ']' && s->lbrack)
		s->glob = true;
	else if (c == '(' && s->prev && strchr("@!+*?", s->prev))
		s->glob = true; /* extglob group */
	s->prev = c;
}

/* Unquoted expansion result: bash's field splitting on IFS. */
static void split(struct xp *x, struct sink *s, const char *t, size_t n)
{
	const char *ifs = xp_ifs(x);
	if (!ifs) {
		x->dyn = true;
		return;
	}
	for (size_t i = 0; i < n && !x->failed; i++) {
		int c = (unsigned char)t[i];
		if (!c || !strchr(ifs, c)) {
			sink_note_glob(s, c);
			put(x, s, c);
			s->started = true;
			s->dstate = D_NONE;
		} else if (ifs_blank(c)) {
			if (s->started) {
				emit(x, s);
				s->dstate = D_WS;
			}
		} else if (s->dstate == D_WS) {
			s->dstate = D_SEP; /* " , " is one delimiter */
		} else {
			emit(x, s); /* a field, even empty, ends here */
			s->dstate = D_SEP;
		}
	}
}

static bool pattern_special(int c)
{
	return c && strchr("\\*?[]()|@!+", c);
}

void sink_add(struct xp *x, struct sink *s, const char *t, size_t n, enum chunk kind)
{
	if (x->failed || x->dyn)
		return;
	if (!t) {
		t = "";
		n = 0;
	}
	if (s->mode == SINK_REPL && kind != CH_QUOTED &&
	    (memchr(t, '&', n) || memchr(t, '\\', n))) {
		x->dyn = true; /* & is the match when patsub_replacement is on */
		return;
	}
	if (s->mode == SINK_FIELDS && kind == CH_EXPANDED) {
		if (n)
			split(x, s, t, n); /* an empty result needs no IFS */
		return;
	}
	for (size_t i = 0; i < n && !x->failed; i++) {
		int c = (unsigned char)t[i];
		if (s->mode == SINK_PATTERN && kind == CH_QUOTED && pattern_special(c))
			put(x, s, '\\');
		if (s->mode == SINK_FIELDS && kind == CH_LITERAL)
			sink_note_glob(s, c);
		else if (s->mode == SINK_FIELDS)
			s->prev = 0;
		put(x, s, c);
	}
	if (s->mode == SINK_FIELDS && (n || kind == CH_QUOTED)) {
		s->started = true;
		s->dstate = D_NONE;
	}
}

void sink_break(struct xp *x, struct sink *s)
{
	if (s->mode != SINK_FIELDS)
		return;
	if (s->started)
		emit(x, s);
	s->dstate = D_NONE;
}

void sink_end(struct xp *x, struct sink *s)
{
	if (s->mode == SINK_FIELDS && s->started)
		emit(x, s);
	s->dstate = D_NONE;
}

const char *sink_string(struct xp *x, struct sink *s, size_t *len)
{
	char *t = arena_strndup(x->a, s->buf ? s->buf : "", s->len);
	if (!t)
		xp_fail(x, "out of memory");
	if (len)
		*len = t ? s->len : 0;
	return t ? t : "";
}
