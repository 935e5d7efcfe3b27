// One wording for a zod issue at every boundary that reads outside data (replay lines, pushed
// documents). zod 4 does not report the offending input by default, so whether a field is missing
// or present with the wrong type is read from the value itself: "is required" only when it is absent.
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/** The value at `path` inside `root`, and whether every step of the path exists as an own key. */
function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null || typeof key === "symbol") return { present: false };
    if (!Object.hasOwn(current, key)) return { present: false };
    current = (current as Record<string | number, unknown>)[key as string | number];
  }
  return { present: current !== undefined, value: current };
}

const typeName = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : typeof value);

/** "is required", "must be a number (got string)", or zod's own message for other faults. */
export function issueMessage(issue: Issue, root: unknown): string {
  if (issue.code !== "invalid_type") return issue.message;
  const at = valueAt(root, issue.path);
  if (!at.present) return "is required";
  return `must be ${issue.expected === "array" || issue.expected === "object" ? "an" : "a"} ${issue.expected} (got ${typeName(at.value)})`;
}
