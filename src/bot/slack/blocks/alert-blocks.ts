// Alerts as Block Kit: a header, the sentence people read, the key figures as fields, the quote
// and the document link where there is one, and a context line with the time and the source.
// The wording is the terminal's (renderAlertText); every piece of it is escaped.
import { formatDay, formatEasternTime, formatPct, formatPrice, formatUsd } from "../../../alerts/render/format.js";
import { renderAlertText, type NameOf } from "../../../alerts/render/text.js";
import type { Alert } from "../../../alerts/types.js";
import { escapeMrkdwn, safeLink } from "./escape.js";
import { andMore, capBlocks, capItems, fitLines, LIMITS } from "./limits.js";
import { context, fallback, fieldsSection, header, section, type Block, type SlackMessage } from "./message.js";

export interface AlertRenderOptions {
  nameOf?: NameOf;
  /** Where the numbers come from ("replay of …", "SEC EDGAR, Finnhub"). */
  source?: string;
}

const TIME_OF_DAY = { bmo: "before the open", amc: "after the close", unknown: "time not announced" } as const;

export function renderAlertBlocks(alert: Alert, options: AlertRenderOptions = {}): SlackMessage {
  const nameOf = options.nameOf ?? (() => undefined);
  const [head = "", ...body] = renderAlertText(alert, nameOf).split("\n");
  const title = head.slice(head.indexOf(" · ") + 3);
  const sentence = body[0]?.trim() ?? "";
  const blocks: Block[] = [header(title)];
  const e = escapeMrkdwn;

  if (alert.kind === "earnings_upcoming") {
    const lines = alert.items.map((i) => `*${e(i.ticker)}*  ${e(formatDay(i.date))}, ${TIME_OF_DAY[i.time]}${nameOf(i.ticker) ? ` (${e(nameOf(i.ticker) as string)})` : ""}`);
    blocks.push(section(fitLines(lines, LIMITS.sectionTextChars, "companies")));
  } else {
    blocks.push(section(e(sentence)));
    const fields = keyFigures(alert);
    if (fields.length > 0) blocks.push(fieldsSection(capItems(fields, LIMITS.fields, (left) => andMore(left, "figures"))));
  }
  if (alert.kind === "capex_guidance" && (alert.sentence || alert.provenance)) {
    const quote = alert.sentence ? [`>“${e(alert.sentence)}”`] : [];
    const said = alert.provenance ? [`>— _${e(alert.provenance.said)}_`] : [];
    blocks.push(section([...quote, ...said].join("\n")));
  }
  const link = alert.kind === "capex_guidance" && alert.url ? safeLink(alert.url, "Read the document") : undefined;
  const source = alert.kind === "capex_guidance" && alert.basis === "consensus" && alert.consensusSource ? `consensus: ${e(alert.consensusSource)}` : undefined;
  blocks.push(context([e(formatEasternTime(alert.ts)), ...(options.source ? [`source: ${e(options.source)}`] : []), ...(source ? [source] : []), ...(link ? [link] : [])]));

  const summary = alert.kind === "earnings_upcoming" ? body.map((l) => l.trim()).join("; ") : sentence;
  return { text: fallback([e(`${title}: ${summary}`)]), blocks: capBlocks(blocks) };
}

function keyFigures(alert: Exclude<Alert, { kind: "earnings_upcoming" }>): string[] {
  const f = (label: string, value: string) => `*${label}*\n${escapeMrkdwn(value)}`;
  switch (alert.kind) {
    case "mcap_drop":
    case "mcap_gain":
      return [
        f("Market-cap change", `${formatUsd(alert.changeUsd)} (${formatPct(alert.changePct)})`),
        f("Market cap", `${formatUsd(alert.marketCap)}, was ${formatUsd(alert.referenceMarketCap)}`),
        f("Level", String(alert.level)),
      ];
    case "capex_guidance":
      return [
        f("Guidance", alert.low !== null && alert.high !== null && alert.low !== alert.high ? `${formatUsd(alert.low)}–${formatUsd(alert.high)}` : formatUsd(alert.value)),
        f("vs consensus", formatPct(alert.vsConsensusPct)),
        f("vs prior guidance", formatPct(alert.vsPriorGuidancePct)),
        f("vs prior-year actual", formatPct(alert.vsPriorYearActualPct)),
      ];
    case "capex_actual":
      return [f("Capex", `${formatUsd(alert.value)} (${alert.period})`), f("Consensus", formatUsd(alert.consensus)), f("Surprise", formatPct(alert.surprisePct))];
    case "earnings_result":
      return [
        f("EPS", `${formatPrice(alert.epsActual)} vs ${formatPrice(alert.epsEstimate)} (${formatPct(alert.epsSurprisePct)})`),
        f("Revenue", alert.revenueActual === null ? "n/a" : `${formatUsd(alert.revenueActual)} vs ${alert.revenueEstimate === null ? "n/a" : formatUsd(alert.revenueEstimate)} (${formatPct(alert.revenueSurprisePct)})`),
      ];
  }
}
