// quote TICKER… and movers [N]: prices and market-cap moves against the reference close.
import { easternDate } from "../../../market/eastern-time.js";
import { formatPct, formatPrice, formatUsd } from "../../../alerts/render/format.js";
import type { Reply } from "../../replies/reply.js";
import type { CommandDesk } from "../context.js";
import { asOf, unknownTickers } from "./footnotes.js";
import { marketFigures, type MarketFigures } from "./market-figures.js";

const signedUsd = (v: number | undefined) => (v === undefined ? "n/a" : `${v > 0 ? "+" : ""}${formatUsd(v)}`);
const pct = (v: number | undefined) => formatPct(v === undefined ? null : Math.round(v * 100) / 100);
const SESSION = { regular: "", pre: " (pre-market)", post: " (after hours)" } as const;

export function quoteReply(desk: CommandDesk, tickers: string[], share: boolean): Reply {
  const found = tickers.map((t) => marketFigures(desk.engine.market, t)).filter((f): f is MarketFigures => f !== undefined);
  const missing = tickers.filter((t) => !found.some((f) => f.ticker === t));
  if (found.length === 0) return { title: "No quote", text: unknownTickers(desk, missing), footnotes: [asOf(desk, desk.engine.market.dataTime())], visibility: "private", tone: "error" };
  const latest = Math.max(...found.map((f) => f.trade.ts));
  const footnotes = [
    "Change is against the previous close; market cap = price × shares outstanding.",
    ...(missing.length > 0 ? [unknownTickers(desk, missing)] : []),
    asOf(desk, latest),
  ];
  const visibility = share ? "channel" : "private";
  if (found.length === 1) {
    const f = found[0] as MarketFigures;
    const name = desk.engine.market.companyName(f.ticker);
    return {
      title: `${f.ticker}${name ? ` · ${name}` : ""}`,
      fields: [
        { label: "Price", value: `${formatPrice(f.trade.price)}${SESSION[f.trade.session]}` },
        { label: "Change", value: f.change === undefined ? "n/a (no previous close)" : `${signedPrice(f.change)} (${pct(f.changePct)})` },
        { label: "Market cap", value: f.marketCap === undefined ? "n/a (shares outstanding unknown)" : formatUsd(f.marketCap) },
        { label: "Market cap change", value: f.marketCapChange === undefined ? "n/a" : `${signedUsd(f.marketCapChange)} (${pct(f.changePct)})` },
      ],
      footnotes,
      visibility,
      tone: "info",
    };
  }
  return {
    title: `Quotes: ${found.map((f) => f.ticker).join(", ")}`,
    table: {
      columns: ["Ticker", "Price", "Change", "Market cap", "Cap change"],
      rows: found.map((f) => [
        f.ticker,
        `${formatPrice(f.trade.price)}${SESSION[f.trade.session]}`,
        pct(f.changePct),
        f.marketCap === undefined ? "n/a" : formatUsd(f.marketCap),
        signedUsd(f.marketCapChange),
      ]),
    },
    footnotes,
    visibility,
    tone: "info",
  };
}

export function moversReply(desk: CommandDesk, channel: string, limit: number, share: boolean): Reply {
  const watchlist = desk.engine.routing.watchlistOf(channel);
  const tickers = watchlist === undefined ? [] : watchlist.tickers === "*" ? desk.engine.market.knownTickers() : [...watchlist.tickers];
  const today = easternDate(desk.dataNow());
  const moves = tickers
    .map((t) => marketFigures(desk.engine.market, t))
    .filter((f): f is MarketFigures => f?.marketCapChange !== undefined && easternDate(f.trade.ts) === today)
    .sort((a, b) => Math.abs(b.marketCapChange as number) - Math.abs(a.marketCapChange as number))
    .slice(0, limit);
  if (moves.length === 0) {
    const why = tickers.length === 0 ? "This channel watches no tickers yet: try `watch add MSFT`." : `No market-cap moves on ${today} for this channel's tickers yet.`;
    return { title: "Movers", text: why, footnotes: [asOf(desk, desk.dataNow())], visibility: share ? "channel" : "private", tone: "info" };
  }
  return {
    title: `Top ${moves.length} market-cap moves today`,
    table: {
      columns: ["Ticker", "Cap change", "Change", "Market cap", "Price"],
      rows: moves.map((f) => [f.ticker, signedUsd(f.marketCapChange), pct(f.changePct), formatUsd(f.marketCap as number), formatPrice(f.trade.price)]),
    },
    footnotes: [asOf(desk, Math.max(...moves.map((m) => m.trade.ts)))],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}

function signedPrice(v: number): string {
  return `${v > 0 ? "+" : ""}${formatPrice(v)}`;
}
