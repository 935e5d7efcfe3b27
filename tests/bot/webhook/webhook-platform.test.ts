// A webhook's answers as delivery's failure classes, Retry-After read both ways, and the message:
// Slack-style JSON whose text from data cannot form a mention or a link.
import { describe, expect, it } from "vitest";
import type { AlertView } from "../../../src/alerts/views/alert-view.js";
import { classifyWebhookError, retryAfterMs, UnknownWebhookChannel, WebhookRefusal } from "../../../src/bot/webhook/webhook-platform.js";
import { webhookAlertMessage } from "../../../src/bot/webhook/webhook-message.js";

describe("classifyWebhookError", () => {
  it("GIVEN each answer THEN its class", () => {
    expect(classifyWebhookError(new WebhookRefusal(429, 30_000, "rate_limited"))).toEqual({ kind: "retry_later", reason: "HTTP 429 rate_limited", afterMs: 30_000 });
    expect(classifyWebhookError(new WebhookRefusal(429, undefined, ""))).toEqual({ kind: "retry_later", reason: "HTTP 429" });
    expect(classifyWebhookError(new WebhookRefusal(404, undefined, "no_service"))).toEqual({ kind: "channel_gone", reason: "HTTP 404 no_service" });
    expect(classifyWebhookError(new WebhookRefusal(410, undefined, "channel_is_archived"))).toMatchObject({ kind: "channel_gone" });
    expect(classifyWebhookError(new WebhookRefusal(401, undefined, ""))).toMatchObject({ kind: "token_bad" });
    expect(classifyWebhookError(new WebhookRefusal(403, undefined, "invalid_token"))).toMatchObject({ kind: "token_bad" });
    expect(classifyWebhookError(new WebhookRefusal(500, undefined, ""))).toMatchObject({ kind: "retry_later" });
    expect(classifyWebhookError(new WebhookRefusal(503, undefined, ""))).toMatchObject({ kind: "retry_later" });
    expect(classifyWebhookError(new WebhookRefusal(400, undefined, "invalid_payload"))).toEqual({ kind: "refused", reason: "HTTP 400 invalid_payload" });
    expect(classifyWebhookError(new UnknownWebhookChannel("webhook:old is not in CAPWATCH_WEBHOOKS"))).toMatchObject({ kind: "channel_gone" });
    expect(classifyWebhookError(new DOMException("timed out", "TimeoutError"))).toEqual({ kind: "retry_later", reason: "no answer within the timeout" });
    expect(classifyWebhookError(new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }) }))).toEqual({ kind: "retry_later", reason: "fetch failed (ECONNREFUSED)" });
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-01-28T15:00:00Z");
  it("GIVEN seconds or an HTTP date THEN the wait in ms, capped at an hour; nothing for an unreadable one", () => {
    expect(retryAfterMs("2", now)).toBe(2_000);
    expect(retryAfterMs("0.5", now)).toBe(500);
    expect(retryAfterMs("Wed, 28 Jan 2026 15:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Wed, 28 Jan 2026 14:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("999999", now)).toBe(3_600_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });
});

describe("webhookAlertMessage", () => {
  const view: AlertView = {
    channel: "webhook:ops",
    ts: "2026-01-28T15:00:00.000Z",
    time: "Wed, Jan 28, 2026, 10:00 ET",
    title: "CAPEX GUIDANCE · META FY2026",
    summary: "META FY2026 capex guidance",
    headline: "Meta <!channel> guided capex of $115B–$135B & more",
    details: [],
    figures: [{ label: "Guidance", value: "$115B–$135B" }],
    quote: "we expect <https://evil.example|click> capex",
    said: "in Meta's Q4 call, Susan Li (CFO)",
    link: { url: "https://investor.atmeta.com/q4", label: "Q4 release" },
    tone: { pct: 30, severe: true },
    actions: [],
  };

  it("GIVEN a view THEN text and one attachment: linked title, escaped sentence, quote and who said it, fields, colour, time", () => {
    const message = webhookAlertMessage(view, "replay of x");
    const [a] = message.attachments;
    expect(message.text).toBe("CAPEX GUIDANCE · META FY2026: Meta &lt;!channel&gt; guided capex of $115B–$135B &amp; more");
    expect(a).toMatchObject({ title: "CAPEX GUIDANCE · META FY2026", title_link: "https://investor.atmeta.com/q4", color: "#1f8b4c", ts: 1769612400, footer: "Wed, Jan 28, 2026, 10:00 ET · replay of x" });
    expect(a.text).toBe(["Meta &lt;!channel&gt; guided capex of $115B–$135B &amp; more", "> “we expect &lt;https://evil.example|click&gt; capex”", "— _in Meta's Q4 call, Susan Li (CFO)_"].join("\n"));
    expect(a.fields).toEqual([{ title: "Guidance", value: "$115B–$135B", short: true }]);
  });

  it("GIVEN a very long sentence THEN the attachment's text is cut to its bound", () => {
    const message = webhookAlertMessage({ ...view, headline: "x".repeat(10_000), quote: undefined, said: undefined });
    expect(message.attachments[0].text?.length).toBe(3000);
    expect(message.text.length).toBeLessThanOrEqual(300);
  });
});
