#!/usr/bin/env bash
# API tokens against HTTP Basic (issue 19, Speed): starts Minga with the demo data on a fresh embedded PostgreSQL at a
# free port, creates an API token for the demo user "distrito" (POST /api/v1/tokens with Basic), then runs
# bench/api-auth.py: GET /api/v1/territories and /api/v1/households at concurrency 4 and a 20-client mix, with Basic
# (an Argon2 password check on every call) and with the bearer token (one look-up by primary key and a SHA-256).
# Not part of ./mvnw verify. Usage: bench/api-auth.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN="${1:-20}"
. bench/minga-server.sh
start_minga target/bench-api-auth
TOKEN="$(api_token distrito)"
OUT="bench/results/api-auth-$(date +%Y%m%d-%H%M%S).txt"
python3 bench/api-auth.py "$BASE" distrito minga2026 "$TOKEN" "$SECONDS_RUN" | tee "$OUT"
echo "Results: $OUT"
