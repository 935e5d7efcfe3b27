// The one short phrase that tells a reader where a statement's words come from. Pure: from the
// document's kind, title and url, the voice and speaker, and the company's short name. In the
// market kernel because the source edge words a new statement with it and the capex lookup words
// a stored one, and both must say the same thing (sources and bot may both import the kernel).

/** Whose words a statement is in: the company's own (release, filing, its executives on a call),
 * or the press reporting the company ("Amazon said it expects…", "Meta plans to…"). */
export type Voice = "company" | "press";

/** The person whose turn of a transcript a statement comes from ("Andy Jassy", "CEO"). */
export interface Speaker {
  name: string;
  /** Their title as the transcript gives it ("CEO", "Chief Financial Officer"); null when not given. */
  role: string | null;
}

/** What a document is: an earnings release, a call's transcript, a filing, a news story. */
export type DocumentKind = "earnings_release" | "transcript" | "filing" | "news";

export interface ProvenanceFacts {
  kind: DocumentKind | null;
  title: string | null;
  url: string | null;
  voice: Voice;
  speaker: Speaker | null;
  /** The company's short name ("Amazon"); its ticker when the store has no name. */
  company: string;
  /** The publisher a news source named ("Reuters"); the url's host is used otherwise. */
  publisher?: string | null;
}

// Readers know these by their abbreviations; a longer title ("President and CEO") names its
// executive office last or first, so the office is what is shown.
const OFFICES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:chief executive officer|ceo)\b/i, "CEO"],
  [/\b(?:chief financial officer|cfo)\b/i, "CFO"],
  [/\b(?:chief operating officer|coo)\b/i, "COO"],
  [/\b(?:chief technology officer|cto)\b/i, "CTO"],
];

const PUBLISHERS: Readonly<Record<string, string>> = {
  "reuters.com": "Reuters",
  "bloomberg.com": "Bloomberg",
  "cnbc.com": "CNBC",
  "wsj.com": "The Wall Street Journal",
  "ft.com": "Financial Times",
  "apnews.com": "AP",
  "nytimes.com": "The New York Times",
};

const QUARTER_WORDS: Readonly<Record<string, string>> = { first: "Q1", second: "Q2", third: "Q3", fourth: "Q4" };

/** "President and CEO" → "CEO"; a title with no executive office is kept as given. */
export function shortRole(role: string): string {
  for (const [pattern, office] of OFFICES) if (pattern.test(role)) return office;
  return role.trim();
}

/** "Q4" from "Amazon.com Q4 2025 Earnings Call" or "fourth-quarter results"; null when the title names none. */
export function quarterIn(title: string | null): string | null {
  if (title === null) return null;
  const q = /\bQ([1-4])\b/i.exec(title);
  if (q) return `Q${q[1]}`;
  const word = /\b(first|second|third|fourth)[- ]quarter\b/i.exec(title);
  return word ? (QUARTER_WORDS[(word[1] as string).toLowerCase()] ?? null) : null;
}

/** The SEC form ("8-K") and exhibit ("EX-99.1") a filing's title or url names, where they do. */
export function filingParts(title: string | null, url: string | null): { form: string | null; exhibit: string | null } {
  const text = `${title ?? ""} ${url ?? ""}`;
  const form = /\b(8-K|6-K|10-Q|10-K|20-F|40-F)\b/i.exec(text)?.[1]?.toUpperCase() ?? null;
  // No word boundary: EDGAR names run words together ("amzn-20251231xex991.htm").
  const ex = /ex-?99[._-]?(\d{1,2})(?!\d)/i.exec(text);
  return { form, exhibit: ex ? `EX-99.${ex[1]}` : null };
}

/** The publisher of a news url, by name where it is well known, else its host. */
export function publisherOf(url: string | null): string | null {
  if (url === null) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
  for (const [domain, name] of Object.entries(PUBLISHERS)) if (host === domain || host.endsWith(`.${domain}`)) return name;
  return host === "" ? null : host;
}

const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

export function provenancePhrase(f: ProvenanceFacts): string {
  // The press reporting a company is not the company speaking, whatever the document is.
  if (f.voice === "press" || f.kind === "news") {
    const publisher = f.publisher ?? publisherOf(f.url);
    return `as reported by the news${publisher ? ` (${publisher})` : ""}, not yet in the company's own words`;
  }
  if (f.kind === "transcript") {
    const quarter = quarterIn(f.title);
    const call = `in ${possessive(f.company)} ${quarter ? `${quarter} ` : ""}call`;
    if (f.speaker === null) return call;
    return `${call}, ${f.speaker.name}${f.speaker.role ? ` (${shortRole(f.speaker.role)})` : ""}`;
  }
  if (f.kind === "earnings_release" || f.kind === "filing") {
    const { form, exhibit } = filingParts(f.title, f.url);
    const what = f.kind === "earnings_release" ? "press release" : "filing";
    // An SEC form says which document it is; without one, the company's own release or filing.
    return `in ${form ? `the ${form} ` : `${possessive(f.company)} `}${what}${exhibit ? ` (${exhibit})` : ""}`;
  }
  return f.title ? `in “${f.title}”` : "in the document";
}

/** Where a consensus read from a document comes from: "FactSet consensus as reported by the news (Reuters), Feb 5 2026". */
export function consensusPhrase(provider: string | null, kind: DocumentKind | null, url: string | null, date: string, named: string | null = null): string {
  const who = provider !== null ? `${provider} consensus` : "analysts' consensus";
  const publisher = named ?? publisherOf(url);
  const where = kind === "news" || kind === null ? `the news${publisher ? ` (${publisher})` : ""}` : kind === "transcript" ? "the call" : "the company's release";
  return `${who} as reported by ${where}, ${date}`;
}
