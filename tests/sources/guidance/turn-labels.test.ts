// The speaker labels of call transcripts as they are written by different publishers, each in a
// written two-turn exchange (not taken from the labelled sets): an analyst asks with a figure of
// their own, an executive answers with the company's. Only the executive's figure is guidance,
// whatever the label's layout; a label the reader missed would leave the answer inside the
// analyst's turn, where nothing counts.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { ACME } from "./sentence-levels.js";

const ASK = "Could you spend $1.5 billion on capex in 2025?";
const ANSWER = "We expect capex of about $1.2 billion in 2025.";

// [analyst's label, executive's label, the speaker the statement carries]
const LAYOUTS: Array<[string, string, string]> = [
  ["John Smith -- Goldman Sachs -- Analyst: ", "Jane Doe -- Chief Financial Officer: ", "Jane Doe"],
  ["John Smith -- Analyst: ", "Jane Doe -- CFO: ", "Jane Doe"],
  ["John Smith, Analyst: ", "Jane Doe, CFO: ", "Jane Doe"],
  ["John Smith (Goldman Sachs): ", "Jane Doe (CFO): ", "Jane Doe"],
  ["Analyst: ", "CFO: ", "CFO"],
  ["Analyst: ", "Chief Financial Officer: ", "Chief Financial Officer"],
  ["Q: ", "A: ", "A"],
  ["John Smith -- Goldman Sachs -- Analyst\n", "Jane Doe -- Chief Financial Officer\n", "Jane Doe"],
  // The asker's label naming only the firm.
  ["John Smith -- UBS\n", "Jane Doe -- CFO\n", "Jane Doe"],
  ["John Smith — Bank of America\n", "Jane Doe — Chief Financial Officer\n", "Jane Doe"],
  ["John Smith - Northbay Capital Partners\n", "Jane Doe - CFO\n", "Jane Doe"],
  ["John Smith (Morgan Stanley)\n", "Jane Doe (Acme Industries)\n", "Jane Doe"],
  ["John Smith, Wells Fargo\n", "Jane Doe, Acme\n", "Jane Doe"],
  ["John Smith - Harbor & Co.\n", "Jane Doe - CFO\n", "Jane Doe"],
  // Question and answer marks, roles in brackets, emphasis.
  ["Q - ", "A - ", "A"],
  ["Q – John Smith: ", "A – Jane Doe: ", "Jane Doe"],
  ["[Analyst] ", "[CFO] ", "CFO"],
  ["John Smith [Analyst]: ", "Jane Doe [CFO]: ", "Jane Doe"],
  ["**John Smith** (Goldman Sachs): ", "**Jane Doe** (CFO): ", "Jane Doe"],
  ["**John Smith, Analyst:** ", "**Jane Doe, CFO:** ", "Jane Doe"],
  ["Q. ", "A. ", "A"],
  ["QUESTION: ", "ANSWER: ", "ANSWER"],
  ["John Smith, Morgan Stanley: ", "Jane Doe, Acme: ", "Jane Doe"],
  ["JOHN SMITH, MORGAN STANLEY: ", "JANE DOE, CFO: ", "JANE DOE"],
];
// An asker who states a figure rather than asking one.
const ASSERT = "I think capex gets to $1.5 billion in 2025.";

describe("speaker labels of transcripts (written exchanges)", () => {
  for (const [asker, answerer, speaker] of LAYOUTS) {
    it(`GIVEN "${asker.trim()}" then "${answerer.trim()}" THEN only the answer's figure, said by ${speaker}`, () => {
      const text = `Operator: Our next question comes from John Smith with Goldman Sachs.\n${asker}${ASK}\n${answerer}${ANSWER}`;
      const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "transcript" });
      expect(got.map((s) => [s.period, s.low, s.high, s.speaker?.name])).toEqual([["FY2025", 1.2e9, 1.2e9, speaker]]);
    });
  }

  for (const [asker, answerer, speaker] of LAYOUTS) {
    it(`GIVEN "${asker.trim()}" stating a figure, then "${answerer.trim()}" THEN only the answer's figure`, () => {
      const text = `${asker}${ASSERT}\n${answerer}${ANSWER}`;
      const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "transcript" });
      expect(got.map((s) => [s.period, s.low, s.high, s.speaker?.name])).toEqual([["FY2025", 1.2e9, 1.2e9, speaker]]);
    });
  }

  it("GIVEN an officer of a bank on the bank's own call THEN the firm in the label does not make an asker", () => {
    const text = `Jane Doe -- Chief Financial Officer, Goldman Sachs\n${ANSWER}`;
    const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "transcript" });
    expect(got.map((s) => [s.period, s.low, s.speaker?.name])).toEqual([["FY2025", 1.2e9, "Jane Doe"]]);
  });

  it("GIVEN a comma label in a press release (not a transcript) THEN it is prose, not a speaker", () => {
    const got = extractCapexGuidance(`Looking ahead, our Chief Financial Officer noted: ${ANSWER}`, { date: "2025-02-10", company: ACME, companies: [], kind: "earnings_release" });
    expect(got.map((s) => [s.period, s.low, s.speaker?.name])).toEqual([["FY2025", 1.2e9, undefined]]);
  });
});

