import { describe, expect, it } from "vitest";
import {
  resolveDate,
  resolveDuration,
  resolveInteger,
  resolveKind,
  resolveMoney,
  resolvePercent,
  resolvePeriod,
  resolveThresholdName,
  resolveTicker,
  resolveTickers,
  shown,
  type Resolved,
} from "../../../../src/bot/commands/parse/resolvers.js";
import type { UserError } from "../../../../src/bot/commands/types.js";

function valueOf<T>(result: Resolved<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
function errorOf<T>(result: Resolved<T>): UserError {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe("resolveTicker", () => {
  it("GIVEN lower case, a $ sign or a class suffix THEN the upper-case symbol", () => {
    expect(valueOf(resolveTicker("msft", "quote"))).toBe("MSFT");
    expect(valueOf(resolveTicker("$MSFT", "quote"))).toBe("MSFT");
    expect(valueOf(resolveTicker("$nvda", "quote"))).toBe("NVDA");
    expect(valueOf(resolveTicker("brk.b", "quote"))).toBe("BRK.B");
    expect(valueOf(resolveTicker("BF-B", "quote"))).toBe("BF-B");
  });
  it("GIVEN a word that is no symbol THEN invalid_ticker quoting it, with the command's usage", () => {
    for (const bad of ["", "$", "$$MSFT", "1ABC", "MS$FT", "TOOLONGTICKER", "ß", "ﬁx", "m\u0301sft"]) {
      const error = errorOf(resolveTicker(bad, "capex"));
      expect(error.code).toBe("invalid_ticker");
      expect(error.message).toContain(shown(bad));
      expect(error.usage).toContain("/capwatch capex TICKER");
    }
  });
});

describe("resolveTickers", () => {
  it("GIVEN commas with or without spaces THEN each ticker once, in order", () => {
    expect(valueOf(resolveTickers(["msft,", "$nvda,goog", "MSFT"], "quote", { command: "quote" }))).toEqual([
      "MSFT",
      "NVDA",
      "GOOG",
    ]);
  });
  it("GIVEN nothing but commas THEN missing_argument", () => {
    expect(errorOf(resolveTickers([",", ",,"], "watch", { command: "watch add" }))).toMatchObject({
      code: "missing_argument",
      message: "Watch add needs at least one ticker.",
    });
  });
  it("GIVEN more tickers than allowed THEN too_many_arguments with the count", () => {
    const words = ["A", "B", "C", "D"];
    expect(errorOf(resolveTickers(words, "quote", { command: "quote", max: 3 })).message).toBe(
      "Quote takes at most 3 tickers; got 4.",
    );
  });
});

describe("resolveInteger", () => {
  const range = { min: 1, max: 25, label: "the number of movers" };
  it("GIVEN digits within the range THEN the number", () => {
    expect(valueOf(resolveInteger("1", range, "movers"))).toBe(1);
    expect(valueOf(resolveInteger("25", range, "movers"))).toBe(25);
    expect(valueOf(resolveInteger("007", range, "movers"))).toBe(7);
  });
  it("GIVEN out of range, a fraction, a sign or words THEN invalid_number naming the range", () => {
    for (const bad of ["0", "26", "2.5", "-1", "+3", "five", "1e1", "99999999999999999999", "５"]) {
      const error = errorOf(resolveInteger(bad, range, "movers"));
      expect(error.code).toBe("invalid_number");
      expect(error.message).toBe(`The number of movers must be a whole number from 1 to 25, not ${shown(bad)}.`);
    }
  });
});

describe("resolveMoney", () => {
  it("GIVEN scale letters, words, $ and exponents THEN currency units", () => {
    const cases: Array<[string, number]> = [
      ["$100B", 100e9],
      ["100bn", 100e9],
      ["1.2T", 1.2e12],
      ["500M", 500e6],
      ["100e9", 100e9],
      ["39.5B", 39.5e9],
      ["39.5bn", 39.5e9],
      ["750", 750],
      ["1,000,000", 1e6],
      ["$2.5k", 2500],
      ["3trillion", 3e12],
      [".5T", 0.5e12],
      ["+5B", 5e9],
    ];
    for (const [raw, expected] of cases) {
      expect(valueOf(resolveMoney(raw, "thresholds")), raw).toBe(expected);
    }
  });
  it("GIVEN garbage THEN invalid_money quoting it and showing how to write an amount", () => {
    for (const bad of ["12B3", "B12", "abc", "NaN", "Infinity", "1e", "5E9B", "$$5", "1.2.3", "1,00", "5constructor", "5%"]) {
      const error = errorOf(resolveMoney(bad, "consensus"));
      expect(error.code, bad).toBe("invalid_money");
      expect(error.message).toBe(`${shown(bad)} is not an amount of money; write an amount like 100B, $1.2T, 500M, 39.5bn or 100e9.`);
    }
  });
  it("GIVEN zero or a negative amount THEN invalid_money: it must be greater than zero", () => {
    for (const bad of ["0", "0B", "-5B", "-$5B", "$-5B", "1e-400", "1e-99999999999999999999999"]) {
      expect(errorOf(resolveMoney(bad, "thresholds")).message, bad).toBe(
        `The amount must be greater than zero, not ${shown(bad)}.`,
      );
    }
  });
  it("GIVEN an amount beyond a double THEN invalid_money: too large", () => {
    expect(errorOf(resolveMoney("1e400", "thresholds")).message).toContain('"1e400" is too large an amount');
    expect(errorOf(resolveMoney("1e99999999999999999999999", "thresholds")).message).toContain("is too large an amount");
  });
});

describe("resolvePercent", () => {
  it("GIVEN a number with or without % THEN the percentage", () => {
    expect(valueOf(resolvePercent("5", "thresholds"))).toBe(5);
    expect(valueOf(resolvePercent("5%", "thresholds"))).toBe(5);
    expect(valueOf(resolvePercent("12.5%", "thresholds"))).toBe(12.5);
    expect(valueOf(resolvePercent("1000", "thresholds"))).toBe(1000);
  });
  it("GIVEN zero, a negative, over 1000 or words THEN invalid_percent saying which", () => {
    expect(errorOf(resolvePercent("0", "thresholds")).message).toBe('The percentage must be greater than 0, not "0".');
    expect(errorOf(resolvePercent("-5%", "thresholds")).message).toBe('The percentage must be greater than 0, not "-5%".');
    expect(errorOf(resolvePercent("1000.5", "thresholds")).message).toBe('The percentage must be at most 1000%, not "1000.5".');
    expect(errorOf(resolvePercent("five", "thresholds")).message).toBe('"five" is not a percentage; write it like 5, 5% or 12.5%.');
    expect(errorOf(resolvePercent("5%%", "thresholds")).code).toBe("invalid_percent");
  });
});

describe("resolvePeriod", () => {
  it("GIVEN each period form, in any case THEN the upper-case period", () => {
    for (const [raw, period] of [
      ["FY2026", "FY2026"],
      ["fy2026", "FY2026"],
      ["Q1-2026", "Q1-2026"],
      ["h1-2026", "H1-2026"],
      ["9m-2025", "9M-2025"],
      ["FY2026-FY2030", "FY2026-FY2030"],
    ]) {
      expect(valueOf(resolvePeriod(raw as string, "consensus"))).toBe(period);
    }
  });
  it("GIVEN a two-digit year, a fifth quarter or a backwards span THEN invalid_period", () => {
    expect(errorOf(resolvePeriod("FY26", "consensus")).message).toBe(
      '"FY26" is not a period; write a period like FY2026, Q1-2026, H1-2026, 9M-2026 or FY2026-FY2030.',
    );
    expect(errorOf(resolvePeriod("Q5-2026", "consensus")).code).toBe("invalid_period");
    expect(errorOf(resolvePeriod("FY2030-FY2026", "consensus")).message).toContain("runs backwards");
    expect(errorOf(resolvePeriod("FY2026-FY2026", "consensus")).code).toBe("invalid_period");
  });
});

describe("resolveDuration", () => {
  it("GIVEN m, h, d, w and long unit names THEN milliseconds and the short form", () => {
    expect(valueOf(resolveDuration("30m", "mute"))).toEqual({ kind: "for", ms: 30 * 60_000, text: "30m" });
    expect(valueOf(resolveDuration("2h", "mute"))).toEqual({ kind: "for", ms: 2 * 3_600_000, text: "2h" });
    expect(valueOf(resolveDuration("1D", "mute"))).toEqual({ kind: "for", ms: 86_400_000, text: "1d" });
    expect(valueOf(resolveDuration("1w", "mute"))).toEqual({ kind: "for", ms: 7 * 86_400_000, text: "1w" });
    expect(valueOf(resolveDuration("3hours", "mute"))).toEqual({ kind: "for", ms: 3 * 3_600_000, text: "3h" });
  });
  it("GIVEN exactly 90 days THEN accepted; a minute more THEN invalid_duration", () => {
    expect(valueOf(resolveDuration("90d", "mute")).ms).toBe(90 * 86_400_000);
    expect(valueOf(resolveDuration("2160h", "mute")).ms).toBe(90 * 86_400_000);
    expect(errorOf(resolveDuration("129601m", "mute")).message).toBe(
      'The longest mute is 90 days (90d or 12w), not "129601m".',
    );
    expect(errorOf(resolveDuration("13w", "mute")).code).toBe("invalid_duration");
  });
  it("GIVEN zero, no unit, an unknown unit or a fraction THEN invalid_duration", () => {
    expect(errorOf(resolveDuration("0h", "mute")).message).toBe('The duration must be longer than zero, not "0h".');
    for (const bad of ["2", "2y", "1.5h", "-2h", "h", "2constructor", "2__proto__"]) {
      expect(errorOf(resolveDuration(bad, "mute")).message, bad).toBe(
        `${shown(bad)} is not a duration; write 30m, 2h, 1d, 1w or until YYYY-MM-DD.`,
      );
    }
  });
});

describe("resolveDate", () => {
  it("GIVEN a real calendar date THEN the date", () => {
    expect(valueOf(resolveDate("2026-03-01", "mute"))).toBe("2026-03-01");
    expect(valueOf(resolveDate("2028-02-29", "mute"))).toBe("2028-02-29");
  });
  it("GIVEN February 30th, a leap day in a common year or another format THEN invalid_date", () => {
    for (const bad of ["2026-02-30", "2026-02-29", "2026-13-01", "03/01/2026", "2026-3-1", "tomorrow"]) {
      expect(errorOf(resolveDate(bad, "mute")).message).toBe(
        `${shown(bad)} is not a real date; write it as YYYY-MM-DD, like 2026-03-01.`,
      );
    }
  });
});

describe("resolveKind", () => {
  it("GIVEN underscores, hyphens or upper case THEN the alert kind", () => {
    expect(valueOf(resolveKind("mcap_drop", "kinds"))).toBe("mcap_drop");
    expect(valueOf(resolveKind("mcap-drop", "kinds"))).toBe("mcap_drop");
    expect(valueOf(resolveKind("EARNINGS-RESULT", "kinds"))).toBe("earnings_result");
  });
  it("GIVEN a typo THEN unknown_kind suggesting the kind; otherwise listing the kinds", () => {
    expect(errorOf(resolveKind("mcap_dorp", "kinds")).message).toContain('"mcap_dorp" (did you mean mcap_drop?)');
    const error = errorOf(resolveKind("volume", "kinds"));
    expect(error.code).toBe("unknown_kind");
    expect(error.message).toContain("kinds are mcap_drop, mcap_gain, capex_guidance, capex_actual, earnings_upcoming, earnings_result");
  });
});

describe("resolveThresholdName", () => {
  it("GIVEN short, long, snake or camel names THEN the Thresholds key", () => {
    expect(valueOf(resolveThresholdName("mcap-pct", "thresholds"))).toBe("mcapDropPct");
    expect(valueOf(resolveThresholdName("MCAP_USD", "thresholds"))).toBe("mcapDropUsd");
    expect(valueOf(resolveThresholdName("capexSurprisePct", "thresholds"))).toBe("capexSurprisePct");
  });
  it("GIVEN an unknown name, even one on Object.prototype THEN unknown_threshold", () => {
    expect(errorOf(resolveThresholdName("mcap-pcx", "thresholds")).message).toContain("(did you mean mcap-pct?)");
    expect(errorOf(resolveThresholdName("__proto__", "thresholds")).code).toBe("unknown_threshold");
    expect(errorOf(resolveThresholdName("constructor", "thresholds")).code).toBe("unknown_threshold");
  });
});

describe("shown", () => {
  it("GIVEN a long input THEN at most 40 characters, ending in an ellipsis", () => {
    const text = shown("x".repeat(100));
    expect(text).toBe(`"${"x".repeat(39)}…"`);
  });
  it("GIVEN control characters or emoji THEN no control character and no split surrogate", () => {
    expect(shown("a\nb\u0000c")).toBe('"a\uFFFDb\uFFFDc"');
    expect(shown("😀".repeat(50))).toBe(`"${"😀".repeat(39)}…"`);
  });
});
