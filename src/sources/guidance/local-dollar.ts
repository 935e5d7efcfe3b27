// What a bare "$" means in a document: the home dollar of the company it is about, when the text
// says where that is ("(TSX: CNQ)", "Calgary-based", "Canada's Cenovus", "Australian miner"), and the
// text does not write that dollar out itself ("C$4.5 billion ($3.35 billion)": then "$" is the US one).
const HOMES: ReadonlyArray<{ currency: string; home: RegExp; written: RegExp }> = [
  {
    currency: "CAD",
    home: /\((?:TSX|TSX-?V)\s*:|\bCanada['’]s\b|\bCanadian\s+(?:[\w-]+\s+){0,2}?(?:producer|company|firm|giant|miner|railway|railroad|bank|telecom|utility|operator|major|driller|insurer|retailer|grocer|carrier)\b|\b(?:Calgary|Toronto|Vancouver|Montreal|Edmonton)[-\s]based\b|\b(?:Calgary|Edmonton),\s+(?:Alberta|Alta\.)|\bCanadian\s+(?:[A-Z][\w&]*\s+){1,2}(?:Ltd|Limited|Inc|Corp|Corporation|Company)\b/,
    written: /\b(?:C|CA|Cdn)\$|\bCAD\b/,
  },
  {
    currency: "AUD",
    home: /\(ASX\s*:|\bAustralia['’]s\b|\bAustralian\s+(?:[\w-]+\s+){0,2}?(?:producer|company|firm|giant|miner|bank|telecom|utility|operator|major|retailer|grocer|carrier)\b|\b(?:Perth|Sydney|Melbourne|Brisbane)[-\s]based\b|\bAustralian\s+(?:[A-Z][\w&]*\s+){1,2}(?:Ltd|Limited|Inc|Corp|Corporation|Company)\b/,
    written: /\b(?:A|AU)\$|\bAUD\b/,
  },
  { currency: "NZD", home: /\(NZX\s*:/, written: /\bNZ\$|\bNZD\b/ },
];

export function localDollar(text: string): string {
  // Listed in New York too ("(TSX: CNQ) (NYSE: CNQ)"): its releases still count in its home dollar.
  for (const { currency, home, written } of HOMES) if (home.test(text) && (/\((?:TSX|ASX|NZX)/.test(text) || !written.test(text))) return currency;
  return "USD";
}
