// Discord renders an AlertView as an embed.
import { describe, expect, it } from "vitest";
import { alertViewEmbed } from "../../../src/bot/discord/alert-embed.js";
import { handMade } from "../../alerts/views/hand-made-view.js";

describe("Discord renders a view natively", () => {
  it("GIVEN a view THEN an embed: markdown escaped, the quote in the description, the link, severe red, fields, footer", () => {
    const embed = alertViewEmbed(handMade, "replay");
    expect(embed.title).toBe("TEST · *X*");
    expect(embed.description).toBe("X did <something> & more.\n> “We \\*will\\*”\n— *in X's call*");
    expect(embed.url).toBe("https://example.com/doc");
    expect(embed.color).toBe(0x992d22);
    expect(embed.fields).toEqual([{ name: "Figure", value: "$1B_", inline: true }]);
    expect(embed.footer?.text).toBe("Thu, Feb 5, 2026, 16:05 ET · replay");
  });
});

describe("what data can put in an embed", () => {
  it("GIVEN a quote with a masked link and a heading THEN they are escaped, not rendered", () => {
    const embed = alertViewEmbed({ ...handMade, quote: "[click here](https://evil.example)", headline: "# Big news" }, "replay");
    expect(embed.description).toContain("\\[click here](https://evil.example)"); // an escaped opening bracket is no link
    expect(embed.description).toContain("\\# Big news");
  });
});
