#!/usr/bin/env bash
# Cost Ledger benchmark, side by side with PostGraphile 4 on the same PostgreSQL tables.
#
#   bench/run.sh                      # 10,000 models (~100,000 claims), 20 s per run
#   MODELS=2000 DURATION=10s bench/run.sh
#
# Starts PostgreSQL if needed, builds and starts the packaged service on a fresh database (heap capped at 512 MiB),
# twice: as shipped (response cache on) and with LEDGER_CACHE_ENABLED=false, so that both are measured;
# loads a synthetic ledger through POST /bundles, starts PostGraphile (npx postgraphile@4) on the same database, then
# drives each workload with wrk at 1 and 16 connections and prints throughput, p50 and p99 latency, SQL statements per
# request, and the service's peak RSS and heap. Results go to bench/out/results.md. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

MODELS=${MODELS:-10000}
SEED=${SEED:-42}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-2}
DB=${BENCH_DB:-ledger_bench}
PORT=${BENCH_PORT:-8390}
UNCACHED_PORT=${BENCH_UNCACHED_PORT:-8391}
PG_GRAPHQL_PORT=${BENCH_POSTGRAPHILE_PORT:-5390}
PASSWORD=bench-researcher
OUT=bench/out
export PGHOST=127.0.0.1 PGUSER=postgres
mkdir -p "$OUT"
APP="http://127.0.0.1:$PORT"
UNCACHED="http://127.0.0.1:$UNCACHED_PORT"
PGL="http://127.0.0.1:$PG_GRAPHQL_PORT"
AUTH="Basic $(printf 'researcher:%s' "$PASSWORD" | base64)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  pkill -f "postgraphile.* -p $PG_GRAPHQL_PORT" 2>/dev/null || true
}
trap cleanup EXIT

log() { printf '== %s\n' "$*" >&2; }

# --- tools and database ------------------------------------------------------------------------------------------
command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null; }
command -v npx >/dev/null || { echo "npx (Node.js) is needed for PostGraphile" >&2; exit 1; }
if ! pg_isready -q; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 60); do pg_isready -q && break; sleep 1; done
fi
dropdb --if-exists --force "$DB"
createdb "$DB"

# --- the service: one instance as shipped (response cache on), one with the cache off, on the same database -------
if [ -z "${SKIP_BUILD:-}" ]; then log "building"; ./mvnw -B -q -ntp package -DskipTests; fi
start_service() { # port cache-enabled log
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$1 LEDGER_RESEARCHER_PASSWORD=$PASSWORD \
    LEDGER_CACHE_ENABLED=$2 QUARKUS_LOG_CATEGORY__IO_COSTLEDGER_GRAPHQL__LEVEL=WARN \
    java -Xmx512m -Xms512m -jar target/quarkus-app/quarkus-run.jar > "$3" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null
}
log "starting the service on $DB"
start_service "$PORT" true "$OUT/service.log"
APP_PID=${PIDS[-1]}
start_service "$UNCACHED_PORT" false "$OUT/service-uncached.log"
UNCACHED_PID=${PIDS[-1]}

# peak RSS and heap of each instance, sampled every second while the benchmark runs
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
sample_peaks "$APP_PID" "$APP" "$OUT/peaks" &
PIDS+=("$!")
sample_peaks "$UNCACHED_PID" "$UNCACHED" "$OUT/peaks-uncached" &
PIDS+=("$!")

