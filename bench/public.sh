#!/usr/bin/env bash
# Public endpoints under load (issue 16, Speed): 100 anonymous clients for 60 s on the public directory, eligibility,
# the HSDS API (services and organizations) and the bank of good practices, measured with Gatling (Java DSL, Maven
# profile "gatling"). Starts Minga with the demo data on a fresh embedded PostgreSQL, on 127.0.0.1 at a free port,
# with MINGA_FORWARD_HEADERS=native, so the X-Forwarded-For each virtual client sends is its address (Tomcat trusts
# forwarded headers from loopback only) and the per-address rate limit applies per client. 90 clients have an address
# each, under the limit (MINGA_RATE_LIMIT_PUBLIC, 60,000 a minute here: a client without pause sends up to 10,000 a
# minute since the public answers are cached); 10 share one, over it (429 expected for them).
# A warm-up of 2,000 requests over the simulation's addresses runs first and is left out of the figures.
# Not part of ./mvnw verify. Usage: bench/public.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
USERS="${1:-100}"
SECONDS_RUN="${2:-60}"
. bench/minga-server.sh
start_minga target/bench-public MINGA_FORWARD_HEADERS=native MINGA_RATE_LIMIT_PUBLIC="${MINGA_RATE_LIMIT_PUBLIC:-60000}"
ORG="$(curl -sf "$BASE/api/v1/hsds/organizations?per_page=1&jurisdiction=11001" -H 'X-Forwarded-For: 10.250.0.1' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["contents"][0]["id"])')"
PRACTICE="$(curl -sf "$BASE/bank" -H 'X-Forwarded-For: 10.250.0.1' | grep -o 'href="/bank/[0-9]*"' | head -1 | grep -o '[0-9]*')"
printf 'organization=%s\npractice=%s\n' "$ORG" "$PRACTICE" > "$DIR/ready.properties"
# the issue's probe, on the fresh server: 60 requests to GET /api/v1/hsds/services, 20 at a time, 30 s time-out
python3 bench/burst.py "$BASE/api/v1/hsds/services" 60 20 | tee "$DIR/burst.txt"
[ "${BURST_ONLY:-0}" = 1 ] && exit 0
# warm-up: the JIT compiles the paths and the connections prepare their plans (a real server has run for weeks)
python3 - "$BASE" "$ORG" "$PRACTICE" <<'PY'
import sys, urllib.request, concurrent.futures
base, org, practice = sys.argv[1:4]
paths = ["/directory/11001", "/directory/54001?q=vacunacion", "/directory/11001/eligibility?age=70&sex=F&sisben=A3",
         "/api/v1/hsds/services?per_page=50", "/api/v1/hsds/organizations", "/api/v1/hsds/organizations/" + org,
         "/bank?q=dialogos", "/bank/" + practice]
# every age the simulation asks eligibility for, as a server that has been up a while has seen them
paths += ["/directory/11001/eligibility?age=%d&sex=F&sisben=A3" % age for age in range(18, 78)]
def get(i):
    req = urllib.request.Request(base + paths[i % len(paths)], headers={"X-Forwarded-For": "10.251.%d.%d" % (i // 200, i % 200)})
    with urllib.request.urlopen(req) as r:
        return r.status
with concurrent.futures.ThreadPoolExecutor(10) as pool:
    codes = list(pool.map(get, range(2000)))
print("warm-up:", {c: codes.count(c) for c in set(codes)})
PY
OUT="bench/results/public-$(date +%Y%m%d-%H%M%S).txt"
./mvnw -B -Pgatling gatling:test -Dbench.simulation=org.minga.offer.bench.PublicLoadSimulation \
  -Dbench.baseUrl="$BASE" -Dbench.ready="$PWD/$DIR/ready.properties" -Dbench.users="$USERS" \
  -Dbench.seconds="$SECONDS_RUN" | tee "$OUT"
echo "Results: $OUT and target/gatling/"
