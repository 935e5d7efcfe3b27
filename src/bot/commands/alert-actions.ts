// What a click on an alert's button does, the same on every platform and through the same command
// layer as typed commands: the mutes are `mute` commands (admin check, limits, audit entry), Chart
// is the `chart TICKER 5d` lookup, Acknowledge is kept once in the store and re-renders the alert.
import { addDays, easternDate } from "../../market/eastern-time.js";
import { alertView, type AlertView } from "../../alerts/views/alert-view.js";
import { acknowledgedText, formatEasternClock } from "../../alerts/views/alert-actions.js";
import { formatDay } from "../../alerts/render/format.js";
import { errorReply, type Reply } from "../replies/reply.js";
import type { Click } from "./action-click.js";
import type { Caller, CommandDesk } from "./context.js";
import { adminRefusal, answerCommand, runCommand } from "./handle-command.js";
import { DEFAULT_MUTE } from "./parse/commands/mute.js";

/** A name longer than this is cut: it is shown in the edited message. */
const MAX_NAME_CHARS = 80;

export type ClickOutcome =
  /** Answer the person (privately unless the reply says channel); the alert's message stays as it is. */
  | { kind: "reply"; reply: Reply }
  /** Edit the alert's message to this view (acknowledged), and tell the person. */
  | { kind: "edit"; view: AlertView; reply: Reply }
  /** A link button: nothing to do but take the click. */
  | { kind: "none" };

/** The refusal for a value that is not one of capwatch's buttons (forged, or from an older version). */
export const INVALID_CLICK: Reply = errorReply("That button did not work", "It does not carry a valid alert or ticker (an old message, or not capwatch's own). Nothing was changed; use /capwatch instead.");

export async function answerClick(click: Click | undefined, caller: Caller, userName: string, desk: CommandDesk): Promise<ClickOutcome> {
  if (click === undefined) return { kind: "reply", reply: INVALID_CLICK };
  try {
    switch (click.kind) {
      case "open":
        return { kind: "none" };
      case "mute_day":
        return { kind: "reply", reply: await runCommand({ name: "mute", ticker: click.ticker, duration: { ...DEFAULT_MUTE } }, caller, desk) };
      case "mute_earnings":
        return { kind: "reply", reply: await muteUntilEarnings(click.ticker, caller, desk) };
      case "chart":
        return { kind: "reply", reply: await answerCommand(`chart ${click.ticker} 5d`, caller, desk) };
      case "ack":
        return await acknowledge(click.alertId, caller, userName, desk);
    }
  } catch (error) {
    return { kind: "reply", reply: errorReply("Something went wrong", `capwatch could not do that (${(error as Error).message}). Nothing was changed; try again in a moment.`) };
  }
}

/** Mutes through the day before the company's next report, so the report day itself is heard. */
async function muteUntilEarnings(ticker: string, caller: Caller, desk: CommandDesk): Promise<Reply> {
  const refused = adminRefusal("mute", caller);
  if (refused !== undefined) return refused;
  const next = desk.engine.market.earningsScheduleOf(ticker);
  const today = easternDate(desk.dataNow());
  if (next === undefined || next.date < today) {
    return errorReply("Not muted", `No upcoming earnings date is known for ${ticker}. Nothing was changed; use Mute 1 day, or /capwatch mute ${ticker} until YYYY-MM-DD.`);
  }
  if (next.date === today) {
    return errorReply("Not muted", `${ticker} reports today (${formatDay(next.date)}). Nothing was changed; use Mute 1 day instead.`);
  }
  return runCommand({ name: "mute", ticker, duration: { kind: "until", date: addDays(next.date, -1) } }, caller, desk);
}

async function acknowledge(alertId: number, caller: Caller, userName: string, desk: CommandDesk): Promise<ClickOutcome> {
  const name = userName.trim().slice(0, MAX_NAME_CHARS) || caller.userId;
  const result = await desk.store.acknowledgeAlert({ alertId, channel: caller.channel, userId: caller.userId, userName: name, at: desk.wallNow().toISOString() });
  if (result.outcome === "unknown") {
    return { kind: "reply", reply: errorReply("That alert is not here", `Alert ${alertId} is not in this channel's history (pruned, or the button is not this channel's). Nothing was changed.`) };
  }
  const who = { by: result.userName, time: formatEasternClock(result.at) };
  if (result.outcome === "already") {
    return { kind: "reply", reply: { title: "Already acknowledged", text: `This alert was ${acknowledgedText(who)}.`, visibility: "private", tone: "info" } };
  }
  const view = alertView(result.alert, (t) => desk.engine.market.companyName(t), { id: alertId, acknowledged: { by: result.userName, at: result.at } });
  return { kind: "edit", view, reply: { title: "Acknowledged", text: `The alert now says it was ${acknowledgedText(who)}.`, visibility: "private", tone: "success" } };
}
