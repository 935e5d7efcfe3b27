// Docker cannot run where this suite runs: these checks hold the Dockerfile and compose file to
// what the README promises of them (multi-stage, non-root, a supported Node, PostgreSQL, no secrets
// or held-out data in the build context).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dockerfile = readFileSync("Dockerfile", "utf8");
const ignore = readFileSync(".dockerignore", "utf8").split("\n").map((l) => l.trim());
const compose = readFileSync("compose.yaml", "utf8");
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
    expect(runtime).toContain('CMD ["node", "dist/main.js"]'); // signals reach capwatch, not npm
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
});
