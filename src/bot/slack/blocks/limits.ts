// Block Kit's limits, and cutting to them: a message that is too long is shortened with
// "…and N more", never refused by Slack.
import type { KnownBlock } from "@slack/types";

export const LIMITS = {
  blocks: 50,
  headerChars: 150,
  sectionTextChars: 3000,
  fields: 10,
  fieldChars: 2000,
  contextElements: 10,
  /** The notification fallback; Slack allows far more, people read a line. */
  fallbackChars: 3000,
} as const;

/** `text` cut to `max` characters with an ellipsis; surrogate pairs are not split. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

export function andMore(count: number, noun = ""): string {
  return `…and ${count} more${noun ? ` ${noun}` : ""}`;
}

/** As many items as fit in `max`, the last slot saying how many were left out. */
export function capItems<T>(items: readonly T[], max: number, more: (left: number) => T): T[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max - 1), more(items.length - (max - 1))];
}

/** Lines joined with newlines up to `max` characters; the rest counted in a last line. */
export function fitLines(lines: readonly string[], max: number, noun = "lines"): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const rest = lines.length - i - 1;
    const reserve = rest > 0 ? andMore(lines.length, noun).length + 1 : 0;
    if (used + line.length + 1 + reserve > max) {
      out.push(andMore(lines.length - i, noun));
      return out.join("\n");
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join("\n");
}

/** At most 50 blocks; a last section counts the ones left out. */
export function capBlocks(blocks: KnownBlock[]): KnownBlock[] {
  return capItems(blocks, LIMITS.blocks, (left) => ({ type: "section", text: { type: "mrkdwn", text: andMore(left, "blocks") } }));
}
