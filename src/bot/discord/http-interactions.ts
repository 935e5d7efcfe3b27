// `POST /discord/interactions`: the HTTP alternative to the gateway. Signatures are checked
// (401 when bad or stale), PING is answered, commands get their answer in the response (or a
// deferral, then an edit through the interaction webhook), autocomplete gets its choices, and
// clicks on an alert's buttons are answered like on the gateway.
import { chartMessage } from "./discord-platform.js";
import type { Reply } from "../replies/reply.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { KeyObject } from "node:crypto";
import { InteractionResponseType, InteractionType, MessageFlags, Routes, type REST } from "discord.js";
import type { Desk } from "../commands/context.js";
import type { RouteHandler } from "../http/http-server.js";
import { errorReply } from "../replies/reply.js";
import { answerOptions, answersPrivately, ANSWER_DEADLINE_MS, callerOf, choicesFor, messageOf, type InteractionSource } from "./answer-interaction.js";
import { withinDeadline } from "../delivery/within-deadline.js";
import { isCapwatchCommand } from "./command-definition.js";
import { answerComponentClick, type ClickAnswer } from "./component-clicks.js";
import type { OptionLike } from "./options-to-command.js";
import { readBoundedBody } from "../http/read-body.js";
import { firstSight, type ClaimRequest } from "../http/seen-requests.js";
import { MAX_SIGNATURE_AGE_S, verifyDiscordSignature } from "./verify-signature.js";

export const INTERACTIONS_PATH = "/discord/interactions";
const MAX_BODY = 1 << 20;

export interface HttpInteractionsOptions {
  publicKey: KeyObject;
  applicationId: string;
  desk: Desk;
  /** For the edit after a deferral; interaction webhooks need no bot token. */
  rest: REST;
  log: (line: string) => void;
  clock?: () => Date;
  deadlineMs?: number;
  /** Remembers verified requests so a replayed one is refused (the store's, shared by instances). */
  claimRequest: ClaimRequest;
}

/** The parts of an interaction payload capwatch reads. */
interface InteractionPayload {
  type: number;
  token: string;
  channel_id?: string;
  channel?: { id: string };
  guild_id?: string;
  member?: { permissions?: string; user?: { id: string; username?: string } };
  user?: { id: string; username?: string };
  data?: { name?: string; options?: OptionLike[]; custom_id?: unknown };
}

export function httpInteractionsHandler(options: HttpInteractionsOptions): RouteHandler {
  const clock = options.clock ?? (() => new Date());
  return async (req, res) => {
    const body = await readBoundedBody(req, MAX_BODY);
    if (body === null) return send(res, 413, { error: "body too large" });
    const check = verifyDiscordSignature(
      options.publicKey,
      { signature: header(req, "x-signature-ed25519"), timestamp: header(req, "x-signature-timestamp"), body },
      clock().getTime(),
    );
    if (!check.ok) return send(res, 401, { error: `invalid request signature (${check.reason})` });
    const sight = await firstSight(options.claimRequest, "discord", header(req, "x-signature-ed25519") as string, Number(header(req, "x-signature-timestamp")), MAX_SIGNATURE_AGE_S);
    if (sight === "replayed") {
      options.log("discord: refused a replayed interaction (its signature was seen before)");
      return send(res, 401, { error: "invalid request signature (replayed)" });
    }
    if (sight === "unchecked") return send(res, 503, { error: "cannot check the request now; try again" });
    let payload: InteractionPayload;
    try {
      payload = JSON.parse(body.toString("utf8")) as InteractionPayload;
    } catch {
      return send(res, 400, { error: "body is not JSON" });
    }
    if (payload.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });
    const source = sourceOf(payload);
    const data = payload.data?.options ?? [];
    if (payload.type === InteractionType.ApplicationCommandAutocomplete) {
      const choices = isCapwatchCommand(payload.data?.name) && source ? choicesFor(data, source.channelId, options.desk) : [];
      return send(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    }
    if (payload.type === InteractionType.MessageComponent) {
      if (source === null) return send(res, 400, { error: "a click needs a channel and a user" });
      return answerClickOverHttp(payload, source, options, res);
    }
    if (payload.type !== InteractionType.ApplicationCommand || !isCapwatchCommand(payload.data?.name)) {
      return send(res, 400, { error: "capwatch answers /capwatch commands only" });
    }
    if (source === null || source.guildId === null) {
      const reply = errorReply("capwatch works in server channels", "Run /capwatch in a channel of a server capwatch is in.");
      return send(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: messageOf(reply) });
    }
    const work = answerOptions(data, callerOf(source), options.desk);
    const timed = await withinDeadline(work, options.deadlineMs ?? ANSWER_DEADLINE_MS);
    if (timed.done) {
      send(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data: messageOf(timed.value) });
      return followWithChart(options, payload.token, timed.value);
    }
    const ephemeral = answersPrivately(data);
    send(res, 200, { type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: MessageFlags.Ephemeral } : {} });
    const reply = await timed.later;
    const { embeds, allowed_mentions } = messageOf(reply, ephemeral);
    try {
      await options.rest.patch(Routes.webhookMessage(options.applicationId, payload.token), { body: { embeds, allowed_mentions }, auth: false });
    } catch (error) {
      options.log(`discord: could not edit a deferred answer: ${(error as Error).message}`);
    }
    await followWithChart(options, payload.token, reply, ephemeral);
  };
}

