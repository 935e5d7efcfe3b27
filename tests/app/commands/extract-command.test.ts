import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { easternDate } from "../../../src/market/eastern-time.js";
import { guidanceExtractCommand } from "../../../src/app/commands/extract-command.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], input: string): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString("utf8")));
  stderr.on("data", (c: Buffer) => err.push(c.toString("utf8")));
  stdin.end(input);
  const code = await guidanceExtractCommand(args, { stdin, stdout, stderr });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

const META = "We expect 2026 capital expenditures, including principal payments on finance leases, to be in the range of $115-135 billion.";

describe("capwatch guidance extract", () => {
  it("GIVEN --json THEN a JSON array of statements with the documented keys", async () => {
    const r = await run(["--json", "--date", "2026-01-28"], META);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual([{ metric: "capex", period: "FY2026", low: 115e9, high: 135e9, currency: "USD", text: META }]);
  });

  it("GIVEN no format flag THEN one readable line per statement", async () => {
    const r = await run(["--date", "2026-01-28"], `${META} We expect capital expenditures to exceed $20 billion in 2026.`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`FY2026  $115B–$135B USD  ${JSON.stringify(META)}\nFY2026  at least $20B USD  "We expect capital expenditures to exceed $20 billion in 2026."\n`);
  });

  it("GIVEN text without guidance THEN a line saying none was found, and [] with --json", async () => {
    expect((await run(["--date", "2026-01-28"], "Revenue grew 10%.")).stdout).toBe("No capex guidance found.\n");
    expect((await run(["--json", "--date", "2026-01-28"], "Revenue grew 10%.")).stdout).toBe("[]\n");
  });

  it("GIVEN --fiscal-year-end THEN relative periods follow that fiscal year", async () => {
    const r = await run(["--json", "--date", "2026-01-28", "--fiscal-year-end", "06-30"], "We expect capex of about $140 billion next fiscal year.");
    expect(JSON.parse(r.stdout)[0].period).toBe("FY2027");
  });

  it("GIVEN --fiscal-year-named-by with a January year end THEN 'this fiscal year' in March is named by the year it starts or ends in", async () => {
    const text = "We expect capital expenditures of about $4 billion this fiscal year.";
    const period = async (...naming: string[]) => JSON.parse((await run(["--json", "--date", "2025-03-10", "--fiscal-year-end", "01-31", ...naming], text)).stdout)[0].period;
    expect(await period("--fiscal-year-named-by", "start")).toBe("FY2025"); // Target: fiscal 2025 runs Feb 2025 – Jan 2026
    expect(await period("--fiscal-year-named-by", "end")).toBe("FY2026"); // Walmart: the same months are fiscal 2026
    expect(await period()).toBe("FY2026");
  });

  it("GIVEN --jsonl lines with and without fiscalYearNamedBy THEN a line's own naming wins over the flag's, and a bad one is reported", async () => {
    const text = "We expect capital expenditures of about $4 billion this fiscal year.";
    const input = [
      { id: "own", date: "2025-03-10", fiscalYearEnd: "01-31", fiscalYearNamedBy: "end", text },
      { id: "flag", date: "2025-03-10", fiscalYearEnd: "01-31", text },
      { id: "bad", date: "2025-03-10", fiscalYearNamedBy: "begin", text },
    ].map((l) => JSON.stringify(l)).join("\n");
    const r = await run(["--jsonl", "--fiscal-year-named-by", "start"], input);
    expect(r.stderr).toMatch(/^stdin:3: fiscalYearNamedBy: /);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; statements: Array<{ period: string }> });
    expect(lines.map((l) => [l.id, l.statements.map((s) => s.period)])).toEqual([
      ["own", ["FY2026"]],
      ["flag", ["FY2025"]],
      ["bad", []],
    ]);
  });

  it("GIVEN --jsonl lines with and without the company's reporting currency THEN a bare '$' is its dollar where the line says CAD, and a bad code is reported", async () => {
    const text = "Suncor Energy has set a $6.1-billion capital spending budget for 2026.";
    const input = [
      { id: "cad", date: "2025-12-02", company: "SU", companyName: "Suncor Energy Inc.", currency: "CAD", text },
      { id: "none", date: "2025-12-02", company: "SU", companyName: "Suncor Energy Inc.", text },
      { id: "bad", date: "2025-12-02", currency: "C$", text },
    ].map((l) => JSON.stringify(l)).join("\n");
    const r = await run(["--jsonl"], input);
    expect(r.stderr).toMatch(/^stdin:3: currency: .*ISO 4217/);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; statements: Array<{ currency: string }> });
    expect(lines.map((l) => [l.id, l.statements.map((s) => s.currency)])).toEqual([
      ["cad", ["CAD"]],
      ["none", ["USD"]],
      ["bad", []],
    ]);
  });

  it("GIVEN no --date THEN today's US/Eastern date resolves 'this year'", async () => {
    const before = easternDate(Date.now());
    const r = await run(["--json"], "We expect capital expenditures of about $5 billion this year.");
    const after = easternDate(Date.now());
    expect([`FY${before.slice(0, 4)}`, `FY${after.slice(0, 4)}`]).toContain(JSON.parse(r.stdout)[0].period);
  });

  it("GIVEN --html THEN the HTML is turned into text first", async () => {
    const r = await run(["--json", "--html", "--date", "2026-01-28"], "<p>We expect 2026 capital<br>expenditures of $5&nbsp;billion.</p>");
    expect(JSON.parse(r.stdout)).toMatchObject([{ period: "FY2026", low: 5e9, high: 5e9, text: "We expect 2026 capital expenditures of $5 billion." }]);
  });

  it("GIVEN --jsonl THEN one result line per document, in order; bad lines reported and, with an id, answered empty", async () => {
    const input = [
      JSON.stringify({ id: "a", text: META, date: "2026-01-28" }),
      "not json",
      JSON.stringify({ id: 7, text: 3 }),
      "",
      JSON.stringify({ text: "no id", date: "2026-01-28" }),
      JSON.stringify({ id: "b", text: "Capex was $3 billion in 2025.", date: "2026-02-01" }),
      JSON.stringify({ id: "c", text: "We plan capex of $2 billion this year.", date: "2026-13-01" }),
      JSON.stringify({ id: "d", text: "<p>Capex of $4 billion is planned for 2027.</p>", date: "2026-01-02" }),
    ].join("\n");
    const r = await run(["--jsonl"], input);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "stdin:2: not valid JSON",
      "stdin:3: text: must be a string",
      "stdin:5: id: must be a string or a number",
      "stdin:7: date: must be a real date as YYYY-MM-DD",
    ]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", 7, "b", "c", "d"]);
    expect(lines[0].statements).toEqual([{ metric: "capex", period: "FY2026", low: 115e9, high: 135e9, currency: "USD", text: META }]);
    expect(lines.slice(1, 4).map((l) => l.statements)).toEqual([[], [], []]);
    expect(lines[4].statements[0]).toMatchObject({ period: "FY2027", low: 4e9 });
  });

  it("GIVEN --jsonl --html THEN each document's text is read as HTML", async () => {
    const r = await run(["--jsonl", "--html"], JSON.stringify({ id: 1, text: "<div>Capex of $4&nbsp;billion is planned for 2027.</div>", date: "2026-01-02" }));
    expect(JSON.parse(r.stdout).statements[0]).toMatchObject({ text: "Capex of $4 billion is planned for 2027." });
  });

  it.each([
    [["--date", "2026-02-30"], /--date must be a real date as YYYY-MM-DD \(got 2026-02-30\)/],
    [["--fiscal-year-end", "6/30"], /--fiscal-year-end must be a month and day as MM-DD/],
    [["--fiscal-year-named-by", "begin"], /--fiscal-year-named-by must be start or end \(got begin\)/],
    [["--json", "--jsonl"], /--json and --jsonl cannot be used together/],
    [["--loud"], /Unknown option '--loud'/],
    [["--date"], /--date/],
    [["file.txt"], /takes no arguments/],
  ])("GIVEN bad arguments %j THEN a message naming the problem, the usage, and exit 2", async (args, message) => {
    const r = await run(args, "");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^capwatch guidance extract: /);
    expect(r.stderr).toContain("usage: capwatch guidance extract [--date YYYY-MM-DD] [--fiscal-year-end MM-DD] [--fiscal-year-named-by start|end] [--ticker T [--company-name NAME]] [--kind KIND] [--json | --jsonl] [--html]");
  });

  it("GIVEN --help THEN the usage on stdout and exit 0", async () => {
    const r = await run(["--help"], "");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/^usage: capwatch guidance extract/);
  });

  it("GIVEN --ticker, --company-name and --kind news THEN only that company's statements, marked as the press's", async () => {
    const text = "Alphabet said it plans capital expenditures of up to $185 billion in 2026. Amazon said it expects to spend about $200 billion in 2026.";
    const r = await run(["--json", "--date", "2026-02-05", "--ticker", "AMZN", "--company-name", "Amazon.com, Inc.", "--kind", "news"], text);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual([
      { metric: "capex", period: "FY2026", low: 200e9, high: 200e9, currency: "USD", text: "Amazon said it expects to spend about $200 billion in 2026.", voice: "press" },
    ]);
  });

  it("GIVEN --kind transcript THEN the speaker of each statement is named, and an analyst's turn gives nothing", async () => {
    const text = "Analyst:\nCould capex reach $250 billion this year?\nAndy Jassy -- President and CEO\nWe expect about $200 billion of capital expenditures in 2026.";
    const r = await run(["--date", "2026-02-05", "--ticker", "AMZN", "--kind", "transcript"], text);
    expect(r.stdout).toBe('FY2026  $200B USD  [said by Andy Jassy (President and CEO)]  "We expect about $200 billion of capital expenditures in 2026."\n');
  });

  it("GIVEN a wrong --kind or --ticker THEN exit 2 naming the option", async () => {
    expect((await run(["--kind", "tweet"], "x")).stderr).toContain("--kind must be one of earnings_release, transcript, filing, news (got tweet)");
    expect((await run(["--ticker", "not a ticker"], "x")).stderr).toContain("--ticker must be a ticker");
    expect((await run(["--company-name", "Amazon"], "x")).code).toBe(2);
  });

  it("GIVEN --jsonl lines with company and kind THEN each line is read for its own company", async () => {
    const lines = [
      { id: 1, date: "2026-02-05", company: "AMZN", companyName: "Amazon.com", kind: "news", text: "Alphabet plans capex of up to $185 billion in 2026." },
      { id: 2, date: "2026-02-05", company: "GOOGL", companyName: "Alphabet Inc.", kind: "news", text: "Alphabet plans capex of up to $185 billion in 2026." },
    ];
    const r = await run(["--jsonl"], lines.map((l) => JSON.stringify(l)).join("\n"));
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: number; statements: unknown[] });
    expect(out.map((o) => [o.id, o.statements.length])).toEqual([[1, 0], [2, 1]]);
  });
});