// The answer to a question about capex often leaves the word out: "We still see $12 billion."
const ANSWERS_LEAVING_CAPEX_OUT: Array<[string, [string, number, number] | null]> = [
  ["Analyst: What is your capex outlook for 2025?\nCFO: We still see about $1.2 billion for the year.", ["FY2025", 1.2e9, 1.2e9]],
  ["Analyst: You guided capex to $1.1 billion to $1.3 billion for 2025. Any update?\nCFO: We're now forecasting $1.2 billion to $1.3 billion.", ["FY2025", 1.2e9, 1.3e9]],
  // An excerpt with no labels: the question, then the answer.
  ["How should we think about capital expenditures for 2025? Yeah, thanks for the question. We're still forecasting that $1.2 billion for this year.", ["FY2025", 1.2e9, 1.2e9]],
  // An excerpt opening on the asker's pleasantries; the answer opening by the asker's name or "Let me take that".
  ["Hi, thanks for taking my question. It looks like capex hits $1.5 billion in 2025 on my numbers. Sure. We still see about $1.2 billion for 2025 capex.", ["FY2025", 1.2e9, 1.2e9]],
  ["Congrats on the quarter. I think capex gets to $1.5 billion in 2025.", null],
  ["Congrats on the quarter. I think capex gets to $1.5 billion in 2025. Is that fair? Thanks, John. We still see about $1.2 billion for 2025 capex.", ["FY2025", 1.2e9, 1.2e9]],
  ["Great quarter. Capex looks like $1.5 billion in 2025 to me. Let me take that. We still see about $1.2 billion for 2025 capex.", ["FY2025", 1.2e9, 1.2e9]],
  // More of an asker's openings: thanks put another way, a follow-up, a last point put to "you", a name-and-firm label run into the text.
  ["Thank you guys for taking the question. It looks like capex gets to $1.5 billion in 2025.", null],
  ["Just to follow up. Capex of $1.5 billion in 2025 is a big step up.", null],
  ["Helpful. And then just as a quick follow-up, capex of $1.5 billion in 2025 is a big step up.", null],
  ["And then just lastly, you talked about the plan. Capex of $1.5 billion in 2025 is a big step up.", null],
  ["You guys talk about capex of $1.5 billion in 2025, a big step up.", null],
  ["John Smith, Northwind Securities, Great. Thank you guys for taking the question. It looks like capex gets to $1.5 billion in 2025.", null],
  // An executive's last point speaks as the company.
  ["Lastly, we expect capex of about $1.2 billion in 2025.", ["FY2025", 1.2e9, 1.2e9]],
  // An asker's figure before a question asked without a question mark.
  ["I think capex gets to $1.5 billion in 2025. I was wondering if that's fair. Yeah, thanks for the question. We still see about $1.2 billion for 2025 capex.", ["FY2025", 1.2e9, 1.2e9]],
  // The executive repeats the asker's figure, then gives the company's own in the same sentence.
  ["Analyst: Is $1.5 billion the right capex number for 2025?\nCFO: You mentioned $1.5 billion; we expect about $1.2 billion of capex in 2025.", ["FY2025", 1.2e9, 1.2e9]],
  ["Analyst: Is $1.5 billion the right capex number for 2025?\nCFO: You said $1.5 billion, but we still expect capex of about $1.2 billion in 2025.", ["FY2025", 1.2e9, 1.2e9]],
  ["Analyst: Is $1.5 billion the right capex number for 2025?\nCFO: To your point about $1.5 billion of capex in 2025, we expect about $1.2 billion of capex in 2025.", ["FY2025", 1.2e9, 1.2e9]],
  // An asker's own view after "you" stays the asker's.
  ["You mentioned you'll spend $1.2 billion on capex in 2025, but we think capex gets to $1.5 billion in 2025.", null],
  // The answer's sentence that names another metric is read by its words.
  ["Analyst: What is your capex outlook for 2025?\nCFO: We expect revenue of about $5 billion for the year.", null],
  // Only the answer's first sentences: later ones have moved on.
  ["Analyst: What is your capex outlook for 2025?\nCFO: It is unchanged. We are pleased with the quarter. Demand is strong. We expect about $300 million for the year.", null],
];

