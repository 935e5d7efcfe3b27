// Transcripts are read turn by turn: each turn belongs to its speaker ("Operator:", "Analyst:",
// "Andy Jassy -- President and CEO", "Brian Olsavsky (CFO): …"), and only an executive's turn can
// give guidance. A question, or anything the operator or an analyst says, never does, even when it
// quotes the company's own figure back.
import type { Speaker } from "./types.js";
import { BANK_NAMES } from "./voice.js";

export interface Turn {
  /** Null for text before any speaker line, or a document that is not a transcript. */
  speaker: Speaker | null;
  /** The operator, an analyst, or someone asking: their words are never the company's guidance. */
  asking: boolean;
  /** The label is a bare name ("Jane Doe" alone on a line): who speaks is known, not whether they ask. */
  unsure?: boolean;
  text: string;
}

const ASKING_NAME = /^(?:(?:conference\s+)?(?:call\s+)?operator|coordinator|analyst|moderator|questioner|question|q|unidentified\s+(?:analyst|participant|speaker|audience\s+member)|unknown\s+(?:analyst|speaker)|participant|audience\s+member)$/i;
const ASKING_ROLE = /\b(?:analyst|research|securities|capital\s+markets|equity|investment\s+bank|partners|asset\s+management|operator|moderator|question)\b/i;
// An asker's label may name only the asker's firm: "Jane Roe -- UBS", "John Smith (Bank of America)", "… -- JPMorgan Chase & Co"
// (not an officer of a bank on its own call: "Jane Doe -- Chief Executive Officer, Goldman Sachs").
const ASKERS_BANK = new RegExp(String.raw`(?:^|\s)${BANK_NAMES}(?![\w-])`, "i");
const ASKERS_FIRM = { test: (role: string): boolean => ASKERS_BANK.test(role) || /\b[A-Z][\w.-]*\s+(?:Bank|& Co\.?|& Company|Advisors|Advisers)(?![\w-])/.test(role) };
const OFFICER = /\b(?:CEO|CFO|COO|CTO|Chief|President|Chairman|Chair|Chairwoman|Treasurer|Controller|Founder|Officer)\b/i;
const NAME = "[A-Z][\\p{L}.'’-]*(?:\\s+(?:[A-Z][\\p{L}.'’-]*|de|van|von|da|del|di|la|le)){0,4}";
// "Andy Jassy -- President and CEO", "Mark Mahaney -- Evercore ISI -- Analyst", "Operator" alone.
const NAME_DASH_ROLE = new RegExp(`^(${NAME})\\s*(?:--|—|–|\\s-\\s|,)\\s*([^:]{2,90}?)\\s*:?$`, "u");
// "Jane Doe -- Chief Financial Officer: We expect …": the same label with the words on its line.
const NAME_DASH_ROLE_INLINE = new RegExp(`^(${NAME})\\s*(?:--|—|–|\\s-\\s)\\s*([^:]{2,90}?)\\s*:\\s*(\\S.*)$`, "su");
// "Jane Doe, CFO: …" in a transcript (in prose, "Looking ahead, our CFO noted: …" is no label).
const NAME_COMMA_ROLE_INLINE = new RegExp(`^(${NAME}),\\s*([^:,]{2,60}?)\\s*:\\s*(\\S.*)$`, "su");
// "CFO: …", "Chief Executive Officer: …", "A: …": an executive (or the answer) named by role alone.
const ROLE_COLON = /^((?:(?:Co-)?(?:CEO|CFO|COO|CTO|President|Chairman|Chair|Treasurer|Controller)|(?:(?:Senior\s+|Executive\s+)?Vice\s+President\b[^:]{0,40})|(?:Chief\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Officer)|A|Answer|ANSWER|Management|Company\s+Representative|Executive))\s*:\s*(.*)$/su;
// "Brian Olsavsky (Chief Financial Officer): …" or on a line of its own.
const NAME_PAREN_ROLE = new RegExp(`^(${NAME})\\s*\\(([^)]{2,80})\\)\\s*:\\s*(.*)$`, "su");
// "Analyst: …", "Operator: …", "Q: …" anywhere; "Jane Doe: …" only in a transcript.
const NAME_COLON = new RegExp(`^(${NAME})\\s*:\\s*(.*)$`, "su");
const BARE_LABEL = /^(Operator|Analyst|Question(?:-and-Answer Session)?|Moderator|Unidentified\s+(?:Analyst|Participant|Speaker))\s*:?$/i;
const ROLE_WORDS = /\b(?:CEO|CFO|COO|CTO|President|Chief|Officer|Chairman|Chair|Director|Vice|VP|Head|Treasurer|Controller|Founder|Executive|Manager|Relations|Secretary|Analyst|Partner|Strategist|Managing|Senior|General\s+Counsel)\b/;
// "Q - …", "A – Jane Doe: …": a question or answer mark before the words (and the speaker's name, if given).
const QA_MARK = /^(Q|A)\s*[-–—]\s+(.*)$/su;
const PERSON = "[A-Z][\\p{L}.'’-]*(?:\\s+[A-Z][\\p{L}.'’-]*){1,3}";
const PERSON_COLON = new RegExp(`^(${PERSON})\\s*:\\s*(.*)$`, "su");
// "[Analyst] …", "Jane Doe [CFO]: …": the role in square brackets.
const BRACKET_ROLE = new RegExp(`^(?:(${NAME})\\s*)?\\[([^\\]]{2,60})\\]\\s*:?\\s*(.*)$`, "su");
// "John Smith (Morgan Stanley)", "Jane Doe — Acme Industries": a person and a firm, alone on a line.
const FIRM = "[A-Z][\\p{L}\\d.&'’-]*(?:\\s+(?:[A-Z&][\\p{L}\\d.&'’-]*|of|and|de)){0,5}";
const PERSON_FIRM_LINE = new RegExp(`^(${PERSON})\\s*(?:\\(\\s*(${FIRM})\\s*\\)|(?:--|—|–|\\s-\\s|,)\\s*(${FIRM}))\\s*(?::\\s*(.*))?$`, "su");
// "Q. …", "A. …": the marks with a full stop (read last: "A. Smith -- CFO" is a name).
const QA_DOT = /^(Q|A)\.\s+(.*)$/su;
// "**Jane Doe** (CFO): …", "__Operator__": emphasis around a label.
const EMPHASIS = /^(\*\*|__)(.{1,120}?)\1/u;
const MAX_LABEL = 140;

