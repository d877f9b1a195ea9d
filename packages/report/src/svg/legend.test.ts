import { describe, expect, it } from 'vitest';
import { legend, legendWidth } from './legend.ts';
import { seriesStyle } from './series-style.ts';

describe('legend', () => {
  it('legend draws each item with its line dash, marker and swatch, and escapes its label', () => {
    const s = seriesStyle(1);
    const svg = legend([{ label: '<script>alert(1)</script>', line: s, marker: { shape: s.marker, color: s.color }, swatch: 'url(#band-1)' }], 10, 20);
    expect(svg).toContain('stroke-dasharray="7 3"');
    expect(svg).toContain('fill="url(#band-1)"');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toContain('<script');
  });

  it('legend wraps a label longer than maxWidth onto further lines', () => {
    const svg = legend([{ label: 'Government cloud, multi-AZ, two line routes + alternate office (BCP)' }], 0, 0, 200);
    expect([...svg.matchAll(/<text/g)]).toHaveLength(3);
    expect(legendWidth([{ label: 'x'.repeat(100) }], 200)).toBe(200);
  });
});

describe('seriesStyle', () => {
  it('seriesStyle(i) gives the first eight series distinct colours, dashes, markers and hatch angles', () => {
    const styles = Array.from({ length: 8 }, (_, i) => seriesStyle(i));
    for (const key of ['color', 'dash', 'marker', 'hatchAngle'] as const) expect(new Set(styles.map((s) => s[key])).size).toBe(8);
    expect(seriesStyle(8)).toEqual(seriesStyle(0));
  });
});
