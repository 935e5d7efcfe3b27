// Only an https: address becomes an alert's link (a button on Slack, the embed's URL on Discord).
import { describe, expect, it } from "vitest";
import { httpsUrl } from "../../../src/alerts/views/alert-view.js";

describe("httpsUrl", () => {
  it.each([
    ["https://www.sec.gov/Archives/edgar/data/1018724/x.htm", "https://www.sec.gov/Archives/edgar/data/1018724/x.htm"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,<b>x</b>", undefined],
    ["file:///etc/passwd", undefined],
    ["http://example.com/plain", undefined],
    ["not a url", undefined],
    [undefined, undefined],
  ])("GIVEN %s THEN %s", (url, expected) => {
    expect(httpsUrl(url)).toBe(expected);
  });
});
