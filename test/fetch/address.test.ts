import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AddressRefusedError,
  assertPublicAddress,
  assertPublicHost,
  assertPublicName,
  classifyAddress,
  ipLiteralOf,
  isPublicAddress,
  parseIpv4,
  parseIpv6,
} from "../../src/fetch/address.js";

const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join("."));

function mappedHex(v4: string): string {
  const [a, b, c, d] = v4.split(".").map(Number) as [number, number, number, number];
  return `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["169.254.169.254", "link-local"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "documentation"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd00:abcd::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["::ffff:7f00:1", "loopback (IPv4 inside IPv6)"],
    ["::ffff:127.0.0.1", "loopback (IPv4 inside IPv6)"],
    ["::ffff:a00:1", "private (IPv4 inside IPv6)"],
    ["64:ff9b::a9fe:a9fe", "link-local (IPv4 inside IPv6)"],
    ["2002:c0a8:101::1", "private (IPv4 inside IPv6)"],
    ["::127.0.0.1", "IPv4-compatible (deprecated)"],
    ["2001:db8::1", "documentation"],
    ["4000::1", "reserved"],
  ])("names why %s is not public (%s)", (address, why) => {
    expect(classifyAddress(address)).toBe(why);
  });

  it.each([
    "8.8.8.8",
    "93.184.216.34",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2002:808:808::1",
  ])("finds nothing wrong with the public address %s", (address) => {
    expect(classifyAddress(address)).toBeNull();
  });

  it("throws on text that is not an IP address", () => {
    expect(() => classifyAddress("example.com")).toThrow(TypeError);
  });

  it("classifies an IPv4 address and its IPv4-mapped IPv6 forms alike", () => {
    fc.assert(
      fc.property(ipv4, (v4) => {
        const direct = classifyAddress(v4);
        for (const mapped of [`::ffff:${v4}`, mappedHex(v4)]) {
          const why = classifyAddress(mapped);
          expect(why === null).toBe(direct === null);
        }
      }),
    );
  });
});

describe("isPublicAddress", () => {
  it("is false for internal addresses and for non-addresses, true for public ones", () => {
    expect(isPublicAddress("10.1.2.3")).toBe(false);
    expect(isPublicAddress("::ffff:7f00:1")).toBe(false);
    expect(isPublicAddress("localhost")).toBe(false);
    expect(isPublicAddress("")).toBe(false);
    expect(isPublicAddress("1.1.1.1")).toBe(true);
  });
});

describe("assertPublicAddress", () => {
  it("throws a UserError naming the host as the user wrote it", () => {
    expect(() => assertPublicAddress("10.0.0.5", "intranet.example")).toThrow(
      "That address is not public (intranet.example: private), so Newsdesk will not fetch it.",
    );
    expect(() => assertPublicAddress("garbage")).toThrow(AddressRefusedError);
  });

  it("passes public addresses", () => {
    expect(() => assertPublicAddress("93.184.216.34")).not.toThrow();
  });
});

describe("assertPublicName", () => {
  it.each(["localhost", "LOCALHOST", "localhost.", "db.localhost"])("refuses %s", (name) => {
    expect(() => assertPublicName(name)).toThrow(AddressRefusedError);
  });

  it("lets other names through to the DNS checks", () => {
    expect(() => assertPublicName("localhost.example.com")).not.toThrow();
  });
});

describe("assertPublicHost", () => {
  it.each([
    "http://2130706433/",
    "http://0x7f.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://0.0.0.0/",
  ])("refuses the host of %s once WHATWG URL has normalized it", (url) => {
    expect(() => assertPublicHost(new URL(url).hostname)).toThrow(AddressRefusedError);
  });

  it("passes public literals and ordinary names", () => {
    expect(() => assertPublicHost("[2606:4700::1111]")).not.toThrow();
    expect(() => assertPublicHost("news.example")).not.toThrow();
  });
});

describe("ipLiteralOf", () => {
  it("unwraps IPv6 brackets and returns null for names", () => {
    expect(ipLiteralOf("[::1]")).toBe("::1");
    expect(ipLiteralOf("127.0.0.1")).toBe("127.0.0.1");
    expect(ipLiteralOf("example.com")).toBeNull();
  });
});

describe("parseIpv4", () => {
  it("accepts only strict dotted quads", () => {
    expect(parseIpv4("1.2.3.4")).toBe(0x01020304n);
    expect(parseIpv4("1.2.3")).toBeNull();
    expect(parseIpv4("256.1.1.1")).toBeNull();
    expect(parseIpv4("0x7f.0.0.1")).toBeNull();
  });
});

describe("parseIpv6", () => {
  it("expands ::, IPv4 tails and zones", () => {
    expect(parseIpv6("::1")).toBe(1n);
    expect(parseIpv6("1::")).toBe(1n << 112n);
    expect(parseIpv6("::ffff:1.2.3.4")).toBe((0xffffn << 32n) | 0x01020304n);
    expect(parseIpv6("[fe80::1%25eth0]")).toBe((0xfe80n << 112n) | 1n);
    expect(parseIpv6("1:2:3:4:5:6:7:8:9")).toBeNull();
    expect(parseIpv6("not-an-ip")).toBeNull();
  });

  it("round-trips any 128-bit value written in full", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }), (groups) => {
        const text = groups.map((g) => g.toString(16)).join(":");
        const value = groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n);
        expect(parseIpv6(text)).toBe(value);
      }),
    );
  });
});
