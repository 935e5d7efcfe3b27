// Command replies as Block Kit: a header, the text, the fields, the table as a fixed-width block,
// the footnotes (data time, source, hints) as context. Replies quote what people typed, so all of
// it is escaped.
import type { Reply } from "../../replies/reply.js";
import { renderReplyText } from "../../replies/text-renderer.js";
import { escapeMrkdwn } from "./escape.js";
import { andMore, capBlocks, capItems, fitLines, LIMITS } from "./limits.js";
import { context, fallback, fieldsSection, header, section, type Block, type SlackMessage } from "./message.js";

export interface SlackReply extends SlackMessage {
  response_type: "ephemeral" | "in_channel";
}

const MARKER = { error: "✗ ", success: "✓ ", info: "" } as const;

export function renderReplyBlocks(reply: Reply): SlackReply {
  const e = escapeMrkdwn;
  const blocks: Block[] = [header(`${MARKER[reply.tone]}${reply.title}`)];
  if (reply.text) blocks.push(section(e(reply.text)));
  if (reply.fields && reply.fields.length > 0) {
    const fields = reply.fields.map((f) => `*${e(f.label)}*\n${e(f.value)}`);
    blocks.push(fieldsSection(capItems(fields, LIMITS.fields, (left) => andMore(left, "fields"))));
  }
  if (reply.table && reply.table.rows.length > 0) {
    const [, ...lines] = renderReplyText({ title: "", table: reply.table, visibility: "private", tone: "info" }).split("\n");
    const fence = "```";
    const body = fitLines(lines.map((l) => e(l.slice(2))), LIMITS.sectionTextChars - 2 * fence.length - 2, "rows");
    blocks.push(section(`${fence}\n${body}\n${fence}`));
  }
  const notes = (reply.footnotes ?? []).map(e);
  if (notes.length > 0) blocks.push(context(capItems(notes, LIMITS.contextElements, (left) => andMore(left, "notes"))));
  return {
    response_type: reply.visibility === "channel" ? "in_channel" : "ephemeral",
    text: fallback([e(`${MARKER[reply.tone]}${reply.title}`), reply.text ? e(reply.text) : ""]),
    blocks: capBlocks(blocks),
  };
}
