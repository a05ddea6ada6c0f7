#!/usr/bin/env python3
"""The Docker Compose stack, run as a user runs it, and checked through its published port (issue 23).

  python3 ops/stack_check.py single      # docker-compose.yml
  python3 ops/stack_check.py backup      # pg_dump of a stack, restored into a fresh one: same export, loads, history
  python3 ops/stack_check.py scale       # docker-compose.scale.yml: primary, replica, two instances behind nginx

Expects the images to be buildable (ops/local-images.sh ran) and target/quarkus-app to be packaged. Every step prints
how long it took; the first failure stops the run with a message and a non-zero exit. The stacks it starts are taken
down (with their volumes) at the end.
"""
import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

PASSWORD = "stack-researcher"
DB_PASSWORD = "stack-database"
AUTH = "Basic " + base64.b64encode(f"researcher:{PASSWORD}".encode()).decode()
ACME = {
    "organizations": [{"key": "acme", "name": "Acme AI", "country": "FR"}],
    "models": [{"key": "acme-1", "name": "Acme 1", "organization": "acme", "releasedOn": "2025-05-01"}],
    "sources": [{"key": "acme-1-report", "title": "Acme 1 technical report", "kind": "PRIMARY_DISCLOSURE",
                 "publishedOn": "2025-06-01", "url": "https://example.org/acme-1.pdf"}],
    "claims": [{"key": "acme-1-training", "source": "acme-1-report", "model": "acme-1",
                "quote": "Training took 1.2M H100 GPU-hours, about $3M at rental prices.", "amountUsd": 3000000,
                "gpuHours": 1200000, "hardware": "h100-80gb", "included": ["FINAL_TRAINING_RUN", "OTHER_TRAINING"],
                "presentedScope": "TRAINING"}],
}


class Stack:
    """One compose project: a name, a compose file, the port it publishes."""

    def __init__(self, project, port, compose_file="docker-compose.yml"):
        self.project, self.port, self.file = project, port, compose_file
        self.url = f"http://127.0.0.1:{port}"

    def compose(self, *args, check=True, capture=False, stdin=None):
        # nginx's per-client limits (20 connections, 20 requests a second) raised: the checks are one client
        env = dict(os.environ, POSTGRES_PASSWORD=DB_PASSWORD, LEDGER_RESEARCHER_PASSWORD=PASSWORD,
                   LEDGER_PORT=str(self.port), NGINX_REQUESTS_PER_SECOND="1000", NGINX_CONNECTIONS_PER_CLIENT="1000")
        result = subprocess.run(["docker-compose", "-p", self.project, "-f", self.file, *args], env=env,
                                check=False, stdout=subprocess.PIPE if capture else None, stdin=stdin,
                                stderr=subprocess.STDOUT if capture else None)
        if check and result.returncode != 0:
            fail(f"docker-compose {' '.join(args)} exited {result.returncode}"
                 + (f": {result.stdout.decode(errors='replace')[-2000:]}" if capture else ""))
        return result

    def request(self, method, path, body=None, headers=None, timeout=30):
        data = json.dumps(body).encode() if isinstance(body, dict) else body
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as answer:
            return answer.code, answer.read()
        except OSError as error:
            return 0, str(error).encode()

    def graphql(self, query, variables=None):
        status, body = self.request("POST", "/graphql", {"query": query, "variables": variables or {}},
                                    {"Content-Type": "application/json"})
        return status, json.loads(body) if body.startswith(b"{") else {"raw": body.decode(errors="replace")}

    def data(self, query, variables=None):
        status, answer = self.graphql(query, variables)
        if status != 200 or "errors" in answer:
            fail(f"{query[:80]} answered {status}: {json.dumps(answer)[:500]}")
        return answer["data"]

    def load(self, bundle):
        status, body = self.request("POST", "/bundles", bundle,
                                    {"Content-Type": "application/json", "Authorization": AUTH}, timeout=120)
        if status != 200:
            fail(f"POST /bundles answered {status}: {body[:500]}")
        return json.loads(body)

    def ready(self, timeout=180):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.request("GET", "/q/health/ready", timeout=5)[0] == 200:
                return
            time.sleep(1)
        self.compose("ps")
        self.compose("logs", "--tail", "80")
        fail(f"the stack {self.project} did not become ready within {timeout} s")

    def export(self):
        status, body = self.request("GET", "/bundles/export", timeout=120)
        if status != 200:
            fail(f"GET /bundles/export answered {status}")
        return body

    def history(self):
        return self.data("""{ loads(first: 100) { totalCount nodes { number loadedBy created updated unchanged retracted } }
                             latest: loads(first: 2) { nodes { changes { kind key change } } }
                             history(kind: CLAIM, key: "acme-1-training") { change load { number } item } }""")

    def down(self):
        self.compose("down", "--volumes", "--remove-orphans", check=False)


