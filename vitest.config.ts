import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: process.env.CAPWATCH_SKIP_BUILD ? [] : ["tests/global-setup.ts"],
    testTimeout: 30_000,
    pool: "forks",
  },
});
