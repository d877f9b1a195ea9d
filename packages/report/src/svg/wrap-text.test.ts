import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

describe('wrapText', () => {
  it('wrapText(english, width) breaks at spaces and no line is wider than width', () => {
    const lines = wrapText('Government cloud, multi-AZ, two line routes + alternate office (BCP)', 166, 11);
    expect(lines).toEqual(['Government cloud,', 'multi-AZ, two line routes', '+ alternate office (BCP)']);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(166);
  });

  it('wrapText(japanese, width) breaks between phrases and around brackets, not inside words', () => {
    expect(wrapText('自治体クラウド(共同利用)の年間費用', 110, 11)).toEqual(['自治体クラウド', '(共同利用)の', '年間費用']);
    expect(wrapText('重要業務の延べ停止時間（各業務の停止時間の合計）', 120, 11)).toEqual(['重要業務の', '延べ停止時間', '（各業務の停止時間の', '合計）']);
  });

  it('wrapText never breaks 「回線」 or 「マルチAZ」 in a variant label, at any legend width', () => {
    const label = 'ガバメントクラウド (マルチAZ) + 回線2経路・代替庁舎・週次オフライン複製';
    for (let width = 90; width <= 400; width += 1) {
      const lines = wrapText(label, width, 13);
      expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
      for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(width);
      for (let i = 1; i < lines.length; i++) {
        const seam = `${lines[i - 1]!.slice(-3)}|${lines[i]!.slice(0, 3)}`;
        expect(seam, `width ${width}`).not.toMatch(/回\|線|マル\|チ|マ\|ルチ|ルチ\|AZ|チA\|Z/);
      }
    }
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
