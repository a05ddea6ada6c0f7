#!/usr/bin/env bash
# The Docker Compose stacks, as CI runs them (called by .ci/run after the test suites, which packaged the service):
# installs Debian's Docker engine and docker-compose if they are missing, starts dockerd if it is not running, makes
# the base image where no registry can be reached, then runs the project's compose file unchanged and checks it through
# its published port (ops/stack_check.py). Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
took() { echo "== $1 in $(( $(date +%s) - started )) s"; started=$(date +%s); }

export DEBIAN_FRONTEND=noninteractive
missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v debootstrap >/dev/null || missing+=(debootstrap)
if ((${#missing[@]})); then
  echo "installing ${missing[*]} from Debian's packages"
  apt-get install -y -q "${missing[@]}" || { apt-get update -q && apt-get install -y -q "${missing[@]}"; }
fi
# Debian's client, whatever else is on the PATH: it speaks the engine's API
export PATH=/usr/bin:$PATH
if ! docker info >/dev/null 2>&1; then
  echo "starting dockerd"
  (dockerd > /var/log/dockerd-ci.log 2>&1 &)
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null
fi
took "the Docker engine"

ops/local-images.sh
took "the base image debian:bookworm-slim"

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -ntp package -DskipTests
POSTGRES_PASSWORD=build LEDGER_RESEARCHER_PASSWORD=build docker-compose -f docker-compose.scale.yml build -q
took "the images (service, PostgreSQL, nginx)"

python3 ops/stack_check.py single
took "docker-compose.yml: healthy, reference data once, the worked example, restart, down/up, a database outage"

python3 ops/stack_check.py backup
took "pg_dump of a stack restored into a fresh one: the same export, loads and history"

python3 ops/stack_check.py scale
took "docker-compose.scale.yml: a replica, two instances behind nginx, read-your-writes, an instance and the replica stopped"
