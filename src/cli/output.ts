import { once } from "node:events";

/**
 * Writing a long answer a piece at a time: each write waits while the stream's buffer is full
 * (a slow pipe, `| less`), so memory holds one piece, not the whole output.
 */
export interface Output {
  write(text: string): Promise<void>;
}

export function createOutput(stream: NodeJS.WritableStream): Output {
  return {
    async write(text) {
      if (text === "") return;
      if (!stream.write(text)) await once(stream, "drain");
    },
  };
}

/**
 * One element of a pretty-printed JSON array, as `JSON.stringify(array, null, 2)` writes it:
 * two spaces deeper, without the separator.
 */
export function indentJson(value: unknown): string {
  return `  ${JSON.stringify(value, null, 2).replaceAll("\n", "\n  ")}`;
}
