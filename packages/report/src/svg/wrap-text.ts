import { Parser, jaModel } from 'budoux';
import { textWidth } from './text-width.ts';

// budoux's Japanese model finds phrase boundaries (文節) without a dictionary; one parser for every label.
const phraseParser = new Parser(jaModel);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;

/**
 * Ways to cut a text, from the best place to break a line to the worst: at spaces; between Japanese
 * phrases; after a comma, 「・」 or a closing bracket and before an opening one (budoux keeps a chain of
 * nouns such as 「回線2経路・代替庁舎」 as one phrase); where the script changes (kanji, katakana, kana,
 * Latin and digits), so a katakana or Latin word stays whole; and last between any two characters.
 */
const CUTS: readonly ((text: string) => string[])[] = [
  (text) => text.match(/\s+|\S+/g) ?? [],
  (text) => (JAPANESE.test(text) ? phraseParser.parse(text) : [text]),
  (text) => text.match(/[（(「]?[^・、，,）)」（(「]*[・、，,）)」]*/g)?.filter((piece) => piece !== '') ?? [],
  (text) => text.match(/[ァ-ヶー]+|[A-Za-z0-9.,%+-]+|[\u3400-\u9fff々]+|[ぁ-ゖ]+|[^]/gu) ?? [],
  (text) => [...text],
];

/**
 * `text` broken into lines no wider than `width` at `fontSize` (by `textWidth`), each break at the best
 * place that makes the lines fit (see `CUTS`): in Japanese at phrase boundaries, never inside a word
 * such as 「回線」 or 「マルチAZ」 unless the word alone is wider than the line. Deterministic; used for
 * legend and row labels.
 *
 * @example
 * wrapText('Housing in a Sapporo data centre', 100, 11); // ['Housing in a', 'Sapporo data', 'centre']
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines = wrapAt(text.trim(), width, fontSize, 0);
  return lines.length ? lines : [''];
}

/** `text` packed greedily into lines from its pieces cut at `CUTS[level]`; a piece too wide is cut finer. */
function wrapAt(text: string, width: number, fontSize: number, level: number): string[] {
  const fits = (line: string) => textWidth(line.trimEnd(), fontSize) <= width;
  if (fits(text) || level >= CUTS.length) return text === '' ? [] : [text];
  const lines: string[] = [];
  let line = '';
  for (const piece of CUTS[level]!(text)) {
    if (fits(line + piece)) {
      line = line === '' ? piece.trimStart() : line + piece;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    const pieceLines = wrapAt(piece.trim(), width, fontSize, level + 1);
    lines.push(...pieceLines.slice(0, -1));
    line = pieceLines.at(-1) ?? '';
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
