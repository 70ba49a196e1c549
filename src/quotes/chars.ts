/**
 * Character tests by UTF-16 code unit, for the scanners of the quote rules (marks, sentences,
 * names): the same answers as the one-character regular expressions they replace, without cutting a
 * one-character string or running a regular expression per character.
 */

/**
 * The scanners of src/quotes read a code unit as `charCodeAt.call(text, i)`, each module through
 * its own alias, and not as `text.charCodeAt(i)`. Article text reaches them as flat, sliced and
 * internalized strings, one- and two-byte: with more than four string shapes seen at one
 * `text.charCodeAt` site, V8 reads the method through a megamorphic property load and calls it for
 * every character; called through the prototype's function, it is inlined whatever the string.
 * findVerbs ran twice as slow inside extractQuotes as on the same paragraphs alone. The alias is
 * per module: one imported from here was slower, and so was one shared helper function
 * (docs/adr/0018-attribution-model.md, fortieth session).
 */
const { charCodeAt } = String.prototype;

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
  return text.length > 0 && isSpaceCode(charCodeAt.call(text, text.length - 1));
}

/** True when `text` holds only white space, or nothing (`/^\s*$/`). */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(charCodeAt.call(text, i))) return false;
  return true;
}
