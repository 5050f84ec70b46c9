#!/usr/bin/env bash
# A working day of Bogotá on one server (issue 26): Bogotá-scale data, every kind of user at once, an import and the
# scheduled jobs, measured with Gatling (profile "gatling"). Not part of ./mvnw verify.
# Usage: bench/city-day.sh [scale, default 1.0] [minutes, default 20]; CROWD=0.25 a quarter of each population;
#   ARRIVAL=60 the staff arrive and sign in over 60 s instead of 300 (a storm of sign-ins)
#   (a) fills once, with org.minga.CityDayData, the kept database target/bench-city-postgres (FRESH=1 fills it again;
#       a kept one only gets new migrations) and writes the feeders to target/bench-city/;
#   (b) starts the real server (org.minga.MingaApplication, -Xmx2g, its own pool) on that database;
#   (c) runs org.minga.bench.CityDaySimulation (CROWD=0.25: a quarter of each population);
#   (d) first imports IMPORT_PEOPLE (100,000) people on the idle server, then as many again a minute into the day,
#       through POST /api/v1/imports, the scheduled jobs running;
#   (e) samples the server's CPU, heap, database connections and pool (waits, longest hold) every 5 s;
#   (f) writes bench/results/city-day-<date>.txt and fails when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${1:-1.0}"
MINUTES="${2:-20}"
DATA="target/${CITY_DATA:-bench-city-postgres}"  # CITY_DATA=<a folder of target/>: another kept database
OUT_DIR=target/bench-city
[ "${FRESH:-0}" = 1 ] && rm -rf "$DATA"
mkdir -p "$OUT_DIR" bench/results
rm -f "$OUT_DIR"/{samples.csv,import.txt,import-idle.txt,throttled.txt,conflicts.txt,tokens.csv}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
java -Xmx4g -Dbench.cityData="$(basename "$DATA")" ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.CityDayData "$SCALE" "${IMPORT_PEOPLE:-100000}" | tee "$OUT_DIR/data.log"
PASSWORD="$(sed -n 's/^password=//p' "$OUT_DIR/ready.properties")"
JURISDICTION="$(sed -n 's/^jurisdiction=//p' "$OUT_DIR/ready.properties")"

. bench/minga-server.sh
BENCH_OPTS="-Xmx2g ${BENCH_OPTS:-}" start_minga target/bench-city-server MINGA_DATA_DIR="$DATA" MINGA_DEMO=false \
  MINGA_FORWARD_HEADERS=native MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,metrics
echo "user,secret" > "$OUT_DIR/tokens.csv"
for i in 1 2 3 4 5; do echo "integracion$i,$(api_token "integracion$i" "$PASSWORD")" >> "$OUT_DIR/tokens.csv"; done
IMPORT_TOKEN="$(api_token importador "$PASSWORD")"

