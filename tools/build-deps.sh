#!/bin/sh
# build-deps.sh DESTDIR
#
# Builds static musl archives of PCRE2 (libpcre2-8 only, no JIT) and libyaml
# into DESTDIR/lib and DESTDIR/include, then writes DESTDIR/.done.
#
# Why from source: Debian's libpcre2-8.a and libyaml.a are compiled against
# glibc (with _FORTIFY_SOURCE), and mixing them into a musl binary is
# unsupported.  Sources come from Debian's archive, the only package source
# reachable from our build machines, using apt with a private configuration
# so the system's /etc/apt is never touched.
#
# Only the upstream ("orig") tarballs are used, each pinned by sha256:
#   - pcre2 10.46 from trixie.  The mirror serves pcre2_10.46.orig.tar.gz but
#     404s the .dsc and .diff.gz, so Debian's deb13uN patches are NOT applied.
#   - pcre2 10.42 from bookworm is the fallback.  Its Debian diff only holds
#     packaging (debian/, pcre2-config.in), so the orig is the whole source;
#     it lacks the fixes in Debian's binary 10.42-1+deb12u1/u2.
#   - libyaml 0.2.5 (same orig in bookworm and trixie; Debian adds no patches).
#
# Downloads are cached in DEPS_CACHE (default: DESTDIR/../deps-cache, i.e.
# build/deps-cache), which `make clean` keeps.  A tarball already in the cache
# with the pinned hash means no network access at all.
#
# Needs: musl-tools, make, binutils (ar), tar, gzip, coreutils; for the first
# download also apt (apt-get, /usr/lib/apt/apt-helper) and
# debian-archive-keyring.
set -eu

# ---- pins ---------------------------------------------------------------
# The hashes were read from the signed Sources indexes of bookworm and trixie
# (2025-11) and checked against the downloaded files.  A different file is
# refused: update a pin only after checking where the new tarball comes from.
PCRE2_VER=10.46
PCRE2_SUITE=trixie
PCRE2_SHA256=8d28d7f2c3b970c3a4bf3776bcbb5adfc923183ce74bc8df1ebaad8c1985bd07
PCRE2_OLD_VER=10.42
PCRE2_OLD_SUITE=bookworm
PCRE2_OLD_SHA256=c33b418e3b936ee3153de2c61cc638e7e4fe3156022a5c77d0711bcbb9d64f1f
YAML_VER=0.2.5
YAML_SUITE=bookworm
YAML_SHA256=fa240dbf262be053f3898006d502d514936c818e422afdcf33921c63bed9bf2e

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
MUSL_CC=${MUSL_CC:-musl-gcc}
# -fPIE keeps the archives usable by both -static and -static-pie links.
DEPS_CFLAGS="-Os -ffunction-sections -fdata-sections -fPIE -fstack-protector-strong"
JOBS=$(nproc 2>/dev/null || echo 2)

say()  { printf 'build-deps: %s\n' "$*"; }
warn() { printf 'build-deps: WARNING: %s\n' "$*" >&2; }
die()  { printf 'build-deps: error: %s\n' "$*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: sh tools/build-deps.sh DESTDIR"
start=$(date +%s)

# Absolute paths, because the build steps below cd around.
mkdir -p "$1"
DEST=$(cd "$1" && pwd)
CACHE=${DEPS_CACHE:-$(dirname "$DEST")/deps-cache}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)

need() {    # need PROGRAM PACKAGE
	command -v "$1" >/dev/null 2>&1 ||
		die "'$1' not found; install it: apt-get install -y $2"
}
need "$MUSL_CC" musl-tools
need make make
need ar binutils
need tar tar
need gzip gzip
need sha256sum coreutils
# A broken musl install otherwise shows up deep inside pcre2's configure.
printf 'int main(void) { return 0; }\n' >"$CACHE/cc-test.c"
"$MUSL_CC" -static -o "$CACHE/cc-test" "$CACHE/cc-test.c" 2>/dev/null ||
	die "$MUSL_CC cannot link a static program; install musl-dev (apt-get install -y musl-tools musl-dev)"
