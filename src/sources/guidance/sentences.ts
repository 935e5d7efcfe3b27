// Splitting text into sentences. Lines wrapped inside a sentence are joined again; a short line
// without a full stop (a heading, a table row, a slide label) stands on its own.

export interface Sentence {
  text: string;
  /** A whole line without closing punctuation, or one ending in a colon: a heading candidate. */
  headingLike: boolean;
}

const TERMINAL_END = /[.!?。！？;；:：]["'”’)\]」』]*$/;
const CONTINUES_LINE = /^[a-z$€£¥₹(~\d–-]/;
const OPEN_END = /\b(?:of|the|to|and|or|in|for|a|an|by|with|at|on|from|between|including|be|is|are|was|were|will|would|our|its|their|approximately|about|around|roughly|some|than|as|that)$/i;
const TABLE_ROW = /\s\|\s/;
const HEADING_MAX = 120;

// A sentence ends at . ! ? followed by space and a capital, digit, quote or currency sign; or at 。！？.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)\s+(?=[A-Z0-9"“'‘($€£¥₹[]|[\u3400-\u9fff])|[。！？]+["'”’」』)]*\s*/g;
const ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Inc|Corp|Co|Cos|Ltd|Bros|Plc|No|Nos|vs|approx|est|Rs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Figs|Gov|Sen|Rep|Gen|Lt|Col|Capt|Dept|U\.S|U\.K|U\.N|E\.U|e\.g|i\.e|cf|ca|[A-Z])$/i;

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[ \t\f\v]+/g, " ");
}

/** Lines, with wrapped lines of one sentence joined and blank lines dropped. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current: string | null = null;
  for (const raw of normalize(text).split("\n")) {
    const line = raw.trim();
    if (line === "") {
      if (current !== null) lines.push(current);
      current = null;
      continue;
    }
    if (current === null) {
      current = line;
      continue;
    }
    const joins =
      !TABLE_ROW.test(current) &&
      !TABLE_ROW.test(line) &&
      !TERMINAL_END.test(current) &&
      (CONTINUES_LINE.test(line) || OPEN_END.test(current));
    if (joins) {
      current = `${current} ${line}`;
    } else {
      lines.push(current);
      current = line;
    }
  }
  if (current !== null) lines.push(current);
  return lines;
}

function isAbbreviation(before: string): boolean {
  const word = before.slice(before.lastIndexOf(" ") + 1);
  return ABBREVIATION.test(word.replace(/^[^A-Za-z]+/, ""));
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const ascii = m[1] !== undefined;
    if (ascii && m[1] === "." && isAbbreviation(line.slice(from, m.index))) continue;
    const cut = ascii ? m.index + (m[1] ?? "").length + (m[2] ?? "").length : m.index + m[0].trimEnd().length;
    const piece = line.slice(from, cut).trim();
    if (piece !== "") out.push(piece);
    from = m.index + m[0].length;
  }
  const rest = line.slice(from).trim();
  if (rest !== "") out.push(rest);
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of logicalLines(text)) {
    const pieces = splitLine(line);
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const unterminated = !/[.!?。！？]["'”’)\]」』]*$/.test(piece) || /[:：]$/.test(piece);
      out.push({ text: piece, headingLike: last && piece.length <= HEADING_MAX && unterminated && (pieces.length === 1 || /[:：]$/.test(piece)) });
    });
  }
  return out;
}
