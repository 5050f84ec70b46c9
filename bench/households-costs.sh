#!/usr/bin/env bash
# What each index and key of person and data_authorization costs a bulk load (households import speed).
# The persons of a benchmark import are copied again into a copy of the table, one index or key added at a time.
# Not part of ./mvnw verify. Usage: bench/households-costs.sh [imported people, default 200000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx8g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.household.internal.PersonCopyCost "$@"
