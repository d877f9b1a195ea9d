import type { ExceedanceFigureData } from './exceedance-figure.ts';

/**
 * Whether the exceedance curves of two or more variants all lie on one another (the same points, at
 * the same probabilities): drawn, they would look like one curve, and the legend would promise lines
 * nobody can find. A report says so in a sentence instead (an OEP of a metric the options do not change).
 *
 * @example
 * curvesCoincide(exceedanceFigure(result, { metric: 'personsAffected', curve: 'oep', lang: 'ja' }).data as ExceedanceFigureData);
 */
export function curvesCoincide(data: ExceedanceFigureData): boolean {
  const [first, ...others] = data.variants;
  if (!first || others.length === 0) return false;
  return others.every(
    (v) => v.points.length === first.points.length && v.points.every((p, i) => p.probability === first.points[i]!.probability && p.value === first.points[i]!.value),
  );
}
