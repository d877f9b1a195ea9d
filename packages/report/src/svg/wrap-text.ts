import { textWidth } from './text-width.ts';

/**
 * `text` broken into lines no wider than `width` at `fontSize` (by `textWidth`): at spaces where there
 * are any, otherwise between any two characters (Japanese has no spaces and may break anywhere). A
 * word wider than the line is broken too, so no line overflows. Deterministic; used for legend labels.
 *
 * @example
 * wrapText('Housing in a Sapporo data centre', 100, 11); // ['Housing in a', 'Sapporo data', 'centre']
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Tokens: a run of spaces, a run of other narrow characters (a word), or one wide character.
  for (const token of text.match(/\s+|[^\s\u{2e80}-\u{10ffff}]+|[\u{2e80}-\u{10ffff}]/gu) ?? []) {
    const candidate = line + token;
    if (line === '' || textWidth(candidate.trimEnd(), fontSize) <= width) {
      line = line === '' ? token.trimStart() : candidate;
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
    while (textWidth(line.trimEnd(), fontSize) > width && [...line.trimEnd()].length > 1) {
      const chars = [...line];
      let n = chars.length - 1;
      while (n > 1 && textWidth(chars.slice(0, n).join(''), fontSize) > width) n--;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}
