import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: process.env.CAPWATCH_SKIP_BUILD ? [] : ["tests/global-setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
    // One fork per worker for the whole run, not one per test file: each file re-importing Bolt,
    // discord.js, Kysely and the rest cost most of the suite's time (import 520 s against 75 s,
    // measured with --isolate=true/false). Test files therefore must not leave state behind
    // (module copies imported under a stand-in, globals, environment): tests/market/eastern-time
    // shows how one that swaps Intl cleans up.
    isolate: false,
  },
});
