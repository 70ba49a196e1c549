import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree } from "../../src/playground/run.js";

describe("assertPortFree", () => {
  it("fails with EADDRINUSE when the port is taken, and passes once it is free", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const { port } = holder.address() as { port: number };
    await expect(assertPortFree(port)).rejects.toMatchObject({ code: "EADDRINUSE" });
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });

  it("always passes for port 0 (any free port)", async () => {
    await expect(assertPortFree(0)).resolves.toBeUndefined();
  });
});
