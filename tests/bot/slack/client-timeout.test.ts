// A Slack that accepts a call and never answers must not stall a channel for good: the call ends
// at its timeout and delivery classifies it as "retry later".
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_CALL_TIMEOUT_MS, slackClientOptions } from "../../../src/bot/slack/client-options.js";
import { classifySlackError } from "../../../src/bot/slack/delivery/slack-errors.js";

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer(() => undefined); // takes the request, never answers
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("Slack Web API calls have an end", () => {
  it("GIVEN the default options THEN a 15 s timeout, no retries of the client's own, 429s returned to the outbox", () => {
    expect(slackClientOptions(undefined)).toEqual({ slackApiUrl: undefined, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: SLACK_CALL_TIMEOUT_MS, fetch: expect.any(Function) });
    expect(SLACK_CALL_TIMEOUT_MS).toBe(15_000);
  });

  it("GIVEN a Slack that never answers THEN chat.postMessage fails at the timeout and delivery will retry it later", async () => {
    const client = new webApi.WebClient("xoxb-test", { ...slackClientOptions(url, 300), logLevel: webApi.LogLevel.ERROR });
    const started = Date.now();
    const error = await client.chat.postMessage({ channel: "C1", text: "hello" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(classifySlackError(error)).toMatchObject({ kind: "retry_later" });
  });

  it("GIVEN a response_url that never answers THEN respond()'s fetch (the client options' own) ends at the timeout", async () => {
    const { fetch: timed } = slackClientOptions(url, 300);
    const started = Date.now();
    const error = await timed(`${url}respond`, { method: "POST", body: "{}" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error | undefined)?.name).toBe("TimeoutError");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
