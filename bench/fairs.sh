#!/usr/bin/env bash
# Fairs load test (issue 7, Speed): 200 concurrent stands registering attendances at one fair, measured with
# Gatling (Java DSL, Maven profile "gatling"). Starts Minga with the demo data on a fresh embedded PostgreSQL,
# listening on 127.0.0.1 only at a free port; prepares a fair, its entities and services and 200 stand users;
# runs the simulation (bounded: 25 registrations per stand, 4 minutes at most); stops Minga.
# A warm-up of 20 stands x 30 registrations runs first and is left out of the figures (WARM_UP_STANDS=0: from cold).
# Not part of ./mvnw verify. Usage: bench/fairs.sh [stands] [registrations-per-stand]
set -euo pipefail
cd "$(dirname "$0")/.."
STANDS="${1:-200}"
PER_STAND="${2:-25}"
WARM_UP_STANDS="${WARM_UP_STANDS:-20}"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
mkdir -p target/bench-fairs bench/results
rm -f target/bench-fairs/ready.properties
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx1g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.fair.internal.FairBenchServer "$PORT" "$STANDS" > target/bench-fairs/server.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ -f target/bench-fairs/ready.properties ] && break
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "Minga did not start; see target/bench-fairs/server.log" >&2; exit 1; fi
  sleep 1
done
[ -f target/bench-fairs/ready.properties ] || { echo "Minga was not ready in 5 minutes" >&2; exit 1; }
OUT="bench/results/fairs-$(date +%Y%m%d-%H%M%S).txt"
./mvnw -B -Pgatling gatling:test -Dbench.baseUrl="http://127.0.0.1:$PORT" -Dbench.perStand="$PER_STAND" \
  -Dbench.warmUpStands="$WARM_UP_STANDS" | tee "$OUT"
echo "Results: $OUT and target/gatling/"
