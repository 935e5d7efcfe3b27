// POST /ingest/documents on the one HTTP server: signed pushes of `document`s (docs/replays.md, "Pushed
// documents"). The signature is checked on the raw bytes before anything is parsed; a request
// refused at any step changes nothing.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Ingest } from "./ingest-documents.js";
import { MAX_BODY_BYTES, documentsFromBody } from "./pushed-documents.js";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, UsedSignatures, checkSignature } from "./signature.js";

export const INGEST_PATH = "/ingest/documents";

export interface IngestRouteOptions {
  secret: string;
  ingest: Ingest;
  /** Epoch milliseconds; injected so tests set the time. */
  now?: () => number;
}

/** Beyond this much a body is not even read to its end: the connection is dropped. */
const DRAIN_LIMIT = 4 * MAX_BODY_BYTES;

export function ingestRoute(options: IngestRouteOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const now = options.now ?? (() => Date.now());
  const used = new UsedSignatures();
  return async (req, res) => {
    const answer = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json" }).end(`${JSON.stringify(body)}\n`);
    };
    if (!isJson(req.headers["content-type"])) return answer(415, { error: "content type must be application/json" });
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > DRAIN_LIMIT) {
      // Not worth reading: answer, then drop the connection once the answer is out.
      res.setHeader("connection", "close");
      res.once("finish", () => req.destroy());
      return answer(413, { error: `body over ${MAX_BODY_BYTES} bytes` });
    }
    const body = await readLimited(req, MAX_BODY_BYTES);
    if (body === "too large") return answer(413, { error: `body over ${MAX_BODY_BYTES} bytes` });

    const check = checkSignature(options.secret, { timestamp: header(req, TIMESTAMP_HEADER), signature: header(req, SIGNATURE_HEADER), body }, now());
    if (!check.ok) return answer(401, { error: check.reason });
    if (!used.use(check.signature, Number(header(req, TIMESTAMP_HEADER)), now())) return answer(401, { error: "signature already used; sign each request anew" });

    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return answer(400, { error: "body: not valid JSON" });
    }
    const documents = documentsFromBody(json);
    if (!documents.ok) return answer(documents.status, { error: documents.error });
    const { accepted, duplicates } = await options.ingest(documents.documents);
    answer(202, { accepted, duplicates });
  };
}

/** `application/json`, with or without parameters (`; charset=utf-8`). */
function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.split(";")[0]?.trim().toLowerCase() === "application/json";
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The raw body, or "too large" once it passes `limit` (the rest is read and dropped, up to a point). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | "too large"> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DRAIN_LIMIT) {
      req.destroy();
      break;
    }
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? "too large" : Buffer.concat(chunks, size);
}
