// What a figure of a sentence is, as the sentence reader decides it: only "guidance" (and, once its period
// is read, "not-forward" and "rate") can become a statement; every other verdict names the role or voice
// that keeps it out, so the extractor's working (`explainCapexGuidance`) says why.
import type { VoiceVerdict } from "./voice.js";

export type Verdict =
  | "guidance"
  | "no-currency"
  | "too-small"
  | "not-capex"
  | "pledge"
  | "estimate"
  | "superseded"
  | "compared"
  | "change"
  | "actual"
  | "sub-allocation"
  | "aggregate"
  | "vague"
  | "not-forward"
  | VoiceVerdict
  | "asked"
  | "other-company"
  | "conversion"
  | "project"
  | "part"
  | "rate";
