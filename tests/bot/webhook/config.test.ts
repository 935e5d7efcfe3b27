// CAPWATCH_WEBHOOKS: each channel's URL (https only, http only to 127.0.0.1) and what it watches;
// a wrong value is a ConfigError naming the place and the rule.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config.js";
import { loadWebhookConfig } from "../../../src/bot/webhook/config.js";

const env = (value: unknown) => ({ CAPWATCH_WEBHOOKS: typeof value === "string" ? value : JSON.stringify(value) });
const error = (value: unknown) => {
  try {
    loadWebhookConfig(env(value));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error("no error");
};

describe("loadWebhookConfig", () => {
  it("GIVEN no CAPWATCH_WEBHOOKS THEN the platform is off", () => {
    expect(loadWebhookConfig({})).toBeUndefined();
    expect(loadWebhookConfig({ CAPWATCH_WEBHOOKS: "  " })).toBeUndefined();
  });

  it("GIVEN channels inline THEN each is webhook:<name> with its URL, tickers (every one by default), kinds and thresholds", () => {
    const config = loadWebhookConfig(
      env({ channels: { ops: { url: "https://hooks.slack.com/services/T/B/x" }, desk: { url: "https://chat.example.com/hooks/abc", tickers: ["MSFT", "BRK.B"], kinds: ["mcap_drop"], thresholds: { mcapDropPct: 3 } } } }),
    );
    expect(config?.timeoutMs).toBe(10_000);
    expect(config?.channels.map((c) => [c.id, c.url.href, c.tickers])).toEqual([
      ["webhook:ops", "https://hooks.slack.com/services/T/B/x", "*"],
      ["webhook:desk", "https://chat.example.com/hooks/abc", ["MSFT", "BRK.B"]],
    ]);
    expect(config?.channels[1]).toMatchObject({ kinds: ["mcap_drop"], thresholds: { mcapDropPct: 3 } });
  });

  it("GIVEN the path of a JSON file THEN it is read", () => {
    const file = join(mkdtempSync(join(tmpdir(), "capwatch-webhooks-")), "webhooks.json");
    writeFileSync(file, JSON.stringify({ channels: { ops: { url: "http://127.0.0.1:9/hook" } }, timeoutMs: 2000 }));
    expect(loadWebhookConfig({ CAPWATCH_WEBHOOKS: file })).toMatchObject({ timeoutMs: 2000, channels: [{ id: "webhook:ops" }] });
    expect(error("/nonexistent/webhooks.json")).toMatch(/^CAPWATCH_WEBHOOKS: cannot read \/nonexistent\/webhooks.json \(ENOENT\)/);
  });

  it("GIVEN a URL that is not https (plain http only to 127.0.0.1) THEN refused, naming the channel", () => {
    for (const url of ["http://hooks.example.com/x", "http://localhost:8080/x", "ftp://127.0.0.1/x", "not a url", "javascript:alert(1)"]) {
      expect(error({ channels: { ops: { url } } })).toBe("CAPWATCH_WEBHOOKS: channels.ops.url: must be an https:// URL (http:// only to 127.0.0.1, a local relay or a test)");
    }
  });

  it("GIVEN malformed settings THEN each is named", () => {
    expect(error("{oops")).toMatch(/^CAPWATCH_WEBHOOKS: not valid JSON/);
    expect(error({ channels: {} })).toBe("CAPWATCH_WEBHOOKS: channels: must name 1 to 100 channels");
    expect(error({ channels: { "Ops Room": { url: "https://x.example/h" } } })).toMatch(/channel names are lower-case letters/);
    expect(error({ channels: { ops: { url: "https://x.example/h", tickers: ["msft"] } } })).toMatch(/^CAPWATCH_WEBHOOKS: channels.ops.tickers.0: must be an upper-case symbol/);
    expect(error({ channels: { ops: { url: "https://x.example/h", kinds: ["everything"] } } })).toMatch(/^CAPWATCH_WEBHOOKS: channels.ops.kinds.0: /);
    expect(error({ channels: { ops: { url: "https://x.example/h" } }, timeoutMs: 120_000 })).toBe("CAPWATCH_WEBHOOKS: timeoutMs: must be at most 60000");
    expect(error({ channels: { ops: { url: "https://x.example/h", colour: "red" } } })).toMatch(/^CAPWATCH_WEBHOOKS: channels.ops: /);
  });
});
