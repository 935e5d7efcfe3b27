// What a push carries: one `document` of the replay format (docs/replay-format.md) or an array of
// them, validated with the replay's own schema; a bad field is named with its place in the body.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { documentEvent, type DocumentEvent } from "../events.js";
import { issueMessage } from "../zod-issue.js";

export const MAX_DOCUMENTS = 100;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export type BodyCheck =
  | { ok: true; documents: DocumentEvent[] }
  | { ok: false; status: 400 | 413; error: string };

/** The documents of a parsed JSON body, or the status and the first problem, field named. */
export function documentsFromBody(json: unknown): BodyCheck {
  const many = Array.isArray(json);
  const items: unknown[] = many ? json : [json];
  if (many && items.length === 0) return { ok: false, status: 400, error: "documents: must hold at least one document" };
  if (items.length > MAX_DOCUMENTS) return { ok: false, status: 413, error: `documents: at most ${MAX_DOCUMENTS} documents per request (got ${items.length})` };
  const documents: DocumentEvent[] = [];
  for (const [i, item] of items.entries()) {
    const checked = checkDocument(item);
    if (typeof checked === "string") return { ok: false, status: 400, error: `${many ? `documents[${i}]` : "document"}${checked}` };
    documents.push(checked);
  }
  return { ok: true, documents };
}

/** One document, or what is wrong with it as `.field: reason` (`: reason` for the whole value). */
export function checkDocument(value: unknown): DocumentEvent | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ": must be a JSON object with type \"document\"";
  const result = documentEvent.safeParse(value);
  return result.success ? result.data : describeIssue(result.error.issues[0], value);
}

function describeIssue(issue: z.core.$ZodIssue | undefined, value: unknown): string {
  if (issue === undefined) return ": is invalid";
  const where = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  if (issue.code === "invalid_value" && issue.path[0] === "type") return `${where}: must be "document"`;
  return `${where}: ${issueMessage(issue, value)}`;
}

/**
 * A document's identity: ticker + url, or ticker + the text when it has no url; hashed, so a long
 * url still fits an index.
 */
export function documentKey(document: Pick<DocumentEvent, "ticker" | "url" | "text">): string {
  const byUrl = document.url !== undefined && document.url !== "";
  return `${document.ticker}|${byUrl ? "url" : "text"}|${sha256(byUrl ? (document.url as string) : document.text)}`;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
