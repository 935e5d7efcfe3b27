// One story, one document: an item seen before (same id/GUID or same URL), or the same story
// from another outlet (the same normalized headline for the ticker within 24 hours), is a
// duplicate. Keys are kept per ticker and bounded: the oldest are forgotten first.
import type { NewsItem } from "./news-types.js";

export const SAME_STORY_WINDOW_MS = 24 * 3_600_000;
export const SEEN_KEYS_PER_TICKER = 5_000;

/** "Amazon Plans $200 Billion in Capex!" and "amazon plans $200 billion in capex" are one headline: case, accents and punctuation aside. */
export function normalizeHeadline(headline: string): string {
  return headline
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9$%.]+/g, " ")
    .replace(/(^|\s)\.+|\.+(\s|$)/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** A URL without its fragment, trailing slash and tracking parameters, so two spellings are one link. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    for (const name of [...u.searchParams.keys()]) if (name.startsWith("utm_") || name === ".tsrc") u.searchParams.delete(name);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, "")}${u.search}`;
  } catch {
    return url.trim();
  }
}

/** Insertion-ordered keys with their time, the oldest dropped past the bound. */
class BoundedKeys {
  private readonly keys = new Map<string, number>();
  constructor(private readonly max: number) {}

  get(key: string): number | undefined {
    return this.keys.get(key);
  }

  set(key: string, ms: number): void {
    this.keys.delete(key);
    this.keys.set(key, ms);
    while (this.keys.size > this.max) {
      const oldest = this.keys.keys().next().value;
      if (oldest === undefined) break;
      this.keys.delete(oldest);
    }
  }

  delete(key: string): void {
    this.keys.delete(key);
  }

  get size(): number {
    return this.keys.size;
  }
}

export class NewsDeduper {
  private readonly byTicker = new Map<string, BoundedKeys>();

  constructor(private readonly maxPerTicker = SEEN_KEYS_PER_TICKER) {}

  /** True the first time a story is seen for its ticker (and remembers it); false for a duplicate. */
  admit(item: NewsItem): boolean {
    const seen = this.seenFor(item.ticker);
    const identity = this.identityKeys(item);
    const headline = `headline:${normalizeHeadline(item.headline)}`;
    const earlier = seen.get(headline);
    const duplicate = identity.some((k) => seen.get(k) !== undefined) || (earlier !== undefined && Math.abs(item.publishedMs - earlier) < SAME_STORY_WINDOW_MS);
    // A duplicate's keys are remembered too: another outlet's URL for the same story is the same story.
    for (const k of identity) seen.set(k, item.publishedMs);
    if (!duplicate || earlier === undefined) seen.set(headline, item.publishedMs);
    return !duplicate;
  }

  /** Forgets an admitted item (its document could not be applied), so the next poll reads it again. */
  forget(item: NewsItem): void {
    const seen = this.byTicker.get(item.ticker);
    if (seen === undefined) return;
    for (const k of this.identityKeys(item)) seen.delete(k);
    const headline = `headline:${normalizeHeadline(item.headline)}`;
    if (seen.get(headline) === item.publishedMs) seen.delete(headline);
  }

  /** Keys remembered for a ticker (for tests and the bound). */
  size(ticker: string): number {
    return this.byTicker.get(ticker)?.size ?? 0;
  }

  private identityKeys(item: NewsItem): string[] {
    const keys: string[] = [];
    if (item.id !== undefined) keys.push(`id:${item.id}`);
    if (item.url !== undefined) keys.push(`url:${normalizeUrl(item.url)}`);
    return keys;
  }

  private seenFor(ticker: string): BoundedKeys {
    let seen = this.byTicker.get(ticker);
    if (seen === undefined) this.byTicker.set(ticker, (seen = new BoundedKeys(this.maxPerTicker)));
    return seen;
  }
}
