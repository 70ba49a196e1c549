/**
 * Character tests by UTF-16 code unit, for the scanners of the quote rules (marks, sentences,
 * names): the same answers as the one-character regular expressions they replace, without cutting a
 * one-character string or running a regular expression per character.
 */

/** True for a code unit that `\s` matches (JavaScript's white space and line terminators). */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when `text` ends in white space (`/\s$/`). */
export function endsWithSpace(text: string): boolean {
  return text.length > 0 && isSpaceCode(text.charCodeAt(text.length - 1));
}

/** True when `text` holds only white space, or nothing (`/^\s*$/`). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
