// The commands as Discord registers them: `/capwatch` (lookups, for everyone) and
// `/capwatch-admin` (what changes a channel's settings), each with subcommands and typed options.
// `default_member_permissions` can only hide a whole command, so the admin subcommands are a
// command of their own with Manage Server: a server's owners choose who sees it in Integrations.
// The command layer's admin check still runs on every change (the second gate).
import {
  PermissionFlagsBits,
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandNumberOption,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { ALERT_KINDS } from "../../alerts/types.js";
import { THRESHOLD_BOUNDS } from "../../sources/events.js";
import { TOPICS } from "../commands/parse/usage.js";

export const COMMAND_NAME = "capwatch";
export const ADMIN_COMMAND_NAME = "capwatch-admin";

/** Either command's interactions are answered (one registered before the split included). */
export function isCapwatchCommand(name: string | undefined): boolean {
  return name === COMMAND_NAME || name === ADMIN_COMMAND_NAME;
}

/** Option names, shared with the code that reads them back. */
export const OPT = {
  tickers: "tickers",
  ticker: "ticker",
  share: "share",
  count: "count",
  week: "week",
  mcapPct: "mcap-pct",
  mcapUsd: "mcap-usd",
  capexPct: "capex-pct",
  drawdownPct: "drawdown-pct",
  drawdownUsd: "drawdown-usd",
  drawdownDays: "drawdown-days",
  window: "window",
  kind: "kind",
  period: "period",
  value: "value",
  source: "source",
  duration: "duration",
  topic: "topic",
  url: "url",
  range: "range",
} as const;

type Sub = SlashCommandSubcommandBuilder;

const share = (s: Sub) => s.addBooleanOption((o) => o.setName(OPT.share).setDescription("Show the answer to the channel (default: only you)"));
const ticker = (s: Sub, required: boolean, description = "Ticker, like MSFT") =>
  s.addStringOption((o) => o.setName(OPT.ticker).setDescription(description).setRequired(required).setAutocomplete(true).setMaxLength(11));
const tickers = (s: Sub, description: string) =>
  s.addStringOption((o) => o.setName(OPT.tickers).setDescription(description).setRequired(true).setAutocomplete(true).setMaxLength(200));
const url = (s: Sub) => s.addStringOption((o) => o.setName(OPT.url).setDescription("Feed URL, like https://ir.example.com/rss/news.xml").setRequired(true).setMaxLength(500));
const count = (s: Sub, max: number, description: string) =>
  s.addIntegerOption((o) => o.setName(OPT.count).setDescription(description).setMinValue(1).setMaxValue(max));
// A percentage threshold: Discord checks the range before sending; 0 itself is not a threshold, so from 0.01.
const percent = (o: SlashCommandNumberOption, name: string, description: string, max: number) =>
  o.setName(name).setDescription(description).setMinValue(0.01).setMaxValue(max);
const kind = (s: Sub) =>
  s.addStringOption((o) =>
    o
      .setName(OPT.kind)
      .setDescription("Alert kind")
      .setRequired(true)
      .addChoices(...ALERT_KINDS.map((k) => ({ name: k, value: k }))),
  );

export function capwatchCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription("Market desk: quotes, capex guidance, earnings, and this channel's alerts")
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) => share(tickers(s.setName("quote").setDescription("Price and market cap of 1 to 10 tickers"), "Tickers, like MSFT NVDA GOOGL")))
    .addSubcommand((s) => share(count(s.setName("movers").setDescription("Largest market-cap moves today on this channel's watchlist"), 25, "How many (1-25, default 5)")))
    .addSubcommand((s) =>
      share(
        ticker(s.setName("earnings").setDescription("Next earnings reports, this week's, or one company's"), false, "One company's next date and last results").addBooleanOption((o) =>
          o.setName(OPT.week).setDescription("This week's calendar"),
        ),
      ),
    )
    .addSubcommand((s) => share(ticker(s.setName("capex").setDescription("Capex guidance, actuals, consensus and surprises of one company"), true)))
    .addSubcommand((s) =>
      share(tickers(s.setName("capex-compare").setDescription("Capex guidance of 2 to 8 companies this fiscal year, with a chart"), "Tickers, like MSFT GOOGL AMZN META")),
    )
    .addSubcommand((s) =>
      ticker(s.setName("chart").setDescription("A price chart from the stored quotes, posted to the channel"), true).addStringOption((o) =>
        o
          .setName(OPT.range)
          .setDescription("How far back (default 5d)")
          .addChoices({ name: "1d: the last trading day", value: "1d" }, { name: "5d: five trading days", value: "5d" }, { name: "1m: a month", value: "1m" }),
      ),
    )
    .addSubcommand((s) => share(ticker(count(s.setName("alerts").setDescription("This channel's recent alerts"), 50, "How many (1-50, default 10)"), false, "Only this ticker's alerts")))
    .addSubcommandGroup((g) =>
      g
        .setName("watch")
        .setDescription("This channel's watchlist")
        .addSubcommand((s) => share(s.setName("list").setDescription("Tickers, thresholds, kinds, mutes and delivery state"))),
    )
    .addSubcommandGroup((g) =>
      g
        .setName("consensus")
        .setDescription("Capex expectations that surprises are measured against")
        .addSubcommand((s) => share(ticker(s.setName("list").setDescription("The recorded expectations of one company"), true))),
    )
    .addSubcommandGroup((g) =>
      g
        .setName("feeds")
        .setDescription("RSS or Atom feeds read with a ticker's news")
        .addSubcommand((s) => share(ticker(s.setName("list").setDescription("The feeds added, for one ticker or all"), false))),
    )
    .addSubcommand((s) =>
      s
        .setName("help")
        .setDescription("What the commands do")
        .addStringOption((o) =>
          o
            .setName(OPT.topic)
            .setDescription("One command")
            .addChoices(...TOPICS.map((t) => ({ name: t, value: t }))),
        ),
    )
    .toJSON();
}

