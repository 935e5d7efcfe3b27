// Discord as a ChatPlatform: alerts as embeds posted through discord.js's REST (a 429 on a post
// comes back as a RateLimitError, waited out by the delivery loop, which takes a new slot of the
// bot's pace for the retry: see start-discord.ts), no mentions ever parsed, a nonce so a re-sent post is dropped; what a refusal
// means: pause the channel, stop on a bad token, set aside a message Discord will never take.
import { createHash } from "node:crypto";
import { DiscordAPIError, RateLimitError, RESTJSONErrorCodes, Routes, type APIEmbed, type REST } from "discord.js";
import type { Alert } from "../../alerts/types.js";
import type { ThreadMessages } from "../../store/store.js";
import { rememberThreadParent, threadParent } from "../delivery/threads.js";
import type { ChartImage } from "../charts/chart-spec.js";
import type { ChatPlatform, Failure, PlatformWords } from "../delivery/chat-platform.js";
import type { PacedRequest } from "../delivery/global-pacer.js";
import { alertViewEmbed } from "./alert-embed.js";
import { alertComponents, type AlertRow } from "./alert-components.js";
import { replyEmbed } from "./reply-embed.js";

/** Refusals that concern one channel: it is paused and its alerts wait in the outbox. */
export const CHANNEL_REFUSALS: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.MissingAccess, "Missing Access (50001)"],
  [RESTJSONErrorCodes.UnknownChannel, "Unknown Channel (10003)"],
  [RESTJSONErrorCodes.MissingPermissions, "Missing Permissions (50013)"],
]);

export function classifyPostError(error: unknown): Failure {
  if (error instanceof RateLimitError) return { kind: "retry_later", reason: `rate limited (${error.global ? "global" : error.scope}, ${error.method.toUpperCase()} ${error.route})`, afterMs: Math.max(0, error.retryAfter) };
  if (error instanceof DiscordAPIError) {
    const channel = typeof error.code === "number" ? CHANNEL_REFUSALS.get(error.code) : undefined;
    if (channel !== undefined) return { kind: "channel_gone", reason: channel };
    if (error.status === 401) return { kind: "token_bad", reason: `${error.status} ${error.message}` };
    // 400 (Invalid Form Body) and 413: this message as it is will never be taken.
    if (error.status === 400 || error.status === 413) return { kind: "refused", reason: `${error.status} ${error.message} (code ${error.code})` };
    return { kind: "retry_later", reason: `${error.status} ${error.message} (code ${error.code})` };
  }
  return { kind: "retry_later", reason: (error as Error).message };
}

/**
 * Same alert, same nonce: with `enforce_nonce` Discord answers a re-send of a post it already took
 * (for a few minutes) with the message it has instead of a second one. Derived from the alert's id
 * in the store and its record, so it survives a restart and two desks' alerts never share one.
 */
export function alertNonce(alertId: number | undefined, alert: Alert): string {
  return createHash("sha256").update(`${alertId ?? ""}:${JSON.stringify(alert)}`).digest("base64url").slice(0, 25);
}

export const DISCORD_WORDS: PlatformWords = {
  delivering: "delivering to this Discord channel",
  pausedNote: "alerts wait in the outbox; give capwatch View Channel, Send Messages and Embed Links here",
  stoppedNote: "history kept; alerts resume if capwatch is added back",
  pausedReason: "Discord refused the channel",
  stoppedReason: "capwatch left this server",
  pausedHowTo: "give capwatch View Channel, Send Messages and Embed Links there",
  tokenRefused: (reason) =>
    `Discord refused DISCORD_TOKEN (${reason}); the token is wrong or was reset. The Discord side has stopped; undelivered alerts stay in the outbox and go out after a restart with a valid token.`,
};

