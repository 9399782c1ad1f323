#!/bin/bash
# image-test.sh - checks of the investigator image (make image-test), and of
# docker/investigate with stand-ins for aws and docker.
#
#   tests/image/image-test.sh [IMAGE]      (default localhost/guard-investigator:latest)
#
# The image checks run as the image's user (investigator) unless they say
# root; they use programs directly (podman exec, python3) where a shell
# would itself be guard.  One PASS/FAIL line per check, then
# "N passed, N failed"; exit status 1 if any failed.  Needs root and the
# podman setup of tests/image/podman.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
IMAGE=${1:-${GUARD_IMAGE:-localhost/guard-investigator:latest}}
CT=guard-image-test-$$
TMP=$(mktemp -d /tmp/guard-image-test.XXXXXX)
passed=0 failed=0 started=$(date +%s)
OUT='' RC=0

bash "$ROOT/tests/image/podman.sh" env >/dev/null
export CONTAINERS_CONF=$ROOT/build/podman/containers.conf

cleanup() {
	podman rm -f "$CT" >/dev/null 2>&1 || true
	rm -rf "$TMP"
}
trap cleanup EXIT

# ---- helpers ----------------------------------------------------------------

# run CMD...: OUT is its standard output and error, RC its exit status.
run() {
	RC=0
	OUT=$("$@" 2>&1) || RC=$?
}

in_ct() { run podman exec "$CT" "$@"; }
as_root() { run podman exec --user root "$CT" "$@"; }
py() { in_ct python3 -c "$1"; }

# check NAME TEST...: TEST is a command (usually a function) that returns 0
# for PASS; on FAIL the last OUT and RC are shown.
check() {
	local name=$1
	shift
	if "$@"; then
		printf 'PASS  %s\n' "$name"
		passed=$((passed + 1))
	else
		printf 'FAIL  %s\n' "$name"
		printf '      exit %s: %s\n' "$RC" "$(printf '%s' "$OUT" | head -c 600 | tr '\n' '|')"
		failed=$((failed + 1))
	fi
}

has() { [[ $OUT == *"$1"* ]]; }
log_lines() { as_root wc -l /var/log/guard/guard.log && printf '%s' "${OUT%% *}"; }

# ---- the checks ---------------------------------------------------------------

t_purge_denied() {
	in_ct bash -c 'aws sqs purge-queue --queue-url U'
	[ "$RC" -eq 126 ] && [[ $OUT == "guard: denied: aws sqs purge-queue"*"rule aws-sqs-purge"* ]]
}

t_aws_version() {
	in_ct bash -c 'aws --version'
	[ "$RC" -eq 0 ] && has "aws-cli/2."
}

t_aws_skeleton() {
	in_ct bash -c 'aws sqs get-queue-attributes --generate-cli-skeleton'
	[ "$RC" -eq 0 ] && has '"QueueUrl"'
}

victim() {
	run podman exec "$CT" mkdir -p /workspace/x/y &&
		run podman exec "$CT" touch /workspace/x/y/precious
}

survives() {
	local out=$OUT rc=$RC
	podman exec "$CT" test -f /workspace/x/y/precious || return 1
	OUT=$out RC=$rc
}

t_sh_rm_denied() {
	victim || return 1
	in_ct sh -c 'rm -rf /workspace/x'
	[ "$RC" -eq 126 ] && [[ $OUT == "guard: denied: rm -rf /workspace/x"* ]] && survives
}

t_python_rm_denied() {
	victim || return 1
	in_ct python3 -c 'import os; os.system("rm -rf /workspace/x")'
	[ "$RC" -eq 0 ] && [[ $OUT == "guard: denied: rm -rf /workspace/x"* ]] && survives
}

t_real_bash_via_guard() {
	in_ct bash -c '/usr/lib/guard/bash -c id'
	# refused by the policy (rule protect-guard) before it runs, or by the
	# kernel (the 0750 root:guard directory) if it ever got that far
	[ "$RC" -eq 126 ] && ! has "uid=" &&
		{ has "/usr/lib/guard/bash: Permission denied" || has "rule protect-guard"; }
}

t_real_shells_direct() {
	py 'import os
for p in ("/usr/lib/guard/bash", "/usr/lib/guard/sh", "/bin/dash"):
    try:
        os.execv(p, [p, "-c", "id"])
    except PermissionError:
        print("denied", p)'
	[ "$RC" -eq 0 ] && [ "$(grep -c '^denied ' <<<"$OUT")" -eq 3 ]
}

