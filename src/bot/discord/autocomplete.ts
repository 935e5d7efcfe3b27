// Ticker autocomplete: the channel's watchlist first, then the companies capwatch knows; at most
// 25 choices. In a list option ("MSFT, NV") the last word is completed and the rest kept.
import type { CommandDesk } from "../commands/context.js";

export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

export interface Choice {
  name: string;
  value: string;
}

export function tickerChoices(typed: string, channel: string, desk: CommandDesk): Choice[] {
  const match = /^(.*?[\s,]+)?(\$?)([^\s,]*)$/s.exec(typed);
  const before = match?.[1] ?? "";
  const prefix = (match?.[3] ?? "").toUpperCase();
  const already = new Set(before.toUpperCase().split(/[\s,]+/).filter((w) => w !== ""));
  const watched = desk.engine.routing.watchlistOf(channel)?.tickers;
  const known = desk.engine.market.knownTickers();
  const ordered = [...new Set([...(watched === undefined || watched === "*" ? [] : [...watched].sort()), ...known])];
  const nameOf = (t: string) => desk.engine.market.companyName(t);
  const candidates = ordered.filter((t) => !already.has(t) && (t.startsWith(prefix) || (prefix.length > 1 && nameOf(t)?.toUpperCase().includes(prefix))));
  // Tickers that start with what was typed before those matched by company name.
  candidates.sort((a, b) => Number(!a.startsWith(prefix)) - Number(!b.startsWith(prefix)));
  return candidates.slice(0, MAX_CHOICES).map((t) => {
    const value = `${before}${t}`;
    const name = nameOf(t) ? `${before}${t} · ${nameOf(t)}` : value;
    return { name: name.slice(0, MAX_CHOICE_LENGTH), value: value.slice(0, MAX_CHOICE_LENGTH) };
  });
}
