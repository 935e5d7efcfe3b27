// feeds add|remove|list: RSS or Atom feeds read with a ticker's news when live. Feeds are
// operator-wide (the news they bring reaches every channel watching the ticker); each change is
// audited in the channel it was made from.
import type { AuditEntry } from "../../../store/store.js";
import type { Reply } from "../../replies/reply.js";
import type { Caller, CommandDesk } from "../context.js";

function audit(desk: CommandDesk, caller: Caller, action: string, details: Record<string, unknown>): AuditEntry {
  return { at: desk.wallNow().toISOString(), channel: caller.channel, userId: caller.userId, action, details };
}

export async function feedChange(desk: CommandDesk, caller: Caller, action: "add" | "remove", ticker: string, url: string): Promise<Reply> {
  const entry = audit(desk, caller, `feeds ${action}`, { ticker, url });
  if (action === "add") {
    const added = await desk.store.addNewsFeed({ ticker, url, addedBy: caller.userId, addedAt: entry.at }, entry);
    return added
      ? { title: "Feed added", text: `${url} is read with ${ticker}'s news from the next news poll (live data only), for every channel watching ${ticker}.`, visibility: "private", tone: "success" }
      : { title: "Feed already there", text: `${url} is already read for ${ticker}; nothing was changed.`, visibility: "private", tone: "info" };
  }
  const removed = await desk.store.removeNewsFeed(ticker, url, entry);
  return removed
    ? { title: "Feed removed", text: `${url} is no longer read for ${ticker}.`, visibility: "private", tone: "success" }
    : { title: "No such feed", text: `${ticker} has no feed ${url}; nothing was changed. feeds list ${ticker} shows its feeds.`, visibility: "private", tone: "info" };
}

export async function feedsListReply(desk: CommandDesk, ticker: string | undefined, share: boolean): Promise<Reply> {
  const feeds = await desk.store.newsFeeds(ticker);
  const scope = ticker ?? "any ticker";
  return {
    title: ticker ? `Feeds: ${ticker}` : "Feeds",
    text: feeds.length === 0 ? `No feeds added for ${scope}. Admins can add one: feeds add ${ticker ?? "AMZN"} https://ir.example.com/rss/news.xml` : undefined,
    table: feeds.length > 0 ? { columns: ["Ticker", "Feed", "Added"], rows: feeds.map((f) => [f.ticker, f.url, f.addedAt.slice(0, 10)]) } : undefined,
    footnotes: ["Read with each ticker's news (Yahoo or Finnhub) when capwatch runs on live data; the news they bring reaches every channel watching the ticker."],
    visibility: share ? "channel" : "private",
    tone: "info",
  };
}
