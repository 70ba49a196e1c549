import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCappedBody } from "../../src/fetch/body.js";

const tooLarge = () => new Error("too large");

describe("readCappedBody", () => {
  it("reads a gzip body decompressed", async () => {
    const body = Readable.from([gzipSync(Buffer.from("hello, world"))]);
    const bytes = await readCappedBody(body, "gzip", 1_000, tooLarge);
    expect(Buffer.from(bytes).toString()).toBe("hello, world");
  });

  it("stops past the cap, counting decompressed bytes, and drops the body", async () => {
    const body = Readable.from([gzipSync(Buffer.alloc(50_000, 97))]);
    await expect(readCappedBody(body, "gzip", 10_000, tooLarge)).rejects.toThrow("too large");
    expect(body.destroyed).toBe(true);
  });

  it("passes an unknown encoding through as it is", async () => {
    const body = Readable.from([Buffer.from("plain")]);
    const bytes = await readCappedBody(body, "identity", 10, tooLarge);
    expect(Buffer.from(bytes).toString()).toBe("plain");
  });
});
