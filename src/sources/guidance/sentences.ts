// Splitting text into sentences. Lines wrapped inside a sentence are joined again; a short line
// without a full stop (a heading, a table row, a slide label) stands on its own.

export interface Sentence {
  text: string;
  /** A whole line without closing punctuation, or one ending in a colon: a heading candidate. */
  headingLike: boolean;
}

const TERMINAL_END = /[.!?。！？;；:：]["'”’)\]」』]*$/;
const CONTINUES_LINE = /^[a-z$€£¥₹(~\d]/;
// A list item starts its own line: "- Capital expenditures of …", "• …", "1) …", "(a) …".
const LIST_ITEM = /^(?:[-–—•*·▪●◦]\s|\d{1,2}[.)]\s|\([a-z0-9]{1,2}\)\s)/i;
const OPEN_END = /\b(?:of|the|to|and|or|in|for|a|an|by|with|at|on|from|between|including|be|is|are|was|were|will|would|our|its|their|approximately|about|around|roughly|some|than|as|that)$/i;
const TABLE_ROW = /\s\|\s/;
const HEADING_MAX = 120;
const MAX_SENTENCE = 1500;

// A sentence ends at . ! ? followed by space and a capital, digit, quote or currency sign; or at 。！？.
const BOUNDARY = /([.!?]+)(["'”’)\]]*)\s+(?=[A-Z0-9"“'‘($€£¥₹[]|[\u3400-\u9fff])|[。！？]+["'”’」』)]*\s*/g;
const ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Inc|Corp|Co|Cos|Ltd|Bros|Plc|No|Nos|vs|approx|est|Rs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Figs|Gov|Sen|Rep|Gen|Lt|Col|Capt|Dept|U\.S|U\.K|U\.N|E\.U|e\.g|i\.e|cf|ca|[A-Z])$/i;

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    // "C$2·9bn": a raised point between digits is a decimal point (British typesetting).
    .replace(/(?<=\d)\u00b7(?=\d)/g, ".")
    .replace(/[ \t\f\v]+/g, " ");
}

/** Lines, with wrapped lines of one sentence joined and blank lines dropped. */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) lines.push(current.join(" "));
    current = [];
  };
  for (const raw of normalize(text).split("\n")) {
    const line = raw.trim();
    if (line === "") {
      flush();
      continue;
    }
    // Only the previous physical line decides (and only its end), so this stays linear.
    const previous = current[current.length - 1];
    const previousEnd = previous?.slice(-40) ?? "";
    const joins =
      previous !== undefined &&
      !TABLE_ROW.test(previous) &&
      !TABLE_ROW.test(line) &&
      !LIST_ITEM.test(line) &&
      !TERMINAL_END.test(previousEnd) &&
      (CONTINUES_LINE.test(line) || OPEN_END.test(previousEnd));
    if (!joins) flush();
    current.push(line);
  }
  flush();
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

/** A run-on "sentence" (a flattened list or table) is cut at spaces into pieces of bounded length. */
function bounded(pieces: string[]): string[] {
  const out: string[] = [];
  for (let piece of pieces) {
    while (piece.length > MAX_SENTENCE) {
      const cut = piece.lastIndexOf(" ", MAX_SENTENCE);
      const at = cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE;
      out.push(piece.slice(0, at).trim());
      piece = piece.slice(at).trim();
    }
    if (piece !== "") out.push(piece);
  }
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of logicalLines(text)) {
    const pieces = bounded(splitLine(line));
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const unterminated = !/[.!?。！？]["'”’)\]」』]*$/.test(piece) || /[:：]$/.test(piece);
      out.push({ text: piece, headingLike: last && piece.length <= HEADING_MAX && unterminated && (pieces.length === 1 || /[:：]$/.test(piece)) });
    });
  }
  return out;
}
