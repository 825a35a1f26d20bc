#!/bin/sh
# Runs every Cairn test: the build, the UI tests in a real workbench, the launch test of the archived product and
# the command-line tests. Starts a virtual X display (Xvfb) when there is no display, so it runs on a server too.
#
#   ./test.sh [maven arguments]      e.g. ./test.sh -o   (offline)
#
# Prints a summary of every test suite at the end and exits non-zero when anything failed.
set -eu

repo=$(cd "$(dirname "$0")" && pwd)
. "$repo/releng/launcher/find-java.sh"
. "$repo/releng/test-postgres.sh"

say() { printf 'test.sh: %s\n' "$*" >&2; }

if ! cairn_find_java 21 jdk; then
	cairn_java_missing 21
	exit 1
fi

missing=""
for tool in xdotool import tar; do
	command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -z "${DISPLAY:-}" ]; then
	command -v Xvfb >/dev/null 2>&1 || missing="$missing Xvfb"
fi
if ! { ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; } && ! ls /usr/lib/*/libgtk-3.so.0 /usr/lib*/libgtk-3.so.0 >/dev/null 2>&1; then
	missing="$missing GTK3"
fi
if [ -n "$missing" ]; then
	say "missing:$missing. The UI and launch tests need them. On Debian/Ubuntu:"
	say "  sudo apt-get install xvfb xauth libgtk-3-0 fonts-dejavu-core imagemagick xdotool x11-utils"
	say "(.ci/run installs them itself)"
	exit 1
fi

xvfb_pid=""
cleanup() {
	[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
	cairn_test_postgres_stop
}
trap cleanup EXIT INT TERM
if [ -z "${DISPLAY:-}" ]; then
	# The first free display number from :90 on.
	number=90
	while [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ]; do
		number=$((number + 1))
	done
	Xvfb ":$number" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb_pid=$!
	DISPLAY=":$number"
	export DISPLAY
	tries=0
	until [ -e "/tmp/.X11-unix/X$number" ]; do
		tries=$((tries + 1))
		if [ $tries -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
			say "Xvfb did not start on :$number"
			exit 1
		fi
		sleep 0.1
	done
	say "started Xvfb on $DISPLAY"
fi

cairn_test_postgres || exit 1

started=$(date +%s)
mkdir -p "$repo/target"
marker="$repo/target/.tests-started"
touch "$marker"
status=0
(cd "$repo" && ./mvnw -B --fail-at-end verify "$@") || status=$?
elapsed=$(($(date +%s) - started))

# The summary: one line per test suite from the surefire reports, then the failed tests.
summary() {
	total=0 failed=0 errors=0 skipped=0
	echo
	echo "Test summary"
	echo "------------"
	for report in $(find "$repo" -path '*/target/surefire-reports/TEST-*.xml' -newer "$marker" 2>/dev/null | sort); do
		line=$(grep -o '<testsuite [^>]*>' "$report" | head -n 1)
		attr() { echo "$line" | sed -n "s/.* $1=\"\([^\"]*\)\".*/\1/p"; }
		name=$(attr name) t=$(attr tests) f=$(attr failures) e=$(attr errors) s=$(attr skipped)
		total=$((total + ${t:-0})) failed=$((failed + ${f:-0})) errors=$((errors + ${e:-0})) skipped=$((skipped + ${s:-0}))
		mark=ok
		if [ "${f:-0}" -gt 0 ] || [ "${e:-0}" -gt 0 ]; then
			mark=FAILED
		fi
		printf '  %-6s %-52s %3s tests, %s failed, %s errors, %s skipped\n' "$mark" "$name" "${t:-0}" "${f:-0}" "${e:-0}" "${s:-0}"
		if [ "$mark" = FAILED ]; then
			# The test cases with a <failure> or <error> child.
			awk '/<testcase /{ match($0, / name="[^"]*"/); current = substr($0, RSTART + 7, RLENGTH - 8) }
				/<(failure|error)[ >]/{ if (current != "") print "           - " current; current = "" }' "$report"
		fi
	done
	echo
	printf 'Tests: %d, failed: %d, errors: %d, skipped: %d (%d s)\n' "$total" "$failed" "$errors" "$skipped" "$elapsed"
	if [ "$total" -eq 0 ]; then
		echo "No test reports were written: the build failed before the tests ran (see above)."
	elif [ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && [ "$errors" -eq 0 ]; then
		echo "Every test that ran passed, but a module failed to build, so its tests and those after it did not run:"
		echo "see the [ERROR] lines above."
	fi
	screenshots=$(find "$repo" -path '*/target/screenshots/*.png' 2>/dev/null | wc -l)
	if [ "$screenshots" -gt 0 ]; then
		echo "Screenshots: $screenshots in */target/screenshots"
	fi
}
summary
if [ "$status" -ne 0 ]; then
	echo "FAILED (Maven exit code $status)"
else
	echo "PASSED"
fi
exit "$status"
