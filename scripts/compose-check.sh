#!/usr/bin/env bash
# Runs compose.yaml as written and checks what "Docker and compose" (docs/operations.md) promises
# of it: PostgreSQL healthy before capwatch starts, capwatch live on it (migrated, the leader),
# /healthz and /readyz on the published port, a PostgreSQL restart survived, a graceful stop.
# Not part of `npm test`: it needs Docker Compose v2, a daemon (DOCKER_HOST) and the two base
# images (or scripts/docker-standins.sh's stand-ins). The image is built first with
# `docker build --network host` (for daemons whose containers have no route out), under the name
# compose gives the service's build, so `up` runs the very file users run.
#   scripts/compose-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT=capwatch-compose-check
PORT=3000 # compose.yaml publishes 3000:3000
dc() { docker compose -p "$PROJECT" "$@"; }
step() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'FAILED: %s\n' "$*"
  dc logs --no-color --tail 40 capwatch || true
  exit 1
}
made_env=""
cleanup() {
  dc down -v --remove-orphans >/dev/null 2>&1 || true
  if [ -n "$made_env" ]; then rm -f .env; fi
}
trap cleanup EXIT
# compose reads an optional .env beside compose.yaml into capwatch's environment; a throwaway one
# shows it does (an operator's own .env is used as it is and left alone).
if [ ! -e .env ]; then
  printf 'CAPWATCH_CONTACT=compose-check@example.com\nCAPWATCH_LOG_FORMAT=json\n' >.env
  made_env=yes
fi

# The store is fine when /readyz answers and does not list it among the failing checks (the live
# sources may be stale where containers have no route out).
store_ready() {
  local body
  body=$(curl -s "http://127.0.0.1:$PORT/readyz") || return 1
  echo "$body" >/tmp/capwatch-compose-readyz.json
  echo "$body" | grep -q '"ready":' && ! echo "$body" | grep -q '"name":"store","ok":false'
}

step "build (multi-stage) as ${PROJECT}-capwatch"
DOCKER_BUILDKIT=${DOCKER_BUILDKIT:-0} docker build --network host -t "${PROJECT}-capwatch" . >/tmp/capwatch-compose-build.log 2>&1 || { tail -30 /tmp/capwatch-compose-build.log; fail "docker build"; }

step "up: postgres healthy first, then capwatch"
dc up -d --no-build --wait --wait-timeout 180 || fail "compose up --wait"
[ "$(dc ps --format '{{.Health}}' postgres)" = healthy ] || fail "postgres not healthy"
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || fail "/healthz on the published port"
store_ready || fail "store not ready: $(cat /tmp/capwatch-compose-readyz.json)"
curl -sf "http://127.0.0.1:$PORT/metrics" | grep -q '^capwatch_leader 1' || fail "the only instance leads"
dc exec -T postgres psql -U capwatch -d capwatch -Atc "select count(*) from information_schema.tables where table_name = 'outbox'" | grep -qx 1 || fail "capwatch migrated PostgreSQL"
if [ -n "$made_env" ]; then dc exec -T capwatch printenv CAPWATCH_CONTACT | grep -qx compose-check@example.com || fail ".env not read"; fi
[ "$(dc exec -T capwatch id -u)" != 0 ] || fail "capwatch runs as root"

step "PostgreSQL restarts: capwatch stays up and its store comes back"
dc restart postgres >/dev/null
for _ in $(seq 1 60); do store_ready && break; sleep 1; done
store_ready || fail "store not back after the restart: $(cat /tmp/capwatch-compose-readyz.json)"
[ "$(dc ps --format '{{.State}}' capwatch)" = running ] || fail "capwatch did not survive the restart"

step "stop: SIGTERM, a graceful exit within the grace period"
dc stop capwatch >/dev/null
code=$(docker inspect "$(dc ps -a -q capwatch)" --format '{{.State.ExitCode}}')
[ "$code" = 0 ] || fail "exit code $code after stop"
dc logs --no-color capwatch | grep -q '"level":' || fail "no JSON log lines"
step "all compose checks passed"
