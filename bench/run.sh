#!/usr/bin/env bash
# Speed benchmark: 100,421 territories with shapes on a fresh embedded PostgreSQL; median and p95 of a
# subtree listing and of locate. Not part of ./mvnw verify. Usage: bench/run.sh [measured calls, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.territory.internal.geometry.GeometryBenchmark "$@"