# (e) every 5 s: the server's CPU (share of one core), heap used after the young collections (jstat), the database's
# connections (pg_stat_activity) and the pool's active, idle and waiting connections and slowest wait (actuator, in
# the administrator's session: a password on every call would cost an Argon2 hash each time)
JAR="$OUT_DIR/admin.cookies"
csrf="$(curl -sf -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
curl -sf -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=jornada.admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
# the MAX statistic of a timer among the server's metrics, in ms
max_ms() {
  curl -sf -b "$JAR" "$BASE/actuator/metrics/$1" \
    | python3 -c 'import json,sys; print(round(max(m["value"] for m in json.load(sys.stdin)["measurements"] if m["statistic"] == "MAX") * 1000, 1))' 2>/dev/null
}
sample() {
  local port secret ticks last now hz t0 t1
  port="$(sed -n 4p "$DATA/postmaster.pid")"
  secret="$(cat "$DATA/minga-db.secret")"
  hz="$(getconf CLK_TCK)"
  last="$(awk '{print $14 + $15}' "/proc/$SERVER/stat")"
  t0="$(date +%s%N)"
  echo "time,cpu_percent,heap_used_mb,heap_committed_mb,db_connections,db_active,db_idle_in_transaction,pool_active,pool_idle,pool_pending,pool_acquire_max_ms,pool_usage_max_ms" \
    > "$OUT_DIR/samples.csv"
  while kill -0 "$SERVER" 2>/dev/null; do
    sleep 5
    now="$(awk '{print $14 + $15}' "/proc/$SERVER/stat" 2>/dev/null)" || break
    t1="$(date +%s%N)"
    # CPU time over the time really elapsed since the last sample (the sampling itself takes a moment)
    ticks=$(((now - last) * 100 * 1000000000 / (hz * (t1 - t0)))); last="$now"; t0="$t1"
    heap="$(jstat -gc "$SERVER" 2>/dev/null | awk 'NR == 2 {printf "%.0f,%.0f", ($3 + $4 + $6 + $8) / 1024, ($1 + $2 + $5 + $7) / 1024}')"
    db="$(PGPASSWORD="$secret" psql -h 127.0.0.1 -p "$port" -U postgres -d minga -tA -F, -c \
      "select count(*), count(*) filter (where state = 'active'), count(*) filter (where state like 'idle in transaction%') \
       from pg_stat_activity where backend_type = 'client backend' and datname = 'minga'" 2>/dev/null)"
    pool=""
    for m in hikaricp.connections.active hikaricp.connections.idle hikaricp.connections.pending; do
      pool="$pool,$(curl -sf -b "$JAR" "$BASE/actuator/metrics/$m" \
        | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))' 2>/dev/null)"
    done
    acquire="$(max_ms hikaricp.connections.acquire)"
    # the longest a connection was held (hikaricp.connections.usage): a slow holder makes the others wait
    usage="$(max_ms hikaricp.connections.usage)"
    echo "$(date +%H:%M:%S),$ticks,$heap,$db$pool,$acquire,$usage" >> "$OUT_DIR/samples.csv"
  done
}
# an import through POST /api/v1/imports, followed to its end: "finished status loaded errors seconds"
import_file() {
  local t0 job state
  t0="$(date +%s.%N)"
  job="$(curl -sf -H "Authorization: Bearer $IMPORT_TOKEN" -F type=persons -F "jurisdiction=$JURISDICTION" \
    -F "file=@$1;type=text/csv" "$BASE/api/v1/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  while sleep 2; do
    state="$(curl -sf -H "Authorization: Bearer $IMPORT_TOKEN" "$BASE/api/v1/imports/$job" \
      | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["finished"], j["status"], j["loadedRows"], j["errorCount"])')"
    case "$state" in True*) break ;; esac
  done
  echo "$state $(python3 -c "import time; print(round(time.time() - $t0, 1))")"
}

# (d0) the same import on the idle server first: the figure the day's import is held to (within 2x)
import_file "$OUT_DIR/import-idle.csv" > "$OUT_DIR/import-idle.txt"
cat "$OUT_DIR/import-idle.txt"

sample &
SAMPLER=$!

# (d) the import of the day, a minute into the run, through the product's import path
(
  sleep 60
  import_file "$OUT_DIR/import.csv" > "$OUT_DIR/import.txt"
) &
IMPORTER=$!
trap 'kill "$SAMPLER" "$IMPORTER" 2>/dev/null || true; kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT

STATUS=0
./mvnw -B -Pgatling gatling:test -Dbench.simulation=org.minga.bench.CityDaySimulation -Dbench.baseUrl="$BASE" \
  -Dbench.ready="$PWD/$OUT_DIR/ready.properties" -Dbench.minutes="$MINUTES" -Dbench.crowd="${CROWD:-1.0}" -Dbench.arrival="${ARRIVAL:-300}" \
  > "$OUT_DIR/gatling.log" 2>&1 || STATUS=$?
tail -60 "$OUT_DIR/gatling.log"
wait "$IMPORTER" 2>/dev/null || true
OUT="bench/results/city-day-$(date +%Y%m%d-%H%M%S).txt"
python3 bench/city-day-report.py "$OUT_DIR" "$(ls -td target/gatling/citydaysimulation-* | head -1)" \
  "scale $SCALE, $MINUTES minutes, crowd ${CROWD:-1.0}, staff arriving over ${ARRIVAL:-300} s" > "$OUT" || STATUS=1
cat "$OUT"
echo "Results: $OUT and target/gatling/"
exit "$STATUS"
