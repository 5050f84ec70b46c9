#!/usr/bin/env python3
"""The probe of issue 16: N requests to one URL, C at a time, each with a 30 s time-out; prints the answers by
status, the time-outs and the latencies. Usage: bench/burst.py URL [N=60] [C=20] (one client address: no
X-Forwarded-For, so a server with the rate limit counts them all against 127.0.0.1)."""
import concurrent.futures, sys, time, urllib.error, urllib.request

url = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
c = int(sys.argv[3]) if len(sys.argv) > 3 else 20

def one(_):
    start = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            r.read()
            code = r.status
    except urllib.error.HTTPError as e:
        code = e.code
    except Exception:
        code = "time-out/error"
    return code, (time.monotonic() - start) * 1000

with concurrent.futures.ThreadPoolExecutor(c) as pool:
    results = list(pool.map(one, range(n)))
codes = {}
for code, _ in results:
    codes[code] = codes.get(code, 0) + 1
ms = sorted(t for _, t in results)
print("burst %d x %s at concurrency %d: %s; median %.0f ms, p99 %.0f ms, max %.0f ms" % (
    n, url, c, ", ".join("%s: %d" % (k, v) for k, v in sorted(codes.items(), key=str)),
    ms[len(ms) // 2], ms[min(len(ms) - 1, int(len(ms) * 0.99))], ms[-1]))
