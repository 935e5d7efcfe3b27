// Builds dist/ once before the suite, so end-to-end tests run what `npm start` runs.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
