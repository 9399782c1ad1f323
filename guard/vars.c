/* vars.c - see vars.h. */
#include "vars.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct var {
	const char *name;
	enum var_state state;
	const char *value;
	struct var *next;
};

void vars_init(struct vars *v, arena *a, bool use_environ)
{
	v->a = a;
	v->head = NULL;
	v->use_environ = use_environ;
}

static const struct var *find(const struct var *from, const struct var *stop,
			      const char *name)
{
	for (const struct var *e = from; e && e != stop; e = e->next)
		if (strcmp(e->name, name) == 0)
			return e;
	return NULL;
}

enum var_state vars_get(const struct vars *v, const char *name, const char **value)
{
	const struct var *e = find(v->head, NULL, name);
	if (e) {
		*value = e->value;
		return e->state;
	}
	/* bash never imports IFS from the environment: it starts with space,
	 * tab, newline (`unset IFS` later is a different thing: see
	 * expand_param.c).  The walker's own pseudo-variables (names that are
	 * not identifiers) are not in the environment either. */
	if (strcmp(name, "IFS") == 0) {
		*value = " \t\n";
		return VAR_KNOWN;
	}
	if (!(name[0] == '_' || isalpha((unsigned char)name[0])))
		return VAR_UNSET;
	if (!v->use_environ)
		return VAR_UNKNOWN;
	const char *env = getenv(name);
	if (!env)
		return VAR_UNSET;
	*value = env;
	return VAR_KNOWN;
}

void vars_set(struct vars *v, const char *name, enum var_state state, const char *value)
{
	struct var *e = arena_alloc(v->a, sizeof(*e));
	if (!e)
		return; /* the walker checks arena_exhausted() and fails */
	e->name = name;
	e->state = state;
	e->value = state == VAR_KNOWN ? value : NULL;
	e->next = v->head;
	v->head = e;
}

struct var *vars_mark(const struct vars *v)
{
	return v->head;
}

void vars_restore(struct vars *v, struct var *mark)
{
	v->head = mark;
}

bool vars_changed_since(const struct vars *v, const struct var *mark)
{
	return v->head != mark;
}

static bool same_value(const struct vars *v, const struct var *mark,
		       const char *name, enum var_state st, const char *val)
{
	struct vars before = *v;
	before.head = (struct var *)mark;
	const char *old = NULL;
	enum var_state ost = vars_get(&before, name, &old);
	if (ost != st)
		return false;
	return st != VAR_KNOWN || strcmp(old, val) == 0;
}

void vars_forget_since(struct vars *v, struct var *mark)
{
	struct var *changed = v->head;
	v->head = mark;
	for (struct var *e = changed; e && e != mark; e = e->next) {
		if (find(changed, e, e->name))
			continue; /* a newer entry for this name was handled */
		if (!same_value(v, mark, e->name, e->state, e->value))
			vars_set(v, e->name, VAR_UNKNOWN, NULL);
	}
}
