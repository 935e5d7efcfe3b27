# capwatch in a container; `scripts/docker-check.sh` builds and checks it (docs/operations.md, "Docker
# and compose"). Two stages: the build has the compilers better-sqlite3 may need and the dev
# tools; the image that runs has only Node, the production dependencies and dist/, as a non-root user.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts later, once the sources are here (prepare builds dist/ from them).
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY bench ./bench
# The build bundles the bench too, and the load bench runs the fake Slack and Discord servers.
COPY tests/fakes ./tests/fakes
RUN npm rebuild better-sqlite3 esbuild && npm run build && npm prune --omit=dev

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    CAPWATCH_STORE=/data/capwatch.db
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json /app/package-lock.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
# The bundled replay episode, for `docker run` with no configuration (the default start replays it).
COPY --chown=root:root data/episode-2026.jsonl ./data/episode-2026.jsonl
# The code belongs to root and is read-only to the bot; only /data (the SQLite store) is its own.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness; a load balancer or orchestrator asks GET /readyz for readiness.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself, not npm: SIGTERM reaches capwatch, which stops gracefully (README, "Stopping"); the
# heap limit as npm start sets it (src/app/heap-limit.ts: it keeps the heap near what is live).
CMD ["node", "--max-old-space-size=1024", "dist/main.js"]
