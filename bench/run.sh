#!/usr/bin/env bash
# Cost Ledger benchmark, side by side with PostGraphile 4 on the same PostgreSQL tables, and with a baseline commit.
#
#   bench/run.sh                          # 10,000 models (~100,000 claims), baseline e994838, 20 s per run
#   MODELS=2000 DURATION=10s BASELINE= bench/run.sh     # a quicker look, without the baseline
#   WORKLOADS=writes BASELINE=<commit> bench/run.sh     # the write path only: the ledger's load time and W4
#
# Builds the service (and the BASELINE commit, in a git worktree under bench/out), creates fresh databases, loads a
# synthetic ledger through POST /bundles into each, and starts, each with -Xmx512m: the service as shipped (response
# cache on) and with LEDGER_CACHE_ENABLED=false, the baseline the same two ways, and PostGraphile (npx postgraphile@4)
# on the service's tables. Each service is warmed up until two successive runs agree within 5% (at most WARMUP_MAX
# seconds), then every workload is driven with wrk at 1 and 16 connections. Besides throughput and latency it
# records the CPU time per request, from /proc: the service process, and the PostgreSQL backends serving it (by
# application name: the services' JDBC connections or PostGraphile's). Results go to bench/out/results.md.
# Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

MODELS=${MODELS:-10000}
SEED=${SEED:-42}
DURATION=${DURATION:-20s}
WARMUP_MAX=${WARMUP_MAX:-240}
ROUNDS=${ROUNDS:-2}
BASELINE=${BASELINE-e994838}
WORKLOADS=${WORKLOADS:-all}   # all, or writes: the ledger's load, W4 and a 100,000-item bundle (no PostGraphile)
DB=${BENCH_DB:-ledger_bench}
BASE_DB=${BENCH_BASE_DB:-ledger_bench_base}
PORT=${BENCH_PORT:-8390}
UNCACHED_PORT=${BENCH_UNCACHED_PORT:-8391}
BASE_PORT=${BENCH_BASE_PORT:-8393}
BASE_UNCACHED_PORT=${BENCH_BASE_UNCACHED_PORT:-8394}
PG_GRAPHQL_PORT=${BENCH_POSTGRAPHILE_PORT:-5390}
PASSWORD=bench-researcher
OUT=bench/out
export PGHOST=127.0.0.1 PGUSER=postgres
mkdir -p "$OUT"
AUTH="Basic $(printf 'researcher:%s' "$PASSWORD" | base64)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  pkill -f "postgraphile.* -p $PG_GRAPHQL_PORT" 2>/dev/null || true
}
trap cleanup EXIT
log() { printf '== %s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- tools, database, builds ---------------------------------------------------------------------------------------
command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null; }
command -v npx >/dev/null || { echo "npx (Node.js) is needed for PostGraphile" >&2; exit 1; }
if ! pg_isready -q; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 60); do pg_isready -q && break; sleep 1; done
fi
if [ -z "${SKIP_BUILD:-}" ]; then log "building"; ./mvnw -B -q -ntp package -DskipTests; fi
CURRENT_JAR=target/quarkus-app/quarkus-run.jar
if [ -n "$BASELINE" ]; then
  BASE_SRC="$OUT/baseline-$BASELINE"
  if [ ! -f "$BASE_SRC/target/quarkus-app/quarkus-run.jar" ]; then
    log "building the baseline $BASELINE"
    rm -rf "$BASE_SRC"; git worktree prune
    git worktree add --detach "$BASE_SRC" "$BASELINE" >/dev/null
    (cd "$BASE_SRC" && ./mvnw -B -q -ntp package -DskipTests -Dspotless.check.skip=true)
  fi
  BASE_JAR="$BASE_SRC/target/quarkus-app/quarkus-run.jar"
fi

start_service() { # jar database port cache-enabled log; sets STARTED
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$2" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$3 LEDGER_RESEARCHER_PASSWORD=$PASSWORD \
    LEDGER_CACHE_ENABLED=$4 LEDGER_REFERENCE_DATA_ENABLED=false QUARKUS_LOG_CATEGORY__IO_COSTLEDGER_GRAPHQL__LEVEL=WARN \
    java -Xmx512m -Xms512m -jar "$1" > "$5" 2>&1 &
  STARTED=$!
  PIDS+=("$STARTED")
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$3/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$3/q/health/ready" >/dev/null
}

