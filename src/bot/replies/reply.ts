// The platform-neutral answer to a command: the terminal, Slack and Discord each render it.
import type { ChartImage } from "../charts/chart-spec.js";

export type Visibility = "private" | "channel";

export interface ReplyField {
  label: string;
  value: string;
}

export interface ReplyTable {
  columns: string[];
  rows: string[][];
}

export interface Reply {
  title: string;
  /** A sentence or two under the title. */
  text?: string;
  fields?: ReplyField[];
  table?: ReplyTable;
  /** Data time and source, caveats, hints. */
  footnotes?: string[];
  visibility: Visibility;
  /** `error` replies tell the person what was wrong and what to type instead. */
  tone: "info" | "success" | "error";
  /** A picture under the answer (`chart`, `capex compare`): each platform uploads it its own way, after the text. */
  chart?: ChartImage;
}

export function errorReply(title: string, text: string, usage?: string): Reply {
  return { title, text, footnotes: usage ? [usage] : undefined, visibility: "private", tone: "error" };
}
