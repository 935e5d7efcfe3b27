// `feeds add TICKER URL`, `feeds remove TICKER URL`, `feeds list [TICKER] [share]`: RSS or Atom
// feeds (a company's investor-relations press releases, say) read with the ticker's news.
import type { Command } from "../../types.js";
import { resolveTicker } from "../resolvers.js";
import { fail, ok, shown, type Resolved } from "../result.js";
import { asciiLower, takeShare } from "../tokens.js";
import { badSubcommand, extraWords } from "./common.js";

const MAX_URL_LENGTH = 500;

export function parseFeeds(args: readonly string[]): Resolved<Command> {
  const [sub, ...rest] = args;
  const action = sub === undefined ? undefined : asciiLower(sub);
  if (action === "add" || action === "remove") return parseFeedChange(action, rest);
  if (action === "list") return parseFeedsList(rest);
  return badSubcommand("feeds", sub, ["add", "remove", "list"]);
}

function parseFeedChange(action: "add" | "remove", args: readonly string[]): Resolved<Command> {
  const [tickerWord, urlWord, ...extra] = args;
  if (tickerWord === undefined) return fail("missing_argument", `feeds ${action} needs a ticker and a feed URL.`, "feeds");
  if (urlWord === undefined) return fail("missing_argument", `feeds ${action} needs a feed URL after the ticker.`, "feeds");
  if (extra.length > 0) return extraWords(`feeds ${action}`, extra, "feeds");
  const ticker = resolveTicker(tickerWord, "feeds");
  if (!ticker.ok) return ticker;
  const url = resolveFeedUrl(urlWord);
  if (!url.ok) return url;
  return ok({ name: action === "add" ? "feeds_add" : "feeds_remove", ticker: ticker.value, url: url.value });
}

function parseFeedsList(args: readonly string[]): Resolved<Command> {
  const { words, share } = takeShare(args);
  const [word, ...extra] = words;
  if (extra.length > 0) return extraWords("feeds list", extra, "feeds");
  if (word === undefined) return ok({ name: "feeds_list", share });
  const ticker = resolveTicker(word, "feeds");
  return ticker.ok ? ok({ name: "feeds_list", ticker: ticker.value, share }) : ticker;
}

/** An http(s) URL; Slack's `<https://…>` and `<https://…|label>` link markup is taken off. */
export function resolveFeedUrl(word: string): Resolved<string> {
  let text = word;
  if (text.startsWith("<") && text.endsWith(">")) text = (text.slice(1, -1).split("|")[0] ?? "").trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail("invalid_url", `${shown(word)} is not a feed URL; write one like https://ir.example.com/rss/news.xml.`, "feeds");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return fail("invalid_url", `a feed URL starts with https:// or http://, not ${shown(url.protocol)}.`, "feeds");
  if (url.username !== "" || url.password !== "") return fail("invalid_url", "a feed URL must not carry a user name or password.", "feeds");
  if (url.href.length > MAX_URL_LENGTH) return fail("invalid_url", `a feed URL is at most ${MAX_URL_LENGTH} characters.`, "feeds");
  return ok(url.href);
}
