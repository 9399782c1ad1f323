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
	T_COND_AND, T_COND_OR, T_COND_OP, /* && || < > inside [[ ]] */
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
};

/* ---- errors (lex.c) ---- */
void *px_error(struct parser *p, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *px_oom(struct parser *p);
void *px_unexpected(struct parser *p, const struct token *t);
void *px_eof_matching(struct parser *p, size_t pos, char c);
bool px_enter(struct parser *p, size_t pos);
void px_leave(struct parser *p);
bool px_count_word(struct parser *p, size_t pos);

/* ---- characters (lex.c) ---- */
int lx_peek(struct parser *p);   /* \<newline> removed; LX_AEND at alias end */
int lx_peekq(struct parser *p);  /* \<newline> removed; alias ends crossed */
int lx_raw(struct parser *p);    /* nothing removed; alias ends crossed */
int lx_next_raw(struct parser *p); /* the byte after the current one, raw */
void lx_adv(struct parser *p);   /* step over the current byte */
size_t lx_pos(const struct parser *p);
size_t lx_endpos(const struct parser *p);
struct mark lx_mark(const struct parser *p);
void lx_reset(struct parser *p, struct mark m);
bool lx_pop_alias(struct parser *p);
const char *lx_slice(struct parser *p, struct mark from, struct mark to, size_t *len);
struct input *lx_push_copy(struct parser *p, const char *buf, size_t len,
			   size_t map_lo, size_t map_hi);
struct input *lx_push_slice(struct parser *p, size_t lo, size_t hi);

/* ---- tokens (lex.c) ---- */
const struct token *lx_peek_tok(struct parser *p, unsigned flags);
struct token lx_take(struct parser *p, unsigned flags);
bool lx_is_blank(int c);
bool lx_is_meta(int c);
bool lx_is_name_start(int c);
bool lx_is_name_char(int c);
bool lx_is_name(const char *s, size_t n);
const char *tok_text(const struct token *t);

/* ---- growable arrays in the arena ---- */
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

/* ---- words (parse_word.c) ---- */
enum {
	WM_CMD = 1u << 0,     /* assignment words possible */
	WM_DECL = 1u << 1,    /* name=( ... ) possible (declare & co) */
	WM_REGEX = 1u << 2,   /* [[ =~ ]]: ( ) | are part of the word */
	WM_EXTGLOB = 1u << 3, /* @( ) etc. are part of the word */
	WM_ARRAY = 1u << 4,   /* element of a compound assignment: [k]=v */
};
struct word *pw_word(struct parser *p, unsigned mode, struct assign **asg,
		     bool *decl_compound);
struct word *pw_new_word(struct parser *p, struct pbuf *parts, size_t start,
			 size_t end, struct mark from);
bool pw_dquote(struct parser *p, struct pbuf *out, bool locale);
bool pw_dollar(struct parser *p, struct pbuf *out, bool in_dquote);
bool pw_backquote(struct parser *p, struct pbuf *out, bool in_dquote);
bool pw_squote(struct parser *p, struct pbuf *out);
bool pw_ansic(struct parser *p, struct pbuf *out);
struct word *pw_until(struct parser *p, const char *stops, unsigned how,
		      int *stopped);
bool pw_lit(struct parser *p, struct pbuf *out, struct sbuf *lit,
	    size_t *lit_start);

/* how pw_until() reads (besides its stop characters) */
enum {
	PU_DQ = 1u << 0,      /* as inside "...": only $ ` \ special */
	PU_QUOTES = 1u << 1,  /* ' and " quote (else: like in "..." only) */
	PU_PARENS = 1u << 2,  /* count ( ) and stop at an unbalanced ) */
	PU_BRACKETS = 1u << 3,/* count [ ] and stop at an unbalanced ] */
	PU_SQ_LIT = 1u << 4,  /* '...' is literal text that still hides stops */
	PU_HEREDOC = 1u << 5, /* here-document body: \" is not an escape */
	PU_TILDE = 1u << 6,   /* unused */
};

/* ---- expansions (parse_subst.c, parse_param.c, parse_ansic.c) ---- */
bool ps_comsub(struct parser *p, struct pbuf *out, size_t start);
bool ps_procsub(struct parser *p, struct pbuf *out);
bool ps_arith_dollar(struct parser *p, struct pbuf *out, size_t start);
bool ps_arith_bracket(struct parser *p, struct pbuf *out, size_t start);
struct word *ps_arith_cmd(struct parser *p, bool *is_arith);
bool ps_param_brace(struct parser *p, struct pbuf *out, size_t start,
		    bool in_dquote);
bool ps_param_plain(struct parser *p, struct pbuf *out, size_t start);
size_t pa_decode(const char *s, size_t n, char *out);

/* ---- commands (parse.c, parse_compound.c) ---- */
struct node *pp_list_until(struct parser *p, int closer, bool nested);
struct node *pp_compound(struct parser *p, const struct token *t);
struct node *pp_command(struct parser *p);
struct node *pp_new(struct parser *p, enum node_kind k, size_t start);
bool pp_redirs(struct parser *p, struct node *n);
bool pp_is_kw(const struct token *t, const char *kw);
bool pp_list_end(struct parser *p, const struct token *t);
struct node *pp_sub_list(struct parser *p, size_t lo, size_t hi, int closer);

/* ---- here-documents (heredoc.c) ---- */
bool hd_add(struct parser *p, struct redir *r);
bool hd_gather(struct parser *p);

#endif