rm -f "$CACHE/cc-test" "$CACHE/cc-test.c"

sha_ok() {  # sha_ok FILE SHA256
	[ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]
}

# ---- downloading through apt with a private configuration ---------------
APTDIR=$CACHE/apt
case $APTDIR in
*[[:space:]]*) die "the cache path '$APTDIR' contains white space; set DEPS_CACHE" ;;
esac
apt_opts() {
	# Dir::Etc::* point apt at our deb-src list only; Dir::State::Lists and
	# Dir::Cache keep the indexes out of /var.  Running as root, apt would
	# drop to the _apt user, which cannot write into a private directory.
	printf '%s\n' \
		-o "Dir::Etc::SourceList=$APTDIR/sources.list" \
		-o Dir::Etc::SourceParts=/dev/null \
		-o "Dir::Etc::Preferences=/dev/null" \
		-o Dir::Etc::PreferencesParts=/dev/null \
		-o "Dir::State::Lists=$APTDIR/lists" \
		-o "Dir::Cache=$APTDIR/cache" \
		-o APT::Sandbox::User=root \
		-o Acquire::Retries=2 \
		-o Acquire::http::Timeout=30
}

APT_UPDATED=
apt_update() {
	[ -z "$APT_UPDATED" ] || return "$APT_UPDATED"
	need apt-get apt
	[ -x /usr/lib/apt/apt-helper ] || die "/usr/lib/apt/apt-helper not found; install apt"
	[ -r "$KEYRING" ] || die "$KEYRING not found; install debian-archive-keyring"
	mkdir -p "$APTDIR/lists/partial" "$APTDIR/cache/archives/partial"
	{
		echo "# written by tools/build-deps.sh: source indexes only"
		echo "deb-src [signed-by=$KEYRING] $MIRROR $PCRE2_SUITE main"
		echo "deb-src [signed-by=$KEYRING] $MIRROR $PCRE2_OLD_SUITE main"
	} >"$APTDIR/sources.list"
	say "apt-get update (private lists in $APTDIR): deb-src $PCRE2_SUITE, $PCRE2_OLD_SUITE"
	# shellcheck disable=SC2046  # one option per word; APTDIR has no spaces
	if apt-get -q $(apt_opts) update >"$APTDIR/update.log" 2>&1 &&
		! grep -q '^[WE]:' "$APTDIR/update.log"; then
		APT_UPDATED=0
	else
		sed 's/^/  | /' "$APTDIR/update.log" >&2
		warn "apt-get update reported problems (log above, $APTDIR/update.log)"
		APT_UPDATED=1
	fi
	return "$APT_UPDATED"
}

