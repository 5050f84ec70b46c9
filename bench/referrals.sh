#!/usr/bin/env bash
# Referrals benchmark: 1,000,000 referrals in every state over a year in 20 localidades and 40 entities; median and
# p95 of an entity's inbox first page and of the closed-loop figures of one localidad. Not part of ./mvnw verify.
# Usage: bench/referrals.sh [referrals] [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx2g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.referral.internal.ReferralBenchmark "$@"
