// Kysely's migrator lists every schema's tables to find its own; a schema another tenant or test
// drops during that listing fails it though nothing of ours is wrong. That error is retried; an
// error about our own schema is not (it would fail the same way again).
import { describe, expect, it } from "vitest";
import { otherSchemaVanished } from "../../src/store/migrations.js";

describe("which migration failures are retried", () => {
  it("GIVEN another schema gone during the listing THEN retried", () => {
    expect(otherSchemaVanished(new Error('schema "capwatch_notify_1_2" does not exist'), "capwatch_a")).toBe(true);
    expect(otherSchemaVanished(new Error('relation "capwatch_b.outbox" does not exist'), "capwatch_a")).toBe(true);
    expect(otherSchemaVanished(new Error('schema "capwatch_b" does not exist'), undefined)).toBe(true);
  });

  it("GIVEN our own schema missing, or any other error THEN not retried", () => {
    expect(otherSchemaVanished(new Error('schema "capwatch_a" does not exist'), "capwatch_a")).toBe(false);
    expect(otherSchemaVanished(new Error("permission denied for schema capwatch_a"), "capwatch_a")).toBe(false);
    expect(otherSchemaVanished("connection refused", "capwatch_a")).toBe(false);
  });
});
