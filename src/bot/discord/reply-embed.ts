// A command's Reply as a Discord embed: title, text, fields, the table as a code block, and the
// footnotes (data time and source) as the footer; coloured by tone; cut to Discord's limits.
import type { APIEmbed } from "discord.js";
import type { Reply, ReplyTable } from "../replies/reply.js";
import { EMBED_LIMITS, fitEmbed, fitLines } from "./embed-limits.js";

export const COLOURS = {
  info: 0x5865f2,
  success: 0x57f287,
  error: 0xed4245,
  /** Alerts: falls and misses red, rises and beats green, neutral blue; deeper with severity. */
  down: 0xed4245,
  downSevere: 0x992d22,
  up: 0x57f287,
  upStrong: 0x1f8b4c,
  neutral: 0x3498db,
} as const;

const INLINE_MAX = 40;
const FENCE = "```";

export function replyEmbed(reply: Reply): APIEmbed {
  const parts: string[] = [];
  if (reply.text) parts.push(reply.text);
  if (reply.table && reply.table.rows.length > 0) {
    const budget = EMBED_LIMITS.description - (reply.text?.length ?? 0) - FENCE.length * 2 - 4;
    parts.push(`${FENCE}\n${fitLines(tableLines(reply.table).join("\n"), Math.max(64, budget))}\n${FENCE}`);
  }
  const embed: APIEmbed = { title: reply.title, color: COLOURS[reply.tone] };
  if (parts.length > 0) embed.description = parts.join("\n");
  if (reply.fields && reply.fields.length > 0) {
    embed.fields = reply.fields.map((f) => ({ name: f.label, value: f.value, inline: f.value.length <= INLINE_MAX && !f.value.includes("\n") }));
  }
  if (reply.footnotes && reply.footnotes.length > 0) embed.footer = { text: reply.footnotes.join("\n") };
  return fitEmbed(embed);
}

function tableLines(table: ReplyTable): string[] {
  const { columns, rows } = table;
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join("  ")
      .trimEnd()
      .replaceAll(FENCE, "'''");
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
