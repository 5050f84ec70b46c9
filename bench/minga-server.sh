# Sourced by the HTTP benchmarks: starts Minga with the demo data on a fresh embedded PostgreSQL at a free port,
# stopped when the script exits. After `start_minga <dir> [VAR=value ...]`: $BASE, $DIR and $SERVER are set.
# `api_token <user> [password]` creates a one-day API token for a user (a demo user by default) (POST /api/v1/tokens with Basic) and prints it.

start_minga() {
  DIR="$1"
  shift
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  BASE="http://127.0.0.1:$PORT"
  rm -rf "$DIR" && mkdir -p "$DIR" bench/results
  ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath-main.txt \
    -Dmdep.includeScope=runtime
  env PORT="$PORT" SERVER_ADDRESS=127.0.0.1 MINGA_DATA_DIR="$DIR/postgres" MINGA_DEMO=true "$@" \
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
}

api_token() {
  curl -sf -u "$1:${2:-minga2026}" -H 'Content-Type: application/json' -d '{"name":"Benchmark","days":1}' \
    "$BASE/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])'
}
