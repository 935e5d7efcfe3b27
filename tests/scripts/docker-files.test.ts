// Docker does not run in this suite (scripts/docker-check.sh builds and runs the image): these checks hold the Dockerfile and compose file to
// what the README promises of them (multi-stage, non-root, a supported Node, PostgreSQL, no secrets
// or held-out data in the build context).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { HEAP_LIMIT_FLAG } from "../../src/app/heap-limit.js";

const dockerfile = readFileSync("Dockerfile", "utf8");
const ignore = readFileSync(".dockerignore", "utf8").split("\n").map((l) => l.trim());
const compose = readFileSync("compose.yaml", "utf8");
const standins = readFileSync("scripts/docker-standins.sh", "utf8");
const composeCheck = readFileSync("scripts/compose-check.sh", "utf8");
const engines = (JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } }).engines.node;

describe("the container files", () => {
  it("GIVEN the Dockerfile THEN two stages on a Node LTS that satisfies engines, running node itself as a non-root user", () => {
    const version = /^ARG NODE_VERSION=(\d+)$/m.exec(dockerfile)?.[1];
    expect(["20", "22", "24"]).toContain(version);
    expect(Number(version)).toBeGreaterThanOrEqual(Number(/\d+/.exec(engines)?.[0]));
    const stages = dockerfile.match(/^FROM node:\$\{NODE_VERSION\}-bookworm-slim/gm) ?? [];
    expect(stages).toHaveLength(2);
    expect(dockerfile).toMatch(/^FROM .* AS build$/m);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/npm (ci|install)/); // the runtime stage installs nothing: it copies the pruned build
    expect(runtime).toContain(`CMD ["node", "${HEAP_LIMIT_FLAG}", "dist/main.js"]`); // signals reach capwatch, not npm; the heap limit npm start sets
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
  });

  it("GIVEN the build context THEN no secrets, local stores, builds or labelled guidance sets are sent", () => {
    for (const entry of [".env", "node_modules", "dist", "data/guidance", "data/*.db"]) expect(ignore).toContain(entry);
  });

  it("GIVEN compose THEN capwatch runs live on the PostgreSQL service once it is healthy, tokens from an optional .env", () => {
    expect(compose).toMatch(/^ {2}postgres:\n {4}image: postgres:\d+/m);
    expect(compose).toMatch(/CAPWATCH_STORE: postgres:\/\/capwatch:.*@postgres:5432\/capwatch/);
    expect(compose).toContain("CAPWATCH_SOURCES: live");
    expect(compose).toMatch(/condition: service_healthy/);
    expect(compose).toMatch(/path: \.env\n\s+required: false/);
    expect(compose).toMatch(/stop_grace_period: \d+s/);
  });

  it("GIVEN what the build bundles (src/ and bench/) THEN every folder they import from is copied into the build stage and left in the build context", () => {
    // The first real build failed here: the bench imports the fake servers from tests/fakes, which
    // neither the Dockerfile copied nor .dockerignore let through.
    const folders = new Set<string>();
    for (const root of ["src", "bench"]) {
      for (const file of readdirSync(root, { recursive: true }) as string[]) {
        if (!file.endsWith(".ts")) continue;
        for (const [, spec] of readFileSync(join(root, file), "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
          const target = normalize(join(root, dirname(file), spec as string));
          if (!target.startsWith("src/") && !target.startsWith("bench/")) folders.add(dirname(target));
        }
      }
    }
    expect([...folders].sort()).toEqual(["tests/fakes/discord", "tests/fakes/slack"]);
    const copied = [...dockerfile.matchAll(/^COPY (\S+) /gm)].map((m) => m[1] as string);
    for (const folder of folders) {
      expect(copied.some((c) => folder.startsWith(c.replace(/\/$/, "")))).toBe(true);
      const excluded = ignore.some((entry) => entry === folder.split("/")[0] || entry === `${folder.split("/")[0]}/*`);
      if (excluded) expect(ignore.some((entry) => entry.startsWith("!") && folder.startsWith(entry.slice(1)))).toBe(true);
    }
  });

  it("GIVEN the offline stand-ins and the compose check THEN they make the very images the Dockerfile and compose name, and run compose.yaml as it is", () => {
    // A stand-in under another tag would leave the real files untried (docs/operations.md, "Docker and compose").
    const node = /^ARG NODE_VERSION=(\d+)$/m.exec(dockerfile)?.[1];
    expect(standins).toContain(`- node:${node}-bookworm-slim`);
    const postgres = /^ {4}image: (postgres:\S+)$/m.exec(compose)?.[1];
    expect(standins).toContain(`- ${postgres}`);
    // The entrypoint the stand-in gives PostgreSQL reads what compose sets.
    for (const variable of ["POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"]) {
      expect(compose).toContain(`${variable}:`);
      expect(standins).toContain(variable);
    }
    // The check builds the image compose would build for its capwatch service, then runs `up` without -f overrides.
    expect(composeCheck).toMatch(/docker build --network host -t "\$\{PROJECT\}-capwatch"/);
    expect(composeCheck).not.toMatch(/docker compose[^\n]* -f /);
    expect(compose).toMatch(/^ {2}capwatch:\n {4}build: \.$/m);
    expect(composeCheck).toContain(`PORT=${/"(\d+):\d+"/.exec(compose)?.[1]}`);
  });
});
