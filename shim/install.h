/*
 * install.h - `guard install` and `guard uninstall`: put guard in front of
 * the shells of a Debian 12 (bookworm) image, and take it out again.
 *
 *   guard install [--lockdown] [--rules FILE]
 *   guard uninstall
 *
 * Both run as root and change the system only through dpkg's own tools, so
 * that upgrades of bash and dash keep working: helpers (dpkg-divert,
 * dpkg-statoverride, groupadd) are exec'ed directly, never through a shell,
 * since /bin/sh may already be guard.
 *
 * install, in this order (nothing is replaced before everything it depends
 * on is in place and has been checked):
 *   1. checks FILE (--rules) as a policy; creates the group `guard` if
 *      /etc/group has none (groupadd --system);
 *   2. installs FILE as /etc/guard/rules.yaml (root:root 0644), checked
 *      again where it lands (includes resolve there); without --rules a
 *      rules file must already be there;
 *   3. writes /etc/guard/guard.yaml (root:root 0644) if missing: rules,
 *      log /var/log/guard/guard.log, mode enforce, interactive deny,
 *      on_log_failure deny, shells bash and sh, and with --lockdown
 *      lockdown_gid.  An existing config is kept, but must name exactly
 *      these rules, log and shells, and agree with --lockdown;
 *   4. creates /var/log/guard (root:guard 0770) and guard.log (root:guard
 *      0660; never truncated): only group guard writes the log, and guard
 *      reads its tail, since the lines are hash-chained;
 *   5. moves the real shells aside with local dpkg diversions (--no-rename,
 *      after a cp -p, because dpkg refuses to rename Essential files):
 *      /bin/bash to /usr/lib/guard/bash, and /bin/sh (in bookworm a symlink
 *      "dash" shipped by dash, which diverts it to /bin/sh.distrib itself;
 *      guard takes that diversion over, and dash's postinst leaves a local
 *      diversion alone) to /usr/lib/guard/sh -> dash -> /bin/dash;
 *   6. copies itself (/proc/self/exe) over /bin/bash and /bin/sh, each by
 *      rename of a complete file, so a shell is always there.
 * A second run changes nothing and succeeds.  Every change is printed on
 * standard output, then a count.
 *
 * --lockdown: the agent's user can run neither the real shells nor write
 * the log; only guard, setgid to group `guard`, can.
 *   /usr/lib/guard                 root:guard 0750
 *   /usr/lib/guard/bash, /bin/dash root:guard 0750, and dpkg-statoverride
 *                                  entries on /bin/bash and /bin/dash, so
 *                                  that package upgrades keep them so
 *   /bin/bash, /bin/sh (guard)     root:guard 2755
 *   the log as in 4; lockdown_gid in the config, so that guard refuses to
 *   run without its group
 * Without --lockdown the real shells stay runnable (0755) and guard is not
 * setgid: users not in group guard get every command refused (guard cannot
 * log), and members can write the log themselves.  That is for trying
 * guard out, or for root alone.
 *
 * Side effects of the lock-down (all from the setgid start, see
 * infra.md section 4):
 *   - the real bash starts with its effective gid different from its real
 *     gid, so it runs in privileged-start mode: it reads no startup files
 *     (no /etc/profile or ~/.profile for bash -l, no BASH_ENV), imports no
 *     exported functions, and ignores SHELLOPTS, BASHOPTS, CDPATH and
 *     GLOBIGNORE from the environment; then it drops the group for good
 *     (dash keeps it as its saved gid, which it has no way to use; what
 *     either shell runs starts without it);
 *   - glibc runs the real shells in secure mode (AT_SECURE) and removes
 *     TMPDIR, LD_*, GCONV_PATH, LOCALDOMAIN, TZDIR, HOSTALIASES, NLSPATH,
 *     ... from their environment, so from everything they run;
 *   - no-new-privileges (docker --security-opt no-new-privileges,
 *     Kubernetes allowPrivilegeEscalation: false, setpriv --no-new-privs)
 *     and nosuid mounts disable setgid: guard then lacks its group and
 *     refuses every command, with a message that names the cause.  Never
 *     install guard on a tmpfs or a volume.
 *   - users other than root can no longer run /bin/dash by path.
 *
 * uninstall undoes 5 and 6 and the statoverrides: the real bash back at
 * /bin/bash (root:root 0755), /bin/sh back to the symlink with dash's own
 * diversion, /bin/dash root:root 0755, /usr/lib/guard removed.  It keeps
 * /etc/guard, the audit log and the group.  Idempotent as well.
 *
 * Exit status: 0 done; 2 with one line on stderr naming what failed (a
 * helper that fails may print its own line first).
 */
#ifndef GUARD_INSTALL_H
#define GUARD_INSTALL_H

/* argv[0] is "install" / "uninstall". */
int install_main(int argc, char **argv);
int uninstall_main(int argc, char **argv);

#endif
