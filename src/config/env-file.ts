// `.env` in the working directory, read at start by `npm start` and the `capwatch` CLI. The
// environment wins over the file (a supervisor's or a container's settings are never overridden);
// a missing file is fine. Node's own parser (util.parseEnv, as `node --env-file`) gives the values,
// but it skips what it cannot read in silence, so each line is checked first: a malformed one is
// a configuration error that names the line, not a setting that quietly goes missing.
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { ConfigError } from "./config.js";

export const ENV_FILE = ".env";

const ASSIGNMENT = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=(.*)$/;
const QUOTES = new Set(['"', "'", "`"]);

/** Checks every line of a .env text; throws ConfigError naming the first malformed one. */
export function checkEnvLines(text: string, name = ENV_FILE): void {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const match = ASSIGNMENT.exec(line);
    if (match === null) throw new ConfigError(`${name} line ${i + 1}: expected NAME=value (got ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)})`);
    // A quoted value may run over several lines, up to its closing quote.
    const value = (match[1] as string).trim();
    const quote = value[0];
    if (quote === undefined || !QUOTES.has(quote) || value.indexOf(quote, 1) > 0) continue;
    const start = i;
    while (++i < lines.length && !(lines[i] as string).includes(quote));
    if (i >= lines.length) throw new ConfigError(`${name} line ${start + 1}: the value's opening ${quote} is never closed`);
  }
}

/** The settings in a .env text, checked first (ConfigError naming the line). */
export function parseEnvFile(text: string, name = ENV_FILE): Record<string, string> {
  checkEnvLines(text, name);
  return Object.fromEntries(Object.entries(parseEnv(text)).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * Sets in `env` each setting of the file at `path` that `env` does not have; returns the names
 * set. A missing file sets nothing; an unreadable or malformed one throws ConfigError.
 */
export function applyEnvFile(env: NodeJS.ProcessEnv, path = ENV_FILE, read: (path: string) => string = (p) => readFileSync(p, "utf8")): string[] {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new ConfigError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const set: string[] = [];
  for (const [key, value] of Object.entries(parseEnvFile(text, path))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    set.push(key);
  }
  return set;
}
