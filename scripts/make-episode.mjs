// Builds data/episode-2026.jsonl (docs/replay-format.md) from the daily prices in the shared
// episode data set plus the reported figures below; every figure's source is in data/README.md.
// Usage: node scripts/make-episode.mjs PATH/TO/prices.csv > data/episode-2026.jsonl
import { readFileSync } from "node:fs";

const pricesCsv = process.argv[2];
if (!pricesCsv) {
  process.stderr.write("usage: node scripts/make-episode.mjs PATH/TO/prices.csv > data/episode-2026.jsonl\n");
  process.exit(2);
}

const companies = [
  { ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7433000000, fiscalYearEnd: "06-30" },
  { ticker: "META", name: "Meta Platforms", sharesOutstanding: 2530000000, fiscalYearEnd: "12-31" },
  // All share classes, applied to the Class A (GOOGL) price.
  { ticker: "GOOGL", name: "Alphabet", sharesOutstanding: 12100000000, fiscalYearEnd: "12-31" },
  { ticker: "AMZN", name: "Amazon.com", sharesOutstanding: 10690216011, fiscalYearEnd: "12-31" },
  // Fiscal year ends on the last Sunday of January (FY2026 ended Jan 25, 2026).
  { ticker: "NVDA", name: "NVIDIA", sharesOutstanding: 24300000000, fiscalYearEnd: "01-25" },
  { ticker: "ORCL", name: "Oracle", fiscalYearEnd: "05-31" },
  // Fiscal year ends on the last Saturday of September (FY2025 ended Sep 27, 2025).
  { ticker: "AAPL", name: "Apple", fiscalYearEnd: "09-27" },
  { ticker: "TSLA", name: "Tesla", fiscalYearEnd: "12-31" },
];

// One channel: the terminal chat of `npm start` is this channel, so commands change what it watches.
const watchlists = [{ channel: "#markets", tickers: companies.map((c) => c.ticker) }];

// US/Eastern is EST (UTC-5) for the whole window, so 16:00 ET is 21:00Z and 09:30 ET is 14:30Z.
const CLOSE = "21:00:00Z";
const OPEN = "14:30:00Z";
const REPORT = "21:05:00Z";
const AFTER_HOURS = "22:00:00Z";
const at = (date, time) => `${date}T${time}`;
const cents = (x) => Math.round(x * 100) / 100;

const events = []; // { ts, line } in the order written here; sorted stably by ts at the end
const add = (ts, line) => events.push({ ts, line: { type: line.type, ts, ...line } });

// Daily regular-session closes for every ticker and trading day.
const rows = readFileSync(pricesCsv, "utf8").trim().split(/\r?\n/);
const header = rows.shift().split(",");
const col = (name) => header.indexOf(name);
const ohlc = new Map(); // "TICKER date" -> row
for (const row of rows) {
  const f = row.split(",");
  const r = {
    ticker: f[col("ticker")],
    date: f[col("date")],
    open: Number(f[col("open")]),
    low: Number(f[col("low")]),
    close: Number(f[col("close")]),
  };
  ohlc.set(`${r.ticker} ${r.date}`, r);
}
const dates = [...new Set([...ohlc.values()].map((r) => r.date))].sort();
for (const date of dates) {
  for (const { ticker } of companies) {
    const r = ohlc.get(`${ticker} ${date}`);
    if (r) add(at(date, CLOSE), { type: "quote", ticker, price: r.close });
  }
}

// Intraday regular-session quotes on the event days: real open and low; the low's time is illustrative.
const intraday = [
  // Open 440.00 as reported by club.ino.com (yfinance has 439.99).
  { ticker: "MSFT", date: "2026-01-29", open: 440.0, lowAt: "18:00:00Z" },
  { ticker: "META", date: "2026-01-29", lowAt: "17:00:00Z" },
  { ticker: "GOOGL", date: "2026-02-05", lowAt: "15:00:00Z" },
  { ticker: "AMZN", date: "2026-02-06", lowAt: "15:00:00Z" },
];
for (const { ticker, date, open, lowAt } of intraday) {
  const r = ohlc.get(`${ticker} ${date}`);
  add(at(date, OPEN), { type: "quote", ticker, price: open ?? r.open });
  add(at(date, lowAt), { type: "quote", ticker, price: r.low });
}

