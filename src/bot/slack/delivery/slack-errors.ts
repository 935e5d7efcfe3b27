// What a failed Slack Web API call means for delivery: wait and retry, pause the channel, stop on
// the token, or set one message aside.
import { webApi } from "@slack/bolt";
import type { Failure } from "../../delivery/chat-platform.js";

const CHANNEL_ERRORS = new Set(["channel_not_found", "not_in_channel", "is_archived", "channel_is_archived"]);
const AUTH_ERRORS = new Set(["invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired"]);
/** This message as it is will never be taken; trying it again changes nothing. */
const MESSAGE_ERRORS = new Set(["invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "too_many_attachments"]);

/** No installation holds a token for the channel's workspace (OAuth mode). */
export class WorkspaceNotInstalledError extends Error {
  constructor(readonly workspace: string | undefined) {
    super(`no Slack installation for workspace ${workspace ?? "(unknown)"}`);
  }
}

export function classifySlackError(error: unknown): Failure {
  if (error instanceof WorkspaceNotInstalledError) return { kind: "token_bad", reason: "not_installed" };
  const coded = error as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number; message?: string };
  // 429: Slack said how long to wait.
  if (coded.code === webApi.ErrorCode.RateLimitedError) return { kind: "retry_later", reason: "ratelimited", afterMs: Math.max(1, coded.retryAfter ?? 1) * 1000 };
  if (coded.code === webApi.ErrorCode.PlatformError) {
    const code = coded.data?.error ?? "unknown_error";
    if (CHANNEL_ERRORS.has(code)) return { kind: "channel_gone", reason: code };
    if (AUTH_ERRORS.has(code)) return { kind: "token_bad", reason: code };
    if (MESSAGE_ERRORS.has(code)) return { kind: "refused", reason: code };
    if (code === "ratelimited") return { kind: "retry_later", reason: "ratelimited", afterMs: 1000 };
    return { kind: "retry_later", reason: code };
  }
  // 5xx, the network, anything unknown: retry with backoff.
  if (coded.code === webApi.ErrorCode.HTTPError) return { kind: "retry_later", reason: `HTTP ${coded.statusCode ?? "error"}` };
  return { kind: "retry_later", reason: coded.message ?? String(error) };
}
