#!/bin/sh
# Export benchmark: a five-year chart as PDF and as FHIR R4, against reading the same records, in one run.
#
#   releng/benchmarks/export.sh [--runs N]
#
# Builds nothing of the product: it compiles the export, store, model and demo sources onto a plain class path
# (releng/benchmarks/org.cairn.bench.export) and runs them.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
args=""
for arg in "$@"; do
	args="$args $arg"
done
exec ./mvnw -B -q -pl releng/benchmarks/org.cairn.bench.export compile exec:java -Dexec.args="${args# }"
