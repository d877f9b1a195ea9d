import { log10, pow } from '@machi/sim-core';
import { requirePositive } from './parameters.ts';

/**
 * Amplification of peak ground velocity from engineering bedrock (Vs ≈ 600 m/s) to the surface, from
 * the average shear-wave velocity of the top 30 m: log10 ARV = 2.367 − 0.852·log10(AVS30)
 * (Fujimoto & Midorikawa 2006, 藤本・翠川「近接観測点ペアの強震観測記録に基づく地盤増幅度と地盤の平均S波
 * 速度の関係」, 日本地震工学会論文集 6(1); coefficients as used in public EEW tools, e.g. GitHub code
 * computing `10^(2.367 - 0.852*log10(Vs30))`). ARV is 1 at 600 m/s (2.367/0.852 = log10 600), about
 * 1.41 at 400 m/s (firm diluvial ground) and 2.55 at 200 m/s (soft alluvium). Fitted for roughly
 * 100–1500 m/s; linear, so it ignores soil nonlinearity in very strong shaking. Deterministic.
 * @throws RangeError unless avs30MPerS is a positive finite number.
 * @example
 * siteAmplificationFromAvs30(400); // 1.4126…
 */
export function siteAmplificationFromAvs30(avs30MPerS: number): number {
  requirePositive('siteAmplificationFromAvs30 avs30MPerS', avs30MPerS);
  return pow(10, 2.367 - 0.852 * log10(avs30MPerS));
}

/**
 * The default PGV amplification from engineering bedrock to the surface: a site with AVS30 = 400 m/s,
 * the "engineering bedrock (Vs 400 m/s)" of J-SHIS, ≈ 1.41 by `siteAmplificationFromAvs30`. An
 * assumption standing in for a site's own AVS30 (J-SHIS publishes AVS30 on a 250 m mesh).
 */
export const defaultSiteAmplification = siteAmplificationFromAvs30(400);
