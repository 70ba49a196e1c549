import type { IncomingMessage } from "node:http";

/** An error answered to the client as Discord would: an HTTP status and Discord's error JSON. */
export class DiscordHttpError extends Error {
  override readonly name = "DiscordHttpError";
  readonly status: number;
  readonly body: { code: number; message: string; errors?: unknown };

  constructor(status: number, code: number, message: string, errors?: unknown) {
    super(message);
    this.status = status;
    this.body = errors === undefined ? { code, message } : { code, message, errors };
  }
}

/** Discord's common errors, by name. */
export const DiscordErrors = {
  unauthorized: () => new DiscordHttpError(401, 0, "401: Unauthorized"),
  notFound: () => new DiscordHttpError(404, 0, "404: Not Found"),
  methodNotAllowed: () => new DiscordHttpError(405, 0, "405: Method Not Allowed"),
  unknownApplication: () => new DiscordHttpError(404, 10002, "Unknown Application"),
  unknownChannel: () => new DiscordHttpError(404, 10003, "Unknown Channel"),
  unknownGuild: () => new DiscordHttpError(404, 10004, "Unknown Guild"),
  unknownMember: () => new DiscordHttpError(404, 10007, "Unknown Member"),
  unknownMessage: () => new DiscordHttpError(404, 10008, "Unknown Message"),
  unknownUser: () => new DiscordHttpError(404, 10013, "Unknown User"),
  unknownWebhook: () => new DiscordHttpError(404, 10015, "Unknown Webhook"),
  unknownCommand: () => new DiscordHttpError(404, 10063, "Unknown application command"),
  unknownInteraction: () => new DiscordHttpError(404, 10062, "Unknown interaction"),
  missingAccess: () => new DiscordHttpError(403, 50001, "Missing Access"),
  cannotEditOthers: () =>
    new DiscordHttpError(403, 50005, "Cannot edit a message authored by another user"),
  emptyMessage: () => new DiscordHttpError(400, 50006, "Cannot send an empty message"),
  missingPermissions: () => new DiscordHttpError(403, 50013, "Missing Permissions"),
  invalidWebhookToken: () => new DiscordHttpError(401, 50027, "Invalid Webhook Token"),
  invalidFormBody: (errors: unknown) =>
    new DiscordHttpError(400, 50035, "Invalid Form Body", errors),
  invalidJson: () => new DiscordHttpError(400, 50109, "The request body contains invalid JSON."),
  alreadyAcknowledged: () =>
    new DiscordHttpError(400, 40060, "Interaction has already been acknowledged."),
  serverError: (status: number) => new DiscordHttpError(status, 0, `${status}: Server Error`),
};

export interface ParsedBody {
  json: unknown;
  files: Array<{ field: string; filename: string; contentType: string; size: number }>;
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parses a JSON or multipart/form-data (discord.js file uploads: `payload_json` + `files[n]`) body. */
export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { json: undefined, files: [] };
  const type = contentType ?? "";
  if (type.startsWith("multipart/form-data")) return parseMultipart(raw, type);
  try {
    return { json: JSON.parse(raw.toString("utf8")) as unknown, files: [] };
  } catch {
    throw DiscordErrors.invalidJson();
  }
}

function parseMultipart(raw: Buffer, contentType: string): ParsedBody {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (boundary === undefined) throw DiscordErrors.invalidJson();
  const delimiter = Buffer.from(`--${boundary}`);
  const result: ParsedBody = { json: undefined, files: [] };
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length + 2; // skip CRLF
    const end = raw.indexOf(delimiter, partStart);
    if (end === -1) break;
    const part = raw.subarray(partStart, end - 2); // strip CRLF before the delimiter
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (filename !== undefined) {
        const partType =
          /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream";
        result.files.push({ field: name, filename, contentType: partType, size: content.length });
      } else if (name === "payload_json") {
        try {
          result.json = JSON.parse(content.toString("utf8")) as unknown;
        } catch {
          throw DiscordErrors.invalidJson();
        }
      }
    }
    start = end;
    if (raw.subarray(end + delimiter.length, end + delimiter.length + 2).toString() === "--") break;
  }
  return result;
}
