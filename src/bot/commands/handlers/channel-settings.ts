// watch list|add|remove, thresholds set, kinds enable|disable, mute, unmute, consensus set:
// what a channel watches and how loud it is. Every change is audited in its own transaction.
import { addDays, easternDate, easternWallTimeToUtc } from "../../../market/eastern-time.js";
import { formatEasternTime, formatUsd } from "../../../alerts/render/format.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS, tenantOf } from "../../../alerts/types.js";
import { ALERT_KINDS, type AlertKind, type Thresholds } from "../../../alerts/types.js";
import type { AuditEntry, WatchlistRecord } from "../../../store/store.js";
import { formatQuietWindow, type QuietWindow } from "../../../alerts/quiet-hours.js";
import type { Reply } from "../../replies/reply.js";
import { MAX_MUTE_MS } from "../parse/resolvers/time.js";
import type { MuteDuration } from "../types.js";
import type { Caller, CommandDesk } from "../context.js";
import { checkTickers, unknownTickersText } from "./known-tickers.js";

/** A channel watching more than this is not a desk but a feed; "all" exists for that. */
export const MAX_WATCHLIST_TICKERS = 500;

export function currentRecord(desk: CommandDesk, channel: string, caller?: Caller): WatchlistRecord {
  const w = desk.engine.routing.watchlistOf(channel);
  if (w === undefined) {
    // A channel's first change creates its watchlist where the command came from.
    return { channel, platform: caller?.platform, workspace: caller?.workspace, tickers: [], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] };
  }
  return {
    channel,
    platform: w.platform,
    workspace: w.workspace,
    tickers: w.tickers === "*" ? "*" : [...w.tickers],
    thresholds: { ...w.thresholds },
    kinds: ALERT_KINDS.filter((k) => w.kinds.has(k)),
    // A settings change keeps the channel's opt-ins (recap, …).
    ...(Object.keys(w.options).length > 0 ? { options: { ...w.options } } : {}),
  };
}

export function audit(desk: CommandDesk, caller: Caller, action: string, details: Record<string, unknown>): AuditEntry {
  return { at: desk.wallNow().toISOString(), channel: caller.channel, userId: caller.userId, action, details };
}

export const done = (title: string, text: string): Reply => ({ title, text, visibility: "private", tone: "success" });

/** How many of the channel's recent alerts a platform refused for good, and the latest reason. */
async function parkedOf(desk: CommandDesk, channel: string): Promise<string | undefined> {
  const parked = (await desk.store.recentAlerts(channel, 200)).filter((a) => a.parked !== undefined);
  if (parked.length === 0) return undefined;
  return `${parked.length} of the last alerts refused by the platform (latest: ${parked[0]?.parked}); see alerts`;
}

