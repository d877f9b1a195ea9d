import { log10, pow } from '@machi/sim-core';
import { requireFinite, requirePositive } from './parameters.ts';

// Midorikawa, Fujimoto & Muramatsu (1999), 翠川・藤本・村松「計測震度と旧気象庁震度および地震動強さの指標
// との関係」, 地域安全学会論文集 1: I = 2.68 + 1.72·log10(PGV [cm/s]), fitted for 4 ≤ I ≤ 7. The same
// relation is the last step of J-SHIS's 確率論的地震動予測地図 and of the EEW distance-attenuation chain
// (https://qiita.com/soshi1822/items/f5fd9ccf6830d834abc4 ; https://tomo122.tk/earthquake/scale.cgi).
const intercept = 2.68;
const slope = 1.72;

/**
 * JMA instrumental seismic intensity (計測震度) from peak ground velocity at the surface in cm/s:
 * I = 2.68 + 1.72·log10(PGV) (Midorikawa, Fujimoto & Muramatsu 1999). The fit covers 4 ≤ I ≤ 7;
 * outside it the line is an extrapolation. Deterministic.
 * @throws RangeError unless pgvCmPerS is a positive finite number.
 * @example
 * intensityFromPgv(100); // 6.12 (6強)
 */
export function intensityFromPgv(pgvCmPerS: number): number {
  requirePositive('intensityFromPgv pgvCmPerS', pgvCmPerS);
  return intensityFromLog10Pgv(log10(pgvCmPerS));
}

/**
 * `intensityFromPgv` on log10 PGV (cm/s), for callers that already work in logs. Hot path: no checks.
 * @example
 * intensityFromLog10Pgv(2); // 6.12
 */
export function intensityFromLog10Pgv(log10PgvCmPerS: number): number {
  return intercept + slope * log10PgvCmPerS;
}

/**
 * The inverse of `intensityFromPgv`: the surface PGV in cm/s at which the instrumental intensity is
 * `intensity`, 10^((I − 2.68)/1.72). Deterministic.
 * @throws RangeError unless intensity is finite.
 * @example
 * pgvFromIntensity(5.5); // ≈ 43.6 cm/s, the lower edge of 6弱
 */
export function pgvFromIntensity(intensity: number): number {
  requireFinite('pgvFromIntensity intensity', intensity);
  return pow(10, (intensity - intercept) / slope);
}

/** A JMA seismic intensity class (震度階級) label in Japanese or English. */
export type JmaClassLanguage = 'ja' | 'en';

// 気象庁告示第四号 (1996-02-15), 気象庁震度階級表: lower edges of 1, 2, 3, 4, 5弱, 5強, 6弱, 6強, 7.
// https://www.mext.go.jp/b_menu/hakusho/nc/k19960215001/k19960215001.html
const lowerEdges = [0.5, 1.5, 2.5, 3.5, 4.5, 5.0, 5.5, 6.0, 6.5];
const labels: Record<JmaClassLanguage, readonly string[]> = {
  ja: ['0', '1', '2', '3', '4', '5弱', '5強', '6弱', '6強', '7'],
  en: ['0', '1', '2', '3', '4', '5-', '5+', '6-', '6+', '7'],
};

/**
 * The JMA intensity class (震度階級) of an instrumental intensity, by the 1996 boundaries: below 0.5 is
 * 0, …, [4.5, 5.0) 5弱, [5.0, 5.5) 5強, [5.5, 6.0) 6弱, [6.0, 6.5) 6強, 6.5 and above 7. The value is
 * classified as given; to mimic a reported measurement apply `jmaReportedIntensity` first.
 * English labels are '5-', '5+', '6-', '6+'.
 * @throws RangeError unless intensity is finite.
 * @example
 * jmaClassLabel(5.7); // '6弱'
 * jmaClassLabel(5.7, 'en'); // '6-'
 */
export function jmaClassLabel(intensity: number, language: JmaClassLanguage = 'ja'): string {
  requireFinite('jmaClassLabel intensity', intensity);
  const names = labels[language];
  if (names === undefined) throw new RangeError(`jmaClassLabel language must be 'ja' or 'en', got ${String(language)}`);
  let k = 0;
  while (k < lowerEdges.length && intensity >= lowerEdges[k]) k++;
  return names[k];
}

/**
 * The instrumental intensity as JMA reports it: rounded at the third decimal, then the second decimal
 * truncated (「小数第3位を四捨五入し、小数第2位を切り捨てたもの」, JMA 計測震度の算出方法), so 4.496
 * is reported as 4.5 (5弱) and 4.494 as 4.4 (4).
 * @throws RangeError unless intensity is finite.
 * @example
 * jmaReportedIntensity(6.6749); // 6.6
 */
export function jmaReportedIntensity(intensity: number): number {
  requireFinite('jmaReportedIntensity intensity', intensity);
  const hundredths = Math.round(intensity * 100);
  return Math.floor(hundredths / 10) / 10;
}
