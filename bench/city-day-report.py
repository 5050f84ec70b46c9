"""The report of bench/city-day.sh: per request type throughput, p50, p95, p99 and errors (from Gatling's
js/stats.json), the citizens' 429s counted apart, the import's time, the server's resource samples, and the issue's
targets (p95 < 300 ms, p99 < 1 s, 0 errors; heap < 2 GB; no pool wait over 100 ms). Exit 1 when one is missed.
Usage: city-day-report.py <target/bench-city> <gatling run directory> <title>"""
import csv, json, os, sys

data, run, title = sys.argv[1:4]
with open(os.path.join(run, "js", "stats.json")) as f:
    stats = json.load(f)
seconds = None
rows, missed = [], []


def line(name, s):
    n = s["numberOfRequests"]
    return (name, n["total"], s["meanNumberOfRequestsPerSecond"]["total"], s["percentiles1"]["ok"],
            s["percentiles3"]["ok"], s["percentiles4"]["ok"], n["ko"])


for key, item in sorted(stats.get("contents", {}).items(), key=lambda kv: kv[1]["name"]):
    rows.append(line(item["name"], item["stats"]))
rows.append(line("all requests", stats["stats"]))
print("A working day of Bogotá on one server (bench/city-day.sh):", title)
print()
print("%-40s %8s %7s %7s %7s %7s %6s" % ("request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"))
for name, count, rate, p50, p95, p99, ko in rows:
    print("%-40s %8d %7.2f %7d %7d %7d %6d" % (name, count, rate, p50, p95, p99, ko))
    if name == "all requests":
        continue
    if p95 >= 300:
        missed.append("%s: p95 %d ms >= 300" % (name, p95))
    if p99 >= 1000:
        missed.append("%s: p99 %d ms >= 1000" % (name, p99))
    if ko:
        missed.append("%s: %d errors" % (name, ko))


def read(name):
    path = os.path.join(data, name)
    return open(path).read().strip() if os.path.exists(path) else None


print()
print("citizens' requests answered 429 by the public rate limit (not errors):", read("throttled.txt") or "0")
print("referrals a colleague received a moment earlier (409 on receipt, not errors):", read("conflicts.txt") or "0")
imp = read("import.txt")
if imp:
    finished, status, loaded, errors, secs = imp.split()
    print("import of the day (POST /api/v1/imports, persons): %s, %s rows loaded, %s errors, %s s (%.0f rows/s)"
          % (status, loaded, errors, secs, int(loaded) / float(secs)))
    if status != "DONE":
        missed.append("import ended %s" % status)
else:
    print("import of the day: did not finish during the run")
    missed.append("import not finished")
idle = read("import-idle.txt")
if idle:
    _, istatus, iloaded, _, isecs = idle.split()
    print("the same import on the idle server before the day: %s, %s rows, %s s" % (istatus, iloaded, isecs))
    if imp:
        ratio = float(secs) / float(isecs)
        print("import of the day / idle: %.2fx (target: within 2x)" % ratio)
        if ratio > 2:
            missed.append("import took %.2fx its idle time" % ratio)

samples = list(csv.DictReader(open(os.path.join(data, "samples.csv")))) if read("samples.csv") else []
print()
print("server resources, every 5 s (%d samples):" % len(samples))


def column(name):
    return [float(s[name]) for s in samples if s.get(name) not in (None, "")]


for name, unit in [("cpu_percent", "% of one core"), ("heap_used_mb", "MB"), ("heap_committed_mb", "MB"),
                   ("db_connections", ""), ("db_active", ""),
                   ("db_idle_in_transaction", ""), ("pool_active", ""), ("pool_pending", ""),
                   ("pool_acquire_max_ms", "ms"), ("pool_usage_max_ms", "ms")]:
    v = column(name)
    if v:
        print("  %-20s mean %8.1f  max %8.1f %s" % (name, sum(v) / len(v), max(v), unit))
    else:
        print("  %-20s not sampled" % name)
if column("heap_used_mb") and max(column("heap_used_mb")) >= 2048:
    missed.append("heap reached %.0f MB" % max(column("heap_used_mb")))
if column("pool_acquire_max_ms") and max(column("pool_acquire_max_ms")) > 100:
    missed.append("a pool wait of %.0f ms" % max(column("pool_acquire_max_ms")))
print()
print("samples (time, cpu % of one core, heap used MB, heap committed MB, db connections, db active, db idle in "
      "transaction, pool active, idle, pending, slowest acquire ms, longest hold ms):")
for s in samples:
    print("  " + ",".join(s.values()))
print()
print("targets met" if not missed else "targets missed:\n  " + "\n  ".join(missed))
sys.exit(1 if missed else 0)
