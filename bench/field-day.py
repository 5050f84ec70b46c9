#!/usr/bin/env python3
"""Issue 27, Speed: the field worker's offline day against a running Minga with the demo data.
1. Preparing the day (GET /api/v1/field-day) for campo.suba, 10 times: bytes on the wire and server time
   (target: under 1 MB, under 2 s).
2. One device synchronising 500 offline changes (visits over the day's households) in batches of 100, as the
   browser sends them (target: under 10 s), then the same 500 again, as after a lost answer (all answered the same).
3. 100 devices synchronising at once, each 5 changes in one request (target: p99 under 1 s).
Calls carry a bearer token (the browser uses its session; both are one look-up, not a password check).
Usage: bench/field-day.py BASE_URL TOKEN"""
import http.client, json, statistics, sys, threading, time, urllib.parse, uuid, datetime

base, token = sys.argv[1:3]
url = urllib.parse.urlparse(base)
H = {"Authorization": "Bearer " + token, "Accept": "application/json", "Content-Type": "application/json"}

def call(method, path, body=None, conn=None):
    c = conn or http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    start = time.monotonic()
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=H)
    r = c.getresponse()
    data = r.read()
    ms = (time.monotonic() - start) * 1000
    if conn is None:
        c.close()
    if r.status != 200:
        raise SystemExit(f"{method} {path}: {r.status} {data[:300]!r}")
    return json.loads(data), len(data), ms

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]

def visits(households, n, note):
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()
    return [{"id": str(uuid.uuid4()), "kind": "VISIT", "householdId": households[i % len(households)],
             "visit": {"visitedAt": now, "outcome": "REALIZADA", "notes": f"{note} {i}"}} for i in range(n)]

times, sizes = [], []
for i in range(10):
    day, size, ms = call("GET", f"/api/v1/field-day?deviceId=bench-prepare-{i:04d}")
    times.append(ms)
    sizes.append(size)
households = [h["id"] for h in day["households"]]
print(f"prepare: {len(households)} households, {statistics.median(sizes) / 1024:.0f} KB, "
      f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms (target < 1 MB, < 2 s)")

changes = visits(households, 500, "Visita de banco")
start = time.monotonic()
answers = []
for i in range(0, 500, 100):
    a, _, _ = call("POST", "/api/v1/field-day/sync",
                   {"deviceId": "bench-device-500", "pending": 500 - i - 100, "changes": changes[i:i + 100]})
    answers += a["answers"]
took = time.monotonic() - start
applied = sum(1 for a in answers if a["status"] == "APLICADO")
print(f"one device, 500 changes: {took:.2f} s, {applied} applied (target < 10 s)")
start = time.monotonic()
again = []
for i in range(0, 500, 100):
    a, _, _ = call("POST", "/api/v1/field-day/sync",
                   {"deviceId": "bench-device-500", "pending": 0, "changes": changes[i:i + 100]})
    again += a["answers"]
print(f"the same 500 again (lost answer): {time.monotonic() - start:.2f} s, "
      f"{'answered the same' if again == answers else 'ANSWERED DIFFERENTLY'}")

latencies, errors = [], []
def device(n):
    try:
        _, _, ms = call("POST", "/api/v1/field-day/sync",
                        {"deviceId": f"bench-device-{n:04d}", "pending": 0,
                         "changes": visits(households, 5, f"Dispositivo {n}")})
        latencies.append(ms)
    except BaseException as e:  # noqa: B036 (SystemExit from call)
        errors.append(str(e))
threads = [threading.Thread(target=device, args=(n,)) for n in range(100)]
start = time.monotonic()
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"100 devices at once, 5 changes each: {time.monotonic() - start:.2f} s in all, p50 {pct(latencies, 50):.0f} ms, "
      f"p99 {pct(latencies, 99):.0f} ms, max {max(latencies):.0f} ms, {len(errors)} errors (target p99 < 1 s)")
