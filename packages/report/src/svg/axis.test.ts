import { describe, expect, it } from 'vitest';
import { perYearLabel } from '../format/return-period.ts';
import { axis } from './axis.ts';
import { linearScale, logScale } from './scale.ts';

const plot = { left: 100, top: 40, right: 500, bottom: 340 };

describe('axis', () => {
  it('a left log axis labels each power of ten, as given, right-aligned beside its tick', () => {
    const svg = axis({ scale: logScale([0.001, 1], [plot.bottom, plot.top]), side: 'left', plot, label: (p) => perYearLabel(p, 'en') });
    const labels = [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['1/1,000 per year', '1/100 per year', '1/10 per year', '1/1 per year']);
    expect(svg).toContain('<text x="92" y="344" text-anchor="end">1/1,000 per year</text>');
  });

  it('a bottom axis escapes its labels and title', () => {
    const svg = axis({ scale: linearScale([0, 1], [plot.left, plot.right]), side: 'bottom', plot, label: () => '<b>', title: 'A & B' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).toContain('>A &amp; B</text>');
  });

  it('a bottom axis with labels too wide for their ticks labels every second tick', () => {
    const scale = linearScale([0, 10], [plot.left, plot.right], { tickCount: 10 });
    const svg = axis({ scale, side: 'bottom', plot, label: (v) => `¥${v} million yen` });
    expect(scale.ticks).toHaveLength(11);
    expect([...svg.matchAll(/<text/g)].length).toBeLessThan(11);
  });

  it('axis(…, { grid: false }) draws no grid lines', () => {
    const scale = linearScale([0, 1], [plot.left, plot.right]);
    expect(axis({ scale, side: 'bottom', plot, label: String, grid: false })).not.toContain('#dcdcdc');
    expect(axis({ scale, side: 'bottom', plot, label: String })).toContain('#dcdcdc');
  });
});
