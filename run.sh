#!/bin/sh
# Builds Cairn if the sources changed since the last build, then starts the workstation.
#
#   ./run.sh [--demo] [cairn options]        e.g. ./run.sh --demo --data /tmp/cairn-try
#
# --demo first fills an empty record store with the fictional demo facility ('cairn admin demo').
#
# The product is unpacked into target/run/cairn and started through its own launcher script, exactly as an
# installed Cairn starts; options are the launcher's ('./run.sh --help' lists them). Without --data the user's
# data lives in the per-user data folder, as for an installed Cairn.
set -eu

repo=$(cd "$(dirname "$0")" && pwd)
. "$repo/releng/launcher/find-java.sh"

say() { printf 'run.sh: %s\n' "$*" >&2; }

if ! cairn_find_java 21 jdk; then
	cairn_java_missing 21
	exit 1
fi

version=$(sed -n 's:^\t<version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -n 1)
archive="$repo/releng/org.cairn.product/target/products/cairn-$version-linux.gtk.x86_64.tar.gz"

# Rebuild when the archive is missing or any source is newer than it.
stale=yes
if [ -f "$archive" ]; then
	newer=$(find "$repo/pom.xml" "$repo/bundles" "$repo/features" "$repo/releng" "$repo/targetplatform" \
		-path '*/target' -prune -o -type f -newer "$archive" -print 2>/dev/null | head -n 1)
	[ -z "$newer" ] && stale=no
fi
if [ "$stale" = yes ]; then
	say "building Cairn (tests skipped; ./test.sh runs them)..."
	(cd "$repo" && ./mvnw -B -q -DskipTests verify) || { say "the build failed; see the messages above"; exit 1; }
fi

run_dir="$repo/target/run"
if [ ! -x "$run_dir/cairn/cairn" ] || [ "$archive" -nt "$run_dir/cairn/cairn" ]; then
	rm -rf "$run_dir/cairn"
	mkdir -p "$run_dir"
	tar -xzf "$archive" -C "$run_dir"
	touch "$run_dir/cairn/cairn"
fi
if [ "${1:-}" = --demo ]; then
	shift
	"$run_dir/cairn/cairn" "$@" admin demo || say "no demo data added (see above); starting with the records already stored"
fi
exec "$run_dir/cairn/cairn" "$@"
