import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/** The decompressor for a `Content-Encoding` value, or null for an identity body. */
export function decompressorFor(encoding: string): NodeJS.ReadWriteStream | null {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

/** Drops a response body we will not read; its "aborted" error is expected, not a crash. */
export function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

/**
 * Reads a response body, decompressed, and stops past `maxBytes` with the error `tooLarge()`
 * gives. A body stopped early (the cap, or `signal` aborted) is dropped, not drained.
 */
export async function readCappedBody(
  body: Readable,
  encoding: string,
  maxBytes: number,
  tooLarge: () => Error,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const decompressor = decompressorFor(encoding);
  const source: AsyncIterable<Buffer> = decompressor
    ? (pipeline(body, decompressor, () => {}) as unknown as AsyncIterable<Buffer>)
    : body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } finally {
    if (size > maxBytes || signal?.aborted) discard(body);
  }
  return Buffer.concat(chunks);
}
