import { coordinate } from './coordinate.ts';
import { pathData, type Point } from './path-data.ts';

/** The point markers, distinct in shape so that series and statistics read in monochrome. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'triangle-down' | 'diamond' | 'cross' | 'plus' | 'star';

/** Fill and outline of a marker. */
export interface MarkerPaint {
  readonly color: string;
  /** Open markers are white inside (default filled). */
  readonly open?: boolean;
}

/**
 * A marker of `shape` centred on (x, y), about `size` units across, drawn as one SVG element.
 *
 * @example
 * marker('square', 10, 10, 6, { color: '#000' }); // '<path d="M7 7L13 7L13 13L7 13Z" …/>'
 */
export function marker(shape: MarkerShape, x: number, y: number, size: number, paint: MarkerPaint): string {
  const r = size / 2;
  const fill = paint.open ? '#fff' : paint.color;
  const paintText = ` fill="${fill}" stroke="${paint.color}" stroke-width="1.2"`;
  const path = (points: Point[]) => `<path d="${pathData(points, true)}"${paintText}/>`;
  const lines = (d: string) => `<path d="${d}" fill="none" stroke="${paint.color}" stroke-width="1.8"/>`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${coordinate(x)}" cy="${coordinate(y)}" r="${coordinate(r)}"${paintText}/>`;
    case 'square':
      return path([[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]]);
    case 'triangle':
      return path([[x, y - r * 1.15], [x + r * 1.15, y + r * 0.85], [x - r * 1.15, y + r * 0.85]]);
    case 'triangle-down':
      return path([[x, y + r * 1.15], [x + r * 1.15, y - r * 0.85], [x - r * 1.15, y - r * 0.85]]);
    case 'diamond':
      return path([[x, y - r * 1.3], [x + r, y], [x, y + r * 1.3], [x - r, y]]);
    case 'cross':
      return lines(`${pathData([[x - r, y - r], [x + r, y + r]])}${pathData([[x - r, y + r], [x + r, y - r]])}`);
    case 'plus':
      return lines(`${pathData([[x - r, y], [x + r, y]])}${pathData([[x, y - r], [x, y + r]])}`);
    case 'star': {
      const points: Point[] = [];
      // Five outer and five inner vertices; cos/sin of multiples of 36° written out so the bytes do
      // not depend on an engine's trigonometry.
      const unit: Point[] = [[0, -1], [0.588, -0.809], [0.951, -0.309], [0.951, 0.309], [0.588, 0.809], [0, 1], [-0.588, 0.809], [-0.951, 0.309], [-0.951, -0.309], [-0.588, -0.809]];
      unit.forEach(([ux, uy], i) => {
        const k = i % 2 === 0 ? r * 1.3 : r * 0.55;
        points.push([x + ux * k, y + uy * k]);
      });
      return path(points);
    }
  }
}
