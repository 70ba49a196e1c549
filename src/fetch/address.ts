import { isIP } from "node:net";
import { echo, UserError } from "../errors.js";

/**
 * Which IP addresses Newsdesk may connect to when fetching a page for a Discord user: public
 * unicast only. Everything a server keeps for itself (loopback, private, link-local, carrier-grade
 * NAT, unique-local, multicast, unspecified, documentation and reserved ranges) is refused, in
 * IPv4, IPv6 and the IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4).
 */

interface Range {
  base: bigint;
  bits: number;
  why: string;
}

const IPV4_RANGES: Range[] = [
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "carrier-grade NAT"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "IETF protocol assignments"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "6to4 relay anycast"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
].map(([cidr, why]) => toRange(cidr!, why!, 32));

const IPV6_RANGES: Range[] = [
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  ["::/96", "IPv4-compatible (deprecated)"],
  ["100::/64", "discard-only"],
  ["2001::/32", "Teredo"],
  ["2001:db8::/32", "documentation"],
  ["fc00::/7", "unique-local"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "site-local"],
  ["ff00::/8", "multicast"],
].map(([cidr, why]) => toRange(cidr!, why!, 128));

/** IPv6 prefixes whose low bits carry an IPv4 address, checked against the IPv4 ranges. */
const EMBEDDED_IPV4: { prefix: bigint; bits: number; shift: bigint }[] = [
  { prefix: parseIpv6("::ffff:0:0")!, bits: 96, shift: 0n }, // IPv4-mapped
  { prefix: parseIpv6("64:ff9b::")!, bits: 96, shift: 0n }, // NAT64
  { prefix: parseIpv6("64:ff9b:1::")!, bits: 48, shift: 0n }, // local-use NAT64
  { prefix: parseIpv6("2002::")!, bits: 16, shift: 80n }, // 6to4: 2002:AABB:CCDD::/48
];

function toRange(cidr: string, why: string, width: 32 | 128): Range {
  const [address, bits] = cidr.split("/") as [string, string];
  const base = width === 32 ? parseIpv4(address) : parseIpv6(address);
  if (base === null) throw new Error(`bad range ${cidr}`);
  return { base, bits: Number(bits), why };
}

function inRange(value: bigint, width: number, base: bigint, bits: number): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === base >> shift;
}

/** Strict dotted-quad IPv4 ("127.0.0.1") as a number; null for anything else. */
export function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

/** IPv6 text (with "::", an IPv4 tail, or a "%zone") as a 128-bit number; null if malformed. */
export function parseIpv6(text: string): bigint | null {
  let rest = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const zone = rest.indexOf("%");
  if (zone !== -1) rest = rest.slice(0, zone);
  if (isIP(rest) !== 6) return null;
  const lastColon = rest.lastIndexOf(":");
  const last = rest.slice(lastColon + 1);
  if (last.includes(".")) {
    // An IPv4 tail ("::ffff:127.0.0.1") becomes its two hex groups ("::ffff:7f00:1").
    const v4 = parseIpv4(last);
    if (v4 === null) return null;
    rest = `${rest.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = rest.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const back = halves.length > 1 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - back.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [
    ...head,
    ...Array.from({ length: halves.length > 1 ? missing : 0 }, () => "0"),
    ...back,
  ];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

/**
 * Why an IP address is not public ("loopback", "private"…), or null when it is a public unicast
 * address. Throws on text that is not an IP address.
 */
export function classifyAddress(address: string): string | null {
  const v4 = parseIpv4(address);
  if (v4 !== null) return classifyIpv4(v4);
  const v6 = parseIpv6(address);
  if (v6 === null) throw new TypeError(`not an IP address: ${address}`);
  for (const { prefix, bits, shift } of EMBEDDED_IPV4) {
    if (inRange(v6, 128, prefix, bits)) {
      const why = classifyIpv4((v6 >> shift) & 0xffffffffn);
      return why === null ? null : `${why} (IPv4 inside IPv6)`;
    }
  }
  for (const range of IPV6_RANGES) {
    if (inRange(v6, 128, range.base, range.bits)) return range.why;
  }
  // Only global unicast (2000::/3) is routable on the internet.
  if (!inRange(v6, 128, 0x2000n << 112n, 3)) return "reserved";
  return null;
}

function classifyIpv4(value: bigint): string | null {
  for (const range of IPV4_RANGES) {
    if (inRange(value, 32, range.base, range.bits)) return range.why;
  }
  return null;
}

/** True for a public unicast IP address; false for internal ranges and for text that is not an IP. */
export function isPublicAddress(address: string): boolean {
  try {
    return classifyAddress(address) === null;
  } catch {
    return false;
  }
}

/** The UserError every refused address becomes. `shown` is the host as the user wrote it. */
export class AddressRefusedError extends UserError {
  constructor(
    readonly shown: string,
    readonly reason: string,
  ) {
    super(`That address is not public (${shown}: ${reason}), so Newsdesk will not fetch it.`, {
      i18n: { key: "fetch.notPublic", params: { host: echo(shown), reason } },
    });
  }
}

/** Throws AddressRefusedError unless `address` is a public unicast IP address. */
export function assertPublicAddress(address: string, shown: string = address): void {
  let why: string | null;
  try {
    why = classifyAddress(address);
  } catch {
    why = "not an IP address";
  }
  if (why !== null) throw new AddressRefusedError(shown, why);
}

/** `hostname` as WHATWG URL gives it, without IPv6 brackets; null when it is a name, not an IP. */
export function ipLiteralOf(hostname: string): string | null {
  const bare =
    hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) === 0 ? null : bare;
}

/**
 * Checks a URL's host before any DNS query or socket: IP literals (WHATWG URL has already turned
 * `2130706433` and `0x7f.1` into `127.0.0.1`) must be public, and `localhost` names are refused.
 * Names are checked again on every resolved address at connect time.
 */
export function assertPublicHost(hostname: string): void {
  const literal = ipLiteralOf(hostname);
  if (literal !== null) assertPublicAddress(literal, hostname);
  else assertPublicName(hostname);
}

/** Refuses host names that always mean this machine (`localhost`, `*.localhost`). */
export function assertPublicName(hostname: string): void {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost") || name === "") {
    throw new AddressRefusedError(hostname, "loopback");
  }
}
