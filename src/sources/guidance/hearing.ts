// Who says a sentence's figures and about whom: the transcript turn's speaker, the company each
// figure is about, and whether the text is the company's voice or someone else's (a report, an
// analyst, a newspaper) until the company speaks again. Updated sentence by sentence.
import { findAmounts } from "./amounts.js";
import type { CompanyFinder, CompanyMention } from "./companies.js";
import { companyOfFigure, nextSubject } from "./figure-owner.js";
import type { Verdict } from "./classify.js";
import type { FigureReading } from "./reading.js";
import type { Turn } from "./turns.js";
import { attributedElsewhere, BANK_SUBJECT, COMPANY_VOICE, sentenceVoice } from "./voice.js";

/** Who says it, and about whom: what sets a sentence's readings apart beyond its own words. */
export interface Voice {
  turn: Turn;
  finder: CompanyFinder | null;
  subject: string;
  /** The text is reporting someone else's figures ("according to a report by …") until the company speaks. */
  reported: boolean;
  /** For a transcript: the currency amounts said without one are in. */
  spoken: string | null;
  /** The verdicts whose figures get their period read (the rest need none). */
  candidates: ReadonlySet<Verdict>;
  /** What a bare "$" means in this document. */
  dollar: string;
  /** What "pesos" with no country before them mean in this document (none when it does not say). */
  peso: string | null;
  /** What "Rs" and "rupees" with no country before them mean in this document. */
  rupee: string;
  /** The currency the company reports in, where the store knows it: of "A (B)" in two currencies, the one in it is the company's own. */
  reporting: string | null;
  /** The document is the company's own (its release, its call): "we" planning capex is the company. */
  ownDocument: boolean;
}