t_log_lines() {
	local before after
	before=$(log_lines) || return 1
	in_ct bash -c 'echo one'
	in_ct bash -c 'rm -f /workspace/nothing'
	in_ct sh -c 'echo three'
	after=$(log_lines) || return 1
	as_root python3 -c 'import json, sys
lines = open("/var/log/guard/guard.log").read().splitlines()[-3:]
print(" ".join("%s:%s" % (json.loads(l)["decision"], json.loads(l)["command"]) for l in lines))'
	[ $((after - before)) -eq 3 ] &&
		[ "$OUT" = "allow:echo one deny:rm -f /workspace/nothing allow:echo three" ]
}

t_log_protected() {
	py 'import os
p = "/var/log/guard/guard.log"
for what, f in (("append", lambda: open(p, "a")), ("truncate", lambda: os.truncate(p, 0)),
                ("unlink", lambda: os.unlink(p)), ("replace", lambda: os.rename("/etc/hostname", p))):
    try:
        f()
        print("ALLOWED", what)
    except OSError as e:
        print("refused", what, e.errno)'
	[ "$RC" -eq 0 ] && ! has ALLOWED && [ "$(grep -c '^refused ' <<<"$OUT")" -eq 4 ]
}

t_log_not_truncated_by_shell() {
	local before after
	before=$(log_lines) || return 1
	in_ct bash -c ': > /var/log/guard/guard.log'
	after=$(log_lines) || return 1
	[ "$after" -gt "$before" ]
}

t_config_protected() {
	py 'import os
for p in ("/etc/guard/guard.yaml", "/etc/guard/rules.yaml"):
    for what, f in (("write", lambda: open(p, "a")), ("replace", lambda: os.rename(p, p + ".x"))):
        try:
            f()
            print("ALLOWED", what, p)
        except OSError:
            print("refused", what, p)'
	[ "$RC" -eq 0 ] && ! has ALLOWED && [ "$(grep -c '^refused ' <<<"$OUT")" -eq 4 ]
}

t_nnp_fails_closed() {
	run podman run --rm --pull=never --security-opt no-new-privileges \
		--entrypoint /bin/bash "$IMAGE" -c 'echo ran'
	[ "$RC" -eq 126 ] && has "no-new-privileges" && ! has "ran"
}

