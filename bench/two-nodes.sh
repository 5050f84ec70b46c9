#!/usr/bin/env bash
# Two Minga nodes behind HAProxy on a PostgreSQL 15 primary and its streaming replica (issue 19).
#
#   bench/two-nodes.sh                    # the demonstration: sign-in through HAProxy, a node killed, the user
#                                         # still served; a job once across the nodes; the situation room on the replica
#   bench/two-nodes.sh fairs [stands] [registrations-per-stand] [kill-after-seconds]
#                                         # the fairs load test (bench/fairs.sh's Gatling simulation) through HAProxy,
#                                         # one node killed mid-run
#
# Needs Debian's postgresql-15 and haproxy (apt-get install postgresql-15 haproxy) and runs as root or as a user
# that can run `runuser -u postgres`; everything lives in target/two-nodes and on free ports of 127.0.0.1, and is
# stopped at the end. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-demo}"
PG=/usr/lib/postgresql/15/bin
HAPROXY="$(command -v haproxy || echo /usr/sbin/haproxy)"
[ -x "$PG/initdb" ] || { echo "PostgreSQL 15 is missing: apt-get install postgresql-15" >&2; exit 1; }
[ -x "$HAPROXY" ] || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
say() { printf '\n== %s\n' "$*"; }

WORK="$(pwd)/target/two-nodes"
DATA="/tmp/minga-two-nodes-$$"   # the postgres user must own it: not under a root-owned work tree
PRIMARY_PORT="$(free_port)"; REPLICA_PORT="$(free_port)"; HA_PORT="$(free_port)"
NODE_A_PORT="$(free_port)"; NODE_B_PORT="$(free_port)"
rm -rf "$WORK"; mkdir -p "$WORK" "$DATA" bench/results
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  as_postgres "$PG/pg_ctl" -D "$DATA/replica" -m immediate stop >/dev/null 2>&1 || true
  as_postgres "$PG/pg_ctl" -D "$DATA/primary" -m immediate stop >/dev/null 2>&1 || true
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  cp "$DATA"/*.log "$WORK/" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$DATA"

say "PostgreSQL 15: primary on $PRIMARY_PORT, streaming replica on $REPLICA_PORT"
as_postgres "$PG/initdb" -D "$DATA/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
cat >>"$DATA/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$DATA'
wal_level = replica
max_wal_senders = 5
hot_standby = on
max_connections = 200
EOF
echo "host replication postgres 127.0.0.1/32 trust" >>"$DATA/primary/pg_hba.conf"
as_postgres "$PG/pg_ctl" -D "$DATA/primary" -l "$DATA/primary.log" -w start >/dev/null
as_postgres "$PG/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -qc "create database minga"
as_postgres "$PG/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DATA/replica" -R -X stream
cat >>"$DATA/replica/postgresql.conf" <<EOF
port = $REPLICA_PORT
log_statement = 'all'
log_line_prefix = '%a '
EOF
as_postgres "$PG/pg_ctl" -D "$DATA/replica" -l "$DATA/replica.log" -w start >/dev/null
as_postgres "$PG/psql" -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -tAc \
  "select 'replica in recovery: ' || pg_is_in_recovery()"

say "building Minga"
./mvnw -q -B -ntp -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test -Dspotless.check.skip=true
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

# node NAME PORT MAIN [extra -D options]: one Minga on the primary, reading through the replica
node() {
  local name="$1" port="$2" main="$3"; shift 3
  java -Xmx768m -cp "$CP" \
    -Dminga.db.url="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/minga" -Dminga.db.user=postgres -Dminga.db.password= \
    -Dminga.db.replica-url="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/minga?ApplicationName=minga-$name" \
    -Dminga.node-name="$name" -Dminga.demo=true -Dserver.address=127.0.0.1 -Dserver.port="$port" \
    -Dserver.forward-headers-strategy=native -Dminga.sessions.cleanup-cron='*/10 * * * * *' \
    -Dlogging.level.org.minga.platform.internal.db.ShedLockClusterJobs=debug "$@" \
    "$main" "${NODE_ARGS[@]}" >"$WORK/$name.log" 2>&1 &
  echo $!
}
wait_up() {
  for _ in $(seq 1 400); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "a node did not start: see $WORK" >&2; exit 1
}

