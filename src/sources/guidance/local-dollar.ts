// What a bare "$" (and "pesos" with no country) means in a document: the home dollar of the company it is about, when the text
// says where that is ("(TSX: CNQ)", "Calgary-based", "Canada's Cenovus", "Australian miner"), and the
// text does not write that dollar out itself ("C$4.5 billion ($3.35 billion)": then "$" is the US one).
const HOMES: ReadonlyArray<{ currency: string; possessive?: RegExp; home: RegExp; written: RegExp }> = [
  {
    currency: "CAD",
    possessive: /\bCanada['’]s\s+/g,
    home: /\((?:TSX|TSX-?V)\s*:|\bCanadian\s+(?:[\w-]+\s+){0,2}?(?:producer|company|firm|giant|miner|railway|railroad|bank|telecom|utility|operator|major|driller|insurer|retailer|grocer|carrier)\b|\b(?:Calgary|Toronto|Vancouver|Montreal|Edmonton)[-\s]based\b|\b(?:Calgary|Edmonton),\s+(?:Alberta|Alta\.)|\bCanadian\s+(?:[A-Z][\w&]*\s+){1,2}(?:Ltd|Limited|Inc|Corp|Corporation|Company)\b/,
    written: /\b(?:C|CA|Cdn)\$|\bCAD\b/,
  },
  {
    currency: "AUD",
    possessive: /\bAustralia['’]s\s+/g,
    home: /\(ASX\s*:|\bAustralian\s+(?:[\w-]+\s+){0,2}?(?:producer|company|firm|giant|miner|bank|telecom|utility|operator|major|retailer|grocer|carrier)\b|\b(?:Perth|Sydney|Melbourne|Brisbane)[-\s]based\b|\bAustralian\s+(?:[A-Z][\w&]*\s+){1,2}(?:Ltd|Limited|Inc|Corp|Corporation|Company)\b/,
    written: /\b(?:A|AU)\$|\bAUD\b/,
  },
  { currency: "NZD", home: /\(NZX\s*:/, written: /\bNZ\$|\bNZD\b/ },
];

const KIND_OF_COMPANY = /^(?:[\w&.-]+\s+){0,3}?(?:producer|company|firm|giant|miner|railway|railroad|bank|telecom|utility|operator|major|driller|insurer|retailer|grocer|carrier|airline|group)s?\b/i;

/** "Canada's Cenovus", "Canada's biggest oil producer": the company is of that country; "Canada's
 * Sudbury basin" in a text about Vale is a place, not the company's home. */
function possessiveHome(text: string, possessive: RegExp, ownName: string | undefined): boolean {
  const ownFirst = ownName?.trim().split(/\s+/)[0]?.toLowerCase();
  for (const m of text.matchAll(possessive)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (KIND_OF_COMPANY.test(rest)) return true;
    const next = rest.split(/\s+/)[0]?.replace(/['’]s$|[,.]$/g, "").toLowerCase();
    if (ownFirst === undefined || (next !== undefined && next === ownFirst)) return true;
  }
  return false;
}

/**
 * `ownName`: the document's company, so that "Canada's X" counts only where X is that company or a
 * kind of company. `reportingCurrency`: the currency the store knows the company reports in (a
 * Canadian company with no Canadian cue in the text still counts in Canadian dollars).
 */
export function localDollar(text: string, ownName?: string, reportingCurrency?: string): string {
  // Known to report in US dollars (BHP, "the Australian firm"): the text's cues of a home abroad do not change its dollar.
  if (reportingCurrency !== undefined && !HOMES.some((h) => h.currency === reportingCurrency)) return "USD";
  // Listed in New York too ("(TSX: CNQ) (NYSE: CNQ)"): its releases still count in its home dollar.
  for (const { currency, possessive, home, written } of HOMES) {
    const homed = reportingCurrency === currency || home.test(text) || (possessive !== undefined && possessiveHome(text, possessive, ownName));
    if (homed && (/\((?:TSX|ASX|NZX)/.test(text) || !written.test(text))) return currency;
  }
  return "USD";
}

// The countries whose money is called pesos, as a text names them.
const PESO_HOMES: ReadonlyArray<{ currency: string; named: RegExp }> = [
  { currency: "MXN", named: /\bMexic(?:o|an)\b/ },
  { currency: "PHP", named: /\bPhilippines?\b|\bFilipino\b|\bManila\b/ },
  { currency: "CLP", named: /\bChile(?:an)?\b|\bSantiago\b/ },
  { currency: "COP", named: /\bColombia(?:n)?\b|\bBogot[aá]\b/ },
  { currency: "ARS", named: /\bArgentin(?:a|e|ian)\b|\bBuenos\s+Aires\b/ },
];

/**
 * What "pesos" with no country before them mean in a document: the company's own peso where the store
 * knows it reports in one, else the peso of the one peso country the text names ("Mexico's biggest
 * companies plan to invest about 246 billion pesos"); none when it names none or several.
 */
export function localPeso(text: string, reportingCurrency?: string): string | null {
  if (reportingCurrency !== undefined && PESO_HOMES.some((h) => h.currency === reportingCurrency)) return reportingCurrency;
  return /\bpesos?\b/i.test(text) ? oneNamedHome(text, PESO_HOMES) : null;
}

/** The currency of the one country of `homes` the text names; null when it names none or several. */
function oneNamedHome(text: string, homes: ReadonlyArray<{ currency: string; named: RegExp }>): string | null {
  const named = homes.filter((h) => h.named.test(text));
  return named.length === 1 ? (named[0]?.currency ?? null) : null;
}

// Countries whose currency is a rupee, by the words a text names them with (its places, its exchange).
const RUPEE_HOMES: ReadonlyArray<{ currency: string; named: RegExp }> = [
  { currency: "PKR", named: /\b(?:Pakistan|Pakistani|Karachi|Lahore|Islamabad|NEPRA|PSX)\b/ },
  { currency: "LKR", named: /\b(?:Sri\s+Lanka|Sri\s+Lankan|Colombo)\b/ },
  { currency: "NPR", named: /\b(?:Nepal|Nepalese|Nepali|Kathmandu)\b/ },
];
const INDIA_NAMED = /\b(?:India|Indian|Mumbai|New\s+Delhi|Delhi|Bengaluru|NSE|BSE|Sensex)\b/;

/**
 * What "Rs" and "rupees" with no country before them mean in a document: the company's own rupee where the store
 * knows it reports in one, else the rupee of the one rupee country other than India the text names ("K-Electric …
 * Karachi … Rs 484 billion"), else India's.
 */
export function localRupee(text: string, reportingCurrency?: string): string {
  if (reportingCurrency !== undefined && (reportingCurrency === "INR" || RUPEE_HOMES.some((h) => h.currency === reportingCurrency))) return reportingCurrency;
  if (!/\bRs\b|\brupees?\b/i.test(text) || INDIA_NAMED.test(text)) return "INR";
  return oneNamedHome(text, RUPEE_HOMES) ?? "INR";
}