t_modes() {
	as_root stat -c '%n %U:%G %a' /usr/bin/bash /usr/bin/sh /usr/lib/guard /usr/lib/guard/bash \
		/bin/dash /var/log/guard /var/log/guard/guard.log /etc/guard/guard.yaml /etc/guard/rules.yaml
	[ "$OUT" = "/usr/bin/bash root:guard 2755
/usr/bin/sh root:guard 2755
/usr/lib/guard root:guard 750
/usr/lib/guard/bash root:guard 750
/bin/dash root:guard 750
/var/log/guard root:guard 770
/var/log/guard/guard.log root:guard 660
/etc/guard/guard.yaml root:root 644
/etc/guard/rules.yaml root:root 644" ]
}

t_only_setid() {
	as_root find / -xdev -type f -perm /6000
	[ "$RC" -eq 0 ] && [ "$(sort <<<"$OUT" | tr '\n' ' ')" = "/usr/bin/bash /usr/bin/sh " ]
}

t_dpkg_state() {
	as_root dpkg-divert --list
	local div=$OUT
	as_root dpkg-statoverride --list
	[[ $div == *"local diversion of /bin/bash to /usr/lib/guard/bash"* ]] &&
		[[ $div == *"local diversion of /bin/sh to /usr/lib/guard/sh"* ]] &&
		[[ $div != *"/bin/sh.distrib"* ]] &&
		has "root guard 750 /bin/bash" && has "root guard 750 /bin/dash"
}

t_install_idempotent() {
	as_root /usr/local/sbin/guard install --lockdown --rules /usr/share/guard/investigator.yaml
	[ "$RC" -eq 0 ] && [ "$OUT" = "guard install: done, 0 changes" ]
}

t_root_shell() {
	as_root bash -c 'id -u'
	[ "$RC" -eq 0 ] && [ "$OUT" = 0 ]
}

t_claude() {
	in_ct claude --version
	[ "$RC" -eq 0 ] && has "(Claude Code)"
}

t_claude_config() {
	in_ct jq -e '.hasCompletedOnboarding and .theme == "dark"
		and .projects["/workspace"].hasTrustDialogAccepted' /home/investigator/.claude.json
	[ "$RC" -eq 0 ] || return 1
	in_ct jq -e '.permissions.deny | index("Bash(aws sqs purge-*)") and index("Bash(rm *)")
		and index("Bash(git push*)")' /home/investigator/.claude/settings.json \
		/etc/claude-code/managed-settings.json
	[ "$RC" -eq 0 ] || return 1
	in_ct test ! -e /home/investigator/.aws
}

# compose.yaml's log-init on a fresh host directory, then one command.
t_host_log_dir() {
	local dir=$TMP/hostlog
	mkdir -p "$dir"
	run podman run --rm --pull=never --user root --network none --cap-drop ALL \
		--cap-add CHOWN,DAC_OVERRIDE,FOWNER -v "$dir:/var/log/guard" \
		--entrypoint /usr/local/sbin/guard "$IMAGE" install --lockdown
	[ "$RC" -eq 0 ] || return 1
	run podman run --rm --pull=never --cap-drop ALL -v "$dir:/var/log/guard" \
		--entrypoint /bin/bash "$IMAGE" -c 'echo logged'
	[ "$RC" -eq 0 ] || return 1
	OUT=$(stat -c '%u:%g %a' "$dir" "$dir/guard.log" | tr '\n' ' ')$(wc -l <"$dir/guard.log")
	[ "$OUT" = "0:990 770 0:990 660 1" ]
}

# guard uninstall, then install again, in a container of its own.
t_uninstall_roundtrip() {
	local c=$CT-un out
	podman run -d --name "$c" --pull=never --user root --entrypoint /usr/bin/sleep \
		"$IMAGE" infinity >/dev/null || return 1
	run podman exec "$c" /usr/local/sbin/guard uninstall
	out=$OUT
	run podman exec "$c" dpkg-divert --list /bin/sh
	out+=" | $OUT"
	run podman exec --user investigator "$c" bash -c 'echo "$BASH_VERSION"; id -u'
	out+=" | $OUT"
	run podman exec "$c" /usr/local/sbin/guard install --lockdown
	out+=" | $OUT"
	run podman exec "$c" /usr/local/sbin/guard install --lockdown
	out+=" | $OUT"
	podman rm -f "$c" >/dev/null 2>&1
	OUT=$out
	[[ $out == *"guard uninstall: done, "*" | diversion of /bin/sh to /bin/sh.distrib by dash | 5.2."*"1000 | "*"guard install: done"*" | guard install: done, 0 changes" ]]
}

# compose.yaml itself, with docker-compose (v1, Debian's) talking to podman's
# Docker API: log-init runs first, the container sees only the listed
# variables, holds no capability, and guard logs to the host directory.
t_compose() {
	local sock=$TMP/podman.sock pid log=$TMP/compose-log tries=0
	local dc=(docker-compose -f "$ROOT/docker/compose.yaml" -p guard-image-test)
	podman system service --time=0 "unix://$sock" >/dev/null 2>&1 &
	pid=$!
	while [ ! -S "$sock" ] && [ $((tries += 1)) -le 20 ]; do sleep 0.5; done
	mkdir -p "$log"
	RC=0
	OUT=$(DOCKER_HOST=unix://$sock GUARD_LOG_DIR=$log GUARD_IMAGE=$IMAGE AWS_ACCESS_KEY_ID=AK \
		AWS_SECRET_ACCESS_KEY=SK AWS_SESSION_TOKEN=ST AWS_REGION=eu-west-1 ANTHROPIC_API_KEY=k \
		AWS_PROFILE=host-only LEAK_CANARY=1 timeout 180 "${dc[@]}" run --rm --entrypoint /bin/bash \
		investigator -c 'env | grep -E "^(AWS|ANTHROPIC|LEAK)" | cut -d= -f1 | sort | tr "\n" " "
			grep -E "^(CapEff|NoNewPrivs)" /proc/self/status | tr -s "\t\n" "  "' 2>&1) || RC=$?
	DOCKER_HOST=unix://$sock "${dc[@]}" down >/dev/null 2>&1 || true
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null || true
	[ "$RC" -eq 0 ] || return 1
	has "ANTHROPIC_API_KEY AWS_ACCESS_KEY_ID AWS_CONFIG_FILE AWS_PAGER AWS_REGION AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_SHARED_CREDENTIALS_FILE CapEff: 0000000000000000 NoNewPrivs: 0" &&
		[ "$(stat -c '%u:%g %a' "$log/guard.log")" = "0:990 660" ] && [ "$(wc -l <"$log/guard.log")" -eq 1 ]
}

# ---- docker/investigate, with stand-ins -------------------------------------

setup_stubs() {
	local bin=$TMP/bin t
	mkdir -p "$bin"
	for t in bash sed tr date id cat dirname head jq; do
		ln -sf "$(command -v "$t")" "$bin/$t"
	done
	cat >"$bin/aws" <<'EOF'
#!/bin/bash
case "$*" in
*"sts get-caller-identity"*)
	if [ "${FAKE_AWS:-}" = expired ]; then
		echo "An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired" >&2
		exit 254
	fi
	echo '{"Account": "111122223333"}' ;;
*"sts assume-role"*)
	if [ "${FAKE_AWS:-}" = denied ]; then
		echo "An error occurred (AccessDenied) when calling the AssumeRole operation: not authorized" >&2
		exit 254
	fi
	exp=$(date -u -d "@$(($(date +%s) + ${FAKE_LIFETIME:-3600}))" +%Y-%m-%dT%H:%M:%S+00:00)
	printf '{"Credentials": {"AccessKeyId": "%s", "SecretAccessKey": "%s", "SessionToken": "%s", "Expiration": "%s"}}\n' \
		"$FAKE_AK" "$FAKE_SK" "$FAKE_ST" "$exp" ;;
*) echo "aws stand-in: unexpected: $*" >&2; exit 2 ;;
esac
EOF
	cat >"$bin/docker" <<'EOF'
