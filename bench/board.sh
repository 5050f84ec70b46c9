#!/usr/bin/env bash
# Local management board benchmark (issue 22): 2.6 M households on the map of a Bogotá-sized jurisdiction, then the
# board of a localidad at its first zoom level (clustered on the server per UPZ). Not part of ./mvnw verify.
# Usage: bench/board.sh [scale, default 1.0] [calls, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.household.internal.board.BoardBenchmark "$@"
