#!/bin/bash
# podman.sh - build and run the investigator image with podman on a host
# without a Docker engine (the recipe of infra.md section 3).
#
#   tests/image/podman.sh setup        install podman, runc, debootstrap if
#                                      missing; import a debootstrapped
#                                      bookworm as debian:bookworm-slim once
#   tests/image/podman.sh build [TAG]  setup, then build docker/Dockerfile
#   tests/image/podman.sh env          print the CONTAINERS_CONF export line
#
# Environment: GUARD_BUILD_ARGS ("NAME=VALUE ..." for --build-arg),
# GUARD_CONTEXT (the build context, default the repository), EXTRA_CA_CERTS
# (see ca_secret), DEBIAN_MIRROR (for debootstrap).
#
# Why the workarounds: crun refuses hybrid cgroup v1/v2 hosts, so the runtime
# is runc; root here has no CAP_SYS_RESOURCE, so podman's default ulimits
# (nofile 1048576) cannot be set and must be lowered; and nothing may be
# pulled (only deb.debian.org and npm are reachable), hence --pull=never and
# a locally imported base image under the name the Dockerfile uses.
#
# Needs root (apt-get, debootstrap, rootful podman).  State: podman storage
# in /var/lib/containers; work files in build/podman/ of the repository.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$ROOT/build/podman
BASE=docker.io/library/debian:bookworm-slim
TAG_DEFAULT=localhost/guard-investigator:latest
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

say() { printf 'podman.sh: %s\n' "$*" >&2; }
die() { printf 'podman.sh: error: %s\n' "$*" >&2; exit 1; }

need_root() {
	[ "$(id -u)" -eq 0 ] || die "must run as root (apt-get, debootstrap, rootful podman)"
}

install_tools() {
	local missing=()
	command -v podman >/dev/null || missing+=(podman)
	command -v runc >/dev/null || missing+=(runc)
	command -v debootstrap >/dev/null || missing+=(debootstrap)
	[ ${#missing[@]} -eq 0 ] && return 0
	say "installing ${missing[*]}"
	apt-get update -q >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
}

# The ulimits must fit under this host's hard limits; nproc stays at or
# under 32768 because podman lowers its own hard limit to that.
write_conf() {
	local nofile nproc
	nofile=$(ulimit -Hn)
	[ "$nofile" = unlimited ] && nofile=1048576
	nproc=32768
	mkdir -p "$WORK"
	cat >"$WORK/containers.conf" <<EOF
# written by tests/image/podman.sh
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
[engine]
runtime = "runc"
EOF
}

# A minbase bookworm stands in for the official debian:bookworm-slim.
import_base() {
	podman image exists "$BASE" && return 0
	local rootfs=$WORK/rootfs
	say "debootstrapping bookworm (about a minute)"
	rm -rf "$rootfs"
	debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 ||
		die "debootstrap failed, see $WORK/debootstrap.log"
	rm -f "$rootfs"/var/cache/apt/archives/*.deb
	rm -rf "$rootfs"/var/lib/apt/lists/*
	mkdir -p "$rootfs/var/lib/apt/lists/partial"
	printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb http://deb.debian.org/debian-security bookworm-security main\n' \
		"$MIRROR" "$MIRROR" >"$rootfs/etc/apt/sources.list"
	tar -C "$rootfs" -c . | podman import --quiet - localhost/debian:bookworm-slim >/dev/null
	podman tag localhost/debian:bookworm-slim "$BASE"
	rm -rf "$rootfs"
	say "imported $BASE"
}

setup() {
	need_root
	install_tools
	write_conf
	export CONTAINERS_CONF=$WORK/containers.conf
	import_base
}

# A host behind a TLS-inspecting proxy has its CA in the local store; npm in
# the build needs it (the Dockerfile takes it as a build secret, so it stays
# out of the image).  EXTRA_CA_CERTS names a PEM file to use instead.
ca_secret() {
	local pem=$WORK/extra-ca.pem f
	if [ -n "${EXTRA_CA_CERTS:-}" ]; then
		cp "$EXTRA_CA_CERTS" "$pem"
	else
		: >"$pem"
		for f in /usr/local/share/ca-certificates/*.crt; do
			[ -f "$f" ] && cat "$f" >>"$pem"
		done
	fi
	[ -s "$pem" ] && printf '%s\n' --secret "id=extra_ca,src=$pem"
	return 0
}

build() {
	local tag=${1:-$TAG_DEFAULT} ctx=${GUARD_CONTEXT:-$ROOT}
	local secret=() start
	start=$(date +%s)
	setup
	mapfile -t secret < <(ca_secret)
	say "building $tag"
	podman build --pull=never --jobs 2 -f "$ctx/docker/Dockerfile" -t "$tag" \
		"${secret[@]}" "${BUILD_ARGS[@]}" "$ctx"
	say "built $tag in $(($(date +%s) - start)) s"
}

BUILD_ARGS=()
for a in ${GUARD_BUILD_ARGS:-}; do
	BUILD_ARGS+=(--build-arg "$a")
done

case ${1:-} in
setup) setup ;;
build) shift; build "$@" ;;
env) write_conf; printf 'export CONTAINERS_CONF=%s\n' "$WORK/containers.conf" ;;
*) die "usage: $0 setup | build [TAG] | env" ;;
esac
