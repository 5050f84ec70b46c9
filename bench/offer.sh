#!/usr/bin/env bash
# Offer benchmark: 50,000 services and 20,000 actors on a fresh embedded PostgreSQL; median and p95 of the
# eligibility answer and of directory searches. Not part of ./mvnw verify. Usage: bench/offer.sh [calls, default 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.offer.internal.OfferBenchmark "$@"
