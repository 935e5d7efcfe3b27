// A platform's bound on posts under way at once (Slack: 16): a fan-out's channel workers take
// turns instead of all posting together, every alert still goes, and a failed post frees its place.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PostsInFlight } from "../../../src/bot/delivery/posts-in-flight.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { fakePlatform, loopOver, seed } from "./fake-platform.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("PostsInFlight", () => {
  it("GIVEN ten posts asked at once with a bound of three THEN never more than three run, all ten finish, in the order asked", async () => {
    const bound = new PostsInFlight(3);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        bound.run(async () => {
          started.push(i);
          most = Math.max(most, ++running);
          await tick();
          running--;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("GIVEN a post that fails THEN its error reaches its caller and its place goes to the next", async () => {
    const bound = new PostsInFlight(1);
    const failing = bound.run(async () => {
      await tick();
      throw new Error("HTTP 500");
    });
    const next = bound.run(() => "posted");
    await expect(failing).rejects.toThrow("HTTP 500");
    await expect(next).resolves.toBe("posted");
  });
});

describe("the delivery loop with a bound on posts in flight", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(MEMORY_STORE);
  });
  afterEach(async () => {
    await store.close();
  });

  /** One alert in each of 12 channels, delivered by a platform whose posts take a moment: the most under way at once. */
  async function fanOut(postsInFlight: number | undefined): Promise<{ most: number; posted: number }> {
    const channels = Array.from({ length: 12 }, (_, i) => `C${i}`);
    await seed(store, channels, 1);
    const fake = fakePlatform(postsInFlight === undefined ? {} : { postsInFlight });
    const post = fake.platform.post;
    let running = 0;
    let most = 0;
    fake.platform.post = async (target, message) => {
      most = Math.max(most, ++running);
      await tick();
      running--;
      return post(target, message);
    };
    const { loop } = await loopOver(store, fake, channels.map((channel) => ({ channel })));
    await loop.flush();
    return { most, posted: fake.posted.length };
  }

  it("GIVEN a fan-out to 12 channels and a bound of 2 THEN at most 2 posts are under way at once and all 12 are posted", async () => {
    expect(await fanOut(2)).toEqual({ most: 2, posted: 12 });
    expect(await store.pendingOutbox(100, new Date("2100-01-01T00:00:00Z"), "slack")).toEqual([]);
  });

  it("GIVEN no bound THEN the 12 channel workers post together (what the bound is for)", async () => {
    expect(await fanOut(undefined)).toEqual({ most: 12, posted: 12 });
  });

  it("GIVEN a stop while posts wait for a place THEN the post under way finishes and the waiting ones are not made: their rows stay for the next start", async () => {
    const channels = ["C1", "C2", "C3"];
    await seed(store, channels, 1);
    const fake = fakePlatform({ postsInFlight: 1 });
    const post = fake.platform.post;
    let release!: () => void;
    const firstUnderWay = new Promise<void>((started) => {
      fake.platform.post = async (target, message) => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
        return post(target, message);
      };
    });
    const { loop } = await loopOver(store, fake, channels.map((channel) => ({ channel })));
    void loop.drain();
    await firstUnderWay;
    const stopped = loop.stop();
    release();
    await stopped;
    expect(fake.posted.map((p) => p.channel)).toEqual(["C1"]);
    expect((await store.pendingOutbox(100, new Date("2100-01-01T00:00:00Z"), "slack")).map((e) => e.channel).sort()).toEqual(["C2", "C3"]);
  });
});
