// The period a text is talking about: "Total capex for 2025 is set at $17 billion. Upstream
// spending is expected to be about $13 billion" — the second figure is 2025's too. A sentence
// with a money figure in the clause of a period that opens a stretch with a period ("For the fourth quarter, we expect …")
// or names one fiscal year or plan not yet over makes it the topic; one that names another
// period, or several, ends it. Other quarters and halves, guessed and compared periods leave it
// as it was.
import { clauseEnd, clauseStart, findClauses } from "./clauses.js";
import { formatPeriod, isEnded, type Period } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";
import type { PeriodMention } from "./periods.js";

// A money figure: the topic is set by what a sentence says about amounts, not by headings or table headers.
const MONEY =
  /[$€£¥₹₩]\s?\d|\d[\d.,]*\s*(?:trillion|billion|million|bn|mn|crores?|cr|lakh|yen|won|euros?|dollars?|pounds?|rupees?|yuan|kroner?)\b|\d\s*(?:億|兆)/i;

const OUTLOOK_FOR = /\b(?:outlook|guidance|forecast)\s+for\s+(?:the\s+)?$/i;
const NAMES_A_PLAN = /^(?:\s+[\w-]+){0,2}?\s+(?:budgets?|plans?|program(?:me)?s?|guidance|outlook)\b/i;
// "For the full year, we expect …": a period that opens a stretch of the sentence dates what follows it.
const OPENS_BEFORE = /(?:^|[.;:!?,]\s*)(?:for|in|during)\s+(?:the\s+)?$|\b(?:For|In|During)\s+(?:the\s+)?$/;
const OPENS_AFTER = /^\s*,/;

export function opensStretch(text: string, m: PeriodMention): boolean {
  return OPENS_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) && OPENS_AFTER.test(text.slice(m.end));
}

// "We expect non-GAAP operating margin of approximately 29% for Q3. Moving on to CapEx, we expect
// to spend $166 to $174 million": on a call, the quarter an outlook names dates the outlook's
// figures after it that name no period, money or not.
const FORWARD_FIGURE = /\b(?:expect|anticipate|guid(?:e|ance)|outlook|forecast|project)\w*\b[^.;]*\d|\d[^.;]*\b(?:expect|anticipate|guid(?:e|ance)|outlook|forecast|project)\w*\b/i;

function quarterOutlook(sentence: string, mentions: readonly PeriodMention[], pc: PeriodContext): Period | null {
  if (!FORWARD_FIGURE.test(sentence)) return null;
  const named = mentions.filter((m) => m.period !== null && !m.compared);
  const only = named[0]?.period;
  if (only === undefined || only === null || only.kind !== "Q" || isEnded(only, pc.date, pc.cal)) return null;
  return new Set(named.map((m) => formatPeriod(m.period as Period))).size === 1 ? only : null;
}

// "The Kroger Co. confirms its fiscal 2015 annual guidance.", "its guidance outlook for 2024", "some initial assumptions for our 2025
// guidance", "expects the following for 2024:": a sentence with no money that names the one year an
// outlook is for dates the outlook's figures after it.
// "Petrohawk will reduce its 2009 capital budget by 33%": the year a capex plan is named for, too.
const GUIDANCE_AFTER = /^\s+(?:(?:annual\s+|full[-\s]year\s+|financial\s+)?(?:guidance|outlook|commitments|targets)|capital\s+(?:budget|spending|expenditures?|program(?:me)?|plan)|cap(?:ital)?[-\s]?ex)\b/i;
const FOLLOWING_FOR = /\bthe\s+following\s+for\s+(?:the\s+)?$/i;

function outlookTopic(sentence: string, mentions: readonly PeriodMention[], pc: PeriodContext): void {
  // Quarters named beside it ("the actions we took in Q3") leave the year the one the outlook is for.
  const named = mentions.filter((m): m is PeriodMention & { period: Period } => m.period !== null && !m.compared && !m.guessed && m.period.kind !== "Q");
  const only = named[0];
  // "its 2009 capital budget … next year", written in 2008: one year named twice is still one.
  if (new Set(named.map((m) => formatPeriod(m.period))).size !== 1 || only === undefined || only.period.kind !== "FY" || isEnded(only.period, pc.date, pc.cal)) return;
  // "…provided an update on its corporate guidance outlook for 2024.": the year after "outlook for" too.
  const before = sentence.slice(Math.max(0, only.start - 30), only.start);
  if (GUIDANCE_AFTER.test(sentence.slice(only.end)) || FOLLOWING_FOR.test(before) || OUTLOOK_FOR.test(before)) pc.topic = only.period;
}

export function updateTopic(sentence: string, mentions: readonly PeriodMention[], pc: PeriodContext, spoken = false): void {
  if (spoken) {
    const quarter = quarterOutlook(sentence, mentions, pc);
    if (quarter !== null) {
      pc.topic = quarter;
      return;
    }
  }
  if (!MONEY.test(sentence)) {
    outlookTopic(sentence, mentions, pc);
    return;
  }
  const clauses = findClauses(sentence);
  // "…will provide $5.7 billion, contributing 75% in 2025 and 2026": a period away from the money dates something else.
  // "…, more than half of the 2026 capex budget": a period naming a plan dates the text all the same.
  // "Turning to our financial outlook for fiscal 2025, we expect …": the period an outlook is for dates what it lists.
  const withMoney = (m: PeriodMention): boolean =>
    MONEY.test(sentence.slice(clauseStart(clauses, m.start), clauseEnd(clauses, m.end))) ||
    NAMES_A_PLAN.test(sentence.slice(m.end)) ||
    OUTLOOK_FOR.test(sentence.slice(Math.max(0, m.start - 30), m.start));
  const opener = mentions.filter((m) => m.period !== null && !m.compared && opensStretch(sentence, m)).pop()?.period;
  if (opener) {
    pc.topic = isEnded(opener, pc.date, pc.cal) ? null : opener;
    return;
  }
  const named = mentions.filter((m): m is PeriodMention & { period: Period } => m.period !== null && !m.compared && !m.guessed && withMoney(m));
  if (named.length === 0) return;
  const distinct = new Set(named.map((m) => formatPeriod(m.period)));
  const only = named[0]?.period;
  const yearly = only !== undefined && (only.kind === "FY" || only.kind === "MULTI");
  pc.topic = distinct.size === 1 && yearly && !isEnded(only, pc.date, pc.cal) ? only : null;
}