function speakerOf(name: string, role: string | null): { speaker: Speaker; asking: boolean } {
  const cleanRole = role?.trim() ?? null;
  const firm = cleanRole !== null && (ASKING_ROLE.test(cleanRole) || (ASKERS_FIRM.test(cleanRole) && !OFFICER.test(cleanRole)));
  const asking = ASKING_NAME.test(name.trim()) || (firm && !/\b(?:Investor\s+Relations|IR)\b/i.test(cleanRole ?? ""));
  return { speaker: { name: name.trim(), role: cleanRole === "" ? null : cleanRole }, asking };
}

interface Label {
  speaker: Speaker;
  asking: boolean;
  /** Words after the label on the same line. */
  rest: string;
  /** Who speaks is known, not whether they ask. */
  unsure?: boolean;
}

/** A "name, role" label match (name, role, words after it), when the role reads as one. */
function namedWithRole(m: RegExpExecArray | null): Label | null {
  const role = m?.[2] ?? "";
  if (!m || !(ROLE_WORDS.test(role) || ASKING_ROLE.test(role) || ASKERS_FIRM.test(role))) return null;
  return { ...speakerOf(m[1] ?? "", role), rest: m[3] ?? "" };
}

function readLabel(line: string, transcript: boolean): Label | null {
  const trimmed = line.trim().replace(EMPHASIS, "$2");
  if (trimmed.length === 0) return null;
  const bare = BARE_LABEL.exec(trimmed);
  if (bare) return { ...speakerOf(bare[1] ?? "", null), rest: "" };
  const paren = NAME_PAREN_ROLE.exec(trimmed);
  if (paren && ROLE_WORDS.test(paren[2] ?? "")) return { ...speakerOf(paren[1] ?? "", paren[2] ?? null), rest: paren[3] ?? "" };
  const inline = namedWithRole(NAME_DASH_ROLE_INLINE.exec(trimmed));
  if (inline) return inline;
  if (transcript) {
    const qa = QA_MARK.exec(trimmed);
    if (qa) {
      const named = PERSON_COLON.exec(qa[2] ?? "");
      return { speaker: { name: named?.[1] ?? qa[1] ?? "", role: null }, asking: qa[1] === "Q", rest: named ? (named[2] ?? "") : (qa[2] ?? "") };
    }
    const bracket = BRACKET_ROLE.exec(trimmed);
    if (bracket && (ROLE_WORDS.test(bracket[2] ?? "") || ASKING_ROLE.test(bracket[2] ?? "") || ASKING_NAME.test(bracket[2] ?? ""))) {
      return { ...speakerOf(bracket[1] ?? bracket[2] ?? "", bracket[2] ?? null), rest: bracket[3] ?? "" };
    }
    // A firm that is not an asker's may be the company's or one the reader does not know: who asks is unsure.
    const firm = PERSON_FIRM_LINE.exec(trimmed);
    if (firm) {
      const label = speakerOf(firm[1] ?? "", firm[2] ?? firm[3] ?? null);
      return { ...label, rest: firm[4] ?? "", ...(label.asking || ROLE_WORDS.test(firm[2] ?? firm[3] ?? "") ? {} : { unsure: true }) };
    }
    const comma = namedWithRole(NAME_COMMA_ROLE_INLINE.exec(trimmed));
    if (comma) return comma;
    const role = ROLE_COLON.exec(trimmed);
    if (role) return { speaker: { name: role[1] ?? "", role: role[1] ?? null }, asking: false, rest: role[2] ?? "" };
  }
  if (trimmed.length <= MAX_LABEL) {
    const dash = namedWithRole(NAME_DASH_ROLE.exec(trimmed));
    if (dash) return dash;
  }
  const colon = NAME_COLON.exec(trimmed);
  if (colon) {
    const name = colon[1] ?? "";
    // Outside a transcript only the unmistakable labels count: "Outlook: …" is a heading.
    if (ASKING_NAME.test(name) || (transcript && name.split(/\s+/).length >= 2 && name.split(/\s+/).length <= 4)) {
      // "Jane Doe: …" says who speaks, not whether they ask.
      const label = speakerOf(name, null);
      return { ...label, rest: colon[2] ?? "", ...(label.asking ? {} : { unsure: true }) };
    }
  }
  const qa = transcript ? QA_DOT.exec(trimmed) : null;
  if (qa) return { speaker: { name: qa[1] ?? "", role: null }, asking: qa[1] === "Q", rest: qa[2] ?? "" };
  return null;
}

