// The Store is the sum of small role interfaces: each method in exactly one role, none larger than
// a handful, so another database can implement one role at a time. The lists are checked both ways
// by the compiler: a role method missing here, or a name that is not the role's, fails typecheck.
import { describe, expect, it } from "vitest";
import { MEMORY_STORE, openSqliteStore } from "../../src/store/open-store.js";
import type {
  AlertStore,
  AuditLog,
  CapexStore,
  DocumentClaims,
  InstallationRecords,
  MarketStore,
  NewsFeedStore,
  RequestClaims,
  AlertAcknowledgements,
  RetentionStore,
  ThreadMessages,
  OutboxStore,
  QuoteHistoryStore,
  InFlightMarks,
  RateSlots,
  SettingsStore,
  SnapshotStore,
  Store,
  StoreProbe,
} from "../../src/store/store.js";

/** Every method of T, each once: the compiler rejects a list that leaves one out. */
const methodsOf =
  <T>() =>
  <const K extends ReadonlyArray<keyof T>>(...keys: K & ([keyof T] extends [K[number]] ? unknown : never)): K =>
    keys;

const ROLES = {
  snapshot: methodsOf<SnapshotStore>()("loadEngineState"),
  settings: methodsOf<SettingsStore>()("saveWatchlist", "saveMute", "deleteMute", "saveQuietHours"),
  market: methodsOf<MarketStore>()("saveCompany", "saveMarketState", "saveEarningsSchedule", "saveEarningsResult", "earningsResultsFor"),
  quoteHistory: methodsOf<QuoteHistoryStore>()("saveQuoteDays", "quoteDays"),
  capex: methodsOf<CapexStore>()("saveConsensus", "saveCapexActual", "appendGuidance", "guidanceFor", "capexActualsFor", "consensusFor"),
  alerts: methodsOf<AlertStore>()("recordAlerts", "recentAlerts"),
  outbox: methodsOf<OutboxStore>()("pendingOutbox", "markDelivered", "markDeliveryFailed", "parkOutbox", "setChannelStatus", "channelStatuses"),
  inFlight: methodsOf<InFlightMarks>()("markInFlight", "markChartPending"),
  rateSlots: methodsOf<RateSlots>()("reserveSlots"),
  audit: methodsOf<AuditLog>()("recentAudit"),
  installations: methodsOf<InstallationRecords>()("saveInstallation", "getInstallation", "deleteInstallation"),
  documents: methodsOf<DocumentClaims>()("claimDocuments", "releaseDocuments"),
  feeds: methodsOf<NewsFeedStore>()("addNewsFeed", "removeNewsFeed", "newsFeeds"),
  requests: methodsOf<RequestClaims>()("claimSignedRequest"),
  acks: methodsOf<AlertAcknowledgements>()("acknowledgeAlert"),
  threads: methodsOf<ThreadMessages>()("saveThreadMessage", "threadMessage"),
  retention: methodsOf<RetentionStore>()("prune"),
  probe: methodsOf<StoreProbe>()("ping", "pendingCount"),
};

const listed = Object.values(ROLES).flat();
// The roles plus close cover the Store: a Store method in no role fails typecheck here.
const _covered = methodsOf<Store>()(...listed, "close");

describe("the store's role interfaces", () => {
  it("GIVEN the roles THEN no method is in two of them and none has more than six methods", () => {
    expect(new Set(listed).size).toBe(listed.length);
    expect(Object.fromEntries(Object.entries(ROLES).map(([role, methods]) => [role, methods.length]))).toEqual({
      snapshot: 1,
      settings: 4,
      market: 5,
      quoteHistory: 2,
      capex: 6,
      alerts: 2,
      outbox: 6,
      inFlight: 2,
      rateSlots: 1,
      audit: 1,
      installations: 3,
      documents: 2,
      feeds: 3,
      requests: 1,
      acks: 1,
      threads: 2,
      retention: 1,
      probe: 2,
    });
    expect(_covered).toHaveLength(46);
  });

  it("GIVEN the SQLite store THEN it implements every role's methods", async () => {
    const store = await openSqliteStore(MEMORY_STORE);
    try {
      for (const method of listed) expect(typeof store[method], method).toBe("function");
    } finally {
      await store.close();
    }
  });
});