/** The currency a call speaks in: the one most of its written amounts name, else US dollars. */
export function spokenCurrency(text: string): string {
  const counts = new Map<string, number>();
  for (const t of findAmounts(text)) if (t.currency !== null) counts.set(t.currency, (counts.get(t.currency) ?? 0) + 1);
  let best = "USD";
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

// The company speaking for itself ("Amazon said", "the company expects", "we plan") ends a stretch of reported figures.
const SPEAKS = /^\s*(?:['’]s\s+(?:CEO|CFO|chief|chairman|president|management)\b[^.]{0,60}?)?(?:,\s*[^,]{0,60},\s*)?(?:(?:\w+\s+){0,2}?(?:said|says|announced|expects|plans|guided|forecast|told|unveiled|(?<!\b(?:is|are|was|were|be)\s)set(?!\s+to\b)|reported|projected|outlined)\b|(?:has\s+|have\s+)?(?:also\s+|now\s+)?(?:adjusted|raised|cut|lowered|lifted|trimmed|maintained|reaffirmed|kept|revised|boosted|increased|reduced|narrowed|scaled\s+(?:up|back|down)|ramped\s+up|stepped\s+up|dialed\s+(?:up|back)|pared\s+back|hiked|upped|doubled|slashed)\s+(?:its|(?:this|next)\s+year['’]s|(?:its\s+)?(?:FY\s?)?\d{4}\s+capital)\b)/i;
// Narrower than WE_SPEAK: "we" only, planning (not "said", "will"), and case-sensitive, so that it can move the subject.
const FIRST_PERSON = /\b[Ww]e\s+(?:\w+\s+){0,2}?(?:expect|plan|anticipate|project|forecast|budget|guide|intend|see)(?:s|ed|ing)?\b/;
const WE_SPEAK = /\b(?:we|the\s+company|management)\s+(?:\w+\s+){0,2}?(?:said|says|announced|expects?|plans?|guided|forecast|will|anticipates?)\b/i;
// "The company’s capital expenditure will be …, Lin said", "In October, it projected 2025 capital spending of …": the
// company's own plan stated after someone else's figures is the company speaking again.
const COMPANY_PLAN_SAID =
  /\b[Tt]he\s+company['’]s\s+(?:capex|capital\s+(?:expenditures?|spending|budget|investments?))\s+(?:will|is\s+(?:expected|projected|forecast|budgeted))\b|^(?:[^,.;]{0,30},\s*)?[Ii]t\s+(?:has\s+)?(?:projected|forecast|guided|budgeted|said|announced)\b/;
const REPORT_CUE = /according|report|analyst|estimat|survey|tracker|research|newspaper|daily/i;

// "Amazon's projected capex rises …": after a possessive, "projected" describes the capex; only
// the company's people speak there ("Amazon's CFO said").
const POSSESSIVE = /['’]s$/;
const OWN_PEOPLE = /^\s*(?:CEO|CFO|COO|chief|chairman|chairwoman|president|management|executives?|spokes\w+|board)\b/i;

function speaksAfter(text: string, m: CompanyMention): boolean {
  const rest = text.slice(m.end, m.end + 80);
  if (POSSESSIVE.test(text.slice(m.start, m.end)) && !OWN_PEOPLE.test(rest)) return false;
  return SPEAKS.test(rest);
}

function updateReported(text: string, v: Voice, mentions: readonly CompanyMention[]): void {
  if (v.finder === null) return;
  const own = v.finder.own;
  const speaks = WE_SPEAK.test(text) || COMPANY_PLAN_SAID.test(text) || mentions.some((m) => m.ticker === own && speaksAfter(text, m));
  if (speaks && !attributedElsewhere(text, ownAt(mentions, own))) v.reported = false;
  else if (BANK_SUBJECT.test(text) || (REPORT_CUE.test(text) && (sentenceVoice(text) === "third-party" || attributedElsewhere(text, ownAt(mentions, own))))) v.reported = true;
  else if (otherEstimates(text, v.finder, mentions)) v.reported = true;
}

// "Factoring in 2021 guidance …, GlobalData estimates that next year's spend … will be up 3.5%. That would
// return full-year investment to $69.4 billion": a name that is not the company estimating makes what
// follows its figures, until the company speaks.
const ESTIMATOR_SUBJECT = /^(?:[^,]{0,80},\s*)?((?:[A-Z][\w&.'’-]+\s+){0,2}[A-Z][\w&.'’-]+)\s+(?:estimates|forecasts|projects|predicts|calculates|reckons)\s+that\b/;

function otherEstimates(text: string, finder: CompanyFinder, mentions: readonly CompanyMention[]): boolean {
  const m = ESTIMATOR_SUBJECT.exec(text);
  if (m === null || mentions.some((x) => x.ticker === finder.own && x.start < m.index + m[0].length)) return false;
  const words = (m[1] ?? "").split(/\s+/);
  return !words.some((w) => NOT_A_NAME.test(w)) && !mayBeOwn(words, finder);
}

function ownAt(mentions: readonly CompanyMention[], own: string): (from: number, to: number) => boolean {
  return (from, to) => mentions.some((m) => m.ticker === own && m.start >= from && m.start < to);
}

/** What keeps every figure of the sentence from being guidance, if anything. */
function disownedBy(text: string, v: Voice, mentions: readonly CompanyMention[]): ReturnType<typeof sentenceVoice> | "asked" {
  if (v.turn.asking) return "asked";
  const elsewhere = v.finder !== null && attributedElsewhere(text, ownAt(mentions, v.finder.own));
  const heard = sentenceVoice(text) ?? (elsewhere || v.reported ? "third-party" : null);
  // The press citing the company's own people ("according to its top management, according to PTI") is the company's voice.
  return heard === "third-party" && COMPANY_VOICE.test(text) ? null : heard;
}

// "Walmart plans to spend $X …" in a text about Acme, when the store does not know Walmart: a
// named spender that is not the company, the company not named in the sentence. "Equinor has
// suspended its buyback and would cut …", "Aramco said it planned to cut capital spending …": the
// name a sentence opens with is what its "it" and "its" are about.
const NAMED_SPENDER =
  /(?:^|[.;:,]\s+|\b(?:and|while|but|whereas)\s+)((?:[A-Z][\w&.'’-]+\s+){1,3}?)(?:(?:also\s+|now\s+)?(?:plans?|will|expects?|intends?|aims?|is\s+(?:planning|set|going|looking)|has\s+(?:budgeted|earmarked|allocated|committed|pledged))\s+(?:to\s+)?(?:spend|invest|allocate|deploy|budget|pour)|(?:also\s+|now\s+)?(?:plans|budgets|has\s+budgeted|set|sets|has\s+set)\s+(?:(?:a|an|its|total|annual|\d{4})\s+)*(?:capex|capital\s+(?:expenditures?|spending|budget|investments?))|(?:said|says|announced|told\s+\w+)\s+(?:that\s+)?(?:it|they)(?:\s+(?:would|will|plans?|planned|expects?|expected|intends?|intended)|['’](?:d|ll))\s+(?:to\s+)?(?:spend|invest|cut|reduce|trim|lower|raise|increase|boost|lift|slash)|(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:also\s+|now\s+)?[a-z]+(?:ed|es|s|ing)\s+its|(?:will|would)\s+(?:also\s+|now\s+)?(?:cut|reduce|trim|lower|raise|increase|boost|lift|slash|keep|hold|maintain)\s+its|to\s+(?:spend|invest)(?=\s+(?:about\s+|around\s+|up\s+to\s+|more\s+than\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?)?$))\b/g;
// "Executives at Zenith are forecasting …", "Take Zenith Cruises, which is planning to invest …": the company named as where the
// people speaking work, or as what a "which" clause is about.
const PEOPLE_AT_SPENDER = /(?:^|[.;:,]\s+|\b(?:and|while|but)\s+)(?:[Ee]xecutives|[Oo]fficials|[Mm]anagers|[Ll]eaders)\s+(?:at|of)\s+((?:[A-Z][\w&.'’-]+\s*){1,3})/g;
const WHICH_SPENDER =
  /(?:^|[.;:,]\s+|\b(?:Take|and|while|but)\s+)((?:[A-Z][\w&.'’-]+\s+){0,2}[A-Z][\w&.'’-]+),\s+which\s+(?:is\s+(?:planning|set|going|looking)|plans|expects|will|has\s+(?:budgeted|earmarked|allocated|committed))\b/g;
// "Zenith Increases 2026 Capital Budget The grocer plans …": a headline of a digest names whose budget the item is about.
const HEADLINE_SPENDER =
  /(?:^|[.;:]\s+)((?:[A-Z][\w&.'’-]+\s+){1,3}?)(?:Raises|Increases|Lifts|Boosts|Hikes|Ups|Cuts|Trims|Lowers|Slashes|Reduces|Sets|Plans|Unveils|Announces)\s+(?:(?:FY)?\d{4}\s+)?(?:Capital|Capex|CapEx|Spending|Investment)\b/g;
// "Brightwell's 2026 capital budget of $15 billion": a possessive names whose money it is.
const POSSESSIVE_SPENDER =
  /(?:^|[.;:,]\s+|\b(?:and|while|but|whereas)\s+)((?:[A-Z][\w&.-]+\s+){0,2}[A-Z][\w&.-]+)['’]s\s+(?:[\w-]+\s+){0,2}?(?:capex|capital\s+(?:expenditures?|spending|budget|investment|plan)|investment\s+plan|spending\s+plan)\b/g;
// "Zenith's recently announced $250 million capital plan": money right after a possessive name is that name's.
const POSSESSIVE_MONEY = /(?:^|[.;:,(]\s*|\s)((?:[A-Z][\w&.-]+\s+){0,2}[A-Z][\w&.-]+)['’]s\s+(?:(?:recently|newly|just|previously|already)\s+)?(?:(?:announced|unveiled|proposed|planned|disclosed|new|revised|updated|latest|own)\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?)?$/g;
const NOT_A_NAME = /^(?:The|This|That|These|Those|We|Our|It|Its|Management|Company|Group|Capex|CapEx|Capital|Total|Overall|Next|This|In|For|And|But|So|Now|Also|Then|He|She|They|Analysts?|Investors?|Each|Every|Both|Our|Mr|Ms|Dr|CEO|CFO|I|Board|Directors)$/;

// "Ørsted" written "Orsted": letters without their marks.
const FOLD: Record<string, string> = { ø: "o", Ø: "O", æ: "ae", Æ: "AE", ß: "ss", ł: "l", Ł: "L", đ: "d", Đ: "D" };

function folded(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[øØæÆßłŁđĐ]/g, (c) => FOLD[c] ?? c).toLowerCase();
}

/** Whether a name may be the company's own written another way: its ticker, its initials ("CN" for Canadian National), or its name without marks. */
function mayBeOwn(words: string[], finder: CompanyFinder): boolean {
  const name = folded(finder.ownName);
  const initials = name.split(/\s+/).map((w) => w[0] ?? "").join("");
  return words.some((w) => {
    const f = folded(w.replace(/['’]s$/, ""));
    return f === finder.own.toLowerCase() || (f.length >= 2 && initials.startsWith(f)) || (f.length >= 3 && name.includes(f));
  });
}

function unknownSpender(before: string, finder: CompanyFinder): boolean {
  let last: RegExpExecArray | null = null;
  for (const re of [NAMED_SPENDER, POSSESSIVE_SPENDER, POSSESSIVE_MONEY, HEADLINE_SPENDER, PEOPLE_AT_SPENDER, WHICH_SPENDER]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) if (last === null || m.index > last.index) last = m;
  }
  if (last === null) return false;
  const words = (last[1] ?? "").trim().split(/\s+/);
  return !words.some((w) => NOT_A_NAME.test(w.replace(/['’]s$/, ""))) && !mayBeOwn(words, finder);
}

// "Its rival expects capex of …", "A competitor plans to spend …": another company named by its tie, no name given.
const UNNAMED_OTHER =
  /(?:^|[.;:,]\s+|\b(?:and|while|but|whereas)\s+)(?:its|their|a|the|one|another)\s+(?:(?:larger|smaller|bigger|biggest|closest|main|chief|key|cloud|nearest|US|U\.S\.|Chinese|Asian|European)\s+)?(?:rival|competitor|peer|counterpart|customer|supplier|partner)s?\s+(?:also\s+|now\s+)?(?:expects?|plans?|will|said|says|sees|guided|forecasts?|budgets?|intends?|aims?|is|has|raised|cut|lifted|lowered)\b/gi;

function unnamedOther(before: string, mentions: readonly CompanyMention[], own: string, start: number): boolean {
  UNNAMED_OTHER.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = UNNAMED_OTHER.exec(before); m !== null; m = UNNAMED_OTHER.exec(before)) last = m;
  return last !== null && !mentions.some((m) => m.ticker === own && m.start >= (last?.index ?? 0) && m.end <= start);
}

// "Amazon and Microsoft each expect capex of about $200 billion", "Both Amazon and Alphabet expect …": the figure is each one's.
const JOINED = /^\s*(?:,|and|as\s+well\s+as)\s*$/;
const EACH_AFTER = /^\s+(?:each|both|alike)\b/;
const BOTH_BEFORE = /\bboth\s+$/i;

function sharedWithOwn(text: string, mentions: readonly CompanyMention[], named: string, own: string, start: number): boolean {
  if (named === own) return false;
  const other = [...mentions].reverse().find((m) => m.ticker === named && m.end <= start);
  const mine = mentions.find((m) => m.ticker === own && m.end <= start && other !== undefined && Math.abs(m.start - other.start) < 80);
  if (other === undefined || mine === undefined) return false;
  const [first, second] = mine.start < other.start ? [mine, other] : [other, mine];
  return JOINED.test(text.slice(first.end, second.start)) && (EACH_AFTER.test(text.slice(second.end)) || BOTH_BEFORE.test(text.slice(0, first.start)));
}

function attribute(readings: FigureReading[], text: string, v: Voice, mentions: readonly CompanyMention[]): FigureReading[] {
  // Voice only changes guidance: most sentences of a long text have none, and need no look.
  const disowned = readings.some((r) => r.verdict === "guidance") ? disownedBy(text, v, mentions) : null;
  const out = readings.map((r) => {
    const named = v.finder ? companyOfFigure(text, mentions, r.start, r.end, v.subject) : null;
    const company = v.finder !== null && named !== null && sharedWithOwn(text, mentions, named, v.finder.own, r.start) ? v.finder.own : named;
    let verdict = r.verdict;
    if (verdict === "guidance" && disowned !== null) verdict = disowned;
    if (verdict === "guidance" && v.finder !== null && company !== v.finder.own) verdict = "other-company";
    if (verdict === "guidance" && v.finder !== null && !mentions.some((m) => m.ticker === v.finder?.own) && unknownSpender(text.slice(0, r.start), v.finder)) verdict = "other-company";
    if (verdict === "guidance" && v.finder !== null && unnamedOther(text.slice(0, r.start), mentions, v.finder.own, r.start)) verdict = "other-company";
    return { ...r, verdict, company, speaker: v.turn.speaker };
  });
  return out;
}

/** One sentence heard: its readings attributed, then who the text is about and in whose voice, for the next. */
export function hear(readings: FigureReading[], text: string, v: Voice): FigureReading[] {
  if (v.finder === null) return readings.length === 0 ? readings : attribute(readings, text, v, []);
  const mentions = v.finder.find(text);
  // "… CPE spend offset by … We now expect total 2025 capital expenditures …": in the company's own release or
  // call, "we" planning is the company, whoever the sentence before was about.
  if (v.ownDocument && FIRST_PERSON.test(text)) v.subject = v.finder.own;
  // The company speaking in this very sentence ends the reported stretch for its own figures.
  updateReported(text, v, mentions);
  const out = readings.length === 0 ? readings : attribute(readings, text, v, mentions);
  v.subject = nextSubject(text, mentions, v.subject);
  return out;
}

