// `capwatch guidance extract [--date YYYY-MM-DD] [--fiscal-year-end MM-DD] [--fiscal-year-named-by start|end] [--ticker T [--company-name NAME]] [--kind KIND] [--json | --jsonl] [--html]`
// (docs/replay-format.md): reads stdin and prints the capex guidance statements found in it.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { easternDate } from "../../market/eastern-time.js";
import { extractCapexGuidance } from "../../sources/guidance/extract.js";
import { parseCalendarDate, parseFiscalYearEnd } from "../../sources/guidance/fiscal.js";
import { formatStatementLine, statementJson } from "../../sources/guidance/format.js";
import { htmlToText } from "../../sources/guidance/html-to-text.js";
import { fiscalYearNamingSchema, tickerSchema, type FiscalYearNaming } from "../../sources/events.js";
import type { DocumentKind, ExtractionContext } from "../../sources/guidance/types.js";

const documentKind = z.enum(["earnings_release", "transcript", "filing", "news"]);

export const GUIDANCE_EXTRACT_USAGE = `usage: capwatch guidance extract [--date YYYY-MM-DD] [--fiscal-year-end MM-DD] [--fiscal-year-named-by start|end] [--ticker T [--company-name NAME]] [--kind KIND] [--json | --jsonl] [--html]
  reads text on stdin and prints the capex guidance statements in it
  --date YYYY-MM-DD        the document's date, to resolve "this year", "next year" (default: today, US/Eastern)
  --fiscal-year-end MM-DD  the company's fiscal year end (default: 12-31, the calendar year)
  --fiscal-year-named-by start|end
                           which calendar year names its fiscal years: the one they start in (Target's
                           fiscal 2024 ended Feb 1, 2025) or end in (default: as the text shows, else end)
  --ticker T               the company the text is filed under: only its statements come out
  --company-name NAME      its name as written ("Amazon.com, Inc."), to recognise it and tell it from others
  --kind KIND              earnings_release, transcript (read turn by turn), filing or news (the press's voice)
  --json                   print a JSON array of {"metric","period","low","high","currency","text"}
  --jsonl                  read one {"id","text","date"} per line, print one {"id","statements"} per line
  --html                   the text is HTML (an SEC exhibit such as EX-99.1)`;

interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const PREFIX = "capwatch guidance extract";

const documentSchema = z.object({
  id: z.union([z.string(), z.number()], { error: "must be a string or a number" }),
  text: z.string({ error: "must be a string" }),
  date: z
    .string()
    .refine((s) => parseCalendarDate(s) !== null, "must be a real date as YYYY-MM-DD")
    .optional(),
  fiscalYearEnd: z
    .string()
    .refine((s) => parseFiscalYearEnd(s) !== null, "must be a month and day as MM-DD")
    .optional(),
  fiscalYearNamedBy: fiscalYearNamingSchema.optional(),
  /** The currency the company reports in (ISO 4217): a bare "$" about a Canadian company is its dollar. */
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as CAD").optional(),
  company: tickerSchema.optional(),
  companyName: z.string().max(200).optional(),
  kind: documentKind.optional(),
});

const documentKindHelp = "must be one of earnings_release, transcript, filing, news";

/** The document's company and kind, as the extraction context takes them. */
function companyContext(ticker: string | undefined, name: string | undefined, kind: DocumentKind | undefined): Partial<ExtractionContext> {
  return {
    ...(ticker !== undefined ? { company: { ticker, ...(name !== undefined ? { name } : {}) } } : {}),
    ...(kind !== undefined ? { kind } : {}),
  };
}

/** The company's fiscal calendar, as the extraction context takes it. */
function calendarContext(fiscalYearEnd: string | undefined, namedBy: FiscalYearNaming | undefined): Partial<ExtractionContext> {
  return {
    ...(fiscalYearEnd !== undefined ? { fiscalYearEnd } : {}),
    ...(namedBy !== undefined ? { fiscalYearNamedBy: namedBy } : {}),
  };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> | void {
  if (stream.write(text)) return;
  return new Promise((resolve) => stream.once("drain", () => resolve()));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: string[] = [];
  stream.setEncoding("utf8");
  for await (const chunk of stream) chunks.push(String(chunk));
  return chunks.join("");
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`${PREFIX}: ${message}\n${GUIDANCE_EXTRACT_USAGE}\n`);
  return 2;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid document";
  const path = issue.path.join(".");
  return path === "" ? issue.message : `${path}: ${issue.message}`;
}