/** A click: answered in the response within the deadline, else a deferred update and the answer through the interaction webhook. */
async function answerClickOverHttp(payload: InteractionPayload, source: InteractionSource, options: HttpInteractionsOptions, res: ServerResponse): Promise<void> {
  const userName = payload.member?.user?.username ?? payload.user?.username ?? source.userId;
  const timed = await withinDeadline(answerComponentClick(payload.data?.custom_id, source, userName, options.desk), options.deadlineMs ?? ANSWER_DEADLINE_MS);
  if (timed.done) return send(res, 200, clickResponse(timed.value));
  send(res, 200, { type: InteractionResponseType.DeferredMessageUpdate });
  const late = await timed.later;
  try {
    if (late.kind === "update") await options.rest.patch(Routes.webhookMessage(options.applicationId, payload.token), { body: late.data, auth: false });
    if (late.kind === "reply") await options.rest.post(Routes.webhook(options.applicationId, payload.token), { body: late.data, auth: false });
  } catch (error) {
    options.log(`discord: could not answer a click after deferring: ${(error as Error).message}`);
  }
}

function clickResponse(answer: ClickAnswer): object {
  if (answer.kind === "ack") return { type: InteractionResponseType.DeferredMessageUpdate };
  if (answer.kind === "update") return { type: InteractionResponseType.UpdateMessage, data: answer.data };
  return { type: InteractionResponseType.ChannelMessageWithSource, data: answer.data };
}

/** A reply's chart as a follow-up message through the interaction's webhook (multipart), after its text. */
async function followWithChart(options: HttpInteractionsOptions, token: string, reply: Reply, ephemeral = reply.visibility === "private"): Promise<void> {
  if (reply.chart === undefined) return;
  const message = chartMessage(reply.chart);
  try {
    await options.rest.post(Routes.webhook(options.applicationId, token), { ...message, body: { ...message.body, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) }, auth: false });
  } catch (error) {
    options.log(`discord: could not post the answer's chart: ${(error as Error).message}`);
  }
}

function sourceOf(payload: InteractionPayload): InteractionSource | null {
  const channelId = payload.channel_id ?? payload.channel?.id;
  const userId = payload.member?.user?.id ?? payload.user?.id;
  if (channelId === undefined || userId === undefined) return null;
  const perms = payload.member?.permissions;
  return { channelId, guildId: payload.guild_id ?? null, userId, permissions: perms !== undefined && /^\d+$/.test(perms) ? BigInt(perms) : null };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function send(res: ServerResponse, status: number, json: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
}
