// Replies as plain text for the terminal chat.
import type { Reply } from "./reply.js";

export function renderReplyText(reply: Reply): string {
  const lines: string[] = [];
  const marker = reply.tone === "error" ? "✗ " : reply.tone === "success" ? "✓ " : "";
  lines.push(`${marker}${reply.title}${reply.visibility === "channel" ? "  (shared with the channel)" : ""}`);
  if (reply.text) lines.push(...reply.text.split("\n").map((l) => `  ${l}`));
  if (reply.fields && reply.fields.length > 0) {
    const width = Math.max(...reply.fields.map((f) => f.label.length));
    for (const f of reply.fields) lines.push(`  ${f.label.padEnd(width)}  ${f.value}`);
  }
  if (reply.table && reply.table.rows.length > 0) lines.push(...renderTable(reply.table.columns, reply.table.rows).map((l) => `  ${l}`));
  for (const note of reply.footnotes ?? []) lines.push(...note.split("\n").map((l) => `  ${l}`));
  return lines.join("\n");
}

function renderTable(columns: string[], rows: string[][]): string[] {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