def fail(message):
    print(f"FAILED: {message}", flush=True)
    sys.exit(1)


def step(name, started=[time.monotonic()]):
    now = time.monotonic()
    print(f"  {now - started[0]:6.1f} s  {name}", flush=True)
    started[0] = now


def expect(condition, message):
    if not condition:
        fail(message)


def worked_example(stack):
    v3 = stack.data("""{ model(key: "deepseek-v3") {
        training: scopedTotal(scope: "TRAINING") { lowUsd complete contributions { claim { key } } }
        allIn: scopedTotal(scope: "ALL_IN") { lowUsd lowerBound missingCategories } } }""")["model"]
    expect(v3["training"]["lowUsd"] == 5576000 and v3["training"]["complete"],
           f"DeepSeek-V3's TRAINING total is 5,576,000: {v3['training']}")
    expect(v3["training"]["contributions"] == [{"claim": {"key": "deepseek-v3-total"}}], str(v3["training"]))
    expect(v3["allIn"]["lowerBound"] and v3["allIn"]["missingCategories"]
           == ["RESEARCH_AND_EXPERIMENTS", "DATA", "INFRASTRUCTURE", "PERSONNEL", "OVERHEAD"], str(v3["allIn"]))


def reference_loaded_once(stack):
    counts = stack.data("{ models { totalCount } loads(first: 1) { totalCount } }")
    expect(counts["models"]["totalCount"] >= 46, f"the reference data is loaded: {counts}")
    return counts


def single():
    stack = Stack("ledger-check", int(os.environ.get("STACK_PORT", "18080")))
    stack.down()
    stack.compose("up", "-d", "--build")
    stack.ready()
    step("the stack is up and ready")
    first = reference_loaded_once(stack)
    worked_example(stack)
    step("reference data loaded, the worked example's numbers")

    report = stack.load(ACME)
    expect(report["created"] == 4 and report["load"] is not None, f"the bundle was loaded: {report}")
    acme = '{ claim(key: "acme-1-training") { amountLowUsd model { key } } }'
    expect(stack.data(acme)["claim"]["amountLowUsd"] == 3000000, "the loaded claim reads back")
    before, counted = stack.export(), reference_loaded_once(stack)
    expect(counted["loads"]["totalCount"] == first["loads"]["totalCount"] + 1, f"one load more: {counted}")
    step("a bundle loaded through POST /bundles")

    stack.compose("restart")
    stack.ready()
    expect(stack.export() == before, "the export after docker-compose restart is the export before")
    expect(reference_loaded_once(stack) == counted, "a restart loads the reference data no second time")
    step("docker-compose restart: nothing lost, nothing loaded twice")

    stack.compose("down")
    stack.compose("up", "-d")
    stack.ready()
    expect(stack.export() == before, "the export after down and up is the export before (the volume)")
    step("docker-compose down, up: the volume keeps the ledger")

    stack.compose("stop", "db")
    end, status, answer = time.monotonic() + 30, 0, {}
    while time.monotonic() < end:
        status, answer = stack.graphql('{ model(key: "acme-1") { name } }')
        if "DATABASE_UNAVAILABLE" in json.dumps(answer):
            break
        time.sleep(1)
    expect("DATABASE_UNAVAILABLE" in json.dumps(answer), f"with the database stopped: {status} {answer}")
    expect("INTERNAL_ERROR" not in json.dumps(answer), f"never INTERNAL_ERROR: {answer}")
    expect(stack.request("GET", "/q/health/ready", timeout=10)[0] == 503, "readiness is down without the database")
    step("the database stopped: DATABASE_UNAVAILABLE, readiness down")
    stack.compose("start", "db")
    stack.ready()
    expect(stack.data('{ model(key: "acme-1") { name } }')["model"]["name"] == "Acme 1", "recovered")
    expect(stack.export() == before, "the export after the outage is the export before")
    step("the database started again: the service recovered without a restart")
    stack.down()