# fetch_orig SRCPKG SUITE FILE SHA256: put a verified FILE into $CACHE.
# Returns 1, with a message, if it cannot.
fetch_orig() {
	pkg=$1 suite=$2 file=$3 sha=$4
	if sha_ok "$CACHE/$file" "$sha"; then
		say "$file: cached, sha256 ok"
		return 0
	fi
	if [ -f "$CACHE/$file" ]; then
		warn "$CACHE/$file has the wrong sha256; removing it"
		rm -f "$CACHE/$file"
	fi
	apt_update || true    # a partly failed update may still list $suite
	# --print-uris names every file of the source package with the hash from
	# the signed Sources index.  Run it in an empty directory, since apt
	# skips files that already exist in the current one.
	rm -rf "$APTDIR/uris" && mkdir -p "$APTDIR/uris"
	# shellcheck disable=SC2046
	if ! uris=$(cd "$APTDIR/uris" && apt-get -q $(apt_opts) --print-uris source "$pkg/$suite" 2>&1); then
		printf '%s\n' "$uris" | sed 's/^/  | /' >&2
		warn "apt-get source $pkg/$suite failed (no $suite sources?)"
		return 1
	fi
	line=$(printf '%s\n' "$uris" | grep "^'.*' $file " || true)
	if [ -z "$line" ]; then
		have=$(printf '%s\n' "$uris" | sed -n "s/^Selected version '\\([^']*\\)'.*/\\1/p")
		warn "$suite no longer lists $file (it has $pkg ${have:-?}); update the pin in $0"
		return 1
	fi
	uri=$(printf '%s\n' "$line" | cut -d"'" -f2)
	idx=$(printf '%s\n' "$line" | sed -n 's/.* SHA256:\([0-9a-f]*\).*/\1/p')
	[ "$idx" = "$sha" ] ||
		die "$file: the $suite index says sha256 $idx, the script pins $sha; refusing (check the source, then update the pin)"
	say "downloading $uri"
	rm -f "$CACHE/$file.part"
	# shellcheck disable=SC2046
	if ! /usr/lib/apt/apt-helper -q $(apt_opts) download-file "$uri" "$CACHE/$file.part" "SHA256:$sha" >"$APTDIR/fetch.log" 2>&1; then
		sed 's/^/  | /' "$APTDIR/fetch.log" >&2
		rm -f "$CACHE/$file.part"
		warn "download of $uri failed"
		return 1
	fi
	# apt-helper already checked the hash; check again so that this script,
	# not apt's configuration, is what enforces the pin.
	sha_ok "$CACHE/$file.part" "$sha" || { rm -f "$CACHE/$file.part"; die "$file: sha256 mismatch after download; refusing"; }
	mv "$CACHE/$file.part" "$CACHE/$file"
	say "$file: sha256 ok"
}

manual_hint() {  # what to do without network
	echo "or place $1 (sha256 $2) in $CACHE by hand"
}

# ---- choose sources -------------------------------------------------------
pcre2_ver=$PCRE2_VER pcre2_sha=$PCRE2_SHA256 pcre2_from="$PCRE2_SUITE orig tarball"
if ! fetch_orig pcre2 "$PCRE2_SUITE" "pcre2_$PCRE2_VER.orig.tar.gz" "$PCRE2_SHA256"; then
	warn "pcre2 $PCRE2_VER ($PCRE2_SUITE) unobtainable; FALLING BACK to pcre2 $PCRE2_OLD_VER ($PCRE2_OLD_SUITE)."
	warn "pcre2 $PCRE2_OLD_VER from source lacks the security fixes of Debian's 10.42-1+deb12u1/u2 binaries."
	fetch_orig pcre2 "$PCRE2_OLD_SUITE" "pcre2_$PCRE2_OLD_VER.orig.tar.gz" "$PCRE2_OLD_SHA256" ||
		die "cannot get pcre2 sources from $MIRROR; check network/apt, $(manual_hint "pcre2_$PCRE2_VER.orig.tar.gz" "$PCRE2_SHA256")"
	pcre2_ver=$PCRE2_OLD_VER pcre2_sha=$PCRE2_OLD_SHA256 pcre2_from="$PCRE2_OLD_SUITE orig tarball (FALLBACK)"
fi
fetch_orig libyaml "$YAML_SUITE" "libyaml_$YAML_VER.orig.tar.gz" "$YAML_SHA256" ||
	die "cannot get libyaml sources from $MIRROR; check network/apt, $(manual_hint "libyaml_$YAML_VER.orig.tar.gz" "$YAML_SHA256")"

# The stamp names everything that determines the output, so a rerun with the
# same inputs is a no-op and a changed pin, compiler or flag rebuilds.
stamp="pcre2 $pcre2_ver $pcre2_sha; libyaml $YAML_VER $YAML_SHA256; $("$MUSL_CC" -dumpfullversion 2>/dev/null || "$MUSL_CC" -dumpversion); $DEPS_CFLAGS"
if [ -f "$DEST/.done" ] && [ "$(cat "$DEST/.done")" = "$stamp" ] &&
	[ -f "$DEST/lib/libpcre2-8.a" ] && [ -f "$DEST/lib/libyaml.a" ]; then
	touch "$DEST/.done"   # newer than the script, for make
	say "up to date: $DEST ($stamp)"
	exit 0
