// Posts one alert to its Discord channel through discord.js's REST (which waits out 429s itself),
// and says what a refusal means: pause the channel, stop on a bad token, or try again later.
import { createHash } from "node:crypto";
import { DiscordAPIError, RESTJSONErrorCodes, Routes, type REST } from "discord.js";
import type { NameOf } from "../../alerts/render/text.js";
import type { Alert } from "../../alerts/types.js";
import { alertEmbed } from "./alert-embed.js";

/** Refusals that concern one channel: it is paused and its alerts wait in the outbox. */
export const CHANNEL_REFUSALS: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.MissingAccess, "Missing Access (50001)"],
  [RESTJSONErrorCodes.UnknownChannel, "Unknown Channel (10003)"],
  [RESTJSONErrorCodes.MissingPermissions, "Missing Permissions (50013)"],
]);

export type PostFailure = { kind: "channel"; reason: string } | { kind: "token"; reason: string } | { kind: "transient"; reason: string };

export function classifyPostError(error: unknown): PostFailure {
  if (error instanceof DiscordAPIError) {
    const channel = typeof error.code === "number" ? CHANNEL_REFUSALS.get(error.code) : undefined;
    if (channel !== undefined) return { kind: "channel", reason: channel };
    if (error.status === 401) return { kind: "token", reason: `${error.status} ${error.message}` };
    return { kind: "transient", reason: `${error.status} ${error.message} (code ${error.code})` };
  }
  return { kind: "transient", reason: (error as Error).message };
}

/** Same alert, same nonce: with `enforce_nonce` Discord drops a re-send of a post it already took. */
export function alertNonce(alert: Alert): string {
  return createHash("sha256").update(JSON.stringify(alert)).digest("base64url").slice(0, 25);
}

export interface AlertPoster {
  post(alert: Alert): Promise<void>;
}

export function restPoster(rest: REST, nameOf: NameOf, source?: string): AlertPoster {
  return {
    async post(alert) {
      await rest.post(Routes.channelMessages(alert.channel), {
        body: {
          embeds: [alertEmbed(alert, nameOf, source)],
          allowed_mentions: { parse: [] },
          nonce: alertNonce(alert),
          enforce_nonce: true,
        },
      });
    },
  };
}
