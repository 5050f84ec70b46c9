#!/usr/bin/env bash
# What the rollup triggers cost a single-row write: single-row inserts of attentions and persons with the rollup
# trigger on and off. Not part of ./mvnw verify. Usage: bench/rollup-write-cost.sh [rows, default 3000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.dashboard.RollupWriteCost "$@"
