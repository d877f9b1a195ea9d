import { describe, expect, it } from 'vitest';
import { intensitySigma } from './attenuation.ts';
import { observedEarthquakes } from './observed-intensities.ts';
import { medianSiteIntensity } from './site-intensity.ts';
import { siteAmplificationFromAvs30 } from './site-amplification.ts';

// The scatter a residual (observed − model median) should show. The law's own aleatory scatter is
// σ(log10 PGV) = 0.20–0.23 (hazard-map practice), 1.72 × 0.23 ≈ 0.40 intensity units (`intensitySigma`).
// On top of it the model gives every station one site amplification (AVS30 400 m/s), while the stations
// stand on ground from about 150 to 600 m/s: through the amplification's slope (Fujimoto & Midorikawa,
// `siteAmplificationFromAvs30`) that range spans 1.72·log10(amp(150)/amp(600)) ≈ 0.88 intensity units,
// about 0.22 as a standard deviation (range / 4). Total σ ≈ √(0.40² + 0.22²) ≈ 0.45.
const siteSigma = (1.72 * Math.log10(siteAmplificationFromAvs30(150) / siteAmplificationFromAvs30(600))) / 4;
const totalSigma = Math.sqrt(intensitySigma ** 2 + siteSigma ** 2);

const residuals = observedEarthquakes.map((quake) => ({
  id: quake.id,
  residuals: quake.stations.map((s) => ({ station: s.name, residual: s.intensity - medianSiteIntensity(quake.source, s) })),
}));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rms = (xs: number[]) => Math.sqrt(mean(xs.map((x) => x * x)));

describe('the model against JMA intensities measured in 2011, 2003 and 2018 (40 station-events)', () => {
  const all = residuals.flatMap((e) => e.residuals.map((r) => r.residual));

  it('the total scatter the residuals are judged by is about 0.45 intensity units', () => {
    expect(siteSigma).toBeCloseTo(0.22, 2);
    expect(totalSigma).toBeCloseTo(0.45, 2);
  });

  it('pooled over all stations, the bias is within ±0.3 and the RMS error within 2σ', () => {
    // 40 residuals share three event terms, so the pooled mean scatters by about
    // √(σ²/40 + τ²/3) ≈ 0.15 with an event term τ ≈ 0.2: ±0.3 is two of those. Measured: +0.22, RMS 0.78.
    expect(all).toHaveLength(40);
    expect(Math.abs(mean(all))).toBeLessThan(0.3);
    expect(rms(all)).toBeLessThan(2 * totalSigma);
  });

  it('each event is unbiased within ±2σ of the law (one event term) and no station is off by more than 4σ', () => {
    // Measured (bias, RMS): 2011 −0.10, 0.65; 2003 +0.20, 0.47; 2018 +0.75, 1.08 — the 2018 stations within
    // 30 km (厚真, 安平, むかわ, 札幌東区) are under-predicted by 1.7–1.8 (soft ground and a deep, energetic
    // source the law does not see), the 2011 Hokkaido stations over-predicted by 0.6–1.2.
    for (const event of residuals) {
      const values = event.residuals.map((r) => r.residual);
      expect(Math.abs(mean(values)), event.id).toBeLessThan(2 * intensitySigma);
      for (const r of event.residuals) expect(Math.abs(r.residual), `${event.id} ${r.station}`).toBeLessThan(4 * totalSigma);
    }
  });

  it('2011: the far Hokkaido towns stay below 5弱, as measured (森町 2.9, 函館 2.9, 札幌 2.5), not 6強 as the point-source proxy gave', () => {
    const tohoku = observedEarthquakes.find((q) => q.id === 'tohoku-2011')!;
    for (const code of ['1061002', '1060000', '1010000']) {
      const station = tohoku.stations.find((s) => s.code === code)!;
      expect(medianSiteIntensity(tohoku.source, station), station.name).toBeLessThan(4.5);
    }
  });
});
