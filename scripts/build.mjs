// Bundles our own sources into dist/ (packages stay external) so that `npm start` and the CLI
// start as plain JavaScript in a fraction of a second; type checking is `npm run typecheck`.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry content hashes: start clean so old chunks do not pile up.
rmSync("dist", { recursive: true, force: true });

await build({
  entryPoints: { main: "src/app/main.ts", cli: "src/app/cli.ts", bench: "bench/bench.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  banner: { js: "#!/usr/bin/env node" },
});