# --- the synthetic ledger -----------------------------------------------------------------------------------------
log "generating $MODELS models (seed $SEED)"
rm -rf "$OUT/ledger" "$OUT/w4"
python3 bench/generate.py --models "$MODELS" --seed "$SEED" --out "$OUT/ledger"
python3 bench/generate.py --claims-bundle 1000 --prefix w4tpl --seed "$SEED" --out "$OUT/w4"
log "loading it through POST /bundles"
started=$(date +%s.%N)
for bundle in "$OUT"/ledger/*.json; do
  status=$(curl -s -o "$OUT/last-load.json" -w '%{http_code}' -H "Authorization: $AUTH" \
    -H 'Content-Type: application/json' --data-binary @"$bundle" "$APP/bundles")
  [ "$status" = 200 ] || { echo "loading $bundle answered $status: $(head -c 500 "$OUT/last-load.json")" >&2; exit 1; }
done
load_seconds=$(echo "$(date +%s.%N) - $started" | bc)
counts=$(psql -d "$DB" -Atc "select (select count(*) from model) || ' models, ' || (select count(*) from claim) || ' claims'")
log "loaded $counts in ${load_seconds}s"
psql -d "$DB" -qc "vacuum analyze" >/dev/null

# --- PostGraphile on the same tables -------------------------------------------------------------------------------
log "starting PostGraphile 4"
npx --yes postgraphile@4 -c "postgres://postgres:postgres@127.0.0.1:5432/$DB" -s public -p "$PG_GRAPHQL_PORT" \
  --disable-query-log > "$OUT/postgraphile.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 120); do
  curl -fs -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$PGL/graphql" >/dev/null 2>&1 && break
  sleep 1
done

# --- checks: every workload answers data, no errors ----------------------------------------------------------------
query_body() { python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read()}))' "$1"; }
check() {
  local url=$1 document=$2
  curl -fs -H 'Content-Type: application/json' -d "$(query_body "$document")" "$url/graphql" > "$OUT/check.json"
  python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); assert "errors" not in a, a["errors"]; assert a["data"]' \
    "$OUT/check.json" || { echo "$document on $url: $(head -c 800 "$OUT/check.json")" >&2; exit 1; }
}
for w in w1-dashboard w2-lineage w3-errors; do
  check "$APP" "bench/workloads/$w.graphql"
  check "$UNCACHED" "bench/workloads/$w.graphql"
done
check "$PGL" bench/workloads/w1-postgraphile.graphql

statements() { { curl -fs "${1:-$APP}/q/metrics" 2>/dev/null || true; } | awk '/^ledger_sql_statements_total/ {n = $NF} END {printf "%d", n}'; }

# one wrk run: prints "name connections rps p50 p99 statements/request errors"
run() {
  local name=$1 url=$2 connections=$3 script=$4; shift 4
  local before after result
  local base=${url%/graphql}
  before=$(statements "$base")
  result=$(wrk -t "$(( connections < 2 ? 1 : 2 ))" -c "$connections" -d "$DURATION" --timeout 30s -s "$script" "$url" -- "$@" \
    | grep '^{')
  after=$(statements "$base")
  python3 - "$name" "$connections" "$result" "$before" "$after" <<'PY'
import json, sys
name, connections, result, before, after = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
per = (after - before) / result["requests"] if result["requests"] and not name.endswith("PostGraphile") else None
print(json.dumps(dict(name=name, connections=connections, statements_per_request=per, **result)))
PY
}

RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
log "warming up ($WARMUP each)"
DURATION_SAVED=$DURATION; DURATION=$WARMUP
for w in w1-dashboard w2-lineage w3-errors; do
  run warmup "$APP/graphql" 4 bench/wrk/graphql.lua "bench/workloads/$w.graphql" >/dev/null
  run warmup "$UNCACHED/graphql" 4 bench/wrk/graphql.lua "bench/workloads/$w.graphql" >/dev/null
done
run warmup-PostGraphile "$PGL/graphql" 4 bench/wrk/graphql.lua bench/workloads/w1-postgraphile.graphql >/dev/null
DURATION=$DURATION_SAVED

for round in $(seq 1 "$ROUNDS"); do
  for c in 1 16; do
    log "round $round, $c connections: W1 Cost Ledger (cache on, cache off) / PostGraphile"
    run "W1 Cost Ledger" "$APP/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w1-dashboard.graphql >> "$RESULTS"
    run "W1 PostGraphile" "$PGL/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w1-postgraphile.graphql >> "$RESULTS"
    run "W1 Cost Ledger, cache off" "$UNCACHED/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w1-dashboard.graphql \
      >> "$RESULTS"
  done
done
for c in 1 16; do
  log "$c connections: W2, W3"
  run "W2 lineage total" "$APP/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w2-lineage.graphql >> "$RESULTS"
  run "W2 lineage total, cache off" "$UNCACHED/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w2-lineage.graphql \
    >> "$RESULTS"
  run "W3 error claims" "$APP/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w3-errors.graphql >> "$RESULTS"
  run "W3 error claims, cache off" "$UNCACHED/graphql" "$c" bench/wrk/graphql.lua bench/workloads/w3-errors.graphql \
    >> "$RESULTS"
done
for c in 1 16; do
  log "$c connections: W4"
  run "W4 load 1,000 claims" "$APP" "$c" bench/wrk/load-bundle.lua "$OUT/w4/w4tpl.json" "$AUTH" >> "$RESULTS"
done

# statements per request at two page sizes and two lineage depths (the instance without cache: every request computes)
per_request() {
  local document=$1 n=20 before after
  before=$(statements "$UNCACHED")
  for _ in $(seq 1 $n); do curl -fs -H 'Content-Type: application/json' -d "$document" "$UNCACHED/graphql" >/dev/null; done
  after=$(statements "$UNCACHED")
  echo $(( (after - before) / n ))
}
w1_query=$(tr '\n' ' ' < bench/workloads/w1-dashboard.graphql | sed 's/#[^q]*query/query/')
w1_10=$(per_request "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1].replace("first: 100", "first: 10")}))' "$w1_query")")
w1_100=$(per_request "$(query_body bench/workloads/w1-dashboard.graphql)")
w3_10=$(per_request "$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read().replace("first: 100", "first: 10")}))' bench/workloads/w3-errors.graphql)")
w3_100=$(per_request "$(query_body bench/workloads/w3-errors.graphql)")
w2_d0=$(per_request "$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read().replace("000003", "000000")}))' bench/workloads/w2-lineage.graphql)")
w2_d3=$(per_request "$(query_body bench/workloads/w2-lineage.graphql)")

read -r peak_rss peak_heap < "$OUT/peaks"
read -r uncached_rss uncached_heap < "$OUT/peaks-uncached"
python3 - "$RESULTS" "$counts" "$load_seconds" "$peak_rss" "$peak_heap" "$uncached_rss" "$uncached_heap" \
  "$w1_10" "$w1_100" "$w3_10" "$w3_100" "$w2_d0" "$w2_d3" <<'PY' | tee "$OUT/results.md"
import json, statistics, sys
path, counts, load_seconds, rss_kib, heap, uncached_rss, uncached_heap = sys.argv[1:8]
w1_10, w1_100, w3_10, w3_100, w2_d0, w2_d3 = sys.argv[8:14]
rows = [json.loads(line) for line in open(path)]
print(f"Ledger: {counts}, loaded through POST /bundles in {float(load_seconds):.0f} s.\n")
print("| workload | connections | requests/s | p50 ms | p99 ms | SQL statements / request | errors |")
print("|---|---:|---:|---:|---:|---:|---:|")
for r in rows:
    per = "" if r["statements_per_request"] is None else f'{r["statements_per_request"]:.1f}'
    print(f'| {r["name"]} | {r["connections"]} | {r["rps"]:.1f} | {r["p50_ms"]:.1f} | {r["p99_ms"]:.1f} | {per} | {r["non2xx"] + r["socket_errors"]} |')
print()
for variant in ("W1 Cost Ledger", "W1 Cost Ledger, cache off"):
    for c in (1, 16):
        ours = [r for r in rows if r["name"] == variant and r["connections"] == c]
        theirs = [r for r in rows if r["name"] == "W1 PostGraphile" and r["connections"] == c]
        if ours and theirs:
            rps = statistics.median(r["rps"] for r in ours) / statistics.median(r["rps"] for r in theirs)
            p99 = statistics.median(r["p99_ms"] for r in ours) / statistics.median(r["p99_ms"] for r in theirs)
            print(f"{variant} / PostGraphile at {c} connection(s) (median of rounds): throughput x{rps:.2f}, p99 x{p99:.2f}")
print()
print(f"SQL statements per request: W1 {w1_10} at first: 10, {w1_100} at first: 100; "
      f"W3 {w3_10} at first: 10, {w3_100} at first: 100; W2 {w2_d0} at lineage depth 0, {w2_d3} at depth 3")
print(f"Service peak RSS {int(rss_kib) / 1024:.0f} MiB, peak heap used {int(heap) / 1048576:.0f} MiB (-Xmx512m);"
      f" cache off: {int(uncached_rss) / 1024:.0f} MiB RSS, {int(uncached_heap) / 1048576:.0f} MiB heap")
PY
