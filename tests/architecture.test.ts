// Who imports whom (docs/design.md, "Layout"): read every import of every file under src/ and
// fail on one the rules below do not allow. Known violations still to fix are listed by name in
// KNOWN_VIOLATIONS; the test also fails when one of them is gone, so the list only shrinks.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");

type Layer = "app" | "market" | "sources" | "events" | "alerts" | "bot" | "store" | "config";

/**
 * A file's layer. `events` is the part of sources every layer may read: the event types and
 * schemas (the replay format), guidance statements and their provenance. The market calendar still
 * in alerts/calendar/ is `market` (it moves to src/market/).
 */
function layerOf(file: string): Layer {
  const path = relative(SRC, file);
  if (EVENT_TYPES.has(path)) return "events";
  if (path.startsWith("alerts/calendar/")) return "market";
  const top = path.split("/")[0] as string;
  if (!(top in RULES)) throw new Error(`src/${path}: not in a known folder; add its folder to RULES in tests/architecture.test.ts`);
  return top as Layer;
}

const EVENT_TYPES = new Set(["sources/events.ts", "sources/zod-issue.ts", "sources/timestamps.ts", "sources/documents/guidance-event.ts", "sources/guidance/types.ts"]);

/** What each layer may import besides itself: any import, or `import type` only. */
interface Rule {
  any: Layer[];
  typesOnly?: Layer[];
}

const RULES: Record<Layer, Rule> = {
  // Only app wires everything.
  app: { any: ["market", "sources", "events", "alerts", "bot", "store", "config"] },
  // The market kernel imports nothing of ours.
  market: { any: [] },
  // Event types are plain data and schemas: the market kernel at most.
  events: { any: ["market"] },
  // Sources produce events: they import the market kernel and event types, and read their own
  // configuration section (config is a leaf of zod schemas, see `config`).
  sources: { any: ["market", "events", "config"] },
  // Alerting imports event types and the market kernel.
  alerts: { any: ["market", "events"] },
  // Commands and platforms import alerting, the store and the market kernel; also the event types
  // (ticker, period and kind vocabulary) and their platform's configuration section.
  bot: { any: ["alerts", "store", "market", "events", "config"] },
  // The store imports types only.
  store: { any: [], typesOnly: ["alerts", "events", "market"] },
  // Configuration (not in the design's list): environment schemas, a leaf; types of the settings it describes.
  config: { any: ["market", "events"], typesOnly: ["sources"] },
};

/**
 * Known violations, "importer -> imported" (paths under src/). Remove a line when its import is
 * fixed; add none. None are left: the last (the capex lookup's use of the source edge's
 * provenance phrase and company short name) ended when both moved to the market kernel.
 */
const KNOWN_VIOLATIONS = new Set<string>([]);

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

// `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`, `import("./x.js")` (also in types).
const IMPORT = /\b(?:(import|export)\s+(type\s+)?([^;"']*?)\s*from\s*|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** The relative imports of one file, with whether each brings in types only. */
export function importsOf(file: string, text: string): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const [, keyword, typeKeyword, clause, spec] = m;
    const to = resolve(dirname(file), (spec as string).replace(/\.js$/, ".ts"));
    // `import { type A, type B }` brings in types only too.
    const names = clause?.match(/^\{([^}]*)\}$/s)?.[1]?.split(",").map((s) => s.trim()).filter(Boolean);
    const allTypeNames = names !== undefined && names.length > 0 && names.every((n) => n.startsWith("type "));
    const typeOnly = keyword !== undefined && (typeKeyword !== undefined || allTypeNames);
    // `import("./x.js").T` in a type position is a type; an awaited import() is not.
    const inTypePosition = keyword === undefined && /^\)\s*\.\s*[A-Z]/.test(text.slice((m.index ?? 0) + m[0].length));
    out.push({ from: file, to, typeOnly: typeOnly || inTypePosition });
  }
  return out;
}

function allowed(imp: Import): boolean {
  const from = layerOf(imp.from);
  const to = layerOf(imp.to);
  if (from === to) return true;
  const rule = RULES[from];
  return rule.any.includes(to) || (imp.typeOnly && (rule.typesOnly ?? []).includes(to));
}

const key = (imp: Import) => `${relative(SRC, imp.from)} -> ${relative(SRC, imp.to)}`;

