/* report.c - see report.h. */
#include "report.h"

#include <string.h>

#include "json.h"

static const char *decision_name(enum decision d)
{
	return d == DECISION_DENY ? "deny" : "allow";
}

static void json_strings(FILE *out, const char *const *v, size_t n)
{
	putc('[', out);
	for (size_t i = 0; i < n; i++) {
		if (i)
			putc(',', out);
		json_str(out, v[i]);
	}
	putc(']', out);
}

static void json_cmd(FILE *out, const struct cmd *c)
{
	bool dyn = false;
	for (size_t i = 0; i < c->argc; i++)
		dyn = dyn || (c->flags[i] & WORD_DYNAMIC);
	fputs("{\"argv\":", out);
	json_strings(out, c->argv, c->argc);
	fprintf(out, ",\"dynamic\":%s,\"via\":", dyn ? "true" : "false");
	json_strings(out, c->via, c->nvia);
	fprintf(out, ",\"decision\":\"%s\",\"rule\":", decision_name(c->decision));
	json_str(out, c->rule);
	fputs(",\"reason\":", out);
	json_str(out, c->reason);
	fputs(",\"src\":", out);
	json_str(out, c->src);
	fputs(",\"unresolved\":", out);
	json_str(out, c->unresolved);
	fputs(",\"assigns\":", out);
	json_strings(out, c->assigns, c->nassigns);
	fputs(",\"redirs\":[", out);
	for (size_t i = 0; i < c->nredirs; i++) {
		fputs(i ? ",{\"op\":" : "{\"op\":", out);
		json_str(out, c->redirs[i].op);
		fputs(",\"target\":", out);
		json_str(out, c->redirs[i].target);
		putc('}', out);
	}
	fputs("],\"writes\":[", out);
	for (size_t i = 0; i < c->nwrites; i++) {
		fputs(i ? ",{\"path\":" : "{\"path\":", out);
		json_str(out, c->writes[i].path);
		fputs(",\"how\":", out);
		json_str(out, c->writes[i].how);
		fprintf(out, ",\"known\":%s}", (c->writes[i].flags & (WORD_DYNAMIC | WRITE_RELATIVE)) ? "false" : "true");
	}
	fputs("]}", out);
}

void report_json(FILE *out, const char *command, const struct verdict *v)
{
	fputs("{\"command\":", out);
	json_str(out, command);
	fprintf(out, ",\"decision\":\"%s\",\"rule\":", decision_name(v->decision));
	json_str(out, v->rule);
	fputs(",\"reason\":", out);
	json_str(out, v->reason);
	fputs(",\"error\":", out);
	json_str(out, v->error);
	fputs(",\"commands\":[", out);
	for (size_t i = 0; i < v->cmds.n; i++) {
		if (i)
			putc(',', out);
		json_cmd(out, &v->cmds.v[i]);
	}
	fputs("]}\n", out);
}

static bool needs_quotes(const char *s)
{
	if (!*s)
		return true;
	for (; *s; s++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:=@%+,", *s))
			return true;
	return false;
}

void report_argv(char *buf, size_t size, const struct cmd *c)
{
	size_t n = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < c->argc && n + 4 < size; i++) {
		const char *w = c->argv[i];
		bool q = !(c->flags[i] & WORD_DYNAMIC) && needs_quotes(w);
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? " " : "", q ? "'" : "");
		for (const char *p = w; *p && n + 5 < size; p++) {
			if (q && *p == '\'') {
				n += (size_t)snprintf(buf + n, size - n, "'\\''");
			} else {
				unsigned char ch = (unsigned char)*p;
				if (ch < 0x20 || ch == 0x7f)
					n += (size_t)snprintf(buf + n, size - n, "\\x%02x", ch);
				else
					buf[n++] = (char)ch;
			}
		}
		if (q && n + 1 < size)
			buf[n++] = '\'';
		buf[n < size ? n : size - 1] = '\0';
	}
	if (n + 4 >= size && size > 4)
		strcpy(buf + size - 4, "...");
}

static void text_via(FILE *out, const struct cmd *c)
{
	if (c->nvia == 0) {
		fputs("top level", out);
		return;
	}
	for (size_t i = 0; i < c->nvia; i++)
		fprintf(out, "%s%s", i ? " > " : "", c->via[i]);
}

void report_text(FILE *out, const char *command, const struct verdict *v)
{
	char line[1024];
	fprintf(out, "%s: %s\n", v->decision == DECISION_DENY ? "DENY" : "ALLOW", command);
	if (v->error)
		fprintf(out, "  error: %s\n", v->error);
	if (v->decision == DECISION_DENY && v->reason)
		fprintf(out, "  %s%s%s\n", v->rule ? v->rule : "", v->rule ? ": " : "", v->reason);
	for (size_t i = 0; i < v->cmds.n; i++) {
		const struct cmd *c = &v->cmds.v[i];
		report_argv(line, sizeof(line), c);
		fprintf(out, "  %zu. %-5s  %s\n", i + 1, decision_name(c->decision),
			c->argc ? line : (c->nassigns ? c->assigns[0] : "(redirection only)"));
		fputs("           from: ", out);
		text_via(out, c);
		putc('\n', out);
		for (size_t j = 0; j < c->argc; j++)
			if (c->flags[j] & WORD_DYNAMIC)
				fprintf(out, "           word %zu is known only at run time: %s\n", j, c->argv[j]);
		if (c->unresolved)
			fprintf(out, "           unresolved: %s\n", c->unresolved);
		if (c->rule || c->reason)
			fprintf(out, "           rule: %s%s%s\n", c->rule ? c->rule : "(default)",
				c->reason ? ": " : "", c->reason ? c->reason : "");
	}
}
