// A PostgreSQL URL printed at start (`LIVE data into …`) or in an error never shows its password.
import { describe, expect, it } from "vitest";
import { redact } from "../../src/store/open-store.js";

describe("store locations in logs", () => {
  it("GIVEN a URL with a password THEN it is masked; a SQLite path or a URL without one is unchanged", () => {
    expect(redact("postgres://capwatch:s3cret@db.internal:5432/capwatch")).toBe("postgres://capwatch:***@db.internal:5432/capwatch");
    expect(redact("postgres://postgres@127.0.0.1:5432/test")).toBe("postgres://postgres@127.0.0.1:5432/test");
    expect(redact("data/capwatch.db")).toBe("data/capwatch.db");
  });
});
