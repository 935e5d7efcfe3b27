import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../src/bot/commands/parse/parse-command.js";
import { ADMIN_COMMANDS, TOPICS, USAGE } from "../../../../src/bot/commands/parse/usage.js";

describe("USAGE", () => {
  it("GIVEN the command words THEN one entry each, with a usage, a summary and examples", () => {
    expect(Object.keys(USAGE).sort()).toEqual([...TOPICS].sort());
    for (const topic of TOPICS) {
      const entry = USAGE[topic];
      expect(entry.usage.startsWith(`/capwatch ${topic}`), topic).toBe(true);
      expect(entry.summary.length).toBeGreaterThan(0);
      expect(entry.examples.length).toBeGreaterThan(0);
    }
  });
  it("GIVEN every example THEN it parses, as the command its topic names", () => {
    for (const topic of TOPICS) {
      for (const example of USAGE[topic].examples) {
        const result = parseCommand(example);
        expect(result.ok, example).toBe(true);
        if (result.ok) expect(result.command.name.split("_")[0], example).toBe(topic);
      }
    }
  });
  it("GIVEN a command that changes settings THEN its topic is marked admin; pure lookups are not", () => {
    for (const topic of TOPICS) {
      const names = USAGE[topic].examples.flatMap((e) => {
        const r = parseCommand(e);
        return r.ok ? [r.command.name] : [];
      });
      expect(USAGE[topic].admin, topic).toBe(names.some((n) => ADMIN_COMMANDS.has(n)));
    }
  });
});
