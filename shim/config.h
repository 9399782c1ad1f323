/*
 * config.h - where guard finds its configuration.
 *
 * The paths are fixed at build time (GUARD_CONFIG_DIR, default
 * /etc/guard), so that nothing the agent controls can point guard at
 * other rules.
 */
#ifndef GUARD_CONFIG_H
#define GUARD_CONFIG_H

#ifndef GUARD_CONFIG_DIR
#define GUARD_CONFIG_DIR "/etc/guard"
#endif

/* The rules file used when --rules is not given. */
const char *config_rules_path(void);

#endif
