#!/usr/bin/env bash
# Households scale benchmark: bulk import of 1,000,000 people in 500,000 households (with duplicate detection)
# against a plain COPY of the same file, then person lookup by document at 8,000,000 people.
# Not part of ./mvnw verify. Usage: bench/households.sh [imported people] [population] [households]
# KEEP=1 keeps the database in target/bench-households-postgres: a later KEEP=1 run skips the import and the fill
# and measures again (new migrations apply to the kept data first).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx8g ${KEEP:+-Dbench.keep=true} ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.household.internal.HouseholdBenchmark "$@"
