// Discord's embed limits (title 256, description 4096, 25 fields of 256/1024, footer 2048,
// 6000 in all): an embed is cut to fit, saying "…and N more" rather than failing with a 400.
import type { APIEmbed, APIEmbedField } from "discord.js";

export const EMBED_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;

/** Characters as Discord counts them (UTF-16 code units, to be safe). */
const size = (s: string | undefined) => s?.length ?? 0;

/** Cuts a single line to `max`, ending it with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = "";
  for (const c of chars) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out}…`;
}

/** Whole lines while they fit, then "…and N more"; a first line longer than `max` is clipped. */
export function fitLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const rest = lines.length - i - 1;
    const tail = `…and ${rest + 1} more`;
    if (used + line.length + 1 + (rest > 0 ? tail.length + 1 : 0) > max) {
      if (kept.length === 0) return clip(line, max);
      kept.push(`…and ${lines.length - i} more`);
      return kept.join("\n");
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join("\n");
}

function fitFields(fields: APIEmbedField[]): APIEmbedField[] {
  const clipped = fields.map((f) => ({ ...f, name: clip(f.name || "\u200b", EMBED_LIMITS.fieldName), value: fitLines(f.value || "\u200b", EMBED_LIMITS.fieldValue) }));
  if (clipped.length <= EMBED_LIMITS.fields) return clipped;
  const kept = clipped.slice(0, EMBED_LIMITS.fields - 1);
  return [...kept, { name: "…", value: `…and ${clipped.length - kept.length} more` }];
}

export function totalSize(embed: APIEmbed): number {
  return (
    size(embed.title) +
    size(embed.description) +
    size(embed.footer?.text) +
    size(embed.author?.name) +
    (embed.fields ?? []).reduce((n, f) => n + size(f.name) + size(f.value), 0)
  );
}

/** The embed within every limit; unchanged when it already fits. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, EMBED_LIMITS.title);
  if (out.description !== undefined) out.description = fitLines(out.description, EMBED_LIMITS.description);
  if (out.footer !== undefined) out.footer = { ...out.footer, text: clip(out.footer.text, EMBED_LIMITS.footer) };
  if (out.fields !== undefined) out.fields = fitFields(out.fields);
  let excess = totalSize(out) - EMBED_LIMITS.total;
  if (excess <= 0) return out;
  // Over 6000 in all: fields go first (from the end), then the description shrinks.
  const fields = [...(out.fields ?? [])];
  let dropped = 0;
  while (excess > 0 && fields.length > 0) {
    const f = fields.pop() as APIEmbedField;
    excess -= f.name.length + f.value.length;
    dropped++;
  }
  if (dropped > 0) {
    const note = { name: "…", value: `…and ${dropped} more` };
    fields.push(note);
    excess += note.name.length + note.value.length;
    out.fields = fields;
  }
  if (excess > 0 && out.description !== undefined) out.description = fitLines(out.description, Math.max(1, out.description.length - excess));
  return out;
}