/** `/capwatch-admin`: hidden from members without Manage Server until the server's owners say otherwise. */
export function capwatchAdminCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(ADMIN_COMMAND_NAME)
    .setDescription("Change this channel's capwatch settings: watchlist, thresholds, kinds, mutes, quiet hours, recap")
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommandGroup((g) =>
      g
        .setName("watch")
        .setDescription("This channel's watchlist")
        .addSubcommand((s) => tickers(s.setName("add").setDescription("Watch tickers in this channel"), "Tickers to add, like MSFT NVDA"))
        .addSubcommand((s) => tickers(s.setName("remove").setDescription("Stop watching tickers in this channel"), "Tickers to remove")),
    )
    .addSubcommandGroup((g) =>
      g
        .setName("thresholds")
        .setDescription("This channel's alert thresholds")
        .addSubcommand((s) =>
          s
            .setName("set")
            .setDescription("Change any of the six thresholds (the drawdown ones are mcap_drawdown's)")
            .addNumberOption((o) => percent(o, OPT.mcapPct, "Market-cap move, % (default 5)", THRESHOLD_BOUNDS.mcapDropPct.max))
            .addStringOption((o) => o.setName(OPT.mcapUsd).setDescription("Market-cap move, money: 100B, $1.2T (default 100B)").setMaxLength(40))
            .addNumberOption((o) => percent(o, OPT.capexPct, "Capex surprise, % (default 10)", THRESHOLD_BOUNDS.capexSurprisePct.max))
            .addNumberOption((o) => percent(o, OPT.drawdownPct, "Drawdown: % below the peak close (default 10)", THRESHOLD_BOUNDS.drawdownPct.max))
            .addStringOption((o) => o.setName(OPT.drawdownUsd).setDescription("Drawdown: money below the peak close, like 200B (default 200B)").setMaxLength(40))
            .addIntegerOption((o) =>
              o
                .setName(OPT.drawdownDays)
                .setDescription("Drawdown: trading days the peak is looked for in (default 20)")
                .setMinValue(THRESHOLD_BOUNDS.drawdownDays.min)
                .setMaxValue(THRESHOLD_BOUNDS.drawdownDays.max),
            ),
        ),
    )
    .addSubcommandGroup((g) =>
      g
        .setName("kinds")
        .setDescription("Which alert kinds this channel gets")
        .addSubcommand((s) => kind(s.setName("enable").setDescription("Turn an alert kind on")))
        .addSubcommand((s) => kind(s.setName("disable").setDescription("Turn an alert kind off"))),
    )
    .addSubcommandGroup((g) =>
      g
        .setName("consensus")
        .setDescription("Capex expectations that surprises are measured against")
        .addSubcommand((s) =>
          ticker(s.setName("set").setDescription("Record a consensus capex estimate"), true)
            .addStringOption((o) => o.setName(OPT.period).setDescription("Period, like FY2026 or Q1-2026").setRequired(true).setMaxLength(20))
            .addStringOption((o) => o.setName(OPT.value).setDescription("Amount, like 120B").setRequired(true).setMaxLength(40))
            .addStringOption((o) => o.setName(OPT.source).setDescription("Where the estimate comes from, like Visible Alpha").setMaxLength(100)),
        ),
    )
    .addSubcommandGroup((g) =>
      g
        .setName("feeds")
        .setDescription("RSS or Atom feeds read with a ticker's news (capwatch's operators)")
        .addSubcommand((s) => url(ticker(s.setName("add").setDescription("Read a feed with a ticker's news"), true)))
        .addSubcommand((s) => url(ticker(s.setName("remove").setDescription("Stop reading a feed"), true))),
    )
    .addSubcommand((s) =>
      ticker(s.setName("mute").setDescription("Keep a ticker's alerts out of this channel for a while"), true).addStringOption((o) =>
        o.setName(OPT.duration).setDescription("30m, 2h, 1d, 1w or until YYYY-MM-DD (default 1d)").setMaxLength(30),
      ),
    )
    .addSubcommand((s) => ticker(s.setName("unmute").setDescription("Resume a muted ticker's alerts"), true))
    // `quiet HH:MM-HH:MM | quiet off` as in Slack and the terminal; the window is one string, read by the same parser.
    .addSubcommandGroup((g) =>
      g
        .setName("quiet")
        .setDescription("Quiet hours (ET, every day): alerts held, then posted as one summary")
        .addSubcommand((s) =>
          s
            .setName("set")
            .setDescription("Hold this channel's alerts every day in a window of ET time")
            .addStringOption((o) => o.setName(OPT.window).setDescription("HH:MM-HH:MM in ET, like 22:00-07:00 (may cross midnight)").setRequired(true).setMaxLength(20)),
        )
        .addSubcommand((s) => s.setName("off").setDescription("End quiet hours; alerts held so far are posted now as one summary")),
    )
    .addSubcommand((s) => count(s.setName("audit").setDescription("Who changed this channel's settings, when"), 100, "How many (1-100, default 20)"))
    // `recap on|off` as in Slack and the terminal: two subcommands, so the words are the same.
    .addSubcommandGroup((g) =>
      g
        .setName("recap")
        .setDescription("The daily recap at 16:15 ET on trading days")
        .addSubcommand((s) => s.setName("on").setDescription("Post this channel a recap at 16:15 ET each trading day"))
        .addSubcommand((s) => s.setName("off").setDescription("Stop this channel's daily recap")),
    )
    .toJSON();
}

/** What `capwatch discord register` puts on Discord: both commands. */
export function capwatchCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [capwatchCommand(), capwatchAdminCommand()];
}
