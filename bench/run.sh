#!/bin/sh
# bench/run.sh GUARD - what guard costs per command, against the real bash.
# `make bench` runs it on build/guard.
#
#  1. One `guard --check` of a typical investigator command, and
#     `bash --norc --noprofile -c true`, alternating in the same run: guard's
#     check must cost at most 0.6 of a bare bash start (the target).
#  2. `guard --check --batch` throughput over a realistic command mix.
#  3. Shell mode (as root: GUARD_CONFIG is honoured for root only): guard
#     invoked as bash, with the investigator policy and the audit log on
#     (compiled configuration and policy, as `guard install` leaves them),
#     against the real bash and an exec-only static shim: `-c true` back
#     to back (the target, ratio <= 1.15, is judged here), with cold
#     caches, and with a 100 ms sleep process between runs; then Claude Code's
#     per-command wrapper string.  Then one audit-log append, in-process.
#
# Environment:
#   BENCH_RUNS        rounds of part 1 (default 300)
#   BENCH_BATCH       commands fed to --batch (default 20000)
#   BENCH_BATCH_RUNS  rounds of part 2 (default 10)
#   BENCH_RULES       rules file (default rules/investigator.yaml)
#   BENCH_CMD         the command checked in part 1
#   BENCH_BASH        the real bash (default /usr/lib/guard/bash when guard is
#                     installed as /bin/bash, else /bin/bash)
#   BENCH_STRICT=1    exit 1 when the 0.6 target is missed (default: report)
#
# To add a candidate (e.g. guard in shell mode, invoked as bash), add a
# `-c NAME [-0 ARGV0] [-i STDIN] PROG ARG... ';'` group to a bench call:
#   -c guard-as-bash -0 bash "$GUARD" -c true ';'
set -eu

