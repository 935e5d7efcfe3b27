import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config.js";
import { applyEnvFile, parseEnvFile } from "../../src/config/env-file.js";

const missing = (): string => {
  throw Object.assign(new Error("no such file"), { code: "ENOENT" });
};

describe(".env at start", () => {
  it("GIVEN comments, blank lines, export, quotes, a multi-line value and an inline comment THEN each setting is read as node --env-file reads it", () => {
    const text = ["# capwatch", "", "SLACK_BOT_TOKEN=xoxb-1", "export PORT=8080", 'CAPWATCH_CONTACT="ops@example.com"', "NOTE='a # not a comment'", 'KEY="line one', 'line two"', "SPEED=max # fast", ""].join("\n");
    expect(parseEnvFile(text)).toEqual({ SLACK_BOT_TOKEN: "xoxb-1", PORT: "8080", CAPWATCH_CONTACT: "ops@example.com", NOTE: "a # not a comment", KEY: "line one\nline two", SPEED: "max" });
  });

  it.each([
    ["A=1\nthis is not a setting\n", ".env line 2: expected NAME=value"],
    ["A=1\n\n1BAD=x\n", ".env line 3: expected NAME=value"],
    ["A=1\nB=\"never closed\nC=2\n", ".env line 2: the value's opening \" is never closed"],
  ])("GIVEN a malformed file %j THEN a configuration error names the line", (text, message) => {
    expect(() => parseEnvFile(text)).toThrow(ConfigError);
    expect(() => parseEnvFile(text)).toThrow(message);
  });

  it("GIVEN a variable in both the environment and the file THEN the environment wins; the file fills in the rest", () => {
    const env: NodeJS.ProcessEnv = { PORT: "9000", EMPTY: "" };
    const set = applyEnvFile(env, ".env", () => "PORT=8080\nEMPTY=filled\nCAPWATCH_SOURCES=live\n");
    expect(env).toEqual({ PORT: "9000", EMPTY: "", CAPWATCH_SOURCES: "live" });
    expect(set).toEqual(["CAPWATCH_SOURCES"]);
  });

  it("GIVEN no .env THEN nothing is set and nothing fails; an unreadable one is a configuration error", () => {
    const env: NodeJS.ProcessEnv = {};
    expect(applyEnvFile(env, ".env", missing)).toEqual([]);
    expect(env).toEqual({});
    const denied = () => {
      throw Object.assign(new Error("denied"), { code: "EACCES" });
    };
    expect(() => applyEnvFile(env, ".env", denied)).toThrow(".env: cannot read it (EACCES)");
  });

  it("GIVEN the shipped .env.example THEN it is a well-formed .env (all settings commented out)", () => {
    expect(parseEnvFile(readFileSync(".env.example", "utf8"), ".env.example")).toEqual({});
  });
});
