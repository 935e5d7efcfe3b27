// In a transcript excerpt that opens with no speaker label, which sentences are the asker's: the
// question before the answer (the answer's first sentences are then about what was asked).
import type { Voice } from "./hearing.js";
import { ASKED_WITHOUT_MARK } from "./voice.js";

// An executive answers for the company: "we", "our".
const COMPANY_FIRST_PERSON = /\b(?:we|our|us|we['’](?:re|ve|ll|d))\b/i;
// A question mark closes a question, also when speech-to-text runs on in lower case ("… this year? maybe where …").
// A question asked without one ("I was wondering whether …") closes a question too.
const QUESTION_MARK = /\?\s*["'”’)\]]*\s*(?:$|[a-z])/;
const asks = (t: string): boolean => QUESTION_MARK.test(t) || ASKED_WITHOUT_MARK.test(t);

// An excerpt that opens on an asker's words: "Congrats on the quarter.", "Hi, thanks for taking my question.", "That's helpful.", "A couple of questions on …", "One more on …",
// "Two quick questions.", "My follow-up, …", "Last one I had, …".
const ASKER_OPENING =
  /^\s*(?:(?:hi|hey|hello|good\s+(?:morning|afternoon|evening))(?:\s+(?:everyone|all|guys|team|there))?\s*[,.!]?\s+)?(?:congrat(?:s|ulations)\b|(?:nice|great|solid|strong)\s+(?:quarter|results|job)\b|(?:(?:and\s+)?(?:that['’]s|that\s+is|it['’]s)\s+(?:very\s+|really\s+|super\s+)?|(?:very\s+|really\s+|super\s+)?)helpful\b|(?:and\s+then\s+)?(?:just\s+)?as\s+a\s+(?:quick\s+)?follow[-\s]up\b|got\s+it\b|appreciate\s+(?:the|that|all\s+the)\s+(?:color|detail|comments?)|thanks?\s+(?:you\s+)?(?:(?:guys|all|so\s+much|very\s+much)\s+)?for\s+taking\s+(?:my|the|our)\s+questions?|(?:and\s+)?(?:just\s+)?to\s+follow\s+up\b|(?:and\s+then\s+)?(?:just\s+)?(?:a|one|my|two|a\s+couple\s+of)\s+(?:quick\s+|follow[-\s]up\s+|first\s+|second\s+|last\s+)?(?:questions?|follow[-\s]ups?|more)\s+(?:on|for|about|regarding)\b|I\s+(?:just\s+)?(?:wanted|want|would\s+like)\s+to\s+(?:ask|follow\s+up|go\s+back)|(?:two|three|a\s+couple\s+of|a\s+few)\s+(?:quick\s+)?questions\b|my\s+(?:follow[-\s]up|(?:last|final|second|next)\s+(?:one|question))\b|(?:the\s+)?(?:last|final)\s+one\s+(?:I\s+(?:had|have)|from\s+me)\b)/i;
// After a question, the answer starts: "Yeah, great question, Nathan.", "Sure.", "This is Robert."
// "Thanks, Brian.", "Hey, Mark.", "Good morning, Steve.", "Let me take that.", "I'll start with capex."
const ANSWER_OPENING =
  /^\s*(?:yes|yeah|yep|sure|absolutely|certainly|great\s+question|good\s+question|thanks\s+for\s+the\s+question|thank\s+you\s+for\s+the\s+question|this\s+is\s+[A-Z][\w'’-]+\s*[.,]|(?:thanks|thank\s+you|hey|hi|good\s+(?:morning|afternoon|evening)),?\s+(?!operator\b|everyone\b|all\b|guys\b)[A-Z][\w'’-]+\s*[.,!]|let\s+me\s+(?:take|start|answer|address|tackle)\b|I['’]ll\s+(?:take|start|answer|address|tackle)\b)/i;

// "And then just lastly, you guys talk about …": a last point put to "you" is the asker's (an
// executive's "Lastly, we expect …" speaks as the company).
const LAST_POINT = /^\s*(?:and\s+)?(?:then\s+)?(?:just\s+)?(?:lastly|finally)\s*,/i;
const ADDRESSES_YOU = /\byou\b/i;
// "Keith Weiss, Morgan Stanley, Excellent.": a short opening that names the asker and their firm.
const NAME_AND_FIRM = /^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*[A-Z][^,.\d]{1,40},/;

function opensOnAsker(sentences: readonly { text: string }[]): boolean {
  const first = sentences[0]?.text ?? "";
  if (ASKER_OPENING.test(first)) return true;
  if (LAST_POINT.test(first) && ADDRESSES_YOU.test(first) && !COMPANY_FIRST_PERSON.test(first)) return true;
  return NAME_AND_FIRM.test(first) && ASKER_OPENING.test(sentences[1]?.text ?? "");
}

/**
 * In a transcript excerpt that opens with no speaker label, the words up to its first question
 * are the asker's ("If I look at …, maybe $4 billion of capex … Is it right to think …?"), unless
 * they speak as the company ("we", "our" outside a question: askers say "how should we think").
 * The asker goes on through further questions ("And then just lastly, I saw you kept the capex
 * guidance flat at 2.7 billion … do you feel …?") until an answer opens ("Yeah, great question")
 * or a sentence speaks as the company; an excerpt that opens on an asker's words ("That's
 * helpful.") is the asker's until an answer opens, question or not.
 */
export function askedPrefix(sentences: readonly { text: string }[], transcript: boolean, turn: Voice["turn"]): number {
  // A bare name as the label says who speaks, not whether they ask: read it as an unlabelled excerpt.
  if (!transcript || (turn.speaker !== null && turn.unsure !== true) || turn.asking) return 0;
  const opensAsking = opensOnAsker(sentences);
  const speaksAsCompany = (t: string): boolean => !asks(t) && COMPANY_FIRST_PERSON.test(t);
  const q = sentences.findIndex((s) => asks(s.text));
  if (q < 0 && !opensAsking) return 0;
  if (!opensAsking && sentences.slice(0, q + 1).some((s) => speaksAsCompany(s.text))) return 0;
  let end = opensAsking ? sentences.length : q + 1;
  for (let j = Math.max(q, 0) + 1; j < sentences.length; j++) {
    const t = (sentences[j] as { text: string }).text;
    if (ANSWER_OPENING.test(t)) return j;
    if (asks(t)) end = Math.max(end, j + 1);
    else if (!opensAsking && speaksAsCompany(t)) break;
  }
  return end;
}
