/*
 * lex.h - internal interface between the parser's files (not a contract:
 * parse.h is).
 *
 * The parser reads characters from a stack of inputs: the script itself,
 * and copies made on the way (an alias value, the body of a backquote
 * after its backslashes were removed, a here-document body).  All state
 * lives in struct parser; nothing is global.  Errors are sticky: the first
 * one is kept in p->err, and every function returns NULL or false once it
 * is set, so callers just propagate.
 */
#ifndef GUARD_LEX_H
#define GUARD_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "parse.h"

#define LX_EOF  (-1)  /* end of the input */
#define LX_AEND (-2)  /* end of an alias value (a word ends here) */

/* One source of characters. */
struct input {
	const char *buf;
	size_t lo, hi;         /* readable range buf[lo..hi) */
	bool exact;            /* buf is the script: an index is a position */
	size_t map_lo, map_hi; /* otherwise: script span this input stands for */
	struct input *parent;  /* alias value: input resumed at its end */
	size_t resume;         /* index in parent */
	const char *alias;     /* name of the alias being expanded, or NULL */
	bool expand_next;      /* alias value ends in a blank */
	bool eof_newline;      /* the newline bash adds at the end was given */
};

/* A place in the input: enough to come back to it. */
struct mark {
	struct input *in;
	size_t i;
	bool alias_next;
};

enum tok {
	T_EOF, T_NEWLINE, T_WORD, T_ARITH, T_REDIR,
	T_SEMI, T_AMP, T_AND, T_OR, T_PIPE, T_PIPEAMP,
	T_LPAREN, T_RPAREN, T_DSEMI, T_SEMIAMP, T_DSEMIAMP,
	T_COND_OP, /* < or > inside [[ ]] */
};

/* What the parser expects next; changes how a token is read. */
enum {
	LX_CMD = 1u << 0,     /* command position: (( , aliases, assignments */
	LX_ASSIGN = 1u << 1,  /* after an assignment: aliases, assignments */
	LX_DECL = 1u << 2,    /* argument of declare & co: name=( ... ) */
	LX_COND = 1u << 3,    /* inside [[ ]] */
	LX_REGEX = 1u << 4,   /* right side of =~ */
	LX_EXTPAT = 1u << 5,  /* pattern operand in [[ ]]: extglob forced */
	LX_NOALIAS = 1u << 6, /* never expand an alias here */
	LX_ARRAY = 1u << 7,   /* element of name=( ... ) */
	LX_PREFIX = 1u << 8,  /* before the command word: assignments only */
	LX_DPAREN = 1u << 9,  /* after "for": "((" starts arithmetic */
	LX_TARGET = 1u << 10, /* the word of a redirection: 2 in >&2<x is no fd */
	LX_SAME = 1u << 30,   /* lx_take: the token already peeked, as read */
};

struct token {
	enum tok kind;
	struct word *word;      /* T_WORD; T_ARITH: the expression */
	const char *lit;        /* T_WORD made of plain unquoted text only */
	struct assign *assign;  /* T_WORD read as an assignment */
	bool decl_compound;     /* T_WORD holding name=( ... ) of declare & co */
	/* T_REDIR */
	enum redir_op rop;
	int fd;
	const char *fdvar;
	bool strip_tabs;
	size_t start, end;
	struct mark at;         /* where the token started (to read it again) */
	struct mark range_from, range_to; /* T_ARITH: the text of the expression */
	unsigned flags;         /* LX_* it was read with */
};

/* A here-document waiting for its body (read after the next newline). */
struct heredoc {
	struct redir *r;
	const char *delim;
	struct heredoc *next;
};

struct parser {
	arena *a;
	const char *text;
	size_t len;
	struct parse_opts opts;
	struct input root;
	struct input *in;
	size_t i;
	const char *err;
	bool checked_nul;
	bool alias_next;       /* the previous alias value ended in a blank */
	unsigned depth;
	size_t nwords;
	unsigned naliases;
	struct heredoc *hd_head, **hd_tail;
	bool have_peek;        /* one token of look-ahead */
	struct token peek;
	size_t last_end;       /* end of the last token taken */
	size_t work, work_max; /* bound on re-scanning (hostile nesting) */
	unsigned braces;       /* { } groups open (a '}' pattern then ends one) */
	bool sub_start;        /* at the first token of $( ) or <( ): no "time" */
	unsigned in_paren_sub; /* $( ) and <( ) being parsed */
	/* lines taken by a here-document read in the middle of a line */
	struct input *hole_in;
	size_t hole_from, hole_to;
};

