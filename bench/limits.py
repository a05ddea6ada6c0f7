#!/usr/bin/env python3
"""Scale and abuse figures for docs/PERFORMANCE.md: what the limits of issue 8 cost and what they hold.

  bench/limits.sh                 # builds, starts the packaged service on PostgreSQL, runs this
  python3 bench/limits.py --url http://127.0.0.1:8392 --pid 1234 --password ... --database ledger_limits

Measures, against a running service (started with -Xmx512m by limits.sh):
  scale   one bundle of 100,000 items (10,000 models, 90,000 claims; about 9 MB): load time and peak heap; a second
          one, then GET /bundles/export of the 200,000 items: time, size and peak heap
  attack  the latency of a simple uncached query (a different model each time), alone and while other clients
          send the heaviest query the limits allow (on 500 models in lineage chains of 50), 9 MB variables, hold
          500 half-sent requests open, send numbers with huge exponents (1e-150000000 in a filter, over GET, a CSV
          and a string variable), download models.csv with the lineage of a 1,000-deep chain four at a time, or
          open 60 downloads of claims.csv and never read them
Prints a Markdown report.
"""
import argparse
import base64
import http.client
import json
import socket
import statistics
import threading
import time
import urllib.parse


def heap_used(url):
    """Heap in use now, from the service's own metrics (bytes)."""
    body = request(url, "GET", "/q/metrics")[1].decode()
    return sum(float(line.rsplit(" ", 1)[1]) for line in body.splitlines()
               if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line)


class PeakHeap:
    """Samples the heap every 100 ms while a block runs."""

    def __init__(self, url):
        self.url, self.peak, self.running = url, 0.0, True

    def __enter__(self):
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()
        return self

    def sample(self):
        while self.running:
            try:
                self.peak = max(self.peak, heap_used(self.url))
            except OSError:
                pass
            time.sleep(0.1)

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()


def request(url, method, path, body=None, headers=None, timeout=600):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def bundle(part, models=10_000):
    """100,000 items: an organization, a source, 10,000 models and 89,998 claims spread over them."""
    p = f"s{part}"
    claims = 100_000 - 2 - models
    items = {
        "organizations": [{"key": f"{p}-org", "name": "Scale"}],
        "sources": [{"key": f"{p}-src", "title": "Scale", "kind": "PRESS"}],
        "models": [{"key": f"{p}-m{m}", "name": "M", "organization": f"{p}-org"} for m in range(models)],
        "claims": [{"key": f"{p}-c{c}", "source": f"{p}-src", "model": f"{p}-m{c % models}", "quote": "q",
                    "amountUsd": c % 9 + 1, "included": ["DATA" if c % 2 else "FINAL_TRAINING_RUN"]}
                   for c in range(claims)],
    }
    return json.dumps(items, separators=(",", ":")).encode()


def scale(args, auth):
    rows = []
    for part in (1, 2):
        body = bundle(part)
        with PeakHeap(args.url) as heap:
            started = time.monotonic()
            status, answer = request(args.url, "POST", "/bundles", body,
                                     {"Content-Type": "application/json", "Authorization": auth})
            seconds = time.monotonic() - started
        assert status == 200, answer[:500]
        report = json.loads(answer)
        rows.append((f"load bundle {part}: {report['created']:,} items created ({len(body) / 1e6:.1f} MB)",
                     seconds, heap.peak))
    with PeakHeap(args.url) as heap:
        started = time.monotonic()
        status, answer = request(args.url, "GET", "/bundles/export")
        seconds = time.monotonic() - started
    assert status == 200, answer[:500]
    items = sum(len(v) for v in json.loads(answer).values())
    rows.append((f"GET /bundles/export: {items:,} items ({len(answer) / 1e6:.1f} MB)", seconds, heap.peak))
    print("| step | seconds | peak heap used (MiB, -Xmx512m) |")
    print("|---|---:|---:|")
    for name, seconds, peak in rows:
        print(f"| {name} | {seconds:.1f} | {peak / 1048576:.0f} |")
    print()


