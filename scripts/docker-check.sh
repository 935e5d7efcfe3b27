#!/usr/bin/env bash
# Builds the image and checks what "Operating capwatch" promises of it, against a Docker daemon
# (DOCKER_HOST, or the default socket). Not part of `npm test`: a build takes minutes and needs a
# daemon and the registries. Where Docker Hub cannot be reached, give a local stand-in for the
# base image first (docs/operations.md, "Docker": how the Dec 6 check made one).
#   scripts/docker-check.sh            # SQLite in a volume
#   CHECK_PG_URL=postgres://… scripts/docker-check.sh   # also live on that PostgreSQL (host network)
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=capwatch:check
PORT=${CHECK_PORT:-3917}
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*"; exit 1; }
cleanup() { docker rm -f cw-check >/dev/null 2>&1 || true; docker volume rm -f cw-check-data >/dev/null 2>&1 || true; }
trap cleanup EXIT

step "build (multi-stage)"
DOCKER_BUILDKIT=${DOCKER_BUILDKIT:-0} docker build --network host -t "$IMAGE" . >/tmp/capwatch-docker-build.log 2>&1 || { tail -30 /tmp/capwatch-docker-build.log; fail "docker build"; }
docker image inspect "$IMAGE" --format 'image {{.Size}} bytes, user {{.Config.User}}, cmd {{.Config.Cmd}}'

step "the bundled episode, then exit 0 (stdin closed)"
docker run --name cw-check --network none "$IMAGE" >/tmp/capwatch-docker-run.log 2>&1 || fail "the replay exited $?"
grep -q "replay finished: 203 events, 32 alerts" /tmp/capwatch-docker-run.log || fail "the episode's 32 alerts"
docker rm cw-check >/dev/null

step "live on SQLite in a volume: /healthz, /readyz, non-root, read-only code, SIGTERM → exit 0"
docker run -d -i --name cw-check --network host -e PORT="$PORT" -e CAPWATCH_SOURCES=live -e CAPWATCH_CONTACT=ops@example.com -v cw-check-data:/data "$IMAGE" >/dev/null
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || fail "/healthz"
curl -sf "http://127.0.0.1:$PORT/readyz" | grep -q '"ready":true' || fail "/readyz"
[ "$(docker exec cw-check id -u)" != 0 ] || fail "runs as root"
docker exec cw-check sh -c 'touch /app/dist/x 2>/dev/null' && fail "the code is writable by the bot"
docker stop cw-check >/dev/null
[ "$(docker inspect cw-check --format '{{.State.ExitCode}}')" = 0 ] || fail "exit code after SIGTERM"
docker rm cw-check >/dev/null
docker run --rm -v cw-check-data:/data --entrypoint sh "$IMAGE" -c 'test -s /data/capwatch.db && ! test -e /data/capwatch.db-wal' || fail "the store in /data, closed cleanly"

if [ -n "${CHECK_PG_URL:-}" ]; then
  step "live on PostgreSQL: migrations, leader, /metrics"
  docker run -d -i --name cw-check --network host -e PORT="$PORT" -e CAPWATCH_SOURCES=live -e CAPWATCH_CONTACT=ops@example.com -e CAPWATCH_STORE="$CHECK_PG_URL" "$IMAGE" >/dev/null
  for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$PORT/metrics" | grep -q '^capwatch_leader 1' || fail "leader on PostgreSQL"
  docker stop cw-check >/dev/null
  [ "$(docker inspect cw-check --format '{{.State.ExitCode}}')" = 0 ] || fail "exit code after SIGTERM"
fi
step "all checks passed"
