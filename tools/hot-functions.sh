#!/bin/sh
# tools/hot-functions.sh - list the functions a shell-mode run executes, for
# the link order of the shipped binary (tools/hot-functions.txt, read by
# the Makefile): placed together at the start of .text, they are mapped in
# two or three page faults instead of one for every 64 KiB of .text they
# were spread over.  That matters most when the agent's commands come
# seconds apart: a fault on a cold page cache entry costs tens of
# microseconds then (bench/run.sh, "sleep process between runs").
#
# Needs valgrind and root (GUARD_CONFIG).  Run after large changes to the
# engine; a stale list only makes the binary slower, never wrong (a name
# that no longer exists matches nothing).
#   sh tools/hot-functions.sh > tools/hot-functions.txt
set -eu
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "hot-functions: valgrind needed" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "hot-functions: run as root (GUARD_CONFIG)" >&2; exit 1; }
make -s >/dev/null
d=$(mktemp -d /tmp/guard-hot.XXXXXX)
trap 'rm -rf "$d"' EXIT
chmod 755 "$d"
M=/usr/lib/$(uname -m)-linux-musl
# The same objects, linked without -s so that callgrind names them.
gcc -static-pie -nostdlib -Wl,--gc-sections -o "$d/bash" "$M/rcrt1.o" "$M/crti.o" \
	"$(gcc -print-file-name=crtbeginS.o)" build/rel/guard/*.o build/rel/shim/*.o \
	-Lbuild/deps/lib -lyaml -lpcre2-8 -L"$M" -lc "$(gcc -print-libgcc-file-name)" \
	"$(gcc -print-file-name=crtendS.o)" "$M/crtn.o"
cp rules/investigator.yaml "$d/rules.yaml"
# a real shell that does not exist: guard exits after deciding, and
# callgrind writes its profile
printf 'rules: %s/rules.yaml\nlog: %s/guard.log\nshells:\n  bash: /nonexistent/bash\n' "$d" "$d" >"$d/guard.yaml"
sleep 1.1
cp build/guard "$d/guard"
"$d/guard" compile "$d/guard.yaml" >/dev/null
n=0
for cmd in true \
	"source /x 2>/dev/null || true && eval 'aws --region us-east-1 sqs get-queue-attributes --queue-url U --attribute-names All | head -3' < /dev/null && pwd -P >| /tmp/claude-x-cwd" \
	"aws sqs purge-queue --queue-url U" "git status && grep -rn ERROR . > /tmp/out" \
	"FOO=1 rm -rf ~/.aws"; do
	n=$((n + 1))
	GUARD_CONFIG="$d/guard.yaml" valgrind -q --tool=callgrind --callgrind-out-file="$d/cg.$n" \
		"$d/bash" -c "$cmd" >/dev/null 2>&1 || true
done
for f in "$d"/cg.*; do
	callgrind_annotate --threshold=100 --inclusive=no "$f" 2>/dev/null
done | grep -oE '(\?\?\?|[^ :]+\.c):[A-Za-z_][A-Za-z0-9_]*' | sed 's/.*://' | sort -u
