/* config.c - see config.h. */
#include "config.h"

const char *config_rules_path(void)
{
	return GUARD_CONFIG_DIR "/rules.yaml";
}
