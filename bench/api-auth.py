#!/usr/bin/env python3
"""Issue 19, Speed: the API mix (GET /api/v1/territories and /api/v1/households, alternating) with HTTP Basic and
with a bearer token, at concurrency 4 and then as a 20-client mix; answers served (200) a second, p50 and p99 of
all answers, the errors by status, and the ratio of served answers.
Each client keeps one HTTP/1.1 connection (as an integration would) and sends its credentials on every call; no
session cookie is kept. Usage: bench/api-auth.py BASE_URL USER PASSWORD TOKEN [seconds per run=20]"""
import base64, http.client, sys, threading, time, urllib.parse

base, user, password, token = sys.argv[1:5]
seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 20.0
url = urllib.parse.urlparse(base)
paths = ["/api/v1/territories?jurisdiction=11001&size=50", "/api/v1/households?size=50"]
headers = {
    "basic": {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()},
    "bearer": {"Authorization": "Bearer " + token},
}

def client(kind, stop_at, out, errors):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    i = 0
    while time.monotonic() < stop_at:
        start = time.monotonic()
        try:
            conn.request("GET", paths[i % len(paths)], headers=headers[kind])
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                errors.append(r.status)
        except Exception as e:  # a dropped connection counts as an error and is reopened
            errors.append(type(e).__name__)
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        out.append((time.monotonic() - start) * 1000)
        i += 1
    conn.close()

def run(kind, clients, secs):
    out, errors, threads = [], [], []
    start = time.monotonic()
    stop_at = start + secs
    for _ in range(clients):
        t = threading.Thread(target=client, args=(kind, stop_at, out, errors))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    ms = sorted(out)
    pct = lambda p: ms[min(len(ms) - 1, int(len(ms) * p))] if ms else float("nan")
    errors = [str(e) for e in errors]
    return {"kind": kind, "clients": clients, "n": len(ms), "rps": (len(ms) - len(errors)) / elapsed,
            "p50": pct(0.50),
            "p99": pct(0.99), "errors": len(errors),
            "kinds": ", ".join("%s: %d" % (k, errors.count(k)) for k in sorted(set(map(str, errors))))}

def show(r):
    print("%-6s %2d clients: %6d requests, %8.1f served (200) a second, p50 %7.1f ms, p99 %8.1f ms, %d errors %s" % (
        r["kind"], r["clients"], r["n"], r["rps"], r["p50"], r["p99"], r["errors"],
        "(" + r["kinds"] + ")" if r["errors"] else ""), flush=True)

# warm-up of both paths (JIT, connection pool, plans), left out of the figures
for kind in ("bearer", "basic"):
    run(kind, 4, 5)
results = {}
for clients in (4, 20):
    for kind in ("basic", "bearer"):
        results[(kind, clients)] = r = run(kind, clients, seconds)
        show(r)
    ratio = results[("bearer", clients)]["rps"] / max(results[("basic", clients)]["rps"], 1e-9)
    print("   %2d clients: bearer serves %.1fx the requests/s of Basic" % (clients, ratio), flush=True)