#!/bin/bash
[ "$1 $2" = "compose version" ] && { echo "Docker Compose (stand-in)"; exit 0; }
env=bad
[ "$AWS_ACCESS_KEY_ID" = "$FAKE_AK" ] && [ "$AWS_SECRET_ACCESS_KEY" = "$FAKE_SK" ] &&
	[ "$AWS_SESSION_TOKEN" = "$FAKE_ST" ] && [ "$AWS_REGION" = eu-west-1 ] && env=ok
printf 'docker %s env=%s\n' "${*:2}" "$env"
EOF
	chmod +x "$bin/aws" "$bin/docker"
}

# investigate ARGS...: in the stand-in PATH, with a fresh secret each time.
investigate() {
	local sk
	sk=secret-$RANDOM$RANDOM
	RC=0
	OUT=$(cd "$TMP" && env -i PATH="$TMP/bin" HOME="$TMP/home" TMPDIR="$TMP/tmp" \
		ANTHROPIC_API_KEY=test-key FAKE_AK=ASIATEST FAKE_SK="$sk" FAKE_ST=token-$RANDOM \
		FAKE_AWS="${FAKE_AWS:-}" FAKE_LIFETIME="${FAKE_LIFETIME:-3600}" \
		bash "$ROOT/docker/investigate" "$@" 2>&1) || RC=$?
	# Nothing of the secret may be left in the files of the run.
	! grep -rqF -- "$sk" "$TMP/home" "$TMP/tmp"
}

t_inv_ok() {
	investigate --role-arn arn:aws:iam::111122223333:role/investigator --region eu-west-1 \
		"why is the queue deep?" || return 1
	[ "$RC" -eq 0 ] &&
		has "docker -f $ROOT/docker/compose.yaml -p guard-investigator run --rm investigator why is the queue deep? env=ok"
}

t_inv_missing() {
	local tool=$1
	mv "$TMP/bin/$tool" "$TMP/bin/.$tool"
	investigate --role-arn arn:aws:iam::111122223333:role/investigator --region eu-west-1 q || true
	mv "$TMP/bin/.$tool" "$TMP/bin/$tool"
	[ "$RC" -ne 0 ] && has "error: $tool not found"
}

t_inv_expired() {
	FAKE_AWS=expired investigate --role-arn arn:aws:iam::111122223333:role/investigator \
		--region eu-west-1 --profile prod q || true
	[ "$RC" -ne 0 ] && has "credentials of profile prod have expired"
}

