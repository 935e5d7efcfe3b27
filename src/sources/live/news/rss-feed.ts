// An RSS 2.0 feed (Yahoo's per-ticker headlines, a company's press releases) or an Atom feed,
// read with fast-xml-parser, never with regular expressions: the text is validated as XML first
// (a truncated feed or an HTML page is an error, not an empty feed), then the parsed shape is
// checked with zod.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";
import { htmlToText } from "../../guidance/html-to-text.js";
import { parseTimestamp } from "../../timestamps.js";
import { ProviderError } from "../http/provider-error.js";
import type { NewsFetch, NewsItem } from "./news-types.js";

const text = z.union([z.string(), z.number()]).transform(String);
/** `<guid isPermaLink="false">x</guid>` parses to an object with its text under `#text`. */
const textOrNode = z.union([text, z.object({ "#text": text.optional() }).passthrough().transform((n) => n["#text"])]);

/** An empty element parses to "": an empty channel or item is one with no children. */
const emptyAsObject = (v: unknown) => (v === "" ? {} : v);

const rssItemSchema = z.preprocess(
  emptyAsObject,
  z
    .object({
      title: textOrNode.optional(),
      link: textOrNode.optional(),
      description: textOrNode.optional(),
      guid: textOrNode.optional(),
      pubDate: textOrNode.optional(),
      source: textOrNode.optional(),
    })
    .passthrough(),
);

export const rssDocumentSchema = z.object({
  rss: z.object({
    channel: z.preprocess(
      emptyAsObject,
      z.object({
        title: textOrNode.optional(),
        item: z.array(rssItemSchema).default([]),
      }),
    ),
  }),
});

const atomText = z.union([text, z.object({ "#text": text.optional(), "@_type": z.string().optional() }).passthrough()]).transform((v) => {
  if (typeof v === "string") return v;
  const inner = v["#text"] ?? "";
  // type="html" carries escaped markup; its text is what a reader sees.
  return v["@_type"] === "html" || v["@_type"] === "xhtml" ? htmlToText(inner).replace(/\s+/g, " ").trim() : inner;
});
const atomLink = z.object({ "@_href": z.string().optional(), "@_rel": z.string().optional() }).passthrough();

export const atomDocumentSchema = z.object({
  feed: z.preprocess(
    emptyAsObject,
    z.object({
      entry: z
        .array(
          z.preprocess(
            emptyAsObject,
            z.object({ title: atomText.optional(), link: z.array(atomLink).default([]), id: textOrNode.optional(), published: textOrNode.optional(), updated: textOrNode.optional(), summary: atomText.optional(), content: atomText.optional() }).passthrough(),
          ),
        )
        .default([]),
    }),
  ),
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (_name, jpath) => jpath === "rss.channel.item" || jpath === "feed.entry" || jpath === "feed.entry.link",
});

/** A feed's items for `ticker`; items with no usable date or headline are skipped with a reason. */
export function readRssFeed(provider: string, url: string, body: string, ticker: string): NewsFetch {
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const what = looksLikeHtml(body) ? "HTML instead of RSS" : "truncated or malformed XML";
    throw new ProviderError({ provider, url, code: "bad_body", message: `${what} (${body.length} bytes; line ${valid.err.line}: ${valid.err.msg})`, advice: "capwatch retries on the next poll" });
  }
  const tree: unknown = parser.parse(body);
  if (typeof tree === "object" && tree !== null && "feed" in tree) return readAtom(provider, url, tree, ticker);
  const parsed = rssDocumentSchema.safeParse(tree);
  if (!parsed.success) {
    const what = looksLikeHtml(body) ? "HTML instead of RSS" : `not an RSS 2.0 or Atom feed (${parsed.error.issues[0]?.path.join(".") || "body"}: ${parsed.error.issues[0]?.message ?? "invalid"})`;
    throw new ProviderError({ provider, url, code: looksLikeHtml(body) ? "bad_body" : "schema", message: what, advice: "check the feed URL" });
  }
  const items: NewsItem[] = [];
  const skipped: string[] = [];
  for (const [index, raw] of parsed.data.rss.channel.item.entries()) {
    const headline = raw.title?.trim() ?? "";
    const where = headline ? `"${headline.slice(0, 80)}"` : `item ${index + 1}`;
    const publishedMs = raw.pubDate === undefined ? Number.NaN : feedDateMs(raw.pubDate);
    if (headline === "") {
      skipped.push(`${provider}: ${ticker} ${where} has no title; skipped`);
      continue;
    }
    if (!Number.isFinite(publishedMs)) {
      skipped.push(`${provider}: ${ticker} ${where} has no ${raw.pubDate === undefined ? "" : "readable "}publication date; skipped`);
      continue;
    }
    const link = raw.link?.trim();
    const guid = raw.guid?.trim();
    items.push({
      ticker,
      headline,
      summary: raw.description?.trim() ?? "",
      publishedMs,
      ...(guid ? { id: guid } : {}),
      ...(link ? { url: link } : {}),
      ...(raw.source ? { publisher: raw.source.trim() } : {}),
    });
  }
  return { items, skipped };
}

/** An Atom feed's entries: the alternate link, `published` (else `updated`), summary (else content). */
function readAtom(provider: string, url: string, tree: unknown, ticker: string): NewsFetch {
  const parsed = atomDocumentSchema.safeParse(tree);
  if (!parsed.success) {
    throw new ProviderError({ provider, url, code: "schema", message: `not an Atom feed (${parsed.error.issues[0]?.path.join(".") || "body"}: ${parsed.error.issues[0]?.message ?? "invalid"})`, advice: "check the feed URL" });
  }
  const items: NewsItem[] = [];
  const skipped: string[] = [];
  for (const [index, entry] of parsed.data.feed.entry.entries()) {
    const headline = entry.title?.trim() ?? "";
    const where = headline ? `"${headline.slice(0, 80)}"` : `entry ${index + 1}`;
    const date = entry.published ?? entry.updated;
    const publishedMs = date === undefined ? Number.NaN : feedDateMs(date);
    if (headline === "") {
      skipped.push(`${provider}: ${ticker} ${where} has no title; skipped`);
      continue;
    }
    if (!Number.isFinite(publishedMs)) {
      skipped.push(`${provider}: ${ticker} ${where} has no ${date === undefined ? "" : "readable "}publication date; skipped`);
      continue;
    }
    const link = (entry.link.find((l) => l["@_rel"] === undefined || l["@_rel"] === "alternate") ?? entry.link[0])?.["@_href"]?.trim();
    const id = entry.id?.trim();
    items.push({ ticker, headline, summary: (entry.summary ?? entry.content ?? "").trim(), publishedMs, ...(id ? { id } : {}), ...(link ? { url: link } : {}) });
  }
  return { items, skipped };
}

/** RFC 822 as RSS 2.0 writes it ("Thu, 05 Feb 2026 21:40:00 +0000"), with a zone: a time without one is not guessed. */
const RFC822 = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|UT|UTC|GMT|Z|[ECMP][SD]T)$/;

/** A feed item's date as epoch ms: RFC 822 with its zone, or ISO-8601 with Z or an offset; NaN otherwise. */
export function feedDateMs(text: string): number {
  const trimmed = text.trim();
  const iso = parseTimestamp(trimmed);
  if (iso.ok) return iso.ms;
  return RFC822.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
}

/** Whether the body opens as an HTML page (a doctype or an `<html>` root), to word the error. */
function looksLikeHtml(body: string): boolean {
  const start = body.trimStart().slice(0, 200).toLowerCase();
  return start.startsWith("<!doctype html") || start.startsWith("<html");
}
