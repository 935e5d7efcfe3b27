// A view no alert kind produces, so renderer tests show they need nothing but the view.
import type { AlertView } from "../../../src/alerts/views/alert-view.js";

export const handMade: AlertView = {
  channel: "#desk", ts: "2026-02-05T21:05:00.000Z", time: "Thu, Feb 5, 2026, 16:05 ET",
  title: "TEST · *X*", summary: "X did something", headline: "X did <something> & more.", details: ["a detail"],
  figures: [{ label: "Figure", value: "$1B_" }], quote: "We *will*", said: "in X's call", consensusSource: "FactSet",
  link: { url: "https://example.com/doc", label: "Read the document" }, tone: { pct: -30, severe: true },
  actions: [],
};