// "Our next question comes from Jane Roe with UBS", "Jane Roe, your line is open", "we'll hear next from Jane Roe": the operator names the next asker.
const INTRODUCED = new RegExp(
  `\\b(?:question|questions|follow-up)\\s+(?:(?:today\\s+)?(?:comes?|is|will\\s+come|came)\\s+)?from\\s+(?:the\\s+line\\s+of\\s+)?(${PERSON})|(${PERSON}),?\\s+(?:your|the)\\s+line\\s+is\\s+(?:now\\s+)?(?:open|live)|\\b(?:go|move|turn)\\s+(?:over\\s+)?to\\s+(${PERSON})\\s+(?:with|from|at|of)\\s+[A-Z]|\\bhear\\s+(?:next\\s+)?from\\s+(${PERSON})`,
  "gu",
);
// "Jane Doe", "Brian T. Olsavsky" alone on a line: a speaker in transcripts that write no role.
const BARE_NAME = /^(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.)){1,3}$/u;
const NOT_A_PERSON =
  /\b(?:Outlook|Guidance|Capital|Expenditures?|Results|Remarks|Session|Highlights|Summary|Overview|Financial|Quarter|Year|Full|Fiscal|Segment|Revenue|Call|Conference|Participants|Presentation|Questions?|Answers?|Company|Corporate|Prepared|Closing|Opening|Statements?|Forward|Looking|Business|Update|Strategy|Review|Performance|Cash|Flow|Balance|Sheet|Thank|Thanks|You|Good|Morning|Afternoon|Evening|Operator|Executives?|Analysts?|Management|Investor|Relations|Discussion|Transcript|Earnings|Event|Disclaimer|Safe|Harbor|Agenda|Introduction|Total|Net|Operating)\b/;

