// Discord's typed options (gateway or HTTP, the same shape) → the shared `Command`, through the
// shared resolvers, so a wrong value gets the same message as on every other platform.
import { parseCapexCompare, parseChart } from "../commands/parse/commands/chart.js";
import { ApplicationCommandOptionType } from "discord.js";
import { resolveDate, resolveDuration, resolveKind, resolveMoney, resolvePeriod, resolveTicker, resolveTickers } from "../commands/parse/resolvers.js";
import { resolveFeedUrl } from "../commands/parse/commands/feeds.js";
import { DEFAULT_MUTE } from "../commands/parse/commands/mute.js";
import { parseQuiet } from "../commands/parse/commands/quiet.js";
import { thresholdChanges } from "../commands/parse/commands/settings.js";
import { fail, ok, type Resolved } from "../commands/parse/result.js";
import { isTopic } from "../commands/parse/usage.js";
import type { Command } from "../commands/types.js";
import { OPT } from "./command-definition.js";

/** One option as Discord sends it: `interaction.options.data` or the raw `data.options`. */
export interface OptionLike {
  name: string;
  type: number;
  value?: string | number | boolean;
  options?: readonly OptionLike[];
  focused?: boolean;
}

/** The subcommand path (`["watch", "add"]`) and the options of the leaf. */
export function subcommandOf(options: readonly OptionLike[]): { path: string[]; leaf: readonly OptionLike[] } {
  const path: string[] = [];
  let leaf = options;
  for (;;) {
    const nested = leaf.find((o) => o.type === ApplicationCommandOptionType.SubcommandGroup || o.type === ApplicationCommandOptionType.Subcommand);
    if (nested === undefined) return { path, leaf };
    path.push(nested.name);
    leaf = nested.options ?? [];
  }
}