export interface DiscordPlatformOptions {
  rest: REST;
  /** Where the numbers come from, in each alert's footer. */
  source?: string;
  /** How often a paused channel is tried again (default 5 min). */
  probePausedMs?: number;
  /** Where alerts were posted, so a move that follows one replies to it. */
  threads?: ThreadMessages;
  log?: (line: string) => void;
  /** Waits for a slot of the bot's 50 requests a second (texts before charts); absent: discord.js's own pacing only. */
  pace?: (request: PacedRequest) => Promise<void>;
}

/** Discord's requests a second for the whole bot, and the slot spacing that keeps within them. */
export const DISCORD_GLOBAL_PER_SECOND = 50;
/**
 * 10 % above 1000 / 50 ms: the network and a busy process bunch requests, and Discord counts them
 * as they arrive. At 21 ms a bunch of 50 ms (50 × 21 − 1000) makes 50 in a second (one traced run
 * of the load bench: a 65 ms gap, then three requests in one millisecond); its fan-out drew a
 * global 429 in about a third of its runs, and discord.js then holds every request for a second.
 * At 22 ms it takes a bunch of 100 ms (five runs of the two-instance fan-out: no 429).
 */
export const DISCORD_SLOT_MS = 22;

/** A message capwatch posts: the embed, and the alert's buttons. */
export interface DiscordMessage {
  embed: APIEmbed;
  components: AlertRow[];
}

export function discordPlatform(options: DiscordPlatformOptions): ChatPlatform<DiscordMessage> {
  return {
    name: "discord",
    renderAlert: (view) => ({ embed: alertViewEmbed(view, options.source), components: alertComponents(view.actions) }),
    renderReply: (reply) => ({ embed: replyEmbed(reply), components: [] }),
    async post({ channel, alert, alertId }, { embed, components }) {
      // A move that followed the company's guidance or results replies to that alert's message.
      const parent = options.threads === undefined ? undefined : await threadParent(options.threads, "discord", channel, alert);
      const reference = parent === undefined ? {} : { message_reference: { message_id: parent, fail_if_not_exists: false } };
      await options.pace?.("text");
      const posted = (await options.rest.post(Routes.channelMessages(channel), {
        body: { embeds: [embed], ...(components.length > 0 ? { components } : {}), allowed_mentions: { parse: [] }, nonce: alertNonce(alertId, alert), enforce_nonce: true, ...reference },
      })) as { id?: string } | undefined;
      if (options.threads !== undefined) await rememberThreadParent(options.threads, "discord", channel, alert, posted?.id, options.log ?? (() => undefined));
    },
    // The chart as the message's attachment (multipart), its words as the attachment's description;
    // a nonce of its own, so a re-send after a crash is dropped like the alert's.
    async postChart({ channel, alert, alertId }, chart) {
      await options.pace?.("chart");
      await options.rest.post(Routes.channelMessages(channel), chartMessage(chart, alertNonce(alertId, alert).slice(0, 19) + "chart"));
    },
    // A chart whose upload failed for now (after discord.js's own retries) is tried again, alone.
    retriesCharts: true,
    classify: classifyPostError,
    // Marked in flight like every post; after a crash it is simply sent again: the nonce makes
    // Discord return the message it already has (within its few minutes), not a second one.
    inFlight: { kind: "idempotent" },
    // discord.js paces requests per route and globally; a channel is its own worker all the same.
    pacing: { channelIntervalMs: 0, channels: "parallel", probePausedMs: options.probePausedMs ?? 300_000 },
    words: DISCORD_WORDS,
  };
}

/** A message whose content is one PNG attachment (what `chart` answers and alerts carry on Discord). */
export function chartMessage(chart: ChartImage, nonce?: string) {
  return {
    body: {
      attachments: [{ id: 0, filename: chart.filename, description: chart.altText.slice(0, 1024) }],
      allowed_mentions: { parse: [] },
      ...(nonce === undefined ? {} : { nonce, enforce_nonce: true }),
    },
    files: [{ name: chart.filename, data: chart.png, contentType: "image/png" }],
  };
}
