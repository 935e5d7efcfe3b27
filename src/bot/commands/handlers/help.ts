// help [command]: what each command does, with examples.
import type { Reply } from "../../replies/reply.js";
import { TOPICS, USAGE, isTopic } from "../parse/usage.js";

export function helpReply(topic: string | undefined): Reply {
  if (topic !== undefined && isTopic(topic)) {
    const entry = USAGE[topic];
    return {
      title: `help: ${topic}${entry.admin ? " (changes need an admin)" : ""}`,
      text: entry.summary,
      fields: [{ label: "Usage", value: entry.usage }],
      footnotes: ["Examples:", ...entry.examples.map((e) => `  ${e}`)],
      visibility: "private",
      tone: "info",
    };
  }
  return {
    title: "capwatch commands",
    text: "Lookups are private to you unless you add `share`. Commands marked * change the channel and need an admin.",
    table: { columns: ["Command", "What it does"], rows: TOPICS.map((t) => [`${USAGE[t].usage}${USAGE[t].admin ? " *" : ""}`, USAGE[t].summary]) },
    footnotes: ["More on one command: /capwatch help watch"],
    visibility: "private",
    tone: "info",
  };
}
