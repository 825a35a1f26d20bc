#!/bin/sh
# Chart open benchmark: how long the workbench takes to show a chart's header and timeline, for the heavy demo
# chart (five years of records) against a small chart in the same run, plus reading the heavy chart from the
# store alone. Medians of 21 runs after 5 warm-up runs, printed as a table; the aim is under 300 ms.
#
#   releng/benchmarks/chart.sh
#
# Builds Cairn and the benchmark (-Pbench) and runs it in a real workbench. Needs an X display (starts Xvfb if
# there is none).
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
if [ -z "${DISPLAY:-}" ]; then
	command -v Xvfb >/dev/null 2>&1 || { echo "chart.sh: needs an X display or Xvfb (apt-get install xvfb)" >&2; exit 1; }
	Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
	xvfb=$!
	trap 'kill $xvfb 2>/dev/null || true' EXIT
	export DISPLAY=:97
	sleep 1
fi
log=$(mktemp)
if ! ./mvnw -B -Pbench verify -Dtest=ChartOpenBenchmark -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
	tail -n 40 "$log" >&2
	echo "chart.sh: the build or the benchmark failed (log above)" >&2
	rm -f "$log"
	exit 1
fi
sed -n '/^Chart open benchmark/,/^heavy \/ small/p;/^AIM MISSED/p' "$log"
rm -f "$log"
