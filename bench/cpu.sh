#!/usr/bin/env bash
# CPU per request of one service alone, cache off, on a ledger bench/run.sh has loaded (database ledger_bench).
#
#   bench/cpu.sh                                          # W1, 1 connection, 60 s warm-up, two measured runs of 20 s
#   CONNECTIONS=16 JAVA_OPTS="-Xlog:gc:file=gc.log" bench/cpu.sh bench/workloads/w1-dashboard.graphql
#   LEDGER_LIMITS_CONCURRENT_QUERIES=16 CONNECTIONS=16 bench/cpu.sh     # any setting of the service, from the environment
#
# Starts target/quarkus-app (or JAR) with -Xmx512m, drives WORKLOAD with wrk, and prints per run the throughput, p50,
# and the CPU milliseconds per request of the service's process and of the PostgreSQL backends serving it (from /proc).
# A quick look between two changes; bench/run.sh is the comparison that counts.
set -euo pipefail
cd "$(dirname "$0")/.."
WORKLOAD=${1:-bench/workloads/w1-dashboard.graphql}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
WARMUP=${WARMUP:-60}; DURATION=${DURATION:-20}; CONNECTIONS=${CONNECTIONS:-1}
PORT=${BENCH_CPU_PORT:-8395}; DB=${BENCH_DB:-ledger_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
psql -d "$DB" -Atc "select 1 from model limit 1" >/dev/null || { echo "no ledger in $DB: run bench/run.sh first" >&2; exit 1; }

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT LEDGER_RESEARCHER_PASSWORD=bench-researcher \
  LEDGER_CACHE_ENABLED=false LEDGER_REFERENCE_DATA_ENABLED=false QUARKUS_LOG_CATEGORY__IO_COSTLEDGER_GRAPHQL__LEVEL=WARN \
  java -Xmx512m -Xms512m ${JAVA_OPTS:-} -jar "$JAR" > bench/out/cpu-service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done

THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))
drive() { wrk -t "$THREADS" -c "$CONNECTIONS" -d "$1s" --timeout 30s -s bench/wrk/graphql.lua "http://127.0.0.1:$PORT/graphql" -- "$WORKLOAD"; }
ticks() { local total=0 pid; for pid in $1; do total=$(( total + $(awk '{print $14 + $15}' /proc/"$pid"/stat 2>/dev/null || echo 0) )); done; echo "$total"; }
backends() { psql -d "$DB" -Atc "select pid from pg_stat_activity where datname = '$DB' and backend_type = 'client backend'
  and pid <> pg_backend_pid() and application_name = 'PostgreSQL JDBC Driver'" | tr '\n' ' '; }

drive "$WARMUP" >/dev/null
for run in 1 2; do
  before_backends=$(backends); service_before=$(ticks "$SERVICE"); backend_before=$(ticks "$before_backends")
  result=$(drive "$DURATION" | grep '^{')
  # backends opened during the run count whole; the pool is warm by now, so there are none in practice
  all_backends=$(echo "$before_backends $(backends)" | tr ' ' '\n' | sort -u | tr '\n' ' ')
  python3 - "$run" "$result" "$service_before" "$(ticks "$SERVICE")" "$backend_before" "$(ticks "$all_backends")" \
    "$(getconf CLK_TCK)" <<'PY'
import json, sys
run, result = sys.argv[1], json.loads(sys.argv[2])
service, backend = int(sys.argv[4]) - int(sys.argv[3]), int(sys.argv[6]) - int(sys.argv[5])
tick_ms, n = 1000 / int(sys.argv[7]), result["requests"]
print(f"run {run}: {result['rps']:.1f} requests/s, p50 {result['p50_ms']:.1f} ms, service CPU {service * tick_ms / n:.1f}"
      f" ms/request, PostgreSQL CPU {backend * tick_ms / n:.1f} ms/request, non-2xx {result['non2xx']}")
PY
done