fi

# ---- build ------------------------------------------------------------------
rm -f "$DEST/.done"
rm -rf "${DEST:?}/lib" "${DEST:?}/include" "${CACHE:?}/work"
mkdir -p "$DEST/lib" "$DEST/include" "$CACHE/work"
LOG=$CACHE/work/build.log
: >"$LOG"

run() {     # run DESCRIPTION CMD...: log the output, show it only on failure
	what=$1; shift
	say "$what"
	if ! "$@" >>"$LOG" 2>&1; then
		tail -n 30 "$LOG" | sed 's/^/  | /' >&2
		die "$what failed (full log: $LOG)"
	fi
}

cd "$CACHE/work"
run "unpacking pcre2 $pcre2_ver" tar xzf "$CACHE/pcre2_$pcre2_ver.orig.tar.gz"
cd "pcre2-$pcre2_ver"
# JIT off: guard matches each pattern once against a short line, and JIT
# costs 2-4 ms per process (infra.md section 2) and ~280 KB.  Only the 8-bit
# library; no pcre2grep/pcre2test extras.
run "configuring pcre2 (CC=$MUSL_CC, --disable-jit, static, 8-bit only)" \
	./configure CC="$MUSL_CC" CFLAGS="$DEPS_CFLAGS" --prefix=/nonexistent \
	--disable-shared --enable-static --disable-jit \
	--enable-pcre2-8 --disable-pcre2-16 --disable-pcre2-32 \
	--disable-pcre2grep-libz --disable-pcre2grep-libbz2 \
	--disable-pcre2test-libreadline
run "compiling libpcre2-8.a (make -j$JOBS)" make -j"$JOBS" libpcre2-8.la
cp .libs/libpcre2-8.a "$DEST/lib/"
cp src/pcre2.h "$DEST/include/"
cd ..

run "unpacking libyaml $YAML_VER" tar xzf "$CACHE/libyaml_$YAML_VER.orig.tar.gz"
cd "libyaml-$YAML_VER"
# The release tarball's build system wants autotools or cmake; its eight
# library sources compile directly once the version macros are given.
say "compiling libyaml.a (8 files)"
ymaj=${YAML_VER%%.*} ymin=${YAML_VER#*.} ypat=${YAML_VER##*.}
ymin=${ymin%.*}
for f in api reader scanner parser loader emitter dumper writer; do
	# shellcheck disable=SC2086  # DEPS_CFLAGS is a list of flags
	run "  src/$f.c" "$MUSL_CC" $DEPS_CFLAGS \
		-DYAML_VERSION_MAJOR="$ymaj" -DYAML_VERSION_MINOR="$ymin" \
		-DYAML_VERSION_PATCH="$ypat" -DYAML_VERSION_STRING="\"$YAML_VER\"" \
		-DYAML_DECLARE_STATIC \
		-Iinclude -c "src/$f.c" -o "yaml-$f.o"
done
rm -f "$DEST/lib/libyaml.a"
ar rcs "$DEST/lib/libyaml.a" yaml-*.o
cp include/yaml.h "$DEST/include/"
cd "$DEST"
rm -rf "$CACHE/work/pcre2-$pcre2_ver" "$CACHE/work/libyaml-$YAML_VER"

{
	echo "pcre2 $pcre2_ver: $pcre2_from, sha256 $pcre2_sha, --disable-jit, 8-bit"
	echo "libyaml $YAML_VER: $YAML_SUITE orig tarball, sha256 $YAML_SHA256"
	echo "cc: $MUSL_CC $DEPS_CFLAGS"
} >"$DEST/SOURCES"
printf '%s\n' "$stamp" >"$DEST/.done"
wc -c "$DEST/lib/libpcre2-8.a" "$DEST/lib/libyaml.a" | sed '$d; s/^/  /'
say "done in $(($(date +%s) - start)) s: pcre2 $pcre2_ver ($pcre2_from), libyaml $YAML_VER -> $DEST"
