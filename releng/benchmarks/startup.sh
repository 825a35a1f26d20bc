#!/bin/sh
# Start-up benchmark: the time from launching to the first window a person can use being shown (for Cairn the
# login, or on a new database the setup wizard), for Cairn and for a bare E4 window built from the same target
# platform (the floor), median of several runs, printed as a ratio.
#
#   releng/benchmarks/startup.sh [--runs N] [--no-build]
#
# Rows, measured interleaved so that a machine's drift hits all alike:
#   bare E4 (java)        the bare window, started with the same JVM and options as Cairn
#   Cairn (java)          Cairn started the same way: the cost of Cairn's own bundles, model, CSS and parts
#   Cairn (launcher)      Cairn through its 'cairn' script, as a person starts it: adds finding Java
# each "warm" (the data folder exists from an earlier start: the usual case) and "first" (a new data folder:
# the OSGi state is built first). Needs an X display (starts Xvfb if there is none) and xdotool.
set -eu

repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/releng/launcher/find-java.sh"
say() { printf 'startup.sh: %s\n' "$*" >&2; }

runs=7
build=yes
while [ $# -gt 0 ]; do
	case "$1" in
	--runs) runs=$2; shift 2 ;;
	--no-build) build=no; shift ;;
	-h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) say "unknown option $1"; exit 2 ;;
	esac
done

cairn_find_java 21 jdk || { cairn_java_missing 21; exit 1; }
java=$CAIRN_JAVA
command -v xdotool >/dev/null 2>&1 || { say "needs xdotool (Debian package xdotool)"; exit 1; }

xvfb_pid=""
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; true' EXIT INT TERM
if [ -z "${DISPLAY:-}" ]; then
	command -v Xvfb >/dev/null 2>&1 || { say "no display and no Xvfb (Debian package xvfb)"; exit 1; }
	number=95
	while [ -e "/tmp/.X11-unix/X$number" ]; do number=$((number + 1)); done
	Xvfb ":$number" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb_pid=$!
	DISPLAY=":$number"
	export DISPLAY
	while [ ! -e "/tmp/.X11-unix/X$number" ]; do sleep 0.1; done
fi

