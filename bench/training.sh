#!/usr/bin/env bash
# Training benchmark: 100,000 attendances at 5,000 sessions of 250 programmes; median and p95 of a programme's page
# and of a localidad's trained-agents figure (target: median under 50 ms). Not part of ./mvnw verify.
# Usage: bench/training.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx2g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.training.internal.TrainingBenchmark "$@"
