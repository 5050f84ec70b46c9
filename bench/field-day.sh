#!/usr/bin/env bash
# The field worker's offline day (issue 27, Speed): starts Minga with the demo data on a fresh embedded PostgreSQL at
# a free port, creates an API token for the field worker "campo.suba", then runs bench/field-day.py: preparing the
# day (size and time), one device sending 500 offline changes, and 100 devices synchronising at once.
# Not part of ./mvnw verify. Usage: bench/field-day.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/minga-server.sh
start_minga target/bench-field-day
TOKEN="$(api_token campo.suba)"
OUT="bench/results/field-day-$(date +%Y%m%d-%H%M%S).txt"
python3 bench/field-day.py "$BASE" "$TOKEN" | tee "$OUT"
echo "Results: $OUT"
