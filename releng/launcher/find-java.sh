# shellcheck shell=sh
# Finds a Java runtime of at least version $1 (default 21), sourced by the cairn launcher, ./mvnw and the
# development scripts so that all of them choose Java the same way.
#
# Looks in $JAVA_HOME, then `java` on the PATH, then the usual JVM folders (newest first; CAIRN_JVM_DIRS, a
# colon-separated list, replaces them for sites that keep JDKs elsewhere). With $2 = jdk only a
# full JDK (one with javac beside java) is accepted, as building needs. On success sets
# CAIRN_JAVA to the java executable and CAIRN_JAVA_HOME to its home and returns 0; otherwise prints nothing, sets
# CAIRN_JAVA_REJECTED to the runtimes found but too old ("17 at /usr/bin/java", one per line) and returns 1 so
# that the caller can say what to install.

cairn_java_major() {
	# Prints the feature version of the java executable $1 ("21", "25", ...) or nothing.
	"$1" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//' | head -n 1
}

cairn_find_java() {
	cairn_min=${1:-21}
	cairn_need=${2:-runtime}
	cairn_candidates=""
	CAIRN_JAVA_REJECTED=""
	[ -n "${JAVA_HOME:-}" ] && cairn_candidates="$JAVA_HOME/bin/java"
	if command -v java >/dev/null 2>&1; then
		cairn_candidates="$cairn_candidates
$(command -v java)"
	fi
	cairn_dirs=${CAIRN_JVM_DIRS:-/usr/lib/jvm:/usr/java:/opt/java:/opt:/Library/Java/JavaVirtualMachines:$HOME/.sdkman/candidates/java:$HOME/.jdks}
	cairn_old_ifs=$IFS
	IFS=:
	set -f
	# shellcheck disable=SC2086
	set -- $cairn_dirs
	set +f
	IFS=$cairn_old_ifs
	for cairn_dir in "$@"; do
		[ -d "$cairn_dir" ] || continue
		for cairn_home in $(ls -1d "$cairn_dir"/*/ 2>/dev/null | sort -r -V); do
			for cairn_exe in "${cairn_home}bin/java" "${cairn_home}Contents/Home/bin/java"; do
				[ -x "$cairn_exe" ] && cairn_candidates="$cairn_candidates
$cairn_exe"
			done
		done
	done
	cairn_old_ifs=$IFS
	IFS='
'
	for cairn_exe in $cairn_candidates; do
		[ -x "$cairn_exe" ] || continue
		if [ "$cairn_need" = jdk ] && [ ! -x "$(dirname "$(readlink -f "$cairn_exe" 2>/dev/null || echo "$cairn_exe")")/javac" ]; then
			continue
		fi
		cairn_major=$(cairn_java_major "$cairn_exe")
		if [ -n "$cairn_major" ] && [ "$cairn_major" -ge "$cairn_min" ] 2>/dev/null; then
			IFS=$cairn_old_ifs
			CAIRN_JAVA=$cairn_exe
			cairn_real=$(readlink -f "$cairn_exe" 2>/dev/null || echo "$cairn_exe")
			CAIRN_JAVA_HOME=$(dirname "$(dirname "$cairn_real")")
			CAIRN_JAVA_MAJOR=$cairn_major
			return 0
		fi
		if [ -n "$cairn_major" ]; then
			CAIRN_JAVA_REJECTED="$CAIRN_JAVA_REJECTED${CAIRN_JAVA_REJECTED:+
}  Java $cairn_major at $cairn_exe"
		fi
	done
	IFS=$cairn_old_ifs
	return 1
}

cairn_java_missing() {
	# The message shown when no suitable Java is found; $1 is the minimum version.
	cat >&2 <<MSG
${product_name:-Cairn} needs Java ${1:-21} or newer, and none was found.
Looked in: \$JAVA_HOME${JAVA_HOME:+ ($JAVA_HOME)}, 'java' on the PATH, ${CAIRN_JVM_DIRS:-/usr/lib/jvm, /usr/java, /opt}.
${CAIRN_JAVA_REJECTED:+Found only older ones:
$CAIRN_JAVA_REJECTED
}Install a JDK ${1:-21}+ and try again, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or openjdk-25-jdk)
  Fedora/RHEL:    sudo dnf install java-21-openjdk-devel
  macOS:          brew install openjdk@21
or set JAVA_HOME to the folder of an installed JDK ${1:-21}+.
MSG
}
