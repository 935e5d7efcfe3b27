// Replies as plain text for the terminal chat, within 80 columns: long lines wrap at a space with
// their indent kept, and a table too wide to fit is shown as a list (each row's first cell, then
// its other cells below it, named by their columns when there are more than one).
import type { Reply } from "./reply.js";

export const TERMINAL_COLUMNS = 80;

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
  return lines.flatMap((line) => wrapLine(line, TERMINAL_COLUMNS)).join("\n");
}

function renderTable(columns: string[], rows: string[][]): string[] {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join("  ")
      .trimEnd();
  const tableWidth = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1) + 2;
  if (tableWidth <= TERMINAL_COLUMNS) return [line(columns), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  return rows.flatMap(([first = "", ...rest]) => [first, ...rest.flatMap((cell, i) => (cell === "" ? [] : [columns.length === 2 ? `    ${cell}` : `    ${columns[i + 1] ?? ""}: ${cell}`]))]);
}

/** `line` broken at spaces into lines of at most `width` columns, continuation lines indented like the first (+2). */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const indent = " ".repeat(/^ */.exec(line)?.[0].length ?? 0);
  const out: string[] = [];
  let rest = line;
  let lead = "";
  while (rest.length > width) {
    const cut = rest.lastIndexOf(" ", width);
    // A word longer than the line (a URL) stays whole rather than being split.
    const at = cut > indent.length + lead.length ? cut : rest.indexOf(" ", width);
    if (at === -1) break;
    out.push(rest.slice(0, at).trimEnd());
    lead = "  ";
    rest = `${indent}${lead}${rest.slice(at + 1).trimStart()}`;
  }
  out.push(rest);
  return out;
}
