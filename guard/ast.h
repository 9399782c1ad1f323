/*
 * ast.h - the syntax tree of one bash command line.
 *
 * The parser (parse.h) builds it; the walker (walk.h) reads it; the expander
 * (expand.h) turns its words into strings.  Every node lives in the arena of
 * the command line (arena.h) and is never freed on its own.
 *
 * Source positions are byte offsets into the text the parser was given
 * (for nested code such as $(...) they are offsets into the same text).
 * Text fields are NUL-terminated arena strings.
 */
#ifndef GUARD_AST_H
#define GUARD_AST_H

#include <stdbool.h>
#include <stddef.h>

struct node;

/* ---- words ------------------------------------------------------------ */

enum part_kind {
	PART_LIT,     /* unquoted literal text; backslash escapes are NOT
	               * removed here: an unquoted "\x" becomes PART_ESCAPED.
	               * May contain glob characters, braces, a leading '~',
	               * and extglob text such as @(a|b). */
	PART_ESCAPED, /* one character quoted by a backslash: text = "x" */
	PART_SQUOTE,  /* '...': text is the content, verbatim */
	PART_ANSIC,   /* $'...': text is the decoded bytes (len gives the length;
	               * a decoded NUL ends the string as bash does) */
	PART_DQUOTE,  /* "..." or $"...": sub-parts in parts/nparts */
	PART_PARAM,   /* $name, $1, $@, ${...}: see struct param */
	PART_CMDSUB,  /* $(...) or `...`: parsed body in sub */
	PART_ARITH,   /* $((...)) or $[...]: expression in expr (a word whose
	               * parts hold any $(...) or $x inside) */
	PART_PROCSUB, /* <(...) or >(...): parsed body in sub, op '<' or '>' */
};

struct word;

struct param {
	const char *name;    /* "HOME", "1", "@", "*", "#", "?", "$", "!", "-", "0", "_" */
	const char *subscript; /* text between [ ] for name[...], else NULL */
	struct word *subscript_word; /* the subscript parsed as a word (for $(..) inside) */
	bool braced;         /* ${...} rather than $name */
	bool length;         /* ${#name} */
	bool indirect;       /* ${!name} (also ${!prefix*}, ${!name[@]}) */
	const char *op;      /* NULL, or one of ":-" "-" ":=" "=" ":?" "?" ":+" "+"
	                      * "#" "##" "%" "%%" "/" "//" "/#" "/%" "^" "^^" ","
	                      * ",," ":" (substring) "@" (transform) */
	struct word *arg;    /* operand of op (pattern, default value, offset) */
	struct word *arg2;   /* replacement for "/" forms, length for ":" */
	/* appended by the parser: */
	char indirect_prefix; /* '*' or '@' for ${!prefix*} / ${!prefix@}, else 0 */
	bool bad;            /* bash rejects it when expanding ("bad substitution");
	                      * name is the raw text between the braces and arg
	                      * that text parsed as a word (for what is inside) */
};

struct part {
	enum part_kind kind;
	const char *text;     /* PART_LIT, PART_ESCAPED, PART_SQUOTE, PART_ANSIC */
	size_t len;           /* length of text in bytes */
	struct part *parts;   /* PART_DQUOTE: sub-parts */
	size_t nparts;
	bool locale;          /* PART_DQUOTE written as $"..." */
	struct param *param;  /* PART_PARAM */
	struct node *sub;     /* PART_CMDSUB, PART_PROCSUB: parsed body (may be NULL for empty) */
	bool backquote;       /* PART_CMDSUB written with backquotes */
	char op;              /* PART_PROCSUB: '<' or '>' */
	struct word *expr;    /* PART_ARITH */
	size_t start, end;    /* source span of this part */
};

struct word {
	struct part *parts;
	size_t nparts;
	size_t start, end;    /* source span; source text is src[start..end) */
	const char *src;      /* the source text of the word (arena copy) */
};

/* ---- redirections ----------------------------------------------------- */

enum redir_op {
	R_IN,        /* <   */
	R_OUT,       /* >   */
	R_CLOBBER,   /* >|  */
	R_APPEND,    /* >>  */
	R_INOUT,     /* <>  */
	R_DUPIN,     /* <&  (target word, may be "-" or "N-") */
	R_DUPOUT,    /* >&  (target word; ">& file" is also this op) */
	R_ALLOUT,    /* &>  */
	R_ALLAPPEND, /* &>> */
	R_HEREDOC,   /* << and <<- */
	R_HERESTR,   /* <<< */
};

