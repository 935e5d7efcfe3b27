import { describe, expect, it } from "vitest";
import { createLog, logFormat, redactSecrets } from "../../src/app/logger.js";
import { ConfigError } from "../../src/config/config.js";

function collected(format: "json" | "plain") {
  const lines: string[] = [];
  const log = createLog({ format, write: (text) => lines.push(text) });
  return { log, lines };
}

// Shaped like real tokens, made up for the test.
const SLACK_BOT = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
const SLACK_APP = "xapp-1-A0123456789-1234567890123-0123456789abcdef0123456789abcdef";
const DISCORD = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";

describe("capwatch's log", () => {
  it("GIVEN the plain form THEN each line is today's 'capwatch: …', for every level", () => {
    const { log, lines } = collected("plain");
    log("slack: connected (Socket Mode)");
    log.warn("finnhub: circuit open");
    log.error("configuration error: PORT: bad");
    expect(lines).toEqual(["capwatch: slack: connected (Socket Mode)\n", "capwatch: finnhub: circuit open\n", "capwatch: configuration error: PORT: bad\n"]);
  });

  it("GIVEN the JSON form THEN each line is one JSON object with an ISO time, the level's name and the message", () => {
    const { log, lines } = collected("json");
    log("slack: connected (Socket Mode)");
    log.warn("finnhub: circuit open");
    log.error("closing the store failed");
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => [e.level, e.msg, e.name])).toEqual([
      ["info", "slack: connected (Socket Mode)", "capwatch"],
      ["warn", "finnhub: circuit open", "capwatch"],
      ["error", "closing the store failed", "capwatch"],
    ]);
    for (const e of entries) expect(e.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lines.every((l) => l.endsWith("}\n"))).toBe(true);
  });

  it("GIVEN Slack and Discord tokens, an Authorization value and a password in a URL THEN neither form shows them", () => {
    const message = `slack: An API error occurred: invalid_auth token=${SLACK_BOT} app=${SLACK_APP}; discord: ${DISCORD}; header Bot ${DISCORD.replace(/\./g, "")}; store postgres://capwatch:s3cret-pw@db:5432/capwatch`;
    for (const format of ["plain", "json"] as const) {
      const { log, lines } = collected(format);
      log.error(message);
      const out = lines.join("");
      for (const secret of [SLACK_BOT, SLACK_APP, DISCORD, "s3cret-pw", DISCORD.replace(/\./g, "")]) expect(out, format).not.toContain(secret);
      expect(out).toContain("postgres://capwatch:[redacted]@db:5432/capwatch");
      expect(out).toContain("invalid_auth");
    }
    expect(redactSecrets("no secret here: MSFT fell 8.6% (mcap_drop level 2)")).toBe("no secret here: MSFT fell 8.6% (mcap_drop level 2)");
  });

  it("GIVEN CAPWATCH_LOG_FORMAT, NODE_ENV and a terminal or not THEN the form is the asked one, JSON only for production off a terminal, and a wrong value names the variable", () => {
    expect(logFormat({ CAPWATCH_LOG_FORMAT: "json" }, true)).toBe("json");
    expect(logFormat({ CAPWATCH_LOG_FORMAT: "plain", NODE_ENV: "production" }, false)).toBe("plain");
    expect(logFormat({ NODE_ENV: "production" }, false)).toBe("json");
    expect(logFormat({ NODE_ENV: "production" }, true)).toBe("plain");
    expect(logFormat({}, false)).toBe("plain");
    expect(() => logFormat({ CAPWATCH_LOG_FORMAT: "pretty" }, false)).toThrow(ConfigError);
    expect(() => logFormat({ CAPWATCH_LOG_FORMAT: "pretty" }, false)).toThrow(/CAPWATCH_LOG_FORMAT: "pretty" is not a log format; use json or plain/);
  });
});
