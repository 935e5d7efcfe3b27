// What a failed Slack Web API call means for delivery: wait and retry, pause the channel, or stop.
import { webApi } from "@slack/bolt";

export type DeliveryOutcome =
  /** 429: Slack said how long to wait. */
  | { kind: "rate_limited"; retryAfterMs: number }
  /** 5xx, network, anything unknown: retry with backoff. */
  | { kind: "retry"; reason: string }
  /** The bot cannot post in this channel until someone fixes it (invite, unarchive). */
  | { kind: "pause_channel"; reason: string }
  /** The token is no good: nothing can be posted until someone re-installs or replaces it. */
  | { kind: "stop"; reason: string };

const CHANNEL_ERRORS = new Set(["channel_not_found", "not_in_channel", "is_archived", "channel_is_archived"]);
const AUTH_ERRORS = new Set(["invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired"]);

/** No installation holds a token for the channel's workspace (OAuth mode). */
export class WorkspaceNotInstalledError extends Error {
  constructor(readonly workspace: string | undefined) {
    super(`no Slack installation for workspace ${workspace ?? "(unknown)"}`);
  }
}

export function classifySlackError(error: unknown): DeliveryOutcome {
  if (error instanceof WorkspaceNotInstalledError) return { kind: "stop", reason: "not_installed" };
  const coded = error as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number; message?: string };
  if (coded.code === webApi.ErrorCode.RateLimitedError) return { kind: "rate_limited", retryAfterMs: Math.max(1, coded.retryAfter ?? 1) * 1000 };
  if (coded.code === webApi.ErrorCode.PlatformError) {
    const code = coded.data?.error ?? "unknown_error";
    if (CHANNEL_ERRORS.has(code)) return { kind: "pause_channel", reason: code };
    if (AUTH_ERRORS.has(code)) return { kind: "stop", reason: code };
    if (code === "ratelimited") return { kind: "rate_limited", retryAfterMs: 1000 };
    return { kind: "retry", reason: code };
  }
  if (coded.code === webApi.ErrorCode.HTTPError) return { kind: "retry", reason: `HTTP ${coded.statusCode ?? "error"}` };
  return { kind: "retry", reason: coded.message ?? String(error) };
}

/** 1 s, 2 s, 4 s … up to 5 minutes, by the number of attempts already made. */
export function backoffMs(attempts: number): number {
  return Math.min(5 * 60_000, 1000 * 2 ** Math.min(attempts, 20));
}
