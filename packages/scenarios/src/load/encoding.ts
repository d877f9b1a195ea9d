/** An encoding a scenario's text was written in, other than UTF-8, as recognised from the decoded text. */
export type ForeignEncoding = 'UTF-16' | 'Shift_JIS';

/**
 * Where text decoded as UTF-8 shows it was not UTF-8, and what it probably was: a UTF-16 file (its
 * byte-order mark decodes to two U+FFFD, and without one, ASCII comes out with a NUL after every
 * character), or bytes that are not UTF-8 at all, which a decoder replaced with U+FFFD — in a Japanese
 * office, most often Shift_JIS, the encoding older Windows software saves in. Undefined for text that
 * holds neither. Linear in the length of `text`.
 *
 * @example
 * encodingProblem('\uFFFD\uFFFDn\u0000a\u0000'); // { offset: 0, encoding: 'UTF-16' }
 * encodingProblem('name: \uFFFD\uFFFD\n'); // { offset: 6, encoding: 'Shift_JIS' }
 */
export function encodingProblem(text: string): { offset: number; encoding: ForeignEncoding } | undefined {
  if (text.startsWith('\uFFFD\uFFFD') || looksLikeUtf16(text)) return { offset: 0, encoding: 'UTF-16' };
  const replaced = text.indexOf('\uFFFD');
  return replaced < 0 ? undefined : { offset: replaced, encoding: 'Shift_JIS' };
}

/** A NUL in at least a quarter of the first 200 characters: UTF-16 (or UTF-32) read as UTF-8. */
function looksLikeUtf16(text: string): boolean {
  const head = text.slice(0, 200);
  let nul = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nul++;
  return head.length > 0 && nul * 4 >= head.length;
}