def chains():
    """500 models in chains of 50, each trained from the one before, 10 GPU-hour claims each (on the shipped H800)."""
    models, claims = [], []
    for m in range(500):
        model = {"key": f"heavy-m{m:03d}", "name": "M", "organization": "heavy-org"}
        if m % 50:
            model["baseModel"] = f"heavy-m{m - 1:03d}"
        models.append(model)
        for c in range(10):
            claims.append({"key": f"heavy-c{m:03d}-{c}", "source": "heavy-src", "model": model["key"], "quote": "q",
                           "gpuHours": 100 + c, "hardware": "h800",
                           "included": [["FINAL_TRAINING_RUN", "OTHER_TRAINING", "DATA"][c % 3]]})
    return json.dumps({"organizations": [{"key": "heavy-org", "name": "Heavy"}],
                       "sources": [{"key": "heavy-src", "title": "S", "kind": "PRESS"}],
                       "models": models, "claims": claims}).encode()


# The heaviest query the limits allow on that ledger: a full page of models with their claims priced, and sixteen
# totals of each over its lineage of up to fifty models (cost about 120,000 of 250,000; 17 computed fields of 24).
HEAVY = ('{ models(first: 500, filter: {organization: "heavy-org"}) { nodes { key claims { key costAt(rateKind: ON_DEMAND) } '
         + " ".join(f't{i}: scopedTotal(scope: "{s}", includeLineage: true, rateKind: {k}) {{ lowUsd }}'
                    for i, (s, k) in enumerate((s, k) for s in ("FINAL_RUN", "TRAINING", "DEVELOPMENT", "ALL_IN")
                                              for k in ("NOTIONAL", "ON_DEMAND", "COMMITTED_1Y", "COMMITTED_3Y")))
         + " } } }")


def probe(url, seconds, latencies):
    """A simple query, uncached (another model each time), five a second."""
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
        query = '{ model(key: "s1-m%d") { name scopedTotal(scope: "ALL_IN") { lowUsd } } }' % (n * 7919 % 10_000)
        started = time.monotonic()
        status, answer = request(url, "POST", "/graphql", json.dumps({"query": query}),
                                 {"Content-Type": "application/json"}, timeout=60)
        latencies.append((time.monotonic() - started) * 1000)
        assert status == 200 and b'"errors"' not in answer, answer[:300]
        time.sleep(max(0.0, 0.2 - (time.monotonic() - started)))


def attackers(url, kind, count, stop, outcomes):
    def heavy():
        while not stop.is_set():
            status, answer = request(url, "POST", "/graphql", json.dumps({"query": HEAVY}),
                                     {"Content-Type": "application/json"}, timeout=60)
            outcomes.append(json.loads(answer).get("errors", [{}])[0].get("extensions", {}).get("code", "ok"))

    def huge_variable():
        n = 0
        while not stop.is_set():
            n += 1
            body = json.dumps({"query": "query M($k: String!) { model(key: $k) { key } }",
                               "variables": {"k": "k" * 9_400_000 + str(n)}})
            status, _ = request(url, "POST", "/graphql", body, {"Content-Type": "application/json"}, timeout=60)
            outcomes.append(status)

    def half_sent():
        parts = urllib.parse.urlsplit(url)
        sockets = []
        for _ in range(500):
            s = socket.create_connection((parts.hostname, parts.port))
            s.send(b"POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n")
            sockets.append(s)
        stop.wait()
        closed = 0
        for s in sockets:
            s.setblocking(False)
            try:
                closed += s.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
            s.close()
        outcomes.append(closed)

    def huge_exponent():
        n = 0
        while not stop.is_set():
            n += 1
            exponent = 150_000_000 + n
            path = [
                "/graphql?" + urllib.parse.urlencode({"query": "{ claims(first: 1, filter: {amountFrom: 1e-%d}) {"
                                                               " totalCount } }" % exponent}),
                "/claims.csv?amountFrom=1e-%d" % exponent,
            ][n % 3] if n % 3 < 2 else None
            if path:
                status, answer = request(url, "GET", path, timeout=60)
            else:
                status, answer = request(url, "POST", "/graphql", json.dumps({
                    "query": "query($a: BigDecimal) { claims(first: 1, filter: {amountFrom: $a}) { totalCount } }",
                    "variables": {"a": "1e-%d" % exponent}}), {"Content-Type": "application/json"}, timeout=60)
            outcomes.append(code_of(status, answer))

    def lineage_csv():
        n = 0
        while not stop.is_set():
            n += 1
            status, answer = request(url, "GET", "/models.csv?scope=TRAINING&includeLineage=true&rateKind=ON_DEMAND"
                                     "&nameContains=deep&v=%d" % n, timeout=120)
            outcomes.append(status)

    def unread_downloads():
        parts = urllib.parse.urlsplit(url)
        sockets = []
        for i in range(60):
            s = socket.create_connection((parts.hostname, parts.port))
            s.send(b"GET /claims.csv?v=%d HTTP/1.1\r\nHost: x\r\n\r\n" % i)
            sockets.append(s)
        stop.wait()
        statuses = []
        for s in sockets:
            s.settimeout(1)
            try:
                statuses.append(s.recv(12).decode(errors="replace")[9:12] or "closed")
            except OSError:
                statuses.append("closed")
            s.close()
        outcomes.extend(statuses)

    target = {"heavy": heavy, "huge-variable": huge_variable, "half-sent": half_sent, "huge-exponent": huge_exponent,
              "lineage-csv": lineage_csv, "unread-downloads": unread_downloads}[kind]
    threads = [threading.Thread(target=target, daemon=True) for _ in range(count)]
    for t in threads:
        t.start()
    return threads


