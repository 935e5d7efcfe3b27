// One entry per `/capwatch` command word: the usage shown in errors and by `help`.
import type { CommandName } from "../types.js";

export const TOPICS = [
  "quote",
  "movers",
  "earnings",
  "capex",
  "chart",
  "alerts",
  "watch",
  "thresholds",
  "kinds",
  "consensus",
  "feeds",
  "mute",
  "unmute",
  "quiet",
  "audit",
  "recap",
  "help",
] as const;
export type Topic = (typeof TOPICS)[number];

export interface UsageEntry {
  usage: string;
  summary: string;
  examples: string[];
  /** True when the command (or its changing forms, like `watch add`) changes channel settings. */
  admin: boolean;
}

export const USAGE: Record<Topic, UsageEntry> = {
  quote: {
    usage: "/capwatch quote TICKER… [share]",
    summary: "Price and market cap of 1 to 10 tickers.",
    examples: ["/capwatch quote MSFT", "/capwatch quote MSFT, NVDA, GOOGL share"],
    admin: false,
  },
  movers: {
    usage: "/capwatch movers [N] [share]",
    summary: "The N biggest market-cap moves on the watchlist (N 1–25, default 5).",
    examples: ["/capwatch movers 10", "/capwatch movers", "/capwatch movers 10 share"],
    admin: false,
  },
  earnings: {
    usage: "/capwatch earnings [TICKER | week] [share]",
    summary: "Upcoming earnings: the next ones, this week's, or one ticker's.",
    examples: ["/capwatch earnings MSFT", "/capwatch earnings", "/capwatch earnings week share"],
    admin: false,
  },
  capex: {
    usage: "/capwatch capex TICKER [share] | capex compare TICKER… [share]",
    summary: "Capex guidance, actuals and consensus of one ticker; compare 2–8 for this fiscal year, with a chart.",
    examples: ["/capwatch capex MSFT", "/capwatch capex compare MSFT GOOGL AMZN META"],
    admin: false,
  },
  chart: {
    usage: "/capwatch chart TICKER [1d | 5d | 1m]",
    summary: "A price chart from the stored quotes (default 5d), posted to the channel.",
    examples: ["/capwatch chart MSFT 5d", "/capwatch chart NVDA", "/capwatch chart AMZN 1m"],
    admin: false,
  },
  alerts: {
    usage: "/capwatch alerts [N | TICKER] [share]",
    summary: "The last N alerts in this channel (N 1–50, default 10), or the last alerts on one ticker.",
    examples: ["/capwatch alerts 25", "/capwatch alerts", "/capwatch alerts MSFT"],
    admin: false,
  },
  watch: {
    usage: "/capwatch watch list [share] | watch add TICKER… | watch remove TICKER…",
    summary: "Show or change the tickers this channel watches.",
    examples: ["/capwatch watch add MSFT NVDA", "/capwatch watch list", "/capwatch watch remove META"],
    admin: true,
  },
  thresholds: {
    usage: "/capwatch thresholds set [mcap-pct PCT] [mcap-usd MONEY] [capex-pct PCT]\n  [drawdown-pct PCT] [drawdown-usd MONEY] [drawdown-days 2-250]",
    summary: "Change this channel's alert thresholds (any of them, in any order).",
    examples: ["/capwatch thresholds set mcap-pct 5 mcap-usd 100B", "/capwatch thresholds set capex-pct 12.5%", "/capwatch thresholds set drawdown-pct 15 drawdown-days 60"],
    admin: true,
  },
  kinds: {
    usage: "/capwatch kinds enable|disable KIND…",
    summary:
      "Turn alert kinds on or off: mcap_drop, mcap_gain, capex_guidance, capex_actual, earnings_upcoming, earnings_result, mcap_drawdown (off by default).",
    examples: ["/capwatch kinds disable mcap_gain", "/capwatch kinds enable capex-guidance capex-actual"],
    admin: true,
  },
  consensus: {
    usage: "/capwatch consensus set TICKER capex PERIOD VALUE [source…] | consensus list TICKER [share]",
    summary: "Record or show consensus capex estimates used for surprise alerts.",
    examples: ["/capwatch consensus set MSFT capex FY2026 120B Visible Alpha", "/capwatch consensus list MSFT"],
    admin: true,
  },
  feeds: {
    usage: "/capwatch feeds add TICKER URL | feeds remove TICKER URL | feeds list [TICKER] [share]",
    summary: "RSS or Atom feeds (a company's press releases) read with a ticker's news, for every channel.",
    examples: ["/capwatch feeds add AMZN https://ir.aboutamazon.com/rss/news-releases.xml", "/capwatch feeds list AMZN", "/capwatch feeds remove AMZN https://ir.aboutamazon.com/rss/news-releases.xml"],
    admin: true,
  },
  mute: {
    usage: "/capwatch mute TICKER [30m | 2h | 1d | 1w | until YYYY-MM-DD]",
    summary: "Silence alerts on a ticker for a while (default 1d, at most 90 days).",
    examples: ["/capwatch mute TSLA 2h", "/capwatch mute TSLA", "/capwatch mute TSLA until 2026-03-01"],
    admin: true,
  },
  unmute: {
    usage: "/capwatch unmute TICKER",
    summary: "Resume alerts on a muted ticker.",
    examples: ["/capwatch unmute TSLA"],
    admin: true,
  },
  quiet: {
    usage: "/capwatch quiet HH:MM-HH:MM | quiet off",
    summary: "Quiet hours (ET, every day): alerts held, then posted as one summary.",
    examples: ["/capwatch quiet 22:00-07:00", "/capwatch quiet off"],
    admin: true,
  },
  audit: {
    usage: "/capwatch audit [N]",
    summary: "The last N settings changes in this channel (N 1–100, default 20).",
    examples: ["/capwatch audit 50", "/capwatch audit"],
    admin: true,
  },
  recap: {
    usage: "/capwatch recap on|off",
    summary: "The daily recap at 16:15 ET on trading days: close-to-close moves, the day's alerts, tomorrow's reports.",
    examples: ["/capwatch recap on", "/capwatch recap off"],
    admin: true,
  },
  help: {
    usage: "/capwatch help [command]",
    summary: "What the commands do, or how to use one of them.",
    examples: ["/capwatch help thresholds", "/capwatch help"],
    admin: false,
  },
};

/** Commands that change channel settings; lookups (including `watch list`) are open to everyone. */
export const ADMIN_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>([
  "watch_add",
  "watch_remove",
  "thresholds_set",
  "kinds_enable",
  "kinds_disable",
  "consensus_set",
  "feeds_add",
  "feeds_remove",
  "mute",
  "unmute",
  "quiet_set",
  "quiet_off",
  "audit",
  "recap_on",
  "recap_off",
]);

export function isTopic(word: string): word is Topic {
  return (TOPICS as readonly string[]).includes(word);
}

/** The usage line of a command with its first example, as carried by every `UserError`. */
export function usageOf(topic: Topic): string {
  const entry = USAGE[topic];
  return `${entry.usage}\ne.g. ${entry.examples[0] ?? entry.usage}`;
}

/** The short list of commands, for empty or unknown input. */
export const COMMAND_LIST = `/capwatch ${TOPICS.join(" | ")} (try /capwatch help)`;