NODE_ARGS=()
if [ "$MODE" = fairs ]; then
  STANDS="${2:-200}"; PER_STAND="${3:-25}"; KILL_AFTER="${4:-30}"
  rm -f target/bench-fairs/ready.properties; mkdir -p target/bench-fairs
  NODE_ARGS=("$NODE_A_PORT" "$STANDS")
  # node a prepares the fair, its services and the stand users (FairBenchServer), then serves like node b
  A="$(node a "$NODE_A_PORT" org.minga.fair.internal.FairBenchServer -Dminga.db.pool-size=20 \
       -Dserver.tomcat.threads.max=200)"; PIDS+=("$A")
  for _ in $(seq 1 400); do [ -f target/bench-fairs/ready.properties ] && break; sleep 1; done
  [ -f target/bench-fairs/ready.properties ] || { echo "node a did not prepare the fair: $WORK/a.log" >&2; exit 1; }
  NODE_ARGS=()
  B="$(node b "$NODE_B_PORT" org.minga.MingaApplication -Dminga.db.pool-size=20 -Dserver.tomcat.threads.max=200 \
       -Dlogging.level.root=warn)"; PIDS+=("$B")
else
  A="$(node a "$NODE_A_PORT" org.minga.MingaApplication)"; PIDS+=("$A")
  wait_up "$NODE_A_PORT"   # the first node migrates the schema and loads the demo data
  B="$(node b "$NODE_B_PORT" org.minga.MingaApplication)"; PIDS+=("$B")
fi
wait_up "$NODE_A_PORT"; wait_up "$NODE_B_PORT"
echo "node a on $NODE_A_PORT (pid $A), node b on $NODE_B_PORT (pid $B)"

say "HAProxy on $HA_PORT: round robin, no sticky sessions"
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 4000
defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  timeout check 10s
  # a request whose connection to a dead node is refused, or that the dying node never answered, is sent again to
  # the other node: the stand registrations are idempotent (POST by the attendance's uuid), so a retry after a lost
  # answer stores nothing twice; the request is kept in HAProxy's buffer for that
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
frontend minga
  bind 127.0.0.1:$HA_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  # liveness, not the database check: a node slow under load is not taken out of the pool
  option httpchk GET /actuator/health/liveness
  # a node that refuses connections is taken out at once (observe layer4); one merely slow under load stays in:
  # three failed checks of 10 s each before the check alone takes it out
  default-server inter 1s fall 3 rise 2 observe layer4 error-limit 1 on-error mark-down
  http-response set-header X-Minga-Node %s
  server a 127.0.0.1:$NODE_A_PORT check
  server b 127.0.0.1:$NODE_B_PORT check
EOF
"$HAPROXY" -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 3
HA="http://127.0.0.1:$HA_PORT"

if [ "$MODE" = fairs ]; then
  OUT="bench/results/two-nodes-fairs-$(date +%Y%m%d-%H%M%S).txt"
  say "fairs load test through HAProxy; node a is killed after ${KILL_AFTER}s"
  # the clock starts when Gatling starts the simulation, not when Maven starts (a recompilation would eat it)
  : >"$OUT"
  ( until grep -q 'Simulation .* started' "$OUT" 2>/dev/null; do sleep 0.5; done; sleep "$KILL_AFTER"
    echo ">>> killing node a (pid $A) at $(date +%T)"; kill -9 "$A" ) &
  ./mvnw -B -ntp -o -Pgatling gatling:test -Dbench.baseUrl="$HA" -Dbench.perStand="$PER_STAND" \
    -Dbench.warmUpStands="${WARM_UP_STANDS:-20}" | tee "$OUT"
  echo "Results: $OUT and target/gatling/"
  exit 0
