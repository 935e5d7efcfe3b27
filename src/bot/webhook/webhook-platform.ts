// Incoming webhooks as a ChatPlatform: each channel is one URL taking a Slack-style JSON message
// (Slack, Mattermost and others). One POST per alert with an end (the config's timeout); what an
// answer means: 429 waits as long as Retry-After says, 404/410 pause the channel (the webhook or
// its channel was removed), 401/403 stop that channel (its URL's secret is no longer good), 5xx
// and network trouble retry, another 4xx sets the message aside.
//
// A webhook can neither be asked whether a message arrived nor take an idempotency key, so there
// is no in-flight mark: a post whose answer was lost (a timeout) is posted again, at most one
// duplicate per lost answer, never a lost alert.
import type { ChatPlatform, Failure, PlatformWords } from "../delivery/chat-platform.js";
import type { WebhookChannel } from "./config.js";
import { webhookAlertMessage, webhookReplyMessage, type WebhookMessage } from "./webhook-message.js";

/** A post the webhook answered with something other than 2xx. */
export class WebhookRefusal extends Error {
  constructor(
    readonly status: number,
    /** Retry-After in ms, when the answer gave one. */
    readonly retryAfterMs: number | undefined,
    detail: string,
  ) {
    super(`HTTP ${status}${detail ? ` ${detail}` : ""}`);
  }
}

/** A channel that is in the outbox but not (or no longer) in CAPWATCH_WEBHOOKS. */
export class UnknownWebhookChannel extends Error {}

/** Retry-After waits are honoured up to an hour; a longer one is capped. */
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;
/** How much of an error answer's body is kept for the log (`channel_not_found`, `invalid_token`). */
const DETAIL_CHARS = 200;

/** Retry-After as seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const text = header.trim();
  const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - nowMs;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, Math.ceil(ms)), MAX_RETRY_AFTER_MS);
}

/** The first DETAIL_CHARS or so of an answer's body; the rest is not read. */
async function bodyStart(response: Response): Promise<string> {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (text.length < DETAIL_CHARS) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text.slice(0, DETAIL_CHARS);
}

export function classifyWebhookError(error: unknown): Failure {
  if (error instanceof UnknownWebhookChannel) return { kind: "channel_gone", reason: error.message };
  if (error instanceof WebhookRefusal) {
    const { status } = error;
    if (status === 429) return { kind: "retry_later", reason: error.message, ...(error.retryAfterMs !== undefined ? { afterMs: error.retryAfterMs } : {}) };
    if (status === 404 || status === 410) return { kind: "channel_gone", reason: error.message };
    if (status === 401 || status === 403) return { kind: "token_bad", reason: error.message };
    if (status >= 500) return { kind: "retry_later", reason: error.message };
    return { kind: "refused", reason: error.message };
  }
  const e = error as Error;
  // AbortSignal.timeout's end, a refused connection, a reset: the same message may be posted again.
  if (e?.name === "TimeoutError") return { kind: "retry_later", reason: "no answer within the timeout" };
  const cause = (e?.cause as NodeJS.ErrnoException | undefined)?.code;
  return { kind: "retry_later", reason: cause ? `${e.message} (${cause})` : (e?.message ?? String(error)) };
}

export const WEBHOOK_WORDS: PlatformWords = {
  delivering: "delivering to this webhook",
  pausedNote: "alerts wait in the outbox; the webhook or its channel was removed: give the channel a working URL in CAPWATCH_WEBHOOKS",
  stoppedNote: "alerts wait in the outbox; the webhook's URL was refused: give the channel a new URL in CAPWATCH_WEBHOOKS and restart",
  pausedReason: "the webhook is gone",
  stoppedReason: "the webhook's URL was refused",
  pausedHowTo: "check the channel's URL in CAPWATCH_WEBHOOKS",
  tokenRefused: (reason) => `a webhook URL was refused (${reason}); its channel has stopped, its alerts stay in the outbox until it has a new URL and capwatch restarts.`,
};

export interface WebhookPlatformOptions {
  channels: readonly WebhookChannel[];
  timeoutMs: number;
  /** Where the numbers come from, in each alert's footer. */
  source?: string;
  /** How often a paused channel is tried again (default 5 min). */
  probePausedMs?: number;
  /** The fetch to post with (tests never need another; kept injectable for a proxy). */
  fetch?: typeof fetch;
}

export function webhookPlatform(options: WebhookPlatformOptions): ChatPlatform<WebhookMessage> {
  const urls = new Map(options.channels.map((c) => [c.id, c.url]));
  const post = options.fetch ?? fetch;
  return {
    name: "webhook",
    renderAlert: (view) => webhookAlertMessage(view, options.source),
    renderReply: webhookReplyMessage,
    async post({ channel }, message) {
      const url = urls.get(channel);
      if (url === undefined) throw new UnknownWebhookChannel(`${channel} is not in CAPWATCH_WEBHOOKS`);
      const response = await post(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(message),
        // The URL is the secret: never follow a redirect to somewhere else with the message.
        redirect: "error",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // The body's start is read either way (bounded), so the connection is free for the next post.
      const body = (await bodyStart(response)).replace(/\s+/g, " ").trim();
      if (!response.ok) throw new WebhookRefusal(response.status, retryAfterMs(response.headers.get("retry-after"), Date.now()), body);
    },
    classify: classifyWebhookError,
    // Slack allows an incoming webhook about one message a second; each channel is its own worker.
    pacing: { channelIntervalMs: 1_000, channels: "parallel", probePausedMs: options.probePausedMs ?? 300_000 },
    // Each channel's URL is its own secret: a refused one stops that channel only (its id is its "workspace").
    tokenPerWorkspace: true,
    words: WEBHOOK_WORDS,
  };
}
