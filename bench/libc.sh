#!/bin/sh
# bench/libc.sh - the numbers behind "static musl, not glibc" (bench/LIBC.md).
#
# Builds four tiny programs and times them against bash in one alternating
# run:  a no-op and an exec-bash shim, each static with musl and with glibc.
# The shim is guard's irreducible cost: a static process that does nothing
# but execv("/bin/bash", argv).  It is given the same arguments as the bash
# candidate, so the two differ only by the extra process image.
#
#   sh bench/libc.sh            (BENCH_RUNS=N to change the 1000 runs)
set -eu

cd "$(dirname "$0")/.."
out=build/bench/libc
mkdir -p "$out"
for t in musl-gcc gcc; do
	command -v "$t" >/dev/null 2>&1 || { echo "libc.sh: $t not found (apt-get install -y musl-tools gcc)" >&2; exit 1; }
done

printf 'int main(void) { return 0; }\n' >"$out/noop.c"
cat >"$out/shim.c" <<'EOF'
#include <unistd.h>
int main(int argc, char **argv)
{
	(void)argc;
	execv("/bin/bash", argv);
	return 127;
}
EOF
for prog in noop shim; do
	musl-gcc -Os -static -s -o "$out/$prog-musl" "$out/$prog.c"
	gcc -Os -static -s -o "$out/$prog-glibc" "$out/$prog.c"
done
gcc -O2 -o build/bench/bench bench/bench.c

B=bash
set -- --norc --noprofile -c true
build/bench/bench -n "${BENCH_RUNS:-1000}" -b bash \
	-c "noop-musl (static)" "$out/noop-musl" ';' \
	-c "noop-glibc (static)" "$out/noop-glibc" ';' \
	-c bash /bin/bash "$@" ';' \
	-c "shim-musl -> bash" -0 "$B" "$out/shim-musl" "$@" ';' \
	-c "shim-glibc -> bash" -0 "$B" "$out/shim-glibc" "$@" ';'
wc -c "$out"/noop-musl "$out"/noop-glibc "$out"/shim-musl "$out"/shim-glibc | sed '$d'
printf '%s, %s CPU(s), %s, %s\n' "$(uname -srm)" "$(nproc)" \
	"$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(date -u +%Y-%m-%dT%H:%MZ)"
