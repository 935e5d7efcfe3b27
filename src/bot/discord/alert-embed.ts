// Every alert kind as a Discord embed: the wording of the text renderer, fields for the key
// figures, colour by direction and severity, footer with the event's time and the source.
import { escapeMarkdown, type APIEmbed, type APIEmbedField } from "discord.js";
import { formatEasternTime, formatPct, formatPrice, formatUsd } from "../../alerts/render/format.js";
import { renderAlertText, type NameOf } from "../../alerts/render/text.js";
import type { Alert } from "../../alerts/types.js";
import { fitEmbed } from "./embed-limits.js";
import { COLOURS } from "./reply-embed.js";

/** A surprise this large (in %) or an mcap level this high is shown in the deeper colour. */
const SEVERE_PCT = 25;
const SEVERE_LEVEL = 2;

const field = (name: string, value: string, inline = true): APIEmbedField => ({ name, value, inline });
const signedUsd = (v: number) => `${v > 0 ? "+" : ""}${formatUsd(v)}`;

function directionColour(pct: number | null, severe: boolean): number {
  if (pct === null || pct === 0) return COLOURS.neutral;
  if (pct > 0) return severe ? COLOURS.upStrong : COLOURS.up;
  return severe ? COLOURS.downSevere : COLOURS.down;
}

export function alertEmbed(alert: Alert, nameOf: NameOf = () => undefined, source?: string): APIEmbed {
  // The text renderer's wording, without its `[channel] time` head (the footer carries the time).
  const [head = "", ...body] = renderAlertText(alert, nameOf).split("\n");
  const title = head.split(" · ").slice(1).join(" · ");
  const lines = body.map((l) => escapeMarkdown(l.trim()));
  const embed: APIEmbed = {
    title,
    timestamp: alert.ts,
    footer: { text: [formatEasternTime(alert.ts), source ?? "capwatch"].join(" · ") },
  };
  switch (alert.kind) {
    case "mcap_drop":
    case "mcap_gain":
      embed.description = lines[0];
      embed.color = directionColour(alert.changePct, alert.level >= SEVERE_LEVEL);
      embed.fields = [
        field("Market cap", formatUsd(alert.marketCap)),
        field("Reference close", formatUsd(alert.referenceMarketCap)),
        field("Change", `${signedUsd(alert.changeUsd)} (${formatPct(alert.changePct)})`),
        field("Level", String(alert.level)),
      ];
      break;
    case "capex_guidance": {
      const quote = alert.sentence ? [`> “${escapeMarkdown(alert.sentence)}”`] : [];
      if (alert.provenance) quote.push(`— *${escapeMarkdown(alert.provenance.said)}*`);
      embed.description = [lines[0], ...quote].join("\n");
      if (alert.url) embed.url = alert.url;
      embed.color = directionColour(alert.surprisePct, Math.abs(alert.surprisePct) >= SEVERE_PCT);
      const guided = alert.low !== null && alert.high !== null && alert.low !== alert.high ? `${formatUsd(alert.low)}–${formatUsd(alert.high)}` : formatUsd(alert.value);
      embed.fields = [
        field("Guidance", `${alert.period} ${guided}`),
        field("Surprise", formatPct(alert.surprisePct)),
        field("vs consensus", formatPct(alert.vsConsensusPct)),
        field("vs prior guidance", formatPct(alert.vsPriorGuidancePct)),
        field("vs prior-year actual", formatPct(alert.vsPriorYearActualPct)),
      ];
      break;
    }
    case "capex_actual":
      embed.description = lines[0];
      embed.color = directionColour(alert.surprisePct, Math.abs(alert.surprisePct) >= SEVERE_PCT);
      embed.fields = [
        field("Reported", `${alert.period} ${formatUsd(alert.value)}`),
        field("Consensus", formatUsd(alert.consensus)),
        field("Surprise", formatPct(alert.surprisePct)),
      ];
      break;
    case "earnings_upcoming":
      embed.description = lines.join("\n");
      embed.color = COLOURS.neutral;
      break;
    case "earnings_result": {
      embed.description = lines[0];
      const lead = alert.epsSurprisePct ?? alert.revenueSurprisePct;
      embed.color = directionColour(lead, Math.abs(lead ?? 0) >= SEVERE_PCT);
      embed.fields = [
        field("EPS", `${formatPrice(alert.epsActual)} vs ${formatPrice(alert.epsEstimate)} (${formatPct(alert.epsSurprisePct)})`),
        field(
          "Revenue",
          alert.revenueActual === null ? "n/a" : `${formatUsd(alert.revenueActual)} vs ${alert.revenueEstimate === null ? "n/a" : formatUsd(alert.revenueEstimate)} (${formatPct(alert.revenueSurprisePct)})`,
        ),
      ];
      break;
    }
  }
  return fitEmbed(embed);
}