export async function watchListReply(desk: CommandDesk, channel: string, share: boolean): Promise<Reply> {
  const notDelivered = await parkedOf(desk, channel);
  const record = currentRecord(desk, channel);
  const t = record.thresholds;
  const mutes = desk.engine.routing.mutesOf(channel, desk.dataNow());
  return {
    title: `Watchlist of ${channel}`,
    fields: [
      { label: "Tickers", value: record.tickers === "*" ? "every ticker" : record.tickers.length > 0 ? [...record.tickers].sort().join(", ") : "none (try: watch add MSFT)" },
      { label: "Thresholds", value: `mcap-pct ${t.mcapDropPct}% · mcap-usd ${formatUsd(t.mcapDropUsd)} · capex-pct ${t.capexSurprisePct}%` },
      { label: "Kinds on", value: record.kinds.length > 0 ? record.kinds.join(", ") : "none" },
      { label: "Kinds off", value: ALERT_KINDS.filter((k) => !record.kinds.includes(k)).join(", ") || "none" },
      { label: "Muted", value: mutes.length > 0 ? mutes.map((m) => `${m.ticker} until ${formatEasternTime(new Date(m.until).toISOString())}`).join(" · ") : "nothing" },
      { label: "Recap", value: desk.engine.routing.watchlistOf(channel)?.options.recap === true ? "daily at 16:15 ET on trading days (recap off stops it)" : "off (recap on posts one at 16:15 ET)" },
      { label: "Delivery", value: desk.deliveryState(channel) },
      ...(notDelivered !== undefined ? [{ label: "Not delivered", value: notDelivered }] : []),
      { label: "Data", value: desk.dataState?.() ?? desk.source },
      { label: "Quiet hours", value: quietText(desk.engine.routing.quietHoursOf(channel)) },
      { label: "Drawdown", value: `drawdown-pct ${t.drawdownPct}% · drawdown-usd ${formatUsd(t.drawdownUsd)} · drawdown-days ${t.drawdownDays}${record.kinds.includes("mcap_drawdown") ? "" : " (mcap_drawdown is off)"}` },
    ],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}

const quietText = (w: QuietWindow | undefined) => (w === undefined ? "off" : `${formatQuietWindow(w)}, every day: alerts held, then one summary`);

export async function watchChange(desk: CommandDesk, caller: Caller, op: "add" | "remove", tickers: string[]): Promise<Reply> {
  const record = currentRecord(desk, caller.channel, caller);
  const current = record.tickers === "*" ? desk.engine.market.knownTickers() : record.tickers;
  const next = op === "add" ? [...new Set([...current, ...tickers])] : current.filter((t) => !tickers.includes(t));
  if (op === "add" && next.length > MAX_WATCHLIST_TICKERS && next.length > current.length) {
    return { title: "Watchlist full", text: `${caller.channel} can watch at most ${MAX_WATCHLIST_TICKERS} tickers (it watches ${current.length}; adding these would make ${next.length}). Remove some with watch remove first.`, visibility: "private", tone: "error" };
  }
  const unchanged = op === "add" ? tickers.filter((t) => current.includes(t)) : tickers.filter((t) => !current.includes(t));
  if (unchanged.length === tickers.length && record.tickers !== "*") {
    return { title: "Nothing changed", text: `${tickers.join(", ")} ${op === "add" ? "already watched" : "not watched"} in ${caller.channel}.`, visibility: "private", tone: "info" };
  }
  // A typo (MSTF) or a symbol no one lists would be watched in silence forever: refuse it, suggest.
  const check = op === "add" ? await checkTickers(desk, tickers.filter((t) => !current.includes(t))) : undefined;
  if (check !== undefined && check.unknown.length > 0) {
    return { title: "Unknown ticker", text: unknownTickersText(check), visibility: "private", tone: "error" };
  }
  await desk.engine.routing.setWatchlist({ ...record, tickers: next.sort() }, audit(desk, caller, `watch ${op}`, { tickers }));
  const known = new Set(desk.engine.market.knownTickers());
  const noData = op === "add" ? tickers.filter((t) => !known.has(t)) : [];
  // Without a share count there is no market cap: say so now, not when the first alert reads oddly.
  const noShares = op === "add" ? tickers.filter((t) => known.has(t) && desk.engine.market.sharesOf(t) === undefined) : [];
  return done(
    `Watchlist ${op === "add" ? "extended" : "reduced"}`,
    [
      `${caller.channel} now watches ${next.length > 0 ? next.join(", ") : "nothing"}.`,
      ...(noData.length > 0 ? [`No data yet for ${noData.join(", ")}: alerts start when it arrives.`] : []),
      ...(check !== undefined && check.unchecked.length > 0 ? [`The data providers did not answer, so ${check.unchecked.join(", ")} could not be checked; watch remove undoes a typo.`] : []),
      ...(noShares.length > 0 ? [`No share count for ${noShares.join(", ")}: market cap unknown, so ${noShares.length === 1 ? "its" : "their"} move alerts are percentage-only.`] : []),
    ].join(" "),
  );
}

export async function thresholdsChange(desk: CommandDesk, caller: Caller, changes: Partial<Thresholds>): Promise<Reply> {
  const record = currentRecord(desk, caller.channel, caller);
  const thresholds = { ...record.thresholds, ...changes };
  await desk.engine.routing.setWatchlist({ ...record, thresholds }, audit(desk, caller, "thresholds set", changes));
  // The drawdown's figures are named where they matter: the channel gets drawdowns, or just set one.
  const enabled = record.kinds.includes("mcap_drawdown");
  const touched = changes.drawdownPct !== undefined || changes.drawdownUsd !== undefined || changes.drawdownDays !== undefined;
  const drawdown = enabled || touched ? `; drawdowns from ${thresholds.drawdownPct}% or ${formatUsd(thresholds.drawdownUsd)} below the ${thresholds.drawdownDays}-trading-day high${enabled ? "" : " (mcap_drawdown is off: kinds enable mcap_drawdown)"}` : "";
  return done("Thresholds changed", `${caller.channel}: market-cap alerts from ${thresholds.mcapDropPct}% or ${formatUsd(thresholds.mcapDropUsd)}; capex surprises from ${thresholds.capexSurprisePct}%${drawdown}.`);
}

export async function kindsChange(desk: CommandDesk, caller: Caller, enable: boolean, kinds: AlertKind[]): Promise<Reply> {
  const record = currentRecord(desk, caller.channel, caller);
  const next = enable ? [...new Set([...record.kinds, ...kinds])] : record.kinds.filter((k) => !kinds.includes(k));
  await desk.engine.routing.setWatchlist({ ...record, kinds: ALERT_KINDS.filter((k) => next.includes(k)) }, audit(desk, caller, `kinds ${enable ? "enable" : "disable"}`, { kinds }));
  return done(`Alert kinds ${enable ? "enabled" : "disabled"}`, `${caller.channel} now gets: ${next.length > 0 ? ALERT_KINDS.filter((k) => next.includes(k)).join(", ") : "no alerts"}.`);
}

export async function muteChange(desk: CommandDesk, caller: Caller, ticker: string, duration: MuteDuration): Promise<Reply> {
  const now = desk.dataNow();
  // "until 2026-02-10" mutes through that day, US/Eastern.
  const until = duration.kind === "for" ? now + duration.ms : easternWallTimeToUtc(addDays(duration.date, 1), 0, 0);
  if (until <= now) {
    return { title: "Not muted", text: `${duration.kind === "until" ? duration.date : "That time"} is already past (data time ${easternDate(now)}). Pick a later date.`, visibility: "private", tone: "error" };
  }
  if (until - now > MAX_MUTE_MS) {
    const latest = addDays(easternDate(now + MAX_MUTE_MS), -1);
    return { title: "Not muted", text: `the longest mute is 90 days: until ${latest} at the latest (data time ${easternDate(now)}). To stop a kind of alert for good, use kinds disable.`, visibility: "private", tone: "error" };
  }
  const untilIso = new Date(until).toISOString();
  await desk.engine.routing.mute(caller.channel, ticker, until, audit(desk, caller, "mute", { ticker, until: untilIso }));
  return done(`${ticker} muted`, `Alerts for ${ticker} in ${caller.channel} are kept in history but not posted until ${formatEasternTime(untilIso)}.`);
}

export async function unmuteChange(desk: CommandDesk, caller: Caller, ticker: string): Promise<Reply> {
  if (!desk.engine.routing.mutesOf(caller.channel, desk.dataNow()).some((m) => m.ticker === ticker)) {
    return { title: "Nothing changed", text: `${ticker} is not muted in ${caller.channel}.`, visibility: "private", tone: "info" };
  }
  await desk.engine.routing.unmute(caller.channel, ticker, audit(desk, caller, "unmute", { ticker }));
  return done(`${ticker} unmuted`, `Alerts for ${ticker} post in ${caller.channel} again.`);
}

export async function consensusChange(desk: CommandDesk, caller: Caller, ticker: string, period: string, value: number, source: string | undefined): Promise<Reply> {
  const ts = new Date(desk.dataNow()).toISOString();
  // The figure is this tenant's: it changes only its own channels' surprises.
  const tenant = tenantOf(caller);
  await desk.engine.capex.setConsensus({ ticker, period, value, source, ts, tenant }, audit(desk, caller, "consensus set", { ticker, metric: "capex", period, value, ...(source ? { source } : {}) }));
  return done("Consensus recorded", `${ticker} ${period} capex expected at ${formatUsd(value)}${source ? ` (${source})` : ""}. Guidance and actuals for ${period} are measured against it from now on, in ${caller.platform === undefined || caller.platform === "terminal" ? "this desk's" : "this workspace's or server's"} channels only.`);
}