[ $# -eq 1 ] || { echo "usage: sh bench/run.sh GUARD" >&2; exit 2; }
# Paths given by the caller are relative to the caller's directory; resolve
# them before moving to the repository root.
abspath() {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}
GUARD=$(abspath "$1")
RULES=${BENCH_RULES:+$(abspath "$BENCH_RULES")}
cd "$(dirname "$0")/.."
RULES=${RULES:-rules/investigator.yaml}
N=${BENCH_BATCH:-20000}
CMD=${BENCH_CMD:-"aws --region us-east-1 sqs get-queue-attributes --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/orders --attribute-names All"}
if [ -n "${BENCH_BASH:-}" ]; then
	REALBASH=$BENCH_BASH
elif [ -x /usr/lib/guard/bash ]; then
	REALBASH=/usr/lib/guard/bash
else
	REALBASH=/bin/bash
fi

[ -x "$GUARD" ] || { echo "bench: $GUARD not found; run make first" >&2; exit 1; }
[ -f "$RULES" ] || { echo "bench: rules file $RULES not found (set BENCH_RULES)" >&2; exit 1; }
command -v gcc >/dev/null 2>&1 || { echo "bench: gcc not found (apt-get install -y build-essential)" >&2; exit 1; }

out=build/bench
mkdir -p "$out"
# An installed guard loads the compiled policy (`guard install` writes it
# beside the rules): measure that, from a private copy of the rules.
mkdir -p "$out/rules"
cp "$RULES" "$out/rules/rules.yaml"
sleep 1.1	# compile-rules waits for a source file at least a second old
"$GUARD" compile-rules "$out/rules/rules.yaml" >/dev/null 2>&1 ||
	echo "bench: compile-rules failed; guard parses the YAML each time" >&2
RULES=$out/rules/rules.yaml
# The driver is built with the host's gcc, not musl: its own cost is the
# same for every candidate and it is never shipped.  Rebuilt every time
# (0.2 s) rather than tracking whether bench.c changed.
gcc -O2 -std=c17 -Wall -Wextra -o "$out/bench" bench/bench.c

# --batch input: the mix in bench/commands.txt (one command a line),
# repeated to N commands, each NUL-terminated.
lines=$(grep -c '' bench/commands.txt)
reps=$(( (N + lines - 1) / lines ))
i=0
while [ "$i" -lt "$reps" ]; do
	cat bench/commands.txt
	i=$((i + 1))
done | head -n "$N" | tr '\n' '\0' >"$out/batch.bin"

echo "guard bench: $(uname -srm), $(nproc) CPU(s), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "guard: $GUARD ($(wc -c <"$GUARD") bytes), rules: $RULES, bash: $REALBASH"
echo

# Sanity, untimed: a benchmark of a guard that fails fast would look great.
rc=0
"$GUARD" --check --rules "$RULES" -- "$CMD" >/dev/null 2>&1 || rc=$?
echo "check of the command exits $rc (0 = allow): $CMD"
got=$("$GUARD" --check --batch --rules "$RULES" <"$out/batch.bin" 2>/dev/null | grep -c '' || true)
echo "--batch: $N commands in, $got lines out"
[ "$got" -eq "$N" ] || echo "bench: WARNING: --batch printed $got lines for $N commands" >&2
echo

"$out/bench" -b bash -t "## One command: guard --check vs bash start-up" \
	-c "guard --check" "$GUARD" --check --rules "$RULES" -- "$CMD" ';' \
	-c bash "$REALBASH" --norc --noprofile -c true ';' | tee "$out/check.md"
ratio=$(awk -F'|' '$2 ~ /guard --check/ { gsub(/ /, "", $8); print $8 }' "$out/check.md")
echo
if awk -v r="$ratio" 'BEGIN { exit !(r <= 0.6) }'; then
	echo "ratio guard --check / bash = $ratio: target <= 0.6 met"
else
	echo "ratio guard --check / bash = $ratio: target <= 0.6 NOT met"
	# A noisy VM can miss once; rerun before believing it.
	[ "${BENCH_STRICT:-0}" != 1 ] || exit 1
fi
echo

BENCH_RUNS=${BENCH_BATCH_RUNS:-10} "$out/bench" -w 2 -t "## --batch throughput ($lines-command mix, bench/commands.txt)" \
	-c "guard --batch" -i "$out/batch.bin" -k "$N" "$GUARD" --check --batch --rules "$RULES" ';'

echo
[ "$(id -u)" = 0 ] || { echo "shell mode: skipped (needs root for GUARD_CONFIG)"; exit 0; }
sm=$(mktemp -d /tmp/guard-bench.XXXXXX)
trap 'rm -rf "$sm"' EXIT
chmod 755 "$sm"
mkdir "$sm/bin"
cp "$GUARD" "$sm/bin/bash"
cp "$RULES" "$sm/rules.yaml"
printf 'rules: %s\nlog: %s\nmode: enforce\ninteractive: deny\non_log_failure: deny\nshells:\n  bash: %s\n' \
	"$sm/rules.yaml" "$sm/guard.log" "$REALBASH" >"$sm/guard-on.yaml"
chmod 644 "$sm/guard-on.yaml"
# as `guard install` does: the compiled configuration and policy beside
# them (compile waits for files a second old)
sleep 1.1
"$GUARD" compile "$sm/guard-on.yaml" >/dev/null || echo "bench: guard compile failed; shell mode parses the YAML" >&2
WRAP="source $sm/no-snapshot.sh 2>/dev/null || true && \\builtin shopt -u extglob 2>/dev/null || true && eval 'aws --region us-east-1 sqs get-queue-attributes --queue-url U --attribute-names All | head -3' < /dev/null && pwd -P >| /tmp/claude-bench-cwd"
# The wrapper's aws is a stand-in that prints three lines: the real CLI
# takes 0.4 s to fail without credentials, which would hide what guard adds.
mkdir "$sm/fakebin"
printf '#!/bin/sh\nprintf "a\\nb\\nc\\n"\n' >"$sm/fakebin/aws"
chmod 755 "$sm/fakebin/aws"
# The floor: a static program that only execs the real bash (what any
# exec in front of bash costs), built with musl like guard.
musl-gcc -O2 -static -DREAL_SHELL="\"$REALBASH\"" -o "$out/exec-shim" bench/exec_shim.c
shell_group() {	# TITLE "BENCH-OPTIONS" [MORE CANDIDATES...]
	title=$1
	opts=$2
	shift 2
	# shellcheck disable=SC2086 # opts is a list of options
	"$out/bench" $opts -b "bash -c true" -t "$title" \
		-c "guard as bash -c true" -0 bash -E "GUARD_CONFIG=$sm/guard-on.yaml" "$sm/bin/bash" -c true ';' \
		-c "bash -c true" -0 bash "$REALBASH" -c true ';' \
		-c "exec-only static shim -c true" -0 bash "$out/exec-shim" -c true ';' "$@"
}
shell_group "## Shell mode: guard as bash (investigator policy, audit log on) vs the real bash, back to back" "" \
	| tee "$out/shell.md"
echo
shell_group "## The same with cold caches (64 MiB written over before each run)" \
	"-x 64 -n ${BENCH_COLD_RUNS:-200}" | tee "$out/shell-cold.md"
echo
# Another process between runs (here one that sleeps 100 ms, as an agent
# waits for its model) leaves the next one colder than a cache flush does:
# measured apart, as the case closest to an agent's pace.
shell_group "## The same with a 100 ms sleep process between runs" "-n ${BENCH_IDLE_RUNS:-100}" \
	-c "sleep 0.1" /bin/sleep 0.1 ';' | tee "$out/shell-idle.md"
echo
PATH="$sm/fakebin:$PATH" "$out/bench" -b "bash -c WRAPPER" -t "## Claude Code's per-command wrapper (aws a stand-in), back to back" \
	-c "guard as bash -c WRAPPER" -0 bash -E "GUARD_CONFIG=$sm/guard-on.yaml" "$sm/bin/bash" -c "$WRAP" ';' \
	-c "bash -c WRAPPER" -0 bash "$REALBASH" -c "$WRAP" ';' \
	| tee "$out/shell-wrap.md"
echo
echo "log lines written during the runs: $(grep -c '' "$sm/guard.log")"
ratio() {	# FILE CANDIDATE BASELINE
	awk -F'|' -v c="$2" -v b="$3" '
		{ n = $2; gsub(/^ +| +$/, "", n) }
		n == c { on = $3 + 0 }
		n == b { base = $3 + 0 }
		END { if (base > 0) printf "%.2f", on / base }' "$1"
}
r=$(ratio "$out/shell.md" "guard as bash -c true" "bash -c true")
rs=$(ratio "$out/shell.md" "exec-only static shim -c true" "bash -c true")
rc=$(ratio "$out/shell-cold.md" "guard as bash -c true" "bash -c true")
ri=$(ratio "$out/shell-idle.md" "guard as bash -c true" "bash -c true")
ris=$(ratio "$out/shell-idle.md" "exec-only static shim -c true" "bash -c true")
rw=$(ratio "$out/shell-wrap.md" "guard as bash -c WRAPPER" "bash -c WRAPPER")
verdict=$(awk -v r="$r" 'BEGIN { print (r <= 1.15 ? "met" : "NOT met") }')
echo "shell-mode ratio (-c true, back to back) = $r: target <= 1.15 $verdict (exec-only shim: $rs)"
echo "shell-mode ratio (-c true, cold caches) = $rc"
echo "shell-mode ratio (-c true, a 100 ms sleep process between runs) = $ri (exec-only shim: $ris)"
echo "shell-mode ratio (Claude Code wrapper) = $rw"
echo
# The log append on its own (open, flock, read of the last line, SHA-256,
# one writev, close), timed in-process: by difference it is lost in the
# noise of a shell start.
musl-gcc -O2 -static -D_GNU_SOURCE -Iguard -o "$out/log-append" bench/log_append.c \
	guard/log.c guard/sha256.c guard/jsonr.c
echo "## Audit log append, in-process"
echo "| measure | median | min | p90 | max |"
echo "|---|---:|---:|---:|---:|"
"$out/log-append" "$sm/append.log" 2000