// Transcripts that label a turn by the bare name: who asks is known from the operator's introduction,
// from an earlier label, or from the words (an unlabelled question), as in an excerpt without labels.
const BARE_NAMES: Array<[string, string | undefined]> = [
  ["Operator\nOur next question comes from John Smith with Goldman Sachs.\nJohn Smith\nI think capex gets to $1.5 billion in 2025.\nJane Doe\nWe expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  ["Operator\nAnd we'll hear next from John Smith.\nJohn Smith\nI think capex gets to $1.5 billion in 2025.\nJane Doe\nWe expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  ["Operator: John Smith, your line is open.\nJohn Smith\nI think capex gets to $1.5 billion in 2025.\nJane Doe\nWe expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  ["Operator: Next, we'll go to John Smith with Goldman Sachs.\nJohn Smith: I think capex gets to $1.5 billion in 2025.\nJane Doe: We expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  ["John Smith -- Goldman Sachs -- Analyst\nThanks.\nJane Doe -- CFO\nSure.\nJohn Smith\nI think capex gets to $1.5 billion in 2025.\nJane Doe\nWe expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  ["John Smith\nI think capex gets to $1.5 billion in 2025. Is that the right way to think about it?\nJane Doe\nWe expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  // The speaker right after the operator's introduction asks, unless the operator hands the call back.
  ["Operator: Our next question comes from the line of Goldman Sachs. Please go ahead.\nJohn Smith: I think capex gets to $1.5 billion in 2025.\nJane Doe: We expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  ["Operator: There are no further questions. I'll turn the call back over to Jane Doe. Please go ahead.\nJane Doe: We expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  // A firm the reader does not know as a bank: who asks comes from the words.
  ["John Smith (Northwind)\nI think capex gets to $1.5 billion in 2025. Is that right?\nJane Doe (Acme)\nWe expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  // The operator named otherwise.
  ["Conference Operator: Next question. I think capex gets to $1.5 billion in 2025.\nCFO: We expect capex of about $1.2 billion in 2025.", "CFO"],
  ["Coordinator: Next question. I think capex gets to $1.5 billion in 2025.\nCFO: We expect capex of about $1.2 billion in 2025.", "CFO"],
  ["John Smith: I think capex gets to $1.5 billion in 2025. Is that the right number?\nJane Doe: We expect capex of about $1.2 billion in 2025.", "Jane Doe"],
  // The turn after an asker's is the answer, whatever its words.
  ["Analyst: What is the capex outlook?\nJane Doe: Capex will be about $1.2 billion in 2025. Why? Demand is strong.", "Jane Doe"],
  // A heading alone on a line is no speaker.
  ["Capital Expenditures Outlook\nWe expect capex of about $1.2 billion in 2025.", undefined],
];

describe("bare names as speaker labels (written exchanges)", () => {
  for (const [text, speaker] of BARE_NAMES) {
    it(`GIVEN "${text.replace(/\n/g, " / ")}" THEN only the answer's figure`, () => {
      const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "transcript" });
      expect(got.map((s) => [s.period, s.low, s.high, s.speaker?.name])).toEqual([["FY2025", 1.2e9, 1.2e9, speaker]]);
    });
  }
});

describe("the answer to a capex question (written exchanges)", () => {
  for (const [text, want] of ANSWERS_LEAVING_CAPEX_OUT) {
    it(`GIVEN "${text.replace(/\n/g, " / ")}" THEN ${want === null ? "no statement" : want.join(" ")}`, () => {
      const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "transcript" });
      expect(got.map((s) => [s.period, s.low, s.high])).toEqual(want === null ? [] : [want]);
    });
  }
});
