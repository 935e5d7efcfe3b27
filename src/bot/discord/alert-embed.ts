// Alerts as Discord embeds, from the AlertView: the sentence (with the quote and who said it) as
// the description, the key figures as inline fields, colour by direction and severity, the
// document as the title's link, and the event's time and the source in the footer.
import { escapeMarkdown, type APIEmbed } from "discord.js";

/** Text from data in an embed: every markdown construct escaped, masked links and headings included. */
const discordText = (text: string): string => escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true });
import { listItemText } from "../../alerts/render/text.js";
import type { Alert } from "../../alerts/types.js";
import { alertView, type AlertView, type NameOf } from "../../alerts/views/alert-view.js";
import { fitEmbed } from "./embed-limits.js";
import { acknowledgedText } from "../../alerts/views/alert-actions.js";
import { COLOURS } from "./reply-embed.js";

function toneColour({ pct, severe }: AlertView["tone"]): number {
  if (pct === null || pct === 0) return COLOURS.neutral;
  if (pct > 0) return severe ? COLOURS.upStrong : COLOURS.up;
  return severe ? COLOURS.downSevere : COLOURS.down;
}

export function alertEmbed(alert: Alert, nameOf: NameOf = () => undefined, source?: string): APIEmbed {
  return alertViewEmbed(alertView(alert, nameOf), source);
}

export function alertViewEmbed(view: AlertView, source?: string): APIEmbed {
  const lines = view.headline !== undefined ? [discordText(view.headline)] : (view.items ?? []).map((i) => discordText(listItemText(i).trim()));
  if (view.quote) lines.push(`> “${discordText(view.quote)}”`);
  if (view.said) lines.push(`— *${discordText(view.said)}*`);
  if (view.acknowledged) lines.push(`✓ ${discordText(acknowledgedText(view.acknowledged))}`);
  const embed: APIEmbed = {
    title: view.title,
    ...(lines.length > 0 ? { description: lines.join("\n") } : {}),
    ...(view.link ? { url: view.link.url } : {}),
    color: toneColour(view.tone),
    timestamp: view.ts,
    footer: { text: [view.time, source ?? "capwatch"].join(" · ") },
    ...(view.figures.length > 0 ? { fields: view.figures.map((f) => ({ name: f.label, value: f.value, inline: true })) } : {}),
  };
  return fitEmbed(embed);
}
