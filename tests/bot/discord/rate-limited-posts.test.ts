// A 429 on an alert post comes back to the delivery loop (which waits what Discord asked and takes
// a new slot of the bot's pace); replies to commands are left to discord.js's own waiting.
import { RateLimitError } from "discord.js";
import { describe, expect, it } from "vitest";
import { classifyPostError } from "../../../src/bot/discord/discord-platform.js";
import { isAlertPost } from "../../../src/bot/discord/start-discord.js";

const limit = (over: Partial<ConstructorParameters<typeof RateLimitError>[0]>) =>
  new RateLimitError({ timeToReset: 800, limit: 50, method: "POST", hash: "h", url: "https://discord.test/api/v10/channels/1/messages", route: "/channels/:id/messages", majorParameter: "1", global: false, retryAfter: 800, sublimitTimeout: 0, scope: "user", ...over });

describe("rate limits on Discord posts", () => {
  it("GIVEN a RateLimitError THEN a retry after exactly the time Discord gave, naming the limit", () => {
    expect(classifyPostError(limit({}))).toEqual({ kind: "retry_later", reason: "rate limited (user, POST /channels/:id/messages)", afterMs: 800 });
    expect(classifyPostError(limit({ global: true, retryAfter: 120 }))).toEqual({ kind: "retry_later", reason: "rate limited (global, POST /channels/:id/messages)", afterMs: 120 });
  });

  it("GIVEN the routes discord.js reports THEN only posts to a channel are handed back; command replies and reads are not", () => {
    expect(isAlertPost({ method: "POST", route: "/channels/:id/messages" })).toBe(true);
    expect(isAlertPost({ method: "post", route: "/channels/:id/messages" })).toBe(true);
    expect(isAlertPost({ method: "GET", route: "/channels/:id/messages" })).toBe(false);
    expect(isAlertPost({ method: "PATCH", route: "/webhooks/:id/:token/messages/@original" })).toBe(false);
    expect(isAlertPost({ method: "POST", route: "/interactions/:id/:token/callback" })).toBe(false);
    expect(isAlertPost({ method: "POST", route: "/webhooks/:id/:token" })).toBe(false);
  });
});
