// Text for Slack: `&`, `<` and `>` are control characters there, so text from anywhere but
// capwatch's own code is escaped; no mention (`<!channel>`, `<@U…>`) or link can form from it.

/** `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, in that order; nothing else changes. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A link Slack can render, or undefined for anything that is not a plain http(s) URL. */
export function safeLink(url: string, label: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  // `|` and `>` end Slack's link syntax; the URL parser already encoded `<`, `>`, spaces and quotes.
  const href = escapeMrkdwn(parsed.href.replace(/\|/g, "%7C").replace(/>/g, "%3E"));
  return `<${href}|${escapeMrkdwn(label)}>`;
}
