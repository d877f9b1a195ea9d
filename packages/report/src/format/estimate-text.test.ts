import { describe, expect, it } from 'vitest';
import { estimateText, finerFor, NOT_NEGATIVE, PROBABILITY } from './estimate-text.ts';
import { formatPercent } from './percent.ts';
import { formatYen } from './yen.ts';

const yenJa = (x: number, finer: number) => formatYen(x, 'ja', finer);
const yenEn = (x: number, finer: number) => formatYen(x, 'en', finer);

describe('estimateText', () => {
  it('estimateText(centre, low, high) writes the estimate and its 95% interval in one style, full-width brackets in Japanese', () => {
    expect(estimateText(1.7e8, 1.6e8, 1.8e8, yenJa, 'ja')).toBe('1.7億円（95%区間 1.6億円〜1.8億円）');
    expect(estimateText(1.7e8, 1.6e8, 1.8e8, yenEn, 'en')).toBe('¥170 million (95% interval ¥160 million – ¥180 million)');
    expect(estimateText(0.29, 0.23, 0.37, formatPercent, 'ja', { cell: true })).toBe('29%\n（95%区間 23%〜37%）');
  });

  it('ends that would round alike get more decimals, estimate included, never "± x"', () => {
    // 1.7802億 ± 88万: both ends read 1.8億円 at the usual precision, 1.77億円 and 1.79億円 one decimal finer.
    expect(estimateText(178_020_000, 177_140_000, 178_900_000, yenJa, 'ja')).toBe('1.78億円（95%区間 1.77億円〜1.79億円）');
    expect(estimateText(178_020_000, 177_140_000, 178_900_000, yenEn, 'en')).toBe('¥178 million (95% interval ¥177 million – ¥179 million)');
    expect(estimateText(178_020_000, 177_140_000, 178_900_000, yenJa, 'ja')).not.toContain('±');
  });

  it('finerFor stops at three more decimals and leaves a single point alone', () => {
    expect(finerFor(1, 1, (x, finer) => x.toFixed(finer))).toBe(0);
    expect(finerFor(1, 1.00001, (x, finer) => x.toFixed(finer))).toBe(3);
    expect(finerFor(1.2, 1.4, (x, finer) => x.toFixed(finer))).toBe(1);
  });

  it('an estimate without an interval (null ends) is written alone', () => {
    expect(estimateText(1.7e8, null, null, yenJa, 'ja')).toBe('1.7億円');
  });

  it('within: an interval end past what the quantity can take is written at the bound, only when asked', () => {
    // Few runs and a rare loss: mean 0.4 h ± 1.0 h would read "−0.6 h" of updates lost.
    const hours = (x: number, finer: number) => `${x.toFixed(1 + finer)} h`;
    expect(estimateText(0.4, -0.6, 1.4, hours, 'en', { within: NOT_NEGATIVE })).toBe('0.4 h (95% interval 0.0 h – 1.4 h)');
    expect(estimateText(0.4, -0.6, 1.4, hours, 'en')).toBe('0.4 h (95% interval -0.6 h – 1.4 h)');
    expect(estimateText(0.99, 0.97, 1.01, formatPercent, 'en', { within: PROBABILITY })).toBe('99% (95% interval 97% – 100%)');
  });
});
