#!/usr/bin/env python3
"""docs/SCALE.md's figures, on the scale stack (docker-compose.scale.yml). Not part of ./mvnw verify or CI.

  python3 bench/scale.py            # starts the stack (port 18090), loads a synthetic ledger, measures, takes it down

Measures, through nginx:
  throughput  uncached W1 (bench/workloads/w1-dashboard.graphql, cache off) with wrk, 16 connections, with two
              instances behind nginx and with one (the other stopped)
  replay lag  while a bundle of 100,000 items loads: the replica's replay delay, sampled every 0.2 s, and how long
              after the load's commit the replica has replayed it
  RYW wait    a small load, then at once a read with Ledger-Min-Version set to the load's version: its latency
              against the same read without the header, 50 times
Prints a Markdown report.
"""
import base64
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

PORT = int(os.environ.get("SCALE_PORT", "18090"))
URL = f"http://127.0.0.1:{PORT}"
PASSWORD = "scale-researcher"
AUTH = "Basic " + base64.b64encode(f"researcher:{PASSWORD}".encode()).decode()
ENV = dict(os.environ, POSTGRES_PASSWORD="scale-database", LEDGER_RESEARCHER_PASSWORD=PASSWORD, LEDGER_PORT=str(PORT),
           LEDGER_CACHE_ENABLED="false", NGINX_REQUESTS_PER_SECOND="100000", NGINX_CONNECTIONS_PER_CLIENT="1000",
           LEDGER_REFERENCE_DATA_ENABLED="false")
COMPOSE = ["docker-compose", "-p", "ledger-bench-scale", "-f", "docker-compose.scale.yml"]


def compose(*args, capture=False):
    return subprocess.run(COMPOSE + list(args), env=ENV, check=True,
                          stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.STDOUT if capture else subprocess.DEVNULL).stdout


def request(method, path, body=None, headers=None, timeout=300):
    data = body if isinstance(body, bytes) else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(URL + path, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(req, timeout=timeout) as answer:
        return answer.status, dict(answer.headers), answer.read()


def load(body):
    return json.loads(request("POST", "/bundles", body, {"Content-Type": "application/json", "Authorization": AUTH})[2])


def replica_sql(sql):
    return compose("exec", "-T", "db-replica", "psql", "-U", "ledger", "-d", "ledger", "-Atc", sql,
                   capture=True).decode().strip()


def wrk(seconds=20):
    out = subprocess.run(["wrk", "-t", "2", "-c", "16", "-d", f"{seconds}s", "--timeout", "30s", "-s",
                          "bench/wrk/graphql.lua", f"{URL}/graphql", "--", "bench/workloads/w1-dashboard.graphql"],
                         check=True, stdout=subprocess.PIPE).stdout.decode()
    return json.loads([line for line in out.splitlines() if line.startswith("{")][0])


def ready():
    for _ in range(180):
        try:
            if request("GET", "/q/health/ready", timeout=5)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    sys.exit("the scale stack did not become ready")


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if os.environ.get("SCALE_REUSE"):  # the stack of an earlier run, still up with its data
        compose("up", "-d")
        ready()
        return measure(throughput=False)
    compose("down", "--volumes")
    compose("up", "-d", "--build")
    ready()
    subprocess.run(["python3", "bench/generate.py", "--models", "2000", "--seed", "42", "--out", "bench/out/scale"],
                   check=True, stdout=subprocess.DEVNULL)
    for name in sorted(os.listdir("bench/out/scale")):
        load(open(f"bench/out/scale/{name}", "rb").read())
    time.sleep(5)
    measure(throughput=True)
    compose("down", "--volumes")


def measure(throughput):
    print("| measure | result |\n|---|---|")
    if throughput:
        measure_throughput()
    measure_lag()
    measure_read_your_writes()


def measure_throughput():
    wrk(30)  # warm-up of both instances
    two = wrk()
    compose("stop", "ledger-2")
    wrk(10)
    one = wrk()
    compose("start", "ledger-2")
    ready()
    print(f"| uncached W1 at 16 connections, two instances behind nginx | {two['rps']:.1f} requests/s,"
          f" p50 {two['p50_ms']:.0f} ms, p99 {two['p99_ms']:.0f} ms |")
    print(f"| the same, one instance | {one['rps']:.1f} requests/s, p50 {one['p50_ms']:.0f} ms,"
          f" p99 {one['p99_ms']:.0f} ms |")



def measure_lag():
    sys.path.insert(0, "bench")
    from limits import bundle  # the 100,000-item bundle of bench/limits.sh

    # 100,000 items in two loads back to back: one bundle of them is 11 MB, over the 10 MB a request may carry
    whole = json.loads(bundle("lag"))
    half = len(whole["claims"]) // 2
    first = dict(whole, claims=whole["claims"][:half])
    second = {"claims": whole["claims"][half:]}
    body = json.dumps(whole)
    samples, done = [], threading.Event()

    def sample():
        while not done.is_set():
            lag = replica_sql("select coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0),"
                              " pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())")
            samples.append((time.monotonic(), lag))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.monotonic()
    report = load(first)
    later = load(second)
    committed = time.monotonic()
    version = later["ledgerVersion"]
    while int(replica_sql("select content from ledger_state where name = 'ledger.version'")) < version:
        time.sleep(0.05)
    replayed = time.monotonic()
    done.set()
    sampler.join()
    unreplayed = [float(s[1].split("|")[1]) for s in samples if "|" in s[1]]
    items = sum(r["created"] + r["updated"] + r["unchanged"] for r in (report, later))
    print(f"| {items:,} items ({len(body) / 1e6:.1f} MB) in two loads back to back | both committed after"
          f" {committed - started:.1f} s;"
          f" the replica had replayed it {replayed - committed:.2f} s later; WAL received but not yet replayed"
          f" while it loaded: at most {max(unreplayed or [0]) / 1e6:.1f} MB |")


def measure_read_your_writes():
    waits, plain = [], []
    query = {"query": '{ model(key: "ryw-m") { name } }'}
    for i in range(50):
        made = load({"organizations": [{"key": "ryw-org", "name": "RYW"}],
                     "models": [{"key": "ryw-m", "name": f"RYW {i}", "organization": "ryw-org"}]})["ledgerVersion"]
        t = time.monotonic()
        _, headers, answer = request("POST", "/graphql", query, {"Content-Type": "application/json",
                                                                  "Ledger-Min-Version": str(made)})
        waits.append((time.monotonic() - t) * 1000)
        assert json.loads(answer)["data"]["model"]["name"] == f"RYW {i}", answer
        t = time.monotonic()
        request("POST", "/graphql", query, {"Content-Type": "application/json"})
        plain.append((time.monotonic() - t) * 1000)
    waits.sort()
    plain.sort()
    print(f"| a read with Ledger-Min-Version right after a small load (50 times) | p50 {statistics.median(waits):.1f} ms,"
          f" max {waits[-1]:.1f} ms; the same read without the header p50 {statistics.median(plain):.1f} ms,"
          f" max {plain[-1]:.1f} ms; every one saw its load |")


if __name__ == "__main__":
    main()
