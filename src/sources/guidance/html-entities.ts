// HTML character references: named (&nbsp; &amp; &mdash; …), decimal (&#8212;) and hex (&#x2014;).
// Decimal references 128-159 are read as Windows-1252, as browsers do (old SEC filings use them).

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: " ", emsp: " ", thinsp: " ",
  ndash: "–", mdash: "—", minus: "−", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  hellip: "…", bull: "•", middot: "·", deg: "°", reg: "®", copy: "©", trade: "™", euro: "€", pound: "£",
  yen: "¥", cent: "¢", sect: "§", para: "¶", times: "×", divide: "÷", plusmn: "±", frac12: "½", frac14: "¼",
  frac34: "¾", dagger: "†", Dagger: "‡", laquo: "«", raquo: "»", shy: "\u00ad", zwj: "", zwnj: "", ordm: "º",
  ordf: "ª", sup1: "¹", sup2: "²", sup3: "³", micro: "µ", iexcl: "¡", iquest: "¿", prime: "′", Prime: "″",
  aacute: "á", eacute: "é", iacute: "í", oacute: "ó", uacute: "ú", Aacute: "Á", Eacute: "É", Iacute: "Í",
  Oacute: "Ó", Uacute: "Ú", agrave: "à", egrave: "è", igrave: "ì", ograve: "ò", ugrave: "ù", acirc: "â",
  ecirc: "ê", icirc: "î", ocirc: "ô", ucirc: "û", auml: "ä", euml: "ë", iuml: "ï", ouml: "ö", uuml: "ü",
  Auml: "Ä", Ouml: "Ö", Uuml: "Ü", ntilde: "ñ", Ntilde: "Ñ", ccedil: "ç", Ccedil: "Ç", szlig: "ß",
  oslash: "ø", Oslash: "Ø", aring: "å", Aring: "Å", aelig: "æ", AElig: "Æ", atilde: "ã", otilde: "õ",
};

const WINDOWS_1252: Record<number, string> = {
  128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š", 139: "‹",
  140: "Œ", 142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—", 152: "˜", 153: "™",
  154: "š", 155: "›", 156: "œ", 158: "ž", 159: "Ÿ",
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(code: number): string {
  if (code >= 128 && code <= 159) return WINDOWS_1252[code] ?? "";
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(code);
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return name !== undefined && Object.hasOwn(NAMED, name) ? (NAMED[name] as string) : whole;
  });
}
