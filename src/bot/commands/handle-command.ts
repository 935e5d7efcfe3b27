// Text in, reply out: parse, check the caller's role, run the handler. Never throws at the caller.
import { tenantOf } from "../../alerts/types.js";
import { errorReply, type Reply } from "../replies/reply.js";
import type { Caller, CommandDesk } from "./context.js";
import { capexReply, consensusListReply } from "./handlers/capex.js";
import { capexCompareReply } from "./handlers/capex-compare.js";
import { chartReply } from "./handlers/chart.js";
import { consensusChange, kindsChange, muteChange, thresholdsChange, unmuteChange, watchChange, watchListReply } from "./handlers/channel-settings.js";
import { recapChange } from "./handlers/channel-options.js";
import { tickerEarningsReply, upcomingEarningsReply } from "./handlers/earnings.js";
import { feedChange, feedsListReply } from "./handlers/feeds.js";
import { helpReply } from "./handlers/help.js";
import { alertsReply, auditReply } from "./handlers/history.js";
import { quietChange } from "./handlers/quiet.js";
import { moversReply, quoteReply } from "./handlers/quote.js";
import { parseCommand } from "./parse/parse-command.js";
import { ADMIN_COMMANDS } from "./parse/usage.js";
import type { Command } from "./types.js";

/** Commands that change what every tenant shares. */
const OPERATOR_COMMANDS: ReadonlySet<Command["name"]> = new Set(["feeds_add", "feeds_remove"]);

export async function answerCommand(text: string, caller: Caller, desk: CommandDesk): Promise<Reply> {
  const parsed = parseCommand(text);
  if (!parsed.ok) return errorReply("That command did not work", parsed.error.message, `Usage: ${parsed.error.usage}`);
  return runCommand(parsed.command, caller, desk);
}

/** The refusal a non-admin gets for a command that changes the channel's settings; undefined when allowed. */
export function adminRefusal(name: Command["name"], caller: Caller): Reply | undefined {
  if (!ADMIN_COMMANDS.has(name) || caller.isAdmin) return undefined;
  return errorReply("Only admins can change this channel's settings", `\`${name.replace("_", " ")}\` needs an admin; nothing was changed. Ask an admin, or use the lookups (quote, capex, watch list, …).`);
}

export async function runCommand(command: Command, caller: Caller, desk: CommandDesk): Promise<Reply> {
  const refused = adminRefusal(command.name, caller);
  if (refused !== undefined) return refused;
  if (OPERATOR_COMMANDS.has(command.name) && caller.isOperator !== true) {
    return errorReply(
      "Only capwatch's operators can change the news feeds",
      "Feeds are read for every workspace and server this capwatch serves, so only its operators (CAPWATCH_ADMINS, the terminal) add or remove them; nothing was changed. `feeds list` shows what is read.",
    );
  }
  try {
    return await dispatch(command, caller, desk);
  } catch (error) {
    // A failure inside a handler (the store, say) must still answer the person.
    return errorReply("Something went wrong", `capwatch could not answer that (${(error as Error).message}). Nothing was changed; try again in a moment.`);
  }
}

function dispatch(command: Command, caller: Caller, desk: CommandDesk): Reply | Promise<Reply> {
  const channel = caller.channel;
  switch (command.name) {
    case "quote":
      return quoteReply(desk, command.tickers, command.share);
    case "movers":
      return moversReply(desk, channel, command.limit, command.share);
    case "earnings":
      return command.target.kind === "ticker" ? tickerEarningsReply(desk, command.target.ticker, command.share) : upcomingEarningsReply(desk, channel, command.target.kind, command.share);
    case "capex":
      return capexReply(desk, channel, command.ticker, command.share, tenantOf(caller));
    case "capex_compare":
      return capexCompareReply(desk, command.tickers, command.share, tenantOf(caller));
    case "chart":
      return chartReply(desk, command.ticker, command.range);
    case "alerts":
      return alertsReply(desk, channel, command.limit, command.ticker, command.share);
    case "watch_list":
      return watchListReply(desk, channel, command.share);
    case "watch_add":
    case "watch_remove":
      return watchChange(desk, caller, command.name === "watch_add" ? "add" : "remove", command.tickers);
    case "thresholds_set":
      return thresholdsChange(desk, caller, command.changes);
    case "kinds_enable":
    case "kinds_disable":
      return kindsChange(desk, caller, command.name === "kinds_enable", command.kinds);
    case "consensus_set":
      return consensusChange(desk, caller, command.ticker, command.period, command.value, command.source);
    case "consensus_list":
      return consensusListReply(desk, command.ticker, command.share, tenantOf(caller));
    case "feeds_add":
    case "feeds_remove":
      return feedChange(desk, caller, command.name === "feeds_add" ? "add" : "remove", command.ticker, command.url);
    case "feeds_list":
      return feedsListReply(desk, command.ticker, command.share);
    case "mute":
      return muteChange(desk, caller, command.ticker, command.duration);
    case "unmute":
      return unmuteChange(desk, caller, command.ticker);
    case "quiet_set":
      return quietChange(desk, caller, { startMinute: command.startMinute, endMinute: command.endMinute });
    case "quiet_off":
      return quietChange(desk, caller, undefined);
    case "audit":
      return auditReply(desk, channel, command.limit);
    case "recap_on":
    case "recap_off":
      return recapChange(desk, caller, command.name === "recap_on");
    case "help":
      return helpReply(command.topic);
  }
}
