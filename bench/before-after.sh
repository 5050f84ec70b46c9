#!/usr/bin/env bash
# The district's before/after report of an index (issue 22) at Bogotá scale: 2.6 M households (80 % characterised,
# alerts on 5 %), 1 M referrals, two runs over 20 localidades; times BeforeAfterReports.report. Not part of
# ./mvnw verify. Usage: bench/before-after.sh [scale, default 1.0] [calls, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.dashboard.BeforeAfterBenchmark "$@"
