// A part of a stated total: "Upstream capex is expected to be about $17 billion", "non-aircraft capex", "capital
// expenditures for the Wireless segment of $X". Such a figure is its own statement, with the part
// named, and never taken for the company's total. Parts are recognised by the words business
// reports use for them, or by a "segment"/"division"/"business" noun, not by company.
import { CAPEX_STRONG, MONEY_WRITTEN } from "./cues.js";

const PART_WORD =
  "(?:non[-\\s]+[a-z]+(?:\\s+adjusted)?|upstream|downstream|midstream|affiliates?|corporate|chemicals?|refining|marketing|wireless|wireline|fiber|broadband|cable|network|cloud|data[\\s-]cent(?:er|re)s?|semiconductor|foundry|memory|mining|smelting|power|generation|transmission|distribution|gas\\s+utility|electric\\s+utility|regulated|renewables?|offshore|onshore|shale|LNG|retail|logistics|aviation|defen[cs]e|automotive|battery|rail|pipelines?|terminals?|international|domestic|U\\.S\\.|North\\s+America(?:n)?|Europe(?:an)?|Asia(?:n)?|China|metals|minerals|iron\\s+ore|copper|coal|potash|aluminium|aluminum|steel|energy|display|semiconductors?|foundry|wireless|media|studios?|parks|stores?|aircraft|fleet|maintenance|sustaining|leasing|manufacturing|development|drilling)";
