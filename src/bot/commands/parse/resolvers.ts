// The shared resolvers: each turns one piece of typed text into a value or a `UserError`.
export { resolveTicker, resolveTickers, type TickerListOptions } from "./resolvers/ticker.js";
export { resolveInteger, resolvePercent, resolveMoney, type IntegerRange } from "./resolvers/numbers.js";
export { resolvePeriod } from "./resolvers/period.js";
export { resolveDuration, resolveDate, MAX_MUTE_MS } from "./resolvers/time.js";
export { resolveKind } from "./resolvers/kind.js";
export { resolveThresholdName, THRESHOLD_NAMES } from "./resolvers/threshold.js";
export { ok, fail, shown, type Failure, type Resolved } from "./result.js";
