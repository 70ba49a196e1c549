import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { AddressRefusedError } from "../../src/fetch/address.js";
import { bodyError, networkError } from "../../src/fetch/network-errors.js";

const coded = (code: string) => Object.assign(new Error(code), { code });

describe("networkError", () => {
  it("names the site for DNS, connection and certificate failures, keeping the cause", () => {
    const dns = coded("ENOTFOUND");
    const missing = networkError(new Error("fetch failed", { cause: dns }), "example.org");
    expect(missing.message).toBe("Could not find that site (example.org).");
    expect(missing.cause).toBeInstanceOf(Error);
    expect(networkError(coded("ECONNREFUSED"), "a.test").message).toContain("Could not connect");
    expect(networkError(coded("UND_ERR_CONNECT_TIMEOUT"), "a.test").message).toContain(
      "did not accept a connection",
    );
    expect(networkError(coded("CERT_HAS_EXPIRED"), "a.test").message).toContain("certificate");
    expect(networkError(new Error("odd"), "a.test").message).toBe(
      "Could not fetch that page (network error).",
    );
  });

  it("passes our own refusal through from deep in the cause chain", () => {
    const refusal = new AddressRefusedError("10.0.0.1", "private");
    const wrapped = new Error("connect failed", { cause: new Error("lookup", { cause: refusal }) });
    expect(networkError(wrapped, "internal.test")).toBe(refusal);
  });
});

describe("bodyError", () => {
  it("tells broken compression from a dropped connection", () => {
    expect(bodyError(coded("Z_DATA_ERROR"), "a.test").message).toContain(
      "could not be decompressed",
    );
    expect(bodyError(coded("ECONNRESET"), "a.test").message).toContain("broke while the page");
  });

  it("passes a user error through", () => {
    const tooBig = new UserError("The page is larger than 5 MB.");
    expect(bodyError(tooBig, "a.test")).toBe(tooBig);
  });
});