/* ---- errors and limits (parse_util.c) ---- */
void *px_error(struct parser *p, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *px_oom(struct parser *p);
void *px_unexpected(struct parser *p, const struct token *t);
void *px_eof_matching(struct parser *p, size_t pos, char c);
bool px_enter(struct parser *p, size_t pos);
void px_leave(struct parser *p);
bool px_count_word(struct parser *p, size_t pos);
bool px_budget(struct parser *p, size_t n);
const char *px_char(char c);

/* ---- characters (lex.c) ---- */
int lx_peek(struct parser *p);   /* \<newline> removed; LX_AEND at alias end */
int lx_peekq(struct parser *p);  /* \<newline> removed; alias ends crossed */
int lx_raw(struct parser *p);    /* nothing removed; alias ends crossed */
int lx_next_raw(struct parser *p); /* the byte after the current one, raw */
int lx_next(struct parser *p);   /* the same past backslash-newlines */
void lx_adv(struct parser *p);   /* step over the current byte */
size_t lx_pos(const struct parser *p);
struct mark lx_mark(const struct parser *p);
void lx_reset(struct parser *p, struct mark m);
const char *lx_slice(struct parser *p, struct mark from, struct mark to, size_t *len);
struct input *lx_push_copy(struct parser *p, const char *buf, size_t len,
			   size_t map_lo, size_t map_hi);
struct input *lx_push_slice(struct parser *p, size_t lo, size_t hi);

/* ---- tokens (lex.c) ---- */
const struct token *lx_peek_tok(struct parser *p, unsigned flags);
struct token lx_take(struct parser *p, unsigned flags);
bool lx_is_meta(int c);
bool lx_is_name_start(int c);
bool lx_is_name_char(int c);
const char *tok_text(const struct token *t);

/* ---- growable arrays in the arena (parse_util.c) ---- */
struct sbuf {
	char *s;
	size_t n, cap;
};
struct pbuf {
	struct part *v;
	size_t n, cap;
};
struct vbuf {
	void **v;
	size_t n, cap;
};
bool sb_add(struct parser *p, struct sbuf *b, const char *s, size_t n);
bool sb_addc(struct parser *p, struct sbuf *b, char c);
const char *sb_str(struct parser *p, struct sbuf *b);
struct part *pb_add(struct parser *p, struct pbuf *b, enum part_kind k);
bool vb_add(struct parser *p, struct vbuf *b, void *x);

/* ---- words (parse_word.c, parse_quote.c) ---- */

/* A word being built: its parts and the literal text not yet added. */
struct wctx {
	struct pbuf parts;
	struct sbuf lit;
	size_t lit_start;
	bool has_lit;
};

/* How pw_word() reads a word. */
enum {
	WM_ASSIGN = 1u << 0,  /* an assignment word may come: name=, a[i]+= */
	WM_COMPOUND = 1u << 1,/* ... and its value may be ( ... ) */
	WM_DECL = 1u << 2,    /* name=( ... ) argument of declare & co */
	WM_REGEX = 1u << 3,   /* [[ =~ ]]: ( ) | belong to the word */
	WM_EXTGLOB = 1u << 4, /* @( ) etc. belong to the word */
	WM_ARRAY = 1u << 5,   /* element of ( ... ): [k]=v */
};

/* How pw_until() reads text (besides its stop characters). */
enum {
	PU_QUOTES = 1u << 0,  /* unquoted rules: quotes and \x quote */
	PU_DQ = 1u << 1,      /* rules of "...": \ only before $ ` " \ newline */
	PU_SQ_LIT = 1u << 2,  /* with PU_DQ: '...' is text in which $ expands */
	PU_HEREDOC = 1u << 3, /* with PU_DQ: " is plain text, \" stays */
	PU_PARENS = 1u << 4,  /* ( ) nest; an unbalanced ) stops */
	PU_BRACKETS = 1u << 5,/* [ ] nest; an unbalanced ] stops */
	PU_ESC_STOP = 1u << 6,/* with PU_DQ: \ before a stop character quotes it */
	PU_DOLQ = 1u << 7,    /* with PU_DQ: $'...' and $"..." still quote (in ${ }) */
};

struct word *pw_word(struct parser *p, unsigned mode, struct assign **asg,
		     bool *decl_compound);
struct word *pw_until(struct parser *p, const char *stops, unsigned how,
		      int *stopped);
bool wc_flush(struct parser *p, struct wctx *w);
bool wc_char(struct parser *p, struct wctx *w, char c);
bool wc_str(struct parser *p, struct wctx *w, const char *s, size_t n);
bool wc_append(struct parser *p, struct wctx *w, const struct word *x);
struct word *pw_finish(struct parser *p, struct wctx *w, size_t start,
		       struct mark from);
struct part *wc_part(struct parser *p, struct wctx *w, enum part_kind k,
		     size_t start);
bool wc_escaped(struct parser *p, struct wctx *w, size_t start, int c);

/* quoting (parse_quote.c) */
bool pq_squote(struct parser *p, struct wctx *w);
bool pq_ansic(struct parser *p, struct wctx *w);
bool pq_dquote(struct parser *p, struct wctx *w, bool locale);
bool pq_dq_content(struct parser *p, struct wctx *w, int term, size_t open,
		   bool heredoc);
size_t pq_decode(const char *s, size_t n, char *out);

/* ---- expansions (parse_subst.c, parse_param.c) ---- */
bool ps_dollar(struct parser *p, struct wctx *w, bool in_dq);
bool ps_dollar_starts(int c, bool in_dq);
bool ps_backquote(struct parser *p, struct wctx *w, bool in_dq);
bool ps_procsub(struct parser *p, struct wctx *w);
struct word *ps_arith_cmd(struct parser *p, bool *is_arith, struct mark *from,
			  struct mark *to);
bool ps_arith_for(struct parser *p, const struct token *t, struct word *e[3]);
bool pm_brace(struct parser *p, struct wctx *w, size_t start, bool in_dq);
bool pm_plain(struct parser *p, struct wctx *w, size_t start);

/* ---- commands (parse.c, parse_compound.c) ---- */
struct node *pp_list_until(struct parser *p);
struct node *pp_compound(struct parser *p);
struct node *pp_command(struct parser *p);
struct node *pp_new(struct parser *p, enum node_kind k, size_t start);
bool pp_redirs(struct parser *p, struct node *n);
bool pp_is_kw(const struct token *t, const char *kw);
struct node *pp_simple(struct parser *p, struct token *first);
struct node *pp_func_body(struct parser *p);
bool pp_compound_start(const struct token *t);
struct node *pp_function(struct parser *p);
struct node *pp_coproc(struct parser *p);
struct node *pp_cond(struct parser *p, size_t start);

/* ---- here-documents (parse_heredoc.c) ---- */
bool hd_add(struct parser *p, struct redir *r);
bool hd_gather(struct parser *p);
bool hd_gather_mid(struct parser *p);

#endif
