// Discord's REST errors as delivery's failure classes, and the nonce that makes a re-send harmless.
import { DiscordAPIError } from "discord.js";
import { describe, expect, it } from "vitest";
import type { Alert } from "../../../src/alerts/types.js";
import { alertNonce, classifyPostError } from "../../../src/bot/discord/discord-platform.js";

const apiError = (status: number, code: number, message: string) => new DiscordAPIError({ code, message }, code, status, "POST", "/channels/1/messages", {});

describe("classifyPostError", () => {
  it("GIVEN each kind of refusal THEN its class", () => {
    expect(classifyPostError(apiError(403, 50001, "Missing Access"))).toEqual({ kind: "channel_gone", reason: "Missing Access (50001)" });
    expect(classifyPostError(apiError(404, 10003, "Unknown Channel"))).toEqual({ kind: "channel_gone", reason: "Unknown Channel (10003)" });
    expect(classifyPostError(apiError(401, 0, "401: Unauthorized"))).toMatchObject({ kind: "token_bad" });
    expect(classifyPostError(apiError(400, 50035, "Invalid Form Body"))).toMatchObject({ kind: "refused" });
    expect(classifyPostError(apiError(500, 0, "Internal Server Error"))).toMatchObject({ kind: "retry_later" });
    expect(classifyPostError(new Error("ECONNRESET"))).toEqual({ kind: "retry_later", reason: "ECONNRESET" });
  });

  it("GIVEN the same alert twice THEN the same nonce; another alert (or alert id), another", () => {
    const alert = { channel: "1", kind: "earnings_upcoming", ts: "2026-01-28T12:00:00.000Z", items: [] } as Alert;
    expect(alertNonce(7, { ...alert })).toBe(alertNonce(7, alert));
    expect(alertNonce(7, { ...alert, ts: "2026-01-29T12:00:00.000Z" })).not.toBe(alertNonce(7, alert));
    expect(alertNonce(8, alert)).not.toBe(alertNonce(7, alert));
    expect(alertNonce(7, alert)).toHaveLength(25);
  });
});
