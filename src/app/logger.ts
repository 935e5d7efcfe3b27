// capwatch's log: one function every part is given (`log(line)`), with warn and error beside it.
// Two forms on stderr: plain lines ("capwatch: …", what a person reads in a terminal and what the
// tests match), or pino's JSON lines (time, level, msg) for a log collector. Tokens and secrets
// are blanked in both, whatever part of capwatch or of a platform library wrote the message.
import { pino, stdTimeFunctions, type Logger } from "pino";
import { ConfigError } from "../config/config.js";

export type LogFormat = "json" | "plain";

export interface Log {
  /** An information line: what capwatch is doing. */
  (line: string): void;
  warn(line: string): void;
  error(line: string): void;
  readonly format: LogFormat;
}

/**
 * CAPWATCH_LOG_FORMAT when set; else JSON for a production process whose stderr is not a terminal
 * (NODE_ENV=production, as in the Docker image), plain otherwise: a terminal, `npm start` under
 * a test or a pipe read by a person.
 */
export function logFormat(env: NodeJS.ProcessEnv, stderrIsTerminal: boolean): LogFormat {
  const asked = env.CAPWATCH_LOG_FORMAT ?? "";
  if (asked === "json" || asked === "plain") return asked;
  if (asked !== "") throw new ConfigError(`CAPWATCH_LOG_FORMAT: "${asked}" is not a log format; use json or plain`);
  return env.NODE_ENV === "production" && !stderrIsTerminal ? "json" : "plain";
}

/** Slack bot, app, user and refresh tokens; a Discord bot token (id.timestamp.hmac); Authorization values; a password in a URL. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/\bxox[abeoprs]-[A-Za-z0-9-]{8,}/g, "xox?-[redacted]"],
  [/\bxapp-[A-Za-z0-9-]{8,}/g, "xapp-[redacted]"],
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, "[redacted discord token]"],
  [/\b(Bearer|Bot) [A-Za-z0-9._~+/=-]{16,}/g, "$1 [redacted]"],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s/]+@/gi, "$1[redacted]@"],
];

/** The message with every token and password it carries blanked. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Fields a structured entry must never show, wherever a library puts them. */
const REDACT_PATHS = ["token", "*.token", "password", "*.password", "secret", "*.secret", "authorization", "*.authorization", "headers.authorization", "*.headers.authorization", "req.headers.authorization"];

export interface LogOptions {
  format: LogFormat;
  /** Where the lines go: stderr by default (tests pass a collector). */
  write?: (text: string) => void;
}

export function createLog(options: LogOptions): Log {
  const write = options.write ?? ((text: string) => void process.stderr.write(text));
  if (options.format === "plain") {
    const plain = (line: string) => write(`capwatch: ${redactSecrets(line)}\n`);
    return Object.assign(plain, { warn: plain, error: plain, format: "plain" as const });
  }
  const logger: Logger = pino(
    {
      base: { name: "capwatch" },
      timestamp: stdTimeFunctions.isoTime,
      // "level":"info" rather than pino's numbers: readable in a collector without a mapping.
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    },
    // Synchronous: a line written just before the process exits is not lost.
    { write },
  );
  const at = (level: "info" | "warn" | "error") => (line: string) => logger[level](redactSecrets(line));
  return Object.assign(at("info"), { warn: at("warn"), error: at("error"), format: "json" as const });
}