fi

JAR="$WORK/cookies.txt"
say "sign in through HAProxy as the demo user 'distrito'"
CSRF="$(curl -fs -c "$JAR" "$HA/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -fs -b "$JAR" -c "$JAR" -o /dev/null -w 'POST /login -> %{http_code} %{redirect_url}\n' \
  --data-urlencode username=distrito --data-urlencode password=minga2026 --data-urlencode "_csrf=$CSRF" "$HA/login"
as_postgres "$PG/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d minga -tAc \
  "select 'sessions in PostgreSQL for distrito: ' || count(*) from spring_session where principal_name = 'distrito'"
for i in 1 2 3 4; do
  curl -s -b "$JAR" -o "$WORK/home.html" -D - "$HA/" | tr -d '\r' | awk -v i="$i" \
    '/^HTTP/{code=$2} tolower($1) == "x-minga-node:" {node=$2} END{printf "GET / #%s -> %s from node %s\n", i, code, node}'
  grep -q 'Sala situacional\|distrito\|Distrito' "$WORK/home.html" && echo "   signed in: the user's home"
done

say "the situation room: read on the replica"
before="$(wc -l <"$DATA/replica.log")"
curl -s -b "$JAR" -o "$WORK/dashboard.html" -w 'GET /dashboard -> %{http_code}\n' "$HA/dashboard"
grep -o '<h1[^>]*>[^<]*' "$WORK/dashboard.html" | sed 's/<h1[^>]*>/   /' | head -1
# pgjdbc speaks the extended protocol: the replica logs "execute <name>: <sql>"
replica_reads() { tail -n +"$((before + 1))" "$DATA/replica.log" | grep -E '^minga-[ab] .*(statement|execute [^:]*):' \
  | grep -v 'pg_is_in_recovery\|pg_last_wal' || true; }
replica_reads | head -3 | cut -c1-170 | sed 's/^/   replica log: /'
echo "   statements the nodes ran on the replica for that page: $(replica_reads | wc -l)"

say "a scheduled job once across the nodes (session clean-up, fired by both every 10 s)"
sleep 25
for n in a b; do
  echo "node $n: ran $(grep -c 'Trabajo session-cleanup hecho' "$WORK/$n.log") times," \
    "skipped $(grep -c 'Trabajo session-cleanup omitido' "$WORK/$n.log") times"
done
# per 10-second round (the log's time to the ten seconds): which node ran it, which skipped it
for n in a b; do
  grep 'Trabajo session-cleanup' "$WORK/$n.log" | sed -E "s/^.{11}(.{7}).*Trabajo session-cleanup (hecho|omitido).*/\10 $n \2/"
done | sort | awk '{ran[$1] += ($3 == "hecho"); fired[$1]++; who[$1] = who[$1] ($3 == "hecho" ? $2 : "")}
  END {for (r in fired) if (fired[r] == 2) {both++; if (ran[r] == 1) once++; line = line " " r "=" who[r]}
       printf "rounds fired by both nodes: %d, run by exactly one: %d\n  %s\n", both, once, line}'

as_postgres "$PG/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d minga -tAc \
  "select 'lock ' || name || ' last held by node ' || locked_by from shedlock order by name"

say "kill node a (kill -9, pid $A): the same session goes on on node b"
kill -9 "$A"
sleep 3
for i in 1 2 3; do
  curl -s -b "$JAR" -o "$WORK/home.html" -D - "$HA/" | tr -d '\r' | awk -v i="$i" \
    '/^HTTP/{code=$2} tolower($1) == "x-minga-node:" {node=$2} END{printf "GET / #%s -> %s from node %s\n", i, code, node}'
  grep -q 'action="/logout"\|/logout' "$WORK/home.html" && echo "   still signed in (no new sign-in)"
done
curl -s -b "$JAR" -o /dev/null -w 'GET /dashboard -> %{http_code}\n' "$HA/dashboard"
echo
echo "Logs: $WORK"
