#!/usr/bin/env bash
# Scale and abuse figures (docs/PERFORMANCE.md, "Limits and scale"): a 100,000-item bundle, a 200,000-item export,
# and the latency of a simple query while other clients attack. Not part of ./mvnw verify.
#
#   bench/limits.sh                      # builds, then starts the packaged service (-Xmx512m) on a fresh database
#   SKIP_BUILD=1 ATTACK_SECONDS=60 bench/limits.sh
#   SKIP_BUILD=1 JAR=bench/out/baseline-<commit>/target/quarkus-app/quarkus-run.jar bench/limits.sh   # another build
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-ledger_limits}
PORT=${BENCH_PORT:-8392}
PASSWORD=bench-researcher
OUT=bench/out
export PGHOST=127.0.0.1 PGUSER=postgres
mkdir -p "$OUT"

if ! pg_isready -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 60); do pg_isready -q && break; sleep 1; done
fi
dropdb --if-exists --force "$DB"
createdb "$DB"
if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -B -q -ntp package -DskipTests; fi

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT LEDGER_RESEARCHER_PASSWORD=$PASSWORD \
  QUARKUS_LOG_CATEGORY__IO_COSTLEDGER_GRAPHQL__LEVEL=WARN \
  java -Xmx512m -Xms512m -XX:+ExitOnOutOfMemoryError -jar "${JAR:-target/quarkus-app/quarkus-run.jar}" > "$OUT/limits-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done

python3 bench/limits.py --url "http://127.0.0.1:$PORT" --password "$PASSWORD" \
  --attack-seconds "${ATTACK_SECONDS:-30}" ${SKIP_SCALE:+--skip-scale} | tee "$OUT/limits.md"
kill -0 $SERVICE && echo "The service is still running." | tee -a "$OUT/limits.md"
