#!/usr/bin/env bash
# Governance benchmark: 200,000 commitments over 500 bodies and 2,000 users; median and p95 of "mis compromisos"
# (first page) and of one body's overdue list. Not part of ./mvnw verify.
# Usage: bench/governance.sh [commitments] [calls]   (BENCH_JAVA_OPTS=-Dbench.explain=true prints the plans)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.governance.internal.GovernanceBenchmark "$@"
