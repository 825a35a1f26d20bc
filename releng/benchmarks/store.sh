#!/bin/sh
# Record store benchmark: the store against raw JDBC on the same database, in one run, printed as a table.
#
#   releng/benchmarks/store.sh [--patients N]                         embedded H2 (default 100,000 patients)
#   releng/benchmarks/store.sh --postgres URL USER PASSWORD [--patients N]
#
# Builds nothing of the product: it compiles the store, model and demo sources onto a plain class path
# (releng/benchmarks/org.cairn.bench.store) and runs them.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
args=""
for arg in "$@"; do
	args="$args $arg"
done
exec ./mvnw -B -q -pl releng/benchmarks/org.cairn.bench.store compile exec:java -Dexec.args="${args# }"
