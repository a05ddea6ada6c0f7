#!/usr/bin/env bash
# The web page's time to first chart, measured in Debian's Chromium (docs/PERFORMANCE.md): on the reference data and
# on a synthetic ledger of MODELS models (bench/generate.py), each served by the packaged service (-Xmx512m; response
# cache on, or off with CACHE=false) from a PostgreSQL database of its own. Each page is loaded RUNS times, each time
# in a fresh browser context (nothing cached in the browser); the times are the page's own performance marks, from the
# start of the navigation (io.costledger.web.PageTiming).
#
#   bench/page.sh                         # 10,000 models, 5 loads of each page
#   MODELS=2000 RUNS=3 bench/page.sh      # a quicker look
#   CACHE=false bench/page.sh             # every answer computed
#
# Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

MODELS=${MODELS:-10000}
RUNS=${RUNS:-5}
SEED=${SEED:-42}
REF_DB=ledger_page_reference
BIG_DB=ledger_page_synthetic
REF_PORT=${PAGE_REF_PORT:-8396}
BIG_PORT=${PAGE_BIG_PORT:-8398}
PASSWORD=bench-researcher
OUT=bench/out/page
export PGHOST=127.0.0.1 PGUSER=postgres PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
AUTH="Basic $(printf 'researcher:%s' "$PASSWORD" | base64)"
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
log() { printf '== %s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$OUT"

[ -x "${LEDGER_TEST_BROWSER:-/usr/bin/chromium}" ] || { log "installing chromium"; apt-get install -y -q chromium >/dev/null; }
if [ -z "${SKIP_BUILD:-}" ]; then log "building"; ./mvnw -B -q -ntp package -DskipTests; fi
./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath"

start_service() { # database port reference-data log
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$1" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$2 LEDGER_RESEARCHER_PASSWORD=$PASSWORD \
    LEDGER_CACHE_ENABLED=${CACHE:-true} \
    LEDGER_REFERENCE_DATA_ENABLED=$3 java -Xmx512m -jar target/quarkus-app/quarkus-run.jar > "$4" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null
}

for db in "$REF_DB" "$BIG_DB"; do dropdb --if-exists --force "$db"; createdb "$db"; done
log "starting the service on the reference data"
start_service "$REF_DB" "$REF_PORT" true "$OUT/reference.log"
log "generating and loading $MODELS synthetic models"
rm -rf "$OUT/ledger"
python3 bench/generate.py --models "$MODELS" --seed "$SEED" --out "$OUT/ledger"
start_service "$BIG_DB" "$BIG_PORT" false "$OUT/synthetic.log"
for bundle in "$OUT"/ledger/*.json; do
  status=$(curl -s -o "$OUT/last-load.json" -w '%{http_code}' -H "Authorization: $AUTH" \
    -H 'Content-Type: application/json' --data-binary @"$bundle" "http://127.0.0.1:$BIG_PORT/bundles")
  [ "$status" = 200 ] || { echo "loading $bundle answered $status: $(head -c 500 "$OUT/last-load.json")" >&2; exit 1; }
done
psql -d "$BIG_DB" -qc "vacuum analyze"
counts=$(psql -d "$BIG_DB" -Atc "select (select count(*) from model) || ' models, ' || (select count(*) from claim) || ' claims'")
busiest=$(psql -d "$BIG_DB" -Atc "select m.key from model m join claim c on c.model_id = m.id group by m.key
  order by count(*) desc, m.key limit 1")
log "synthetic ledger: $counts; the model with the most claims: $busiest"

log "measuring, $RUNS loads per page"
java -cp "target/test-classes:$(cat "$OUT/classpath")" io.costledger.web.PageTiming "$RUNS" \
  "http://127.0.0.1:$REF_PORT/" "http://127.0.0.1:$REF_PORT/models/deepseek-v3" \
  "http://127.0.0.1:$BIG_PORT/" "http://127.0.0.1:$BIG_PORT/models/$busiest" | tee "$OUT/results.txt"
