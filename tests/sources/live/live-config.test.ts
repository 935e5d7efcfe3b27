import { describe, expect, it } from "vitest";
import { loadLiveConfig } from "../../../src/config/live.js";

describe("live configuration", () => {
  it("GIVEN nothing set THEN replay sources and the public base URLs", () => {
    expect(loadLiveConfig({})).toEqual({
      sources: "replay",
      contact: "",
      finnhubApiKey: undefined,
      quoteIntervalS: 60,
      secBaseUrl: "https://www.sec.gov",
      secDataUrl: "https://data.sec.gov",
      finnhubBaseUrl: "https://finnhub.io/api/v1",
      nasdaqBaseUrl: "https://api.nasdaq.com",
      yahooBaseUrl: undefined,
      yahooRssUrl: "https://feeds.finance.yahoo.com/rss/2.0/headline",
    });
  });

  it("GIVEN CAPWATCH_SOURCES=live without CAPWATCH_CONTACT THEN an error naming CAPWATCH_CONTACT", () => {
    expect(() => loadLiveConfig({ CAPWATCH_SOURCES: "live" })).toThrow(/CAPWATCH_CONTACT is required for live data/);
  });

  it("GIVEN wrong values THEN the message names the variable and what is allowed", () => {
    expect(() => loadLiveConfig({ CAPWATCH_SOURCES: "file" })).toThrow(/CAPWATCH_SOURCES must be replay or live/);
    expect(() => loadLiveConfig({ CAPWATCH_QUOTE_INTERVAL: "2" })).toThrow(/CAPWATCH_QUOTE_INTERVAL must be at least 5 seconds/);
    expect(() => loadLiveConfig({ SEC_BASE_URL: "sec.gov" })).toThrow(/SEC_BASE_URL must be a URL/);
    expect(() => loadLiveConfig({ YAHOO_RSS_URL: "feeds.finance.yahoo.com" })).toThrow(/YAHOO_RSS_URL must be a URL/);
  });

  it("GIVEN overrides THEN they are used, trailing slashes dropped", () => {
    const config = loadLiveConfig({ CAPWATCH_SOURCES: "live", CAPWATCH_CONTACT: "ops@example.com", FINNHUB_API_KEY: "k", CAPWATCH_QUOTE_INTERVAL: "30", SEC_DATA_URL: "http://mirror.local/sec/", YAHOO_RSS_URL: "http://mirror.local/rss/" });
    expect(config).toMatchObject({ sources: "live", contact: "ops@example.com", finnhubApiKey: "k", quoteIntervalS: 30, secDataUrl: "http://mirror.local/sec", yahooRssUrl: "http://mirror.local/rss" });
  });
});