export async function guidanceExtractCommand(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        date: { type: "string" },
        "fiscal-year-end": { type: "string" },
        "fiscal-year-named-by": { type: "string" },
        json: { type: "boolean" },
        jsonl: { type: "boolean" },
        html: { type: "boolean" },
        ticker: { type: "string" },
        "company-name": { type: "string" },
        kind: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${GUIDANCE_EXTRACT_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0) return usageError(io, `takes no arguments, it reads stdin (got ${positionals.join(" ")})`);
  if (values.json && values.jsonl) return usageError(io, "--json and --jsonl cannot be used together");
  if (values.date !== undefined && parseCalendarDate(values.date) === null) {
    return usageError(io, `--date must be a real date as YYYY-MM-DD (got ${values.date})`);
  }
  const fiscalYearEnd = values["fiscal-year-end"];
  if (fiscalYearEnd !== undefined && parseFiscalYearEnd(fiscalYearEnd) === null) {
    return usageError(io, `--fiscal-year-end must be a month and day as MM-DD (got ${fiscalYearEnd})`);
  }
  const namedBy = values["fiscal-year-named-by"] === undefined ? undefined : fiscalYearNamingSchema.safeParse(values["fiscal-year-named-by"]);
  if (namedBy !== undefined && !namedBy.success) return usageError(io, `--fiscal-year-named-by must be start or end (got ${values["fiscal-year-named-by"]})`);
  const ticker = values.ticker === undefined ? undefined : tickerSchema.safeParse(values.ticker.toUpperCase());
  if (ticker !== undefined && !ticker.success) return usageError(io, `--ticker must be a ticker like AMZN or BRK.B (got ${values.ticker})`);
  if (values["company-name"] !== undefined && ticker === undefined) return usageError(io, "--company-name needs --ticker");
  const kind = values.kind === undefined ? undefined : documentKind.safeParse(values.kind);
  if (kind !== undefined && !kind.success) return usageError(io, `--kind ${documentKindHelp} (got ${values.kind})`);
  const date = values.date ?? easternDate(Date.now());
  const html = values.html === true;
  const defaults = companyContext(ticker?.data, values["company-name"], kind?.data);

  const calendar = { fiscalYearEnd, namedBy: namedBy?.data };

  if (values.jsonl) return extractMany(io, date, calendar, html, defaults);

  const input = await readAll(io.stdin);
  const ctx: ExtractionContext = { date, ...calendarContext(calendar.fiscalYearEnd, calendar.namedBy), ...defaults };
  const statements = extractCapexGuidance(html ? htmlToText(input) : input, ctx);
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(statements.map(statementJson))}\n`);
  } else if (statements.length === 0) {
    await write(io.stdout, "No capex guidance found.\n");
  } else {
    await write(io.stdout, `${statements.map(formatStatementLine).join("\n")}\n`);
  }
  return 0;
}

interface FiscalCalendarOptions {
  fiscalYearEnd: string | undefined;
  namedBy: FiscalYearNaming | undefined;
}

/** `--jsonl`: one document per input line, one result per output line, in order; bad lines reported and skipped. */
async function extractMany(io: Io, defaultDate: string, defaultCalendar: FiscalCalendarOptions, html: boolean, defaults: Partial<ExtractionContext>): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      io.stderr.write(`stdin:${lineNo}: not valid JSON\n`);
      continue;
    }
    const doc = documentSchema.safeParse(value);
    if (!doc.success) {
      io.stderr.write(`stdin:${lineNo}: ${describeIssue(doc.error)}\n`);
      const id = typeof value === "object" && value !== null ? (value as Record<string, unknown>).id : undefined;
      if (typeof id === "string" || typeof id === "number") await write(io.stdout, `${JSON.stringify({ id, statements: [] })}\n`);
      continue;
    }
    const { id, text } = doc.data;
    // Each of the line's own keys, where given, over the flag's.
    const fiscalYearEnd = doc.data.fiscalYearEnd ?? defaultCalendar.fiscalYearEnd;
    const namedBy = doc.data.fiscalYearNamedBy ?? defaultCalendar.namedBy;
    const own = companyContext(doc.data.company, doc.data.companyName, doc.data.kind);
    const currency = doc.data.currency !== undefined ? { reportingCurrency: doc.data.currency } : {};
    const ctx: ExtractionContext = { date: doc.data.date ?? defaultDate, ...calendarContext(fiscalYearEnd, namedBy), ...defaults, ...own, ...currency };
    const statements = extractCapexGuidance(html ? htmlToText(text) : text, ctx);
    await write(io.stdout, `${JSON.stringify({ id, statements: statements.map(statementJson) })}\n`);
  }
  return 0;
}