version=$(sed -n 's:^\t<version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -n 1)
cairn_archive="$repo/releng/org.cairn.product/target/products/cairn-$version-linux.gtk.x86_64.tar.gz"
bare_archive="$repo/releng/benchmarks/org.cairn.bench.bare.product/target/products/bare-e4-$version-linux.gtk.x86_64.tar.gz"
if [ "$build" = yes ] || [ ! -f "$cairn_archive" ] || [ ! -f "$bare_archive" ]; then
	say "building Cairn and the bare E4 window..."
	(cd "$repo" && ./mvnw -B -q -Pbench -DskipTests verify)
fi

work="$repo/target/bench"
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$cairn_archive" -C "$work"
tar -xzf "$bare_archive" -C "$work"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

jvm_options() { # $1 = installation, $2 = data folder: the options the cairn script passes
	set -- -Dcairn.data="$2" -Djava.io.tmpdir="$2/tmp" -Dfile.encoding=UTF-8 -Dosgi.requiredJavaVersion=21 \
		-Dosgi.configuration.cascaded=true -Dosgi.sharedConfiguration.area="$1/configuration" \
		--enable-native-access=ALL-UNNAMED -Xms128m -Xmx1g
	[ "$CAIRN_JAVA_MAJOR" -ge 24 ] && set -- "$@" --sun-misc-unsafe-memory-access=allow
	echo "$@"
}

# measure <title> <quit: ctrl-q|kill> <data> <command...>: prints the milliseconds until the window is shown.
# A start that fails to open the X display (GTK's "gtk_init_check() failed", seen now and then on a loaded
# machine) is retried up to twice and said on stderr; any other failure ends the benchmark.
measure() {
	attempt=1
	while ! measure_once "$@"; do
		if [ $attempt -ge 3 ] || ! grep -qs 'gtk_init_check' "$3"/configuration/*.log; then
			say "$1 ended before its window was shown:"
			cat "$work/console.txt" "$3"/configuration/*.log >&2 2>/dev/null || true
			exit 1
		fi
		say "$1 could not open the display (attempt $attempt); starting it again"
		rm -f "$3"/configuration/*.log
		attempt=$((attempt + 1))
		sleep 1
	done
}

measure_once() {
	title=$1 quit=$2 data=$3
	shift 3
	mkdir -p "$data/tmp"
	start=$(now_ms)
	"$@" >"$work/console.txt" 2>&1 &
	pid=$!
	while ! window=$(xdotool search --onlyvisible --name "^$title *\$" 2>/dev/null | head -n 1) || [ -z "$window" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			wait "$pid" 2>/dev/null || true
			return 1
		fi
		sleep 0.02
	done
	end=$(now_ms)
	if [ "$quit" = ctrl-q ]; then
		sleep 0.5
		xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q 2>/dev/null || true
		tries=0
		while kill -0 "$pid" 2>/dev/null && [ $tries -lt 300 ]; do sleep 0.1; tries=$((tries + 1)); done
	fi
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo $((end - start))
}

# Cairn's first window: the login, or the setup wizard on a new database (an extended regular expression).
CAIRN_FIRST_WINDOW='(Sign in – Cairn|Set up Cairn)'

bare() { # $1 data folder
	# shellcheck disable=SC2046
	measure "Bare E4" kill "$1" "$java" $(jvm_options "$work/bare-e4" "$1") -jar "$(ls "$work"/bare-e4/plugins/org.eclipse.equinox.launcher_*.jar)" \
		-configuration "$1/configuration" -data "$1"
}
cairn_java() {
	# shellcheck disable=SC2046
	measure "$CAIRN_FIRST_WINDOW" kill "$1" "$java" $(jvm_options "$work/cairn" "$1") -jar "$(ls "$work"/cairn/plugins/org.eclipse.equinox.launcher_*.jar)" \
		-configuration "$1/configuration" -data "$1"
}
cairn_script() {
	measure "$CAIRN_FIRST_WINDOW" kill "$1" env JAVA_HOME="$CAIRN_JAVA_HOME" "$work/cairn/cairn" --data "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

say "Java $CAIRN_JAVA_MAJOR ($CAIRN_JAVA_HOME), $runs runs each, display $DISPLAY"
# Warm data folders: started once before measuring.
bare "$work/warm-bare" >/dev/null
cairn_java "$work/warm-cairn-java" >/dev/null
cairn_script "$work/warm-cairn-script" >/dev/null

i=1
while [ $i -le "$runs" ]; do
	bare "$work/warm-bare" >>"$work/bare-warm.ms"
	cairn_java "$work/warm-cairn-java" >>"$work/cairn-java-warm.ms"
	cairn_script "$work/warm-cairn-script" >>"$work/cairn-script-warm.ms"
	bare "$work/first-bare-$i" >>"$work/bare-first.ms"
	cairn_java "$work/first-cairn-java-$i" >>"$work/cairn-java-first.ms"
	cairn_script "$work/first-cairn-script-$i" >>"$work/cairn-script-first.ms"
	say "run $i of $runs done"
	i=$((i + 1))
done

row() { # label file
	printf '%-20s %8s ms   (runs: %s)\n' "$1" "$(median <"$work/$2")" "$(tr '\n' ' ' <"$work/$2" | sed 's/ $//')"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

bw=$(median <"$work/bare-warm.ms") jw=$(median <"$work/cairn-java-warm.ms") sw=$(median <"$work/cairn-script-warm.ms")
bf=$(median <"$work/bare-first.ms") jf=$(median <"$work/cairn-java-first.ms") sf=$(median <"$work/cairn-script-first.ms")
echo
echo "Start-up to the first window shown, median of $runs (Java $CAIRN_JAVA_MAJOR, $(nproc) cores)"
echo
echo "Warm start (existing data folder)"
row "  bare E4 (java)" bare-warm.ms
row "  Cairn (java)" cairn-java-warm.ms
row "  Cairn (launcher)" cairn-script-warm.ms
echo "First start (new data folder)"
row "  bare E4 (java)" bare-first.ms
row "  Cairn (java)" cairn-java-first.ms
row "  Cairn (launcher)" cairn-script-first.ms
echo
echo "Ratios to the bare E4 window (1.00 = the floor)"
echo "  warm:  Cairn (java) $(ratio "$jw" "$bw")   Cairn (launcher) $(ratio "$sw" "$bw")"
echo "  first: Cairn (java) $(ratio "$jf" "$bf")   Cairn (launcher) $(ratio "$sf" "$bf")"
