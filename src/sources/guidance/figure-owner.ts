// Whose a figure is, among the companies a sentence names: the nearest one named before it (not one it is
// compared with, tied to, or that describes the subject in an apposition), else one named in a closing
// attribution or a phrase put before the subject, else the company the text was last about; and which
// company the next sentences are about.
import { ANOTHER, type CompanyMention } from "./companies.js";

// "UltraTech Cement, part of the Aditya Birla Group, has …": the group named as what the subject belongs to.
const TIED_BEFORE = /(?:\b(?:[Bb]acked|[Oo]wned|[Ff]unded|[Cc]ontrolled|[Aa]cquired|[Bb]ought|[Ss]upported|[Ss]pun\s+off)\s+by|\b(?:[Uu]nit|[Ss]ubsidiary|[Dd]ivision|[Aa]rm|[Aa]ffiliate|[Ss]upplier|[Cc]ustomer|[Pp]artner|[Ss]take|[Pp]art|[Mm]ember)\s+(?:of|to|in)(?:\s+the)?|\b[Ii]n\s+which|\b[Ww]hose\s+(?:backers?|owners?|investors?)\s+include)\s+(?:[A-Z][\w&.'’-]*\s+){0,2}$/;
const COMPARED_BEFORE = /\b(?:like|unlike|than|as\s+(?:did|does|has)|along\s+with|alongside|ahead\s+of|behind)\s+$/i;

const APPOSITION_OPENS = /^(?:\s*\([^)]{1,30}\))?,\s+(?:an?|the)\s+[^,;.()]{0,60}$/;
const APPOSITION_CLOSES = /^[^,;.()]{0,60},\s+(?:\w+\s+)?(?:has|have|had|is|was|will|plans?|expects?|said|says|intends?|aims?|earmarked|announced|unveiled)\b/;
const CLOSING_ATTRIBUTION = /^[^.]*?,\s*$/;
const FRONTED_PHRASE = /^\s*(?:Out\s+of|Of|For|With|Under|As\s+part\s+of|In\s+addition\s+to|Besides|Apart\s+from|Including|Against|Within)\b[^,;]*$/;
const SUBJECT_VERB_AFTER = /^\s+(?:has|have|had|will|would|is|was|plans?|planned|expects?|expected|intends?|aims?|budgets?|budgeted|earmarked|allocated|spent|invested|incurred)\b/;
// "a KRW450trn plan by Samsung Electronics": the plan's owner named right after it.
const PLAN_BY = /^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:plan|budget|pledge|investment|commitment|program(?:me)?|outlay)s?\s+(?:by|from|of)\s+$/i;

/**
 * The company a figure at [start, end) of `sentence` is about: the nearest one named before it,
 * else one named right after it in a closing attribution, else `current` (the text's subject).
 */
export function companyOfFigure(sentence: string, mentions: readonly CompanyMention[], start: number, end: number, current: string): string {
  const owner = mentions.find((m) => m.start >= end);
  if (owner !== undefined && PLAN_BY.test(sentence.slice(end, owner.start))) return owner.ticker;
  let before: CompanyMention | null = null;
  let tied = false;
  let previous: CompanyMention | null = null;
  for (const m of mentions) {
    if (m.end > start) break;
    // "Hindalco Industries, an Aditya Birla Group company, has …": a company named in an apposition describes the subject.
    const described = previous !== null && APPOSITION_OPENS.test(sentence.slice(previous.end, m.start)) && APPOSITION_CLOSES.test(sentence.slice(m.end, start));
    previous = m;
    if (described) continue;
    const lead = sentence.slice(Math.max(0, m.start - 40), m.start);
    // "Rivian, in which Amazon holds a stake, plans …": the company tied to another is the subject, not the other.
    if (TIED_BEFORE.test(lead)) tied = true;
    // "Amazon, like Microsoft, expects …": a company compared with is not the subject.
    else if (!COMPARED_BEFORE.test(lead)) before = m;
  }
  if (before !== null) return before.ticker;
  if (tied) return ANOTHER;
  const after = mentions.find((m) => m.start >= end);
  if (after !== undefined && CLOSING_ATTRIBUTION.test(sentence.slice(end, after.start)) && /^\s*(?:said|says|told|expects|added|noted|reported|announced|stated)\b/i.test(sentence.slice(after.end))) {
    return after.ticker;
  }
  // "Out of a total planned investment of Rs 72,134 crore, SAIL has so far spent …": money in a phrase
  // put before the sentence's subject is the subject's.
  if (after !== undefined && FRONTED_PHRASE.test(sentence.slice(0, start)) && /^[^.;,]*,\s*$/.test(sentence.slice(end, after.start)) && SUBJECT_VERB_AFTER.test(sentence.slice(after.end))) {
    return after.ticker;
  }
  return current;
}

// "… $68 billion in new commitments from major clients such as Meta and NVIDIA.": companies given as
// examples in a list are not what the next sentences are about.
const EXAMPLE_BEFORE = /\b(?:such\s+as|including|like|among\s+them|e\.g\.,?)\s+(?:[A-Z][\w&.'’-]*\s+){0,3}(?:(?:,|and|or)\s+(?:[A-Z][\w&.'’-]*\s+){0,3})*$/;

/** The company the next sentences are about: the first one this sentence names (not as an example), else unchanged. */
export function nextSubject(text: string, mentions: readonly CompanyMention[], current: string): string {
  return mentions.find((m) => !EXAMPLE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)))?.ticker ?? current;
}