t_inv_denied() {
	FAKE_AWS=denied investigate --role-arn arn:aws:iam::111122223333:role/investigator \
		--region eu-west-1 q || true
	[ "$RC" -ne 0 ] && has "AccessDenied" && has "error: assume-role of arn:aws:iam::111122223333:role/investigator failed"
}

t_inv_shortlived() {
	FAKE_LIFETIME=60 investigate --role-arn arn:aws:iam::111122223333:role/investigator \
		--region eu-west-1 q || true
	[ "$RC" -ne 0 ] && has "temporary credentials expire in"
}

t_inv_usage() {
	investigate --region eu-west-1 q || true
	[ "$RC" -ne 0 ] && has "no role: pass --role-arn"
}

t_shellcheck() {
	if ! command -v shellcheck >/dev/null; then
		OUT="shellcheck not installed" RC=127
		return 1
	fi
	run shellcheck "$ROOT/docker/investigate" "$ROOT"/tests/image/*.sh
	[ "$RC" -eq 0 ]
}

# ---- main -------------------------------------------------------------------

podman image exists "$IMAGE" || { echo "image-test: no image $IMAGE (make image)" >&2; exit 2; }
podman run -d --name "$CT" --pull=never -e AWS_REGION=us-east-1 \
	--entrypoint /usr/bin/sleep "$IMAGE" infinity >/dev/null

echo "== the image: $IMAGE, as user investigator unless said"
check "bash -c 'aws sqs purge-queue --queue-url U' is denied: exit 126, guard's message" t_purge_denied
check "bash -c 'aws --version' runs" t_aws_version
check "bash -c 'aws sqs get-queue-attributes --generate-cli-skeleton' runs" t_aws_skeleton
check "sh -c 'rm -rf /workspace/x' is denied and the file survives" t_sh_rm_denied
check "python3 os.system('rm -rf /workspace/x') is denied through /bin/sh, the file survives" t_python_rm_denied
check "bash -c '/usr/lib/guard/bash -c id': refused, does not run" t_real_bash_via_guard
check "execve of /usr/lib/guard/bash, /usr/lib/guard/sh, /bin/dash: Permission denied" t_real_shells_direct
check "one audit log line per decision (allow, deny, allow)" t_log_lines
check "the investigator cannot append to, truncate, unlink or replace the log" t_log_protected
check "bash -c ': > guard.log' does not truncate the log" t_log_not_truncated_by_shell
check "the investigator cannot write or replace /etc/guard/guard.yaml and rules.yaml" t_config_protected
check "--security-opt no-new-privileges: guard fails closed, naming the cause" t_nnp_fails_closed
check "owners and modes of the lock-down" t_modes
check "guard is the only set-id program (root: find / -perm /6000)" t_only_setid
check "dpkg: local diversions of /bin/bash and /bin/sh, statoverrides (root)" t_dpkg_state
check "guard install --lockdown again: 0 changes (root)" t_install_idempotent
check "root's bash -c runs through guard" t_root_shell
check "claude --version runs" t_claude
check "the investigator's .claude.json, settings.json and managed settings prepared; no .aws" t_claude_config
check "log-init (compose.yaml) prepares an empty host log directory" t_host_log_dir
check "guard uninstall restores bash and dash's /bin/sh; install again (root)" t_uninstall_roundtrip
if command -v docker-compose >/dev/null; then
	check "compose.yaml: log-init first, only the listed variables, no capabilities, host log" t_compose
else
	echo "SKIP  compose.yaml (no docker-compose here: apt-get install docker-compose)"
fi

echo "== docker/investigate, with stand-ins for aws and docker"
setup_stubs
mkdir -p "$TMP/home" "$TMP/tmp"
check "passes the temporary credentials and the question; no secret on disk" t_inv_ok
check "missing aws: a clear error" t_inv_missing aws
check "missing jq: a clear error" t_inv_missing jq
check "missing docker: a clear error" t_inv_missing docker
check "expired host credentials: a clear error" t_inv_expired
check "failed assume-role: the CLI's message and a clear error" t_inv_denied
check "credentials about to expire: a clear error" t_inv_shortlived
check "no role ARN: a clear error" t_inv_usage
check "shellcheck: docker/investigate, tests/image/*.sh" t_shellcheck

echo "image-test: $(($(date +%s) - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
