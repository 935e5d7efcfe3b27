// The pure parts of pushed documents: the signature, the used-signature window, the body and its
// documents' keys, and `capwatch ingest` input read with each document's line.
import { describe, expect, it } from "vitest";
import { readDocumentInput, arrayElementLines } from "../../../src/sources/ingest/document-input.js";
import { MAX_DOCUMENTS, documentKey, documentsFromBody } from "../../../src/sources/ingest/pushed-documents.js";
import { UsedSignatures, checkSignature, signBody } from "../../../src/sources/ingest/signature.js";
import { JASSY, NOW, NOW_S, SECRET } from "./ingest-helpers.js";

describe("signatures", () => {
  it("GIVEN the README's openssl recipe THEN signBody gives the same hex (printf '%s' \"$TS.$BODY\" | openssl dgst -sha256 -hmac \"$SECRET\")", () => {
    expect(signBody(SECRET, 1770327900, '{"type":"document"}')).toBe("sha256=e6968ecafb1c42aa26782d03de5df8dc065f0a8f2ae55a91d74005e314f697a3");
  });

  it("GIVEN a body signed now THEN it checks, in upper-case hex too; 300 s off still checks, 301 s does not", () => {
    const body = Buffer.from(JSON.stringify(JASSY));
    const at = (ts: number, signature = signBody(SECRET, ts, body)) => checkSignature(SECRET, { timestamp: String(ts), signature, body }, NOW);
    expect(at(NOW_S)).toEqual({ ok: true, signature: signBody(SECRET, NOW_S, body).slice(7) });
    expect(at(NOW_S, signBody(SECRET, NOW_S, body).toUpperCase().replace("SHA256=", "sha256="))).toMatchObject({ ok: true });
    expect(at(NOW_S - 300)).toMatchObject({ ok: true });
    expect(at(NOW_S + 300)).toMatchObject({ ok: true });
    expect(at(NOW_S - 301)).toEqual({ ok: false, reason: "X-Capwatch-Timestamp is more than 5 minutes from our clock" });
    expect(checkSignature(SECRET, { timestamp: "1.5e9", signature: "sha256=00", body }, NOW)).toEqual({ ok: false, reason: "X-Capwatch-Timestamp must be Unix seconds" });
  });

  it("GIVEN a signature used THEN it is refused until its timestamp leaves the window, then forgotten", () => {
    const used = new UsedSignatures();
    expect(used.use("a", NOW_S, NOW)).toBe(true);
    expect(used.use("a", NOW_S, NOW + 299_000)).toBe(false);
    expect(used.use("b", NOW_S, NOW)).toBe(true);
    expect(used.use("c", NOW_S + 400, NOW + 302_000)).toBe(true);
    expect(used.size).toBe(1);
  });
});

describe("bodies and keys", () => {
  it("GIVEN one document or an array THEN the documents, ts as epoch ms", () => {
    expect(documentsFromBody(JASSY)).toEqual({ ok: true, documents: [expect.objectContaining({ ticker: "AMZN", ts: Date.parse(JASSY.ts) })] });
    expect(documentsFromBody([JASSY, JASSY])).toMatchObject({ ok: true, documents: [{}, {}] });
  });

  it("GIVEN a wrong value THEN the field is named with the document's place", () => {
    expect(documentsFromBody([JASSY, 7])).toEqual({ ok: false, status: 400, error: 'documents[1]: must be a JSON object with type "document"' });
    expect(documentsFromBody({ ...JASSY, title: 3 })).toEqual({ ok: false, status: 400, error: expect.stringMatching(/^document\.title: /) });
    expect(documentsFromBody(Array(MAX_DOCUMENTS + 1).fill(JASSY))).toMatchObject({ ok: false, status: 413 });
  });

  it("GIVEN documents THEN one key per ticker and url, else per ticker and text", () => {
    const other = { ...JASSY, ts: "2026-02-06T00:00:00Z", title: "again" };
    expect(documentKey(other)).toBe(documentKey(JASSY));
    expect(documentKey({ ...JASSY, ticker: "MSFT" })).not.toBe(documentKey(JASSY));
    const { url: _url, ...noUrl } = JASSY;
    expect(documentKey(noUrl)).toMatch(/^AMZN\|text\|[0-9a-f]{64}$/);
    expect(documentKey({ ...noUrl, text: "other" })).not.toBe(documentKey(noUrl));
    expect(documentKey(JASSY)).toMatch(/^AMZN\|url\|[0-9a-f]{64}$/);
  });
});

describe("capwatch ingest input", () => {
  it("GIVEN JSON Lines THEN each document with its line; blank lines skipped, bad ones reasoned", () => {
    const text = [JSON.stringify(JASSY), "", "{oops", JSON.stringify({ ...JASSY, ticker: "amzn" }), JSON.stringify({ ...JASSY, text: undefined })].join("\r\n");
    const input = readDocumentInput(text);
    expect("items" in input && input.items.map((i) => ("reason" in i ? [i.line, i.reason] : [i.line, i.document.ticker]))).toEqual([
      [1, "AMZN"],
      [3, "not valid JSON"],
      [4, "ticker: must be an upper-case symbol like MSFT or BRK.B"],
      [5, "text: is required"],
    ]);
  });

  it("GIVEN a pretty-printed JSON array THEN each element has the line it starts on, strings with brackets and quotes included", () => {
    const tricky = { ...JASSY, text: 'He said "[not], {an} element"\n' };
    const text = JSON.stringify([JASSY, tricky, 5], null, 2);
    expect(arrayElementLines(text)).toEqual([2, 11, 20]);
    const input = readDocumentInput(text);
    expect("items" in input && input.items.map((i) => ("reason" in i ? [i.line, i.reason] : [i.line, i.document.text]))).toEqual([
      [2, JASSY.text],
      [11, tricky.text],
      [20, 'must be a JSON object with type "document"'],
    ]);
    expect(arrayElementLines('[{"a":[1,2]},\n{"b":"]"}]')).toEqual([1, 2]);
  });

  it("GIVEN a broken array THEN the input is unreadable as a whole", () => {
    expect(readDocumentInput("[{")).toEqual({ unreadable: expect.stringMatching(/^not a valid JSON array/) });
  });
});