def backup():
    original = Stack("ledger-backup", int(os.environ.get("STACK_PORT", "18080")))
    restored = Stack("ledger-restored", int(os.environ.get("STACK_RESTORE_PORT", "18081")))
    original.down()
    restored.down()
    original.compose("up", "-d", "--build")
    original.ready()
    original.load(ACME)
    fixed = json.loads(json.dumps(ACME))
    fixed["claims"][0]["included"] = ["FINAL_TRAINING_RUN", "OTHER_TRAINING", "DATA"]
    original.load({"claims": fixed["claims"]})
    export, history = original.export(), original.history()
    step("a stack with two loads of its own")

    dump = subprocess.run(["docker-compose", "-p", original.project, "exec", "-T", "db",
                           "pg_dump", "-U", "ledger", "-d", "ledger", "--format=custom"],
                          env=dict(os.environ, POSTGRES_PASSWORD=DB_PASSWORD, LEDGER_RESEARCHER_PASSWORD=PASSWORD),
                          check=True, stdout=subprocess.PIPE).stdout
    expect(len(dump) > 10_000, f"pg_dump wrote {len(dump)} bytes")
    original.down()
    step(f"pg_dump: {len(dump)} bytes; the first stack taken down with its volume")

    restored.compose("up", "-d", "db")
    end = time.monotonic() + 60
    while restored.compose("exec", "-T", "db", "pg_isready", "-q", "-h", "127.0.0.1", "-U", "ledger",
                           check=False, capture=True).returncode != 0:
        expect(time.monotonic() < end, "the fresh database did not start")
        time.sleep(1)
    restore = subprocess.run(["docker-compose", "-p", restored.project, "exec", "-T", "db",
                              "pg_restore", "-U", "ledger", "-d", "ledger", "--no-owner"],
                             env=dict(os.environ, POSTGRES_PASSWORD=DB_PASSWORD, LEDGER_RESEARCHER_PASSWORD=PASSWORD),
                             input=dump, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    expect(restore.returncode == 0, f"pg_restore: {restore.stdout.decode(errors='replace')[-1000:]}")
    restored.compose("up", "-d")
    restored.ready()
    expect(restored.export() == export, "the restored stack exports the same ledger")
    expect(restored.history() == history, "the restored stack has the same loads and history")
    step("pg_restore into a fresh stack: the same export, loads and history")
    restored.down()


def inside(stack, service, method, path, body=None, headers=()):
    """A request to one instance of the stack, from inside its container: status, headers, body."""
    command = ["exec", "-T", service, "curl", "-s", "-i", "-X", method, "--max-time", "30"]
    for header in headers:
        command += ["-H", header]
    if body is not None:
        command += ["-H", "Content-Type: application/json", "--data-binary", "@-"]
    result = subprocess.run(["docker-compose", "-p", stack.project, "-f", stack.file, *command,
                             f"http://localhost:8080{path}"],
                            env=dict(os.environ, POSTGRES_PASSWORD=DB_PASSWORD, LEDGER_RESEARCHER_PASSWORD=PASSWORD),
                            input=json.dumps(body).encode() if body is not None else None,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False)
    head, _, content = result.stdout.partition(b"\r\n\r\n")
    lines = head.decode(errors="replace").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else 0
    fields = {line.split(":", 1)[0].lower(): line.split(":", 1)[1].strip() for line in lines[1:] if ":" in line}
    return status, fields, content


def inside_graphql(stack, service, query, headers=()):
    status, fields, content = inside(stack, service, "POST", "/graphql", {"query": query}, headers)
    return status, fields, json.loads(content) if content.startswith(b"{") else {"raw": content[:300].decode()}


def psql(stack, service, sql):
    return stack.compose("exec", "-T", service, "psql", "-U", "ledger", "-d", "ledger", "-Atc", sql,
                         capture=True).stdout.decode().strip()


def scale():
    stack = Stack("ledger-scale", int(os.environ.get("STACK_PORT", "18080")), "docker-compose.scale.yml")
    stack.down()
    stack.compose("up", "-d", "--build")
    stack.ready()
    end = time.monotonic() + 120
    while stack.compose("ps", capture=True).stdout.decode().count("(healthy)") < 5:
        expect(time.monotonic() < end, "every service of the scale stack healthy")
        time.sleep(2)
    expect(psql(stack, "db-replica", "select pg_is_in_recovery()") == "t", "the replica is a hot standby")
    reference_loaded_once(stack)
    worked_example(stack)
    for instance in ("ledger-1", "ledger-2"):
        status, _, metrics = inside(stack, instance, "GET", "/q/metrics")
        replica_reads = sum(float(line.split()[-1]) for line in metrics.decode().splitlines()
                            if line.startswith('ledger_read_snapshots_total{from="replica"'))
        expect(replica_reads > 0, f"{instance} reads from the replica: {replica_reads}")
    step("primary, replica, two instances and nginx up; reference data once; the worked example through nginx")

    # read-your-writes: load through one instance, read through the other with the version the load made
    status, _, content = inside(stack, "ledger-1", "POST", "/bundles", ACME,
                                [f"Authorization: {AUTH}"])
    expect(status == 200, f"POST /bundles through ledger-1: {status} {content[:300]}")
    made = json.loads(content)["ledgerVersion"]
    query = '{ claim(key: "acme-1-training") { amountLowUsd } }'
    status, fields, answer = inside_graphql(stack, "ledger-2", query, [f"Ledger-Min-Version: {made}"])
    expect(answer.get("data", {}).get("claim", {}) == {"amountLowUsd": 3000000},
           f"ledger-2 with Ledger-Min-Version {made} sees the load: {answer}")
    expect(int(fields.get("ledger-version", "0")) >= made, f"the answer's Ledger-Version: {fields}")
    before = stack.export()
    step(f"a load through ledger-1 (version {made}) read through ledger-2 with its version")

    # replay paused on the replica: a read that asks for the new version still gets it, others stay consistent
    psql(stack, "db-replica", "select pg_wal_replay_pause()")
    fixed = json.loads(json.dumps(ACME["claims"][0]))
    fixed["amountUsd"] = 3100000
    status, _, content = inside(stack, "ledger-1", "POST", "/bundles", {"claims": [fixed]},
                                [f"Authorization: {AUTH}"])
    newer = json.loads(content)["ledgerVersion"]
    started = time.monotonic()
    status, fields, answer = inside_graphql(stack, "ledger-2", query, [f"Ledger-Min-Version: {newer}"])
    waited = time.monotonic() - started
    expect(answer.get("data", {}).get("claim", {}) == {"amountLowUsd": 3100000},
           f"with replay paused, a read asking for {newer} still gets it: {answer}")
    status, fields, answer = inside_graphql(stack, "ledger-2", query)
    seen = int(fields.get("ledger-version", "-1"))
    expected = 3100000 if seen >= newer else 3000000
    expect(answer.get("data", {}).get("claim", {}) == {"amountLowUsd": expected},
           f"a read without a version is consistent with the version it names ({seen}): {answer}")
    psql(stack, "db-replica", "select pg_wal_replay_resume()")
    before = stack.export()
    step(f"replay paused: a read asking for {newer} answered in {waited:.1f} s from the primary; others consistent")

    # one instance stopped (it drains): every request started after the stop is answered by the other
    failures = []
    stack.compose("stop", "ledger-1")
    for _ in range(40):
        status, answer = stack.graphql('{ model(key: "acme-1") { name } }')
        if status != 200 or "errors" in answer:
            failures.append((status, answer))
    expect(not failures, f"with ledger-1 stopped, every request answered: {failures[:3]}")
    expect(stack.export() == before, "the export after an instance stopped is the export before")
    stack.compose("start", "ledger-1")
    step("ledger-1 stopped: 40 requests through nginx answered by ledger-2")

    # the replica stopped: within 10 s reads succeed from the primary, none answering INTERNAL_ERROR
    stack.compose("stop", "db-replica")
    stopped, first_success, answers = time.monotonic(), None, []
    while time.monotonic() - stopped < 15:
        status, answer = stack.graphql('{ claim(key: "acme-1-training") { amountLowUsd } }')
        answers.append(json.dumps(answer))
        if status == 200 and "errors" not in answer and first_success is None:
            first_success = time.monotonic() - stopped
        time.sleep(0.2)
    expect(first_success is not None and first_success <= 10, f"reads from the primary within 10 s: {first_success}")
    expect(not any("INTERNAL_ERROR" in answer for answer in answers), "no INTERNAL_ERROR while the replica is away")
    expect(stack.export() == before, "the export without the replica is the export before")
    stack.compose("start", "db-replica")
    step(f"the replica stopped: reads from the primary after {first_success:.1f} s, no INTERNAL_ERROR")
    stack.down()


if __name__ == "__main__":
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    {"single": single, "backup": backup, "scale": scale}[sys.argv[1]]()
    print("ok", flush=True)
