// `.env` in the working directory, read by `npm start` and the `capwatch` CLI; the environment wins.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const MAIN = resolve("dist/main.js");
const CLI = resolve("dist/cli.js");
const EPISODE = resolve("data/episode-2026.jsonl");

/** A working directory with `.env` holding `text`. */
function dirWith(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "capwatch-env-"));
  writeFileSync(join(dir, ".env"), text);
  return dir;
}

function run(script: string, cwd: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  const { CAPWATCH_REPLAY_FILE: _file, CAPWATCH_REPLAY_SPEED: _speed, PORT: _port, ...base } = process.env;
  return spawnSync(process.execPath, [script, ...args], { cwd, input: "", encoding: "utf8", env: { ...base, ...env }, timeout: 60_000 });
}

describe(".env at start", () => {
  it("GIVEN .env naming the replay file and a bad speed THEN npm start reads both: the speed is refused, naming the variable", () => {
    const bad = run(MAIN, dirWith(`# capwatch\nCAPWATCH_REPLAY_FILE=${EPISODE}\nCAPWATCH_REPLAY_SPEED=fast\n`));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^capwatch: configuration error: CAPWATCH_REPLAY_SPEED: /);
  });

  it("GIVEN the same .env and CAPWATCH_REPLAY_SPEED=max in the environment THEN the environment wins and the file's replay file plays", () => {
    const ok = run(MAIN, dirWith(`CAPWATCH_REPLAY_FILE=${EPISODE}\nCAPWATCH_REPLAY_SPEED=fast\n`), { CAPWATCH_REPLAY_SPEED: "max" });
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`capwatch: REPLAY of ${EPISODE} (as fast as it reads`);
  });

  it("GIVEN a malformed .env THEN npm start and the capwatch CLI stop with a configuration error naming the line", () => {
    const dir = dirWith("PORT=8080\nSLACK_BOT_TOKEN xoxb-1\n");
    for (const script of [MAIN, CLI]) {
      const bad = run(script, dir, {}, script === CLI ? ["help"] : []);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe('capwatch: configuration error: .env line 2: expected NAME=value (got "SLACK_BOT_TOKEN xoxb-1")\n');
    }
  });

  it("GIVEN .env with CAPWATCH_MARKET_CLOSURES THEN the capwatch CLI reads it (a bad date is refused, naming the variable)", () => {
    const bad = run(CLI, dirWith("CAPWATCH_MARKET_CLOSURES=not-a-date\n"), {}, ["help"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^capwatch: configuration error: CAPWATCH_MARKET_CLOSURES/);
  });
});