struct redir {
	enum redir_op op;
	int fd;                /* explicit fd number, or -1 */
	const char *fdvar;     /* {var}> form: "var", else NULL */
	struct word *target;   /* file, fd, or here-string word; the heredoc delimiter for R_HEREDOC */
	/* R_HEREDOC only: */
	bool strip_tabs;       /* <<- */
	bool quoted_delim;     /* delimiter had quotes: body is literal */
	struct word *body;     /* body; when quoted_delim one PART_SQUOTE-like
	                        * literal part, else parts with expansions
	                        * (as inside double quotes) */
	struct redir *next;
};

/* ---- assignments ------------------------------------------------------ */

struct assign {
	const char *name;
	const char *subscript;   /* name[sub]=...: the subscript text, else NULL */
	bool append;             /* += */
	struct word *value;      /* scalar value (may have zero parts: x=) */
	/* name=( ... ) compound (array) assignment: */
	bool is_array;
	struct word **elems;     /* each element word; "[k]=v" elements are kept
	                          * as one word whose source starts with '[' */
	size_t nelems;
	size_t start, end;
	struct assign *next;
};

/* ---- commands --------------------------------------------------------- */

enum node_kind {
	N_SIMPLE,    /* assignments, words, redirections */
	N_PIPELINE,  /* cmds[0] | cmds[1] ...; negate, timed */
	N_AND,       /* left && right */
	N_OR,        /* left || right */
	N_SEQ,       /* left ; right   (also newline) */
	N_BG,        /* left &  [right] (right may be NULL) */
	N_SUBSHELL,  /* ( body ) */
	N_GROUP,     /* { body; } */
	N_IF,        /* if cond; then body; [else els] fi  (elif = nested N_IF in els) */
	N_WHILE,     /* while cond; do body; done */
	N_UNTIL,     /* until cond; do body; done */
	N_FOR,       /* for var [in words]; do body; done */
	N_ARITH_FOR, /* for (( init; test; step )); do body; done */
	N_SELECT,    /* select var [in words]; do body; done */
	N_CASE,      /* case word in items esac */
	N_DBRACKET,  /* [[ words ]] */
	N_ARITH,     /* (( expr )) */
	N_FUNCDEF,   /* name() body  /  function name [()] body */
	N_COPROC,    /* coproc [NAME] command */
};

enum case_term { CASE_BREAK /* ;; */, CASE_FALL /* ;& */, CASE_CONT /* ;;& */ };

struct case_item {
	struct word **patterns;
	size_t npatterns;
	struct node *body;      /* may be NULL */
	enum case_term term;
	struct case_item *next;
};

struct node {
	enum node_kind kind;
	size_t start, end;          /* source span */
	struct redir *redirs;       /* redirections on this command (simple or compound) */

	/* N_SIMPLE */
	struct assign *assigns;
	struct word **words;
	size_t nwords;

	/* N_PIPELINE */
	struct node **cmds;
	size_t ncmds;
	bool *pipe_stderr;          /* pipe_stderr[i]: cmds[i] |& cmds[i+1] */
	bool negate;                /* ! */
	bool timed;                 /* time [-p] */

	/* binary lists and bodies */
	struct node *left, *right;  /* N_AND, N_OR, N_SEQ, N_BG */
	struct node *body;          /* subshell, group, loops, funcdef, coproc */
	struct node *cond;          /* N_IF, N_WHILE, N_UNTIL */
	struct node *els;           /* N_IF */

	/* N_FOR, N_SELECT: var, words (has_in false means "$@") */
	const char *var;
	bool has_in;
	struct word **list;
	size_t nlist;

	/* N_ARITH_FOR: three expressions, each may be NULL */
	struct word *init, *test, *step;
	/* N_ARITH: the expression */
	struct word *expr;

	/* N_CASE */
	struct word *subject;
	struct case_item *items;

	/* N_DBRACKET: the words between [[ and ]], operators included as words */
	/* (stored in words/nwords) */

	/* N_FUNCDEF, N_COPROC */
	const char *name;           /* function name or coproc NAME (NULL = COPROC) */
};

#endif