// After-hours quotes after the reports: MSFT's price as reported, the others derived from the
// reported percentage move against that day's close.
const afterHours = [
  { ticker: "MSFT", date: "2026-01-28", price: 456.1 },
  { ticker: "META", date: "2026-01-28", pct: +10.7 },
  { ticker: "GOOGL", date: "2026-02-04", pct: -7 },
  { ticker: "AMZN", date: "2026-02-05", pct: -11.5 },
];
for (const { ticker, date, price, pct } of afterHours) {
  const close = ohlc.get(`${ticker} ${date}`).close;
  add(at(date, AFTER_HOURS), { type: "quote", ticker, price: price ?? cents(close * (1 + pct / 100)), session: "post" });
}

// Earnings dates, known before the window opens.
const KNOWN = "2026-01-16T12:00:00Z";
const scheduled = [
  { ticker: "MSFT", date: "2026-01-28", period: "Q2-2026", epsEstimate: 3.97, revenueEstimate: 80.27e9 },
  { ticker: "META", date: "2026-01-28", period: "Q4-2025", epsEstimate: 8.23, revenueEstimate: 58.59e9 },
  { ticker: "TSLA", date: "2026-01-28", period: "Q4-2025", epsEstimate: 0.45, revenueEstimate: 24.78e9 },
  { ticker: "AAPL", date: "2026-01-29", period: "Q1-2026" },
  { ticker: "GOOGL", date: "2026-02-04", period: "Q4-2025", epsEstimate: 2.63, revenueEstimate: 111.43e9 },
  { ticker: "AMZN", date: "2026-02-05", period: "Q4-2025", epsEstimate: 1.97, revenueEstimate: 211.33e9 },
  { ticker: "NVDA", date: "2026-02-25", period: "Q4-2026", revenueEstimate: 65.7e9 },
];
for (const s of scheduled) add(KNOWN, { type: "earnings_scheduled", ticker: s.ticker, date: s.date, time: "amc", ...s });

// Microsoft's fiscal 2025 capex was reported in July 2025, before the window.
add(KNOWN, { type: "capex_actual", ticker: "MSFT", period: "FY2025", value: 88.2e9 });

// Capex consensus, as quoted in coverage of each report; stated on the report day before the release.
const consensus = [
  { date: "2026-01-28", ticker: "MSFT", period: "Q2-2026", value: 36.2e9, source: "analysts' estimate as reported by CNBC-TV18" },
  { date: "2026-01-28", ticker: "MSFT", period: "FY2026", value: 97.7e9, source: "S&P Global" },
  { date: "2026-01-28", ticker: "META", period: "FY2026", value: 110.7e9, source: "analysts' average as reported by CNBC" },
  { date: "2026-02-04", ticker: "GOOGL", period: "FY2026", value: 115.26e9, source: "LSEG" },
  { date: "2026-02-05", ticker: "AMZN", period: "FY2026", value: 146.6e9, source: "FactSet" },
];
for (const { date, ...c } of consensus) add(at(date, "12:00:00Z"), { type: "consensus", ticker: c.ticker, metric: "capex", ...c });