# peak RSS and heap of an instance, sampled every second while the benchmark runs
sample_peaks() { # pid url file
  local peak_rss=0 peak_heap=0 rss heap
  while kill -0 "$1" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/"$1"/status 2>/dev/null || echo 0)
    heap=$(curl -fs "$2/q/metrics" 2>/dev/null | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%d", sum}')
    [ "${rss:-0}" -gt "$peak_rss" ] && peak_rss=$rss
    [ "${heap:-0}" -gt "$peak_heap" ] && peak_heap=$heap
    echo "$peak_rss $peak_heap" > "$3"
    sleep 1
  done
}

load_ledger() { # url database
  local started status
  started=$(date +%s.%N)
  for bundle in "$OUT"/ledger/*.json; do
    status=$(curl -s -o "$OUT/last-load.json" -w '%{http_code}' -H "Authorization: $AUTH" \
      -H 'Content-Type: application/json' --data-binary @"$bundle" "$1/bundles")
    [ "$status" = 200 ] || { echo "loading $bundle answered $status: $(head -c 500 "$OUT/last-load.json")" >&2; exit 1; }
  done
  psql -d "$2" -qc "vacuum analyze" >/dev/null
  echo "$(date +%s.%N) - $started" | bc
}

log "generating $MODELS models (seed $SEED)"
rm -rf "$OUT/ledger" "$OUT/w4"
python3 bench/generate.py --models "$MODELS" --seed "$SEED" --out "$OUT/ledger"
python3 bench/generate.py --claims-bundle 1000 --prefix w4tpl --seed "$SEED" --out "$OUT/w4"

declare -A URL PID DATABASE
for db in "$DB" ${BASELINE:+"$BASE_DB"}; do dropdb --if-exists --force "$db"; createdb "$db"; done
log "starting the service"
start_service "$CURRENT_JAR" "$DB" "$PORT" true "$OUT/service.log"; PID[current]=$STARTED
start_service "$CURRENT_JAR" "$DB" "$UNCACHED_PORT" false "$OUT/service-uncached.log"; PID[current-uncached]=$STARTED
URL[current]="http://127.0.0.1:$PORT"; URL[current-uncached]="http://127.0.0.1:$UNCACHED_PORT"
DATABASE[current]=$DB; DATABASE[current-uncached]=$DB
log "loading the ledger through POST /bundles"
load_seconds=$(load_ledger "${URL[current]}" "$DB")
if [ -n "$BASELINE" ]; then
  log "starting the baseline"
  start_service "$BASE_JAR" "$BASE_DB" "$BASE_PORT" true "$OUT/baseline.log"; PID[baseline]=$STARTED
  start_service "$BASE_JAR" "$BASE_DB" "$BASE_UNCACHED_PORT" false "$OUT/baseline-uncached.log"
  PID[baseline-uncached]=$STARTED
  URL[baseline]="http://127.0.0.1:$BASE_PORT"; URL[baseline-uncached]="http://127.0.0.1:$BASE_UNCACHED_PORT"
  DATABASE[baseline]=$BASE_DB; DATABASE[baseline-uncached]=$BASE_DB
  log "loading the ledger into the baseline"
  base_load_seconds=$(load_ledger "${URL[baseline]}" "$BASE_DB")
fi
counts=$(psql -d "$DB" -Atc "select (select count(*) from model) || ' models, ' || (select count(*) from claim) || ' claims'")
log "loaded $counts in ${load_seconds}s (baseline: ${base_load_seconds:-not run}s)"
for name in "${!PID[@]}"; do
  [ "$name" = postgraphile ] && continue
  sample_peaks "${PID[$name]}" "${URL[$name]}" "$OUT/peaks-$name" &
  PIDS+=("$!")
done

if [ "$WORKLOADS" = all ]; then
log "starting PostGraphile 4"
npx --yes postgraphile@4 -c "postgres://postgres:postgres@127.0.0.1:5432/$DB" -s public -p "$PG_GRAPHQL_PORT" \
  --disable-query-log > "$OUT/postgraphile.log" 2>&1 &
PIDS+=("$!")
URL[postgraphile]="http://127.0.0.1:$PG_GRAPHQL_PORT"; DATABASE[postgraphile]=$DB
for _ in $(seq 1 120); do
  curl -fs -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "${URL[postgraphile]}/graphql" >/dev/null 2>&1 && break
  sleep 1
done
# every node process of PostGraphile (npx and the server it runs); their CPU is summed
PID[postgraphile]=$(pgrep -f "postgraphile.* -p $PG_GRAPHQL_PORT" | tr '\n' ' ')
python3 bench/browse.py --ledger "${URL[current]}" --postgraphile "${URL[postgraphile]}" --seed "$SEED" --out "$OUT/w5"

# --- checks: every workload answers data, no errors ----------------------------------------------------------------
query_body() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$1"; }
check() { # url document
  curl -fs -H 'Content-Type: application/json' -d "$(query_body "$2")" "$1/graphql" > "$OUT/check.json"
  python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert "errors" not in a, a["errors"]; assert a["data"]' \
    "$OUT/check.json" || { echo "$2 on $1: $(head -c 800 "$OUT/check.json")" >&2; exit 1; }
}
for name in current current-uncached ${BASELINE:+baseline baseline-uncached}; do
  for w in w1-dashboard w1-lite w2-lineage w3-errors; do
    [ "$w" = w1-lite ] && [[ $name == baseline* ]] && continue
    check "${URL[$name]}" "bench/workloads/$w.graphql"
  done
done
check "${URL[postgraphile]}" bench/workloads/w1-postgraphile.graphql
fi

# --- measuring -----------------------------------------------------------------------------------------------------
statements() { { curl -fs "$1/q/metrics" 2>/dev/null || true; } | awk '/^ledger_sql_statements_total/ {n = $NF} END {printf "%d", n}'; }
cache_counts() { { curl -fs "$1/q/metrics" 2>/dev/null || true; } | awk '
  /^cache_gets_total\{.*cache="ledger.responses".*result="hit"/ {h = $NF}
  /^cache_gets_total\{.*cache="ledger.responses".*result="miss"/ {m = $NF}
  END {printf "%d %d", h, m}'; }
ticks() { # pids (space-separated) -> their CPU ticks, user and system
  local total=0 pid
  for pid in $1; do total=$(( total + $(awk '{print $14 + $15}' /proc/"$pid"/stat 2>/dev/null || echo 0) )); done
  echo "$total"
}
# CPU ticks of the PostgreSQL backends of a service: its database, and its kind of client
backend_pids() { # name
  local filter="application_name = 'PostgreSQL JDBC Driver'"
  [ "$1" = postgraphile ] && filter="application_name <> 'PostgreSQL JDBC Driver'"
  psql -d "${DATABASE[$1]}" -Atc "select pid from pg_stat_activity where datname = '${DATABASE[$1]}'
    and backend_type = 'client backend' and pid <> pg_backend_pid() and $filter"
}
backend_ticks() { # pids... -> "pid ticks" lines
  for pid in "$@"; do echo "$pid $(ticks "$pid")"; done
}

# one wrk run: prints a JSON line with throughput, latency, statements and CPU milliseconds per request
run() { # label service connections script args...
  local label=$1 name=$2 connections=$3 script=$4; shift 4
  local url=${URL[$name]} before_statements before_ticks before_backends before_cache result
  before_statements=$(statements "$url"); before_cache=$(cache_counts "$url")
  before_ticks=$(ticks "${PID[$name]}"); before_backends=$(backend_ticks $(backend_pids "$name"))
  result=$(wrk -t "$(( connections < 2 ? 1 : 2 ))" -c "$connections" -d "$DURATION" --timeout 30s -s "$script" \
    "$url/graphql" -- "$@" | grep '^{')
  python3 - "$label" "$name" "$connections" "$result" "$before_statements" "$(statements "$url")" \
    "$before_ticks" "$(ticks "${PID[$name]}")" "$before_backends" "$(backend_ticks $(backend_pids "$name"))" \
    "$before_cache" "$(cache_counts "$url")" "$(getconf CLK_TCK)" <<'PY'
import json, sys
label, name, connections, result = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
statements = int(sys.argv[6]) - int(sys.argv[5])
service_ticks = int(float(sys.argv[8])) - int(float(sys.argv[7]))
def parse(text):
    return {line.split()[0]: int(float(line.split()[1])) for line in text.splitlines() if line.strip()}
before, after = parse(sys.argv[9]), parse(sys.argv[10])
backend_ticks = sum(t - before.get(pid, 0) for pid, t in after.items())
hits0, misses0 = map(int, sys.argv[11].split()); hits1, misses1 = map(int, sys.argv[12].split())
tick_ms = 1000 / int(sys.argv[13])
n = result["requests"] or 1
gets = (hits1 - hits0) + (misses1 - misses0)
print(json.dumps(dict(label=label, service=name, connections=connections,
    statements_per_request=None if name == "postgraphile" else statements / n,
    service_cpu_ms=service_ticks * tick_ms / n, database_cpu_ms=backend_ticks * tick_ms / n,
    hit_rate=(hits1 - hits0) / gets if gets else None, **result)))
PY
}

# warm-up: until two successive runs agree within 5% in throughput, or WARMUP_MAX seconds
warm_up() { # service script args...
  local name=$1; shift
  local started previous=0 rps
  started=$(date +%s)
  while :; do
    rps=$(run warmup "$name" 4 "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rps"])')
    log "warm-up $name: $rps requests/s"
    if python3 -c "import sys; p, r = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if p and abs(r - p) / p < 0.05 else 1)" \
      "$previous" "$rps" || [ $(( $(date +%s) - started )) -ge "$WARMUP_MAX" ]; then
      break
    fi
    previous=$rps
  done
}

GRAPHQL=bench/wrk/graphql.lua
BODIES=bench/wrk/bodies.lua
W=bench/workloads
if [ "$WORKLOADS" = writes ]; then
  RESULTS="$OUT/results.jsonl"
  : > "$RESULTS"
  log "warming up the write path"
  for name in current ${BASELINE:+baseline}; do
    DURATION=60s run warmup "$name" 2 bench/wrk/load-bundle.lua "$OUT/w4/w4tpl.json" "$AUTH" >/dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for c in 1 4; do
      log "round $round, $c connections: W4"
      for name in current ${BASELINE:+baseline}; do
        run "W4 load 1,000 claims" "$name" "$c" bench/wrk/load-bundle.lua "$OUT/w4/w4tpl.json" "$AUTH" >> "$RESULTS"
      done
    done
  done
  per_page=""
else
log "warming up"
warm_up current-uncached $GRAPHQL $W/w1-dashboard.graphql
warm_up postgraphile $GRAPHQL $W/w1-postgraphile.graphql
[ -n "$BASELINE" ] && warm_up baseline-uncached $GRAPHQL $W/w1-dashboard.graphql
for name in current ${BASELINE:+baseline}; do
  DURATION_SAVED=$DURATION; DURATION=10s
  for w in w1-dashboard w2-lineage w3-errors; do run warmup "$name" 4 $GRAPHQL "$W/$w.graphql" >/dev/null; done
  run warmup "$name" 4 $BODIES "$OUT/w5/ours.jsonl" >/dev/null
  DURATION=$DURATION_SAVED
done
for w in w1-lite w2-lineage w3-errors; do DURATION=10s run warmup current-uncached 4 $GRAPHQL "$W/$w.graphql" >/dev/null; done
DURATION=10s run warmup postgraphile 4 $BODIES "$OUT/w5/theirs.jsonl" >/dev/null

RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  for c in 1 16; do
    log "round $round, $c connections: W1 and W1-lite, uncached, against PostGraphile and the baseline"
    run "W1" current-uncached "$c" $GRAPHQL $W/w1-dashboard.graphql >> "$RESULTS"
    run "W1" postgraphile "$c" $GRAPHQL $W/w1-postgraphile.graphql >> "$RESULTS"
    [ -n "$BASELINE" ] && run "W1" baseline-uncached "$c" $GRAPHQL $W/w1-dashboard.graphql >> "$RESULTS"
    run "W1-lite" current-uncached "$c" $GRAPHQL $W/w1-lite.graphql >> "$RESULTS"
  done
done
for c in 1 16; do
  log "$c connections: W1 cached, W5 browsing, W2, W3, W4"
  for name in current ${BASELINE:+baseline}; do
    run "W1 (cache on)" "$name" "$c" $GRAPHQL $W/w1-dashboard.graphql >> "$RESULTS"
    run "W5 browsing (cache on)" "$name" "$c" $BODIES "$OUT/w5/ours.jsonl" >> "$RESULTS"
  done
  run "W5 browsing" postgraphile "$c" $BODIES "$OUT/w5/theirs.jsonl" >> "$RESULTS"
  for name in current-uncached ${BASELINE:+baseline-uncached} current ${BASELINE:+baseline}; do
    run "W2 lineage total" "$name" "$c" $GRAPHQL $W/w2-lineage.graphql >> "$RESULTS"
    run "W3 error claims" "$name" "$c" $GRAPHQL $W/w3-errors.graphql >> "$RESULTS"
  done
  for name in current ${BASELINE:+baseline}; do
    run "W4 load 1,000 claims" "$name" "$c" bench/wrk/load-bundle.lua "$OUT/w4/w4tpl.json" "$AUTH" >> "$RESULTS"
  done
done
# statements per request at two page sizes and two lineage depths (without cache: every request computes)
per_request() { # service body
  local n=20 before after
  before=$(statements "${URL[$1]}")
  for _ in $(seq 1 $n); do curl -fs -H 'Content-Type: application/json' -d "$2" "${URL[$1]}/graphql" >/dev/null; done
  after=$(statements "${URL[$1]}")
  echo $(( (after - before) / n ))
}
replaced() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read().replace(sys.argv[2], sys.argv[3])}))' "$@"; }
per_page=$(for name in current-uncached ${BASELINE:+baseline-uncached}; do
  echo "$name W1 $(per_request "$name" "$(replaced $W/w1-dashboard.graphql 'first: 100' 'first: 10')") at first: 10," \
    "$(per_request "$name" "$(query_body $W/w1-dashboard.graphql)") at first: 100;" \
    "W3 $(per_request "$name" "$(replaced $W/w3-errors.graphql 'first: 100' 'first: 10')") and" \
    "$(per_request "$name" "$(query_body $W/w3-errors.graphql)");" \
    "W2 $(per_request "$name" "$(replaced $W/w2-lineage.graphql 000003 000000)") at lineage depth 0 and" \
    "$(per_request "$name" "$(query_body $W/w2-lineage.graphql)") at depth 3"
done)
fi

python3 - "$RESULTS" "$counts" "$load_seconds" "${base_load_seconds:-}" "$per_page" "$OUT" <<'PY' | tee "$OUT/results.md"
import glob, json, os, statistics, sys
path, counts, load_seconds, base_load_seconds, per_page, out = sys.argv[1:7]
rows = [json.loads(line) for line in open(path)]
def f(value, digits=1):
    return "" if value is None else f"{value:.{digits}f}"
print(f"Ledger: {counts}, loaded through POST /bundles in {float(load_seconds):.0f} s"
      + (f" (baseline: {float(base_load_seconds):.0f} s)" if base_load_seconds else "") + ".\n")
print("| workload | service | connections | requests/s | p50 ms | p99 ms | service CPU ms / request"
      " | PostgreSQL CPU ms / request | SQL statements / request | cache hits | errors |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    hit = "" if r["hit_rate"] is None else f'{100 * r["hit_rate"]:.0f}%'
    print(f'| {r["label"]} | {r["service"]} | {r["connections"]} | {r["rps"]:.1f} | {r["p50_ms"]:.1f} | {r["p99_ms"]:.1f}'
          f' | {f(r["service_cpu_ms"])} | {f(r["database_cpu_ms"])} | {f(r["statements_per_request"])} | {hit}'
          f' | {r["non2xx"] + r["socket_errors"]} |')
print()
def median(label, service, connections, key):
    values = [r[key] for r in rows if r["label"] == label and r["service"] == service and r["connections"] == connections]
    return statistics.median(values) if values else None
print("| comparison (median of rounds) | connections | throughput | p50 | p99 | service CPU / request | PostgreSQL CPU / request |")
print("|---|---:|---:|---:|---:|---:|---:|")
pairs = [("W1", "current-uncached", "W1", "postgraphile"), ("W1-lite", "current-uncached", "W1", "postgraphile"),
         ("W1", "current-uncached", "W1", "baseline-uncached"), ("W5 browsing (cache on)", "current", "W5 browsing", "postgraphile"),
         ("W1 (cache on)", "current", "W1 (cache on)", "baseline"), ("W5 browsing (cache on)", "current", "W5 browsing (cache on)", "baseline"),
         ("W4 load 1,000 claims", "current", "W4 load 1,000 claims", "baseline")]
for label, ours, their_label, theirs in pairs:
    for c in (1, 4, 16):
        a, b = median(label, ours, c, "rps"), median(their_label, theirs, c, "rps")
        if a and b:
            p = median(label, ours, c, "p99_ms") / median(their_label, theirs, c, "p99_ms")
            p50 = median(label, ours, c, "p50_ms") / median(their_label, theirs, c, "p50_ms")
            cpu = lambda k: f"{median(label, ours, c, k):.1f} vs {median(their_label, theirs, c, k):.1f} ms"
            print(f"| {label} {ours} / {their_label} {theirs} | {c} | x{a / b:.2f} | x{p50:.2f} | x{p:.2f} | {cpu('service_cpu_ms')}"
                  f" | {cpu('database_cpu_ms')} |")
print()
if per_page:
    print("SQL statements per request: " + per_page.replace("\n", "; "))
for peaks in sorted(glob.glob(os.path.join(out, "peaks-*"))):
    rss, heap = open(peaks).read().split()
    print(f"{os.path.basename(peaks)[6:]}: peak RSS {int(rss) / 1024:.0f} MiB, peak heap used {int(heap) / 1048576:.0f} MiB (-Xmx512m)")
PY
