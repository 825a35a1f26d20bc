#!/bin/sh
# Turns a brand folder into branded archives of Cairn for Linux x86_64, Windows x86_64 and macOS aarch64.
#
#   ./brand.sh BRAND_DIR [--out DIR] [--jdk DIR] [--check]     e.g. ./brand.sh releng/brands/harbour
#
# Builds Cairn first if a source changed since the last build (tests skipped, as ./run.sh does), then runs the brand
# tool (releng/org.cairn.brand) on the product archives. The archives and their SHA256SUMS go to
# target/brands/<command> unless --out says otherwise. The Linux archive carries a Java runtime made with the JDK's
# jlink (the JDK found below, or --jdk DIR) unless the brand says runtime=false. docs/BRANDING.md has the details.
set -eu

repo=$(cd "$(dirname "$0")" && pwd)
. "$repo/releng/launcher/find-java.sh"

say() { printf 'brand.sh: %s\n' "$*" >&2; }

if [ $# -lt 1 ] || [ "${1#-}" != "$1" ]; then
	say "usage: ./brand.sh BRAND_DIR [--out DIR] [--jdk DIR] [--check]   (e.g. ./brand.sh releng/brands/harbour)"
	exit 2
fi
brand=$1
shift
[ -d "$brand" ] || { say "$brand is not a folder (a brand folder holds brand.properties, splash.png and icon.png)"; exit 2; }

if ! cairn_find_java 21 jdk; then
	cairn_java_missing 21
	exit 1
fi

version=$(sed -n 's:^\t<version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -n 1)
products="$repo/releng/org.cairn.product/target/products"
tool="$repo/releng/org.cairn.brand/target/cairn-brand.jar"

# Rebuild when an archive or the tool is missing or any source is newer than the oldest of them.
stale=yes
oldest=""
for f in "$products/cairn-$version-linux.gtk.x86_64.tar.gz" "$products/cairn-$version-win32.win32.x86_64.zip" \
	"$products/cairn-$version-macosx.cocoa.aarch64.tar.gz" "$tool"; do
	if [ ! -f "$f" ]; then oldest=""; break; fi
	if [ -z "$oldest" ] || [ "$oldest" -nt "$f" ]; then oldest=$f; fi
done
if [ -n "$oldest" ]; then
	newer=$(find "$repo/pom.xml" "$repo/bundles" "$repo/features" "$repo/releng" "$repo/targetplatform" \
		-path '*/target' -prune -o -path "$repo/releng/brands" -prune -o -type f -newer "$oldest" -print 2>/dev/null | head -n 1)
	[ -z "$newer" ] && stale=no
fi
if [ "$stale" = yes ]; then
	say "building Cairn (tests skipped; ./test.sh runs them)..."
	(cd "$repo" && ./mvnw -B -q -DskipTests verify) || { say "the build failed; see the messages above"; exit 1; }
fi

out=""
for arg in "$@"; do
	case "$arg" in --out) out=set ;; esac
done
command=$(sed -n 's/^command=//p' "$brand/brand.properties" 2>/dev/null | tail -n 1 | tr -d '[:space:]')
if [ -z "$out" ]; then
	set -- --out "$repo/target/brands/${command:-brand}" "$@"
fi
exec "$CAIRN_JAVA" -Djava.awt.headless=true -jar "$tool" --brand "$brand" --products "$products" --jdk "$CAIRN_JAVA_HOME" "$@"
