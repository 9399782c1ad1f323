#!/bin/sh
# log_cli.sh - `guard log` end to end: the timeline, the filters, --json,
# --stats, --verify and the exit statuses, on a log built here (its hash
# chain computed with sha256sum, independently of guard's own code).
#
#   sh tests/log_cli.sh GUARD_BINARY
set -u
GUARD=${1:?usage: log_cli.sh GUARD_BINARY}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
LOG=$DIR/guard.log
fails=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# expect DESCRIPTION WANTED_STATUS PATTERN -- ARGS...: the status, and a
# line of stdout matching the grep -E PATTERN ("" for any output).
expect() {
	desc=$1 want=$2 pat=$3
	shift 4
	out=$("$GUARD" log "$@" 2>"$DIR/err")
	got=$?
	[ "$got" = "$want" ] || { fail "$desc: status $got, wanted $want"; return; }
	[ -z "$pat" ] || printf '%s\n' "$out" | grep -Eq -- "$pat" || fail "$desc: no line matching /$pat/ in:
$out"
}

# count DESCRIPTION N ARGS...: the timeline has N rows.
count() {
	desc=$1 n=$2
	shift 2
	got=$("$GUARD" log "$@" 2>/dev/null | grep -c '^20')
	[ "$got" = "$n" ] || fail "$desc: $got rows, wanted $n"
}

prev=0000000000000000000000000000000000000000000000000000000000000000
add() { # add OBJECT-WITHOUT-PREV
	line=$(printf '%s,"prev":"%s"}' "${1%\}}" "$prev")
	printf '%s\n' "$line" >>"$LOG"
	prev=$(printf '%s' "$line" | sha256sum | cut -d' ' -f1)
}
entry() { # entry TIME SESSION DECISION RULE MODE COMMAND-JSON
	add "{\"time\":\"$1\",\"host\":\"h\",\"pid\":1,\"ppid\":1,\"uid\":0,\"euid\":0,\"cwd\":\"/\",\"agent\":\"claude-code\",\"session\":$2,\"agent_env\":{},\"shell\":\"bash\",\"options\":[\"-c\"],\"args\":[],\"source\":\"-c\",\"command\":$6,\"agent_command\":null,\"decision\":\"$3\",\"rule\":$4,\"reason\":null,\"error\":null,\"mode\":\"$5\",\"version\":\"t\",\"rules_sha256\":null,\"ncommands\":0,\"commands\":[],\"truncated\":false}"
}
entry 2026-11-27T10:00:00.000Z '"aaaa1111-s1"' allow null enforce '"git status"'
entry 2026-11-27T11:30:00.500Z '"bbbb2222-s2"' deny '"no-rm-root"' enforce '"rm -rf /"'
entry 2026-11-27T12:00:00.000Z '"aaaa1111-s1"' deny '"aws-read-only"' audit '"aws s3 rm s3://b/k"'
entry 2026-11-28T09:15:00.000Z null allow null enforce '"printf \"\u001b[31mred\""'

expect "timeline" 0 '^TIME' -- "$LOG"
count "all rows" 4 "$LOG"
expect "deny row" 0 '2026-11-27 11:30:00  bbbb2222  deny +no-rm-root +rm -rf /$' -- "$LOG"
expect "audit-mode deny" 0 'deny\* +aws-read-only' -- "$LOG"
"$GUARD" log "$LOG" | grep -q "$(printf '\033')" && fail "a raw ESC from the log reached the terminal"
expect "escaped ESC" 0 'printf "\\x1b\[31mred"' -- "$LOG"
count "--denied" 2 "$LOG" --denied
count "--session prefix" 2 "$LOG" --session aaaa
count "--session full" 1 "$LOG" --session=bbbb2222-s2
count "--since day" 1 "$LOG" --since 2026-11-28
count "--until day, inclusive" 3 "$LOG" --until 2026-11-27
count "--since hour" 3 "$LOG" --since 2026-11-27T11
count "--until exact ms" 2 "$LOG" --until 2026-11-27T11:30:00.500Z
count "--since with offset" 3 "$LOG" --since 2026-11-27T13:30:00+02:00
count "--since after ms" 2 "$LOG" --since 2026-11-27T11:30:00.501Z
count "--grep" 1 "$LOG" --grep 'rm\s+-rf'
count "filters combine" 1 "$LOG" --denied --session aaaa
[ "$("$GUARD" log "$LOG" --json --denied)" = "$(sed -n '2,3p' "$LOG")" ] || fail "--json is not the lines verbatim"
expect "--stats decision" 0 '^  deny\*? +1$' -- "$LOG" --stats
expect "--stats rule" 0 '^  no-rm-root +1$' -- "$LOG" --stats
expect "--stats session" 0 '^  aaaa1111-s1 +2$' -- "$LOG" --stats
expect "--verify" 0 '^ok: 4 lines, chain intact$' -- "$LOG" --verify
expect "stdin" 0 '^ok: 4 lines, chain intact$' -- - --verify <"$LOG"

sed '2s/rm -rf/rm -fr/' "$LOG" >"$DIR/edited"
expect "edited line" 1 '^line 3: prev does not match line 2 \(edited, deleted or reordered line\)$' -- "$DIR/edited" --verify
sed '2d' "$LOG" >"$DIR/deleted"
expect "deleted line" 1 '^line 2: prev does not match line 1' -- "$DIR/deleted" --verify
for n in 1 3 2 4; do sed -n "${n}p" "$LOG"; done >"$DIR/reordered"
expect "reordered lines" 1 '^line 2: prev does not match line 1' -- "$DIR/reordered" --verify
{ cat "$LOG"; echo 'not json'; } >"$DIR/garbage"
expect "invalid line" 1 '^line 5: not valid JSON' -- "$DIR/garbage" --verify
expect "invalid line skipped in the timeline" 0 '^TIME' -- "$DIR/garbage"
grep -q 'garbage:5: not a log entry' "$DIR/err" || fail "the skipped line is not reported"

expect "missing file" 2 '' -- "$DIR/missing"
expect "unknown option" 2 '' -- "$LOG" --bogus
expect "bad time" 2 '' -- "$LOG" --since yesterday
expect "bad pattern" 2 '' -- "$LOG" --grep '('
expect "verify with a filter" 2 '' -- "$LOG" --verify --denied
expect "two files" 2 '' -- "$LOG" "$LOG"

if [ "$fails" -ne 0 ]; then
	echo "log_cli.sh: $fails failed"
	exit 1
fi
echo "log_cli.sh: all passed"