const PART_BEFORE = new RegExp(`(?:^|[\\s,(])(${PART_WORD}(?:\\s+(?:and|&)\\s+${PART_WORD}|\\s+or\\s+[a-z][a-z-]+)?(?:\\s+(?:oil|gas|and|&|power|products?)){0,3})\\s+(?:segment\\s+|business\\s+|division\\s+|unit\\s+)?$`, "i");
const NAMED_SEGMENT_AFTER = /^\s*(?:for|in|at|of)\s+(?:the\s+|its\s+|our\s+)((?:[A-Za-z][\w&'-]*\s+){1,3}?|(?:[A-Z][\w&'-]*,?\s+){1,3}(?:and|&)\s+(?:[A-Z][\w&'-]*\s+){1,2})(?:business\s+)?(?:segment|division|business|unit|arm)\b/;
// "a five-year, $9.4 billion regulated renewable capital plan": a part named between the figure and the plan it is the money of.
const PART_PLAN_AFTER = new RegExp(`^\\s+(${PART_WORD}(?:\\s+${PART_WORD})?)\\s+(?:capital|capex|investment|spending)\\s+(?:plan|program(?:me)?|budget)\\b`, "i");
// "around $200 million of total capex per year in the Eagle Ford": the capex of one named basin, field or region.
const PLACE_AFTER = /^\s+of\s+(?:total\s+)?(?:capex|capital(?:\s+expenditures?|\s+spending)?|spending|investment)\s+(?:(?:per|a|each)\s+year\s+)?in\s+the\s+(?!(?:Fiscal|Financial|Calendar|First|Second|Third|Fourth|Next|Coming|Current|Year|Quarter|Half)\b)((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,2})/;
const DIVISION_AFTER = /^[^.;]{0,40}?\b(?:in|for|at)\s+(?:the|its|our)\s+((?:[A-Z][\w&'-]*\s+){1,3})(?:Division|Segment|division|segment)\b/;
const SEGMENT_NOUN_BEFORE = /(?:^|[\s,(])((?:[A-Z][\w&'-]*\s+){1,3})(?:segment|division|business\s+unit)(?:['’]s)?\s+$/;

function titled(s: string): string {
  const t = s.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The part of the company a capex figure is for, from the capex words nearest before it; null for the whole company. */
// Capex named in a word a part can stand before: "Upstream spending", "network investment".
const CAPEX_WORD = new RegExp(`${CAPEX_STRONG.source}|\\b(?:spending|investments?|capex|budget)\\b`, "gi");

// "approximately $1.8 billion of growth and approximately $150 million of recurring": money split
// by kind, each amount with its kind after it; neither is the total.
const KIND = "([a-z][a-z-]+(?:\\s+[a-z][a-z-]+)?)";
const NEXT_MONEY = "(?:(?:about|approximately|around|roughly|nearly|some|another|an?\\s+additional)\\s+)?~?(?:US)?[$€£¥₹]";
const SPLIT_FIRST_AFTER = new RegExp(`^\\s+(?:of|for)\\s+${KIND}\\s*,?\\s+(?:and|plus)\\s+${NEXT_MONEY}`);
const SPLIT_SECOND_BEFORE = new RegExp(`\\s(?:of|for)\\s+${KIND}\\s*,?\\s+(?:and|plus)\\s+(?:(?:about|approximately|around|roughly|nearly|some)\\s+)?~?$`);
const SPLIT_SECOND_AFTER = new RegExp(`^\\s+(?:of|for)\\s+${KIND}\\b`);
// Words after "of"/"for" that are not a kind of capex: periods, the metric itself, other metrics, purposes.
const NOT_A_KIND = /^(?:the|this|next|last|fiscal|financial|calendar|each|every|a|an|its|our|their|capex|capital|investments?|spending|expenditures?|outlays?|opex|revenues?|sales|cash|debt|dividends?|buybacks?|research|acquisitions?)\b/;

function splitKind(sentence: string, figureStart: number, figureEnd: number): string | null {
  const first = SPLIT_FIRST_AFTER.exec(sentence.slice(figureEnd, figureEnd + 80));
  const second = first === null && SPLIT_SECOND_BEFORE.exec(sentence.slice(Math.max(0, figureStart - 80), figureStart));
  const kind = first ?? (second ? SPLIT_SECOND_AFTER.exec(sentence.slice(figureEnd, figureEnd + 40)) : null);
  const words = [kind?.[1], second ? second[1] : undefined].filter((w): w is string => w !== undefined);
  return words.length > 0 && words.every((w) => !NOT_A_KIND.test(w)) ? (kind?.[1] ?? null) : null;
}

export function segmentOf(sentence: string, figureStart: number, figureEnd = figureStart): string | null {
  const split = splitKind(sentence, figureStart, figureEnd);
  if (split !== null) return split;
  // "investments of €15 billion will be made in the Automotive Division": the part named after the figure.
  const division = DIVISION_AFTER.exec(sentence.slice(figureEnd, figureEnd + 60)) ?? PART_PLAN_AFTER.exec(sentence.slice(figureEnd, figureEnd + 60)) ?? PLACE_AFTER.exec(sentence.slice(figureEnd, figureEnd + 80));
  if (division) return titled(division[1] ?? "");
  let last: RegExpExecArray | null = null;
  CAPEX_WORD.lastIndex = 0;
  for (let m = CAPEX_WORD.exec(sentence); m !== null && m.index < figureStart; m = CAPEX_WORD.exec(sentence)) last = m;
  if (last === null) return null;
  const before = sentence.slice(Math.max(0, last.index - 60), last.index);
  const after = sentence.slice(last.index + last[0].length, figureStart);
  if (/\b(?:total|overall|consolidated|group|company-wide|organic)\s+$/i.test(before)) return null;
  const part = PART_BEFORE.exec(before) ?? SEGMENT_NOUN_BEFORE.exec(before);
  if (part) {
    // "Tata Steel capex": a capitalised word after another is a name, not a part of the company
    // ("The Midstream capital budget": not after a determiner that opens the sentence).
    const at = part.index + part[0].indexOf(part[1] ?? "");
    const properName = /^[A-Z]/.test(part[1] ?? "") && /[A-Z][\w&.'’-]*\s+$/.test(before.slice(0, at)) && !/(?:^|[.;:]\s*)(?:The|Its|Our|Their|This|That)\s+$/.test(before.slice(0, at));
    if (!properName) return titled(part[1] ?? "");
  }
  const named = NAMED_SEGMENT_AFTER.exec(after);
  return named ? titled(named[1] ?? "") : null;
}

// "$9-11 billion a year through 2030", "US$13-15bn/year", "an average of $20 billion a year", "annual capex of": per year.
const PER_YEAR = /\b(?:a|per|each|every)\s+year\b|\bfor\s+each\s+of\s+the\b|\/\s?(?:year|yr|annum|a)\b|\bin\s+each\s+of\b|\bannual(?:ly)?\b|\bper\s+annum\b|\bp\.a\.|\byearly\b|\b(?:an\s+|on\s+)?average\b|\byear\s+on\s+average\b/i;
const PER_YEAR_REACH = 40;

// "In each of the next two years we expect to spend US$11 bn": the span itself says per year, wherever it stands.
const EACH_OF = /\bin\s+each\s+of\s+the\b|\beach\s+(?:fiscal\s+)?year\s+(?:through|until|to|from|between)\b/i;

/** "annual capital investments from $5 billion": the per-year word opens the later money's phrase; not
 * when a comma or the plan's years stand between ("$10.0 billion of capital investment per year
 * between 2024 and 2026, including its $6.2 billion …": the word is this figure's). */
function describesLaterMoney(fromCue: string): boolean {
  const money = MONEY_WRITTEN.exec(fromCue);
  return money !== null && !/,|\b(?:19|20)\d{2}\b/.test(fromCue.slice(0, money.index));
}

/**
 * Whether a multi-year plan's figure is an amount per year rather than the total. "program of $28
 * billion includes increasing annual capital investments from $5 billion …": a per-year word after
 * the figure, with words between ("$9 billion per year" has none), that is followed by money of its
 * own describes that money.
 */
export function perYear(sentence: string, figureStart: number, figureEnd: number): boolean {
  const before = sentence.slice(Math.max(0, figureStart - PER_YEAR_REACH), figureStart);
  let after = sentence.slice(figureEnd, Math.min(sentence.length, figureEnd + PER_YEAR_REACH));
  const cue = PER_YEAR.exec(after);
  if (cue && !/^\W*$/.test(after.slice(0, cue.index)) && describesLaterMoney(sentence.slice(figureEnd + cue.index, figureEnd + cue.index + 2 * PER_YEAR_REACH))) after = after.slice(0, cue.index);
  const around = before + sentence.slice(figureStart, figureEnd) + after;
  // "in total", "totaling" say a total; "our total cash capex grows to $28-33 billion per year" names the metric.
  if (/\b(?:in\s+total|total(?:ing|ling)|total(?!\s+(?:cash\s+|gross\s+|net\s+)?(?:capex|cap-ex|capital|spending|investments?|expenditures?|outlays?)\b)|cumulative(?:ly)?|combined|overall)\b/i.test(around)) return false;
  return PER_YEAR.test(around) || EACH_OF.test(sentence.slice(0, figureStart));
}
