#!/usr/bin/env bash
# Situation room benchmark: a Bogotá-sized jurisdiction (8 M people, 2.6 M households, 20 M attentions, 1 M referrals,
# 200,000 commitments at scale 1), then the room of a localidad and of the district, cold and cached, against the
# same figures' SQL by hand. Not part of ./mvnw verify. Usage: bench/dashboard.sh [scale, default 1.0] [calls, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.dashboard.DashboardBenchmark "$@"
