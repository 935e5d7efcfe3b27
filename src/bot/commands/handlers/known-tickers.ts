// Which tickers capwatch knows, for `watch add`: a ticker nobody knows is refused with the closest
// known ones. In a replay (and whenever no live directory is wired) "known" is the store's: the
// companies and quoted tickers the file or earlier runs put there. Live, a ticker the providers
// know is accepted too (SEC EDGAR's company list, else the quote provider); when they cannot be
// asked just now, the ticker is accepted with a note rather than refused on a provider's outage.
import type { CommandDesk } from "../context.js";
import { editDistance } from "../parse/suggest.js";

/** The live providers' view of tickers (app wires it; absent in replays). */
export interface TickerDirectory {
  /** Named in a refusal: "SEC EDGAR's company list or the quote provider". */
  readonly name: string;
  /** true / false: known or not; undefined: the providers could not be asked now. */
  has(ticker: string): Promise<boolean | undefined>;
  /** Tickers to suggest from (empty when the list cannot be read). */
  tickers(): Promise<readonly string[]>;
}

/** A provider that does not answer in this long is "could not check": the person is not kept waiting. */
export const DIRECTORY_TIMEOUT_MS = 5_000;
/** How many near tickers a refusal names. */
const SUGGESTIONS = 3;
/** A known set this small is listed whole when nothing is close. */
const LIST_WHOLE = 20;

export interface TickerCheck {
  known: string[];
  unknown: Array<{ ticker: string; near: string[] }>;
  /** Accepted without a check: the live providers did not answer. */
  unchecked: string[];
  /** Where "known" comes from, for the message. */
  from: string;
  /** The known set when it is small enough to list (replays), for "known here: …". */
  all?: string[];
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

/**
 * The closest of `candidates` to `ticker`, nearest first: one edit away (a typo, a swap: MSTF →
 * MSFT) for tickers of up to 4 letters, two for longer ones, or one a prefix of the other (GOOG).
 */
export function nearestTickers(ticker: string, candidates: Iterable<string>, limit = SUGGESTIONS): string[] {
  const scored: Array<[string, number]> = [];
  for (const c of candidates) {
    if (c === ticker) continue;
    const d = Math.abs(c.length - ticker.length) > 2 ? 99 : editDistance(ticker, c);
    const prefix = ticker.length >= 3 && (c.startsWith(ticker) || ticker.startsWith(c));
    if (d <= (ticker.length <= 4 ? 1 : 2) || prefix) scored.push([c, prefix ? Math.min(d, 2) : d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([c]) => c);
}

/** Sorts `tickers` into known, unknown (with suggestions) and unchecked. */
export async function checkTickers(desk: CommandDesk, tickers: string[], directory: TickerDirectory | undefined = desk.tickers): Promise<TickerCheck> {
  const stored = desk.engine.market.knownTickers();
  const storedSet = new Set(stored);
  const out: TickerCheck = { known: [], unknown: [], unchecked: [], from: directory === undefined ? "the store's companies" : `the store's companies, ${directory.name}` };
  const missing: string[] = [];
  for (const t of tickers) (storedSet.has(t) ? out.known : missing).push(t);
  if (missing.length === 0) return out;
  const answers = directory === undefined ? missing.map(() => false) : await Promise.all(missing.map((t) => withTimeout(directory.has(t), DIRECTORY_TIMEOUT_MS, undefined)));
  const listed = directory === undefined || answers.every((a) => a !== false) ? [] : await withTimeout(directory.tickers(), DIRECTORY_TIMEOUT_MS, [] as readonly string[]);
  missing.forEach((t, i) => {
    const a = answers[i];
    if (a === true) out.known.push(t);
    else if (a === undefined) out.unchecked.push(t);
    else out.unknown.push({ ticker: t, near: nearestTickers(t, new Set([...stored, ...listed])) });
  });
  if (directory === undefined && stored.length <= LIST_WHOLE) out.all = stored;
  return out;
}

/** `ZZZZ is not a ticker capwatch knows (…). Did you mean …?` — one sentence per unknown ticker. */
export function unknownTickersText(check: TickerCheck): string {
  const lines = check.unknown.map((u) => `${u.ticker} is not a ticker capwatch knows.${u.near.length > 0 ? ` Did you mean ${u.near.join(", ")}?` : ""}`);
  const noneNear = check.unknown.some((u) => u.near.length === 0);
  const tail = noneNear && check.all !== undefined ? ` Known here: ${check.all.length > 0 ? check.all.join(", ") : "none yet"}.` : "";
  return `${lines.join(" ")}${tail} Known means in ${check.from}. Nothing was changed.`;
}