// The reports, after the close: results, reported capex, then the release text with the guidance.
const reports = [
  {
    ticker: "MSFT",
    date: "2026-01-28",
    result: { period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.97, revenueActual: 81.27e9, revenueEstimate: 80.27e9 },
    capex: [{ period: "Q2-2026", value: 37.5e9 }],
    document: {
      title: "Microsoft fiscal 2026 second-quarter results",
      text: "Capital expenditures including finance leases were $37.5 billion in the second quarter, up 66% from a year earlier.",
    },
  },
  {
    ticker: "META",
    date: "2026-01-28",
    result: { period: "Q4-2025", epsActual: 8.88, epsEstimate: 8.23, revenueActual: 59.89e9, revenueEstimate: 58.59e9 },
    capex: [
      { period: "Q4-2025", value: 22.14e9 },
      { period: "FY2025", value: 72.22e9 },
    ],
    document: {
      title: "Meta Reports Fourth Quarter and Full Year 2025 Results",
      text:
        "Capital expenditures, including principal payments on finance leases, were $22.14 billion for the fourth quarter and $72.22 billion for the full year 2025. " +
        "We expect 2026 capital expenditures, including principal payments on finance leases, to be in the range of $115-135 billion.",
    },
  },
  {
    ticker: "TSLA",
    date: "2026-01-28",
    result: { period: "Q4-2025", epsActual: 0.5, epsEstimate: 0.45, revenueActual: 24.9e9, revenueEstimate: 24.78e9 },
    capex: [{ period: "FY2025", value: 8.5e9 }],
    document: {
      title: "Tesla fourth-quarter and full-year 2025 update",
      text: "Capital expenditures were $8.5 billion in 2025. We expect capital expenditures of more than $20 billion in 2026.",
    },
  },
  {
    ticker: "AAPL",
    date: "2026-01-29",
    result: { period: "Q1-2026", epsActual: 2.84, revenueActual: 143.8e9 },
  },
  {
    ticker: "GOOGL",
    date: "2026-02-04",
    result: { period: "Q4-2025", epsActual: 2.82, epsEstimate: 2.63, revenueActual: 113.83e9, revenueEstimate: 111.43e9 },
    capex: [{ period: "FY2025", value: 91.4e9 }],
    document: {
      title: "Alphabet fourth-quarter and fiscal year 2025 results",
      text:
        "Capital expenditures were $91.4 billion in 2025. " +
        "We expect 2026 capital expenditures to be in a range of $175 billion to $185 billion.",
    },
  },
  {
    ticker: "AMZN",
    date: "2026-02-05",
    result: { period: "Q4-2025", epsActual: 1.95, epsEstimate: 1.97, revenueActual: 213.39e9, revenueEstimate: 211.33e9 },
    capex: [
      { period: "Q4-2025", value: 39.52e9 },
      { period: "FY2025", value: 131.8e9 },
    ],
    document: {
      title: "Amazon.com fourth-quarter 2025 results",
      text:
        "Capital expenditures were $39.5 billion in the fourth quarter of 2025 and $131.8 billion for the full year. " +
        "We expect to invest about $200 billion in capital expenditures across Amazon in 2026. " +
        "Operating income is expected to be between $16.5 billion and $21.5 billion in the first quarter of 2026.",
    },
  },
];
for (const { ticker, date, result, capex = [], document } of reports) {
  const ts = at(date, REPORT);
  add(ts, { type: "earnings_result", ticker, ...result });
  for (const c of capex) add(ts, { type: "capex_actual", ticker, ...c });
  if (document) add(ts, { type: "document", ticker, kind: "earnings_release", ...document });
}

// Stable sort by time keeps the order written above for equal times.
events.sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));

const lines = [
  ...companies.map((c) => ({ type: "company", ...c })),
  ...watchlists.map((w) => ({ type: "watchlist", ...w })),
  ...events.map((e) => e.line),
];
checkLines(lines);
process.stdout.write(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");

function checkLines(all) {
  const TICKER = /^[A-Z][A-Z0-9.-]{0,9}$/;
  const TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
  const NON_NEGATIVE_OK = new Set(["epsActual", "epsEstimate"]);
  let last = -Infinity;
  for (const [i, l] of all.entries()) {
    const fail = (why) => {
      throw new Error(`line ${i + 1} (${JSON.stringify(l)}): ${why}`);
    };
    if (l.ticker !== undefined && !TICKER.test(l.ticker)) fail("bad ticker");
    for (const t of l.tickers ?? []) if (!TICKER.test(t)) fail(`bad ticker ${t}`);
    for (const [k, v] of Object.entries(l)) {
      if (typeof v === "number" && !(Number.isFinite(v) && (v > 0 || NON_NEGATIVE_OK.has(k)))) fail(`${k} must be > 0`);
    }
    if (l.ts === undefined) {
      if (l.type !== "company" && l.type !== "watchlist") fail("missing ts");
      if (last !== -Infinity) fail("untimed line after timed lines");
      continue;
    }
    if (!TS.test(l.ts)) fail("ts must be ISO-8601 Z");
    const t = Date.parse(l.ts);
    if (!(t >= last)) fail("ts out of order");
    last = t;
  }
}
