import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

describe('wrapText', () => {
  it('wrapText(english, width) breaks at spaces and no line is wider than width', () => {
    const lines = wrapText('Government cloud, multi-AZ, two line routes + alternate office (BCP)', 166, 11);
    expect(lines).toEqual(['Government cloud,', 'multi-AZ, two line routes', '+ alternate office (BCP)']);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(166);
  });

  it('wrapText(japanese, width) breaks between characters, as Japanese has no spaces', () => {
    expect(wrapText('自治体クラウド(共同利用)の年間費用', 110, 11)).toEqual(['自治体クラウド(共同', '利用)の年間費用']);
  });

  it('wrapText breaks a word wider than the line', () => {
    expect(wrapText('supercalifragilisticexpialidocious', 60, 11)).toEqual(['supercali', 'fragilist', 'icexpiali', 'docious']);
  });

  it('wrapText of a short or empty text is one line', () => {
    expect(wrapText('on-premises', 200, 11)).toEqual(['on-premises']);
    expect(wrapText('', 200, 11)).toEqual(['']);
  });
});

describe('textWidth', () => {
  it('textWidth counts a full-width character as 1 em and others as 0.6 em', () => {
    expect(textWidth('ハウジング', 12)).toBe(60);
    expect(textWidth('abcde', 10)).toBe(30);
  });
});
