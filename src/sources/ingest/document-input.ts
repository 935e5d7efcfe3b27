// `capwatch ingest` input: a JSON array of documents or JSON Lines of them, each with the line it
// starts on, so a bad one is reported as FILE:LINE like a replay's.
import type { DocumentEvent } from "../events.js";
import { checkDocument } from "./pushed-documents.js";

export type InputItem = { line: number; document: DocumentEvent } | { line: number; reason: string };

/** Every document of the input with its line, or why the input cannot be read at all. */
export function readDocumentInput(text: string): { items: InputItem[] } | { unreadable: string } {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trimStart().startsWith("[")) {
    let values: unknown[];
    try {
      values = JSON.parse(body) as unknown[];
    } catch (error) {
      return { unreadable: `not a valid JSON array (${(error as Error).message})` };
    }
    if (!Array.isArray(values)) return { unreadable: "not a valid JSON array" };
    const lines = arrayElementLines(body);
    return { items: values.map((value, i) => item(value, lines[i] ?? 1)) };
  }
  const items: InputItem[] = [];
  body.split("\n").forEach((raw, i) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      items.push({ line: i + 1, reason: "not valid JSON" });
      return;
    }
    items.push(item(value, i + 1));
  });
  return { items };
}

function item(value: unknown, line: number): InputItem {
  const checked = checkDocument(value);
  // checkDocument words a problem as ".field: reason"; on its own line the field leads.
  return typeof checked === "string" ? { line, reason: checked.replace(/^\.?/, "").replace(/^: /, "") } : { line, document: checked };
}

/** The 1-based line on which each top-level element of a JSON array starts (the text is valid JSON). */
export function arrayElementLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectElement = false;
  for (const ch of text) {
    if (ch === "\n") line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") continue;
    if (depth === 1 && expectElement && ch !== "]") {
      starts.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectElement = true;
  }
  return starts;
}
