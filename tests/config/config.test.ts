import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_EPISODE, DEFAULT_STORE, WATCHING_REPLAY_SPEED, loadConfig } from "../../src/config/config.js";

const configFile = (content: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "capwatch-config-")), "capwatch.json");
  writeFileSync(path, content);
  return path;
};

describe("config", () => {
  it("GIVEN no configuration THEN the embedded defaults; a person watching gets a paced replay, a pipe gets max", () => {
    expect(loadConfig({}, { interactive: false })).toEqual({ store: DEFAULT_STORE, replayFile: DEFAULT_EPISODE, replaySpeed: "max", retentionDays: 365, auditRetentionDays: 730, outboxLeaseSeconds: 60 });
    expect(loadConfig({}, { interactive: true }).replaySpeed).toBe(WATCHING_REPLAY_SPEED);
  });

  it("GIVEN CAPWATCH_OUTBOX_LEASE_SECONDS THEN whole seconds from 1 to 3600 are taken and anything else is refused, naming the variable", () => {
    expect(loadConfig({ CAPWATCH_OUTBOX_LEASE_SECONDS: "5" }, { interactive: false }).outboxLeaseSeconds).toBe(5);
    for (const bad of ["0", "3601", "1.5", "soon"]) {
      expect(() => loadConfig({ CAPWATCH_OUTBOX_LEASE_SECONDS: bad }, { interactive: false })).toThrow(/^CAPWATCH_OUTBOX_LEASE_SECONDS: must be a whole number of seconds from 1 to 3600/);
    }
  });

  it("GIVEN CAPWATCH_REPLAY_SPEED as a number or max THEN it is used", () => {
    expect(loadConfig({ CAPWATCH_REPLAY_SPEED: "3600" }, { interactive: true }).replaySpeed).toBe(3600);
    expect(loadConfig({ CAPWATCH_REPLAY_SPEED: "max" }, { interactive: true }).replaySpeed).toBe("max");
  });

  it.each([["fast"], ["0"], ["-5"], ["Infinity"]])("GIVEN CAPWATCH_REPLAY_SPEED=%s THEN an error naming the variable and what is allowed", (value) => {
    expect(() => loadConfig({ CAPWATCH_REPLAY_SPEED: value }, { interactive: false })).toThrow(ConfigError);
    expect(() => loadConfig({ CAPWATCH_REPLAY_SPEED: value }, { interactive: false })).toThrow(/^CAPWATCH_REPLAY_SPEED: .*(number|greater than 0).*max/);
  });

  it("GIVEN a config file THEN its values apply and the environment wins over it", () => {
    const path = configFile(JSON.stringify({ store: "/tmp/x.db", replaySpeed: 100 }));
    expect(loadConfig({ CAPWATCH_CONFIG: path }, { interactive: false })).toMatchObject({ store: "/tmp/x.db", replaySpeed: 100 });
    expect(loadConfig({ CAPWATCH_CONFIG: path, CAPWATCH_STORE: "/tmp/y.db" }, { interactive: false }).store).toBe("/tmp/y.db");
  });

  it("GIVEN a config file with an unknown key, bad JSON or a missing file THEN an error naming CAPWATCH_CONFIG", () => {
    expect(() => loadConfig({ CAPWATCH_CONFIG: configFile('{"stroe":"x"}') }, { interactive: false })).toThrow(/CAPWATCH_CONFIG: .*allowed keys: store, replayFile, replaySpeed/);
    expect(() => loadConfig({ CAPWATCH_CONFIG: configFile("{") }, { interactive: false })).toThrow(/CAPWATCH_CONFIG: .* is not valid JSON/);
    expect(() => loadConfig({ CAPWATCH_CONFIG: "/nonexistent/capwatch.json" }, { interactive: false })).toThrow(/CAPWATCH_CONFIG: cannot read .*ENOENT/);
  });

  it("GIVEN a bad value in the config file THEN the error names the key and the file", () => {
    const path = configFile(JSON.stringify({ replaySpeed: "warp" }));
    expect(() => loadConfig({ CAPWATCH_CONFIG: path }, { interactive: false })).toThrow(new RegExp(`^replaySpeed in ${path}: `));
  });
});

describe("config: retention", () => {
  it("GIVEN CAPWATCH_RETENTION_DAYS and CAPWATCH_AUDIT_RETENTION_DAYS THEN they are used; a value that is no whole number of days from 1 to 3650 is refused by name", () => {
    const config = loadConfig({ CAPWATCH_RETENTION_DAYS: "30", CAPWATCH_AUDIT_RETENTION_DAYS: "90" }, { interactive: false });
    expect([config.retentionDays, config.auditRetentionDays]).toEqual([30, 90]);
    for (const bad of ["0", "-5", "1.5", "forever", "99999"]) {
      expect(() => loadConfig({ CAPWATCH_RETENTION_DAYS: bad }, { interactive: false })).toThrow(`CAPWATCH_RETENTION_DAYS: must be a whole number of days from 1 to 3650 (got "${bad}")`);
    }
  });
});

describe("config: CAPWATCH_INGEST_SECRET", () => {
  it("GIVEN a secret of 16 characters or more, from the environment or the file THEN it is used; none means no endpoint", () => {
    expect(loadConfig({}, { interactive: false }).ingestSecret).toBeUndefined();
    expect(loadConfig({ CAPWATCH_INGEST_SECRET: "0123456789abcdef" }, { interactive: false }).ingestSecret).toBe("0123456789abcdef");
    const path = configFile(JSON.stringify({ ingestSecret: "from-the-file-0123" }));
    expect(loadConfig({ CAPWATCH_CONFIG: path }, { interactive: false }).ingestSecret).toBe("from-the-file-0123");
  });

  it("GIVEN a short secret THEN an error naming the variable, without the secret itself", () => {
    expect(() => loadConfig({ CAPWATCH_INGEST_SECRET: "hunter2" }, { interactive: false })).toThrow("CAPWATCH_INGEST_SECRET: must be a shared secret of at least 16 characters (got 7 characters)");
  });
});
