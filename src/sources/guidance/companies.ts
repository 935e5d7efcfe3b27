// Which company a figure is about. A text that names several companies gives each figure to the
// company it is said of: the nearest company named before it in its sentence ("Alphabet said it
// plans up to $185 billion"), else one named after it in a closing attribution ("…, Alphabet
// said"), else the company the text was last about ("the company", "it", "we"). Names come from
// the store's companies plus a small alias table; legal suffixes are dropped ("Amazon.com, Inc."
// is found as "Amazon").
import { COMPANY_ALIASES } from "../../market/company-aliases.js";
import type { CompanyRef } from "./types.js";
import { distinctiveWords, unknownCompanyNames } from "./unknown-names.js";

export interface CompanyMention {
  start: number;
  end: number;
  ticker: string;
}

export interface CompanyFinder {
  /** The document's own company. */
  own: string;
  /** Its name as the store knows it ("" when not given). */
  ownName: string;
  find(sentence: string): CompanyMention[];
}

// A name's legal form and a holding company's word (a holding company's group is the company) …
const LEGAL_FORM_WORDS = "Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\\.P|LP|plc|PLC|AG|SE|SA|S\\.A|NV|N\\.V|ASA|AB|Oyj|SpA|S\\.p\\.A|KK|K\\.K|Holdings?|Group|de\\s+C\\.V|Bhd|Berhad|Tbk";
// … and the trade words a name drops in a headline ("Meta" of "Meta Platforms, Inc.", "Adani" of "Adani Enterprises").
const TRADE_WORDS = "Companies|Platforms|Technologies|Technology|Industries|Enterprises|International";
const LEGAL_SUFFIX = new RegExp(`(?:,?\\s+(?:${LEGAL_FORM_WORDS}|${TRADE_WORDS})\\.?)+$`, "i");
const LEGAL_FORM = new RegExp(`(?:,?\\s+(?:${LEGAL_FORM_WORDS})\\.?)+$`, "i");
const SHORT_NAME_MIN = 3;
// Words that begin many names and mean nothing alone.
const TOO_COMMON = new Set(["The", "General", "American", "United", "National", "First", "International", "Global", "New", "China", "Bank", "Energy"]);

/** `firstWord`: also the name's first word ("Exxon" for "Exxon Mobil"), for the document's own company
 * only: for others it would take "Texas" for Texas Instruments. */
