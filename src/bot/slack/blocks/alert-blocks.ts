// Alerts as Block Kit, from the AlertView: a header, the sentence people read, the key figures as
// fields, the quote and who said it, and a context line with the time, the source and the link.
// Every piece of text is escaped here; the view is plain.
import { alertView, type AlertView, type NameOf } from "../../../alerts/views/alert-view.js";
import type { Alert } from "../../../alerts/types.js";
import { escapeMrkdwn, safeLink } from "./escape.js";
import { andMore, capBlocks, capItems, fitLines, LIMITS } from "./limits.js";
import { context, fallback, fieldsSection, header, section, type Block, type SlackMessage } from "./message.js";
import { listItemText } from "../../../alerts/render/text.js";
import { acknowledgedBlock, actionBlocks } from "./action-blocks.js";

export interface AlertRenderOptions {
  nameOf?: NameOf;
  /** Where the numbers come from ("replay of …", "SEC EDGAR, Finnhub"). */
  source?: string;
}

export function renderAlertBlocks(alert: Alert, options: AlertRenderOptions = {}): SlackMessage {
  return alertViewBlocks(alertView(alert, options.nameOf), options.source);
}

export function alertViewBlocks(view: AlertView, source?: string): SlackMessage {
  const e = escapeMrkdwn;
  const blocks: Block[] = [header(view.title)];
  if (view.items !== undefined) {
    const lines = view.items.map((i) => `*${e(i.ticker)}*  ${e(i.when)}${i.name ? ` (${e(i.name)})` : ""}`);
    blocks.push(section(fitLines(lines, LIMITS.sectionTextChars, "companies")));
  }
  if (view.headline !== undefined) blocks.push(section(e(view.headline)));
  const fields = view.figures.map((f) => `*${f.label}*\n${e(f.value)}`);
  if (fields.length > 0) blocks.push(fieldsSection(capItems(fields, LIMITS.fields, (left) => andMore(left, "figures"))));
  if (view.quote || view.said) {
    const quote = view.quote ? [`>“${e(view.quote)}”`] : [];
    const said = view.said ? [`>— _${e(view.said)}_`] : [];
    blocks.push(section([...quote, ...said].join("\n")));
  }
  const link = view.link ? safeLink(view.link.url, view.link.label) : undefined;
  const consensus = view.consensusSource ? `consensus: ${e(view.consensusSource)}` : undefined;
  blocks.push(context([e(view.time), ...(source ? [`source: ${e(source)}`] : []), ...(consensus ? [consensus] : []), ...(link ? [link] : [])]));
  if (view.acknowledged) blocks.push(acknowledgedBlock(view.acknowledged));
  blocks.push(...actionBlocks(view.actions));

  const summary = view.headline ?? (view.items ?? []).map((i) => listItemText(i).trim()).join("; ");
  return { text: fallback([e(`${view.title}: ${summary}`)]), blocks: capBlocks(blocks) };
}