def code_of(status, answer):
    """The error code of an answer (REST or GraphQL), or its status."""
    try:
        body = json.loads(answer)
    except ValueError:
        return status
    if isinstance(body, dict) and "errors" in body:
        return body["errors"][0].get("extensions", {}).get("code", status)
    return body.get("code", status) if isinstance(body, dict) else status


def deep_chain():
    """A chain of 1,000 models, each trained from the one before, one claim each (models.csv with lineage)."""
    models = [{"key": f"deep-m{m:04d}", "name": "deep", "organization": "heavy-org",
               **({"baseModel": f"deep-m{m - 1:04d}"} if m else {})} for m in range(1000)]
    claims = [{"key": f"deep-c{m:04d}", "source": "heavy-src", "model": f"deep-m{m:04d}", "quote": "q",
               "gpuHours": 10, "hardware": "h800", "included": ["FINAL_TRAINING_RUN"]} for m in range(1000)]
    return json.dumps({"models": models, "claims": claims}).encode()


def attack(args, auth):
    for bundle_body in (chains(), deep_chain()):
        status, answer = request(args.url, "POST", "/bundles", bundle_body,
                                 {"Content-Type": "application/json", "Authorization": auth})
        assert status == 200, answer[:500]
    print("| while | simple query p50 ms | p99 ms | max ms | requests | what the attackers got |")
    print("|---|---:|---:|---:|---:|---|")
    for kind, count in (("nothing", 0), ("heavy", 4), ("huge-variable", 4), ("half-sent", 1), ("huge-exponent", 4),
                        ("lineage-csv", 4), ("unread-downloads", 1)):
        stop, outcomes, latencies = threading.Event(), [], []
        threads = attackers(args.url, kind, count, stop, outcomes) if count else []
        time.sleep(2 if count else 0)
        probe(args.url, args.attack_seconds, latencies)
        if kind == "half-sent":
            time.sleep(31)  # past the 30 s idle and read timeouts
        stop.set()
        for t in threads:
            t.join(timeout=90)
        if kind == "half-sent":
            got = f"{outcomes[0] if outcomes else '?'} of 500 half-sent requests closed by the service"
        elif kind == "unread-downloads":
            got = ", ".join(f"{outcomes.count(o)} x {o}" for o in sorted(set(outcomes))) + " (of 60 never read)"
        elif outcomes:
            got = ", ".join(f"{outcomes.count(o)} x {o}" for o in sorted(set(outcomes), key=str))
        else:
            got = ""
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
        print(f"| {kind} ({count} clients) | {statistics.median(latencies):.1f} | {p99:.1f} | {latencies[-1]:.1f}"
              f" | {len(latencies)} | {got} |")
    print()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--attack-seconds", type=float, default=30)
    parser.add_argument("--skip-scale", action="store_true")
    args = parser.parse_args()
    auth = "Basic " + base64.b64encode(f"researcher:{args.password}".encode()).decode()
    if not args.skip_scale:
        scale(args, auth)
    attack(args, auth)


if __name__ == "__main__":
    main()
