// Slack's Web API errors as delivery's failure classes.
import { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { classifySlackError, WorkspaceNotInstalledError } from "../../../src/bot/slack/delivery/slack-errors.js";

const platformError = (error: string) => ({ code: webApi.ErrorCode.PlatformError, data: { ok: false, error } });

describe("classifySlackError", () => {
  it("GIVEN each kind of refusal THEN its class", () => {
    expect(classifySlackError({ code: webApi.ErrorCode.RateLimitedError, retryAfter: 2 })).toEqual({ kind: "retry_later", reason: "ratelimited", afterMs: 2000 });
    expect(classifySlackError(platformError("not_in_channel"))).toEqual({ kind: "channel_gone", reason: "not_in_channel" });
    expect(classifySlackError(platformError("invalid_auth"))).toEqual({ kind: "token_bad", reason: "invalid_auth" });
    expect(classifySlackError(new WorkspaceNotInstalledError("T1"))).toEqual({ kind: "token_bad", reason: "not_installed" });
    expect(classifySlackError(platformError("msg_too_long"))).toEqual({ kind: "refused", reason: "msg_too_long" });
    expect(classifySlackError(platformError("internal_error"))).toEqual({ kind: "retry_later", reason: "internal_error" });
    expect(classifySlackError({ code: webApi.ErrorCode.HTTPError, statusCode: 503 })).toEqual({ kind: "retry_later", reason: "HTTP 503" });
    expect(classifySlackError(new Error("socket hang up"))).toEqual({ kind: "retry_later", reason: "socket hang up" });
  });
});
