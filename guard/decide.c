/* decide.c - see decide.h. */
#include "decide.h"

#include <string.h>

void decide_line(arena *a, policy *p, const char *text, size_t len,
		 const struct walk_opts *opts, struct verdict *out)
{
	memset(out, 0, sizeof(*out));
	out->decision = DECISION_ALLOW;
	if (memchr(text, '\0', len)) {
		/* bash cannot receive a NUL in a -c string; refuse rather than guess. */
		out->decision = DECISION_DENY;
		out->error = "the command contains a NUL byte";
		out->reason = out->error;
		return;
	}
	if (walk_script(a, text, len, opts, &out->cmds) < 0) {
		out->decision = DECISION_DENY;
		out->error = out->cmds.error;
		out->reason = arena_printf(a, "cannot check this command: %s; rewrite it so that it parses as bash",
					   out->error);
		if (!out->reason)
			out->reason = out->error;
	}
	for (size_t i = 0; i < out->cmds.n; i++) {
		struct cmd *c = &out->cmds.v[i];
		policy_judge(p, c);
		if (c->decision == DECISION_DENY && !out->culprit) {
			out->culprit = c;
			if (!out->error) {
				out->decision = DECISION_DENY;
				out->rule = c->rule;
				out->reason = c->reason;
			}
		}
	}
}
