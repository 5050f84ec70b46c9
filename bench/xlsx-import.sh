#!/usr/bin/env bash
# Large XLSX import: 100,000 rows read as a stream and validated; prints how much the heap rises (target: under
# 256 MB). Add "load" to also insert the rows (slow: territories are inserted one by one).
# Not part of ./mvnw verify. Usage: bench/xlsx-import.sh [rows] [load]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.minga.platform.internal.imports.XlsxImportBenchmark "$@"