const OPERATOR = /^(?:(?:conference\s+)?(?:call\s+)?operator|coordinator|moderator)$/i;
const INTRO_CUE = /\b(?:next|first|following|last|final|follow-up)\s+question|\bquestion\s+(?:comes?|is)\s+from\b|\bline\s+is\s+(?:now\s+)?(?:open|live)\b|\b(?:please\s+)?go\s+ahead\b|\bplease\s+proceed\b|\bhear\s+(?:next\s+)?from\b/i;
const HAND_BACK = /\b(?:turn|hand)\s+(?:the\s+(?:call|conference|floor)|it|things)\s+(?:back|over)\b|\bno\s+(?:further|more)\s+questions\b|\bconcludes\b/i;

/** Who the operator introduced as askers, by full name and by surname. */
function introducedAskers(text: string): Set<string> {
  const askers = new Set<string>();
  for (const m of text.matchAll(INTRODUCED)) addAsker(askers, m[1] ?? m[2] ?? m[3] ?? m[4] ?? "");
  return askers;
}

function addAsker(askers: Set<string>, name: string): void {
  const words = name.replace(/['’]s\b/g, "").trim().split(/\s+/);
  if (words.length < 2) return;
  askers.add(words.join(" ").toLowerCase());
  askers.add((words[words.length - 1] ?? "").toLowerCase());
}

function isAsker(askers: Set<string>, name: string): boolean {
  const words = name.trim().split(/\s+/);
  return askers.has(words.join(" ").toLowerCase()) || askers.has((words[words.length - 1] ?? "").toLowerCase());
}

/** The turns of `text`; a text with no speaker labels is one turn without a speaker. */
export function splitTurns(text: string, transcript: boolean): Turn[] {
  const askers = transcript ? introducedAskers(text) : new Set<string>();
  const turns: Turn[] = [];
  let current: Turn = { speaker: null, asking: false, text: "" };
  let lines: string[] = [];
  const flush = (): void => {
    current.text = lines.join("\n");
    if (current.text.trim() !== "" || current.speaker !== null) turns.push(current);
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    let label = line.length <= 2 * MAX_LABEL || /^[^:]{1,60}:/.test(line) ? readLabel(line, transcript) : null;
    let unsure = label?.unsure === true;
    if (label === null && transcript && BARE_NAME.test(line.trim()) && !NOT_A_PERSON.test(line)) {
      label = { speaker: { name: line.trim(), role: null }, asking: false, rest: "" };
      unsure = true;
    }
    if (label === null) {
      lines.push(line);
      continue;
    }
    // The operator's "Our next question comes from …", "Please go ahead": the next speaker without a role asks.
    const introduced = current.speaker !== null && OPERATOR.test(current.speaker.name) && INTRO_CUE.test(lines.join(" ")) && !HAND_BACK.test(lines.join(" "));
    flush();
    // One the operator introduced, or labelled as asking before, asks again under a bare name.
    const asking = label.asking || (label.speaker.role === null && (introduced || isAsker(askers, label.speaker.name)));
    if (label.asking && label.speaker.role !== null) addAsker(askers, label.speaker.name);
    // Right after an asker's turn comes the answer: its speaker does not ask.
    const last = turns[turns.length - 1];
    const answers = last !== undefined && last.asking && !OPERATOR.test(last.speaker?.name ?? "");
    current = { speaker: label.speaker, asking, text: "", ...(unsure && !asking && !answers ? { unsure } : {}) };
    if (label.rest !== "") lines.push(label.rest);
  }
  flush();
  return turns;
}