describe("who imports whom (docs/design.md)", () => {
  const imports = sourceFiles(SRC).flatMap((file) => importsOf(file, readFileSync(file, "utf8")));
  const violations = new Set(imports.filter((imp) => !allowed(imp)).map(key));

  it("GIVEN every import under src/ THEN each is allowed by the rules or a known violation", () => {
    const added = [...violations].filter((v) => !KNOWN_VIOLATIONS.has(v)).sort();
    expect(added, "forbidden imports (fix them; do not add them to KNOWN_VIOLATIONS)").toEqual([]);
  });

  it("GIVEN the known violations THEN each still exists (remove a fixed one from the list)", () => {
    const fixed = [...KNOWN_VIOLATIONS].filter((v) => !violations.has(v)).sort();
    expect(fixed, "fixed: remove these from KNOWN_VIOLATIONS").toEqual([]);
  });

  it("GIVEN the import graph of src/ (types included) THEN no cycle of files crosses a folder", () => {
    // Tarjan's strongly connected components over file -> file edges.
    const edges = new Map<string, string[]>();
    for (const imp of imports) edges.set(imp.from, [...(edges.get(imp.from) ?? []), imp.to]);
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const crossing: string[][] = [];
    const visit = (v: string): void => {
      index.set(v, index.size);
      low.set(v, index.get(v) as number);
      stack.push(v);
      onStack.add(v);
      for (const w of edges.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
      if (low.get(v) !== index.get(v)) return;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(relative(SRC, w));
      } while (w !== v);
      if (new Set(component.map((f) => layerOf(join(SRC, f)))).size > 1) crossing.push(component.sort());
    };
    for (const v of edges.keys()) if (!index.has(v)) visit(v);
    expect(crossing).toEqual([]);
  });

  it("GIVEN imports of every form THEN the reader finds them and tells types from values", () => {
    const file = join(SRC, "bot/x.ts");
    const text = [
      `import { a } from "../alerts/a.js";`,
      `import type { B } from "../store/b.js";`,
      `import { type C, type D } from "../store/c.js";`,
      `export { e } from "../sources/e.js";`,
      `import "../market/f.js";`,
      `const g = await import("../sources/g.js");`,
      `type H = import("../config/h.js").H;`,
    ].join("\n");
    expect(importsOf(file, text).map((i) => [relative(SRC, i.to), i.typeOnly])).toEqual([
      ["alerts/a.ts", false],
      ["store/b.ts", true],
      ["store/c.ts", true],
      ["sources/e.ts", false],
      ["market/f.ts", false],
      ["sources/g.ts", false],
      ["config/h.ts", true],
    ]);
  });

  it("GIVEN a forbidden import THEN the rules reject it", () => {
    const imp = (from: string, to: string, typeOnly = false): Import => ({ from: join(SRC, from), to: join(SRC, to), typeOnly });
    expect(allowed(imp("sources/live/x.ts", "alerts/engine.ts", true))).toBe(false);
    expect(allowed(imp("sources/live/x.ts", "bot/commands/y.ts"))).toBe(false);
    expect(allowed(imp("store/x.ts", "alerts/types.ts"))).toBe(false);
    expect(allowed(imp("store/x.ts", "alerts/types.ts", true))).toBe(true);
    expect(allowed(imp("alerts/x.ts", "sources/events.ts"))).toBe(true);
    expect(allowed(imp("alerts/x.ts", "sources/live/y.ts", true))).toBe(false);
    expect(allowed(imp("alerts/calendar/x.ts", "alerts/types.ts", true))).toBe(false);
    expect(allowed(imp("bot/x.ts", "app/main.ts"))).toBe(false);
    expect(allowed(imp("app/x.ts", "bot/y.ts"))).toBe(true);
  });
});

describe("tests mirror src/", () => {
  /** Folders of src/ to `depth` levels, as paths under src/. */
  const folders = (dir: string, depth: number): string[] =>
    depth === 0
      ? []
      : readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .flatMap((e) => [relative(SRC, join(dir, e.name)), ...folders(join(dir, e.name), depth - 1)]);

  it("GIVEN every folder of src/ and each folder inside one THEN tests/ has the folder of the same name", () => {
    const missing = folders(SRC, 2).filter((f) => !existsSync(join(resolve("tests"), f)));
    expect(missing, "add the tests of these folders under the same path in tests/").toEqual([]);
  });
});
