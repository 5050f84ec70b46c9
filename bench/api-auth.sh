#!/usr/bin/env bash
# API tokens against HTTP Basic (issue 19, Speed): starts Minga with the demo data on a fresh embedded PostgreSQL at a
# free port, creates an API token for the demo user "distrito" (POST /api/v1/tokens with Basic), then runs
# bench/api-auth.py: GET /api/v1/territories and /api/v1/households at concurrency 4 and a 20-client mix, with Basic
# (an Argon2 password check on every call) and with the bearer token (one look-up by primary key and a SHA-256).
# Not part of ./mvnw verify. Usage: bench/api-auth.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN="${1:-20}"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
DIR=target/bench-api-auth
rm -rf "$DIR" && mkdir -p "$DIR" bench/results
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath-main.txt -Dmdep.includeScope=runtime
PORT="$PORT" SERVER_ADDRESS=127.0.0.1 MINGA_DATA_DIR="$DIR/postgres" MINGA_DEMO=true \
  java -Xmx1g ${BENCH_OPTS:-} -cp "target/classes:$(cat target/bench-classpath-main.txt)" org.minga.MingaApplication \
  > "$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "$BASE/actuator/health" > /dev/null 2>&1 && break
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "Minga did not start; see $DIR/server.log" >&2; exit 1; fi
  sleep 1
done
curl -sf "$BASE/actuator/health" > /dev/null || { echo "Minga was not ready in 5 minutes" >&2; exit 1; }
TOKEN="$(curl -sf -u distrito:minga2026 -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark","days":1}' "$BASE/api/v1/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')"
OUT="bench/results/api-auth-$(date +%Y%m%d-%H%M%S).txt"
python3 bench/api-auth.py "$BASE" distrito minga2026 "$TOKEN" "$SECONDS_RUN" | tee "$OUT"
echo "Results: $OUT"
