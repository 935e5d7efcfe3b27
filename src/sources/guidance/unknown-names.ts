// Companies the store does not know, told from the same words used otherwise by the form a
// company's name takes in writing: a name with its ticker in brackets ("In comparison, Frontier
// (FTR) expects capital expenditure to come in at $1.00 billion–$1.15 billion"), as the press writes
// a listed company. A bare capitalised word is not enough: every SEC filer's name as a known company
// gave the company's own figures to others ("Target", "Energy", "Capital"), and so did a name with
// its legal form ("… Inc.", "… Corp."; both in docs/extraction.md). A name that shares a distinctive
// word with the document's own company, or the own ticker in its brackets, is the company itself.

import { ISO_CODE_LIST } from "./amounts.js";

const NAME_WORD = String.raw`[A-Z][\p{L}\d&.'’-]*`;
const NAME = String.raw`(?:${NAME_WORD}\s+(?:(?:of|and|&|de|du|la)\s+)?){0,3}${NAME_WORD}`;
const WITH_TICKER = new RegExp(String.raw`(?<![\p{L}\d&.'’-])(${NAME}?)(?:['’]s)?\s*\(\s*([A-Z]{2,5})\s*\)`, "gu");

// Capitalised words that open a sentence or a clause, not a name.
const NOT_NAME_WORD = new Set([
  "The", "A", "An", "In", "On", "At", "For", "By", "As", "Its", "Their", "Our", "This", "That", "These", "Those", "And", "But", "While", "Meanwhile", "Also",
  "Take", "Unlike", "Like", "Including", "With", "From", "To", "Of", "After", "Before", "Among", "Both", "Rival", "Peer", "Compared", "However", "Instead",
]);
// A bracketed abbreviation of a currency, a unit, a title or a metric: not a ticker.
const NOT_TICKER = new RegExp(`^(?:${[...ISO_CODE_LIST, "RMB"].join("|")}|AI|EV|LNG|GW|MW|US|UK|EU|UAE|CEO|CFO|COO|CTO|EBITDA|EBIT|FCF|EPS|ROIC|ROE|PPE|CAPEX|OPEX|IT|ICT|HBM|DRAM|NAND|FY|GDP|IPO|BN|MM)$`);
// Before a bracketed abbreviation, a metric, a plan or a body, not a company ("Wafer Fabrication Equipment (WFE)").
const NOT_COMPANY_WORD = /\b(?:Capital|Capex|CapEx|Expenditures?|Spending|Investments?|Budget|Cash|Flow|Revenue|Earnings|Equipment|Program(?:me)?|Plan|Fund|Index|Association|Exchange|Agency|Ministry|Department|Commission|Authority|Council|Survey|Report)\b/;

export interface UnknownName {
  start: number;
  end: number;
  /** Shares a distinctive word with the document's own company: the company itself. */
  own: boolean;
}

/** The names of companies written with a ticker in brackets in `sentence`. */
export function unknownCompanyNames(sentence: string, ownWords: ReadonlySet<string>, ownTicker: string): UnknownName[] {
  const out: UnknownName[] = [];
  // Every sentence of every document passes here: most have no bracket at all.
  if (!sentence.includes("(")) return out;
  WITH_TICKER.lastIndex = 0;
  for (let m = WITH_TICKER.exec(sentence); m !== null; m = WITH_TICKER.exec(sentence)) {
    const ticker = m[2] as string;
    const words = (m[1] ?? "").split(/\s+/);
    while (words.length > 0 && NOT_NAME_WORD.has(words[0] as string)) words.shift();
    const name = words.join(" ");
    const start = m.index + m[0].indexOf(name);
    // "BT GROUP (BT):" heading a capitalised list: the words of a title, not a name read as written.
    if (name.length < 2 || (!/\p{Ll}/u.test(name) && (words.length > 1 || /\b[A-Z]{2,}[\s-]*$/.test(sentence.slice(0, start))))) continue;
    if (NOT_TICKER.test(ticker) || NOT_COMPANY_WORD.test(name) || abbreviates(ticker, sentence.slice(0, m.index + m[0].indexOf("(")))) continue;
    const own = ticker === ownTicker.split(".")[0] || ownWords.has(ticker.toLowerCase()) || words.some((w) => ownWords.has(plainWord(w)));
    out.push({ start, end: start + name.length, own });
  }
  return out;
}

/** "Long Term Evolution (LTE)", "Memorandum of Understanding (MOU)": the letters are the initials of the words just before. */
function abbreviates(letters: string, before: string): boolean {
  const initials = (before.match(/[\p{L}\d]+/gu) ?? []).slice(-letters.length - 2).map((w) => w[0]?.toUpperCase() ?? "");
  let i = 0;
  for (const c of initials) if (c === letters[i]) i += 1;
  return i === letters.length && initials.length > 1;
}

const plainWord = (w: string): string => w.replace(/['’]s$/, "").replace(/[.,]+$/, "").toLowerCase();

/** The distinctive words of the company's own names: what marks a name written otherwise as its own. */
export function distinctiveWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const n of names) {
    for (const w of n.split(/[\s,&-]+/).map(plainWord)) if (w.length >= 4 && !COMMON_NAME_WORD.has(w)) words.add(w);
  }
  return words;
}

const COMMON_NAME_WORD = new Set([
  "corp", "corporation", "company", "companies", "limited", "holdings", "holding", "group", "international", "global", "national", "american", "united",
  "general", "first", "energy", "resources", "industries", "technologies", "technology", "systems", "services", "financial", "capital", "partners", "power",
  "electric", "motor", "motors", "bank", "china", "japan", "india", "korea", "north", "south", "east", "west",
]);
