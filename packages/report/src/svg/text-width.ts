/**
 * The width in SVG units of `text` set at `fontSize`, estimated without a font: full-width characters
 * (kana, kanji, full-width forms) take 1 em, others `narrowEm` (default 0.6 em) — a little more than
 * the average Latin glyph of BIZ UDPGothic or Meiryo, so that margins sized by it do not clip. Used for
 * layout only.
 *
 * @example
 * textWidth('ハウジング', 12); // 60
 */
export function textWidth(text: string, fontSize: number, narrowEm = 0.6): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : narrowEm;
  return ems * fontSize;
}