export function commandFromOptions(options: readonly OptionLike[]): Resolved<Command> {
  const { path, leaf } = subcommandOf(options);
  const get = (name: string) => leaf.find((o) => o.name === name)?.value;
  const str = (name: string) => (typeof get(name) === "string" ? (get(name) as string).trim() : undefined);
  const int = (name: string, fallback: number) => (typeof get(name) === "number" ? (get(name) as number) : fallback);
  const share = get(OPT.share) === true;
  const words = (name: string) => (str(name) ?? "").split(/\s+/).filter((w) => w !== "");
  const one = (name: string, topic: Parameters<typeof resolveTicker>[1]) => resolveTicker(str(name) ?? "", topic);

  switch (path.join(" ")) {
    case "quote": {
      const t = resolveTickers(words(OPT.tickers), "quote", { command: "quote", max: 10 });
      return t.ok ? ok({ name: "quote", tickers: t.value, share }) : t;
    }
    case "movers":
      return ok({ name: "movers", limit: int(OPT.count, 5), share });
    case "earnings": {
      if (get(OPT.week) === true) {
        if (str(OPT.ticker)) return fail("too_many_arguments", "earnings takes a ticker or week, not both.", "earnings");
        return ok({ name: "earnings", target: { kind: "week" }, share });
      }
      if (!str(OPT.ticker)) return ok({ name: "earnings", target: { kind: "next" }, share });
      const t = one(OPT.ticker, "earnings");
      return t.ok ? ok({ name: "earnings", target: { kind: "ticker", ticker: t.value }, share }) : t;
    }
    case "capex-compare":
      return parseCapexCompare([...words(OPT.tickers), ...(share ? ["share"] : [])]);
    case "chart":
      return parseChart([str(OPT.ticker) ?? "", ...(str(OPT.range) ? [str(OPT.range) as string] : [])]);
    case "capex": {
      const t = one(OPT.ticker, "capex");
      return t.ok ? ok({ name: "capex", ticker: t.value, share }) : t;
    }
    case "alerts": {
      const limit = int(OPT.count, 10);
      if (!str(OPT.ticker)) return ok({ name: "alerts", limit, share });
      const t = one(OPT.ticker, "alerts");
      return t.ok ? ok({ name: "alerts", limit, ticker: t.value, share }) : t;
    }
    case "watch list":
      return ok({ name: "watch_list", share });
    case "watch add":
    case "watch remove": {
      const t = resolveTickers(words(OPT.tickers), "watch", { command: path.join(" ") });
      return t.ok ? ok({ name: path[1] === "add" ? "watch_add" : "watch_remove", tickers: t.value }) : t;
    }
    case "thresholds set":
      return thresholdChanges(
        THRESHOLD_OPTIONS.flatMap((name) => {
          const text = optionText(get(name));
          return text === undefined ? [] : [[name, text] as const];
        }),
      );
    case "kinds enable":
    case "kinds disable": {
      const k = resolveKind(str(OPT.kind) ?? "", "kinds");
      return k.ok ? ok({ name: path[1] === "enable" ? "kinds_enable" : "kinds_disable", kinds: [k.value] }) : k;
    }
    case "consensus set": {
      const t = one(OPT.ticker, "consensus");
      if (!t.ok) return t;
      const period = resolvePeriod(str(OPT.period) ?? "", "consensus");
      if (!period.ok) return period;
      const value = resolveMoney(str(OPT.value) ?? "", "consensus");
      if (!value.ok) return value;
      const source = str(OPT.source);
      return ok({ name: "consensus_set", ticker: t.value, metric: "capex", period: period.value, value: value.value, ...(source ? { source } : {}) });
    }
    case "consensus list": {
      const t = one(OPT.ticker, "consensus");
      return t.ok ? ok({ name: "consensus_list", ticker: t.value, share }) : t;
    }
    case "feeds add":
    case "feeds remove": {
      const t = one(OPT.ticker, "feeds");
      if (!t.ok) return t;
      const url = resolveFeedUrl(str(OPT.url) ?? "");
      return url.ok ? ok({ name: path[1] === "add" ? "feeds_add" : "feeds_remove", ticker: t.value, url: url.value }) : url;
    }
    case "feeds list": {
      if (str(OPT.ticker) === undefined || str(OPT.ticker) === "") return ok({ name: "feeds_list", share });
      const t = one(OPT.ticker, "feeds");
      return t.ok ? ok({ name: "feeds_list", ticker: t.value, share }) : t;
    }
    case "mute": {
      const t = one(OPT.ticker, "mute");
      if (!t.ok) return t;
      const duration = muteDurationFrom(str(OPT.duration));
      return duration.ok ? ok({ name: "mute", ticker: t.value, duration: duration.value }) : duration;
    }
    case "unmute": {
      const t = one(OPT.ticker, "unmute");
      return t.ok ? ok({ name: "unmute", ticker: t.value }) : t;
    }
    case "audit":
      return ok({ name: "audit", limit: int(OPT.count, 20) });
    case "quiet set":
      return parseQuiet(str(OPT.window) ? [str(OPT.window) as string] : []);
    case "quiet off":
      return parseQuiet(["off"]);
    case "recap on":
    case "recap off":
      return ok({ name: path[1] === "on" ? "recap_on" : "recap_off" });
    case "help": {
      const topic = str(OPT.topic);
      return topic !== undefined && isTopic(topic) ? ok({ name: "help", topic }) : ok({ name: "help" });
    }
    default:
      return fail("unknown_subcommand", `/capwatch ${path.join(" ")} is not a capwatch command here; run capwatch discord register again.`, null);
  }
}

/** The threshold options, named as `thresholds set` names them, so the shared checks and messages apply. */
const THRESHOLD_OPTIONS = [OPT.mcapPct, OPT.mcapUsd, OPT.capexPct, OPT.drawdownPct, OPT.drawdownUsd, OPT.drawdownDays];

/** A number or string option as the text a user would have typed; undefined when not given. */
function optionText(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Nothing (1 day), `2h`, `for 2h`, `until 2026-03-01` or a bare date. */
function muteDurationFrom(raw: string | undefined): Resolved<Extract<Command, { name: "mute" }>["duration"]> {
  if (raw === undefined || raw === "") return ok({ ...DEFAULT_MUTE });
  const text = raw.replace(/^(for|until)\s+/i, "");
  if (/^until\s/i.test(raw) || /^\d{4}-/.test(text)) {
    const date = resolveDate(text, "mute");
    return date.ok ? ok({ kind: "until", date: date.value }) : date;
  }
  return resolveDuration(text, "mute");
}