function nameForms(name: string, firstWord: boolean): string[] {
  const forms = new Set<string>();
  const trimmed = name.trim().replace(/^The\s+/i, "");
  forms.add(trimmed);
  const core = trimmed.replace(LEGAL_SUFFIX, "").trim();
  if (core.length >= SHORT_NAME_MIN) forms.add(core);
  const noDotCom = core.replace(/\.com$/i, "");
  if (noDotCom.length >= SHORT_NAME_MIN) forms.add(noDotCom);
  // "Exxon Mobil Corporation" is "Exxon" in headlines; not when the first word is generic.
  const first = noDotCom.split(/\s+/)[0] ?? "";
  if (firstWord && first !== noDotCom && first.length >= 4 && !TOO_COMMON.has(first) && /^[A-Z]/.test(first)) forms.add(first);
  return [...forms].filter((f) => f.length >= 2);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// One compiled finder per (list of others, own company): the source edge keeps its lists while the
// store's companies stay the same, and compiling the names of thousands of companies per
// document would be most of a document's work.
const FINDERS = new WeakMap<readonly CompanyRef[], WeakMap<CompanyRef, CompanyFinder | null>>();
const NO_OTHERS: readonly CompanyRef[] = [];

/** A finder of the companies in `own` and `others`, or null when the document has no company. */
export function companyFinder(own: CompanyRef | undefined, others: readonly CompanyRef[] = NO_OTHERS): CompanyFinder | null {
  if (own === undefined) return null;
  let byOwn = FINDERS.get(others);
  if (byOwn === undefined) FINDERS.set(others, (byOwn = new WeakMap()));
  let finder = byOwn.get(own);
  if (finder === undefined) byOwn.set(own, (finder = buildFinder(own, others)));
  return finder;
}

function buildFinder(own: CompanyRef, others: readonly CompanyRef[]): CompanyFinder | null {
  const byForm = new Map<string, string>();
  const add = (form: string, ticker: string, overwrite: boolean): void => {
    if (overwrite || !byForm.has(form)) byForm.set(form, ticker);
  };
  const refs = [own, ...others.filter((c) => c.ticker !== own.ticker)];
  // Other companies first, so that the document's own names win where two share a form.
  for (const c of [...refs].reverse()) {
    const isOwn = c.ticker === own.ticker;
    for (const alias of [...(COMPANY_ALIASES[c.ticker] ?? []), ...(c.aliases ?? [])]) add(alias, c.ticker, isOwn);
    if (c.name !== undefined) for (const f of nameForms(c.name, isOwn)) add(f, c.ticker, isOwn);
    if (c.ticker.length >= 3 && /^[A-Z.]+$/.test(c.ticker)) add(c.ticker, c.ticker, isOwn);
  }
  // Aliases of companies the store does not know yet still mark another company's figure; one
  // written like the document's own name ("SK hynix" for "SK Hynix") is the document's company.
  const ownForms = new Set([...byForm].filter(([, t]) => t === own.ticker).map(([f]) => f.toLowerCase()));
  for (const [ticker, aliases] of Object.entries(COMPANY_ALIASES)) {
    for (const a of aliases) add(a, ownForms.has(a.toLowerCase()) ? own.ticker : ticker, ownForms.has(a.toLowerCase()));
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  if (forms.length === 0) return null;
  const ownIsGroup = /\bGroup\b/.test(own.name ?? "");
  // The company's whole name without its legal form ("Ecopetrol"; not "Tata" of "Tata Steel").
  // (Its trade words kept: "the Adani group" is not Adani Enterprises, as "the Gerdau group" is Gerdau S.A.)
  const ownCore = (own.name ?? "").trim().replace(/^The\s+/i, "").replace(LEGAL_FORM, "").trim().replace(/\.com$/i, "");
  const ownWords = distinctiveWords([...byForm].filter(([, t]) => t === own.ticker).map(([f]) => f));
  // Names are matched as written (capitalised), as whole words, with an optional possessive.
  const re = new RegExp(`(?<![\\p{L}\\d&.-])(${forms.join("|")})(?:['’]s)?(?![\\p{L}\\d&-])`, "gu");
  // "Amazon-backed Rivian": the name written with a hyphen and what it did to the next company.
  const hyphened = new RegExp(`(?<![\\p{L}\\d&.-])(${forms.join("|")})(?=-(?:backed|owned|funded|controlled|supported)\\s)`, "gu");
  return {
    own: own.ticker,
    ownName: own.name ?? "",
    find(sentence: string): CompanyMention[] {
      const out: CompanyMention[] = [];
      const matches = [...sentence.matchAll(re)];
      if (BACKED_WORD.test(sentence)) matches.push(...sentence.matchAll(hyphened));
      for (const m of matches.sort((a, b) => a.index - b.index)) {
        const ticker = byForm.get(m[1] ?? "");
        if (ticker === undefined) continue;
        // "Cost Savings 2025 Target" on a slide: in a line of capitalised words, another company's
        // one-word name ("Target", "Enterprise") is the word, not the company.
        if (ticker !== own.ticker && /^[A-Z][a-z]+$/.test(m[1] ?? "") && TITLE_LINE.test(sentence)) continue;
        // "Capital expenditures …", "Capital Discipline and …", "Capital additions were …" are not
        // Capital Limited: a name that is also the word heading the metric's own phrases is the
        // company only where it is used as a name ("Capital's", "Capital said").
        if (HEADS_METRIC_PHRASE.has(m[0]) && !USED_AS_NAME.test(sentence.slice(m.index + m[0].length))) continue;
        // "TNT Express integration expenses", "FedEx Express": another company's one-word name right
        // after a capitalised word inside the sentence is the end of a longer name, not that company.
        if (ticker !== own.ticker && !/\s/.test(m[1] ?? "") && insideLongerName(sentence.slice(Math.max(0, m.index - 40), m.index), byForm)) continue;
        // "Hyundai Motor Group", "Adani Group": the conglomerate, not the listed company named inside it.
        const rest = sentence.slice(m.index + m[0].length);
        const group = ownIsGroup ? null : conglomerateAfter(sentence, m.index, rest, ticker === own.ticker && m[0] === ownCore);
        // "Dominion Energy Virginia", "Tata Steel Europe", "Amazon India": a subsidiary for a place is a part of the company.
        const place = group === null && !/['’]s$/.test(m[0]) ? PLACE_AFTER.exec(rest) : null;
        // "Amazon's Zoox unit", "Amazon's cloud-computing arm": a unit of the company is a part of it, not the company.
        const unit = group === null && place === null && /['’]s$/.test(m[0]) ? UNIT_AFTER.exec(rest) : null;
        // "Amazon-backed Rivian", "Amazon-owned Whole Foods": the company named after is another one.
        const backed = BACKED_AFTER.exec(rest);
        // "CoreWeave, the Nvidia-backed AI cloud services provider, …": a description of the company named, no company of its own.
        if (backed && DESCRIBED_AFTER.test(rest.slice(backed[0].length))) continue;
        if (backed) {
          const start = m.index + m[0].length + backed[0].length - (backed[1]?.length ?? 0);
          out.push({ start, end: start + (backed[1]?.length ?? 0), ticker: ANOTHER });
          continue;
        }
        const extra = group?.[0].length ?? place?.[0].length ?? unit?.[0].length ?? 0;
        out.push({ start: m.index, end: m.index + m[0].length + extra, ticker: group ? GROUP : place || unit ? SUBSIDIARY : ticker });
      }
      if (!ownIsGroup) unknownGroups(sentence, out);
      namedSubsidiaries(sentence, out);
      listedCompanies(sentence, own.ticker, out);
      namedUnknowns(sentence, ownWords, own.ticker, out);
      return out;
    },
  };
}

const TITLE_LINE = /^[\s\d$€£%.,:&()/'’+-]*(?:[A-Z][\w&.'’%$-]*[\s\d$€£%.,:&()/'’+-]*){1,8}$/;

/** Names that are also the first word of the metric's phrases ("Capital Limited" is found as "Capital"). */
const HEADS_METRIC_PHRASE = new Set(["Capital", "Investment", "Investments", "Capex", "Spending", "Budget"]);
// "Capital plans to …" is the company; "Capital plan: A $48 billion five-year plan" is a heading.
const USED_AS_NAME = /^\s+(?:said|says|told|expects?|plans?(?!\s*:)|forecasts?(?!\s*:)|guided|reported|announced|posted|reaffirmed|raised|cut|lowered|Limited|Ltd|Inc|plc|\()/;
// The word before a name, itself after a word written small (not in a headline's run of capitalised words).
const PLACE_ACRONYM = /^(?:US|USA|UK|EU|UAE)$/;
const WORD_BEFORE_NAME = /\b[a-z][\w'’-]*\s+([A-Z][\w&'’-]*)\s$/;

/** "excluding TNT Express …", "the FedEx Express fleet": a name right after an acronym or another
 * company's name is the last word of a longer name ("on Monday Target said", "Korean Samsung" are not). */
function insideLongerName(before: string, forms: ReadonlyMap<string, string>): boolean {
  const word = WORD_BEFORE_NAME.exec(before)?.[1];
  return word !== undefined && ((/^[A-Z][A-Z&]+$/.test(word) && !PLACE_ACRONYM.test(word)) || forms.has(word));
}

// "South Korean conglomerate SK Group said it would spend …": a group the store does not know is not the company either.
// ("Filinvest Development Corp., the investment arm of the Gotianun Group, is setting …": a group named as the parent of the subject is not the subject.)
// ("… part of the Aditya Birla Group": not "Birla Group" inside the longer name either.)
const UNKNOWN_GROUP = /(?<!\b(?:arm|unit|subsidiary|member|part|division|affiliate)\s+of\s+(?:the\s+)?)(?<!\b(?!(?:The|This|That|Its|Their|Our|And|Of)\b)[A-Z][\w&-]*\s+)\b(?!(?:The|This|That|Our|Its|Their|Each|Every|A|An)\b)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+Group\b(?!\s+(?:CEO|CFO|chief|chairman|president|company|firm|unit|member|subsidiary|affiliate|flagship)\b)/g;

function unknownGroups(sentence: string, out: CompanyMention[]): void {
  markAll(UNKNOWN_GROUP, sentence, GROUP, out);
}

/** Every match of `re` (its first group, where it has one) as a mention of `ticker`, where no mention stands already. */
function markAll(re: RegExp, sentence: string, ticker: string, out: CompanyMention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    const end = m.index + m[0].length;
    const start = m[1] === undefined ? m.index : end - m[1].length;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    out.push({ start, end, ticker });
  }
  out.sort((a, b) => a.start - b.start);
}

// "For its material US-based subsidiary Novelis, this will be a peak capex year with around $2.4bn":
// a company named as a subsidiary is a part of the document's company, not the company.
const NAMED_SUBSIDIARY = /\bsubsidiar(?:y|ies)\s+((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,2})/g;

function namedSubsidiaries(sentence: string, out: CompanyMention[]): void {
  markAll(NAMED_SUBSIDIARY, sentence, SUBSIDIARY, out);
}

// "Husky Energy (TSX:HSE, OTCMKTS: HUSKF) seems …": a name with its listing is a company, the
// document's own only when the listing is its ticker.
const LISTED_NAME =
  /\b([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|and|of)){0,4})\s*\(\s*(?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|TSX-V|ASX|LSE|AIM|NSE|BSE|HKEX|SGX|JSE|OTC\w*|Euronext)\s*:\s*([A-Z][A-Z0-9.]*)/g;

function listedCompanies(sentence: string, ownTicker: string, out: CompanyMention[]): void {
  LISTED_NAME.lastIndex = 0;
  const ownRoot = ownTicker.split(".")[0];
  for (let m = LISTED_NAME.exec(sentence); m !== null; m = LISTED_NAME.exec(sentence)) {
    const start = m.index + m[0].indexOf(m[1] ?? "");
    const end = start + (m[1] ?? "").length;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    const ticker = (m[2] ?? "").split(".")[0] === ownRoot ? ownTicker : ANOTHER;
    out.push({ start, end, ticker });
  }
  out.sort((a, b) => a.start - b.start);
}

/** Companies the store does not know, by their tickers in brackets ("Frontier (FTR)"). */
function namedUnknowns(sentence: string, ownWords: ReadonlySet<string>, ownTicker: string, out: CompanyMention[]): void {
  for (const n of unknownCompanyNames(sentence, ownWords, ownTicker)) {
    if (out.some((o) => n.start < o.end && o.start < n.end)) continue;
    out.push({ start: n.start, end: n.end, ticker: n.own ? ownTicker : ANOTHER });
  }
  out.sort((a, b) => a.start - b.start);
}

/** The ticker-like mark of a group of companies: never the document's own company. */
const GROUP = "(group)";
// "Vodafone Group plc": a group named with its legal form is the listed company itself.
const GROUP_AFTER = /^(?:\s+[A-Z][\w&-]*){0,2}\s+[Gg]roup\b(?!\s+(?:CEO|CFO|chief|chairman|president|plc|PLC|Plc|Ltd|Limited|Inc|AG|SE|SA|S\.A\.|NV|N\.V\.|ASA|AB|Holdings)\b)/;

/** "Hyundai Motor Group" after a name found at `at`: the conglomerate; "the Gerdau group", written
 * small after "the", is the company itself, and so is "the Ecopetrol Group" after the document's own
 * company's whole name (`ownWhole`; "the Tata Group" for Tata Steel stays the conglomerate). */
function conglomerateAfter(sentence: string, at: number, rest: string, ownWhole: boolean): RegExpExecArray | null {
  const group = GROUP_AFTER.exec(rest);
  if (group === null || !/\bthe\s+$/i.test(sentence.slice(Math.max(0, at - 4), at))) return group;
  return ownWhole && (/group$/.test(group[0]) || /^\s+Group$/.test(group[0])) ? null : group;
}

/** The mark of a subsidiary named by the company's name and a place: never the document's own company. */
const SUBSIDIARY = "(subsidiary)";
const PLACE_AFTER = new RegExp(
  `^\\s+(?:${[
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada",
    "New\\s+Hampshire|New\\s+Jersey|New\\s+Mexico|New\\s+York|North\\s+Carolina|North\\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\\s+Island|South\\s+Carolina|South\\s+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\\s+Virginia|Wisconsin|Wyoming|Carolinas|Midwest",
    "North\\s+America|Latin\\s+America|South\\s+America|Americas|Europe|Asia|Africa|India|China|Japan|Korea|Australia|Canada|Mexico|Brazil|Brasil|Germany|France|Italy|Spain|UK|Netherlands|Poland|Turkey|Indonesia|Vietnam|Thailand|Malaysia|Philippines|Singapore|Taiwan|Chile|Peru|Argentina|Colombia|Nigeria|Egypt|Israel|South\\s+African?|Ghana|Kenya|Uganda",
  ].join("|")})(?![\\p{L}\\d&-])`,
  "u",
);

/** After "Amazon's": a unit named by its kind ("Zoox unit", "cloud-computing arm"). */
const UNIT_AFTER = /^\s+(?:(?!(?:for|on|in|at|of|to|its|their|the|capex|capital|spending|investments?|budget|plans?)\b)[\w&.'’-]+\s+){0,3}?(?:unit|subsidiary|division|arm|affiliate|joint\s+venture)\b/;
/** The mark of a company named only by its tie to another ("Amazon-backed Rivian"): never the document's own company. */
export const ANOTHER = "(another)";
const BACKED_WORD = /-(?:backed|owned|funded|controlled|supported)\s/;
/** After "Amazon": "-backed Rivian", "-owned Whole Foods": the other company. */
const BACKED_AFTER = /^-(?:backed|owned|funded|controlled|supported)\s+((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,2})/;

const DESCRIBED_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,4}(?:provider|company|startup|firm|maker|operator|developer|lab|platform|specialist|supplier|producer)\b/;
