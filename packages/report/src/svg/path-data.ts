import { coordinate } from './coordinate.ts';

/** A point in SVG coordinates. */
export type Point = readonly [x: number, y: number];

/**
 * The `d` of a path through `points` (`M x y L x y …`), optionally closed, with every coordinate
 * rounded by `coordinate`. Empty for no points.
 *
 * @example
 * pathData([[0, 0], [10, 5.555]]); // 'M0 0L10 5.56'
 */
export function pathData(points: readonly Point[], closed = false): string {
  if (points.length === 0) return '';
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${coordinate(x)} ${coordinate(y)}`).join('');
  return closed ? `${d}Z` : d;
}
